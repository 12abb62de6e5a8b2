//! Invisible characters that can reorder or hide text: one list, for the
//! config's term check (which refuses them), the translation checker (which
//! reports them to translators) and remote translations.
//!
//! It covers every `Default_Ignorable_Code_Point` of Unicode (characters a
//! renderer shows as nothing: soft hyphen, variation selectors, tag
//! characters, fillers …), plus the interlinear annotation controls
//! U+FFF9–FFFB, which hide text in some renderers.

/// What an invisible character does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invisible {
    /// Changes the direction of the text around it.
    BidiControl,
    /// Has no width (and may join, separate or hide).
    ZeroWidth,
}

/// Every invisible character we look for, with its kind and Unicode name.
const INVISIBLE: &[(char, Invisible, &str)] = &[
    ('\u{061C}', Invisible::BidiControl, "ARABIC LETTER MARK"),
    ('\u{200E}', Invisible::BidiControl, "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', Invisible::BidiControl, "RIGHT-TO-LEFT MARK"),
    (
        '\u{202A}',
        Invisible::BidiControl,
        "LEFT-TO-RIGHT EMBEDDING",
    ),
    (
        '\u{202B}',
        Invisible::BidiControl,
        "RIGHT-TO-LEFT EMBEDDING",
    ),
    (
        '\u{202C}',
        Invisible::BidiControl,
        "POP DIRECTIONAL FORMATTING",
    ),
    ('\u{202D}', Invisible::BidiControl, "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', Invisible::BidiControl, "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2066}', Invisible::BidiControl, "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', Invisible::BidiControl, "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', Invisible::BidiControl, "FIRST STRONG ISOLATE"),
    (
        '\u{2069}',
        Invisible::BidiControl,
        "POP DIRECTIONAL ISOLATE",
    ),
    ('\u{200B}', Invisible::ZeroWidth, "ZERO WIDTH SPACE"),
    ('\u{200C}', Invisible::ZeroWidth, "ZERO WIDTH NON-JOINER"),
    ('\u{200D}', Invisible::ZeroWidth, "ZERO WIDTH JOINER"),
    ('\u{2060}', Invisible::ZeroWidth, "WORD JOINER"),
    ('\u{2061}', Invisible::ZeroWidth, "FUNCTION APPLICATION"),
    ('\u{2062}', Invisible::ZeroWidth, "INVISIBLE TIMES"),
    ('\u{2063}', Invisible::ZeroWidth, "INVISIBLE SEPARATOR"),
    ('\u{2064}', Invisible::ZeroWidth, "INVISIBLE PLUS"),
    (
        '\u{FEFF}',
        Invisible::ZeroWidth,
        "ZERO WIDTH NO-BREAK SPACE",
    ),
];

/// The other invisible characters, by range: (first, last, name).
const INVISIBLE_RANGES: &[(char, char, &str)] = &[
    ('\u{00AD}', '\u{00AD}', "SOFT HYPHEN"),
    ('\u{034F}', '\u{034F}', "COMBINING GRAPHEME JOINER"),
    ('\u{115F}', '\u{1160}', "HANGUL FILLER"),
    ('\u{17B4}', '\u{17B5}', "KHMER INHERENT VOWEL"),
    (
        '\u{180B}',
        '\u{180F}',
        "MONGOLIAN VARIATION SELECTOR OR VOWEL SEPARATOR",
    ),
    ('\u{2065}', '\u{2065}', "RESERVED FORMAT CHARACTER"),
    ('\u{206A}', '\u{206F}', "DEPRECATED FORMAT CHARACTER"),
    ('\u{3164}', '\u{3164}', "HANGUL FILLER"),
    ('\u{FE00}', '\u{FE0F}', "VARIATION SELECTOR"),
    ('\u{FFA0}', '\u{FFA0}', "HALFWIDTH HANGUL FILLER"),
    ('\u{FFF0}', '\u{FFF8}', "RESERVED FORMAT CHARACTER"),
    ('\u{FFF9}', '\u{FFFB}', "INTERLINEAR ANNOTATION CONTROL"),
    ('\u{1BCA0}', '\u{1BCA3}', "SHORTHAND FORMAT CONTROL"),
    ('\u{1D173}', '\u{1D17A}', "MUSICAL FORMAT CONTROL"),
    (
        '\u{E0000}',
        '\u{E0FFF}',
        "TAG CHARACTER OR VARIATION SELECTOR",
    ),
];

/// The kind and Unicode name of `c` if it is an invisible character.
pub fn classify(c: char) -> Option<(Invisible, &'static str)> {
    INVISIBLE
        .iter()
        .find(|(candidate, _, _)| *candidate == c)
        .map(|&(_, kind, name)| (kind, name))
        .or_else(|| {
            INVISIBLE_RANGES
                .iter()
                .find(|(first, last, _)| (*first..=*last).contains(&c))
                .map(|&(_, _, name)| (Invisible::ZeroWidth, name))
        })
}

#[cfg(test)]
mod tests {
    use super::classify;

    #[test]
    fn every_default_ignorable_code_point_is_invisible() {
        // Default_Ignorable_Code_Point, Unicode 15.1 (DerivedCoreProperties.txt).
        let ranges = [
            (0x00AD, 0x00AD),
            (0x034F, 0x034F),
            (0x061C, 0x061C),
            (0x115F, 0x1160),
            (0x17B4, 0x17B5),
            (0x180B, 0x180F),
            (0x200B, 0x200F),
            (0x202A, 0x202E),
            (0x2060, 0x206F),
            (0x3164, 0x3164),
            (0xFE00, 0xFE0F),
            (0xFEFF, 0xFEFF),
            (0xFFA0, 0xFFA0),
            (0xFFF0, 0xFFF8),
            (0x1BCA0, 0x1BCA3),
            (0x1D173, 0x1D17A),
            (0xE0000, 0xE0FFF),
        ];
        for (first, last) in ranges {
            for code in first..=last {
                let c = char::from_u32(code).unwrap();
                assert!(classify(c).is_some(), "U+{code:04X} is default-ignorable");
            }
        }
        for visible in ['a', 'ä', ' ', '\u{00A0}', '\u{202F}', '-', 'ж'] {
            assert_eq!(classify(visible), None, "{visible:?}");
        }
    }
}
