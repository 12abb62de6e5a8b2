//! Single words: long ones without a Mediopunkt, and numbers written as
//! words.

use super::tokens::{Kind, Token};
use super::Hit;

/// The most letters a word, or a part of a compound between `·` or `-`,
/// may have before it is hard to read.
pub(crate) const MAX_LETTERS: usize = 15;

/// Number words and their values, the parts compounds are made of
/// (`zweiundzwanzig`, `dreihundert`). `ein` counts only inside a compound
/// (`einhundert`): alone it is the article, as are `eine`, `einen` …, which
/// are no parts at all.
const NUMBERS: &[(&str, u64)] = &[
    ("eins", 1),
    ("ein", 1),
    ("zwei", 2),
    ("drei", 3),
    ("vier", 4),
    ("fünf", 5),
    ("sechs", 6),
    ("sieben", 7),
    ("acht", 8),
    ("neun", 9),
    ("zehn", 10),
    ("elf", 11),
    ("zwölf", 12),
    ("sechzehn", 16),
    ("siebzehn", 17),
    ("zwanzig", 20),
    ("dreißig", 30),
    ("dreissig", 30),
    ("vierzig", 40),
    ("fünfzig", 50),
    ("sechzig", 60),
    ("siebzig", 70),
    ("achtzig", 80),
    ("neunzig", 90),
    ("hundert", 100),
    ("tausend", 1000),
    ("und", 0),
];

/// Reports word parts longer than [`MAX_LETTERS`] letters.
pub(crate) fn long(tokens: &[Token]) -> Vec<Hit> {
    let mut hits = Vec::new();
    for token in tokens.iter().filter(|t| t.kind == Kind::Word) {
        for (part, at) in token.parts() {
            let letters = part.chars().filter(|c| c.is_alphabetic()).count();
            if letters <= MAX_LETTERS {
                continue;
            }
            let what = if part == token.word {
                format!("`{part}` has {letters} letters")
            } else {
                format!("`{part}` in `{}` has {letters} letters", token.word)
            };
            hits.push(Hit {
                at,
                code: "easy-read-long-word",
                message: format!("{what}: long words are hard to read"),
                fix: "split it with a Mediopunkt `·` (U+00B7) between its parts, as in `Kranken·kasse`, or use a shorter word".to_owned(),
            });
        }
    }
    hits
}

/// Reports numbers written as words (`zwei`, `zweiundzwanzig`, `zweimal`).
pub(crate) fn numbers(tokens: &[Token]) -> Vec<Hit> {
    let mut hits = Vec::new();
    for token in tokens.iter().filter(|t| t.kind == Kind::Word) {
        for (part, at) in token.parts() {
            let lower = part.to_lowercase();
            // `zweimal` → `2-mal`; `einmal` ("once more", "suddenly") is
            // rejected below like the article.
            let (number, times) = match lower.strip_suffix("mal") {
                Some(number) => (number, "-mal"),
                None => (lower.as_str(), ""),
            };
            let Some(value) = number_value(number) else {
                continue;
            };
            hits.push(Hit {
                at,
                code: "easy-read-number-word",
                message: format!("`{part}` is a number written as a word"),
                fix: format!("write it in digits: `{value}{times}`; digits are easier to read"),
            });
        }
    }
    hits
}

/// The value of a German number word made of [`NUMBERS`] (lowercase):
/// `dreiundzwanzig` → 23. `None` for other words, and for `ein` and `und`
/// alone.
pub(crate) fn number_value(word: &str) -> Option<u64> {
    // The longest real one, `siebenhundertsiebenundsiebzigtausend…`, is
    // shorter; a longer "word" is pasted junk, not worth the search.
    if word.len() > 80 {
        return None;
    }
    let parts = split_number(word)?;
    let meaningful = parts.iter().any(|p| !matches!(*p, "ein" | "und"));
    let joined = parts.first() != Some(&"und") && parts.last() != Some(&"und");
    if !(meaningful && joined) {
        return None;
    }
    let (mut total, mut current) = (0u64, 0u64);
    for part in parts {
        let value = NUMBERS.iter().find(|(n, _)| *n == part)?.1;
        match value {
            0 => {}
            100 => current = current.max(1).saturating_mul(100),
            1000 => {
                total = current.max(1).saturating_mul(1000).saturating_add(total);
                current = 0;
            }
            _ => current = current.saturating_add(value),
        }
    }
    Some(total.saturating_add(current))
}

/// `word` cut into [`NUMBERS`], if it is made of nothing else.
fn split_number(word: &str) -> Option<Vec<&str>> {
    if word.is_empty() {
        return Some(Vec::new());
    }
    NUMBERS.iter().find_map(|(part, _)| {
        let rest = word.strip_prefix(part)?;
        let mut parts = split_number(rest)?;
        parts.insert(0, &word[..part.len()]);
        Some(parts)
    })
}
