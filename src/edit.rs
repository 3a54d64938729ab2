//! Editing a record file as a person would: the keys asked for change, and
//! nothing else. `toml_edit` keeps every comment, blank line and key order;
//! a byte-order mark and Windows line ends are put back as they were.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

/// A record file's text, ready to edit.
pub struct Document {
    doc: DocumentMut,
    bom: bool,
    /// The text as read (without the BOM): its lines keep their own ends.
    original: String,
}

/// A file that is not TOML: it cannot be edited.
#[derive(Debug)]
pub struct NotToml;

impl Document {
    /// Parses `text` (the file as read, BOM and line ends included).
    pub fn parse(text: &str) -> Result<Document, NotToml> {
        let bom = text.starts_with('\u{feff}');
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let doc = body.parse::<DocumentMut>().map_err(|_| NotToml)?;
        Ok(Document {
            doc,
            bom,
            original: body.to_owned(),
        })
    }

    /// The text to write: every edit made, the rest as it was. `toml_edit`
    /// writes every line end as `\n`: the lines that did not change get
    /// their own end back (from the text as read), and new ones the end
    /// most of the file's lines have.
    pub fn text(&self) -> String {
        let edited = self.doc.to_string();
        let crlf = self.original.matches("\r\n").count();
        let lf = self.original.matches('\n').count() - crlf;
        let end = if crlf > lf { "\r\n" } else { "\n" };
        let before: Vec<&str> = self.original.split_inclusive('\n').collect();
        let plain = |line: &str| {
            line.trim_end_matches('\n')
                .trim_end_matches('\r')
                .to_owned()
        };
        let old: Vec<String> = before.iter().map(|line| plain(line)).collect();
        let new: Vec<String> = edited.split_inclusive('\n').map(plain).collect();
        let ended = |line: &str, was: &str| {
            if was.ends_with('\n') {
                format!(
                    "{line}{}",
                    if was.ends_with("\r\n") { "\r\n" } else { "\n" }
                )
            } else {
                line.to_owned()
            }
        };
        let mut text = String::with_capacity(edited.len() + before.len());
        if self.bom {
            text.push('\u{feff}');
        }
        let last = new.len();
        for op in similar::capture_diff_slices(similar::Algorithm::Myers, &old, &new) {
            use similar::DiffOp;
            match op {
                // A line that did not change is the line as read.
                DiffOp::Equal { old_index, len, .. } => {
                    for line in &before[old_index..old_index + len] {
                        text.push_str(line);
                    }
                }
                DiffOp::Delete { .. } => {}
                DiffOp::Insert {
                    new_index, new_len, ..
                } => {
                    for (i, line) in new.iter().enumerate().skip(new_index).take(new_len) {
                        push_new(&mut text, line, i + 1 < last || edited.ends_with('\n'), end);
                    }
                }
                // A line edited in place keeps its own end.
                DiffOp::Replace {
                    old_index,
                    old_len,
                    new_index,
                    new_len,
                } => {
                    for i in 0..new_len {
                        match before.get(old_index + i).filter(|_| i < old_len) {
                            Some(was) => text.push_str(&ended(&new[new_index + i], was)),
                            None => push_new(
                                &mut text,
                                &new[new_index + i],
                                new_index + i + 1 < last || edited.ends_with('\n'),
                                end,
                            ),
                        }
                    }
                }
            }
        }
        text
    }

    /// The top-level table.
    pub fn root(&mut self) -> &mut Table {
        self.doc.as_table_mut()
    }
}

/// Appends a new line, with `end` unless it is the text's last without one.
fn push_new(text: &mut String, line: &str, ends: bool, end: &str) {
    text.push_str(line);
    if ends {
        text.push_str(end);
    }
}

/// Sets `key` of `table` to `value`, keeping what surrounds the old value
/// (its spaces and a comment beside it); a new key goes after the others.
pub fn set(table: &mut Table, key: &str, value: impl Into<Value>) {
    let mut value = value.into();
    // In place: the key keeps what is above it (comments, a blank line).
    if let Some(old) = table.get_mut(key).and_then(Item::as_value_mut) {
        *value.decor_mut() = old.decor().clone();
        *old = value;
        return;
    }
    table.insert(key, Item::Value(value));
}

/// Appends `value` to `array` in the array's own layout: on a line of its
/// own, indented as the last item, when the array is written one item a
/// line; what stood before the closing bracket (a comment on the last
/// item's line) stays with that item.
pub fn append(array: &mut toml_edit::Array, value: impl Into<Value>) {
    let indent = array
        .iter()
        .last()
        .and_then(|last| last.decor().prefix())
        .and_then(|prefix| prefix.as_str())
        .and_then(|prefix| prefix.rsplit_once('\n'))
        .map(|(_, indent)| indent.to_owned());
    let Some(indent) = indent else {
        array.push(value);
        return;
    };
    let trailing = array.trailing().as_str().unwrap_or_default().to_owned();
    let (kept, closing) = match trailing.rsplit_once('\n') {
        Some((kept, closing)) => (format!("{kept}\n"), closing.to_owned()),
        None => (format!("{trailing}\n"), String::new()),
    };
    let mut value = value.into();
    value.decor_mut().set_prefix(format!("{kept}{indent}"));
    array.push_formatted(value);
    array.set_trailing(format!("\n{closing}"));
    array.set_trailing_comma(true);
}

/// Adds a comment line above `key` of `table` (`# text`), after those
/// already there.
pub fn comment_above(table: &mut Table, key: &str, text: &str) {
    let line = format!("# {}\n", one_line(text));
    if let Some(mut decorated) = table.key_mut(key) {
        let decor = decorated.leaf_decor_mut();
        let before = decor
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or_default()
            .to_owned();
        decor.set_prefix(format!("{before}{line}"));
    }
}

/// The array of tables at `path` (`meeting`, `copil.meeting`), made if absent.
pub fn tables<'d>(root: &'d mut Table, path: &[&str]) -> Option<&'d mut ArrayOfTables> {
    let (last, parents) = path.split_last()?;
    let mut table = root;
    for name in parents {
        table = table
            .entry(name)
            .or_insert_with(|| {
                let mut t = Table::new();
                t.set_implicit(true);
                Item::Table(t)
            })
            .as_table_mut()?;
    }
    table
        .entry(last)
        .or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()))
        .as_array_of_tables_mut()
}

/// A text on one line: a note typed with line breaks (or control
/// characters) must not end the comment and start TOML.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// A TOML date value.
pub fn date(day: chrono::NaiveDate) -> Value {
    use chrono::Datelike;
    // Every date `ctg` writes comes from `input::date`: a four-digit year.
    let date = toml_edit::Date {
        year: u16::try_from(day.year()).unwrap_or_default(),
        month: day.month() as u8,
        day: day.day() as u8,
    };
    Value::from(toml_edit::Datetime {
        date: Some(date),
        time: None,
        offset: None,
    })
}

/// The unified diff from `before` to `after`, for `path`; coloured for a
/// terminal when asked (removed lines red, added green). Line ends are not
/// shown: a Windows file's lines read as any other's.
pub fn diff(path: &str, before: &str, after: &str, color: bool) -> String {
    let (before, after) = (before.replace("\r\n", "\n"), after.replace("\r\n", "\n"));
    let diff = similar::TextDiff::from_lines(&before, &after);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string();
    let text = ctg_core::i18n::text::escape_controls_keep_lines(&text).into_owned();
    if !color {
        return text;
    }
    text.lines()
        .map(|line| {
            if line.starts_with('+') && !line.starts_with("+++") {
                format!("\x1b[32m{line}\x1b[0m\n")
            } else if line.starts_with('-') && !line.starts_with("---") {
                format!("\x1b[31m{line}\x1b[0m\n")
            } else if line.starts_with("@@") {
                format!("\x1b[36m{line}\x1b[0m\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_edited_value_changes() {
        let text = "\u{feff}# A file\r\ntitle = \"T\"   # the title\r\n\r\nstatus = \"planned\"  # soon\r\ndue = 2026-12-31\r\n";
        let mut doc = Document::parse(text).unwrap();
        set(doc.root(), "status", "done");
        set(
            doc.root(),
            "completed",
            date(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()),
        );
        assert_eq!(
            doc.text(),
            "\u{feff}# A file\r\ntitle = \"T\"   # the title\r\n\r\nstatus = \"done\"  # soon\r\ndue = 2026-12-31\r\ncompleted = 2026-11-02\r\n"
        );
    }

    #[test]
    fn an_item_appended_keeps_the_array_s_layout() {
        let text = "decisions = [\n  \"A\",  # in May\n]\n";
        let mut doc = Document::parse(text).unwrap();
        let mut list = doc.root()["decisions"].as_array().unwrap().clone();
        append(&mut list, "B");
        set(doc.root(), "decisions", list);
        assert_eq!(
            doc.text(),
            "decisions = [\n  \"A\",  # in May\n  \"B\",\n]\n"
        );
        let mut doc = Document::parse("decisions = [\"A\"]\n").unwrap();
        let mut list = doc.root()["decisions"].as_array().unwrap().clone();
        append(&mut list, "B");
        set(doc.root(), "decisions", list);
        assert_eq!(doc.text(), "decisions = [\"A\", \"B\"]\n");
    }

    #[test]
    fn a_note_cannot_escape_its_comment() {
        assert_eq!(one_line("a\nstatus = \"done\"\r"), "a status = \"done\"");
    }
}
