//! The shipped JavaScript reaches the DOM only through members the page's
//! HTML cannot shadow (see `js/dom.js`).
//!
//! wasm-bindgen's glue calls every DOM member on the object it is handed
//! (`arg0.createTextNode(…)`, `arg1.baseURI`). When that object is the
//! document, a named element such as `<img name="createTextNode">` answers
//! instead, and the notice stays blank. [`guard_receivers`] routes every such
//! receiver through `js/dom.js`'s `real()`, which swaps the document for a
//! view of its prototypes, and then checks the result: any member access in
//! the glue's imports on something other than `real(…)`, the glue's own
//! helpers or a JavaScript built-in fails the build, so a future wasm-bindgen
//! that writes its glue differently cannot ship an unguarded receiver.
//! [`check_loader`] holds the hand-written loader to the same rule.
//!
//! Pure text work on JavaScript as wasm-bindgen and the repository write it:
//! a small scanner that knows strings, comments and identifiers, not a parser.

/// What the glue imports `real` as; chosen not to clash with the glue's names.
pub const REAL: &str = "__memberNoticeReal";

/// The line that gives the glue [`REAL`] from `js/dom.js` (bundled beside it).
pub fn import_line() -> String {
    format!("import {{ real as {REAL} }} from \"./dom.js\";\n")
}

/// Where the glue's import shims are: the body of this function.
const IMPORTS_FUNCTION: &str = "function __wbg_get_imports()";

/// Objects whose members the glue may reach directly: JavaScript built-ins
/// (no page markup can shadow them) and the glue's own module state.
const DIRECT: &[&str] = &[
    "Array",
    "Date",
    "Error",
    "JSON",
    "Math",
    "Number",
    "Object",
    "Promise",
    "Reflect",
    "String",
    "Symbol",
    "Uint8Array",
    "WebAssembly",
    "console",
    "table",
    "wasm",
];

/// Glue helpers whose results may be reached directly (`getDataViewMemory0().setInt32`).
const DIRECT_CALLS: &[&str] = &["getDataViewMemory0", "getUint8ArrayMemory0"];

/// The glue with every `argN.member` in its import shims written as
/// `real(argN).member`, checked by [`unguarded`]; an error names each access
/// left over.
pub fn guard_receivers(glue: &str) -> Result<String, String> {
    let (start, end) = imports_span(glue)?;
    let body = &glue[start..end];
    let mut out = String::with_capacity(body.len() + body.len() / 8);
    let mut rewritten = 0;
    let mut last = 0;
    for token in tokens(body) {
        if let Token::Member {
            base, base_start, ..
        } = token
        {
            if is_parameter(base) {
                out.push_str(&body[last..base_start]);
                out.push_str(&format!("{REAL}({base})"));
                last = base_start + base.len();
                rewritten += 1;
            }
        }
    }
    out.push_str(&body[last..]);
    if rewritten == 0 {
        return Err(format!(
            "the wasm-bindgen glue's `{IMPORTS_FUNCTION}` has no `argN.member` to guard; \
             wasm-bindgen changed how it writes its glue — update xtask/src/dom_guard.rs"
        ));
    }
    let left = unguarded(&out);
    if !left.is_empty() {
        return Err(format!(
            "the wasm-bindgen glue reaches DOM members that js/dom.js does not guard, so a \
             named element in the page could shadow them: {} — route them through {REAL}() \
             in xtask/src/dom_guard.rs",
            left.join(", ")
        ));
    }
    Ok(format!(
        "{}{}{out}{}",
        import_line(),
        &glue[..start],
        &glue[end..]
    ))
}

/// Member accesses in `imports` (the shims' source) on anything but
/// `real(…)`, a [`DIRECT`] object or a [`DIRECT_CALLS`] result, as
/// `base.member` (`arg0.createTextNode`, `obj.baseURI`, `(…).x`).
pub fn unguarded(imports: &str) -> Vec<String> {
    let mut left = Vec::new();
    for token in tokens(imports) {
        if let Token::Member {
            base, member, call, ..
        } = token
        {
            let allowed = match call {
                Some(callee) => callee == REAL || DIRECT_CALLS.contains(&callee),
                // wasm-bindgen's enum tables (`__wbindgen_enum_ShadowRootMode[arg1]`).
                None => DIRECT.contains(&base) || base.starts_with("__wbindgen_enum_"),
            };
            if !allowed {
                let base = call.map_or_else(|| base.to_owned(), |c| format!("{c}(…)"));
                left.push(format!("{base}.{member}"));
            }
        }
    }
    left
}

/// Every `document.member` in `source` (the loader): the loader must reach
/// the document's members through `realDocument` from `js/dom.js`.
pub fn check_loader(source: &str, file: &str) -> Result<(), String> {
    let direct: Vec<String> = tokens(source)
        .into_iter()
        .filter_map(|token| match token {
            Token::Member {
                base: "document",
                member,
                call: None,
                ..
            } => Some(format!("document.{member}")),
            _ => None,
        })
        .collect();
    if direct.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{file} reaches {} on the document object, which a named element in the page can \
             shadow; use realDocument from js/dom.js",
            direct.join(", ")
        ))
    }
}

/// The byte range of the body of [`IMPORTS_FUNCTION`] in `glue`.
pub fn imports_span(glue: &str) -> Result<(usize, usize), String> {
    let at = glue.find(IMPORTS_FUNCTION).ok_or_else(|| {
        format!(
            "the wasm-bindgen glue has no `{IMPORTS_FUNCTION}`; wasm-bindgen changed how it \
             writes its glue — update xtask/src/dom_guard.rs"
        )
    })?;
    let open = at
        + glue[at..]
            .find('{')
            .ok_or("the glue's import function has no body")?;
    let mut depth = 0usize;
    for token in tokens(&glue[open..]) {
        match token {
            Token::Punct(_, '{') => depth += 1,
            Token::Punct(close, '}') => {
                depth -= 1;
                if depth == 0 {
                    return Ok((open + 1, open + close));
                }
            }
            _ => {}
        }
    }
    Err("the glue's import function is not closed".into())
}

/// `argN`, the glue's name for a shim's parameters.
fn is_parameter(name: &str) -> bool {
    name.strip_prefix("arg")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// What the scanner reports.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    /// `base.member` or `base[…]` (then `member` is `[`) where `base` starts
    /// an expression: an identifier not itself after a `.`, or a call
    /// `callee(…)` (then `call` is the callee, `""` for a parenthesis).
    Member {
        base: &'a str,
        base_start: usize,
        member: &'a str,
        call: Option<&'a str>,
    },
    /// A brace, at its byte offset.
    Punct(usize, char),
}

/// What the scanner saw last, to know what a `.` or `[` applies to.
#[derive(Clone, Copy)]
enum Last<'a> {
    /// Nothing a member can apply to (an operator, a literal).
    Other,
    /// An identifier at `start..end`; `dotted` when it is itself a member name.
    Ident(usize, usize, bool),
    /// The `)` of a call of `callee`.
    Call(&'a str),
}

/// Scans JavaScript `source` for member accesses and braces, skipping
/// strings, template literals, comments and regular-expression literals.
/// Not a parser: it knows what the glue and the loader are written with,
/// and where it is unsure it reports more, never less.
fn tokens(source: &str) -> Vec<Token<'_>> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut last = Last::Other;
    // The callee of each open parenthesis ("" for a grouping one).
    let mut calls: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let next = bytes.get(i + 1).copied();
        match b {
            b'/' if next == Some(b'/') => {
                i = source[i..].find('\n').map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'/' if next == Some(b'*') => {
                i = source[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |n| i + 2 + n + 2);
                continue;
            }
            // A regular expression where an operand starts (not a division).
            b'/' if matches!(last, Last::Other) => {
                let mut j = i + 1;
                let mut class = false;
                while j < bytes.len() && (class || bytes[j] != b'/') {
                    match bytes[j] {
                        b'\\' => j += 1,
                        b'[' => class = true,
                        b']' => class = false,
                        _ => {}
                    }
                    j += 1;
                }
                i = ident_end(bytes, j + 1);
                last = Last::Other;
                continue;
            }
            b'"' | b'\'' | b'`' => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != b {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                i = j + 1;
                last = Last::Other;
                continue;
            }
            // Optional chaining applies to what came before, like `.`.
            b'?' if next == Some(b'.') => {
                i += 1;
                continue;
            }
            b'.' | b'[' => {
                let member_start = i + 1;
                let member_end = if b == b'.' {
                    ident_end(bytes, member_start)
                } else {
                    member_start
                };
                if b == b'.' && member_end == member_start {
                    // A number's decimal point or a spread.
                    last = Last::Other;
                    i += 1;
                    continue;
                }
                let member = if b == b'[' {
                    "["
                } else {
                    &source[member_start..member_end]
                };
                match last {
                    Last::Ident(s, e, false) => out.push(Token::Member {
                        base: &source[s..e],
                        base_start: s,
                        member,
                        call: None,
                    }),
                    Last::Call(callee) => out.push(Token::Member {
                        base: "",
                        base_start: i,
                        member,
                        call: Some(callee),
                    }),
                    _ => {}
                }
                if b == b'[' {
                    calls.push("");
                    last = Last::Other;
                    i += 1;
                } else {
                    last = Last::Ident(member_start, member_end, true);
                    i = member_end;
                }
                continue;
            }
            b'(' => {
                calls.push(match last {
                    Last::Ident(s, e, _) => &source[s..e],
                    _ => "",
                });
                last = Last::Other;
            }
            b')' | b']' => {
                let callee = calls.pop().unwrap_or("");
                // `a[0].x` and `(a).x` reach members of values, like calls do.
                last = Last::Call(if b == b']' { "[" } else { callee });
                i += 1;
                continue;
            }
            b'{' | b'}' => {
                out.push(Token::Punct(i, b as char));
                last = Last::Other;
            }
            c if is_ident_start(c) => {
                let end = ident_end(bytes, i);
                last = Last::Ident(i, end, false);
                i = end;
                continue;
            }
            c if c.is_ascii_whitespace() => {
                i += 1;
                continue;
            }
            c if c.is_ascii_digit() => {
                // A number (`0x1f`, `1e3`) is not an identifier.
                i = ident_end(bytes, i);
                last = Last::Ident(i, i, true);
                continue;
            }
            _ => last = Last::Other,
        }
        i += 1;
    }
    out
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b'$'
}

fn ident_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < bytes.len()
        && (bytes[end].is_ascii_alphanumeric() || matches!(bytes[end], b'_' | b'$'))
    {
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two shims as wasm-bindgen 0.2.130 writes them, around the import function.
    const GLUE: &str = r#"export function start() { wasm.start(); }
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_createTextNode_1: function(arg0, arg1, arg2) {
            const ret = arg0.createTextNode(getStringFromWasm0(arg1, arg2));
            return ret;
        },
        __wbg_baseURI_2: function() { return handleError(function (arg0, arg1) {
            const ret = arg1.baseURI;
            getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 1, len1, true);
        }, arguments); },
        __wbg_log_3: function(arg0) { console.warn("a.b {x}" + arg0); },
    };
    return { __proto__: null, "./member-notice_bg.js": import0 };
}
function after(arg0) { return arg0.length; }
"#;

    #[test]
    fn every_parameter_receiver_goes_through_real() {
        let guarded = guard_receivers(GLUE).unwrap();
        assert!(guarded.starts_with(&import_line()));
        assert!(guarded.contains(&format!("{REAL}(arg0).createTextNode(")));
        assert!(guarded.contains(&format!("const ret = {REAL}(arg1).baseURI;")));
        assert!(!guarded.contains(" arg0.createTextNode"));
        // Outside the import function nothing changes; strings stay as they are.
        assert!(guarded.contains("function after(arg0) { return arg0.length; }"));
        assert!(guarded.contains("\"a.b {x}\""));
    }

    #[test]
    fn an_aliased_receiver_fails_the_build() {
        let aliased = GLUE.replace(
            "const ret = arg1.baseURI;",
            "const obj = arg1; const ret = obj.baseURI;",
        );
        let error = guard_receivers(&aliased).unwrap_err();
        assert!(error.contains("obj.baseURI"), "{error}");
        let called = GLUE.replace("arg0.createTextNode(", "getObject(arg0).createTextNode(");
        let error = guard_receivers(&called).unwrap_err();
        assert!(error.contains("getObject(…).createTextNode"), "{error}");
    }

    #[test]
    fn a_glue_without_the_import_function_fails_the_build() {
        let error = guard_receivers("export function start() {}").unwrap_err();
        assert!(error.contains("dom_guard.rs"), "{error}");
    }

    #[test]
    fn built_ins_and_glue_state_are_reached_directly() {
        let imports = "Reflect.get(arg0, arg1); wasm.__wbindgen_free(1); \
                       getDataViewMemory0().setInt32(1); Object.prototype.x; a.b.c";
        assert_eq!(unguarded(imports), vec!["a.b".to_owned()]);
    }

    #[test]
    fn the_loader_may_not_reach_document_members() {
        assert!(check_loader(
            "listen.call(document, 'x'); realDocument.createElement('a')",
            "l.js"
        )
        .is_ok());
        let error = check_loader(
            "// document.x in a comment\nconst t = document.createTextNode('x');",
            "l.js",
        )
        .unwrap_err();
        assert!(
            error.contains("document.createTextNode") && !error.contains("document.x"),
            "{error}"
        );
    }
}
