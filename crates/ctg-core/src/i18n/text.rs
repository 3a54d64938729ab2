//! Record text on its way to a terminal, a table, a spreadsheet, Markdown,
//! HTML or JSON.
//!
//! A title may hold an ANSI escape or a carriage return, by accident or not;
//! printed raw it could rewrite the screen. It may also hold an invisible
//! character that changes how a line reads (a right-to-left override, a
//! zero-width space: the "Trojan Source" attack). Everything a user wrote,
//! in a file or on the command line, passes through one of these escapers
//! before it is shown; [`is_hidden`] says which characters each escapes.

use std::borrow::Cow;

/// Whether `c` must not reach a reader as it is: a control character (C0,
/// DEL, C1), a format character (Unicode category Cf: the bidirectional
/// overrides and isolates, zero-width spaces and joiners, the byte order
/// mark, soft hyphens…) or a line or paragraph separator (Zl, Zp).
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{ad}'
                | '\u{600}'..='\u{605}'
                | '\u{61c}'
                | '\u{6dd}'
                | '\u{70f}'
                | '\u{890}'..='\u{891}'
                | '\u{8e2}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206f}'
                | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}'
                | '\u{110bd}'
                | '\u{110cd}'
                | '\u{13430}'..='\u{1343f}'
                | '\u{1bca0}'..='\u{1bca3}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0001}'
                | '\u{e0020}'..='\u{e007f}'
        )
}

/// The text with hidden characters (escapes, carriage returns, NULs, line
/// breaks, bidirectional overrides…: see [`is_hidden`]) written as visible
/// escapes such as `\u{1b}` or `\u{202e}`; tabs become spaces.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    escape_hidden(text, false)
}

/// The same, keeping line breaks: for a message of several lines that
/// quotes what a user typed.
pub fn escape_controls_keep_lines(text: &str) -> Cow<'_, str> {
    escape_hidden(text, true)
}

/// Whether `text` holds a character for which `hidden` is true. Text is
/// nearly all printable ASCII: such bytes are passed over without decoding
/// a character, and only control bytes and non-ASCII characters are asked
/// about (the escapes run over every cell and every byte of JSON output).
fn any_hidden(text: &str, hidden: impl Fn(char) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if (0x20..0x7f).contains(&byte) {
            at += 1;
        } else if byte < 0x80 {
            if hidden(char::from(byte)) {
                return true;
            }
            at += 1;
        } else {
            let c = text[at..].chars().next().unwrap_or('\0');
            if hidden(c) {
                return true;
            }
            at += c.len_utf8();
        }
    }
    false
}

fn escape_hidden(text: &str, keep_lines: bool) -> Cow<'_, str> {
    if !any_hidden(text, is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            '\n' if keep_lines => out.push('\n'),
            c if is_hidden(c) => out.extend(c.escape_default()),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// JSON text with every hidden character that `serde_json` leaves raw
/// (DEL, C1 controls, format characters and separators: it escapes only C0
/// controls) written
/// as a JSON escape (`\u202e`), so that the data stays the same for a
/// program and reads safely for a person. Such characters can stand only
/// inside JSON strings, where an escape means the same character.
pub fn escape_json_hidden(json: &str) -> Cow<'_, str> {
    if !any_hidden(json, |c| is_hidden(c) && c >= ' ') {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_hidden(c) && c >= ' ' {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A spreadsheet cell made inert: hidden characters escaped as for a
/// terminal, and text that a spreadsheet would take for a formula (it starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) behind an apostrophe,
/// as OWASP advises against CSV injection. A plain number (`-0.20`) is
/// left as it is: it is no formula, and a figure must stay a figure.
pub fn escape_csv_cell(text: &str) -> Cow<'_, str> {
    let starts_like_formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if starts_like_formula && !is_plain_number(text) {
        return Cow::Owned(format!("'{}", escape_controls(text)));
    }
    escape_controls(text)
}

/// `-0.20`, `+0.5`, `12`: an optional sign, digits, an optional fraction.
fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (whole, fraction) = digits.split_once(['.', ',']).unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
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
            c if is_hidden(c) => out.extend(c.escape_default()),
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

/// Names as a message quotes them: each between backticks, with `, `
/// between them (`` `istres`, `fos` ``).
pub fn backticked<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names
        .into_iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
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

    /// The scan that skips printable ASCII still finds what follows an
    /// accented letter, DEL, and a hidden character at either end.
    #[test]
    fn finds_hidden_characters_anywhere() {
        assert_eq!(escape_controls("é\u{202e}"), "é\\u{202e}");
        assert_eq!(escape_controls("a\u{7f}"), "a\\u{7f}");
        assert_eq!(escape_controls("\u{200b}abc"), "\\u{200b}abc");
        assert_eq!(escape_controls("déjà vu"), "déjà vu");
        assert!(matches!(escape_controls("plain text"), Cow::Borrowed(_)));
    }

    #[test]
    fn escapes_what_hides_or_turns_text() {
        assert_eq!(escape_controls("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(
            escape_controls("x\u{200b}y\u{2028}z"),
            "x\\u{200b}y\\u{2028}z"
        );
        assert_eq!(escape_controls("\u{feff}id"), "\\u{feff}id");
        assert_eq!(escape_controls("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(escape_controls("\u{7f}"), "\\u{7f}");
        assert_eq!(escape_controls_keep_lines("a\nb\u{1b}"), "a\nb\\u{1b}");
        assert_eq!(escape_markdown("a\u{202e}b"), "a\\u{202e}b");
        // French text is untouched.
        assert_eq!(
            escape_controls("Fos-sur-Mer, l'étang « été »"),
            "Fos-sur-Mer, l'étang « été »"
        );
    }

    #[test]
    fn escapes_hidden_characters_in_json_as_json() {
        let json = serde_json::to_string("a\u{202e}b\u{1b}c\u{e0041}").unwrap();
        let escaped = escape_json_hidden(&json);
        assert_eq!(escaped, "\"a\\u202eb\\u001bc\\udb40\\udc41\"");
        let back: String = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, "a\u{202e}b\u{1b}c\u{e0041}");
    }

    #[test]
    fn neutralises_formulas_not_figures() {
        assert_eq!(escape_csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(escape_csv_cell("+1+1"), "'+1+1");
        assert_eq!(escape_csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(escape_csv_cell("-x"), "'-x");
        assert_eq!(escape_csv_cell("\tx"), "' x");
        assert_eq!(escape_csv_cell("-0.20"), "-0.20");
        assert_eq!(escape_csv_cell("+0.50"), "+0.50");
        assert_eq!(escape_csv_cell("Istres"), "Istres");
        assert_eq!(escape_csv_cell("a\u{1b}[2J"), "a\\u{1b}[2J");
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
