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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls() {
        assert_eq!(escape_controls("plain é"), "plain é");
        assert_eq!(escape_controls("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(escape_controls("x\r\ny\0"), "x\\r\\ny\\u{0}");
    }
}
