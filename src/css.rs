//! The stylesheet as shipped: `styles/notice.css` without its comments and
//! layout whitespace.
//!
//! Every member downloads the stylesheet on a first view — inside the loader
//! (for the early paint and, handed over, for the wasm's notices) or as the
//! prerendered fragment's file — and a third of the written file is comments
//! for the people who maintain it. `cargo xtask dist` minifies the copies in
//! `dist/` and `build.rs` the one the wasm embeds outside the release (tests,
//! preview); the file in `styles/` stays as written.
//!
//! Deliberately small: it removes comments, collapses whitespace, drops the
//! spaces around `{`, `}`, `;`, `,` and `>` and after `:`, where CSS never
//! needs them, the `;` before a `}`, and the `0` of `0.5`. Quoted strings
//! are copied unchanged; a space before `:` is kept (in a selector, `a :hover`
//! and `a:hover` differ).

/// `css` minified; the rules and their meaning are unchanged.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    // A space is written only once the next character shows it is needed.
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                // CSS drops comments without a trace: `.a/**/.b` is `.a.b`.
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if escaped {
                        escaped = false;
                    } else if s == '\\' {
                        escaped = true;
                    } else if s == c {
                        break;
                    }
                }
            }
            '}' => {
                pending_space = false;
                // The last declaration needs no `;`.
                if out.ends_with(';') {
                    out.pop();
                }
                out.push('}');
            }
            '0' if {
                let mut ahead = chars.clone();
                ahead.next() == Some('.') && ahead.next().is_some_and(|d| d.is_ascii_digit())
            } =>
            {
                flush_space(&mut out, &mut pending_space, c);
                // `0.5rem` is `.5rem` (and `-0.5` is `-.5`); not inside a
                // number (`10.5`) or a name.
                let before = out.strip_suffix('-').unwrap_or(&out);
                if !before
                    .ends_with(|p: char| p.is_ascii_alphanumeric() || matches!(p, '.' | '-' | '_'))
                {
                    continue;
                }
                out.push(c);
            }
            c => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Characters next to which a space never matters.
fn tight(c: char) -> bool {
    matches!(c, '{' | '}' | ';' | ',' | '>')
}

/// Writes the space held back before `next`, unless either side makes it
/// unnecessary.
fn flush_space(out: &mut String, pending: &mut bool, next: char) {
    if std::mem::take(pending)
        && !tight(next)
        && !out.is_empty()
        && !out.ends_with(tight)
        && !out.ends_with(':')
    {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn comments_and_layout_whitespace_go() {
        let css = "/* head */\n:host {\n  all: initial; /* reset */\n  display: block;\n}\n\n.a > .b,\n.c {\n  color: red;\n}\n";
        assert_eq!(
            minify(css),
            ":host{all:initial;display:block}.a>.b,.c{color:red}"
        );
    }

    #[test]
    fn strings_are_kept_as_written() {
        let css = ".a::before { content: \"  /* not a comment */  \\\"x\\\" \"; font-family: 'Noto  Sans'; }";
        assert_eq!(
            minify(css),
            ".a::before{content:\"  /* not a comment */  \\\"x\\\" \";font-family:'Noto  Sans'}"
        );
    }

    #[test]
    fn a_space_that_separates_tokens_stays() {
        // Descendant combinators, pseudo-classes after a space, values and calc().
        let css = ".a  :focus-visible {\n margin: 0  auto;\n width: calc(100%  -  2rem);\n}";
        assert_eq!(
            minify(css),
            ".a :focus-visible{margin:0 auto;width:calc(100% - 2rem)}"
        );
        // As in the CSS tokenizer, a comment is not a space.
        assert_eq!(minify(".a/**/.b{}"), ".a.b{}");
        assert_eq!(minify(".a /**/ .b{}"), ".a .b{}");
    }

    #[test]
    fn a_leading_zero_goes_only_where_it_starts_a_number() {
        assert_eq!(
            minify(".a { margin: 0.5rem -0.25em 0 0; width: calc(10.5px + 0.1%); }"),
            ".a{margin:.5rem -.25em 0 0;width:calc(10.5px + .1%)}"
        );
        assert_eq!(
            minify(".a{gap:0.5em 0.5em;top:100.05px}"),
            ".a{gap:.5em .5em;top:100.05px}"
        );
        assert_eq!(minify(".h0.5x{}"), ".h0.5x{}");
        assert_eq!(
            minify(".a::before{content:\"0.5\"}"),
            ".a::before{content:\"0.5\"}"
        );
    }

    #[test]
    fn the_shipped_stylesheet_shrinks_and_keeps_every_rule() {
        let written = include_str!("../styles/notice.css");
        let shipped = minify(written);
        assert!(
            shipped.len() * 3 < written.len() * 2,
            "at least a third smaller"
        );
        assert!(!shipped.contains("/*"));
        let braces = |s: &str| (s.matches('{').count(), s.matches('}').count());
        let without_comments: String = {
            let mut text = written.to_owned();
            while let (Some(start), Some(end)) = (text.find("/*"), text.find("*/")) {
                text.replace_range(start..end + 2, "");
            }
            text
        };
        assert_eq!(braces(&shipped), braces(&without_comments));
        for declaration in [
            "content:\"⚠\\FE0E\"",
            ".notice[data-theme=\"dark\"]{",
            "@media",
        ] {
            assert!(shipped.contains(declaration), "{declaration} survives");
        }
    }
}
