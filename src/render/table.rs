//! What the table and CSV renderers share: the grid every text table is
//! laid out from (by [`fit`]), figures written the language's way, and CSV
//! quoting.

use crate::render::fit::{self, Column};
use ctg_core::domain::fte::Fte;
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::{escape_controls, escape_csv_cell, escape_json_hidden, escape_markdown};

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

/// How a CSV is written: `,` between fields and `.` in numbers, or, as
/// French spreadsheets expect (they read `,` as the decimal mark), `;`
/// between fields and `,` in numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Csv {
    /// `,` and `.`.
    Comma,
    /// `;` and `,`.
    Semicolon,
}

impl Csv {
    /// The style `--csv-sep` asks for, else the output language's.
    pub fn pick(asked: Option<Csv>, lang: Lang) -> Csv {
        asked.unwrap_or(match lang {
            Lang::Fr => Csv::Semicolon,
            Lang::En => Csv::Comma,
        })
    }

    /// The field separator.
    pub fn separator(self) -> char {
        match self {
            Csv::Comma => ',',
            Csv::Semicolon => ';',
        }
    }

    /// A number written with `.` (`0.5`, `-1.25`), with this style's
    /// decimal mark.
    pub fn number(self, figure: impl ToString) -> String {
        let text = figure.to_string();
        match self {
            Csv::Comma => text,
            Csv::Semicolon => text.replace('.', ","),
        }
    }

    /// One CSV record (RFC 4180 quoting), ending with a newline.
    pub fn line<S: AsRef<str>>(self, fields: &[S]) -> String {
        let separator = self.separator();
        let mut line = String::with_capacity(fields.len() * 16);
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                line.push(separator);
            }
            let field = escape_csv_cell(field.as_ref());
            if field.contains([separator, '"', '\n', '\r']) {
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
    /// How each column is laid out as text: figures kept whole and
    /// aligned right, other cells free text that wraps, unless said.
    pub columns: Vec<Column>,
    /// Shorter headers, tried in this order when the table is too wide.
    pub shorts: Vec<(usize, String)>,
    /// The columns given up when even short headers are too wide, least
    /// useful first.
    pub drops: Vec<usize>,
}

/// The narrowest a column of free text gets by default: a name or a short
/// title on two or three lines.
const WRAP: usize = 12;

impl Grid {
    /// A grid with these headers and no row yet.
    pub fn new(header: Vec<String>, right: &[usize]) -> Grid {
        let columns = (0..header.len())
            .map(|i| {
                if right.contains(&i) {
                    Column::KeepRight
                } else {
                    Column::Wrap(WRAP)
                }
            })
            .collect();
        Grid {
            header,
            rows: Vec::new(),
            right: right.to_vec(),
            columns,
            shorts: Vec::new(),
            drops: Vec::new(),
        }
    }

    /// These columns (dates, ids, short words) never wrap.
    pub fn keep(mut self, columns: &[usize]) -> Grid {
        for &i in columns {
            self.columns[i] = Column::Keep;
        }
        self
    }

    /// This column of free text wraps to no fewer than `least` columns.
    pub fn wrap(mut self, column: usize, least: usize) -> Grid {
        self.columns[column] = Column::Wrap(least);
        self
    }

    /// The header of this column, shortened when the table is too wide
    /// (tried in the order given).
    pub fn short(mut self, column: usize, header: &str) -> Grid {
        if header != self.header[column] {
            self.shorts.push((column, header.to_owned()));
        }
        self
    }

    /// The columns to give up when the table cannot fit, least useful first.
    pub fn drop_first(mut self, columns: &[usize]) -> Grid {
        self.drops.extend_from_slice(columns);
        self
    }

    /// Adds a row.
    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// As a text table within `width` columns (see [`fit::layout`]).
    pub fn table(&self, terminal: bool, width: usize, lang: Lang) -> String {
        fit::layout(self, width, terminal, lang)
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
