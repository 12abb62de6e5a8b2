//! Abbreviations. Dotted ones (`z. B.`, `bzw.`) are always reported: many
//! readers of Leichte Sprache cannot resolve them. Initialisms in capitals
//! (`LKA`) only where the message does not explain them.

use super::tokens::{Kind, Token};
use super::Hit;

/// Dotted abbreviations, lowercase without dots, with the words to write
/// instead. Others are found by their form (`a. D.`, `i.d.R.`).
const DOTTED: &[(&str, &str)] = &[
    ("bspw", "zum Beispiel"),
    ("bzgl", "über"),
    ("bzw", "oder"),
    ("ca", "ungefähr"),
    ("dh", "das heißt"),
    ("dr", "Doktor"),
    ("etc", "und so weiter"),
    ("evtl", "vielleicht"),
    ("ggf", "wenn nötig"),
    ("idr", "meistens"),
    ("inkl", "mit"),
    ("mind", "mindestens"),
    ("mio", "Millionen"),
    ("mrd", "Milliarden"),
    ("nr", "Nummer"),
    ("oä", "oder so ähnlich"),
    ("sog", "so genannt"),
    ("str", "Straße"),
    ("tel", "Telefon"),
    ("ua", "unter anderem"),
    ("usw", "und so weiter"),
    ("uu", "vielleicht"),
    ("vgl", "siehe"),
    ("zb", "zum Beispiel"),
    ("zt", "zum Teil"),
    ("zzt", "jetzt"),
];

/// Initialisms Leichte Sprache uses as words: people say them so, and the
/// long form (Kurznachricht, Persönliche Identifikations·nummer) is harder
/// to read. `WC`, `LKW` and `PKW` are the usual examples of the Netzwerk
/// Leichte Sprache; `SMS` and `PIN` are how members meet these things.
const KNOWN: &[&str] = &["LKW", "PIN", "PKW", "SMS", "WC"];

/// Words right after an initialism that explain it: `LKA heißt: …`.
const EXPLAINS: &[&str] = &[
    "heißt",
    "heisst",
    "bedeutet",
    "steht für",
    "ist die Abkürzung für",
    "ist die Abkürzung von",
    "ist kurz für",
];

/// The dotted abbreviations among `tokens`: (first, last) index of each.
/// One-letter parts written apart (`z. B.`) make one abbreviation.
pub(crate) fn dotted(tokens: &[Token]) -> Vec<(usize, usize)> {
    let dotted_word = |t: &Token| t.kind == Kind::Word && t.trail.starts_with('.');
    let single = |t: &Token| dotted_word(t) && t.word.chars().count() == 1;
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let mut last = i;
        if single(token) {
            while tokens.get(last + 1).is_some_and(single) {
                last += 1;
            }
        }
        let found = last > i
            || dotted_word(token)
                && (expansion(&key(token.word)).is_some() || is_dotted_form(token.word));
        if found {
            runs.push((i, last));
        }
        i = last + 1;
    }
    runs
}

/// The findings for abbreviations in `tokens`; `message` is the whole
/// text of the message, where an initialism may be explained.
pub(crate) fn check(tokens: &[Token], message: &str) -> Vec<Hit> {
    let runs = dotted(tokens);
    let mut hits = Vec::new();
    for &(first, last) in &runs {
        let words: Vec<&str> = tokens[first..=last].iter().map(|t| t.word).collect();
        let written = format!("{}.", words.join(". "));
        let fix = match expansion(&key(&words.concat())) {
            Some(words) => format!("write `{words}` instead"),
            None => "write the words out in full".to_owned(),
        };
        hits.push(Hit {
            at: tokens[first].at,
            code: "easy-read-abbreviation",
            message: format!("`{written}` is an abbreviation, which many readers cannot read"),
            fix,
        });
    }
    let in_run = |i: usize| {
        runs.iter()
            .any(|&(first, last)| (first..=last).contains(&i))
    };
    for (i, token) in tokens.iter().enumerate() {
        if token.kind != Kind::Word || in_run(i) {
            continue;
        }
        for (part, at) in token.parts() {
            if !is_initialism(part) || KNOWN.contains(&part) || explained(message, part) {
                continue;
            }
            hits.push(Hit {
                at,
                code: "easy-read-abbreviation",
                message: format!(
                    "`{part}` is an abbreviation, and this message does not explain it"
                ),
                fix: format!(
                    "write the words out, or explain it in this message: `{part} heißt: …`, or the long form followed by `({part})`"
                ),
            });
        }
    }
    hits
}

/// `z.B` → `zb`: how [`DOTTED`] lists it.
fn key(word: &str) -> String {
    word.chars()
        .filter(|c| *c != '.')
        .flat_map(char::to_lowercase)
        .collect()
}

fn expansion(key: &str) -> Option<&'static str> {
    DOTTED
        .iter()
        .find(|(known, _)| *known == key)
        .map(|(_, words)| *words)
}

/// `z.B`, `i.d.R`: letters in groups of one or two, joined by dots.
fn is_dotted_form(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|group| {
            (1..=2).contains(&group.chars().count()) && group.chars().all(char::is_alphabetic)
        })
}

/// Two or more letters, all capitals: `LKA`, `IT`.
fn is_initialism(part: &str) -> bool {
    part.chars().count() >= 2 && part.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
}

/// Whether `message` explains `abbreviation`: `LKA heißt …`, `LKA steht
/// für …`, or the long form right before it in brackets, its parts'
/// initials spelling it (`Deutsche Gebärden·sprache (DGS)`).
fn explained(message: &str, abbreviation: &str) -> bool {
    message.match_indices(abbreviation).any(|(at, _)| {
        let before = &message[..at];
        let after = &message[at + abbreviation.len()..];
        let starts_word = !before.ends_with(char::is_alphanumeric);
        let ends_word = !after.starts_with(char::is_alphanumeric);
        let named = EXPLAINS
            .iter()
            .any(|words| after.trim_start().starts_with(words));
        let spelt = before.strip_suffix('(').is_some_and(|long| {
            after.starts_with(')') && initials(long, abbreviation.chars().count()) == abbreviation
        });
        starts_word && ends_word && (named || spelt)
    })
}

/// The capitalised first letters of the last `count` word parts of `text`
/// (parts as split by `·` and `-`).
fn initials(text: &str, count: usize) -> String {
    let parts: Vec<char> = text
        .split(|c: char| c.is_whitespace() || c == '·' || c == '-')
        .filter_map(|part| part.chars().find(|c| c.is_alphanumeric()))
        .collect();
    parts[parts.len().saturating_sub(count)..]
        .iter()
        .flat_map(|c| c.to_uppercase())
        .collect()
}
