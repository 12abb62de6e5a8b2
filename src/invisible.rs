//! Invisible characters that can reorder or hide text: one list, named by
//! their Unicode names, for the config's term check (which refuses them) and
//! the translation checker (which reports them to translators).

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

/// The kind and Unicode name of `c` if it is an invisible character.
pub fn classify(c: char) -> Option<(Invisible, &'static str)> {
    INVISIBLE
        .iter()
        .find(|(candidate, _, _)| *candidate == c)
        .map(|&(_, kind, name)| (kind, name))
}
