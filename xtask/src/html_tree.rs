//! The prerendered notice as a compact JSON tree, for the loader to build
//! with `createElement` before the wasm arrives (an HTML string would need
//! `innerHTML`, which Trusted Types forbid).
//!
//! A node is a string (text), `{"c": "…"}` (a comment: Yew's hydration
//! markers) or `["tag", {"attribute": "value"}, …children]`. The input is
//! the crate's own server-rendered HTML, so this reads exactly what Yew
//! writes — elements, quoted attributes, text, comments, character
//! references — and refuses anything else rather than guessing.

use serde_json::{json, Map, Value};

/// Elements without an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Parses `html` (a sequence of nodes) into the JSON tree.
pub fn parse(html: &str) -> Result<Value, String> {
    let mut parser = Parser {
        rest: html,
        stack: vec![(String::new(), Vec::new(), Map::new())],
    };
    parser.run()?;
    let (_, children, _) = parser.stack.pop().expect("the root stays");
    if !parser.stack.is_empty() {
        return Err("an element is never closed".into());
    }
    Ok(Value::Array(children))
}

struct Parser<'a> {
    rest: &'a str,
    /// Open elements: (tag, children so far, attributes).
    stack: Vec<(String, Vec<Value>, Map<String, Value>)>,
}

impl Parser<'_> {
    fn run(&mut self) -> Result<(), String> {
        while !self.rest.is_empty() {
            if let Some(rest) = self.rest.strip_prefix("<!--") {
                let end = rest.find("-->").ok_or("a comment is never closed")?;
                self.push(json!({ "c": &rest[..end] }));
                self.rest = &rest[end + 3..];
            } else if let Some(rest) = self.rest.strip_prefix("</") {
                let end = rest.find('>').ok_or("an end tag is never closed")?;
                let tag = rest[..end].trim().to_ascii_lowercase();
                self.rest = &rest[end + 1..];
                let (open, children, attributes) =
                    self.stack.pop().ok_or("an end tag without a start")?;
                if open != tag || self.stack.is_empty() {
                    return Err(format!("</{tag}> closes <{open}>"));
                }
                self.push(element(&tag, attributes, children));
            } else if self.rest.starts_with('<') {
                self.start_tag()?;
            } else {
                let end = self.rest.find('<').unwrap_or(self.rest.len());
                let text = decode(&self.rest[..end])?;
                self.push(Value::String(text));
                self.rest = &self.rest[end..];
            }
        }
        Ok(())
    }

    fn push(&mut self, node: Value) {
        self.stack.last_mut().expect("the root stays").1.push(node);
    }

    fn start_tag(&mut self) -> Result<(), String> {
        let rest = &self.rest[1..];
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .ok_or("a start tag is never closed")?;
        let tag = rest[..name_end].to_ascii_lowercase();
        if tag.is_empty() || !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(format!("unexpected tag name `{tag}`"));
        }
        let mut rest = &rest[name_end..];
        let mut attributes = Map::new();
        loop {
            rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix("/>") {
                rest = after;
                self.push(element(&tag, attributes, Vec::new()));
                break;
            }
            if let Some(after) = rest.strip_prefix('>') {
                rest = after;
                if VOID.contains(&tag.as_str()) {
                    self.push(element(&tag, attributes, Vec::new()));
                } else {
                    self.stack.push((tag.clone(), Vec::new(), attributes));
                }
                break;
            }
            let name_end = rest
                .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
                .ok_or("an attribute runs past the end")?;
            let name = rest[..name_end].to_ascii_lowercase();
            if name.is_empty() {
                return Err(format!("a malformed attribute in <{tag}>"));
            }
            rest = &rest[name_end..];
            let value = if let Some(after) = rest.strip_prefix("=\"") {
                let end = after
                    .find('"')
                    .ok_or("an attribute value is never closed")?;
                rest = &after[end + 1..];
                decode(&after[..end])?
            } else {
                String::new()
            };
            attributes.insert(name, Value::String(value));
        }
        self.rest = rest;
        Ok(())
    }
}

fn element(tag: &str, attributes: Map<String, Value>, children: Vec<Value>) -> Value {
    let mut node = vec![Value::String(tag.to_owned()), Value::Object(attributes)];
    node.extend(children);
    Value::Array(node)
}

/// Decodes the character references Yew writes (`&lt; &gt; &amp; &quot;`
/// and numeric ones).
fn decode(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after.find(';').ok_or("a character reference without `;`")?;
        let name = &after[..end];
        let c = match name {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(hex) =
                    name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
                {
                    u32::from_str_radix(hex, 16).ok()
                } else {
                    name.strip_prefix('#').and_then(|d| d.parse().ok())
                };
                code.and_then(char::from_u32)
                    .ok_or_else(|| format!("unknown character reference &{name};"))?
            }
        };
        out.push(c);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_attributes_text_and_comments() {
        let tree = parse(r#"<!--<[A]>--><section class="n" hidden><h2 id="t">A &amp; B &lt;x&gt; &#x27;q&#39;</h2><br></section><!--</[A]>-->"#).unwrap();
        assert_eq!(
            tree,
            json!([
                { "c": "<[A]>" },
                ["section", { "class": "n", "hidden": "" },
                    ["h2", { "id": "t" }, "A & B <x> 'q'"],
                    ["br", {}]],
                { "c": "</[A]>" }
            ])
        );
    }

    #[test]
    fn what_it_cannot_read_is_an_error() {
        for bad in [
            "<p>open",
            "<p></div>",
            "</p>",
            "<p a=\"x>",
            "a &unknown; b",
            "<!-- x",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
