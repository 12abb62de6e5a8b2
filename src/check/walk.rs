//! Visits everything inside a pattern: text, variables, references, choices.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, Variant};

/// One thing found in a pattern. Every `&'s str` is a slice of the file.
pub(crate) enum Node<'a, 's> {
    /// Literal text between placeables.
    Text(&'s str),
    /// A quoted string literal `{ "…" }` (as written, escapes not resolved).
    Literal(&'s str),
    /// `$name`: the slice is `name`, right after the `$`.
    Variable(&'s str),
    /// `{ message }` or `{ message.attr }`.
    MessageRef {
        id: &'s str,
        attribute: Option<&'s str>,
    },
    /// `{ -term }` or `-term.attr` (as selector): `id` is without the `-`.
    TermRef {
        id: &'s str,
        attribute: Option<&'s str>,
    },
    /// `{ selector -> [key] … *[other] … }`, visited before its parts.
    Select {
        selector: &'a InlineExpression<&'s str>,
        variants: &'a [Variant<&'s str>],
    },
}

/// Calls `visit` for every node in `pattern`, depth first, in source order.
pub(crate) fn walk<'a, 's>(pattern: &'a Pattern<&'s str>, visit: &mut impl FnMut(Node<'a, 's>)) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => visit(Node::Text(value)),
            PatternElement::Placeable { expression } => expression_nodes(expression, visit),
        }
    }
}

fn expression_nodes<'a, 's>(
    expression: &'a Expression<&'s str>,
    visit: &mut impl FnMut(Node<'a, 's>),
) {
    match expression {
        Expression::Inline(inline) => inline_nodes(inline, visit),
        Expression::Select { selector, variants } => {
            visit(Node::Select { selector, variants });
            inline_nodes(selector, visit);
            for variant in variants {
                walk(&variant.value, visit);
            }
        }
    }
}

fn inline_nodes<'a, 's>(
    inline: &'a InlineExpression<&'s str>,
    visit: &mut impl FnMut(Node<'a, 's>),
) {
    match inline {
        InlineExpression::StringLiteral { value } => visit(Node::Literal(value)),
        InlineExpression::NumberLiteral { .. } => {}
        InlineExpression::VariableReference { id } => visit(Node::Variable(id.name)),
        InlineExpression::MessageReference { id, attribute } => visit(Node::MessageRef {
            id: id.name,
            attribute: attribute.as_ref().map(|a| a.name),
        }),
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            visit(Node::TermRef {
                id: id.name,
                attribute: attribute.as_ref().map(|a| a.name),
            });
            if let Some(arguments) = arguments {
                for argument in &arguments.positional {
                    inline_nodes(argument, visit);
                }
                for named in &arguments.named {
                    inline_nodes(&named.value, visit);
                }
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_nodes(argument, visit);
            }
            for named in &arguments.named {
                inline_nodes(&named.value, visit);
            }
        }
        InlineExpression::Placeable { expression } => expression_nodes(expression, visit),
    }
}

/// The variables a pattern uses, each with its first occurrence, in order.
pub(crate) fn variables<'s>(pattern: &Pattern<&'s str>) -> Vec<&'s str> {
    let mut found: Vec<&'s str> = Vec::new();
    walk(pattern, &mut |node| {
        if let Node::Variable(name) = node {
            if !found.contains(&name) {
                found.push(name);
            }
        }
    });
    found
}
