//! The crate's Fluent resolver (`src/l10n/bundle.rs`) against the reference,
//! `fluent-bundle`: on every message of every shipped file (plain and
//! pseudo-localised), on each Fluent construct the resolver supports, and on
//! the few documented places where it deliberately differs.

use std::borrow::Cow;

use fluent_bundle::{FluentBundle, FluentResource};
use member_notice::l10n::bundle::{Bundle, Transform};
use member_notice::l10n::{pseudo, LOCALES};

/// What `fluent-bundle` shows for message `id`: `None` when it is missing,
/// valueless, or formatting reported any error (the widget's rule).
fn reference(ftl: &str, id: &str, transform: Option<Transform>) -> Option<String> {
    let resource = FluentResource::try_new(ftl.to_owned()).unwrap_or_else(|(resource, _)| resource);
    let mut bundle = FluentBundle::new(vec!["de".parse().expect("a language tag")]);
    let _ = bundle.add_resource(resource);
    bundle.set_transform(transform);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let value = bundle.format_pattern(pattern, None, &mut errors);
    errors.is_empty().then(|| value.into_owned())
}

/// What the crate's resolver shows for message `id`.
fn ours(ftl: &str, id: &str, transform: Option<Transform>) -> Option<String> {
    let (mut bundle, _, _) = Bundle::parse(ftl);
    bundle.set_transform(transform);
    bundle.format(id)
}

/// The ids of every message in `ftl`.
fn message_ids(ftl: &str) -> Vec<String> {
    let resource = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(resource, _)| resource);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_shipped_message_resolves_as_fluent_bundle_resolves_it() {
    let transforms: [(&str, Option<Transform>); 3] = [
        ("plain", None),
        ("accented", Some(pseudo::accented)),
        ("mirrored", Some(pseudo::mirrored)),
    ];
    let mut compared = 0;
    for locale in LOCALES {
        let ids = message_ids(locale.ftl);
        assert!(ids.len() >= 20, "{}: {} messages", locale.tag, ids.len());
        for id in &ids {
            for (name, transform) in transforms {
                let expected = reference(locale.ftl, id, transform);
                assert!(
                    expected.is_some(),
                    "{} {id} ({name}) formats in fluent-bundle",
                    locale.tag
                );
                assert_eq!(
                    ours(locale.ftl, id, transform),
                    expected,
                    "{} {id} ({name})",
                    locale.tag
                );
                compared += 1;
            }
        }
    }
    assert!(compared >= 7 * 20 * 3);
}

/// Each construct: a file whose message `m` uses it.
const SAME_AS_FLUENT_BUNDLE: &[&str] = &[
    "m = Just text",
    "m =\n    Two lines\n    of text\n",
    "-brand = hkk\nm = Die { -brand } ruft nie an.",
    "-brand = hkk\n    .gender = feminine\nm = { -brand.gender }",
    "other = Inner\nm = Outer { other } text",
    "other = Inner\n    .title = Attr\nm = Outer { other.title }",
    "m = { \"literal\" } with { \"\\u00E4 \\\" \\\\\" }",
    "m = a { 42 } b",
    "m = a { -3.5 } b",
    "m = { 7 }",
    "m = nested { { \"x\" } } and { { -t } }\n-t = T",
    "-t = { $case ->\n    [genitive] der hkk\n   *[nominative] die hkk\n}\nm = Wegen { -t(case: \"genitive\") }",
    "-t = { $case ->\n    [genitive] der hkk\n   *[nominative] die hkk\n}\nm = { -t }",
    "-t = { $case ->\n    [genitive] der hkk\n   *[nominative] die hkk\n}\nm = { -t(case: \"dative\") }",
    "-t = { $n ->\n    [1] eins\n   *[other] viele\n}\nm = { -t(n: 1) }",
    "-t = { $n ->\n    [one] eins\n   *[other] viele\n}\nm = { -t(n: \"one\") }",
    "-t = Hallo { $name }\nm = { -t(name: \"Anna\") }",
    "-t = { $a }{ $b }\nm = { -t(a: \"1\", b: \"2\") }",
    "m = { \"a\" ->\n    [a] chosen\n   *[b] default\n}",
    "m = { \"z\" ->\n    [a] chosen\n   *[b] default\n}",
    "-x = { -x }\nm = { -x }",
    "a = { b }\nb = { a }\nm = { a }",
    "m = { missing }",
    "m = { -missing }",
    "other = Inner\nm = { other.nope }",
    "nov =\n    .attr = only an attribute\nm = { nov }",
    "m = { $variable }",
    "m = { NUMBER(3) }",
    "m = { $sel ->\n    [a] a\n   *[b] b\n}",
    "m = { missing ->\n    [a] a\n   *[b] b\n}",
    "m = broken { entry\nn = fine",
];

#[test]
fn each_supported_construct_resolves_as_fluent_bundle_resolves_it() {
    for ftl in SAME_AS_FLUENT_BUNDLE {
        assert_eq!(ours(ftl, "m", None), reference(ftl, "m", None), "{ftl}");
    }
    // The cases above include successes and failures, so neither side can
    // pass by always answering the same.
    let shown = SAME_AS_FLUENT_BUNDLE
        .iter()
        .filter(|ftl| ours(ftl, "m", None).is_some())
        .count();
    assert!(
        shown >= 15 && shown < SAME_AS_FLUENT_BUNDLE.len(),
        "{shown} shown"
    );
}

#[test]
fn more_than_a_hundred_placeables_fail_as_in_fluent_bundle() {
    let many = |n: usize| format!("-t = x\nm = {}", "{ -t }".repeat(n));
    assert_eq!(ours(&many(100), "m", None), Some("x".repeat(100)));
    assert_eq!(reference(&many(100), "m", None), Some("x".repeat(100)));
    assert_eq!(ours(&many(101), "m", None), None);
    assert_eq!(reference(&many(101), "m", None), None);
}

#[test]
fn isolation_marks_surround_the_same_placeables() {
    let ftl = "-t = T\nm = a { -t } { \"s\" } { 5 } { { \"n\" } }";
    let value = ours(ftl, "m", None).expect("resolves");
    assert_eq!(value, "a T s \u{2068}5\u{2069} \u{2068}n\u{2069}");
    assert_eq!(Some(value), reference(ftl, "m", None));
}

#[test]
fn overridden_terms_replace_the_files_own() {
    let ftl = "-brand-name = hkk\nm = Die { -brand-name } ruft nie an.";
    let (mut bundle, _, _) = Bundle::parse(ftl);
    bundle.override_terms("-brand-name = AOK\nignored = a message\n");
    assert_eq!(bundle.format("m").as_deref(), Some("Die AOK ruft nie an."));
    assert!(
        !bundle.has_message("ignored"),
        "an override adds terms only"
    );
}

#[test]
fn a_second_definition_is_reported_and_the_first_is_kept() {
    let (bundle, errors, duplicates) = Bundle::parse("m = first\nm = second\n-t = a\n-t = b\n");
    assert!(errors.is_empty());
    let named: Vec<String> = duplicates.iter().map(ToString::to_string).collect();
    assert_eq!(
        named,
        [
            "the message m is defined more than once",
            "the term -t is defined more than once"
        ]
    );
    assert_eq!(bundle.format("m").as_deref(), Some("first"));
    assert_eq!(
        reference("m = first\nm = second\n", "m", None).as_deref(),
        Some("first")
    );
}

/// The documented differences: where `fluent-bundle` would show a member
/// `{$name}` or pick a plural category, the widget falls back to German or
/// the default variant.
#[test]
fn the_documented_differences_and_only_those() {
    let unset = "-t = Hallo { $name }\nm = { -t }";
    assert_eq!(
        reference(unset, "m", None).as_deref(),
        Some("Hallo \u{2068}{$name}\u{2069}")
    );
    assert_eq!(
        ours(unset, "m", None),
        None,
        "a term's unset variable is an error"
    );

    let plural = "m = { 1 ->\n    [one] eins\n   *[other] viele\n}";
    assert_eq!(reference(plural, "m", None).as_deref(), Some("eins"));
    assert_eq!(
        ours(plural, "m", None).as_deref(),
        Some("viele"),
        "numbers match no plural category"
    );
}

#[test]
fn a_transform_touches_text_but_not_placeable_values() {
    let upper: Transform = |text| Cow::Owned(text.to_uppercase());
    let ftl = "-t = term\nm = text { \"lit\" } { -t }";
    assert_eq!(
        ours(ftl, "m", Some(upper)).as_deref(),
        Some("TEXT lit TERM")
    );
    assert_eq!(
        ours(ftl, "m", Some(upper)),
        reference(ftl, "m", Some(upper))
    );
}
