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

/// A character's Unicode name, for messages. Left out of the release wasm
/// (0.3 KB), whose refusal of a fetched file names the code point and sends
/// the reader to `cargo xtask i18n check`, which names the character too.
macro_rules! name {
    ($name:literal) => {
        if cfg!(any(not(target_arch = "wasm32"), feature = "checker")) {
            $name
        } else {
            ""
        }
    };
}

/// Every invisible character we look for, with its kind and Unicode name.
const INVISIBLE: &[(char, Invisible, &str)] = &[
    (
        '\u{061C}',
        Invisible::BidiControl,
        name!("ARABIC LETTER MARK"),
    ),
    (
        '\u{200E}',
        Invisible::BidiControl,
        name!("LEFT-TO-RIGHT MARK"),
    ),
    (
        '\u{200F}',
        Invisible::BidiControl,
        name!("RIGHT-TO-LEFT MARK"),
    ),
    (
        '\u{202A}',
        Invisible::BidiControl,
        name!("LEFT-TO-RIGHT EMBEDDING"),
    ),
    (
        '\u{202B}',
        Invisible::BidiControl,
        name!("RIGHT-TO-LEFT EMBEDDING"),
    ),
    (
        '\u{202C}',
        Invisible::BidiControl,
        name!("POP DIRECTIONAL FORMATTING"),
    ),
    (
        '\u{202D}',
        Invisible::BidiControl,
        name!("LEFT-TO-RIGHT OVERRIDE"),
    ),
    (
        '\u{202E}',
        Invisible::BidiControl,
        name!("RIGHT-TO-LEFT OVERRIDE"),
    ),
    (
        '\u{2066}',
        Invisible::BidiControl,
        name!("LEFT-TO-RIGHT ISOLATE"),
    ),
    (
        '\u{2067}',
        Invisible::BidiControl,
        name!("RIGHT-TO-LEFT ISOLATE"),
    ),
    (
        '\u{2068}',
        Invisible::BidiControl,
        name!("FIRST STRONG ISOLATE"),
    ),
    (
        '\u{2069}',
        Invisible::BidiControl,
        name!("POP DIRECTIONAL ISOLATE"),
    ),
    ('\u{200B}', Invisible::ZeroWidth, name!("ZERO WIDTH SPACE")),
    (
        '\u{200C}',
        Invisible::ZeroWidth,
        name!("ZERO WIDTH NON-JOINER"),
    ),
    ('\u{200D}', Invisible::ZeroWidth, name!("ZERO WIDTH JOINER")),
    ('\u{2060}', Invisible::ZeroWidth, name!("WORD JOINER")),
    (
        '\u{2061}',
        Invisible::ZeroWidth,
        name!("FUNCTION APPLICATION"),
    ),
    ('\u{2062}', Invisible::ZeroWidth, name!("INVISIBLE TIMES")),
    (
        '\u{2063}',
        Invisible::ZeroWidth,
        name!("INVISIBLE SEPARATOR"),
    ),
    ('\u{2064}', Invisible::ZeroWidth, name!("INVISIBLE PLUS")),
    (
        '\u{FEFF}',
        Invisible::ZeroWidth,
        name!("ZERO WIDTH NO-BREAK SPACE"),
    ),
];

/// The other invisible characters, by range: (first, last, name).
const INVISIBLE_RANGES: &[(char, char, &str)] = &[
    ('\u{00AD}', '\u{00AD}', name!("SOFT HYPHEN")),
    ('\u{034F}', '\u{034F}', name!("COMBINING GRAPHEME JOINER")),
    ('\u{115F}', '\u{1160}', name!("HANGUL FILLER")),
    ('\u{17B4}', '\u{17B5}', name!("KHMER INHERENT VOWEL")),
    (
        '\u{180B}',
        '\u{180F}',
        name!("MONGOLIAN VARIATION SELECTOR OR VOWEL SEPARATOR"),
    ),
    ('\u{2065}', '\u{2065}', name!("RESERVED FORMAT CHARACTER")),
    ('\u{206A}', '\u{206F}', name!("DEPRECATED FORMAT CHARACTER")),
    ('\u{3164}', '\u{3164}', name!("HANGUL FILLER")),
    ('\u{FE00}', '\u{FE0F}', name!("VARIATION SELECTOR")),
    ('\u{FFA0}', '\u{FFA0}', name!("HALFWIDTH HANGUL FILLER")),
    ('\u{FFF0}', '\u{FFF8}', name!("RESERVED FORMAT CHARACTER")),
    (
        '\u{FFF9}',
        '\u{FFFB}',
        name!("INTERLINEAR ANNOTATION CONTROL"),
    ),
    ('\u{1BCA0}', '\u{1BCA3}', name!("SHORTHAND FORMAT CONTROL")),
    ('\u{1D173}', '\u{1D17A}', name!("MUSICAL FORMAT CONTROL")),
    (
        '\u{E0000}',
        '\u{E0FFF}',
        name!("TAG CHARACTER OR VARIATION SELECTOR"),
    ),
];

/// The kind and Unicode name of `c` if it is an invisible character (the
/// name is empty in the release wasm).
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
