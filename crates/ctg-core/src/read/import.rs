//! `ctg import actions`: an action plan kept in a spreadsheet, read as
//! action records. This is the pure part: cells in, records and problems
//! out. Opening the file (xlsx, ods, csv) and writing the records belong
//! to the command; everything that decides what a column or a cell means
//! is here, where it can be tested cell by cell.
//!
//! A spreadsheet is written by people, not by a program: headers in
//! French or English, with accents or not, a title row above them, dates
//! as real dates or as text (« 31 décembre 2026 », « T4 2026 »), officers
//! and commissions by name. Everything that cannot be read exactly is a
//! problem at its cell, and every problem is reported at once, so that one
//! pass over the sheet fixes them all.

use std::fmt;

use chrono::NaiveDate;

use crate::diagnostics::{Code, Definition, Example, Explanation, Message, Severity};
use crate::domain::commune::{Mismatch, normalize, pick, resolve};
use crate::domain::model::ActionStatus;
use crate::domain::spoken;
use crate::i18n::text::backticked;
use crate::i18n::{Lang, date as said_date};
use crate::read::loader::{id_suggestion, is_valid_id};

/// One cell, as the spreadsheet holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing in it.
    Empty,
    /// Text (every cell of a CSV file).
    Text(String),
    /// A number that is not formatted as a date.
    Number(f64),
    /// A real date cell.
    Date(NaiveDate),
}

impl Cell {
    /// The cell as text, trimmed: what a note keeps of it.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.trim().to_owned(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(date) => date.to_string(),
        }
    }

    /// Whether it holds nothing but blanks.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

/// A sheet: its rows of cells, and where its first cell is, so that a
/// problem names the cell the user sees (`D12`).
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    /// The sheet's name; none for a CSV file.
    pub name: Option<String>,
    /// The row of the first cell, from 0.
    pub first_row: u32,
    /// The column of the first cell, from 0.
    pub first_col: u32,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
}

/// A cell's place as spreadsheets name it: column letters and row number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// The row, from 0.
    pub row: u32,
    /// The column, from 0.
    pub col: u32,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", column_letters(self.col), self.row + 1)
    }
}

/// `A`, `Z`, `AA`… for the column `col` (from 0).
pub fn column_letters(col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// What a column holds: a field of the action record, or notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The record's id (the file's name).
    Id,
    /// `title`.
    Title,
    /// `commission`.
    Commission,
    /// `lead`.
    Lead,
    /// `status`.
    Status,
    /// `start`.
    Start,
    /// `due`.
    Due,
    /// `completed`.
    Completed,
    /// `communes`.
    Communes,
    /// `objective`.
    Objective,
    /// `progress`.
    Progress,
    /// `description`.
    Description,
    /// Kept in the record's `[notes]` under the column's header.
    Notes,
    /// Left out: what ctg computes itself (`overdue`), or what `--map
    /// COLUMN=ignore` says to leave.
    Ignore,
}

impl Field {
    /// Every field, in the order a record writes them.
    pub const ALL: &'static [Field] = &[
        Field::Id,
        Field::Title,
        Field::Commission,
        Field::Status,
        Field::Lead,
        Field::Communes,
        Field::Objective,
        Field::Description,
        Field::Start,
        Field::Due,
        Field::Completed,
        Field::Progress,
        Field::Notes,
        Field::Ignore,
    ];

    /// The field's name, as records and `--map` write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Title => "title",
            Field::Commission => "commission",
            Field::Lead => "lead",
            Field::Status => "status",
            Field::Start => "start",
            Field::Due => "due",
            Field::Completed => "completed",
            Field::Communes => "communes",
            Field::Objective => "objective",
            Field::Progress => "progress",
            Field::Description => "description",
            Field::Notes => "notes",
            Field::Ignore => "ignore",
        }
    }

    /// The field `name` names (`--map "Colonne=due"`), by its name or any
    /// header that maps to it (`--map "Colonne=échéance"`).
    pub fn from_name(name: &str) -> Option<Field> {
        let wanted = clean(name);
        Field::ALL
            .iter()
            .copied()
            .find(|field| field.as_str() == wanted)
            .or_else(|| field_of_header(name))
    }
}

/// The headers of real action plans, French and English, by field
/// (compared after [`clean`]: no accents, lowercase, punctuation as spaces).
/// A header maps when it is one of them or starts with one as whole words
/// (« Date de fin prévue » is `due` by « date de fin »); the longest wins.
const HEADERS: &[(Field, &[&str])] = &[
    (Field::Id, &["id", "identifiant", "code action"]),
    (
        Field::Title,
        &[
            "title",
            "intitule",
            "action",
            "titre",
            "libelle",
            "nom de l action",
            "fiche action",
        ],
    ),
    (
        Field::Commission,
        &["commission", "axe", "thematique", "theme", "axe thematique"],
    ),
    (
        Field::Lead,
        &["lead", "pilote", "referent", "referente", "responsable"],
    ),
    (Field::Status, &["status", "etat", "statut", "state"]),
    (
        Field::Start,
        &["start", "debut", "date de debut", "demarrage", "date debut"],
    ),
    (
        Field::Due,
        &[
            "due",
            "echeance",
            "date de fin",
            "fin prevue",
            "date d echeance",
            "date fin",
            "deadline",
        ],
    ),
    (
        Field::Completed,
        &[
            "completed",
            "date de realisation",
            "realise le",
            "realisee le",
            "date realisation",
            "terminee le",
            "termine le",
            "fait le",
        ],
    ),
    (
        Field::Communes,
        &[
            "communes",
            "commune",
            "commune s",
            "territoire",
            "territoires",
        ],
    ),
    (
        Field::Objective,
        &[
            "objective",
            "objectif",
            "objectifs",
            "objectif operationnel",
        ],
    ),
    (
        Field::Progress,
        &[
            "progress",
            "avancement",
            "taux d avancement",
            "taux de realisation",
        ],
    ),
    (
        Field::Description,
        &["description", "descriptif", "contenu", "detail"],
    ),
    (
        Field::Notes,
        &["notes", "remarques", "commentaires", "observations"],
    ),
    (Field::Ignore, &["overdue", "en retard"]),
];

/// A header as headers are compared: [`normalize`]d, with every mark that
/// is not a letter or a digit a space (`Commune(s)` is `commune s`).
fn clean(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    normalize(&spaced)
}

/// The field a column's header says it holds, if any.
pub fn field_of_header(header: &str) -> Option<Field> {
    let header = clean(header);
    HEADERS
        .iter()
        .flat_map(|(field, words)| words.iter().map(move |word| (*field, *word)))
        .filter(|(_, word)| {
            header == *word
                || header
                    .strip_prefix(word)
                    .is_some_and(|rest| rest.starts_with(' '))
        })
        .max_by_key(|(_, word)| word.len())
        .map(|(field, _)| field)
}

/// A column of the sheet: its header, its place, and the field it fills.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The header's cell.
    pub place: Place,
    /// The header, as written.
    pub header: String,
    /// What it fills.
    pub field: Field,
    /// Whether `--map` said so, rather than the header.
    pub mapped: bool,
    /// Whether no header synonym nor `--map` said what it holds (its
    /// values are kept in `[notes]`).
    pub unknown: bool,
    /// The column that fills the same field first, when this one repeats
    /// it (its values are kept in `[notes]`).
    pub repeats: Option<Place>,
}

/// How far down a header row is looked for: a title or two, a blank row.
const HEADER_SEARCH: usize = 10;

/// The header row of `sheet`: the first of its first rows where a column
/// is the actions' title; its index in `sheet.rows` and its columns.
/// `map` gives columns a field by header (or column letters), before any
/// synonym.
pub fn header(sheet: &Sheet, map: &[(String, Field)]) -> Option<(usize, Vec<Column>)> {
    for (index, row) in sheet.rows.iter().enumerate().take(HEADER_SEARCH) {
        let columns = columns(sheet, index, row, map);
        if columns.iter().any(|c| c.field == Field::Title) {
            return Some((index, columns));
        }
    }
    None
}

fn columns(sheet: &Sheet, index: usize, row: &[Cell], map: &[(String, Field)]) -> Vec<Column> {
    let mut out: Vec<Column> = Vec::new();
    for (i, cell) in row.iter().enumerate() {
        if cell.is_blank() {
            continue;
        }
        let place = Place {
            row: sheet.first_row + index as u32,
            col: sheet.first_col + i as u32,
        };
        let header = cell.text();
        let forced = map.iter().find(|(column, _)| {
            clean(column) == clean(&header)
                || column.eq_ignore_ascii_case(&column_letters(place.col))
        });
        let (field, mapped, unknown) = match forced {
            Some((_, field)) => (*field, true, false),
            None => match field_of_header(&header) {
                Some(field) => (field, false, false),
                None => (Field::Notes, false, true),
            },
        };
        let repeats = (!matches!(field, Field::Notes | Field::Ignore))
            .then(|| out.iter().find(|c| c.field == field && c.repeats.is_none()))
            .flatten()
            .map(|c| c.place);
        out.push(Column {
            place,
            header,
            field: if repeats.is_some() {
                Field::Notes
            } else {
                field
            },
            mapped,
            unknown,
            repeats,
        });
    }
    out
}

/// What the rows are matched against: the repository's records.
#[derive(Debug, Clone, Default)]
pub struct Known {
    /// Commissions: id and name.
    pub commissions: Vec<(String, String)>,
    /// Officers: id and name.
    pub officers: Vec<(String, String)>,
    /// The convention's communes (empty: communes are kept as written).
    pub communes: Vec<String>,
    /// Ids of the actions already there (any case): never reused.
    pub taken: Vec<String>,
}

/// One action read from a row, ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Its id, the file's name.
    pub id: String,
    /// The row it comes from, from 0.
    pub row: u32,
    /// `title`.
    pub title: String,
    /// `commission`, an id.
    pub commission: String,
    /// `status`.
    pub status: ActionStatus,
    /// `lead`, an id.
    pub lead: Option<String>,
    /// `communes`, as the convention spells them.
    pub communes: Vec<String>,
    /// `objective`.
    pub objective: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `start`.
    pub start: Option<NaiveDate>,
    /// `due`.
    pub due: Option<NaiveDate>,
    /// `completed`.
    pub completed: Option<NaiveDate>,
    /// `progress`.
    pub progress: Option<u8>,
    /// `[notes]`: the other columns' values, by header.
    pub notes: Vec<(String, String)>,
}

impl Record {
    /// The record's file: a clean TOML record, every string escaped.
    pub fn toml(&self) -> String {
        let string = |text: &str| toml::Value::String(text.to_owned()).to_string();
        let mut out = String::new();
        let mut line = |key: &str, value: String| out.push_str(&format!("{key} = {value}\n"));
        line("title", string(&self.title));
        line("commission", string(&self.commission));
        line("status", string(self.status.as_str()));
        if let Some(lead) = &self.lead {
            line("lead", string(lead));
        }
        if !self.communes.is_empty() {
            let items: Vec<String> = self.communes.iter().map(|c| string(c)).collect();
            line("communes", format!("[{}]", items.join(", ")));
        }
        if let Some(objective) = &self.objective {
            line("objective", string(objective));
        }
        if let Some(description) = &self.description {
            line("description", string(description));
        }
        for (key, day) in [
            ("start", self.start),
            ("due", self.due),
            ("completed", self.completed),
        ] {
            if let Some(day) = day {
                line(key, day.to_string());
            }
        }
        if let Some(progress) = self.progress {
            line("progress", progress.to_string());
        }
        if !self.notes.is_empty() {
            out.push_str("\n[notes]\n");
            for (key, value) in &self.notes {
                out.push_str(&format!("{} = {}\n", string(key), string(value)));
            }
        }
        out
    }
}

/// What an import found: the columns, the records, and every problem.
#[derive(Debug, Default)]
pub struct Import {
    /// The header row, from 0 (none when no row names a title).
    pub header: Option<u32>,
    /// The columns of the header row.
    pub columns: Vec<Column>,
    /// The records of the rows.
    pub records: Vec<Record>,
    /// Every problem, at its cell, in the order of the sheet.
    pub problems: Vec<(Option<Place>, ImportProblem)>,
}

impl Import {
    /// Whether a problem stops the import.
    pub fn has_errors(&self) -> bool {
        self.problems
            .iter()
            .any(|(_, p)| p.code().severity() == Severity::Error)
    }
}

/// Reads the action records of `sheet` against what the repository knows.
pub fn read(sheet: &Sheet, map: &[(String, Field)], known: &Known) -> Import {
    let mut import = Import::default();
    let Some((index, columns)) = header(sheet, map) else {
        import.problems.push((
            None,
            ImportProblem::NoHeader {
                sheet: sheet.name.clone(),
            },
        ));
        return import;
    };
    import.header = Some(sheet.first_row + index as u32);
    for column in &columns {
        if column.unknown || column.repeats.is_some() {
            import.problems.push((
                Some(column.place),
                ImportProblem::UnmappedColumn {
                    header: column.header.clone(),
                    repeats: column.repeats.map(|_| column_field_named(&columns, column)),
                },
            ));
        }
    }
    if !columns.iter().any(|c| c.field == Field::Commission) {
        import.problems.push((
            None,
            ImportProblem::MissingColumn {
                field: Field::Commission,
            },
        ));
    }
    let mut ids = Ids::new(&known.taken);
    for (i, row) in sheet.rows.iter().enumerate().skip(index + 1) {
        if row.iter().all(Cell::is_blank) {
            continue;
        }
        let row_number = sheet.first_row + i as u32;
        let mut reader = RowReader {
            row,
            row_number,
            first_col: sheet.first_col,
            problems: &mut import.problems,
        };
        if let Some(record) = reader.record(&columns, known, &mut ids) {
            import.records.push(record);
        }
    }
    import.columns = columns;
    import
        .problems
        .sort_by_key(|(place, _)| place.map(|p| (p.row, p.col)));
    import
}

/// The field a repeated column repeats, for its warning.
fn column_field_named(columns: &[Column], column: &Column) -> Field {
    columns
        .iter()
        .find(|c| Some(c.place) == column.repeats)
        .map_or(Field::Notes, |c| c.field)
}

struct RowReader<'r> {
    row: &'r [Cell],
    row_number: u32,
    first_col: u32,
    problems: &'r mut Vec<(Option<Place>, ImportProblem)>,
}

impl RowReader<'_> {
    fn cell(&self, column: &Column) -> (&Cell, Place) {
        let at = (column.place.col - self.first_col) as usize;
        let place = Place {
            row: self.row_number,
            col: column.place.col,
        };
        (self.row.get(at).unwrap_or(&Cell::Empty), place)
    }

    fn problem(&mut self, place: Place, problem: ImportProblem) {
        self.problems.push((Some(place), problem));
    }

    fn date(&mut self, columns: &[Column], field: Field) -> Option<NaiveDate> {
        let column = columns.iter().find(|c| c.field == field)?;
        let (cell, place) = self.cell(column);
        let cell = cell.clone();
        match read_date(&cell) {
            Ok(None) => None,
            Ok(Some((day, None))) => Some(day),
            Ok(Some((day, Some(rounded)))) => {
                self.problem(
                    place,
                    ImportProblem::ApproximateDate {
                        text: cell.text(),
                        date: day,
                        rounded,
                    },
                );
                Some(day)
            }
            Err(NotRead) => {
                self.problem(
                    place,
                    ImportProblem::BadDate {
                        text: cell.text(),
                        field,
                    },
                );
                None
            }
        }
    }

    fn record(&mut self, columns: &[Column], known: &Known, ids: &mut Ids) -> Option<Record> {
        let text = |reader: &Self, field: Field| -> Option<(String, Place)> {
            let column = columns.iter().find(|c| c.field == field)?;
            let (cell, place) = reader.cell(column);
            let text = cell.text();
            (!text.is_empty()).then_some((text, place))
        };
        let title_column = columns.iter().find(|c| c.field == Field::Title)?;
        let title_place = self.cell(title_column).1;
        let title = text(self, Field::Title).map(|(t, _)| one_line(&t));
        if title.is_none() {
            self.problem(
                title_place,
                ImportProblem::MissingValue {
                    field: Field::Title,
                },
            );
        }
        let commission = match text(self, Field::Commission) {
            Some((typed, place)) => match find_record(&typed, &known.commissions) {
                Ok(id) => Some(id),
                Err(mismatch) => {
                    self.problem(place, ImportProblem::UnknownCommission { typed, mismatch });
                    None
                }
            },
            None => {
                if let Some(column) = columns.iter().find(|c| c.field == Field::Commission) {
                    let place = self.cell(column).1;
                    self.problem(
                        place,
                        ImportProblem::MissingValue {
                            field: Field::Commission,
                        },
                    );
                }
                None
            }
        };
        let lead = match text(self, Field::Lead) {
            Some((typed, place)) => match find_record(&typed, &known.officers) {
                Ok(id) => Some(id),
                Err(mismatch) => {
                    self.problem(place, ImportProblem::UnknownLead { typed, mismatch });
                    None
                }
            },
            None => None,
        };
        let mut communes = Vec::new();
        if let Some((typed, place)) = text(self, Field::Communes) {
            for name in split_communes(&typed) {
                if known.communes.is_empty() {
                    communes.push(name);
                    continue;
                }
                match resolve(&name, &known.communes) {
                    Ok(found) if !communes.iter().any(|c| c == found) => {
                        communes.push(found.to_owned());
                    }
                    Ok(_) => {}
                    Err(mismatch) => self.problem(
                        place,
                        ImportProblem::UnknownCommune {
                            typed: name,
                            mismatch,
                        },
                    ),
                }
            }
        }
        let start = self.date(columns, Field::Start);
        let due = self.date(columns, Field::Due);
        let completed = self.date(columns, Field::Completed);
        if let (Some(start), Some(due)) = (start, due)
            && due < start
            && let Some(column) = columns.iter().find(|c| c.field == Field::Due)
        {
            let place = self.cell(column).1;
            self.problem(place, ImportProblem::DueBeforeStart { due, start });
        }
        let status_cell = columns
            .iter()
            .find(|c| c.field == Field::Status)
            .map(|column| self.cell(column).1);
        let status = match text(self, Field::Status) {
            Some((typed, place)) => match status_word(&typed) {
                Some(status) => Some(status),
                None => {
                    self.problem(place, ImportProblem::BadStatus { typed });
                    None
                }
            },
            // A completion date and no status: the action is done.
            None if completed.is_some() => Some(ActionStatus::Done),
            None => Some(ActionStatus::Planned),
        };
        // `ctg check` wants `completed` exactly when the action is done.
        match (status, completed) {
            (Some(ActionStatus::Done), None) => {
                let place = columns
                    .iter()
                    .find(|c| c.field == Field::Completed)
                    .map(|column| self.cell(column).1)
                    .or(status_cell)
                    .unwrap_or(title_place);
                self.problem(
                    place,
                    ImportProblem::MissingValue {
                        field: Field::Completed,
                    },
                );
            }
            (Some(status), Some(_)) if status != ActionStatus::Done => {
                let place = status_cell.unwrap_or(title_place);
                self.problem(place, ImportProblem::CompletedNotDone { status });
            }
            _ => {}
        }
        let progress = match columns.iter().find(|c| c.field == Field::Progress) {
            Some(column) => {
                let (cell, place) = self.cell(column);
                let cell = cell.clone();
                match read_progress(&cell) {
                    Ok(progress) => progress,
                    Err(NotRead) => {
                        self.problem(place, ImportProblem::BadProgress { text: cell.text() });
                        None
                    }
                }
            }
            None => None,
        };
        let mut notes = Vec::new();
        for column in columns.iter().filter(|c| c.field == Field::Notes) {
            let value = self.cell(column).0.text();
            if !value.is_empty() {
                notes.push((one_line(&column.header), value));
            }
        }
        let given_id = text(self, Field::Id);
        let (title, commission, status) = (title?, commission?, status?);
        let id = match given_id {
            Some((typed, place)) => {
                let id = if is_valid_id(&typed) {
                    typed
                } else {
                    id_suggestion(&typed)
                };
                if !ids.claim(&id) {
                    self.problem(place, ImportProblem::IdTaken { id });
                    return None;
                }
                id
            }
            None => ids.make(&commission, &title),
        };
        Some(Record {
            id,
            row: self.row_number,
            title,
            commission,
            status,
            lead,
            communes,
            objective: text(self, Field::Objective).map(|(t, _)| t),
            description: text(self, Field::Description).map(|(t, _)| t),
            start,
            due,
            completed,
            progress,
            notes,
        })
    }
}

/// `text` on one line: a title wrapped in its cell is one title.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The record of `records` (id, name) that `typed` names: by id or name,
/// as `--commission` and `--lead` match them ([`pick`]); an « Axe 2 -
/// Parentalité » is read as « Parentalité » when the whole does not match.
fn find_record(typed: &str, records: &[(String, String)]) -> Result<String, Mismatch> {
    fn names((id, name): &(String, String)) -> Vec<&str> {
        vec![id.as_str(), name.as_str()]
    }
    if let Some((id, _)) = records.iter().find(|(id, _)| id == typed.trim()) {
        return Ok(id.clone());
    }
    match pick(typed, records, names) {
        Ok((id, _)) => Ok(id.clone()),
        Err(mismatch) => {
            let cleaned = clean(typed);
            let mut words = cleaned.split(' ');
            if words.next() == Some("axe") && words.next().is_some() {
                let rest: Vec<&str> = words.collect();
                if !rest.is_empty()
                    && let Ok((id, _)) = pick(&rest.join(" "), records, names)
                {
                    return Ok(id.clone());
                }
            }
            Err(mismatch)
        }
    }
}

/// A status as spreadsheets word it (« en cours », « Réalisé », « fait »).
fn status_word(text: &str) -> Option<ActionStatus> {
    spoken::action_status(text)
}

/// The communes of a cell: split on `,` `;` `/` and « et »; the whole
/// territory (« tout le territoire », « toutes ») is no commune at all.
pub fn split_communes(text: &str) -> Vec<String> {
    const WHOLE: &[&str] = &[
        "territoire",
        "tout le territoire",
        "ensemble du territoire",
        "toutes",
        "toutes les communes",
        "all",
        "whole territory",
    ];
    if WHOLE.contains(&clean(text).as_str()) {
        return Vec::new();
    }
    text.split([',', ';', '/', '\n'])
        .flat_map(|part| part.split(" et "))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A cell that says no date, or no percentage: the caller names the cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotRead;

/// How a date written loosely was made a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounded {
    /// A month: its last day.
    Month,
    /// A quarter: its last day.
    Quarter,
    /// A half-year: its last day.
    Half,
    /// A year: 31 December.
    Year,
}

/// A date in every form a spreadsheet holds: a real date cell,
/// `2026-12-31`, `31/12/2026` (or `31-12-2026`, `31.12.2026`, `31/12/26`),
/// « 31 décembre 2026 », « 1er mars 2026 »; a month (« déc. 2026 »,
/// `12/2026`), a quarter (« T4 2026 », « 4e trimestre 2026 », `Q4 2026`),
/// a half-year (`S2 2026`) or a year (« 2026 », « fin 2026 ») made its last
/// day, and said so. `Ok(None)` for an empty cell, `Err` for anything else.
pub fn read_date(cell: &Cell) -> Result<Option<(NaiveDate, Option<Rounded>)>, NotRead> {
    let text = match cell {
        Cell::Empty => return Ok(None),
        Cell::Date(day) => return Ok(Some((*day, None))),
        Cell::Number(_) => return Err(NotRead),
        Cell::Text(text) => text.trim(),
    };
    if text.is_empty() {
        return Ok(None);
    }
    // A date and a time (`2026-12-31T00:00:00`, `2026-12-31 00:00`).
    let day_part = text.split(['T', ' ']).next().unwrap_or(text);
    if let Some(day) = crate::i18n::input::date(day_part) {
        return Ok(Some((day, None)));
    }
    if let Some(day) = numeric_date(text) {
        return Ok(Some(day));
    }
    let cleaned = clean(&text.replace("1er", "1"));
    let words: Vec<&str> = cleaned.split(' ').collect();
    let year = |word: &str| -> Option<i32> {
        (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
            .then(|| word.parse().ok())
            .flatten()
    };
    let number = |word: &str| -> Option<u32> {
        let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
        (!digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let found = match words.as_slice() {
        [month, y] if month_number(month).is_some() => {
            month_end(year(y).ok_or(NotRead)?, month_number(month).ok_or(NotRead)?)
                .map(|d| (d, Some(Rounded::Month)))
        }
        [quarter, y] if quarter.len() == 2 && matches!(&quarter[..1], "t" | "q" | "s" | "h") => {
            let n = number(&quarter[1..]).ok_or(NotRead)?;
            let y = year(y).ok_or(NotRead)?;
            match (&quarter[..1], n) {
                ("t" | "q", 1..=4) => month_end(y, n * 3).map(|d| (d, Some(Rounded::Quarter))),
                ("s" | "h", 1..=2) => month_end(y, n * 6).map(|d| (d, Some(Rounded::Half))),
                _ => None,
            }
        }
        [n, "trimestre", y] => (|| {
            let n = number(n).filter(|n| (1..=4).contains(n))?;
            month_end(year(y)?, n * 3).map(|d| (d, Some(Rounded::Quarter)))
        })(),
        [n, "semestre", y] => (|| {
            let n = number(n).filter(|n| (1..=2).contains(n))?;
            month_end(year(y)?, n * 6).map(|d| (d, Some(Rounded::Half)))
        })(),
        [y] | ["fin", y] | ["end", y] => {
            year(y).and_then(|y| month_end(y, 12).map(|d| (d, Some(Rounded::Year))))
        }
        ["fin", month, y] | ["end", month, y] => {
            (|| month_end(year(y)?, month_number(month)?).map(|d| (d, Some(Rounded::Month))))()
        }
        [day, month, y] if month_number(month).is_some() => (|| {
            let day = number(day)?;
            let date = NaiveDate::from_ymd_opt(year(y)?, month_number(month)?, day)?;
            Some((date, None))
        })(),
        _ => None,
    };
    found.map(Some).ok_or(NotRead)
}

/// `31-12-2026`, `31.12.2026`, `31/12/26` (a year of two digits is this
/// century's), and `12/2026` (a month, made its last day).
fn numeric_date(text: &str) -> Option<(NaiveDate, Option<Rounded>)> {
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |p: &str| p.parse::<u32>().ok();
    match parts.as_slice() {
        [day, month, year] if day.len() <= 2 && month.len() <= 2 => {
            let year = match year.len() {
                4 => n(year)? as i32,
                2 => 2000 + n(year)? as i32,
                _ => return None,
            };
            NaiveDate::from_ymd_opt(year, n(month)?, n(day)?).map(|d| (d, None))
        }
        [month, year] if month.len() <= 2 && year.len() == 4 => {
            month_end(n(year)? as i32, n(month)?).map(|d| (d, Some(Rounded::Month)))
        }
        _ => None,
    }
}

/// The last day of `month` of `year`.
fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    next.pred_opt()
}

/// A month's number from its French or English name or abbreviation
/// (already [`clean`]ed: `dec`, `decembre`, `december`).
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &["janvier", "janv", "jan", "january"],
        &["fevrier", "fevr", "fev", "feb", "february"],
        &["mars", "mar", "march"],
        &["avril", "avr", "apr", "april"],
        &["mai", "may"],
        &["juin", "jun", "june"],
        &["juillet", "juil", "jul", "july"],
        &["aout", "aou", "aug", "august"],
        &["septembre", "sept", "sep", "september"],
        &["octobre", "oct", "october"],
        &["novembre", "nov", "november"],
        &["decembre", "dec", "december"],
    ];
    MONTHS
        .iter()
        .position(|names| names.contains(&word))
        .map(|i| i as u32 + 1)
}

/// A percentage: `50`, `50 %`, `50,5 %` (rounded), or a cell formatted as a
/// percentage (0.5). `Ok(None)` for an empty cell.
pub fn read_progress(cell: &Cell) -> Result<Option<u8>, NotRead> {
    let value = match cell {
        Cell::Empty => return Ok(None),
        Cell::Date(_) => return Err(NotRead),
        Cell::Number(n) if *n > 0.0 && *n < 1.0 => n * 100.0,
        Cell::Number(n) => *n,
        Cell::Text(text) => {
            let text = text.trim().trim_end_matches('%').trim();
            if text.is_empty() {
                return Ok(None);
            }
            crate::i18n::input::decimal(text)
                .parse::<f64>()
                .map_err(|_| NotRead)?
        }
    };
    if (0.0..=100.0).contains(&value) {
        Ok(Some(value.round() as u8))
    } else {
        Err(NotRead)
    }
}

/// The ids already used, and the making of new ones.
struct Ids {
    taken: Vec<String>,
}

impl Ids {
    fn new(taken: &[String]) -> Ids {
        Ids {
            taken: taken.iter().map(|id| id.to_lowercase()).collect(),
        }
    }

    /// Takes `id` if it is free.
    fn claim(&mut self, id: &str) -> bool {
        let id = id.to_lowercase();
        if self.taken.contains(&id) {
            return false;
        }
        self.taken.push(id);
        true
    }

    /// A new id for an action of `commission` titled `title`, as data/
    /// names them: the commission's initials, a number, the title's words
    /// (`pe-06-creer-un-guichet-unique`), at most [`ID_LENGTH`] characters;
    /// numbered after the highest number of its initials, never one taken.
    fn make(&mut self, commission: &str, title: &str) -> String {
        let prefix = initials(commission);
        let mut number = self
            .taken
            .iter()
            .filter_map(|id| {
                let rest = id.strip_prefix(&prefix)?.strip_prefix('-')?;
                rest.split('-').next()?.parse::<u32>().ok()
            })
            .max()
            .unwrap_or(0);
        loop {
            number += 1;
            let id = shorten(&format!("{prefix}-{number:02}-{}", id_suggestion(title)));
            if self.claim(&id) {
                return id;
            }
        }
    }
}

/// The longest an id made from a title is.
pub const ID_LENGTH: usize = 40;

/// `id` cut to [`ID_LENGTH`] characters at a hyphen, as a word is not cut.
fn shorten(id: &str) -> String {
    if id.len() <= ID_LENGTH {
        return id.to_owned();
    }
    let cut = id[..=ID_LENGTH]
        .rfind('-')
        .filter(|at| *at > 0)
        .unwrap_or(ID_LENGTH);
    let mut words: Vec<&str> = id[..cut].split('-').filter(|w| !w.is_empty()).collect();
    // An elided article (`d`, `l`) left at the end says nothing.
    while words.len() > 3 && words.last().is_some_and(|w| w.len() == 1) {
        words.pop();
    }
    words.join("-")
}

/// The initials of a commission's id, as data/ uses them: `petite-enfance`
/// is `pe`, `acces-aux-droits` `ad`, `port-saint-louis` `psl`; a single
/// word its first three letters (`parentalite` is `par`).
pub fn initials(commission: &str) -> String {
    const SMALL: &[&str] = &[
        "de", "du", "des", "d", "aux", "au", "a", "la", "le", "les", "l", "et",
    ];
    let words: Vec<&str> = commission
        .split('-')
        .filter(|w| !w.is_empty() && !SMALL.contains(w))
        .collect();
    match words.as_slice() {
        [] => "act".to_owned(),
        [one] => one.chars().take(3).collect(),
        many => many.iter().filter_map(|w| w.chars().next()).collect(),
    }
}

/// `import-no-header`.
pub const NO_HEADER: Code = Code::new(&Definition {
    name: "import-no-header",
    severity: Severity::Error,
    en: Explanation {
        meaning: "No row among the first ten of the sheet has a column ctg reads as the actions' titles (« Intitulé », « Action », « Titre », « Libellé », `title`), so the sheet is not read.",
        fix: "Give the titles' column one of those headers, name the sheet with `--sheet`, or map the column with `--map \"Header=title\"`.",
    },
    fr: Explanation {
        meaning: "Aucune des dix premières lignes de la feuille n'a de colonne que ctg lit comme les intitulés des actions (« Intitulé », « Action », « Titre », « Libellé », `title`) : la feuille n'est pas lue.",
        fix: "Donnez à la colonne des intitulés l'un de ces en-têtes, nommez la feuille avec `--sheet`, ou associez la colonne avec `--map \"En-tête=title\"`.",
    },
    example: Example::Situation {
        en: "A sheet whose titles' column is headed « Nom » (plan-actions.xlsx:Actions).",
        fr: "Une feuille dont la colonne des intitulés a pour en-tête « Nom » (plan-actions.xlsx:Actions).",
    },
});

/// `import-missing-value`.
pub const MISSING_VALUE: Code = Code::new(&Definition {
    name: "import-missing-value",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A row lacks a value every action needs: its title, its commission, or, for a done action, the date it was done. The sheet may also have no commission column at all.",
        fix: "Fill the cell named, or map the column that holds it with `--map \"Header=field\"`.",
    },
    fr: Explanation {
        meaning: "Il manque à une ligne une valeur que toute action doit avoir : son intitulé, sa commission, ou, pour une action réalisée, sa date de réalisation. La feuille peut aussi n'avoir aucune colonne de commission.",
        fix: "Remplissez la cellule indiquée, ou associez la colonne qui la contient avec `--map \"En-tête=champ\"`.",
    },
    example: Example::Situation {
        en: "A row whose status is « Réalisé » and whose « Date de réalisation » is empty.",
        fr: "Une ligne dont l'état est « Réalisé » et dont la « Date de réalisation » est vide.",
    },
});

/// `import-bad-date`.
pub const BAD_DATE: Code = Code::new(&Definition {
    name: "import-bad-date",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A date cell cannot be read as a date (`31/02/2026`, « bientôt »), or the due date comes before the start.",
        fix: "Write a date: a date cell, 2026-12-31, 31/12/2026, « 31 décembre 2026 »; a month (« déc. 2026 ») or a quarter (« T4 2026 ») is read as its last day.",
    },
    fr: Explanation {
        meaning: "Une cellule de date ne se lit pas comme une date (`31/02/2026`, « bientôt »), ou l'échéance précède le début.",
        fix: "Écrivez une date : une cellule date, 2026-12-31, 31/12/2026, « 31 décembre 2026 » ; un mois (« déc. 2026 ») ou un trimestre (« T4 2026 ») est lu comme son dernier jour.",
    },
    example: Example::Situation {
        en: "An « Échéance » cell that says « rentrée ».",
        fr: "Une cellule « Échéance » qui dit « rentrée ».",
    },
});

/// `import-unknown-commission`.
pub const UNKNOWN_COMMISSION: Code = Code::new(&Definition {
    name: "import-unknown-commission",
    severity: Severity::Error,
    en: Explanation {
        meaning: "The commission of a row names no commission of the repository (by id or name, accents and case aside), or several.",
        fix: "Write the commission's id or name as in `commissions/`, or create it first with `ctg new commission ID`.",
    },
    fr: Explanation {
        meaning: "La commission d'une ligne ne désigne aucune commission du dépôt (par identifiant ou par nom, sans tenir compte des accents ni des majuscules), ou en désigne plusieurs.",
        fix: "Écrivez l'identifiant ou le nom de la commission tel que dans `commissions/`, ou créez-la d'abord avec `ctg new commission ID`.",
    },
    example: Example::Situation {
        en: "A « Thématique » cell that says « Logement » when no commission is about housing.",
        fr: "Une cellule « Thématique » qui dit « Logement » alors qu'aucune commission ne traite du logement.",
    },
});

/// `import-unknown-lead`.
pub const UNKNOWN_LEAD: Code = Code::new(&Definition {
    name: "import-unknown-lead",
    severity: Severity::Error,
    en: Explanation {
        meaning: "The lead of a row names no officer of the repository (by id, name or first name), or several.",
        fix: "Write the officer's id or full name as in `officers/`, or create the officer first with `ctg new officer ID`.",
    },
    fr: Explanation {
        meaning: "Le pilote d'une ligne ne désigne aucun chargé de coopération du dépôt (par identifiant, nom ou prénom), ou en désigne plusieurs.",
        fix: "Écrivez l'identifiant ou le nom complet du chargé de coopération tel que dans `officers/`, ou créez-le d'abord avec `ctg new officer ID`.",
    },
    example: Example::Situation {
        en: "A « Pilote » cell that says « M. Durand » when no officer has that name.",
        fr: "Une cellule « Pilote » qui dit « M. Durand » alors qu'aucun chargé de coopération ne porte ce nom.",
    },
});

/// `import-unknown-commune`.
pub const UNKNOWN_COMMUNE: Code = Code::new(&Definition {
    name: "import-unknown-commune",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A commune of a row is not one of the convention's communes (`communes` of `copil.toml`).",
        fix: "Write the commune as the convention names it (accents, case and hyphens aside), or leave the cell empty for the whole territory.",
    },
    fr: Explanation {
        meaning: "Une commune d'une ligne n'est pas une commune de la convention (`communes` de `copil.toml`).",
        fix: "Écrivez la commune comme la convention la nomme (sans tenir compte des accents, majuscules et traits d'union), ou laissez la cellule vide pour tout le territoire.",
    },
    example: Example::Situation {
        en: "A « Commune(s) » cell that says « Marseille » in a convention of Istres and Fos-sur-Mer.",
        fr: "Une cellule « Commune(s) » qui dit « Marseille » dans une convention d'Istres et de Fos-sur-Mer.",
    },
});

/// `import-bad-status`.
pub const BAD_STATUS: Code = Code::new(&Definition {
    name: "import-bad-status",
    severity: Severity::Error,
    en: Explanation {
        meaning: "The status of a row is not a word ctg knows for an action's status, or it says the action is not done when a completion date is given.",
        fix: "Write one of: à venir / prévu, en cours, en attente / suspendu, bloqué, réalisé / terminé / fait, abandonné / annulé (or planned, in-progress, paused, blocked, done, abandoned).",
    },
    fr: Explanation {
        meaning: "L'état d'une ligne n'est pas un mot que ctg connaît pour l'état d'une action, ou il dit l'action non réalisée alors qu'une date de réalisation est donnée.",
        fix: "Écrivez l'un de : à venir / prévu, en cours, en attente / suspendu, bloqué, réalisé / terminé / fait, abandonné / annulé (ou planned, in-progress, paused, blocked, done, abandoned).",
    },
    example: Example::Situation {
        en: "An « État » cell that says « à relancer ».",
        fr: "Une cellule « État » qui dit « à relancer ».",
    },
});

/// `import-bad-value`.
pub const BAD_VALUE: Code = Code::new(&Definition {
    name: "import-bad-value",
    severity: Severity::Error,
    en: Explanation {
        meaning: "The progress of a row is not a percentage from 0 to 100.",
        fix: "Write a number from 0 to 100 (`50`, `50 %`), or leave the cell empty.",
    },
    fr: Explanation {
        meaning: "L'avancement d'une ligne n'est pas un pourcentage de 0 à 100.",
        fix: "Écrivez un nombre de 0 à 100 (`50`, `50 %`), ou laissez la cellule vide.",
    },
    example: Example::Situation {
        en: "An « Avancement » cell that says « moitié ».",
        fr: "Une cellule « Avancement » qui dit « moitié ».",
    },
});

/// `import-id-taken`.
pub const ID_TAKEN: Code = Code::new(&Definition {
    name: "import-id-taken",
    severity: Severity::Error,
    en: Explanation {
        meaning: "The id column gives an id that an action of the repository already has, or that an earlier row gives: an import never overwrites a record.",
        fix: "Empty the cell for an id made from the title, give another id, or remove the row already imported.",
    },
    fr: Explanation {
        meaning: "La colonne des identifiants donne un identifiant qu'une action du dépôt a déjà, ou qu'une ligne précédente donne : un import n'écrase jamais un enregistrement.",
        fix: "Videz la cellule pour un identifiant fait de l'intitulé, donnez-en un autre, ou retirez la ligne déjà importée.",
    },
    example: Example::Situation {
        en: "Importing the same spreadsheet twice.",
        fr: "Importer deux fois le même tableur.",
    },
});

/// `import-unmapped-column`.
pub const UNMAPPED_COLUMN: Code = Code::new(&Definition {
    name: "import-unmapped-column",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A column's header names no field of an action (or repeats one already read): its values are kept in each record's `[notes]` table under the header, so nothing is lost.",
        fix: "Nothing to do if notes suit it; otherwise map it with `--map \"Header=field\"` (or `=ignore`). `--list-columns` shows how each column maps.",
    },
    fr: Explanation {
        meaning: "L'en-tête d'une colonne ne désigne aucun champ d'une action (ou en répète un déjà lu) : ses valeurs sont gardées dans la table `[notes]` de chaque enregistrement, sous l'en-tête, pour que rien ne soit perdu.",
        fix: "Rien à faire si des notes conviennent ; sinon associez-la avec `--map \"En-tête=champ\"` (ou `=ignore`). `--list-columns` montre à quoi chaque colonne correspond.",
    },
    example: Example::Situation {
        en: "A « Budget prévisionnel » column.",
        fr: "Une colonne « Budget prévisionnel ».",
    },
});

/// `import-approximate-date`.
pub const APPROXIMATE_DATE: Code = Code::new(&Definition {
    name: "import-approximate-date",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A date is given as a month, a quarter, a half-year or a year (« déc. 2026 », « T4 2026 »): it is read as the last day of that period.",
        fix: "Nothing to do if the last day suits; otherwise write the day in the sheet, or change it afterwards with `ctg action set ID --due DATE`.",
    },
    fr: Explanation {
        meaning: "Une date est donnée comme un mois, un trimestre, un semestre ou une année (« déc. 2026 », « T4 2026 ») : elle est lue comme le dernier jour de cette période.",
        fix: "Rien à faire si le dernier jour convient ; sinon écrivez le jour dans la feuille, ou changez-le ensuite avec `ctg action set ID --due DATE`.",
    },
    example: Example::Situation {
        en: "An « Échéance » cell that says « T4 2026 »: read as 2026-12-31.",
        fr: "Une cellule « Échéance » qui dit « T4 2026 » : lue comme le 31/12/2026.",
    },
});

/// Every code of an import, errors first: what `ctg explain` adds to the
/// codes of `ctg check` (these are found in a spreadsheet, not in the
/// repository, so `ctg check` never reports them).
pub const CODES: &[Code] = &[
    NO_HEADER,
    MISSING_VALUE,
    BAD_DATE,
    UNKNOWN_COMMISSION,
    UNKNOWN_LEAD,
    UNKNOWN_COMMUNE,
    BAD_STATUS,
    BAD_VALUE,
    ID_TAKEN,
    UNMAPPED_COLUMN,
    APPROXIMATE_DATE,
];

/// The import code named `name`, if there is one.
pub fn code_named(name: &str) -> Option<Code> {
    CODES.iter().copied().find(|code| code.as_str() == name)
}

/// What is wrong with a cell, a column or the sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportProblem {
    /// No header row names a title column.
    NoHeader {
        /// The sheet, if the file has sheets.
        sheet: Option<String>,
    },
    /// No column fills a field every action needs.
    MissingColumn {
        /// The field.
        field: Field,
    },
    /// A column maps to no field, or repeats one.
    UnmappedColumn {
        /// Its header.
        header: String,
        /// The field it repeats, if it does.
        repeats: Option<Field>,
    },
    /// An empty cell that must be filled.
    MissingValue {
        /// The field.
        field: Field,
    },
    /// A date that is not one.
    BadDate {
        /// The cell, as text.
        text: String,
        /// The field.
        field: Field,
    },
    /// A due date before the start.
    DueBeforeStart {
        /// The due date.
        due: NaiveDate,
        /// The start.
        start: NaiveDate,
    },
    /// A month, quarter… read as its last day.
    ApproximateDate {
        /// The cell, as text.
        text: String,
        /// The day read.
        date: NaiveDate,
        /// What period it ends.
        rounded: Rounded,
    },
    /// A commission that names none, or several.
    UnknownCommission {
        /// As written.
        typed: String,
        /// Why.
        mismatch: Mismatch,
    },
    /// A lead that names no officer, or several.
    UnknownLead {
        /// As written.
        typed: String,
        /// Why.
        mismatch: Mismatch,
    },
    /// A commune that is not the convention's.
    UnknownCommune {
        /// As written.
        typed: String,
        /// Why.
        mismatch: Mismatch,
    },
    /// A status word not known.
    BadStatus {
        /// As written.
        typed: String,
    },
    /// A completion date on an action not done.
    CompletedNotDone {
        /// The status the row gives.
        status: ActionStatus,
    },
    /// A progress that is not a percentage.
    BadProgress {
        /// As written.
        text: String,
    },
    /// An id taken.
    IdTaken {
        /// The id.
        id: String,
    },
}

/// A field as a sentence names it, in `lang`.
pub fn field_word(field: Field, lang: Lang) -> &'static str {
    match (field, lang) {
        (Field::Id, _) => "id",
        (Field::Title, Lang::En) => "title",
        (Field::Title, Lang::Fr) => "intitulé",
        (Field::Commission, _) => "commission",
        (Field::Lead, Lang::En) => "lead",
        (Field::Lead, Lang::Fr) => "pilote",
        (Field::Status, Lang::En) => "status",
        (Field::Status, Lang::Fr) => "état",
        (Field::Start, Lang::En) => "start",
        (Field::Start, Lang::Fr) => "début",
        (Field::Due, Lang::En) => "due date",
        (Field::Due, Lang::Fr) => "échéance",
        (Field::Completed, Lang::En) => "completion date",
        (Field::Completed, Lang::Fr) => "date de réalisation",
        (Field::Communes, _) => "communes",
        (Field::Objective, Lang::En) => "objective",
        (Field::Objective, Lang::Fr) => "objectif",
        (Field::Progress, Lang::En) => "progress",
        (Field::Progress, Lang::Fr) => "avancement",
        (Field::Description, _) => "description",
        (Field::Notes, _) => "notes",
        (Field::Ignore, Lang::En) => "ignored",
        (Field::Ignore, Lang::Fr) => "ignorée",
    }
}

/// The names a mismatch offers: « did you mean … » or « which of … ».
fn mismatch_hint(mismatch: &Mismatch, folder: &str, lang: Lang) -> String {
    let list = |names: &[String]| backticked(names.iter().map(String::as_str));
    match (mismatch, lang) {
        (Mismatch::Ambiguous(names), Lang::En) => {
            format!("it names several: {}; write one in full", list(names))
        }
        (Mismatch::Ambiguous(names), Lang::Fr) => format!(
            "il en désigne plusieurs : {} ; écrivez-en un en entier",
            list(names)
        ),
        (Mismatch::NotFound(near), Lang::En) if !near.is_empty() => {
            format!("did you mean {}?", list(near))
        }
        (Mismatch::NotFound(near), Lang::Fr) if !near.is_empty() => {
            format!("vouliez-vous dire {} ?", list(near))
        }
        (_, Lang::En) => format!("write an id or a name of `{folder}/`"),
        (_, Lang::Fr) => format!("écrivez un identifiant ou un nom de `{folder}/`"),
    }
}

fn rounded_word(rounded: Rounded, lang: Lang) -> &'static str {
    match (rounded, lang) {
        (Rounded::Month, Lang::En) => "the last day of the month",
        (Rounded::Month, Lang::Fr) => "le dernier jour du mois",
        (Rounded::Quarter, Lang::En) => "the last day of the quarter",
        (Rounded::Quarter, Lang::Fr) => "le dernier jour du trimestre",
        (Rounded::Half, Lang::En) => "the last day of the half-year",
        (Rounded::Half, Lang::Fr) => "le dernier jour du semestre",
        (Rounded::Year, Lang::En) => "the last day of the year",
        (Rounded::Year, Lang::Fr) => "le dernier jour de l'année",
    }
}

#[rustfmt::skip]
impl Message for ImportProblem {
    fn code(&self) -> Code {
        match self {
            ImportProblem::NoHeader { .. } => NO_HEADER,
            ImportProblem::MissingColumn { .. } | ImportProblem::MissingValue { .. } => MISSING_VALUE,
            ImportProblem::UnmappedColumn { .. } => UNMAPPED_COLUMN,
            ImportProblem::BadDate { .. } | ImportProblem::DueBeforeStart { .. } => BAD_DATE,
            ImportProblem::ApproximateDate { .. } => APPROXIMATE_DATE,
            ImportProblem::UnknownCommission { .. } => UNKNOWN_COMMISSION,
            ImportProblem::UnknownLead { .. } => UNKNOWN_LEAD,
            ImportProblem::UnknownCommune { .. } => UNKNOWN_COMMUNE,
            ImportProblem::BadStatus { .. } | ImportProblem::CompletedNotDone { .. } => BAD_STATUS,
            ImportProblem::BadProgress { .. } => BAD_VALUE,
            ImportProblem::IdTaken { .. } => ID_TAKEN,
        }
    }

    fn text(&self, lang: Lang) -> String {
        use ImportProblem as P;
        match (self, lang) {
            (P::NoHeader { sheet: Some(sheet) }, Lang::En) => format!("no header row of sheet `{sheet}` names the actions' titles"),
            (P::NoHeader { sheet: Some(sheet) }, Lang::Fr) => format!("aucune ligne d'en-tête de la feuille `{sheet}` ne nomme les intitulés des actions"),
            (P::NoHeader { sheet: None }, Lang::En) => "no header row names the actions' titles".into(),
            (P::NoHeader { sheet: None }, Lang::Fr) => "aucune ligne d'en-tête ne nomme les intitulés des actions".into(),
            (P::MissingColumn { field }, Lang::En) => format!("no column gives the {}", field_word(*field, lang)),
            (P::MissingColumn { field }, Lang::Fr) => format!("aucune colonne ne donne la {}", field_word(*field, lang)),
            (P::UnmappedColumn { header, repeats: None }, Lang::En) => format!("column `{}` is no field of an action: kept in `[notes]`", one_line(header)),
            (P::UnmappedColumn { header, repeats: None }, Lang::Fr) => format!("la colonne `{}` n'est aucun champ d'une action : gardée dans `[notes]`", one_line(header)),
            (P::UnmappedColumn { header, repeats: Some(field) }, Lang::En) => format!("column `{}` repeats `{}`, read from an earlier column: kept in `[notes]`", one_line(header), field.as_str()),
            (P::UnmappedColumn { header, repeats: Some(field) }, Lang::Fr) => format!("la colonne `{}` répète `{}`, lu dans une colonne précédente : gardée dans `[notes]`", one_line(header), field.as_str()),
            (P::MissingValue { field }, Lang::En) => format!("no {}", field_word(*field, lang)),
            (P::MissingValue { field: Field::Completed }, Lang::Fr) => "action réalisée sans date de réalisation".into(),
            (P::MissingValue { field: Field::Commission }, Lang::Fr) => "commission manquante".into(),
            (P::MissingValue { field }, Lang::Fr) => format!("{} manquant", field_word(*field, lang)),
            (P::BadDate { text, field }, Lang::En) => format!("`{text}` is not a date ({})", field_word(*field, lang)),
            (P::BadDate { text, field }, Lang::Fr) => format!("`{text}` n'est pas une date ({})", field_word(*field, lang)),
            (P::DueBeforeStart { due, start }, Lang::En) => format!("due {} before the start, {}", said_date(*due, lang), said_date(*start, lang)),
            (P::DueBeforeStart { due, start }, Lang::Fr) => format!("échéance le {}, avant le début, le {}", said_date(*due, lang), said_date(*start, lang)),
            (P::ApproximateDate { text, date, rounded }, Lang::En) => format!("`{text}` read as {}, {}", said_date(*date, lang), rounded_word(*rounded, lang)),
            (P::ApproximateDate { text, date, rounded }, Lang::Fr) => format!("`{text}` lu comme le {}, {}", said_date(*date, lang), rounded_word(*rounded, lang)),
            (P::UnknownCommission { typed, .. }, Lang::En) => format!("`{typed}` is no commission of the repository"),
            (P::UnknownCommission { typed, .. }, Lang::Fr) => format!("`{typed}` n'est pas une commission du dépôt"),
            (P::UnknownLead { typed, .. }, Lang::En) => format!("`{typed}` is no officer of the repository"),
            (P::UnknownLead { typed, .. }, Lang::Fr) => format!("`{typed}` n'est pas un chargé de coopération du dépôt"),
            (P::UnknownCommune { typed, .. }, Lang::En) => format!("`{typed}` is not a commune of the convention"),
            (P::UnknownCommune { typed, .. }, Lang::Fr) => format!("`{typed}` n'est pas une commune de la convention"),
            (P::BadStatus { typed }, Lang::En) => format!("`{typed}` is not a status"),
            (P::BadStatus { typed }, Lang::Fr) => format!("`{typed}` n'est pas un état"),
            (P::CompletedNotDone { status }, Lang::En) => format!("a completion date, but the status is `{}`", status.as_str()),
            (P::CompletedNotDone { status }, Lang::Fr) => format!("une date de réalisation, mais l'état est `{}`", status.as_str()),
            (P::BadProgress { text }, Lang::En) => format!("`{text}` is not a percentage from 0 to 100"),
            (P::BadProgress { text }, Lang::Fr) => format!("`{text}` n'est pas un pourcentage de 0 à 100"),
            (P::IdTaken { id }, Lang::En) => format!("id `{id}` is already taken"),
            (P::IdTaken { id }, Lang::Fr) => format!("l'identifiant `{id}` est déjà pris"),
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use ImportProblem as P;
        Some(match (self, lang) {
            (P::NoHeader { .. }, Lang::En) => "head the titles' column « Intitulé » or `title`, or use `--map \"Header=title\"`".into(),
            (P::NoHeader { .. }, Lang::Fr) => "intitulez la colonne des intitulés « Intitulé » ou `title`, ou utilisez `--map \"En-tête=title\"`".into(),
            (P::MissingColumn { .. }, Lang::En) => "add a « Commission » column, or map one with `--map \"Header=commission\"`".into(),
            (P::MissingColumn { .. }, Lang::Fr) => "ajoutez une colonne « Commission », ou associez-en une avec `--map \"En-tête=commission\"`".into(),
            (P::UnmappedColumn { .. }, Lang::En) => "map it with `--map \"Header=field\"`, or `=ignore`".into(),
            (P::UnmappedColumn { .. }, Lang::Fr) => "associez-la avec `--map \"En-tête=champ\"`, ou `=ignore`".into(),
            (P::MissingValue { field: Field::Completed }, Lang::En) => "give the date it was done, or another status".into(),
            (P::MissingValue { field: Field::Completed }, Lang::Fr) => "donnez la date de réalisation, ou un autre état".into(),
            (P::MissingValue { .. }, Lang::En) => "fill the cell".into(),
            (P::MissingValue { .. }, Lang::Fr) => "remplissez la cellule".into(),
            (P::BadDate { .. }, Lang::En) => "write 2026-12-31, 31/12/2026 or « 31 décembre 2026 »".into(),
            (P::BadDate { .. }, Lang::Fr) => "écrivez 2026-12-31, 31/12/2026 ou « 31 décembre 2026 »".into(),
            (P::DueBeforeStart { .. }, Lang::En) => "correct one of the two dates".into(),
            (P::DueBeforeStart { .. }, Lang::Fr) => "corrigez l'une des deux dates".into(),
            (P::ApproximateDate { .. }, Lang::En) => "write the day if another one is meant".into(),
            (P::ApproximateDate { .. }, Lang::Fr) => "écrivez le jour s'il en faut un autre".into(),
            (P::UnknownCommission { mismatch, .. }, _) => mismatch_hint(mismatch, "commissions", lang),
            (P::UnknownLead { mismatch, .. }, _) => mismatch_hint(mismatch, "officers", lang),
            (P::UnknownCommune { mismatch: Mismatch::NotFound(near), .. }, Lang::En) if !near.is_empty() => format!("did you mean `{}`?", near.join("`, `")),
            (P::UnknownCommune { mismatch: Mismatch::NotFound(near), .. }, Lang::Fr) if !near.is_empty() => format!("vouliez-vous dire `{}` ?", near.join("`, `")),
            (P::UnknownCommune { .. }, Lang::En) => "write a commune of `communes` in copil.toml".into(),
            (P::UnknownCommune { .. }, Lang::Fr) => "écrivez une commune de `communes` dans copil.toml".into(),
            (P::BadStatus { .. }, Lang::En) => "write à venir, en cours, en attente, bloqué, réalisé or abandonné (or planned, in-progress, paused, blocked, done, abandoned)".into(),
            (P::BadStatus { .. }, Lang::Fr) => "écrivez à venir, en cours, en attente, bloqué, réalisé ou abandonné (ou planned, in-progress, paused, blocked, done, abandoned)".into(),
            (P::CompletedNotDone { .. }, Lang::En) => "say it is done (« réalisé »), or empty the completion date".into(),
            (P::CompletedNotDone { .. }, Lang::Fr) => "dites-la réalisée (« réalisé »), ou videz la date de réalisation".into(),
            (P::BadProgress { .. }, Lang::En) => "write a number from 0 to 100, such as `50 %`".into(),
            (P::BadProgress { .. }, Lang::Fr) => "écrivez un nombre de 0 à 100, comme `50 %`".into(),
            (P::IdTaken { .. }, Lang::En) => "empty the cell for an id made from the title, or give another one".into(),
            (P::IdTaken { .. }, Lang::Fr) => "videz la cellule pour un identifiant fait de l'intitulé, ou donnez-en un autre".into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::worded;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn text(t: &str) -> Cell {
        Cell::Text(t.into())
    }

    #[test]
    fn headers_in_both_languages_with_their_synonyms() {
        let cases = [
            ("Intitulé de l'action", Field::Title),
            ("ACTION", Field::Title),
            ("Libellé", Field::Title),
            ("Axe", Field::Commission),
            ("Thématique", Field::Commission),
            ("Pilote (nom)", Field::Lead),
            ("Référent", Field::Lead),
            ("Responsable", Field::Lead),
            ("État", Field::Status),
            ("statut", Field::Status),
            ("Début", Field::Start),
            ("Échéance", Field::Due),
            ("Date de fin prévue", Field::Due),
            ("Fin prévue", Field::Due),
            ("Date de réalisation", Field::Completed),
            ("Terminée le", Field::Completed),
            ("Commune(s)", Field::Communes),
            ("Territoire concerné", Field::Communes),
            ("Avancement (%)", Field::Progress),
            ("Objectif opérationnel", Field::Objective),
            ("Descriptif", Field::Description),
            ("overdue", Field::Ignore),
            ("due", Field::Due),
        ];
        for (header, field) in cases {
            assert_eq!(field_of_header(header), Some(field), "{header}");
        }
        assert_eq!(field_of_header("Budget prévisionnel"), None);
        assert_eq!(field_of_header("Actionnaire"), None);
        assert_eq!(Field::from_name("échéance"), Some(Field::Due));
        assert_eq!(Field::from_name("notes"), Some(Field::Notes));
        assert_eq!(Field::from_name("budget"), None);
    }

    #[test]
    fn dates_in_every_form_a_spreadsheet_holds() {
        let exact = |cell: Cell, d| assert_eq!(read_date(&cell), Ok(Some((d, None))), "{cell:?}");
        exact(Cell::Date(day(2026, 3, 1)), day(2026, 3, 1));
        exact(text("31/12/2026"), day(2026, 12, 31));
        exact(text("2026-12-31"), day(2026, 12, 31));
        exact(text("2026-12-31T00:00:00"), day(2026, 12, 31));
        exact(text("31-12-2026"), day(2026, 12, 31));
        exact(text("31.12.26"), day(2026, 12, 31));
        exact(text("31 décembre 2026"), day(2026, 12, 31));
        exact(text("1er mars 2026"), day(2026, 3, 1));
        exact(text("15 Sept. 2026"), day(2026, 9, 15));
        let rounded =
            |t: &str, d, r| assert_eq!(read_date(&text(t)), Ok(Some((d, Some(r)))), "{t}");
        rounded("déc. 2026", day(2026, 12, 31), Rounded::Month);
        rounded("Février 2028", day(2028, 2, 29), Rounded::Month);
        rounded("06/2026", day(2026, 6, 30), Rounded::Month);
        rounded("T4 2026", day(2026, 12, 31), Rounded::Quarter);
        rounded("t1 2027", day(2027, 3, 31), Rounded::Quarter);
        rounded("2e trimestre 2026", day(2026, 6, 30), Rounded::Quarter);
        rounded("S1 2027", day(2027, 6, 30), Rounded::Half);
        rounded("fin 2027", day(2027, 12, 31), Rounded::Year);
        rounded("2027", day(2027, 12, 31), Rounded::Year);
        assert_eq!(read_date(&Cell::Empty), Ok(None));
        assert_eq!(read_date(&text("  ")), Ok(None));
        for bad in [
            "31/02/2026",
            "rentrée",
            "T5 2026",
            "13/2026",
            "32 mars 2026",
        ] {
            assert_eq!(read_date(&text(bad)), Err(NotRead), "{bad}");
        }
        assert_eq!(read_date(&Cell::Number(46000.0)), Err(NotRead));
    }

    #[test]
    fn statuses_as_plans_word_them() {
        let cases = [
            ("À venir", ActionStatus::Planned),
            ("prévu", ActionStatus::Planned),
            ("En cours", ActionStatus::InProgress),
            ("Réalisé", ActionStatus::Done),
            ("terminé", ActionStatus::Done),
            ("Fait", ActionStatus::Done),
            ("en attente", ActionStatus::Paused),
            ("Suspendu", ActionStatus::Paused),
            ("bloqué", ActionStatus::Blocked),
            ("Abandonné", ActionStatus::Abandoned),
            ("annulé", ActionStatus::Abandoned),
        ];
        for (word, status) in cases {
            assert_eq!(status_word(word), Some(status), "{word}");
        }
    }

    #[test]
    fn communes_split_on_every_separator() {
        assert_eq!(
            split_communes("Istres, Fos-sur-Mer et Port-Saint-Louis / Miramas; Arles"),
            [
                "Istres",
                "Fos-sur-Mer",
                "Port-Saint-Louis",
                "Miramas",
                "Arles"
            ]
        );
        assert!(split_communes("Tout le territoire").is_empty());
    }

    #[test]
    fn progress_as_a_percentage() {
        assert_eq!(read_progress(&text("50 %")), Ok(Some(50)));
        assert_eq!(read_progress(&text("12,6")), Ok(Some(13)));
        assert_eq!(read_progress(&Cell::Number(0.25)), Ok(Some(25)));
        assert_eq!(read_progress(&Cell::Number(100.0)), Ok(Some(100)));
        assert_eq!(read_progress(&text("moitié")), Err(NotRead));
        assert_eq!(read_progress(&text("150")), Err(NotRead));
    }

    #[test]
    fn ids_from_titles_unique_and_never_taken() {
        assert_eq!(initials("petite-enfance"), "pe");
        assert_eq!(initials("acces-aux-droits"), "ad");
        assert_eq!(initials("parentalite"), "par");
        assert_eq!(initials("port-saint-louis"), "psl");
        let mut ids = Ids::new(&[
            "pe-01-guichet".into(),
            "PE-07-x".into(),
            "pe-08-creer-un-relais".into(),
        ]);
        let a = ids.make(
            "petite-enfance",
            "Créer un relais « petite enfance » à Fos-sur-Mer, pour les familles",
        );
        assert_eq!(a, "pe-09-creer-un-relais-petite-enfance");
        assert!(a.len() <= ID_LENGTH && is_valid_id(&a));
        let b = ids.make(
            "petite-enfance",
            "Créer un relais « petite enfance » à Fos-sur-Mer, pour les familles",
        );
        assert_eq!(b, "pe-10-creer-un-relais-petite-enfance");
        assert!(!ids.claim("pe-01-GUICHET"));
        assert_eq!(ids.make("parentalite", "Été"), "par-01-ete");
    }

    #[test]
    fn places_as_spreadsheets_name_them() {
        assert_eq!(Place { row: 11, col: 3 }.to_string(), "D12");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    fn known() -> Known {
        Known {
            commissions: vec![
                ("petite-enfance".into(), "Petite enfance".into()),
                ("parentalite".into(), "Parentalité".into()),
            ],
            officers: vec![("sophie-garcia".into(), "Sophie Garcia".into())],
            communes: vec!["Istres".into(), "Fos-sur-Mer".into()],
            taken: vec!["pe-01-guichet".into()],
        }
    }

    #[test]
    fn a_sheet_under_a_title_row_reads_every_row_and_every_problem() {
        let sheet = Sheet {
            name: Some("Actions".into()),
            first_row: 0,
            first_col: 0,
            rows: vec![
                vec![text("PLAN D'ACTIONS CTG 2025-2029")],
                vec![],
                vec![
                    text("Intitulé"),
                    text("Axe"),
                    text("Pilote"),
                    text("État"),
                    text("Échéance"),
                    text("Commune(s)"),
                    text("Budget"),
                ],
                vec![
                    text("Créer un guichet"),
                    text("Axe 1 - Petite enfance"),
                    text("Sophie"),
                    text("en cours"),
                    text("T4 2026"),
                    text("Istres et fos"),
                    text("12 000 €"),
                ],
                vec![
                    text("Soutenir les parents"),
                    text("Logement"),
                    text("M. Durand"),
                    text("à relancer"),
                    text("rentrée"),
                    text("Marseille"),
                ],
            ],
        };
        let import = read(&sheet, &[], &known());
        assert_eq!(import.header, Some(2));
        assert_eq!(import.records.len(), 1);
        let record = &import.records[0];
        assert_eq!(record.id, "pe-02-creer-un-guichet");
        assert_eq!(record.commission, "petite-enfance");
        assert_eq!(record.lead.as_deref(), Some("sophie-garcia"));
        assert_eq!(record.status, ActionStatus::InProgress);
        assert_eq!(record.due, Some(day(2026, 12, 31)));
        assert_eq!(record.communes, ["Istres", "Fos-sur-Mer"]);
        assert_eq!(record.notes, [("Budget".to_owned(), "12 000 €".to_owned())]);
        let said: Vec<(String, &str)> = import
            .problems
            .iter()
            .map(|(place, p)| {
                (
                    place.map(|p| p.to_string()).unwrap_or_default(),
                    p.code().as_str(),
                )
            })
            .collect();
        let said: Vec<(&str, &str)> = said.iter().map(|(p, c)| (p.as_str(), *c)).collect();
        assert_eq!(
            said,
            [
                ("G3", "import-unmapped-column"),
                ("E4", "import-approximate-date"),
                ("B5", "import-unknown-commission"),
                ("C5", "import-unknown-lead"),
                ("D5", "import-bad-status"),
                ("E5", "import-bad-date"),
                ("F5", "import-unknown-commune"),
            ]
        );
        assert!(import.has_errors());
        assert_eq!(
            record.toml(),
            "title = \"Créer un guichet\"\ncommission = \"petite-enfance\"\nstatus = \"in-progress\"\nlead = \"sophie-garcia\"\ncommunes = [\"Istres\", \"Fos-sur-Mer\"]\ndue = 2026-12-31\n\n[notes]\n\"Budget\" = \"12 000 €\"\n"
        );
    }

    #[test]
    fn map_overrides_the_headers() {
        let sheet = Sheet {
            rows: vec![
                vec![text("Nom"), text("Commission"), text("Budget")],
                vec![text("Créer un guichet"), text("petite-enfance"), text("3")],
            ],
            ..Sheet::default()
        };
        let import = read(&sheet, &[], &known());
        assert_eq!(
            import.problems[0].1,
            ImportProblem::NoHeader { sheet: None }
        );
        let map = [
            ("nom".to_owned(), Field::Title),
            ("C".to_owned(), Field::Ignore),
        ];
        let import = read(&sheet, &map, &known());
        assert!(import.problems.is_empty(), "{:?}", import.problems);
        assert_eq!(import.records[0].title, "Créer un guichet");
        assert!(import.records[0].notes.is_empty());
    }

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = [
            ImportProblem::NoHeader {
                sheet: Some("Actions".into()),
            },
            ImportProblem::MissingColumn {
                field: Field::Commission,
            },
            ImportProblem::UnmappedColumn {
                header: "Budget".into(),
                repeats: None,
            },
            ImportProblem::MissingValue {
                field: Field::Completed,
            },
            ImportProblem::BadDate {
                text: "rentrée".into(),
                field: Field::Due,
            },
            ImportProblem::DueBeforeStart {
                due: day(2026, 1, 1),
                start: day(2026, 2, 1),
            },
            ImportProblem::ApproximateDate {
                text: "T4 2026".into(),
                date: day(2026, 12, 31),
                rounded: Rounded::Quarter,
            },
            ImportProblem::UnknownCommission {
                typed: "Logement".into(),
                mismatch: Mismatch::NotFound(vec![]),
            },
            ImportProblem::UnknownLead {
                typed: "M. Durand".into(),
                mismatch: Mismatch::Ambiguous(vec!["a".into(), "b".into()]),
            },
            ImportProblem::UnknownCommune {
                typed: "Marseille".into(),
                mismatch: Mismatch::NotFound(vec!["Istres".into()]),
            },
            ImportProblem::BadStatus {
                typed: "à relancer".into(),
            },
            ImportProblem::CompletedNotDone {
                status: ActionStatus::InProgress,
            },
            ImportProblem::BadProgress {
                text: "moitié".into(),
            },
            ImportProblem::IdTaken { id: "pe-01".into() },
        ];
        worded::every_variant(&samples, 14, |m| match m {
            ImportProblem::NoHeader { .. } => 0,
            ImportProblem::MissingColumn { .. } => 1,
            ImportProblem::UnmappedColumn { .. } => 2,
            ImportProblem::MissingValue { .. } => 3,
            ImportProblem::BadDate { .. } => 4,
            ImportProblem::DueBeforeStart { .. } => 5,
            ImportProblem::ApproximateDate { .. } => 6,
            ImportProblem::UnknownCommission { .. } => 7,
            ImportProblem::UnknownLead { .. } => 8,
            ImportProblem::UnknownCommune { .. } => 9,
            ImportProblem::BadStatus { .. } => 10,
            ImportProblem::CompletedNotDone { .. } => 11,
            ImportProblem::BadProgress { .. } => 12,
            ImportProblem::IdTaken { .. } => 13,
        });
        worded::messages(&samples);
        worded::codes(CODES);
        assert!(CODES.is_sorted_by_key(|c| c.severity()), "errors first");
    }

    #[test]
    fn docs_list_every_import_code() {
        let doc = include_str!("../../../../docs/codes.md");
        for code in CODES {
            assert!(
                doc.contains(&format!("#### `{code}`")),
                "docs/codes.md has no section for {code}"
            );
            assert!(
                doc.contains(&format!("| `{code}` |")),
                "docs/codes.md has no row for {code}"
            );
        }
    }
}
