//! JSON text to a [`Value`] (RFC 8259), or the first error and where it is.

use std::fmt;

use super::value::{Object, Value};

/// How deeply lists and objects may nest: far more than any config needs,
/// and few enough that hostile input cannot exhaust the stack.
pub const MAX_DEPTH: usize = 64;

/// Why a text is not JSON, and where: 1-based line and column, the column
/// counted in characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// What is wrong, e.g. "expected `,` or `}`".
    pub problem: &'static str,
    /// Line of the first character that does not fit.
    pub line: usize,
    /// Column of that character.
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.problem, self.line, self.column
        )
    }
}

impl std::error::Error for ParseError {}

/// Reads one JSON value; whitespace around it is allowed, anything else is
/// an error.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut reader = Reader { text, at: 0 };
    reader.skip_space();
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at < text.len() {
        return Err(reader.error("trailing characters after the value"));
    }
    Ok(value)
}

/// A position in the text being read.
struct Reader<'a> {
    text: &'a str,
    at: usize,
}

type Read<T> = Result<T, ParseError>;

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn error(&self, problem: &'static str) -> ParseError {
        let before = &self.text[..self.at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        ParseError {
            problem,
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    /// An error at the current position: `at_end` when the text ran out,
    /// `otherwise` when a character does not fit.
    fn unexpected(&self, at_end: &'static str, otherwise: &'static str) -> ParseError {
        self.error(if self.peek().is_none() {
            at_end
        } else {
            otherwise
        })
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Read<Value> {
        match self.peek() {
            Some(b'{') => self.object(depth).map(Value::Object),
            Some(b'[') => self.array(depth).map(Value::Array),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected(
                "the text ended where a value was expected",
                "expected a value",
            )),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Read<Value> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    /// Checks nesting before entering a list or object.
    fn enter(&mut self, depth: usize) -> Read<()> {
        if depth >= MAX_DEPTH {
            return Err(self.error("lists and objects are nested too deeply"));
        }
        self.at += 1;
        self.skip_space();
        Ok(())
    }

    fn object(&mut self, depth: usize) -> Read<Object> {
        self.enter(depth)?;
        let mut object = Object::new();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(object);
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.unexpected(
                    "the text ended inside an object",
                    "expected a key in double quotes",
                ));
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.unexpected("the text ended inside an object", "expected `:`"));
            }
            self.at += 1;
            self.skip_space();
            let value = self.value(depth + 1)?;
            object.push(key, value);
            self.skip_space();
            match self.peek() {
                Some(b',') => {
                    self.at += 1;
                    self.skip_space();
                }
                Some(b'}') => {
                    self.at += 1;
                    return Ok(object);
                }
                _ => {
                    return Err(
                        self.unexpected("the text ended inside an object", "expected `,` or `}`")
                    )
                }
            }
        }
    }

    fn array(&mut self, depth: usize) -> Read<Vec<Value>> {
        self.enter(depth)?;
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(items);
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => {
                    self.at += 1;
                    self.skip_space();
                }
                Some(b']') => {
                    self.at += 1;
                    return Ok(items);
                }
                _ => {
                    return Err(
                        self.unexpected("the text ended inside a list", "expected `,` or `]`")
                    )
                }
            }
        }
    }

    /// A string starting at its opening quote.
    fn string(&mut self) -> Read<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The run stops before an ASCII byte or at the end: a character
            // boundary, so the slice is whole characters.
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err(self.error(
                    "a control character in a string; write it as an escape (\\n, \\t, \\u0000)",
                )),
                None => return Err(self.error("the text ended inside a string")),
            }
        }
    }

    /// The character of an escape, after its backslash.
    fn escape(&mut self) -> Read<char> {
        let Some(byte) = self.peek() else {
            return Err(self.error("the text ended inside a string"));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => {
                self.at -= 1;
                return Err(self.error("an unknown escape in a string"));
            }
        })
    }

    /// `\uXXXX`, after its `u`, with a second `\uXXXX` for a character
    /// outside the Basic Multilingual Plane.
    fn unicode_escape(&mut self) -> Read<char> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.text[self.at..].starts_with("\\u") {
                    return Err(
                        self.error("a \\u escape holds half a character (a lone surrogate)")
                    );
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(
                        self.error("a \\u escape holds half a character (a lone surrogate)")
                    );
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => {
                return Err(self.error("a \\u escape holds half a character (a lone surrogate)"))
            }
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.error("a \\u escape is not a character"))
    }

    fn hex4(&mut self) -> Read<u32> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("a \\u escape needs four hexadecimal digits"))?;
        self.at += 4;
        u32::from_str_radix(digits, 16)
            .map_err(|_| self.error("a \\u escape needs four hexadecimal digits"))
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as text.
    fn number(&mut self) -> Read<Value> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("a number needs digits")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.required_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.required_digits()?;
        }
        Ok(Value::Number(self.text[start..self.at].to_owned()))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn required_digits(&mut self) -> Read<()> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.error("a number needs digits"));
        }
        self.digits();
        Ok(())
    }
}
