//! The parsed tree: [`Value`] and its [`Object`]s.

/// One JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its JSON text (`3`, `-0.5e2`): the widget reads only
    /// small integers, so nothing here needs floating point.
    Number(String),
    /// A string, unescaped.
    String(String),
    /// A list.
    Array(Vec<Value>),
    /// An object.
    Object(Object),
}

impl Value {
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The object, if this is one.
    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Object(object) => Some(object),
            _ => None,
        }
    }

    /// The number as an unsigned integer, if it is one written without a
    /// fraction or exponent (`3`, not `3.0` or `3e0`) and fits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The type as messages name it: "a string", "a number", "null", …
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Number(n.to_string())
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::String(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::String(text)
    }
}

impl From<Object> for Value {
    fn from(object: Object) -> Self {
        Value::Object(object)
    }
}

/// A JSON object: its members in the order written. A key written twice
/// keeps both entries, and [`Object::get`] returns the last, as
/// `JSON.parse` does.
#[derive(Clone, Debug, Default)]
pub struct Object(Vec<(String, Value)>);

/// Equal when they read the same: the same keys in the same order, each
/// with the same (last) value.
impl PartialEq for Object {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Object {}

impl Object {
    /// An empty object.
    pub fn new() -> Self {
        Object(Vec::new())
    }

    /// This object with `key` set to `value` (replacing an earlier value),
    /// for building event details: `Object::new().with("expanded", true)`.
    pub fn with(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.set(key, value.into());
        self
    }

    /// Sets `key` to `value`, replacing an earlier value in its place.
    pub fn set(&mut self, key: &str, value: Value) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value,
            None => self.0.push((key.to_owned(), value)),
        }
    }

    /// Appends a member as read, even when its key was seen before.
    pub(super) fn push(&mut self, key: String, value: Value) {
        self.0.push((key, value));
    }

    /// The value of `key` (the last one written), if present.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The keys in the order written (a repeated key once, where it first
    /// appears).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .enumerate()
            .filter(|(i, (k, _))| !self.0[..*i].iter().any(|(seen, _)| seen == k))
            .map(|(_, (k, _))| k.as_str())
    }

    /// The members in the order of [`Object::keys`], each with its last value.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.keys().filter_map(|k| self.get(k).map(|v| (k, v)))
    }

    /// Adds every member of `other` whose key this object lacks: a detail's
    /// own fields never replace the common ones.
    pub fn extend_missing(&mut self, other: &Object) {
        for (key, value) in other.iter() {
            if !self.contains_key(key) {
                self.0.push((key.to_owned(), value.clone()));
            }
        }
    }

    /// How many distinct keys there are.
    pub fn len(&self) -> usize {
        self.keys().count()
    }

    /// Whether the object has no members.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
