//! The widget's own JSON reader and writer (`src/json/`), checked against
//! `serde_json` as an independent oracle: both must accept and reject the
//! same texts and read the same values, and what the writer writes must read
//! back as what was written.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::json::{self, Object, Value, MAX_DEPTH};

/// Our value as serde_json's, numbers through serde_json's own reading of
/// their text.
fn as_serde(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        // Beyond f64 (`1e400`) serde_json refuses a number that JSON.parse
        // reads as Infinity; the widget keeps the text either way.
        Value::Number(text) => serde_json::from_str(text).unwrap_or(serde_json::Value::Null),
        Value::String(text) => serde_json::Value::String(text.clone()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(as_serde).collect()),
        Value::Object(object) => serde_json::Value::Object(
            object
                .iter()
                .map(|(k, v)| (k.to_owned(), as_serde(v)))
                .collect(),
        ),
    }
}

/// Texts a config, options or app message might hold, valid and not.
const SAMPLES: &[&str] = &[
    r#"{"version":"2026-05-incident-3","active":true,"severity":"warning","links":{"more_info":"https://www.hkk.de/x"},"terms":{"brand-name":"hkk"}}"#,
    r#"{"lang":"ar","variant":"FULL","theme":"dark","headingLevel":"3","webview":false}"#,
    r#"{"type":"setLocale","locale":"ar"}"#,
    r#" [1, -0, 0.5, -12.25e+3, 1E-2, 10, 123456789012345678901234567890] "#,
    r#"{"text":"Zeilen\nund \"Anführung\" \\ \/ \b\f\r\t \u00e4 \ud83d\ude00 \u0000"}"#,
    r#"{"a":{"b":[{"c":[null,true,false,{}]}],"d":[]},"e":""}"#,
    r#"{"dup":1,"dup":2}"#,
    "\t\r\n {\"ws\" \n:\r [ 1 , 2 ] }\n",
    r#""just a string""#,
    "null",
    "سلام",
    "",
    "{",
    "[1,]",
    r#"{"a":1,}"#,
    r#"{'a':1}"#,
    r#"{a:1}"#,
    "01",
    "1.",
    ".5",
    "-",
    "+1",
    "1e",
    "NaN",
    "Infinity",
    "tru",
    "nulls",
    r#""\x""#,
    r#""\u12""#,
    r#""\ud800""#,
    r#""\udc00x""#,
    "\"tab\there\"",
    r#"{"a" 1}"#,
    "[1 2]",
    "{} {}",
];

#[test]
fn reads_what_serde_json_reads_and_refuses_what_it_refuses() {
    for text in SAMPLES {
        let ours = json::parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match (&ours, &theirs) {
            (Ok(ours), Ok(theirs)) => assert_eq!(&as_serde(ours), theirs, "{text}"),
            (Err(_), Err(_)) => {}
            _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }
}

/// Whether serde_json refused `text` only for a number beyond f64, which
/// JSON (and `JSON.parse`) allows.
fn out_of_f64_range(error: &serde_json::Error) -> bool {
    error.to_string().contains("number out of range")
}

#[test]
fn agrees_with_serde_json_on_every_one_character_edit() {
    // Each sample with one character deleted, or one of the JSON syntax
    // characters inserted, at every position: thousands of near-misses.
    let mut tried = 0;
    for sample in &SAMPLES[..6] {
        let chars: Vec<char> = sample.chars().collect();
        for at in 0..=chars.len() {
            let mut variants = Vec::new();
            if at < chars.len() {
                let mut deleted = chars.clone();
                deleted.remove(at);
                variants.push(deleted);
            }
            for inserted in [
                '"', '\\', ',', ':', '{', '}', '[', ']', '0', '-', 'e', '\n', '\u{1}',
            ] {
                let mut edited = chars.clone();
                edited.insert(at, inserted);
                variants.push(edited);
            }
            for variant in variants {
                let text: String = variant.into_iter().collect();
                let ours = json::parse(&text).map(|v| as_serde(&v));
                let theirs = serde_json::from_str::<serde_json::Value>(&text);
                match (&ours, &theirs) {
                    (Ok(ours), Ok(theirs)) => assert_eq!(ours, theirs, "{text}"),
                    (Err(_), Err(_)) => {}
                    (Ok(_), Err(error)) if out_of_f64_range(error) => {}
                    _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
                }
                tried += 1;
            }
        }
    }
    assert!(tried > 5_000, "only {tried} texts tried");
}

#[test]
fn what_it_writes_reads_back_the_same_in_both() {
    for text in SAMPLES {
        let Ok(value) = json::parse(text) else {
            continue;
        };
        let written = value.to_string();
        assert_eq!(json::parse(&written).as_ref(), Ok(&value), "{written}");
        let theirs: serde_json::Value = serde_json::from_str(&written).expect("valid JSON");
        assert_eq!(theirs, as_serde(&value), "{written}");
    }
}

#[test]
fn control_characters_quotes_and_backslashes_are_escaped() {
    let object = Object::new().with("m", "a\"b\\c\nd\u{1}e/ü€");
    assert_eq!(object.to_string(), r#"{"m":"a\"b\\c\nd\u0001e/ü€"}"#);
}

#[test]
fn errors_say_what_and_where() {
    let error = json::parse("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
    assert_eq!((error.line, error.column), (3, 7), "{error}");
    assert_eq!(error.to_string(), "expected `:` at line 3 column 7");
    // Columns count characters, not UTF-8 bytes.
    let error = json::parse(r#"{"ä€": x}"#).unwrap_err();
    assert_eq!(error.column, 8, "{error}");
    assert!(json::parse("{\"a\":")
        .unwrap_err()
        .problem
        .contains("ended"));
}

#[test]
fn nesting_is_limited_so_hostile_input_cannot_exhaust_the_stack() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(json::parse(&nested(MAX_DEPTH)).is_ok());
    let error = json::parse(&nested(MAX_DEPTH + 1)).unwrap_err();
    assert!(error.problem.contains("nested"), "{error}");
    // Far deeper than any stack would survive unchecked.
    assert!(json::parse(&nested(1_000_000)).is_err());
}

#[test]
fn a_repeated_key_reads_as_its_last_value_once() {
    let Ok(Value::Object(object)) = json::parse(r#"{"a":1,"b":2,"a":3}"#) else {
        panic!("an object");
    };
    assert_eq!(object.get("a").and_then(Value::as_u64), Some(3));
    assert_eq!(object.keys().collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(object.len(), 2);
    assert_eq!(object.to_string(), r#"{"a":3,"b":2}"#);
}

#[test]
fn numbers_stay_text_and_only_plain_integers_read_as_integers() {
    let number = |text: &str| json::parse(text).unwrap();
    assert_eq!(number("3").as_u64(), Some(3));
    assert_eq!(number("3.0").as_u64(), None);
    assert_eq!(number("3e0").as_u64(), None);
    assert_eq!(number("-3").as_u64(), None);
    assert_eq!(number("1e400").to_string(), "1e400");
}

#[test]
fn builders_replace_a_key_in_place_and_never_override_common_fields() {
    let object = Object::new().with("a", 1u32).with("b", true).with("a", "x");
    assert_eq!(object.to_string(), r#"{"a":"x","b":true}"#);
    let mut common = Object::new().with("locale", "de");
    common.extend_missing(&Object::new().with("locale", "xx").with("url", "/y"));
    assert_eq!(common.to_string(), r#"{"locale":"de","url":"/y"}"#);
}
