//! The entries `fluent-syntax`'s parser finds in a Fluent file, found
//! without running it: where each starts and ends, whether it is junk, how
//! deep the parser recurses in it, and whether it panics on it. The checker
//! (`cargo xtask i18n check`, and the preview in the wasm) parses around the
//! entries it would not survive and reports them; the widget uses the
//! smaller check in [`super::nesting`], which `tests/nesting.rs` holds to
//! this model.
//!
//! How: the parser's own control flow, with an explicit stack instead of
//! recursion, reading the bytes the parser reads and failing where it fails.
//! After a syntax error the parser skips to the next line that starts with a
//! letter, `-` or `#`, so only an exact copy knows where the next entry
//! starts and how deep it goes. `tests/nesting.rs` compares the entries
//! found here with the parser's, on the shipped files and on generated
//! input, and the `nesting` fuzz target does the same.

use std::ops::Range;

use super::nesting::MAX_NESTING;

/// One entry as the parser reads it: a message, a term, or what it skips
/// as junk after a syntax error (comments are not reported).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its bytes: from its first one to where the parser goes on (for
    /// junk, the next line starting with a letter, `-` or `#`).
    pub span: Range<usize>,
    /// How many constructs the parser is inside at once, at most.
    pub depth: usize,
    /// Where the depth first passed [`MAX_NESTING`], if it did.
    pub too_deep_at: Option<usize>,
    /// Where the parser would panic, if it would: a `\u` or `\U` escape
    /// with too few hex digits, before a non-ASCII character. (The entry is
    /// junk then, as it would be without the panic.)
    pub panics_at: Option<usize>,
    /// Whether the parser skips it for a syntax error.
    pub junk: bool,
}

impl Entry {
    /// The first reason the parser would not survive this entry, if any:
    /// its offset, with the entry's depth when it nests too deep (`None`:
    /// the escape).
    pub fn refused(&self) -> Option<(usize, Option<usize>)> {
        match (self.too_deep_at, self.panics_at) {
            (Some(deep), Some(at)) if at < deep => Some((at, None)),
            (Some(deep), _) => Some((deep, Some(self.depth))),
            (None, at) => at.map(|at| (at, None)),
        }
    }
}

/// Calls `each` for every entry of `ftl` in order, as `fluent-syntax`'s
/// `parse_runtime` finds them (`parse`, which keeps comments, finds the same
/// messages and terms).
pub fn entries(ftl: &str, mut each: impl FnMut(Entry)) {
    let mut scanner = Scanner {
        src: ftl.as_bytes(),
        ptr: 0,
        stack: Vec::new(),
        names: Vec::new(),
        depth: 0,
        deepest: 0,
        too_deep_at: None,
        panics_at: None,
    };
    let s = &mut scanner;
    s.skip_blank_block();
    while s.ptr < s.src.len() {
        let start = s.ptr;
        if s.cur() == Some(b'#') {
            s.skip_comment();
        } else {
            let junk = s.entry().is_err();
            if junk {
                s.skip_to_next_entry_start();
            }
            each(Entry {
                span: start..s.ptr,
                depth: s.deepest,
                too_deep_at: s.too_deep_at.take(),
                panics_at: s.panics_at.take(),
                junk,
            });
            s.deepest = 0;
        }
        s.skip_blank_block();
    }
}

/// A syntax error: the parser gives up on the entry (or the attribute).
struct Error;

type Step = Result<Go, Error>;

/// What an inline expression is, as far as the parser's checks after it
/// care (selectors, named arguments, term attributes).
#[derive(Clone, Copy)]
enum Kind {
    /// A string or number literal, a variable or a function call.
    Simple,
    /// A nested placeable `{ … }`.
    Placeable,
    Term {
        attribute: bool,
    },
    Message {
        name: (usize, usize),
        attribute: bool,
    },
}

/// Where the scanner goes next.
enum Go {
    /// A pattern starts (after `=` or a variant key).
    Pattern,
    /// The running pattern goes on: at a line's start?, has it a value yet?
    Text(bool, bool),
    /// After `{`: the placeable's expression.
    Placeable,
    /// An inline expression; `true`: only a literal or a function call (a
    /// named argument's value).
    Inline(bool),
    /// Inside `( … )`: the next argument or the `)`.
    Args,
    /// Inside a variant list: the next variant or its end.
    Variants,
    /// After an entry's value or attribute: the next attribute.
    Attributes,
    /// A pattern ended (with a value?), for the frame waiting for it.
    PatternDone(bool),
    /// An inline expression ended, for the frame waiting for it.
    InlineDone(Kind),
    /// The entry ended.
    Done,
}

/// A construct waiting for an inner one to end: the parser's call stack.
#[derive(Clone, Copy)]
enum Frame {
    /// A message or term, waiting for its value and attributes.
    Entry {
        term: bool,
        value: bool,
        attributes: bool,
    },
    /// An attribute, waiting for its value; an error inside it returns to
    /// the start of its line, as the parser does.
    Attribute { line_start: usize },
    /// A pattern, waiting for a placeable in it.
    Pattern,
    /// A placeable, waiting for its expression (and a select's variants).
    Placeable,
    /// A variant list, waiting for a variant's value.
    Variants { default: bool },
    /// An argument list, waiting for an argument. `kind` is the call's
    /// (a function call whose name is not in capitals is an error);
    /// `names` indexes its named arguments in `Scanner::names`; `value_of`
    /// is the named argument whose value is awaited.
    Args {
        kind: Kind,
        forbidden: bool,
        names: usize,
        named: bool,
        value_of: Option<(usize, usize)>,
    },
}

impl Frame {
    /// Whether the parser recurses for it (the depth that is limited).
    fn nests(&self) -> bool {
        matches!(
            self,
            Frame::Placeable | Frame::Variants { .. } | Frame::Args { .. }
        )
    }
}

struct Scanner<'s> {
    src: &'s [u8],
    ptr: usize,
    stack: Vec<Frame>,
    /// The named arguments of the open argument lists, as byte ranges.
    names: Vec<(usize, usize)>,
    depth: usize,
    deepest: usize,
    too_deep_at: Option<usize>,
    panics_at: Option<usize>,
}

impl Scanner<'_> {
    /// One message or term, from its first byte; `Err` when the parser
    /// skips it as junk, with `ptr` where the parser found the error.
    fn entry(&mut self) -> Result<(), Error> {
        let term = self.take(b'-');
        self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        self.push(Frame::Entry {
            term,
            value: false,
            attributes: false,
        });
        let mut go = Go::Pattern;
        loop {
            let step = match go {
                Go::Pattern => {
                    self.skip_blank_inline();
                    let line_start = self.skip_eol();
                    if line_start {
                        self.skip_blank_block();
                    }
                    Ok(Go::Text(line_start, false))
                }
                Go::Text(line_start, value) => self.text(line_start, value),
                Go::Placeable => {
                    self.skip_blank();
                    Ok(Go::Inline(false))
                }
                Go::Inline(literal) => self.inline(literal),
                Go::Args => self.args(),
                Go::Variants => self.variants(),
                Go::Attributes => self.attributes(),
                Go::PatternDone(value) => self.pattern_done(value),
                Go::InlineDone(kind) => self.inline_done(kind),
                Go::Done => return Ok(()),
            };
            go = match step {
                Ok(next) => next,
                Err(Error) => self.unwind()?,
            };
        }
    }

    /// After an error: back to the start of the attribute it happened in
    /// (that attribute and the rest are dropped), or the entry fails.
    fn unwind(&mut self) -> Step {
        while let Some(frame) = self.pop() {
            if let Frame::Attribute { line_start } = frame {
                self.ptr = line_start;
                return self.entry_end();
            }
        }
        Err(Error)
    }

    /// A pattern's loop (`get_pattern`): text up to a line that does not
    /// continue it, or into a placeable.
    fn text(&mut self, mut line_start: bool, mut value: bool) -> Step {
        while let Some(&b) = self.src.get(self.ptr) {
            if b == b'{' {
                self.ptr += 1;
                self.push(Frame::Pattern);
                self.push(Frame::Placeable);
                return Ok(Go::Placeable);
            }
            if line_start {
                let slice_start = self.ptr;
                let indent = self.skip_blank_inline();
                match self.cur() {
                    None => break,
                    Some(b) if indent == 0 && b != b'\r' && b != b'\n' => break,
                    Some(b'.' | b'}' | b'[' | b'*') if indent > 0 => {
                        self.ptr = slice_start;
                        break;
                    }
                    _ => {}
                }
            }
            let rest = &self.src[self.ptr..];
            let end = rest.iter().position(|&b| matches!(b, b'\n' | b'{' | b'}'));
            let text = match end.map(|i| (i, rest[i])) {
                Some((i, b'}')) => {
                    self.ptr += i;
                    return Err(Error);
                }
                Some((i, b'\n')) => {
                    line_start = true;
                    // CRLF: the parser stops at the `\n`, and reads it as an
                    // empty line next.
                    let crlf = i > 0 && rest[i - 1] == b'\r';
                    self.ptr += if crlf { i } else { i + 1 };
                    &rest[..if crlf { i - 1 } else { i }]
                }
                Some((i, _)) => {
                    line_start = false;
                    self.ptr += i;
                    &rest[..i]
                }
                None => {
                    line_start = false;
                    self.ptr += rest.len();
                    rest
                }
            };
            value |= text.iter().any(|&b| b != b' ');
        }
        Ok(Go::PatternDone(value))
    }

    /// An inline expression (`get_inline_expression`).
    fn inline(&mut self, literal: bool) -> Step {
        let kind = match self.cur().ok_or(Error)? {
            b'"' => {
                self.string()?;
                Kind::Simple
            }
            b'0'..=b'9' => {
                self.number()?;
                Kind::Simple
            }
            b'-' if !literal => {
                self.ptr += 1;
                if !self.is_alpha() {
                    self.ptr -= 1;
                    self.number()?;
                    return Ok(Go::InlineDone(Kind::Simple));
                }
                self.ident();
                let kind = Kind::Term {
                    attribute: self.accessor()?,
                };
                if self.open_args() {
                    return Ok(self.push_args(kind, false));
                }
                kind
            }
            b'$' if !literal => {
                self.ptr += 1;
                self.identifier()?;
                Kind::Simple
            }
            b'{' if !literal => {
                self.ptr += 1;
                self.push(Frame::Placeable);
                return Ok(Go::Placeable);
            }
            b if b.is_ascii_alphabetic() => {
                let start = self.ptr;
                self.ident();
                let name = (start, self.ptr);
                if self.open_args() {
                    let callee = self.src[start..name.1]
                        .iter()
                        .all(|&b| matches!(b, b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-'));
                    return Ok(self.push_args(Kind::Simple, !callee));
                }
                Kind::Message {
                    name,
                    attribute: self.accessor()?,
                }
            }
            _ => return Err(Error),
        };
        Ok(Go::InlineDone(kind))
    }

    /// After an identifier: `(` opens an argument list (blanks, even line
    /// ends, may come between).
    fn open_args(&mut self) -> bool {
        self.skip_blank();
        self.take(b'(')
    }

    fn push_args(&mut self, kind: Kind, forbidden: bool) -> Go {
        self.push(Frame::Args {
            kind,
            forbidden,
            names: self.names.len(),
            named: false,
            value_of: None,
        });
        self.skip_blank();
        Go::Args
    }

    /// In an argument list (`get_call_arguments`): the next argument, or
    /// the end.
    fn args(&mut self) -> Step {
        if self.ptr < self.src.len() && self.cur() != Some(b')') {
            return Ok(Go::Inline(false));
        }
        self.expect(b')')?;
        match self.pop() {
            Some(Frame::Args {
                kind,
                forbidden: false,
                ..
            }) => Ok(Go::InlineDone(kind)),
            _ => Err(Error),
        }
    }

    /// In a variant list (`get_variants`): the next `[key]` (or `*[key]`),
    /// or the end of the list and of the placeable around it.
    fn variants(&mut self) -> Step {
        if self.take(b'*') {
            match self.stack.last_mut() {
                Some(Frame::Variants { default }) if !*default => *default = true,
                _ => return Err(Error),
            }
        }
        if self.take(b'[') {
            self.skip_blank();
            if matches!(self.cur(), Some(b'0'..=b'9' | b'-')) {
                self.number()?;
            } else {
                self.identifier()?;
            }
            self.skip_blank();
            self.expect(b']')?;
            return Ok(Go::Pattern);
        }
        match self.pop() {
            Some(Frame::Variants { default: true }) => self.close_placeable(),
            _ => Err(Error),
        }
    }

    /// The `}` of a placeable, whose expression has been read.
    fn close_placeable(&mut self) -> Step {
        self.skip_blank_inline();
        self.expect(b'}')?;
        self.pop();
        Ok(Go::InlineDone(Kind::Placeable))
    }

    /// After a message's or term's value, or an attribute: the next
    /// attribute (`get_attributes`); one the parser cannot read ends them,
    /// from the start of its line.
    fn attributes(&mut self) -> Step {
        let line_start = self.ptr;
        self.skip_blank_inline();
        if self.take(b'.') && self.identifier().is_ok() {
            self.skip_blank_inline();
            if self.take(b'=') {
                self.push(Frame::Attribute { line_start });
                return Ok(Go::Pattern);
            }
        }
        self.ptr = line_start;
        self.entry_end()
    }

    /// The entry is read: it needs a value (a message, attributes at least).
    fn entry_end(&mut self) -> Step {
        match self.pop() {
            Some(Frame::Entry {
                term,
                value,
                attributes,
            }) if value || (attributes && !term) => Ok(Go::Done),
            _ => Err(Error),
        }
    }

    /// A pattern ended: hand it to the entry, attribute or variant.
    fn pattern_done(&mut self, has_value: bool) -> Step {
        match self.stack.last_mut() {
            Some(Frame::Entry { value, .. }) => {
                *value = has_value;
                self.skip_blank_block();
                Ok(Go::Attributes)
            }
            Some(Frame::Attribute { line_start }) => {
                let line_start = *line_start;
                self.pop();
                if !has_value {
                    self.ptr = line_start;
                    return self.entry_end();
                }
                if let Some(Frame::Entry { attributes, .. }) = self.stack.last_mut() {
                    *attributes = true;
                }
                self.skip_blank_block();
                Ok(Go::Attributes)
            }
            Some(Frame::Variants { .. }) if has_value => {
                self.skip_blank();
                Ok(Go::Variants)
            }
            _ => Err(Error),
        }
    }

    /// An inline expression ended: hand it to the placeable (as its
    /// expression or a select's selector), the argument list or the
    /// pattern.
    fn inline_done(&mut self, kind: Kind) -> Step {
        match self.stack.last_mut() {
            Some(Frame::Pattern) => {
                self.pop();
                Ok(Go::Text(false, true))
            }
            Some(Frame::Placeable) => {
                self.skip_blank();
                let select = self.cur() == Some(b'-') && self.src.get(self.ptr + 1) == Some(&b'>');
                match (select, kind) {
                    (false, Kind::Term { attribute: true }) => Err(Error),
                    (false, _) => self.close_placeable(),
                    (true, Kind::Simple | Kind::Term { attribute: true }) => {
                        self.ptr += 2;
                        self.skip_blank_inline();
                        if !self.skip_eol() {
                            return Err(Error);
                        }
                        self.skip_blank();
                        self.push(Frame::Variants { default: false });
                        Ok(Go::Variants)
                    }
                    (true, _) => Err(Error),
                }
            }
            Some(Frame::Args {
                names,
                named,
                value_of,
                ..
            }) => {
                let (from, awaited) = (*names, value_of.take());
                if let Some(name) = awaited {
                    *named = true;
                    self.names.push(name);
                } else {
                    let named = *named;
                    if let Kind::Message {
                        name,
                        attribute: false,
                    } = kind
                    {
                        self.skip_blank();
                        if self.cur() == Some(b':') {
                            let text = |(a, b): (usize, usize)| &self.src[a..b];
                            if self.names[from..].iter().any(|&n| text(n) == text(name)) {
                                return Err(Error);
                            }
                            if let Some(Frame::Args { value_of, .. }) = self.stack.last_mut() {
                                *value_of = Some(name);
                            }
                            self.ptr += 1;
                            self.skip_blank();
                            return Ok(Go::Inline(true));
                        }
                    }
                    if named {
                        return Err(Error);
                    }
                }
                self.skip_blank();
                self.take(b',');
                self.skip_blank();
                Ok(Go::Args)
            }
            _ => Err(Error),
        }
    }

    fn push(&mut self, frame: Frame) {
        if frame.nests() {
            self.depth += 1;
            self.deepest = self.deepest.max(self.depth);
            if self.depth > MAX_NESTING && self.too_deep_at.is_none() {
                self.too_deep_at = Some(self.ptr.saturating_sub(1));
            }
        }
        self.stack.push(frame);
    }

    fn pop(&mut self) -> Option<Frame> {
        let frame = self.stack.pop()?;
        if frame.nests() {
            self.depth -= 1;
        }
        if let Frame::Args { names, .. } = frame {
            self.names.truncate(names);
        }
        Some(frame)
    }

    // The parser's lexical helpers, byte for byte.

    fn cur(&self) -> Option<u8> {
        self.src.get(self.ptr).copied()
    }

    fn take(&mut self, b: u8) -> bool {
        let found = self.cur() == Some(b);
        self.ptr += usize::from(found);
        found
    }

    fn expect(&mut self, b: u8) -> Result<(), Error> {
        if self.take(b) {
            Ok(())
        } else {
            Err(Error)
        }
    }

    fn is_alpha(&self) -> bool {
        self.cur().is_some_and(|b| b.is_ascii_alphabetic())
    }

    /// An identifier: a letter, then letters, digits, `-` and `_`.
    fn identifier(&mut self) -> Result<(), Error> {
        if !self.is_alpha() {
            return Err(Error);
        }
        self.ident();
        Ok(())
    }

    fn ident(&mut self) {
        self.ptr += 1;
        while self
            .cur()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            self.ptr += 1;
        }
    }

    /// `.attribute` after a reference: whether there was one.
    fn accessor(&mut self) -> Result<bool, Error> {
        if self.take(b'.') {
            self.identifier()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn number(&mut self) -> Result<(), Error> {
        self.take(b'-');
        self.digits()?;
        if self.take(b'.') {
            self.digits()?;
        }
        Ok(())
    }

    fn digits(&mut self) -> Result<(), Error> {
        let start = self.ptr;
        while self.cur().is_some_and(|b| b.is_ascii_digit()) {
            self.ptr += 1;
        }
        if self.ptr == start {
            return Err(Error);
        }
        Ok(())
    }

    /// A string literal, from its `"`: one line, with `\\`, `\"`, `\{`,
    /// `\uXXXX` and `\UXXXXXX` escapes.
    fn string(&mut self) -> Result<(), Error> {
        self.ptr += 1;
        loop {
            match self.cur() {
                None | Some(b'"') => break,
                Some(b'\n') => return Err(Error),
                Some(b'\\') => {
                    let hex = match self.src.get(self.ptr + 1) {
                        Some(b'\\' | b'{' | b'"') => 0,
                        Some(b'u') => 4,
                        Some(b'U') => 6,
                        _ => return Err(Error),
                    };
                    self.ptr += 2;
                    for _ in 0..hex {
                        match self.cur() {
                            Some(b) if b.is_ascii_hexdigit() => self.ptr += 1,
                            // The parser quotes the escape with the next
                            // byte, which cuts this character: a panic.
                            Some(b) if !b.is_ascii() => {
                                self.panics_at = Some(self.ptr);
                                return Err(Error);
                            }
                            _ => return Err(Error),
                        }
                    }
                }
                Some(_) => self.ptr += 1,
            }
        }
        self.expect(b'"')
    }

    fn skip_blank_inline(&mut self) -> usize {
        let start = self.ptr;
        while self.cur() == Some(b' ') {
            self.ptr += 1;
        }
        self.ptr - start
    }

    /// Spaces and line ends (a `\r` only before `\n`).
    fn skip_blank(&mut self) {
        loop {
            match self.cur() {
                Some(b' ' | b'\n') => self.ptr += 1,
                Some(b'\r') if self.src.get(self.ptr + 1) == Some(&b'\n') => self.ptr += 2,
                _ => break,
            }
        }
    }

    fn skip_eol(&mut self) -> bool {
        match self.cur() {
            Some(b'\n') => self.ptr += 1,
            Some(b'\r') if self.src.get(self.ptr + 1) == Some(&b'\n') => self.ptr += 2,
            _ => return false,
        }
        true
    }

    /// Blank lines (not the leading spaces of a line with content).
    fn skip_blank_block(&mut self) {
        loop {
            let start = self.ptr;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.ptr = start;
                break;
            }
        }
    }

    /// A comment line and the comment lines right after it, as
    /// `parse_runtime` skips them (`parse` reads the same lines).
    fn skip_comment(&mut self) {
        loop {
            while self.ptr < self.src.len() && !self.is_eol() {
                self.ptr += 1;
            }
            self.ptr += 1;
            if !self.take(b'#') {
                break;
            }
        }
    }

    fn is_eol(&self) -> bool {
        match self.cur() {
            Some(b'\n') | None => true,
            Some(b'\r') => self.src.get(self.ptr + 1) == Some(&b'\n'),
            _ => false,
        }
    }

    /// After an error: the next line that starts with a letter, `-` or `#`
    /// (or this one, at its start).
    fn skip_to_next_entry_start(&mut self) {
        self.stack.clear();
        self.names.clear();
        self.depth = 0;
        while let Some(b) = self.cur() {
            let line_start = self.ptr == 0 || self.src[self.ptr - 1] == b'\n';
            if line_start && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
                break;
            }
            self.ptr += 1;
        }
    }
}
