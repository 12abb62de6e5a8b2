//! Leichte Sprache (easy-read German, [`crate::l10n::EASY_READ`]): the rules
//! of DIN SPEC 33429 and the Netzwerk Leichte Sprache that a program can
//! check — short sentences, one per line, no abbreviations, long words split
//! with a Mediopunkt, no semicolons, numbers in digits.
//!
//! Only that locale's messages are checked, and only their text: comments
//! and placeables never. Terms are skipped: they hold names (`hkk`, an `AOK`
//! elsewhere), which translators must not change. Every finding is a
//! warning: whether a text is easy to read, readers of the target group
//! decide, not this checker. The rules here are pure (tokens in, findings
//! out); this file only feeds them the patterns.

mod abbreviations;
mod sentences;
mod tokens;
mod words;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

use super::finding::Finding;
use super::source::Parsed;
use super::Ctx;
use tokens::{tokenize, Piece};

/// One rule broken: what becomes a [`Finding`] once the file is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Byte offset in the file of the word, sign or sentence start.
    pub at: usize,
    /// The rule's code, one of [`super::CODES`]: `easy-read-long-word`.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub fix: String,
}

/// Checks the Leichte Sprache locale's messages, if there is one.
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(locale) = ctx.all().find(|l| l.tag == crate::l10n::EASY_READ) else {
        return;
    };
    for file in &locale.files {
        for unit in file.units().filter(|unit| !unit.is_term) {
            let mut patterns: Vec<&Pattern<&str>> =
                unit.patterns().into_iter().map(|(_, p)| p).collect();
            let mut texts = Vec::new();
            while let Some(pattern) = patterns.pop() {
                texts.push(pieces(file, pattern, &mut patterns));
            }
            let message = joined(&texts);
            for pieces in &texts {
                for hit in hits(pieces, &message) {
                    out.push(file.finding(hit.at, hit.code, hit.message, hit.fix));
                }
            }
        }
    }
}

/// Every rule over one text; `message` is the whole message's text, where
/// an abbreviation may be explained.
fn hits(pieces: &[Piece], message: &str) -> Vec<Hit> {
    let tokens = tokenize(pieces);
    let dotted = abbreviations::dotted(&tokens);
    let mut hits = sentences::check(&tokens, &dotted);
    hits.extend(sentences::semicolons(pieces));
    hits.extend(abbreviations::check(&tokens, message));
    hits.extend(words::long(&tokens));
    hits.extend(words::numbers(&tokens));
    hits
}

/// The text and placeables of `pattern`, in order. A choice
/// (`{ $n -> … }`) counts as one word of this text, and its variants go to
/// `choices`, to be checked as texts of their own: each is one of the
/// texts members may read there, and mixing them would count the words of
/// all of them.
fn pieces<'a, 's>(
    file: &Parsed<'s>,
    pattern: &'a Pattern<&'s str>,
    choices: &mut Vec<&'a Pattern<&'s str>>,
) -> Vec<Piece<'s>> {
    let text = file.text();
    pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => Piece::Text {
                text: value,
                at: file.offset(value),
            },
            PatternElement::Placeable { expression } => {
                if let Expression::Select { variants, .. } = expression {
                    choices.extend(variants.iter().map(|v| &v.value));
                }
                // The AST has no slice of the braces: the `{` is the last
                // one before the first name or value inside.
                let inside = file.offset(first_slice(expression));
                let at = text[..inside].rfind('{').unwrap_or(inside);
                Piece::Placeable { at }
            }
        })
        .collect()
}

/// The first slice of the file inside a placeable: a name or a literal.
fn first_slice<'s>(expression: &Expression<&'s str>) -> &'s str {
    let inline = match expression {
        Expression::Inline(inline) => inline,
        Expression::Select { selector, .. } => selector,
    };
    match inline {
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => {
            value
        }
        InlineExpression::VariableReference { id }
        | InlineExpression::MessageReference { id, .. }
        | InlineExpression::TermReference { id, .. }
        | InlineExpression::FunctionReference { id, .. } => id.name,
        InlineExpression::Placeable { expression } => first_slice(expression),
    }
}

/// All texts of a message as one string: a placeable as a space, each text
/// on lines of its own.
fn joined(texts: &[Vec<Piece>]) -> String {
    let mut all = String::new();
    for pieces in texts {
        for piece in pieces {
            match piece {
                Piece::Text { text, .. } => all.push_str(text),
                Piece::Placeable { .. } => all.push(' '),
            }
        }
        all.push('\n');
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` as pieces, `{…}` as placeables, offsets into `text`.
    fn pieces_of(text: &str) -> Vec<Piece<'_>> {
        let mut pieces = Vec::new();
        let mut from = 0;
        while let Some(open) = text[from..].find('{').map(|i| from + i) {
            if open > from {
                pieces.push(Piece::Text {
                    text: &text[from..open],
                    at: from,
                });
            }
            pieces.push(Piece::Placeable { at: open });
            from = text[open..].find('}').map_or(text.len(), |i| open + i + 1);
        }
        if from < text.len() {
            pieces.push(Piece::Text {
                text: &text[from..],
                at: from,
            });
        }
        pieces
    }

    /// (code, the text at the finding) of each finding in `text`.
    fn found(text: &str) -> Vec<(&'static str, String)> {
        let mut hits = hits(&pieces_of(text), text);
        hits.sort_by_key(|h| h.at);
        hits.into_iter()
            .map(|h| (h.code, text[h.at..].chars().take(6).collect()))
            .collect()
    }

    fn codes(text: &str) -> Vec<&'static str> {
        found(text).into_iter().map(|(code, _)| code).collect()
    }

    #[test]
    fn easy_sentences_pass() {
        let text = "Die { -brand-name } hat ein Problem.\nDas Problem ist jetzt weg.\n\
                    Wir brauchen noch 3 Wochen.\nDas heißt: Sie warten noch.\n\
                    Am 5. Mai ist alles fertig.\nDas ist eine Kranken·kasse.\n\
                    Die { -brand-name }-Mitarbeitenden helfen Ihnen.\n\
                    Sie bekommen nie eine SMS von uns.\nNoch einmal: Danke!";
        assert_eq!(found(text), []);
    }

    #[test]
    fn a_sentence_over_15_words_is_reported_at_its_start() {
        let long = "Erst kommt ein Satz.\nDann kommt { -brand-name } mit eins drei vier fünf sechs sieben acht neun zehn elf zwölf Wörtern.";
        let hits = hits(&pieces_of(long), long);
        let hit = hits
            .iter()
            .find(|h| h.code == "easy-read-sentence-length")
            .expect("a long sentence");
        assert_eq!(hit.at, long.find("Dann").unwrap());
        assert!(hit.message.contains("16 words"), "{}", hit.message);
        // 15 words are fine; a colon starts the count afresh.
        assert!(
            codes("Eins zwei drei vier fünf: a b c d e f g h i j k l m n o.")
                .iter()
                .all(|c| *c != "easy-read-sentence-length")
        );
    }

    #[test]
    fn a_new_sentence_on_the_same_line_is_reported_where_it_starts() {
        assert_eq!(
            found("Das ist ein Satz. Noch ein Satz."),
            [("easy-read-one-sentence-per-line", "Noch e".to_owned())]
        );
        assert_eq!(
            found("Hallo { -brand-name }! { -brand-name } hilft."),
            [("easy-read-one-sentence-per-line", "{ -bra".to_owned())]
        );
        // A dot after a number or inside an abbreviation goes on.
        assert_eq!(found("Am 5. Mai."), []);
    }

    #[test]
    fn dotted_abbreviations_are_always_reported_with_the_words_to_write() {
        for text in [
            "Zum z. B. Brot.",
            "Zum z.B. Brot.",
            "Er kommt bzw. sie.",
            "Es ist i. d. R. so.",
        ] {
            assert_eq!(codes(text), ["easy-read-abbreviation"], "{text}");
        }
        let hits = hits(&pieces_of("Zum z. B. Brot."), "");
        assert!(hits[0].message.contains("`z. B.`"), "{}", hits[0].message);
        assert!(hits[0].fix.contains("`zum Beispiel`"), "{}", hits[0].fix);
        // Two-letter words with a dot are short sentences, not abbreviations.
        assert_eq!(found("Ja.\nSo."), []);
    }

    #[test]
    fn initialisms_need_an_explanation_in_the_same_message() {
        assert_eq!(
            found("Das LKA hilft."),
            [("easy-read-abbreviation", "LKA hi".to_owned())]
        );
        assert_eq!(
            found("Die IT-Firma."),
            [("easy-read-abbreviation", "IT-Fir".to_owned())]
        );
        for text in [
            "Das LKA hilft.\nLKA heißt: Landes·kriminal·amt.",
            "Das LKA hilft.\nLKA ist die Abkürzung für Landes·kriminal·amt.",
            "Ein Video in Deutscher Gebärden·sprache (DGS).",
            "Eine SMS.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // The brackets only explain when the initials match.
        assert_eq!(codes("Ein Video (DGS)."), ["easy-read-abbreviation"]);
    }

    #[test]
    fn long_words_need_a_mediopunkt() {
        assert_eq!(
            found("Die Entgeltersatzleistungen."),
            [("easy-read-long-word", "Entgel".to_owned())]
        );
        assert_eq!(found("Die Entgelt·ersatz·leistungen."), []);
        assert_eq!(found("Die Krankenkassen."), []);
        // 16 letters are too many, 15 are not; signs do not count.
        assert_eq!(codes("Die Gesundheitskarte."), ["easy-read-long-word"]);
        assert_eq!(found("Das Krankenhaus’bett."), []);
    }

    #[test]
    fn a_semicolon_is_reported_at_itself() {
        assert_eq!(
            found("Das ist so; es geht."),
            [("easy-read-semicolon", "; es g".to_owned())]
        );
    }

    #[test]
    fn numbers_written_as_words_but_not_articles() {
        assert_eq!(
            found("Das dauert zwei Wochen."),
            [("easy-read-number-word", "zwei W".to_owned())]
        );
        let hit = &hits(&pieces_of("Es kam zweimal."), "")[0];
        assert!(hit.fix.contains("`2-mal`"), "{}", hit.fix);
        assert_eq!(words::number_value("dreihundertdreiundzwanzig"), Some(323));
        assert_eq!(words::number_value("zweitausend"), Some(2000));
        for word in [
            "ein", "eine", "einen", "einmal", "und", "zweifel", "achtung", "einsam",
        ] {
            assert_eq!(
                words::number_value(word.trim_end_matches("mal")),
                None,
                "{word}"
            );
        }
        assert_eq!(found("Ein Mann und eine Frau sind einmal da."), []);
    }

    #[test]
    fn choices_are_texts_of_their_own() {
        // Two variants of 10 words each: not one sentence of 20; a variant
        // of 16 words is too long.
        let ten = "a b c d e f g h i j.";
        let sixteen = "a b c d e f g h i j k l m n o p.";
        let text = format!(
            "notice-n =\n    {{ $n ->\n        [one] {ten}\n       *[other] {ten}\n    }}\nnotice-m =\n    {{ $n ->\n        [one] {ten}\n       *[other] {sixteen}\n    }}\n"
        );
        let files = [crate::check::SourceFile::new(
            crate::l10n::EASY_READ,
            "notice.ftl",
            text,
        )];
        let report = crate::check::check(&crate::check::CheckInput {
            files: &files,
            reference: crate::l10n::EASY_READ,
            usage: None,
            base: "",
            registry: None,
            only: None,
        });
        let at: Vec<(usize, usize, &str)> = report
            .findings
            .iter()
            .filter(|f| f.code.starts_with("easy-read-"))
            .map(|f| (f.line, f.col, f.code))
            .collect();
        assert_eq!(at, [(9, 17, "easy-read-sentence-length")]);
    }
}
