//! `--format xlsx`: an answer as a real spreadsheet, for the Caf's officers
//! who reshape the figures in Excel or LibreOffice rather than in a script.
//!
//! Each renderer describes its rows as [`Sheet`]s of typed [`Value`]s; this
//! module alone knows `rust_xlsxwriter`. What a spreadsheet must never do
//! to a Caf's data is decided here, once:
//!
//! - text (ids, titles, names) is written as text, never parsed: a title
//!   `=HYPERLINK(...)` stays that text and is never a formula;
//! - dates are dates (shown `dd/mm/yyyy` in French, `yyyy-mm-dd`
//!   otherwise), FTE numbers with two decimals, progress a percentage;
//! - the total row is `ctg`'s exact sum (the `Fte` fixed point), written as
//!   a number, not a formula a spreadsheet would compute in floating point;
//! - the bytes depend only on the answer and `--at`: the document's creation
//!   time is the answer's date, so that two runs give the same file.

use chrono::{Datelike, NaiveDate};
use ctg_core::Fte;
use ctg_core::i18n::Lang;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// One cell, typed.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Nothing (a date not set, a figure unknown).
    Empty,
    /// Text, written as text whatever it starts with.
    Text(String),
    /// A day, written as a date.
    Date(NaiveDate),
    /// An FTE, written as a number with two decimals.
    Fte(Fte),
    /// A count.
    Count(i64),
    /// A measure of an indicator, as exact as the file gave it.
    Number(f64),
    /// A fraction (1 is 100 %), shown as a percentage.
    Percent(f64),
}

impl Value {
    /// Text, or [`Value::Empty`] when there is none.
    pub fn text(text: Option<&str>) -> Value {
        text.map_or(Value::Empty, |t| Value::Text(t.to_owned()))
    }

    /// A date, or [`Value::Empty`].
    pub fn date(date: Option<NaiveDate>) -> Value {
        date.map_or(Value::Empty, Value::Date)
    }

    /// An FTE, or [`Value::Empty`].
    pub fn fte(fte: Option<Fte>) -> Value {
        fte.map_or(Value::Empty, Value::Fte)
    }
}

/// One worksheet: a header row, the rows, and a total row when the figures
/// add up.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    /// The tab's name, in the output language (at most 31 characters).
    pub name: String,
    /// The column headers, in the output language.
    pub header: Vec<String>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<Value>>,
    /// The total row, computed by `ctg`, shown bold under the rows (outside
    /// the autofilter's range, so that filtering never hides it).
    pub total: Option<Vec<Value>>,
}

/// The widest a column gets, in pixels: a long title wraps in the cell's
/// edit box rather than pushing every other column off the screen.
const WIDEST: u32 = 400;

/// The workbook's bytes: one tab per sheet, the document titled `title`
/// and dated `on` (the answer's date, `--at`).
pub fn workbook(sheets: &[Sheet], title: &str, on: NaiveDate, lang: Lang) -> Vec<u8> {
    // Every value is checked on the way in (dates, names), so a failure
    // here is a bug of ctg, not of the user's files.
    build(sheets, title, on, lang).unwrap_or_else(|error| panic!("xlsx: {error}"))
}

fn excel_date(date: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    // Excel's dates run from 1900 to 9999; the files' dates are checked to
    // lie in a plausible range long before they reach a spreadsheet.
    let year = u16::try_from(date.year().clamp(1900, 9999)).unwrap_or(1900);
    ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8)
}

fn build(sheets: &[Sheet], title: &str, on: NaiveDate, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let created = excel_date(on)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_author("ctg")
            .set_creation_datetime(&created),
    );
    let day = match lang {
        Lang::Fr => "dd/mm/yyyy",
        Lang::En => "yyyy-mm-dd",
    };
    let formats = Formats {
        header: Format::new().set_bold(),
        text: Format::new(),
        date: Format::new().set_num_format(day),
        fte: Format::new().set_num_format("0.00"),
        count: Format::new().set_num_format("0"),
        number: Format::new().set_num_format("General"),
        percent: Format::new().set_num_format("0%"),
    };
    for sheet in sheets {
        let tab = book.add_worksheet();
        tab.set_name(&sheet.name)?;
        fill(tab, sheet, &formats)?;
    }
    book.save_to_buffer()
}

/// The cell formats, the header's bold and each type's number format.
struct Formats {
    header: Format,
    text: Format,
    date: Format,
    fte: Format,
    count: Format,
    number: Format,
    percent: Format,
}

fn fill(tab: &mut Worksheet, sheet: &Sheet, formats: &Formats) -> Result<(), XlsxError> {
    for (col, name) in sheet.header.iter().enumerate() {
        tab.write_string_with_format(0, col as u16, name, &formats.header)?;
    }
    let bold = |format: &Format| format.clone().set_bold();
    let mut row_number: u32 = 1;
    for row in &sheet.rows {
        write_row(tab, row_number, row, formats, &|f| f.clone())?;
        row_number += 1;
    }
    let last_column = sheet.header.len().saturating_sub(1) as u16;
    // The filter covers the header and the rows; the total stays below it.
    tab.autofilter(0, 0, row_number - 1, last_column)?;
    if let Some(total) = &sheet.total {
        write_row(tab, row_number, total, formats, &bold)?;
    }
    tab.set_freeze_panes(1, 0)?;
    tab.set_autofit_max_width(WIDEST);
    tab.autofit();
    Ok(())
}

/// The most characters an Excel cell holds.
const CELL_CHARS: usize = 32_767;

/// Text cut to what a cell holds, with `…`: a title of a megabyte (a pasted
/// document, an attack) is a cell still, not a workbook refused.
fn within_a_cell(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(CELL_CHARS - 1) {
        Some((end, _)) => format!("{}…", &text[..end]).into(),
        None => text.into(),
    }
}

fn write_row(
    tab: &mut Worksheet,
    row: u32,
    values: &[Value],
    formats: &Formats,
    style: &dyn Fn(&Format) -> Format,
) -> Result<(), XlsxError> {
    for (col, value) in values.iter().enumerate() {
        let col = col as u16;
        match value {
            Value::Empty => {}
            // `write_string`, never `write`: no text is ever read as a formula.
            Value::Text(text) => {
                let text = within_a_cell(text);
                tab.write_string_with_format(row, col, text.as_ref(), &style(&formats.text))?;
            }
            Value::Date(date) => {
                tab.write_date_with_format(row, col, &excel_date(*date)?, &style(&formats.date))?;
            }
            // Exact to two decimals: the f64 nearest the hundredths.
            Value::Fte(fte) => {
                tab.write_number_with_format(row, col, fte.as_f64(), &style(&formats.fte))?;
            }
            Value::Count(count) => {
                tab.write_number_with_format(row, col, *count as f64, &style(&formats.count))?;
            }
            Value::Number(number) => {
                tab.write_number_with_format(row, col, *number, &style(&formats.number))?;
            }
            Value::Percent(fraction) => {
                tab.write_number_with_format(row, col, *fraction, &style(&formats.percent))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Sheet> {
        vec![Sheet {
            name: "Actions".into(),
            header: vec!["Id".into(), "Due".into(), "FTE".into()],
            rows: vec![vec![
                Value::Text("=1+1".into()),
                Value::Date(NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()),
                Value::Fte(Fte::from_hundredths(150)),
            ]],
            total: Some(vec![
                Value::Text("Total".into()),
                Value::Empty,
                Value::Fte(Fte::from_hundredths(150)),
            ]),
        }]
    }

    #[test]
    fn a_text_too_long_for_a_cell_is_cut_not_refused() {
        let mut sheets = sample();
        sheets[0].rows[0][0] = Value::Text("x".repeat(100_000));
        let on = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        assert!(workbook(&sheets, "t", on, Lang::En).starts_with(b"PK"));
        assert_eq!(
            within_a_cell(&"é".repeat(40_000)).chars().count(),
            CELL_CHARS
        );
    }

    #[test]
    fn same_answer_same_bytes_and_a_zip() {
        let on = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        let one = workbook(&sample(), "t", on, Lang::Fr);
        let two = workbook(&sample(), "t", on, Lang::Fr);
        assert!(one.starts_with(b"PK"));
        assert_eq!(one, two);
    }
}
