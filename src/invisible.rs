//! Invisible characters that can reorder or hide text: one list, for the
//! config's term check (which refuses them all), and one rule for
//! translations, shared by the translation checker (which reports them to
//! translators) and the refusal of fetched translations ([`in_text`]).
//!
//! The list covers every `Default_Ignorable_Code_Point` of Unicode
//! (characters a renderer shows as nothing: soft hyphen, variation selectors,
//! tag characters, fillers …), plus the interlinear annotation controls
//! U+FFF9–FFFB, which hide text in some renderers.
//!
//! The rule for translations allows one thing the list holds: a zero-width
//! non-joiner (U+200C) or joiner (U+200D) between two letters of the Arabic
//! script, whose spelling writes them inside words (Persian `می‌خواهیم`).
//! Anywhere else (in Latin or Cyrillic text, at a word's edge, next to a
//! placeable) they could only hide something, and are refused like every
//! other invisible character. The Indic scripts also write them inside words;
//! they ship no locale, and the allowance would cost every member bytes of
//! wasm, so a ZWJ in Devanagari is refused until one does.

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

/// Zero-width non-joiner: keeps two letters apart that would join (Persian
/// `می‌خواهیم`, "we want": the prefix `می` stays unjoined).
pub const ZWNJ: char = '\u{200C}';
/// Zero-width joiner: joins two letters that would not (in Persian, rarely:
/// an isolated letter shown in its joining form).
pub const ZWJ: char = '\u{200D}';

/// Every invisible character in `text` that a translation may not contain:
/// the byte offset, the character, its kind and name. That is every
/// character [`classify`] knows, except a [`ZWNJ`] or [`ZWJ`] between two
/// letters of the Arabic script ([`joins`]); and every such
/// character written as a Fluent escape (`\u202E`, `\U00200B`, offset of
/// its backslash), which a quoted string `{ "…" }` turns into the character
/// itself. The one rule of the checker (`bidi-control`,
/// `zero-width-character`) and of a fetched translation's refusal
/// (`remote::check_translation`).
pub fn in_text(text: &str) -> impl Iterator<Item = (usize, char, Invisible, &'static str)> + '_ {
    let mut chars = text.char_indices();
    let mut before = None;
    std::iter::from_fn(move || {
        while let Some((at, mut c)) = chars.next() {
            let previous = before.replace(c);
            if c == '\\' {
                // What the resolver writes for the escape: `\u202E` is the
                // character, `\\` a backslash (its second `\` is no escape).
                c = escaped(&text[at + 1..]).unwrap_or(c);
                chars.next();
            } else if (c == ZWNJ || c == ZWJ)
                && previous.is_some_and(joins)
                && chars.clone().next().is_some_and(|(_, after)| joins(after))
            {
                continue;
            }
            if let Some((kind, name)) = classify(c) {
                return Some((at, c, kind, name));
            }
        }
        None
    })
}

/// The character a Fluent escape writes, given the text after its
/// backslash: `u` and four hexadecimal digits or `U` and six, as the
/// resolver (fluent-syntax's `unescape_unicode`) reads them. Anything else —
/// too few digits, a non-ASCII character among them, no character at that
/// code — is `None`: the parser refuses such an escape, and the resolver
/// would write U+FFFD, which is visible. Reads only the escape itself:
/// fluent-syntax's function unescapes the whole rest of the text (quadratic
/// over many backslashes) and panics on a non-ASCII character among the
/// digits (found by the `ftl` fuzz target).
fn escaped(after: &str) -> Option<char> {
    let digits = match after.as_bytes().first()? {
        b'u' => 4,
        b'U' => 6,
        _ => return None,
    };
    let hex = after.get(1..1 + digits)?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    char::from_u32(u32::from_str_radix(hex, 16).ok()?)
}

/// Whether `c` is a letter or vowel sign of the Arabic script or its
/// right-to-left neighbours in Unicode (U+0600–08FF: Persian, Urdu … and
/// Syriac, N'Ko, Mandaic), whose spelling writes ZWNJ and ZWJ inside words.
/// Digits, punctuation and every other script are not: a joiner is never
/// spelling next to them. (`is_alphabetic`'s table is in the wasm anyway.)
fn joins(c: char) -> bool {
    ('\u{0600}'..='\u{08FF}').contains(&c) && c.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::{classify, in_text, ZWJ, ZWNJ};

    /// The code points `in_text` reports in `text`.
    fn refused(text: &str) -> Vec<char> {
        in_text(text).map(|(_, c, _, _)| c).collect()
    }

    #[test]
    fn a_joiner_between_two_letters_of_a_script_that_writes_it_is_spelling() {
        for word in [
            "می\u{200C}خواهیم", // Persian: we want
            "کتاب\u{200C}ها",   // Persian: books
            "نمی\u{200C}پرسد",  // Persian: does not ask
            "شده\u{200C}اند",   // Persian: have been
            "نِ\u{200C}ا",       // after a mark on a letter (kasra)
            "ܫܠܡ\u{200D}ܐ",     // Syriac, the Arabic script's neighbour
        ] {
            assert_eq!(refused(word), [], "{word:?}");
        }
    }

    #[test]
    fn a_joiner_anywhere_else_is_refused_with_its_offset() {
        for (text, at) in [
            ("pass\u{200C}words", 4), // Latin
            ("h\u{200D}kk", 1),       // Latin, a name
            ("пар\u{200C}оль", 6),    // Cyrillic
            ("\u{200C}می", 0),        // at the start
            ("می\u{200C}", 4),        // at the end
            ("می\u{200C} ها", 4),     // before a space
            ("می\u{200C}a", 4),       // Arabic, then Latin
            ("a\u{200C}می", 1),       // Latin, then Arabic
            ("کتاب\u{200C}۱", 8),     // before a Persian digit
            ("کتاب\u{200C}،", 8),     // before the Arabic comma
            ("क्\u{200D}ष", 6),        // Devanagari: no Indic locale ships
            ("👨\u{200D}👩", 4),      // an emoji sequence
            ("}\u{200C}ها", 1),       // after a placeable's brace
        ] {
            let found: Vec<_> = in_text(text).map(|(at, c, _, _)| (at, c)).collect();
            let joiner = text[at..].chars().next().unwrap();
            assert!(joiner == ZWNJ || joiner == ZWJ, "{text:?}");
            assert_eq!(found, [(at, joiner)], "{text:?}");
        }
    }

    #[test]
    fn every_other_invisible_character_is_refused_even_between_persian_letters() {
        for hidden in [
            '\u{200B}', '\u{200E}', '\u{200F}', '\u{202E}', '\u{2066}', '\u{061C}', '\u{00AD}',
            '\u{2060}', '\u{FEFF}', '\u{FE0F}',
        ] {
            let text = format!("می{hidden}خواهیم");
            assert_eq!(refused(&text), [hidden], "U+{:04X}", u32::from(hidden));
        }
        // Written as an escape, which a quoted string `{ "…" }` turns into
        // the character: refused wherever it stands, joiners too.
        for (text, hidden) in [
            ("{ \"\\u202E\" }", '\u{202E}'),
            ("{ \"\\U00200B\" }", '\u{200B}'),
            ("می{ \"\\u200C\" }خواهیم", ZWNJ),
            ("{ \"\\u200c\" }", ZWNJ),
        ] {
            let found: Vec<_> = in_text(text).map(|(at, c, _, _)| (at, c)).collect();
            assert_eq!(found, [(text.find('\\').unwrap(), hidden)], "{text:?}");
        }
        // An escaped backslash, a visible character and a cut-short escape
        // are not invisible characters.
        for text in [
            "{ \"\\\\u202E\" }",
            "{ \"\\u00A0\" }",
            "{ \"\\u20\" }",
            "\\",
        ] {
            assert_eq!(refused(text), [], "{text:?}");
        }
        // Two joiners in a row: neither stands between two letters.
        assert_eq!(refused("می\u{200C}\u{200C}خواهیم"), [ZWNJ, ZWNJ]);
        assert_eq!(refused("می\u{200C}\u{200D}خواهیم"), [ZWNJ, ZWJ]);
    }

    #[test]
    fn an_escape_is_read_as_the_resolver_reads_it_and_never_panics() {
        let refused = |text: &str| in_text(text).map(|(at, c, ..)| (at, c)).collect::<Vec<_>>();
        assert_eq!(refused(r#"a { "\u202E" } b"#), [(5, '\u{202E}')]);
        assert_eq!(refused(r#"{ "\U00200B" }"#), [(3, '\u{200B}')]);
        // An escaped backslash before `u202E` is text, not an escape.
        assert_eq!(refused(r#"{ "\\u202E" }"#), []);
        // Cut short, or a non-ASCII character among the digits (which made
        // fluent-syntax's unescape panic, found by the `ftl` fuzz target):
        // no character, and no panic.
        for text in [r"\u0é", r"\u", r"\U12", r"\u20é2E", r"\uD800", "\\"] {
            assert_eq!(refused(text), [], "{text:?}");
        }
    }

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
