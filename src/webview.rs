//! Messages exchanged with the member app through its WebView bridge.
//!
//! Outgoing: every widget event as a versioned JSON string,
//! `{ "schema": 1, "type": "toggle", … }`. Incoming: `setLocale` and
//! `setTheme`, delivered by the app to `window.MemberNotice.receive(json)`.
//! No personal data travels either way. Pure; the posting lives in
//! `embed::bridge`.

use serde::Deserialize;

use crate::options::Theme;

/// Version of the message format; the app checks it before reading a message.
pub const SCHEMA: u32 = 1;

/// Builds the outgoing message for event `kind` (`ready`, `dismiss`, …) from
/// the event's detail object.
pub fn outgoing(kind: &str, detail: &serde_json::Value) -> String {
    let mut message = serde_json::json!({ "schema": SCHEMA, "type": kind });
    if let (Some(message), Some(detail)) = (message.as_object_mut(), detail.as_object()) {
        for (key, value) in detail {
            message.entry(key.clone()).or_insert_with(|| value.clone());
        }
    }
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

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
enum Raw {
    SetLocale { locale: String },
    SetTheme { theme: String },
}

/// Reads a message from the app; the error says what was wrong, for a warning.
pub fn parse_incoming(json: &str) -> Result<Incoming, String> {
    match serde_json::from_str::<Raw>(json) {
        Ok(Raw::SetLocale { locale }) => Ok(Incoming::SetLocale(locale)),
        Ok(Raw::SetTheme { theme }) => match Theme::parse(&theme) {
            Some(theme) => Ok(Incoming::SetTheme(theme)),
            None => Err(format!(
                "setTheme with theme \"{theme}\" is ignored; use {}",
                Theme::listed()
            )),
        },
        Err(error) => Err(format!(
            "message ignored ({error}); expected {{\"type\":\"setLocale\",\"locale\":\"ar\"}} \
             or {{\"type\":\"setTheme\",\"theme\":\"dark\"}}"
        )),
    }
}
