//! Checking a parsed TOML document against the declared format, and reading
//! typed values out of it.
//!
//! serde would stop at a file's first mistake; walking the spanned document
//! ourselves reports them all, each at its key or value, as cargo does.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Diagnostic};
use crate::domain::decimal::DecimalError;
use crate::domain::fte::{Fte, FteParseError};
use crate::domain::indicator::Quantity;
use crate::domain::model::{At, ShortText};
use crate::domain::schema::{Field, FteRange, Ty};
use crate::domain::spoken;
use crate::i18n::suggest::suggest;
use crate::read::problems::fields::{Bounds, FieldProblem, PLAUSIBLE_YEARS};
use ctg_toml::{self, Item, Key, Table};

/// A value in a document, with its span.
pub type Value<'i> = Item<'i>;

/// Problems kept for one file at the most: a hostile file could hold a
/// million unknown keys on one line, and nobody reads past the first screens.
pub const MAX_PROBLEMS_PER_FILE: usize = 100;

/// Collects the problems of one file as it is checked.
pub struct Validator<'f> {
    file: &'f str,
    /// The problems found so far (at most [`MAX_PROBLEMS_PER_FILE`]).
    pub diagnostics: Vec<Diagnostic>,
    /// The first problem beyond the limit, and how many there are.
    dropped: Option<(Code, Range<usize>, usize)>,
    /// Whether tables are walked in their keys' sorted order rather than
    /// the document's.
    sorted: bool,
}

fn table_label(path: &str, list: bool) -> String {
    match (path.is_empty(), list) {
        (true, _) => String::new(),
        (false, false) => format!("[{path}]"),
        (false, true) => format!("[[{path}]]"),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

impl<'f> Validator<'f> {
    /// A validator for the file at `file` (relative path).
    pub fn new(file: &'f str) -> Self {
        Validator {
            file,
            diagnostics: Vec::new(),
            dropped: None,
            sorted: false,
        }
    }

    /// Records a problem; past [`MAX_PROBLEMS_PER_FILE`], only counts it.
    pub fn report(&mut self, span: Range<usize>, message: impl Message) {
        if self.diagnostics.len() < MAX_PROBLEMS_PER_FILE {
            self.diagnostics
                .push(Diagnostic::new(self.file, Some(span), message));
        } else {
            match &mut self.dropped {
                Some((_, _, count)) => *count += 1,
                None => self.dropped = Some((message.code(), span, 1)),
            }
        }
    }

    /// The problems found, with one last saying how many more were not kept
    /// (under the code of the first of them, at its place).
    pub fn finish(mut self) -> Vec<Diagnostic> {
        if let Some((code, span, more)) = self.dropped.take() {
            self.diagnostics.push(Diagnostic::new(
                self.file,
                Some(span),
                FieldProblem::MoreProblems { more, code },
            ));
        }
        self.diagnostics
    }

    /// Checks a whole document (the top-level table) against `fields`.
    pub fn document(&mut self, table: &Table<'_>, fields: &[Field]) {
        let before = self.diagnostics.len();
        let full = self.dropped.is_some();
        self.table(table, 0..0, fields, "", false);
        if !full && self.dropped.is_some() {
            // Past the limit, which problems are kept depends on the order
            // they are found in: the keys' sorted order, the same on every
            // run whatever the order of the lines. Only files with that
            // many problems are walked twice.
            self.diagnostics.truncate(before);
            self.dropped = None;
            self.sorted = true;
            self.table(table, 0..0, fields, "", false);
            self.sorted = false;
        }
    }

    fn table(
        &mut self,
        table: &Table<'_>,
        at: Range<usize>,
        fields: &[Field],
        path: &str,
        list: bool,
    ) {
        // The label only goes into messages: made when a problem needs it.
        let label = || table_label(path, list);
        // Files mostly follow the format's order: the field after the last
        // one found is looked at first.
        let mut next = 0;
        let mut required = 0;
        let mut entry = |check: &mut Self, key: &Key<'_>, value: &Item<'_>| {
            let name: &str = key.get_ref();
            let found = ctg_toml::position_from(fields, next, |f| f.name == name);
            match found.map(|i| (i, &fields[i])) {
                Some((i, field)) => {
                    next = i + 1;
                    required += usize::from(field.required);
                    check.value(value, &field.ty, name, path);
                }
                None => check.report(
                    key.span(),
                    FieldProblem::UnknownField {
                        key: name.to_owned(),
                        table: label(),
                        suggestion: suggest(name, fields.iter().map(|f| f.name)),
                        expected: fields.iter().map(|f| f.name).collect(),
                    },
                ),
            }
        };
        if self.sorted {
            for (key, value) in table.sorted() {
                entry(self, key, value);
            }
        } else {
            for (key, value) in table.iter() {
                entry(self, key, value);
            }
        }
        // Keys are unique in a table: if as many required fields were met as
        // there are, none is missing.
        if required == fields.iter().filter(|f| f.required).count() {
            return;
        }
        for field in fields.iter().filter(|f| f.required) {
            if !table.contains_key(field.name) {
                self.report(
                    at.clone(),
                    FieldProblem::MissingField {
                        key: field.name.to_owned(),
                        table: label(),
                    },
                );
            }
        }
    }

    fn wrong_type(&mut self, value: &Value<'_>, ty: &Ty, key: &str) {
        self.report(
            value.span(),
            FieldProblem::WrongType {
                key: key.to_owned(),
                expected: ty.name(),
                found: value.get_ref().type_str(),
            },
        );
    }

    /// Checks the value of `key`, in the table at `parent` (its dotted path,
    /// which nested tables extend: only built for them).
    fn value(&mut self, value: &Value<'_>, ty: &Ty, key: &str, parent: &str) {
        let inner = value.get_ref();
        match ty {
            Ty::Str => {
                if !inner.is_str() {
                    self.wrong_type(value, ty, key);
                }
            }
            Ty::Bool => match inner
                .as_str()
                .and_then(|word| Some((word, spoken::yes_no(word)?)))
            {
                // `"oui"`, `"true"`: the exact value to write, not a type.
                Some((word, meant)) => self.report(
                    value.span(),
                    FieldProblem::QuotedBoolean {
                        key: key.to_owned(),
                        written: word.to_owned(),
                        meant,
                    },
                ),
                None if !inner.is_bool() => self.wrong_type(value, ty, key),
                None => {}
            },
            Ty::Date => {
                if let Err(problem) = date_of(inner) {
                    self.date_problem(value, key, problem);
                }
            }
            Ty::Int { min, max } => match int_of(inner) {
                None if !inner.is_integer() => self.wrong_type(value, ty, key),
                // An integer too large for 64 bits is out of range, not of the wrong type.
                None => self.out_of_range(value, key, *max),
                Some(n) if n < *min || n > *max => self.out_of_range(value, key, *max),
                Some(_) => {}
            },
            Ty::Fte(range) => {
                if let Err(problem) = fte_of(inner, *range) {
                    self.fte_problem(value, ty, key, problem);
                }
            }
            Ty::Number => match number_of(inner) {
                Ok(_) => {}
                Err(DecimalError::NotANumber) if !matches!(inner, ctg_toml::Value::Float(_)) => {
                    self.wrong_type(value, ty, key);
                }
                Err(DecimalError::TooPrecise) => self.report(
                    value.span(),
                    FieldProblem::TooPreciseValue {
                        key: key.to_owned(),
                        value: number_text(inner),
                    },
                ),
                Err(_) => self.report(
                    value.span(),
                    FieldProblem::OutOfRange {
                        key: key.to_owned(),
                        value: number_text(inner),
                        range: Bounds::Magnitude,
                    },
                ),
            },
            Ty::Enum(names) => match inner.as_str() {
                None => self.wrong_type(value, ty, key),
                Some(word) if !names.contains(&word) => self.report(
                    value.span(),
                    FieldProblem::UnknownVariant {
                        key: key.to_owned(),
                        value: word.to_owned(),
                        allowed: names,
                        suggestion: suggest(word, names.iter().copied()),
                        meant: spoken::record_word(word, names),
                    },
                ),
                Some(_) => {}
            },
            Ty::List(item) => match inner.as_array() {
                None => self.wrong_type(value, ty, key),
                Some(items) => {
                    for element in items {
                        self.value(element, item, key, parent);
                    }
                }
            },
            Ty::Table(fields) => match inner.as_table() {
                None => self.wrong_type(value, ty, key),
                Some(table) => {
                    self.table(table, value.span(), fields, &join(parent, key), false);
                }
            },
            Ty::TableList(fields) => match inner.as_array() {
                None => self.wrong_type(value, ty, key),
                Some(items) => {
                    let path = join(parent, key);
                    for element in items {
                        match element.get_ref().as_table() {
                            Some(table) => self.table(table, element.span(), fields, &path, true),
                            None => self.wrong_type(element, &Ty::Table(fields), key),
                        }
                    }
                }
            },
            Ty::Map(item) => match inner.as_table() {
                None => self.wrong_type(value, ty, key),
                Some(table) => {
                    let path = join(parent, key);
                    if self.sorted {
                        for (name, element) in table.sorted() {
                            self.value(element, item, name.get_ref(), &path);
                        }
                    } else {
                        for (name, element) in table.iter() {
                            self.value(element, item, name.get_ref(), &path);
                        }
                    }
                }
            },
        }
    }

    fn out_of_range(&mut self, value: &Value<'_>, key: &str, max: i64) {
        self.report(
            value.span(),
            FieldProblem::OutOfRange {
                key: key.to_owned(),
                value: integer_text(value.get_ref()),
                range: if max == 100 {
                    Bounds::Percent
                } else {
                    Bounds::PerYear
                },
            },
        );
    }

    fn date_problem(&mut self, value: &Value<'_>, key: &str, problem: DateProblem) {
        let message = match problem {
            DateProblem::WrongType => {
                return self.wrong_type(value, &Ty::Date, key);
            }
            DateProblem::Quoted => FieldProblem::NotADate {
                key: key.to_owned(),
                quoted: true,
            },
            DateProblem::NotADay => FieldProblem::NotADate {
                key: key.to_owned(),
                quoted: false,
            },
            DateProblem::Implausible(date) => {
                let key = key.to_owned();
                let message = FieldProblem::DateOutOfRange { key, date };
                return self.report(value.span(), message);
            }
        };
        self.report(value.span(), message);
    }

    fn fte_problem(&mut self, value: &Value<'_>, ty: &Ty, key: &str, problem: FteProblem) {
        let text = number_text(value.get_ref());
        let message = match problem {
            FteProblem::WrongType => return self.wrong_type(value, ty, key),
            FteProblem::TooPrecise => FieldProblem::TooPrecise {
                key: key.to_owned(),
                rounded: to_hundredths(&text),
                value: text,
            },
            FteProblem::OutOfRange(range) => match (range, percent_share(&text)) {
                // `fte = 50`: a percentage of a post, most likely.
                (FteRange::Share, Some(meant)) => FieldProblem::FteAsPercent {
                    key: key.to_owned(),
                    value: text,
                    meant,
                },
                _ => FieldProblem::OutOfRange {
                    key: key.to_owned(),
                    value: text,
                    range: match range {
                        FteRange::Share => Bounds::Share,
                        FteRange::Positive => Bounds::Positive,
                        FteRange::NonNegative => Bounds::NonNegative,
                    },
                },
            },
        };
        self.report(value.span(), message);
    }
}

/// `text`, a number with more than two decimals, rounded half up to
/// hundredths and written as TOML wants it (`0.33`, with a point); `None`
/// when the rounding leaves nothing (`0.001`) or the number is out of reach.
fn to_hundredths(text: &str) -> Option<String> {
    const PLACES: u32 = 12;
    let scaled = crate::domain::decimal::parse_scaled(text, PLACES as i32, i64::MAX).ok()?;
    let unit = 10_i64.pow(PLACES - 2);
    let (whole, rest) = (scaled / unit, scaled % unit);
    let hundredths = whole + i64::from(rest.abs() * 2 >= unit) * scaled.signum();
    (hundredths > 0).then(|| crate::domain::decimal::format_scaled(hundredths, 2, false))
}

/// The share of a post that `text`, an FTE above 1, stands for when it is
/// a whole percentage (`50` for `0.5`): `None` above 100 or for a fraction
/// of a percent, which are no likely percentage.
fn percent_share(text: &str) -> Option<String> {
    let hundredths = Fte::parse(text).ok()?.hundredths();
    (hundredths > 100 && hundredths <= 10_000 && hundredths % 100 == 0)
        .then(|| Fte::from_hundredths(hundredths / 100).to_string())
}

fn integer_text(value: &ctg_toml::Value<'_>) -> String {
    value
        .as_integer()
        .map(|i| i.to_string())
        .unwrap_or_default()
}

fn number_text(value: &ctg_toml::Value<'_>) -> String {
    match value {
        ctg_toml::Value::Integer(i) => i.to_string(),
        ctg_toml::Value::Float(f) => f.to_string(),
        _ => String::new(),
    }
}

/// Why a value is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not a date at all.
    WrongType,
    /// A date in quotes: a string, not a TOML date.
    Quoted,
    /// A date-time, a time, or an impossible day.
    NotADay,
    /// A day no CTG can have (a typo in the year, most often).
    Implausible(NaiveDate),
}

/// The calendar day a value holds.
pub fn date_of(value: &ctg_toml::Value<'_>) -> Result<NaiveDate, DateProblem> {
    match value {
        ctg_toml::Value::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                let day = NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                )
                .ok_or(DateProblem::NotADay)?;
                if PLAUSIBLE_YEARS.contains(&day.year()) {
                    Ok(day)
                } else {
                    Err(DateProblem::Implausible(day))
                }
            }
            _ => Err(DateProblem::NotADay),
        },
        ctg_toml::Value::String(s) if NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").is_ok() => {
            Err(DateProblem::Quoted)
        }
        _ => Err(DateProblem::WrongType),
    }
}

/// The integer a value holds, if it is one that fits.
pub fn int_of(value: &ctg_toml::Value<'_>) -> Option<i64> {
    let integer = value.as_integer()?;
    i64::from_str_radix(integer.as_str(), integer.radix()).ok()
}

/// Why a value is not an acceptable FTE amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FteProblem {
    /// Not a number.
    WrongType,
    /// More than two decimals.
    TooPrecise,
    /// Outside the allowed range.
    OutOfRange(FteRange),
}

/// The FTE amount a value holds, exactly, checked against `range`.
pub fn fte_of(value: &ctg_toml::Value<'_>, range: FteRange) -> Result<Fte, FteProblem> {
    let parsed = match value {
        ctg_toml::Value::Integer(i) if i.radix() == 10 => Fte::parse(i.as_str()),
        ctg_toml::Value::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .ok()
            .and_then(|n| n.checked_mul(100))
            .map(Fte::from_hundredths)
            .ok_or(FteParseError::TooLarge),
        ctg_toml::Value::Float(f) => Fte::parse(f),
        _ => return Err(FteProblem::WrongType),
    };
    let fte = match parsed {
        Ok(fte) => fte,
        Err(FteParseError::TooPrecise) => return Err(FteProblem::TooPrecise),
        Err(_) => return Err(FteProblem::OutOfRange(range)),
    };
    let fits = match range {
        FteRange::Share => fte.is_positive() && fte <= Fte::ONE,
        FteRange::Positive => fte.is_positive(),
        FteRange::NonNegative => fte >= Fte::ZERO,
    };
    if fits {
        Ok(fte)
    } else {
        Err(FteProblem::OutOfRange(range))
    }
}

/// The exact value a number holds (an indicator's), in ten-thousandths.
pub fn number_of(value: &ctg_toml::Value<'_>) -> Result<Quantity, DecimalError> {
    match value {
        ctg_toml::Value::Integer(i) if i.radix() == 10 => Quantity::parse(i.as_str()),
        ctg_toml::Value::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .ok()
            .and_then(|n| Quantity::parse(&n.to_string()).ok())
            .ok_or(DecimalError::TooLarge),
        ctg_toml::Value::Float(f) => Quantity::parse(f),
        _ => Err(DecimalError::NotANumber),
    }
}

/// Typed, forgiving reads out of a table: a value of the wrong type reads as
/// absent, because the [`Validator`] has already reported it.
pub struct Fields<'t, 'i> {
    table: &'t Table<'i>,
    /// Where the next key asked for is likely to be: after the last found.
    next: std::cell::Cell<usize>,
}

impl<'t, 'i> Fields<'t, 'i> {
    /// Reads from `table`.
    pub fn new(table: &'t Table<'i>) -> Self {
        Fields {
            table,
            next: std::cell::Cell::new(0),
        }
    }

    /// The raw value of `key`.
    pub fn get(&self, key: &str) -> Option<&'t Value<'i>> {
        let (at, value) = self.table.get_from(key, self.next.get())?;
        self.next.set(at + 1);
        Some(value)
    }

    /// A string.
    pub fn str(&self, key: &str) -> Option<At<ShortText>> {
        let value = self.get(key)?;
        value
            .get_ref()
            .as_str()
            .map(|s| At::new(ShortText::from(s), value.span()))
    }

    /// A string, without its span.
    pub fn text(&self, key: &str) -> Option<String> {
        self.get(key)?.get_ref().as_str().map(str::to_owned)
    }

    /// A date.
    pub fn date(&self, key: &str) -> Option<At<NaiveDate>> {
        let value = self.get(key)?;
        date_of(value.get_ref())
            .ok()
            .map(|d| At::new(d, value.span()))
    }

    /// A boolean.
    pub fn bool(&self, key: &str) -> Option<bool> {
        self.get(key)?.get_ref().as_bool()
    }

    /// An integer within `min..=max`.
    pub fn int(&self, key: &str, min: i64, max: i64) -> Option<At<i64>> {
        let value = self.get(key)?;
        int_of(value.get_ref())
            .filter(|n| (min..=max).contains(n))
            .map(|n| At::new(n, value.span()))
    }

    /// An FTE amount within `range`.
    pub fn fte(&self, key: &str, range: FteRange) -> Option<At<Fte>> {
        let value = self.get(key)?;
        fte_of(value.get_ref(), range)
            .ok()
            .map(|f| At::new(f, value.span()))
    }

    /// An indicator's value.
    pub fn number(&self, key: &str) -> Option<Quantity> {
        number_of(self.get(key)?.get_ref()).ok()
    }

    /// A word of an enumeration.
    pub fn word<T>(&self, key: &str, parse: fn(&str) -> Option<T>) -> Option<At<T>> {
        let value = self.str(key)?;
        parse(&value.value).map(|v| At::new(v, value.span()))
    }

    /// The strings of a list (other items are skipped).
    pub fn strings(&self, key: &str) -> Vec<At<ShortText>> {
        self.list(key)
            .iter()
            .filter_map(|v| {
                v.get_ref()
                    .as_str()
                    .map(|s| At::new(ShortText::from(s), v.span()))
            })
            .collect()
    }

    /// The items of a list (empty when absent or not a list).
    pub fn list(&self, key: &str) -> &'t [Value<'i>] {
        self.get(key)
            .and_then(|v| v.get_ref().as_array())
            .unwrap_or(&[])
    }

    /// The tables of a `[[key]]` list, with their spans.
    pub fn tables(&self, key: &str) -> Vec<(Fields<'t, 'i>, Range<usize>)> {
        self.list(key)
            .iter()
            .filter_map(|v| v.get_ref().as_table().map(|t| (Fields::new(t), v.span())))
            .collect()
    }

    /// A sub-table, with its span.
    pub fn table(&self, key: &str) -> Option<(Fields<'t, 'i>, Range<usize>)> {
        let value = self.get(key)?;
        value
            .get_ref()
            .as_table()
            .map(|t| (Fields::new(t), value.span()))
    }

    /// The entries of the table itself, in their keys' sorted order.
    pub fn entries(&self) -> impl Iterator<Item = (&'t Key<'i>, &'t Value<'i>)> {
        self.table.sorted().into_iter()
    }
}
