//! Sentences: at most [`MAX_WORDS`] words, each starting on its own line,
//! none joined to the next by a semicolon.

use super::tokens::{Kind, Piece, Token};
use super::Hit;

/// The most words a sentence of Leichte Sprache may have.
pub(crate) const MAX_WORDS: usize = 15;

/// What the signs after a token do to its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    /// Nothing: the sentence goes on.
    No,
    /// A colon. What follows is a statement of its own (`Das heißt: …`,
    /// `Zum Beispiel: …`), so the words after it are counted afresh; but it
    /// may stay on the colon's line, as Leichte Sprache texts commonly write
    /// a short lead-in and its statement.
    Colon,
    /// `.`, `!` or `?`: the next sentence starts on a new line.
    Full,
}

/// Reports sentences over [`MAX_WORDS`] words and sentences that start on
/// the line where another one ends. `abbreviations` are the (first, last)
/// token indexes of dotted abbreviations, whose dots end no sentence
/// within a line.
pub(crate) fn check(tokens: &[Token], abbreviations: &[(usize, usize)]) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut words = 0;
    let mut start = None;
    for (i, token) in tokens.iter().enumerate() {
        if token.is_word() {
            words += 1;
            start.get_or_insert(token.at);
        }
        let end = end(tokens, i, abbreviations);
        let last = i + 1 == tokens.len();
        if end != End::No || last {
            if let (Some(at), true) = (start, words > MAX_WORDS) {
                hits.push(Hit {
                    at,
                    code: "easy-read-sentence-length",
                    message: format!(
                        "this sentence has {words} words; a sentence of Leichte Sprache has at most {MAX_WORDS}"
                    ),
                    fix: "split it into shorter sentences, each on its own line".to_owned(),
                });
            }
            words = 0;
            start = None;
        }
        let next = tokens.get(i + 1);
        if let (End::Full, Some(next)) = (end, next) {
            if next.kind != Kind::LineBreak {
                hits.push(Hit {
                    at: next.at,
                    code: "easy-read-one-sentence-per-line",
                    message: "a new sentence starts here, on the line where the sentence before it ends".to_owned(),
                    fix: "put it on a new line: every sentence starts on its own line (`id =`, then one indented line per sentence)".to_owned(),
                });
            }
        }
    }
    hits
}

/// Whether token `i` ends its sentence. A dot after a number (`5. Mai`) or
/// an abbreviation ends one only at the end of a line.
fn end(tokens: &[Token], i: usize, abbreviations: &[(usize, usize)]) -> End {
    let token = &tokens[i];
    if token.kind == Kind::LineBreak {
        return End::No;
    }
    let trail = token.trail;
    if trail.contains(['!', '?']) {
        return End::Full;
    }
    if trail.contains('.') {
        let ordinal = token.kind == Kind::Word && token.word.chars().all(|c| c.is_ascii_digit());
        let abbreviated = abbreviations
            .iter()
            .any(|&(first, last)| (first..=last).contains(&i));
        let line_goes_on = tokens.get(i + 1).is_some_and(|t| t.kind != Kind::LineBreak);
        if !((ordinal || abbreviated) && line_goes_on) {
            return End::Full;
        }
    }
    if trail.contains(':') {
        End::Colon
    } else {
        End::No
    }
}

/// Reports each semicolon in the text of `pieces`.
pub(crate) fn semicolons(pieces: &[Piece]) -> Vec<Hit> {
    let mut hits = Vec::new();
    for piece in pieces {
        let Piece::Text { text, at } = *piece else {
            continue;
        };
        for (i, _) in text.match_indices(';') {
            hits.push(Hit {
                at: at + i,
                code: "easy-read-semicolon",
                message: "a semicolon joins two sentences".to_owned(),
                fix: "end the first sentence with `.` here and start the second on a new line"
                    .to_owned(),
            });
        }
    }
    hits
}
