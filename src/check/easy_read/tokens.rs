//! A Leichte Sprache text cut into words, punctuation and line breaks, each
//! with its byte offset in the file, for the rules next to this module.

/// A part of a pattern, as the rules see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Piece<'s> {
    /// Text as written (line breaks included), starting at byte `at`.
    Text { text: &'s str, at: usize },
    /// A placeable (`{ -brand-name }`) whose `{` is at byte `at`: one word.
    Placeable { at: usize },
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters or digits, perhaps with signs inside (`Kranken·kasse`, `z.B`).
    Word,
    /// A placeable: a name or value the program fills in.
    Placeable,
    /// Signs standing alone between spaces (`–`, or the `.` after a placeable).
    Punctuation,
    /// The end of a line of the pattern.
    LineBreak,
}

/// One token of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'s> {
    pub kind: Kind,
    /// The word without the signs around it (`Kranken·kasse` of
    /// `„Kranken·kasse“.`); empty for the other kinds.
    pub word: &'s str,
    /// The signs right after the word, up to the next space (`“.`); for
    /// punctuation, all of it.
    pub trail: &'s str,
    /// Byte offset in the file: of the word, the `{`, the sign or the line break.
    pub at: usize,
    /// Whether it follows the token before without a space: the
    /// `-Mitarbeitende` of `{ -brand-name }-Mitarbeitende` is part of one word.
    pub glued: bool,
}

impl Token<'_> {
    /// Whether the token counts as a word of a sentence.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Placeable) && !self.glued
    }

    /// The parts of the word between `·`, `-` and `/`, each with its byte
    /// offset in the file: a compound is read part by part.
    pub fn parts(&self) -> impl Iterator<Item = (&str, usize)> + '_ {
        let base = self.at;
        let mut start = 0;
        self.word
            .char_indices()
            .chain(std::iter::once((self.word.len(), ' ')))
            .filter_map(move |(at, c)| {
                if !matches!(c, '·' | '-' | '/' | ' ') {
                    return None;
                }
                let part = (&self.word[start..at], base + start);
                start = at + c.len_utf8();
                Some(part).filter(|(text, _)| !text.is_empty())
            })
    }
}

/// Cuts `pieces` into tokens, in order.
pub(crate) fn tokenize<'s>(pieces: &[Piece<'s>]) -> Vec<Token<'s>> {
    let mut tokens = Vec::new();
    let mut after_space = true;
    for piece in pieces {
        match *piece {
            Piece::Placeable { at } => {
                tokens.push(Token {
                    kind: Kind::Placeable,
                    word: "",
                    trail: "",
                    at,
                    glued: !after_space,
                });
                after_space = false;
            }
            Piece::Text { text, at } => {
                let mut chunk_start = None;
                for (i, c) in text
                    .char_indices()
                    .chain(std::iter::once((text.len(), ' ')))
                {
                    if !c.is_whitespace() {
                        chunk_start.get_or_insert(i);
                        continue;
                    }
                    if let Some(start) = chunk_start.take() {
                        tokens.push(chunk(&text[start..i], at + start, !after_space));
                    }
                    after_space = true;
                    if c == '\n' && i < text.len() {
                        tokens.push(Token {
                            kind: Kind::LineBreak,
                            word: "",
                            trail: "",
                            at: at + i,
                            glued: false,
                        });
                    }
                }
                // A text ending in a sign or letter runs on into a placeable.
                after_space = text.ends_with(char::is_whitespace) || text.is_empty();
            }
        }
    }
    tokens
}

/// One run of characters between spaces, starting at byte `at`. Signs
/// before the first letter or digit (`„`, `(`) are dropped; those after the
/// last one are its trail.
fn chunk(text: &str, at: usize, glued: bool) -> Token<'_> {
    let first = text.find(char::is_alphanumeric);
    let last = text
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(i, c)| i + c.len_utf8());
    match (first, last) {
        (Some(first), Some(last)) => Token {
            kind: Kind::Word,
            word: &text[first..last],
            trail: &text[last..],
            at: at + first,
            glued,
        },
        _ => Token {
            kind: Kind::Punctuation,
            word: "",
            trail: text,
            at,
            glued,
        },
    }
}
