//! Record text on its way to a terminal or a table.
//!
//! A title may hold an ANSI escape or a carriage return, by accident or not;
//! printed raw it could rewrite the screen. Everything a user wrote passes
//! through [`escape_controls`] before it is shown.

use std::borrow::Cow;

/// The text with control characters (escapes, carriage returns, NULs, line
/// breaks) written as visible escapes such as `\u{1b}`; tabs become spaces.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            c if c.is_control() => out.extend(c.escape_default()),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Record text made safe for a Markdown table cell: control characters as
/// with [`escape_controls`], HTML's `&`, `<` and `>` as character references
/// (Markdown passes raw HTML through), and the characters Markdown or a
/// table would read as syntax (`|`, `*`, `_`, `` ` ``, `[`, `]`, `\`)
/// behind a backslash.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            c if c.is_control() => out.extend(c.escape_default()),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' | '*' | '_' | '`' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls() {
        assert_eq!(escape_controls("plain é"), "plain é");
        assert_eq!(escape_controls("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(escape_controls("x\r\ny\0"), "x\\r\\ny\\u{0}");
    }

    #[test]
    fn escapes_markdown() {
        assert_eq!(
            escape_markdown("a | b <b>*c*</b>"),
            "a \\| b &lt;b&gt;\\*c\\*&lt;/b&gt;"
        );
        assert_eq!(escape_markdown("x\ny"), "x\\ny");
    }
}
