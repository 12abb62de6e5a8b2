//! The widget's own Fluent parser: text in, `fluent-syntax`'s AST out, the
//! very messages and terms `fluent_syntax::parser::parse_runtime` produces.
//! Pure: no browser calls.
//!
//! Why not the reference parser: it costs every member about 4.7 KB of
//! brotli in the wasm (this one about 3.1 KB); it recurses once per nesting
//! level without a limit, so a deep enough file exhausts the wasm's stack;
//! and it panics on a `\u` escape cut short by a non-ASCII character. This
//! parser follows the reference's algorithm step by step, so it agrees with
//! it on every input, but with a depth limit and without the panic. The AST
//! types stay `fluent-syntax`'s (plain data), shared with the resolver
//! (`bundle.rs`) and the tests; the translators' checker (`src/check/`)
//! keeps the reference parser for its diagnostics.
//!
//! What it accepts, as the reference does: messages and terms with values
//! and attributes; text and multiline block text with Fluent's indentation,
//! dedent, trailing-blank and CRLF rules (a CRLF line break becomes a text
//! element `"\n"` of its own, as in the reference); placeables; string
//! literals, kept escaped (the resolver unescapes); number literals; message
//! and term references with attributes; term and function calls with
//! positional and named arguments; variable references; select expressions;
//! nested placeables. Comments are skipped, as `parse_runtime` skips them
//! (any line starting with `#`). The reference's quirks are kept, since
//! agreeing with it is the point: a `\{` escape, a named argument whose value
//! is a message reference, a lone `*` that gives a select expression a
//! default without a default variant.
//!
//! Errors: an entry that does not parse is left out and reported with the
//! reference's error kind, position and slice (the junk's span); parsing goes
//! on at the next line that starts with a letter, `-` or `#`.
//!
//! Where it differs from the reference, on purpose:
//! - placeables and call argument lists nest at most [`MAX_DEPTH`] deep
//!   together; an entry nested deeper is left out (`ExpectedInlineExpression`
//!   where it passes the limit) — the reference recurses until the stack
//!   runs out;
//! - a `\u`/`\U` escape cut short by a non-ASCII character is an
//!   `InvalidUnicodeEscapeSequence` — the reference panics there;
//! - escape errors quote the escaped character (`UnknownEscapeSequence`; the
//!   reference: its first byte as a decimal number) or the hex digits read
//!   (`InvalidUnicodeEscapeSequence`; the reference: and the next byte);
//! - the resource holds no `Entry::Junk`: nothing reads it, and each error's
//!   slice says where the junk was (about 100 bytes of wasm).
//!
//! `tests/parse.rs` compares the two on every shipped file, every checker
//! fixture, the fuzz seeds, tricky hand-written cases and generated text;
//! the fuzz target `parse` on anything libFuzzer finds.

use fluent_syntax::ast::{
    Attribute, CallArguments, Entry, Expression, Identifier, InlineExpression, Message,
    NamedArgument, Pattern, PatternElement, Resource, Term, Variant, VariantKey,
};
use fluent_syntax::parser::{ErrorKind, ParserError};

/// How deep placeables (`{ { … } }`, including those in a select
/// expression's variants) and call argument lists (`-t(-t(…))`) may nest,
/// together. Twice what `Bundle::parse`'s pre-check allows for placeables
/// alone, so this limit only bounds the stack and never refuses a file the
/// pre-check lets through for its placeables.
pub const MAX_DEPTH: usize = 20;

/// What [`parse_runtime`] returns, shaped like the reference's result: the
/// resource, and with any syntax error, the resource (without the entries
/// left out) and the errors.
pub type ParsedResource = Result<Resource<String>, (Resource<String>, Vec<ParserError>)>;

/// Parses `ftl` as `fluent_syntax::parser::parse_runtime` does (see the
/// module docs for the differences). Never panics; recurses at most
/// [`MAX_DEPTH`] levels.
pub fn parse_runtime(ftl: &str) -> ParsedResource {
    let mut parser = Parser {
        src: ftl,
        ptr: 0,
        depth: 0,
        kind: ErrorKind::ExpectedInlineExpression,
        pos: (0, 0),
    };
    let mut body = Vec::new();
    let mut errors = Vec::new();
    parser.skip_blank_block();
    while parser.ptr < ftl.len() {
        let start = parser.ptr;
        if parser.is(b'#') {
            parser.skip_comment();
        } else if let Some(entry) = parser.entry(start) {
            body.push(entry);
        } else {
            parser.skip_to_next_entry_start();
            errors.push(parser.error(start));
        }
        parser.skip_blank_block();
    }
    if errors.is_empty() {
        Ok(Resource { body })
    } else {
        Err((Resource { body }, errors))
    }
}

/// The parser's state. Its functions return `None` for a syntax error, which
/// they record first ([`Parser::fail`]).
struct Parser<'s> {
    src: &'s str,
    ptr: usize,
    /// Placeables and argument lists entered and not yet left.
    depth: usize,
    /// The last syntax error: what and where.
    kind: ErrorKind,
    pos: (usize, usize),
}

impl Parser<'_> {
    fn byte_at(&self, at: usize) -> u8 {
        // NUL, like the end of the text, has no meaning anywhere in Fluent.
        self.src.as_bytes().get(at).copied().unwrap_or(0)
    }

    fn byte(&self) -> u8 {
        self.byte_at(self.ptr)
    }

    /// Whether the next byte is `byte` (never NUL: see [`Parser::byte_at`]).
    fn is(&self, byte: u8) -> bool {
        self.byte() == byte
    }

    fn take(&mut self, byte: u8) -> bool {
        let is = self.is(byte);
        self.ptr += usize::from(is);
        is
    }

    /// Source text as an owned string; boundaries are always next to ASCII
    /// bytes, and `get` keeps even a mistake from panicking.
    fn text(&self, start: usize, end: usize) -> String {
        self.src.get(start..end).unwrap_or_default().to_owned()
    }

    #[inline(always)]
    fn fail<T>(&mut self, kind: ErrorKind) -> Option<T> {
        self.failed(kind);
        None
    }

    #[inline(never)]
    fn failed(&mut self, kind: ErrorKind) {
        self.kind = kind;
        self.pos = (self.ptr, self.ptr + 1);
    }

    fn fail_range<T>(&mut self, range: &str) -> Option<T> {
        self.fail(ErrorKind::ExpectedCharRange {
            range: range.to_owned(),
        })
    }

    /// The error for the entry from `start` to here.
    fn error(&mut self, start: usize) -> ParserError {
        ParserError {
            pos: self.pos.0..self.pos.1,
            slice: Some(start..self.ptr),
            kind: std::mem::replace(&mut self.kind, ErrorKind::ExpectedInlineExpression),
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        if self.take(byte) {
            return Some(());
        }
        self.fail(ErrorKind::ExpectedToken(char::from(byte)))
    }

    fn skip_blank_inline(&mut self) -> usize {
        let start = self.ptr;
        while self.take(b' ') {}
        self.ptr - start
    }

    fn at_eol(&self) -> bool {
        self.is(b'\n') || self.is(b'\r') && self.byte_at(self.ptr + 1) == b'\n'
    }

    fn skip_eol(&mut self) -> bool {
        let eol = self.at_eol();
        if eol {
            self.ptr += 1 + usize::from(self.is(b'\r'));
        }
        eol
    }

    /// Spaces and line breaks.
    fn skip_blank(&mut self) {
        while self.skip_blank_inline() > 0 || self.skip_eol() {}
    }

    /// Whole lines of spaces; stops at the start of any other line.
    fn skip_blank_block(&mut self) {
        loop {
            let start = self.ptr;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.ptr = start;
                return;
            }
        }
    }

    /// As `parse_runtime` does: to the end of the line, and on through each
    /// following line that starts with `#`.
    fn skip_comment(&mut self) {
        loop {
            while self.ptr < self.src.len() && !self.at_eol() {
                self.ptr += 1;
            }
            self.ptr += 1;
            if !self.take(b'#') {
                return;
            }
        }
    }

    /// After a syntax error: to the next line that starts an entry.
    fn skip_to_next_entry_start(&mut self) {
        while self.ptr < self.src.len() {
            let byte = self.byte();
            let line_start = self.ptr == 0 || self.byte_at(self.ptr - 1) == b'\n';
            if line_start && (byte.is_ascii_alphabetic() || byte == b'-' || byte == b'#') {
                return;
            }
            self.ptr += 1;
        }
    }

    /// A message, or a term when it starts with `-`.
    fn entry(&mut self, start: usize) -> Option<Entry<String>> {
        let term = self.take(b'-');
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        let value = self.pattern()?;
        self.skip_blank_block();
        let attributes = self.attributes();
        let comment = None;
        match value {
            Some(value) if term => {
                return Some(Entry::Term(Term {
                    id,
                    value,
                    attributes,
                    comment,
                }))
            }
            value if !term && (value.is_some() || !attributes.is_empty()) => {
                return Some(Entry::Message(Message {
                    id,
                    value,
                    attributes,
                    comment,
                }))
            }
            _ => {}
        }
        let entry_id = id.name;
        self.failed(if term {
            ErrorKind::ExpectedTermField { entry_id }
        } else {
            ErrorKind::ExpectedMessageField { entry_id }
        });
        self.pos.0 = start;
        self.pos.1 = self.ptr;
        None
    }

    /// An entry's attributes; the first that does not parse ends them, and
    /// the entry goes on from the start of its line.
    fn attributes(&mut self) -> Vec<Attribute<String>> {
        let mut attributes = Vec::new();
        loop {
            let line_start = self.ptr;
            self.skip_blank_inline();
            match self.take(b'.').then(|| self.attribute()).flatten() {
                Some(attribute) => attributes.push(attribute),
                None => {
                    self.ptr = line_start;
                    return attributes;
                }
            }
        }
    }

    fn attribute(&mut self) -> Option<Attribute<String>> {
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        match self.pattern()? {
            Some(value) => Some(Attribute { id, value }),
            None => self.fail(ErrorKind::MissingValue),
        }
    }

    /// `[a-zA-Z][a-zA-Z0-9_-]*`.
    fn identifier(&mut self) -> Option<Identifier<String>> {
        let start = self.ptr;
        if !self.byte().is_ascii_alphabetic() {
            return self.fail_range("a-zA-Z");
        }
        while matches!(self.byte(), b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_') {
            self.ptr += 1;
        }
        Some(Identifier {
            name: self.text(start, self.ptr),
        })
    }

    /// A value: `Some(None)` when there is none (only blanks).
    fn pattern(&mut self) -> Option<Option<Pattern<String>>> {
        let mut elements = Vec::new();
        // How many elements to keep: up to the last that is not blank.
        let mut keep = 0;
        // The smallest indentation of a line with text (`usize::MAX`: none).
        let mut common = usize::MAX;
        self.skip_blank_inline();
        let mut line_start = self.skip_eol();
        if line_start {
            self.skip_blank_block();
        }
        while self.ptr < self.src.len() {
            if self.take(b'{') {
                if line_start {
                    common = 0;
                }
                let expression = self.placeable()?;
                elements.push(PatternElement::Placeable { expression });
                keep = elements.len();
                line_start = false;
                continue;
            }
            let slice_start = self.ptr;
            let indent = self.skip_blank_inline();
            if !line_start {
                self.ptr = slice_start;
            } else if self.ptr == self.src.len() {
                break;
            } else {
                // An unindented line ends the pattern, unless blank; an
                // indented one when it starts an attribute, a variant, or
                // closes a placeable.
                let byte = self.byte();
                if indent == 0 && byte != b'\r' && byte != b'\n' {
                    break;
                }
                if indent > 0 && matches!(byte, b'.' | b'}' | b'[' | b'*') {
                    self.ptr = slice_start;
                    break;
                }
            }
            // The text up to the line's end, a placeable, or the end.
            let start = self.ptr;
            let mut spaces = 0;
            loop {
                let byte = self.byte();
                if self.ptr == self.src.len() || matches!(byte, b'\n' | b'{' | b'}') {
                    break;
                }
                spaces += usize::from(byte == b' ');
                self.ptr += 1;
            }
            if self.is(b'}') {
                return self.fail(ErrorKind::UnbalancedClosingBrace);
            }
            let mut end = self.ptr;
            let line_feed = self.take(b'\n');
            // A CRLF ends the text before its `\r`, and its `\n` is read
            // again as a line of its own, as the reference does.
            let crlf = line_feed && end > start && self.byte_at(end - 1) == b'\r';
            if crlf {
                end -= 1;
                self.ptr -= 1;
            }
            let blank = spaces == end - start;
            if line_feed && !crlf {
                end += 1;
            }
            if start != end {
                if line_start && !blank {
                    common = common.min(indent);
                }
                if !line_start || !blank || line_feed && !crlf {
                    elements.push(PatternElement::TextElement {
                        value: self.text(slice_start, end),
                    });
                    if !blank {
                        keep = elements.len();
                    }
                }
            }
            line_start = line_feed;
        }
        if keep == 0 {
            return Some(None);
        }
        elements.truncate(keep);
        // Indentation is removed from text elements that start a line: those
        // not right after a placeable (the others start without spaces).
        let mut after_placeable = false;
        for (i, element) in elements.iter_mut().enumerate() {
            if let PatternElement::TextElement { value } = element {
                let mut start = 0;
                while !after_placeable
                    && start < common
                    && value.as_bytes().get(start) == Some(&b' ')
                {
                    start += 1;
                }
                let mut end = value.len();
                if i + 1 == keep {
                    while end > start
                        && matches!(value.as_bytes().get(end - 1), Some(b' ' | b'\r' | b'\n'))
                    {
                        end -= 1;
                    }
                }
                *value = value.get(start..end).unwrap_or_default().to_owned();
            }
            after_placeable = matches!(element, PatternElement::Placeable { .. });
        }
        Some(Some(Pattern { elements }))
    }

    /// Enters one more level of nesting: `false` (and an error) past
    /// [`MAX_DEPTH`].
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            self.failed(ErrorKind::ExpectedInlineExpression);
            return false;
        }
        true
    }

    /// After `{`: an expression and the closing `}`.
    fn placeable(&mut self) -> Option<Expression<String>> {
        if !self.enter() {
            return None;
        }
        let expression = self.expression();
        self.depth -= 1;
        let expression = expression?;
        self.skip_blank_inline();
        self.expect(b'}')?;
        Some(expression)
    }

    /// An inline expression, or a select expression.
    fn expression(&mut self) -> Option<Expression<String>> {
        self.skip_blank();
        let selector = self.inline(false)?;
        self.skip_blank();
        let select = self.is(b'-') && self.byte_at(self.ptr + 1) == b'>';
        let wrong = match &selector {
            InlineExpression::TermReference {
                attribute: Some(_), ..
            } if !select => ErrorKind::TermAttributeAsPlaceable,
            _ if !select => return Some(Expression::Inline(selector)),
            InlineExpression::MessageReference {
                attribute: None, ..
            } => ErrorKind::MessageReferenceAsSelector,
            InlineExpression::MessageReference { .. } => ErrorKind::MessageAttributeAsSelector,
            InlineExpression::TermReference {
                attribute: None, ..
            } => ErrorKind::TermReferenceAsSelector,
            InlineExpression::Placeable { .. } => ErrorKind::ExpectedSimpleExpressionAsSelector,
            _ => return self.select(selector),
        };
        self.fail(wrong)
    }

    /// After a selector, at its `->`: the variants.
    fn select(&mut self, selector: InlineExpression<String>) -> Option<Expression<String>> {
        self.ptr += 2;
        self.skip_blank_inline();
        if !self.skip_eol() {
            return self.fail_range("\n | \r\n");
        }
        self.skip_blank();
        let mut variants = Vec::new();
        let mut has_default = false;
        loop {
            let default = self.take(b'*');
            if default && has_default {
                return self.fail(ErrorKind::MultipleDefaultVariants);
            }
            has_default |= default;
            if !self.take(b'[') {
                break;
            }
            self.skip_blank();
            let byte = self.byte();
            let key = if byte.is_ascii_digit() || byte == b'-' {
                VariantKey::NumberLiteral {
                    value: self.number()?,
                }
            } else {
                VariantKey::Identifier {
                    name: self.identifier()?.name,
                }
            };
            self.skip_blank();
            self.expect(b']')?;
            let Some(value) = self.pattern()? else {
                return self.fail(ErrorKind::MissingValue);
            };
            variants.push(Variant {
                key,
                value,
                default,
            });
            self.skip_blank();
        }
        if !has_default {
            return self.fail(ErrorKind::MissingDefaultVariant);
        }
        Some(Expression::Select { selector, variants })
    }

    /// A literal, reference, call or placeable; `only_literal` in a named
    /// argument's value, where (as in the reference) message references and
    /// calls are taken too.
    fn inline(&mut self, only_literal: bool) -> Option<InlineExpression<String>> {
        let byte = self.byte();
        let term = byte == b'-' && !only_literal;
        if byte == b'"' {
            return self.string();
        }
        if byte.is_ascii_digit() || term && !self.byte_at(self.ptr + 1).is_ascii_alphabetic() {
            return Some(InlineExpression::NumberLiteral {
                value: self.number()?,
            });
        }
        if !only_literal && (byte == b'$' || byte == b'{') {
            self.ptr += 1;
            if byte == b'$' {
                return Some(InlineExpression::VariableReference {
                    id: self.identifier()?,
                });
            }
            return Some(InlineExpression::Placeable {
                expression: Box::new(self.placeable()?),
            });
        }
        if !term && !byte.is_ascii_alphabetic() {
            return self.fail(if only_literal {
                ErrorKind::ExpectedLiteral
            } else {
                ErrorKind::ExpectedInlineExpression
            });
        }
        self.ptr += usize::from(term);
        let id = self.identifier()?;
        let attribute = if term { self.accessor()? } else { None };
        let arguments = self.arguments()?;
        if term {
            return Some(InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            });
        }
        let Some(arguments) = arguments else {
            return Some(InlineExpression::MessageReference {
                id,
                attribute: self.accessor()?,
            });
        };
        if !id
            .name
            .bytes()
            .all(|b| matches!(b, b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-'))
        {
            return self.fail(ErrorKind::ForbiddenCallee);
        }
        Some(InlineExpression::FunctionReference { id, arguments })
    }

    /// At `"`: a string literal, its escapes kept as written.
    fn string(&mut self) -> Option<InlineExpression<String>> {
        self.ptr += 1;
        let start = self.ptr;
        while self.ptr < self.src.len() && !self.is(b'"') {
            if self.is(b'\n') {
                return self.fail(ErrorKind::UnterminatedStringLiteral);
            }
            if !self.take(b'\\') {
                self.ptr += 1;
                continue;
            }
            let digits = match self.byte() {
                b'\\' | b'{' | b'"' => 0,
                b'u' => 4,
                b'U' => 6,
                _ => {
                    // The escaped character, quoted whole.
                    let next = self.src.get(self.ptr..).unwrap_or_default().chars().next();
                    let quote = self.text(self.ptr, self.ptr + next.map_or(0, char::len_utf8));
                    self.ptr -= 1;
                    return self.fail(ErrorKind::UnknownEscapeSequence(quote));
                }
            };
            self.ptr += 1;
            let hex = self.ptr;
            while self.ptr - hex < digits && self.byte().is_ascii_hexdigit() {
                self.ptr += 1;
            }
            if self.ptr - hex < digits {
                let quote = self.text(hex, self.ptr);
                return self.fail(ErrorKind::InvalidUnicodeEscapeSequence(quote));
            }
        }
        self.expect(b'"')?;
        Some(InlineExpression::StringLiteral {
            value: self.text(start, self.ptr - 1),
        })
    }

    /// `-?[0-9]+(\.[0-9]+)?`, as written.
    fn number(&mut self) -> Option<String> {
        let start = self.ptr;
        self.take(b'-');
        self.digits()?;
        if self.take(b'.') {
            self.digits()?;
        }
        Some(self.text(start, self.ptr))
    }

    fn digits(&mut self) -> Option<()> {
        let start = self.ptr;
        while self.byte().is_ascii_digit() {
            self.ptr += 1;
        }
        if self.ptr == start {
            return self.fail_range("0-9");
        }
        Some(())
    }

    /// `.attribute` after a reference, if there is one.
    fn accessor(&mut self) -> Option<Option<Identifier<String>>> {
        if !self.take(b'.') {
            return Some(None);
        }
        Some(Some(self.identifier()?))
    }

    /// A call's `(…)`, if there is one (blanks before it are skipped either
    /// way, as in the reference).
    fn arguments(&mut self) -> Option<Option<CallArguments<String>>> {
        self.skip_blank();
        if !self.take(b'(') {
            return Some(None);
        }
        if !self.enter() {
            return None;
        }
        let arguments = self.argument_list();
        self.depth -= 1;
        Some(Some(arguments?))
    }

    /// After `(`: positional arguments, then named ones, and the `)`.
    fn argument_list(&mut self) -> Option<CallArguments<String>> {
        let mut positional = Vec::new();
        let mut named: Vec<NamedArgument<String>> = Vec::new();
        self.skip_blank();
        while self.ptr < self.src.len() && !self.is(b')') {
            // A message reference followed by `:` names an argument; the
            // blanks after it are skipped either way, as in the reference.
            match self.inline(false)? {
                InlineExpression::MessageReference {
                    id,
                    attribute: None,
                } if {
                    self.skip_blank();
                    self.is(b':')
                } =>
                {
                    if named.iter().any(|arg| arg.name == id) {
                        return self.fail(ErrorKind::DuplicatedNamedArgument(id.name));
                    }
                    self.ptr += 1;
                    self.skip_blank();
                    let value = self.inline(true)?;
                    named.push(NamedArgument { name: id, value });
                }
                expression => {
                    if !named.is_empty() {
                        return self.fail(ErrorKind::PositionalArgumentFollowsNamed);
                    }
                    positional.push(expression);
                }
            }
            self.skip_blank();
            self.take(b',');
            self.skip_blank();
        }
        self.expect(b')')?;
        Some(CallArguments { positional, named })
    }
}
