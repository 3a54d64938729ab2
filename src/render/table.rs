//! What the table and CSV renderers share: one table style, figures written
//! the language's way, and CSV quoting.

use comfy_table::{CellAlignment, ContentArrangement, Table, TableComponent, presets};

use ctg_core::domain::fte::Fte;
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::{escape_controls, escape_csv_cell, escape_json_hidden, escape_markdown};

/// A table with a rule under its header and no other lines: box drawing on a
/// terminal, plain ASCII otherwise, so files and tests see stable text.
pub fn new(header: Vec<String>, terminal: bool) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        .set_style(
            TableComponent::HeaderLines,
            if terminal { '─' } else { '-' },
        )
        .set_style(TableComponent::MiddleHeaderIntersections, ' ')
        .set_content_arrangement(if terminal {
            ContentArrangement::Dynamic
        } else {
            ContentArrangement::Disabled
        })
        .set_header(header);
    table
}

/// Right-aligns the figures of the given columns.
pub fn align_right(table: &mut Table, columns: &[usize]) {
    for &i in columns {
        if let Some(column) = table.column_mut(i) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
}

/// The table's text, each line without trailing spaces, ending with a newline.
pub fn finish(table: &Table) -> String {
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The most characters of record text a table cell shows. A title is a
/// line or two; a cell of a megabyte (a pasted document, an attack) would
/// make the table's layout, which measures cells as it wraps them, take
/// minutes. JSON and CSV keep the whole text.
pub const CELL_CHARS: usize = 300;

/// Record text made safe for a terminal, and cut to [`CELL_CHARS`] with `…`.
pub fn cell(text: &str) -> String {
    let cut = match text.char_indices().nth(CELL_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    let mut out = escape_controls(cut).into_owned();
    if cut.len() < text.len() {
        out.push('…');
    }
    out
}

/// An FTE figure with two decimals, the language's way (`3.80`, `3,80`).
pub fn fixed(fte: Fte, lang: Lang) -> String {
    lang.number(&fte.fixed())
}

/// A signed FTE figure with two decimals (`+0.50`, `-0.20`, `0.00`).
pub fn signed_fixed(fte: Fte, lang: Lang) -> String {
    let text = if fte.is_positive() {
        format!("+{}", fte.fixed())
    } else {
        fte.fixed()
    };
    lang.number(&text)
}

/// One CSV record (RFC 4180 quoting), ending with a newline.
pub fn csv_line<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = String::with_capacity(fields.len() * 16);
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        let field = escape_csv_cell(field.as_ref());
        if field.contains([',', '"', '\n', '\r']) {
            line.push('"');
            line.push_str(&field.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(&field);
        }
    }
    line.push('\n');
    line
}

/// Pretty JSON with a final newline.
pub fn json<T: serde::Serialize>(value: &T) -> String {
    let text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".into());
    let mut text = escape_json_hidden(&text).into_owned();
    text.push('\n');
    text
}

/// Rows of cells with a header, ready for a text table or a markdown one.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// The column headers.
    pub header: Vec<String>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
    /// The columns of figures, aligned right.
    pub right: Vec<usize>,
}

impl Grid {
    /// A grid with these headers and no row yet.
    pub fn new(header: Vec<String>, right: &[usize]) -> Grid {
        Grid {
            header,
            rows: Vec::new(),
            right: right.to_vec(),
        }
    }

    /// Adds a row.
    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// As a text table, wrapped to `width` columns if given.
    pub fn table(&self, terminal: bool, width: Option<u16>) -> String {
        let mut t = new(self.header.clone(), terminal);
        if let Some(width) = width {
            t.set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width);
        }
        for row in &self.rows {
            t.add_row(row.clone());
        }
        align_right(&mut t, &self.right);
        finish(&t)
    }

    /// As a markdown table (cells already escaped for a terminal are made safe for markdown).
    pub fn markdown(&self) -> String {
        let md = |s: &str| escape_markdown(s);
        let line = |cells: &[String]| {
            format!(
                "| {} |\n",
                cells.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | ")
            )
        };
        let mut out = line(&self.header);
        let rule: Vec<String> = (0..self.header.len())
            .map(|i| {
                if self.right.contains(&i) {
                    "---:".to_owned()
                } else {
                    "---".to_owned()
                }
            })
            .collect();
        out.push_str(&format!("|{}|\n", rule.join("|")));
        for row in &self.rows {
            out.push_str(&line(row));
        }
        out
    }
}
