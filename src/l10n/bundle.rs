//! One Fluent file's messages and terms, and the resolver that turns a
//! message into text: the part of Fluent the notice uses, without
//! `fluent-bundle`.
//!
//! Why not `fluent-bundle`: its resolver carries number formatting and
//! parsing, CLDR plural rules and a formatter memoizer for `NUMBER()` and
//! plural selectors, which no message of the notice has (the widget passes no
//! variables) — about a third of the wasm's Fluent code and every member
//! downloads it. The files are parsed into `fluent-syntax`'s AST by the
//! widget's own parser (`parse.rs`, compared with the reference parser in
//! `tests/parse.rs`), so translators write Fluent as before;
//! `tests/fluent_resolver.rs` compares this resolver with `fluent-bundle` on
//! every shipped file and on the constructs below.
//!
//! What resolves as in `fluent-bundle` (with Unicode isolation marks around
//! placeables other than message and term references and string literals):
//! text; string literals (escapes decoded); number literals, shown as written;
//! message references, with attributes; term references, with attributes and
//! named arguments, which the term's variables read; select expressions,
//! whose selector is matched against the variant keys as text, else the
//! default variant; nested placeables.
//!
//! What is an error, so the caller falls back to German for that message:
//! any variable outside a term (the widget passes none); a term's variable
//! its reference does not set (`fluent-bundle` would show `{$name}` to the
//! member); a function call (none is registered, as in `fluent-bundle`);
//! a missing message, term or attribute; a reference cycle; more than 100
//! placeables in one message. A number selector is matched as text, without
//! plural categories (`fluent-bundle` would pick `[one]` for `{ 1 -> … }`).

use fluent_syntax::ast::{
    Attribute, CallArguments, Entry, Expression, InlineExpression, Message, Pattern,
    PatternElement, Term, VariantKey,
};
use fluent_syntax::parser::ParserError;

/// Turns each text element (not placeable values) into another text: the
/// pseudo-locales' accents and mirroring.
pub type Transform = fn(&str) -> std::borrow::Cow<'_, str>;

/// As in `fluent-bundle`: a message with more placeables fails, so a file
/// cannot make one message expand into a huge text through references.
const MAX_PLACEABLES: usize = 100;

/// First Strong Isolate and Pop Directional Isolate, around interpolations.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Two definitions of one id: the first is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// `"message"` or `"term"`.
    pub kind: &'static str,
    /// The id as written (terms with their leading `-`).
    pub id: String,
}

impl std::fmt::Display for Duplicate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the {} {} is defined more than once", self.kind, self.id)
    }
}

/// What [`Bundle::parse`] found: the bundle, the entries left out for syntax
/// errors, and the second definitions of an id.
pub type Parsed = (Bundle, Vec<ParserError>, Vec<Duplicate>);

/// The messages and terms of one Fluent file.
#[derive(Debug, Default)]
pub struct Bundle {
    messages: Vec<Message<String>>,
    terms: Vec<Term<String>>,
    transform: Option<Transform>,
}

impl Bundle {
    /// Parses `ftl` with the widget's own parser ([`super::parse`]), which
    /// no input can make recurse deeper than its limit or panic. Entries with
    /// syntax errors — an entry nested too deep among them — are left out and
    /// reported, with the second definition of an id; everything else is kept.
    pub fn parse(ftl: &str) -> Parsed {
        let (resource, errors) = match super::parse::parse_runtime(ftl) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let mut bundle = Bundle::default();
        let mut duplicates = Vec::new();
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    if bundle.message(&message.id.name).is_some() {
                        duplicates.push(Duplicate {
                            kind: "message",
                            id: message.id.name,
                        });
                    } else {
                        bundle.messages.push(message);
                    }
                }
                Entry::Term(term) => {
                    if bundle.term(&term.id.name).is_some() {
                        duplicates.push(Duplicate {
                            kind: "term",
                            id: format!("-{}", term.id.name),
                        });
                    } else {
                        bundle.terms.push(term);
                    }
                }
                _ => {}
            }
        }
        (bundle, errors, duplicates)
    }

    /// Applies `transform` to every text element from now on.
    pub fn set_transform(&mut self, transform: Option<Transform>) {
        self.transform = transform;
    }

    /// Adds the terms of `ftl`, replacing terms of the same name (the config's
    /// `-brand-name` and `-it-provider`). Messages in it are ignored.
    pub fn override_terms(&mut self, ftl: &str) {
        let (overrides, _, _) = Bundle::parse(ftl);
        for term in overrides.terms {
            match self.terms.iter_mut().find(|t| t.id.name == term.id.name) {
                Some(existing) => *existing = term,
                None => self.terms.push(term),
            }
        }
    }

    /// Whether the file defines message `id` (with or without a value).
    pub fn has_message(&self, id: &str) -> bool {
        self.message(id).is_some()
    }

    /// The value of message `id` as text; `None` when it is missing, has no
    /// value, resolves to blank text, or anything in it is an error (see the
    /// module docs). Blank: the parser keeps a value of only `\r`s as an
    /// empty text, and a member would see no headline or sentence (found by
    /// the `ftl` fuzz target).
    pub fn format(&self, id: &str) -> Option<String> {
        let pattern = self.message(id)?.value.as_ref()?;
        let mut scope = Scope {
            bundle: self,
            traveled: vec![pattern],
            args: None,
            placeables: 0,
        };
        let mut out = String::new();
        scope.write_pattern(&mut out, pattern).ok()?;
        (!out.trim().is_empty()).then_some(out)
    }

    fn message(&self, id: &str) -> Option<&Message<String>> {
        self.messages.iter().find(|m| m.id.name == id)
    }

    fn term(&self, id: &str) -> Option<&Term<String>> {
        self.terms.iter().find(|t| t.id.name == id)
    }
}

/// Any reason a message cannot be shown; the caller only needs to know that
/// there was one.
struct Unresolvable;

type Resolved<T = ()> = Result<T, Unresolvable>;

/// A term reference's named argument (`-term(case: "genitive")`), resolved.
struct Argument<'b> {
    name: &'b str,
    text: String,
    /// Written as a number literal: it matches `[1]`-style variant keys.
    number: bool,
}

/// The state of one message's resolution.
struct Scope<'b> {
    bundle: &'b Bundle,
    /// The patterns being resolved, outermost first: a reference back into
    /// one of them is a cycle.
    traveled: Vec<&'b Pattern<String>>,
    /// Inside a term reference: its named arguments, resolved.
    args: Option<Vec<Argument<'b>>>,
    placeables: usize,
}

impl<'b> Scope<'b> {
    fn write_pattern(&mut self, out: &mut String, pattern: &'b Pattern<String>) -> Resolved {
        let isolating = pattern.elements.len() > 1;
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => match self.bundle.transform {
                    Some(transform) => out.push_str(&transform(value)),
                    None => out.push_str(value),
                },
                PatternElement::Placeable { expression } => {
                    self.placeables += 1;
                    if self.placeables > MAX_PLACEABLES {
                        return Err(Unresolvable);
                    }
                    let isolate = isolating
                        && !matches!(
                            expression,
                            Expression::Inline(
                                InlineExpression::MessageReference { .. }
                                    | InlineExpression::TermReference { .. }
                                    | InlineExpression::StringLiteral { .. }
                            )
                        );
                    if isolate {
                        out.push(FSI);
                    }
                    self.write_expression(out, expression)?;
                    if isolate {
                        out.push(PDI);
                    }
                }
            }
        }
        Ok(())
    }

    fn write_expression(
        &mut self,
        out: &mut String,
        expression: &'b Expression<String>,
    ) -> Resolved {
        match expression {
            Expression::Inline(inline) => self.write_inline(out, inline),
            Expression::Select { selector, variants } => {
                let selected = self.selector(selector)?;
                let chosen = selected
                    .and_then(|(key, number)| {
                        variants.iter().find(|variant| match &variant.key {
                            VariantKey::Identifier { name } => !number && *name == key,
                            VariantKey::NumberLiteral { value } => number && *value == key,
                        })
                    })
                    .or_else(|| variants.iter().find(|variant| variant.default))
                    .ok_or(Unresolvable)?;
                self.write_pattern(out, &chosen.value)
            }
        }
    }

    /// A select expression's selector as text, and whether it is a number;
    /// `None` picks the default variant (a term's variable its reference does
    /// not set, as in `fluent-bundle`).
    fn selector(
        &mut self,
        selector: &'b InlineExpression<String>,
    ) -> Resolved<Option<(String, bool)>> {
        match selector {
            InlineExpression::VariableReference { id } if self.args.is_some() => Ok(self
                .argument(&id.name)
                .map(|arg| (arg.text.clone(), arg.number))),
            InlineExpression::NumberLiteral { value } => Ok(Some((value.clone(), true))),
            other => Ok(Some((self.resolve_inline(other)?, false))),
        }
    }

    fn argument(&self, name: &str) -> Option<&Argument<'b>> {
        self.args.as_ref()?.iter().find(|arg| arg.name == name)
    }

    fn resolve_inline(&mut self, inline: &'b InlineExpression<String>) -> Resolved<String> {
        let mut text = String::new();
        self.write_inline(&mut text, inline)?;
        Ok(text)
    }

    fn write_inline(&mut self, out: &mut String, inline: &'b InlineExpression<String>) -> Resolved {
        match inline {
            InlineExpression::StringLiteral { value } => {
                out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value));
                Ok(())
            }
            InlineExpression::NumberLiteral { value } => {
                out.push_str(value);
                Ok(())
            }
            InlineExpression::MessageReference { id, attribute } => {
                let message = self.bundle.message(&id.name).ok_or(Unresolvable)?;
                let pattern = match attribute {
                    Some(name) => attribute_value(&message.attributes, &name.name)?,
                    None => message.value.as_ref().ok_or(Unresolvable)?,
                };
                self.track(out, pattern)
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let args = self.named_arguments(arguments.as_ref())?;
                let term = self.bundle.term(&id.name).ok_or(Unresolvable)?;
                let pattern = match attribute {
                    Some(name) => attribute_value(&term.attributes, &name.name)?,
                    None => &term.value,
                };
                let outer = self.args.replace(args);
                let result = self.track(out, pattern);
                self.args = outer;
                result
            }
            InlineExpression::VariableReference { id } => {
                let arg = self.argument(&id.name).ok_or(Unresolvable)?;
                out.push_str(&arg.text);
                Ok(())
            }
            InlineExpression::FunctionReference { .. } => Err(Unresolvable),
            InlineExpression::Placeable { expression } => self.write_expression(out, expression),
        }
    }

    /// A term reference's named arguments, resolved in the caller's scope.
    /// Positional arguments mean nothing to a term and are ignored, as in
    /// `fluent-bundle`.
    fn named_arguments(
        &mut self,
        arguments: Option<&'b CallArguments<String>>,
    ) -> Resolved<Vec<Argument<'b>>> {
        let Some(arguments) = arguments else {
            return Ok(Vec::new());
        };
        arguments
            .named
            .iter()
            .map(|arg| {
                Ok(Argument {
                    name: arg.name.name.as_str(),
                    text: self.resolve_inline(&arg.value)?,
                    number: matches!(arg.value, InlineExpression::NumberLiteral { .. }),
                })
            })
            .collect()
    }

    /// Writes a referenced pattern, failing on a cycle.
    fn track(&mut self, out: &mut String, pattern: &'b Pattern<String>) -> Resolved {
        if self
            .traveled
            .iter()
            .any(|seen| std::ptr::eq(*seen, pattern))
        {
            return Err(Unresolvable);
        }
        self.traveled.push(pattern);
        let result = self.write_pattern(out, pattern);
        self.traveled.pop();
        result
    }
}

fn attribute_value<'b>(
    attributes: &'b [Attribute<String>],
    name: &str,
) -> Resolved<&'b Pattern<String>> {
    attributes
        .iter()
        .find(|attribute| attribute.id.name == name)
        .map(|attribute| &attribute.value)
        .ok_or(Unresolvable)
}

#[cfg(test)]
mod tests {
    use super::Bundle;
    use crate::l10n::parse::MAX_DEPTH;

    #[test]
    fn an_entry_nested_too_deep_is_left_out_and_the_rest_is_used() {
        let deep = |n: usize| format!("m = {}\"x\"{}\n", "{ ".repeat(n), " }".repeat(n));
        let (bundle, errors, _) = Bundle::parse(&deep(MAX_DEPTH));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(bundle.format("m").as_deref(), Some("x"));
        let (bundle, errors, _) = Bundle::parse(&format!("a = b\n{}n = fine\n", deep(5_000)));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(bundle.format("m"), None, "the deep entry is left out");
        assert_eq!(bundle.format("a").as_deref(), Some("b"));
        assert_eq!(bundle.format("n").as_deref(), Some("fine"));
    }

    #[test]
    fn the_escape_the_reference_parser_panics_on_is_a_syntax_error() {
        // fluent-syntax 0.12 quotes a short `\u` escape with the byte after
        // it, which here cuts `é` in two: a panic there, an error here.
        let (bundle, errors, _) = Bundle::parse("a = b\nc = { \"\\u00é\" }\n");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(bundle.format("a").as_deref(), Some("b"));
        assert_eq!(bundle.format("c"), None);
    }
}
