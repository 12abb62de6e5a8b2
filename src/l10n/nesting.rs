//! Whether `fluent-syntax`'s parser survives a Fluent file, checked before
//! it runs: the translators' checker (and the preview, which runs it in the
//! wasm) sends every file through [`unparsable`] first. The widget itself
//! parses with its own bounded parser (`super::parse`).
//!
//! Why: the parser recurses once per placeable (`{ { … } }`), per call's
//! argument list (`-t(-t(…))`, `NUMBER(NUMBER(…))`) and per select's variant
//! list (`{ $x -> [a] { … } }`), and a file a few thousand levels deep
//! overflows the wasm's 1 MiB stack and traps the module (security review
//! 2026-12, L2). Counting braces is not enough: parentheses recurse too, and
//! `"` starts a string only inside a placeable — in a variant's text it is
//! text, and the braces after it count. And version 0.12 panics (a trap as
//! well) on a `\u` escape cut short by a non-ASCII character: it quotes the
//! escape with a slice that ends inside that character.
//!
//! How: one pass over the bytes, keeping the constructs the parser would be
//! inside. In text, `{` opens a placeable. In a placeable or an argument
//! list, a string is skipped (one line, its escapes checked), `{` and `(`
//! open, `}` and `)` close, and `->` opens a select, whose keys and variant
//! texts are read as text up to the line that starts with `}`. Comment lines
//! are skipped. In a correct file that is what the parser does.
//!
//! In a broken one, where the check finds an error the parser has found one
//! too (the check is never stricter), and it reads on at the first line
//! after the outermost open construct that starts with a letter, `-` or
//! `#`: no later than the parser, which goes on at the first such line
//! after its error. So a broken entry is left out by the parser, not the
//! whole file, and cannot hide a deep entry behind it. Where the check reads
//! on past the parser's error instead, that is safe too: an entry deep
//! enough to matter starts `id = …`, and the check reads that line as text,
//! as the parser does, or inside an expression, where `=` is an error. A
//! string ends at its line, so it cannot hide that line.
//!
//! Why not the exact model of the parser, [`super::entries`], which the
//! checker uses (it needs every entry and every error): it costs 2.4 KB of
//! the wasm, brotli; this check about 450 bytes. `tests/nesting.rs` and the
//! `nesting` fuzz target hold it to that model and to the parser: what it
//! lets through, the parser reads without nesting too deep or panicking,
//! and it lets through every correct file that does not nest too deep.

/// How deep placeables, call arguments and variant lists may nest in one
/// entry, together: `{ -t(case: "x") }` is 2 deep, a select inside a select
/// `{ $a -> *[x] { $b -> *[y] z } }` is 4. The shipped files nest at most 2.
/// `tests/nesting.rs` parses and resolves files at this depth on a thread
/// with the wasm's stack, with room to spare.
pub const MAX_NESTING: usize = 10;

/// What to do about a line the widget cannot read: the checker explains
/// it at line and column (its wording would cost every member's download).
pub const FIX_LINE: &str = "fix the line (`cargo xtask i18n check` shows what is wrong)";

/// Why a file is not handed to the parser, and the line (from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unparsable {
    /// Constructs nest more than [`MAX_NESTING`] deep, first on `line`: the
    /// parser would overflow the stack.
    TooDeep { line: usize },
    /// The escape the parser panics on (a `\u` or `\U` with too few hex
    /// digits before a non-ASCII character), or input made to be read more
    /// than 4 times over (see [`unparsable`]).
    Syntax { line: usize },
}

impl Unparsable {
    /// The line (from 1) where it happens.
    pub fn line(&self) -> usize {
        match *self {
            Unparsable::TooDeep { line } | Unparsable::Syntax { line } => line,
        }
    }

    /// What the translator should do.
    pub fn fix(&self) -> &'static str {
        match self {
            Unparsable::TooDeep { .. } => "flatten them",
            Unparsable::Syntax { .. } => FIX_LINE,
        }
    }
}

impl std::fmt::Display for Unparsable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unparsable::TooDeep { .. } => write!(
                f,
                "placeables, arguments and choices nest more than {MAX_NESTING} deep"
            ),
            Unparsable::Syntax { .. } => f.write_str("syntax error"),
        }
    }
}

/// The constructs the parser is inside: two bits each, the innermost
/// lowest. The check stops past [`MAX_NESTING`], so 32 bits hold them.
#[derive(Default)]
struct Open {
    bits: u32,
    depth: usize,
}

/// `{ … }`
const PLACEABLE: u32 = 1;
/// `( … )`
const ARGUMENTS: u32 = 2;
/// A select's variants, after `->`: their keys and texts are read as text.
const SELECT: u32 = 3;

impl Open {
    fn push(&mut self, kind: u32) {
        self.bits = self.bits << 2 | kind;
        self.depth += 1;
    }

    fn pop(&mut self, count: usize) {
        self.bits >>= 2 * count;
        self.depth -= count;
    }

    /// The innermost, or 0 in an entry's text.
    fn inside(&self) -> u32 {
        if self.depth == 0 {
            0
        } else {
            self.bits & 3
        }
    }
}

/// `None` when the parser survives `ftl`; else the first reason it would
/// not (see the module docs). Reading on after errors, the check reads some
/// bytes again; more than 4 times the file's size in all is refused.
pub fn unparsable(ftl: &str) -> Option<Unparsable> {
    let s = ftl.as_bytes();
    let mut open = Open::default();
    // Where the outermost open construct starts; a budget against input
    // made to be read again and again.
    let (mut i, mut outermost, mut budget) = (0, 0, 4 * s.len());
    while let Some(&b) = s.get(i) {
        let mut error = false;
        match open.inside() {
            // A pattern's text: an entry's, or a select's variants.
            0 | SELECT => {
                if i == 0 || s[i - 1] == b'\n' {
                    let indent = s[i..].iter().take_while(|&&b| b == b' ').count();
                    if open.depth == 0 && b == b'#' {
                        // A comment line.
                        while s.get(i).is_some_and(|&b| b != b'\n') {
                            i += 1;
                        }
                        continue;
                    }
                    if open.depth > 0 && s.get(i + indent) == Some(&b'}') {
                        // The end of the variants and of the select's placeable.
                        open.pop(2);
                        i += indent + 1;
                        continue;
                    }
                }
                if b == b'{' {
                    if open.depth == 0 {
                        outermost = i;
                    }
                    open.push(PLACEABLE);
                }
            }
            // An expression, in a placeable or an argument list.
            inside => match b {
                b'"' => loop {
                    // A string: one line, `\u` and `\U` with 4 and 6 hex
                    // digits.
                    i += 1;
                    match s.get(i) {
                        Some(b'"') => break,
                        Some(b'\\') => {
                            i += 1;
                            let digits = match s.get(i) {
                                Some(b'u') => 4,
                                Some(b'U') => 6,
                                Some(b'\n') | None => {
                                    error = true;
                                    break;
                                }
                                _ => 0,
                            };
                            for _ in 0..digits {
                                i += 1;
                                match s.get(i) {
                                    Some(b) if b.is_ascii_hexdigit() => {}
                                    // The parser panics quoting the escape
                                    // with this byte: it cuts a character.
                                    Some(b) if !b.is_ascii() => {
                                        return Some(Unparsable::Syntax {
                                            line: line_of(ftl, i),
                                        })
                                    }
                                    _ => {
                                        error = true;
                                        break;
                                    }
                                }
                            }
                            if error {
                                break;
                            }
                        }
                        Some(b'\n') | None => {
                            error = true;
                            break;
                        }
                        _ => {}
                    }
                },
                b'{' => open.push(PLACEABLE),
                b'(' => open.push(ARGUMENTS),
                b'}' if inside == PLACEABLE => open.pop(1),
                b')' if inside == ARGUMENTS => open.pop(1),
                b'-' if s.get(i + 1) == Some(&b'>') => open.push(SELECT),
                // Never in an expression; after `id`, it starts an entry.
                b'=' => error = true,
                _ => {}
            },
        }
        if error {
            // The parser has given up on this entry too (the check is never
            // stricter): read on from where it may go on, the first line
            // after the outermost construct that starts an entry.
            let next = (outermost + 1..s.len()).find(|&q| {
                s[q - 1] == b'\n' && (s[q].is_ascii_alphabetic() || b"-#".contains(&s[q]))
            });
            // None: no entry starts after it, the parser reads no further.
            i = next?;
            open = Open::default();
            continue;
        }
        if open.depth > MAX_NESTING {
            return Some(Unparsable::TooDeep {
                line: line_of(ftl, i),
            });
        }
        let Some(left) = budget.checked_sub(1) else {
            return Some(Unparsable::Syntax {
                line: line_of(ftl, i),
            });
        };
        budget = left;
        i += 1;
    }
    None
}

/// The line (from 1) of byte `at` of `text`.
pub fn line_of(text: &str, at: usize) -> usize {
    text.get(..at).unwrap_or(text).matches('\n').count() + 1
}
