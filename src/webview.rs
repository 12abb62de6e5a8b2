//! Messages exchanged with the member app through its WebView bridge.
//!
//! Outgoing: every widget event as a versioned JSON string,
//! `{ "schema": 1, "type": "toggle", … }`. Incoming: `setLocale` and
//! `setTheme`, delivered by the app to `window.MemberNotice.receive(json)`.
//! No personal data travels either way. Pure; the posting lives in
//! `embed::bridge`.

use crate::json::{self, Object, Value};
use crate::options::Theme;

/// Version of the message format; the app checks it before reading a message.
pub const SCHEMA: u32 = 1;

/// Builds the outgoing message for event `kind` (`ready`, `dismiss`, …) from
/// the event's detail object.
pub fn outgoing(kind: &str, detail: &Object) -> String {
    let mut message = Object::new().with("schema", SCHEMA).with("type", kind);
    message.extend_missing(detail);
    message.to_string()
}

/// A message from the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Show the notice in another language (`"ar"`, `"tr-TR"`, `"auto"`).
    SetLocale(String),
    /// Switch the colour scheme (`light`, `dark`, `auto`).
    SetTheme(Theme),
}

/// The shape every incoming message must have, for the warning.
const EXPECTED: &str =
    "expected {\"type\":\"setLocale\",\"locale\":\"ar\"} or {\"type\":\"setTheme\",\"theme\":\"dark\"}";

/// Reads a message from the app; the error says what was wrong, for a warning.
pub fn parse_incoming(json: &str) -> Result<Incoming, String> {
    let ignored = |why: String| format!("message ignored ({why}); {EXPECTED}");
    let message = match json::parse(json) {
        Ok(Value::Object(message)) => message,
        Ok(other) => return Err(ignored(format!("it is {}, not an object", other.kind()))),
        Err(error) => return Err(ignored(error.to_string())),
    };
    let field = |name: &str| match message.get(name) {
        Some(Value::String(text)) => Ok(text.clone()),
        Some(other) => Err(ignored(format!(
            "`{name}` is {}, not a string",
            other.kind()
        ))),
        None => Err(ignored(format!("`{name}` is missing"))),
    };
    match field("type")?.as_str() {
        "setLocale" => Ok(Incoming::SetLocale(field("locale")?)),
        "setTheme" => {
            let theme = field("theme")?;
            Theme::parse(&theme).map(Incoming::SetTheme).ok_or_else(|| {
                format!(
                    "setTheme with theme \"{theme}\" is ignored; use {}",
                    Theme::listed()
                )
            })
        }
        other => Err(ignored(format!("unknown type \"{other}\""))),
    }
}
