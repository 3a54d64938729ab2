//! `ctg import actions FILE`: the action plan of a spreadsheet (xlsx, xls,
//! xlsb, ods, csv) as one record per action in `actions/`.
//!
//! Reading the file is here; what its columns and cells mean is the
//! library's (`ctg_core::read::import`). All or nothing: every problem is
//! said at its cell, and when one is an error nothing is written (exit 1),
//! so that a half-imported plan never has to be untangled.

use std::path::Path;

use annotate_snippets::{Level, Origin, Renderer};
use calamine::{Data, Reader};

use crate::app::{Context, Exit, print_stderr, print_stdout};
use crate::cli::{ImportActionsArgs, ImportCommand};
use crate::wording::import::{self as wording, Refusal, Written};
use crate::wording::labels;
use ctg_core::analysis::analyse;
use ctg_core::diagnostics::message::words;
use ctg_core::diagnostics::{Message, Severity};
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::{escape_controls, escape_controls_keep_lines};
use ctg_core::read::import::{self as mapping, Cell, Field, ImportProblem, Known, Place, Sheet};
use ctg_core::read::repository::Repository;

/// Runs `ctg import …`.
pub fn run(context: &Context, command: &ImportCommand) -> anyhow::Result<Exit> {
    match command {
        ImportCommand::Actions(args) => actions(context, args),
    }
}

fn actions(context: &Context, args: &ImportActionsArgs) -> anyhow::Result<Exit> {
    let analysis = analyse(&context.root, context.today);
    let repo = &analysis.repo;
    let lang = context.lang_for(repo.convention.as_ref().and_then(|c| c.language));
    let refuse = |refusal: Refusal| {
        print_stderr(&refusal.say(lang));
        Ok(Exit::Usage)
    };
    let map = match parse_map(&args.map) {
        Ok(map) => map,
        Err(refusal) => return refuse(refusal),
    };
    let sheets = match read_file(&args.file) {
        Ok(sheets) => sheets,
        Err(refusal) => return refuse(refusal),
    };
    let sheet = match &args.sheet {
        Some(wanted) => match sheets.iter().find(|s| {
            s.name
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case(wanted.trim()))
        }) {
            Some(sheet) => sheet,
            None => {
                return refuse(Refusal::NoSuchSheet {
                    sheet: wanted.clone(),
                    sheets: sheets.iter().filter_map(|s| s.name.clone()).collect(),
                });
            }
        },
        // The first sheet whose header row maps: a workbook often opens on
        // a cover or a legend.
        None => match sheets
            .iter()
            .find(|s| mapping::header(s, &map).is_some())
            .or(sheets.first())
        {
            Some(sheet) => sheet,
            None => {
                return refuse(Refusal::Unreadable {
                    path: args.file.display().to_string(),
                    error: lang.pick("no sheet", "aucune feuille").into(),
                });
            }
        },
    };
    if let Some((_, columns)) = mapping::header(sheet, &map) {
        let unmatched = map.iter().find(|(column, _)| {
            !columns.iter().any(|c| {
                c.mapped
                    && (normalized(&c.header) == normalized(column)
                        || mapping::column_letters(c.place.col).eq_ignore_ascii_case(column))
            })
        });
        if let Some((column, _)) = unmatched {
            return refuse(Refusal::NoSuchColumn {
                column: column.clone(),
                headers: columns.iter().map(|c| c.header.clone()).collect(),
            });
        }
    }
    let file = args.file.display().to_string();
    let at = |place: Option<Place>| where_(&file, sheet.name.as_deref(), place);
    let import = mapping::read(sheet, &map, &known(repo));
    if args.list_columns {
        return list_columns(&import, &at, lang);
    }
    let color = context.color_stderr();
    let mut said = String::new();
    for (place, problem) in &import.problems {
        said.push_str(&diagnostic(&at(*place), problem, lang, color));
        said.push('\n');
    }
    let errors = import
        .problems
        .iter()
        .filter(|(_, p)| p.code().severity() == Severity::Error)
        .count();
    let warnings = import.problems.len() - errors;
    let count = import.records.len();
    if import.has_errors() {
        said.push_str(&wording::summary(
            count,
            errors,
            warnings,
            Written::Nothing,
            lang,
        ));
        said.push('\n');
        print_stderr(&said);
        return Ok(Exit::Problems);
    }
    let files: Vec<(String, String)> = import
        .records
        .iter()
        .map(|record| (format!("actions/{}.toml", record.id), record.toml()))
        .collect();
    if args.dry_run {
        let mut out = String::new();
        for (path, text) in &files {
            out.push_str(&format!("{}\n{text}\n", wording::would_write(path, lang)));
        }
        print_stdout(&escape_controls_keep_lines(&out))?;
        said.push_str(&wording::summary(
            count,
            errors,
            warnings,
            Written::DryRun,
            lang,
        ));
        said.push('\n');
        print_stderr(&said);
        return Ok(Exit::Ok);
    }
    print_stderr(&said);
    match super::write_new_files(&context.root, &files, false) {
        Ok(_) => {
            let mut out: String = files
                .iter()
                .map(|(path, _)| format!("{}\n", wording::wrote(path, lang)))
                .collect();
            out.push_str(&wording::summary(
                count,
                errors,
                warnings,
                Written::Files,
                lang,
            ));
            out.push('\n');
            print_stdout(&escape_controls_keep_lines(&out))?;
            Ok(Exit::Ok)
        }
        Err(notice) => crate::app::refuse(&notice, lang),
    }
}

/// `--list-columns`: each column of the header row and the field it fills.
fn list_columns(
    import: &mapping::Import,
    at: &dyn Fn(Option<Place>) -> String,
    lang: Lang,
) -> anyhow::Result<Exit> {
    let Some(row) = import.header else {
        let (place, problem) = &import.problems[0];
        print_stderr(&diagnostic(&at(*place), problem, lang, false));
        return Ok(Exit::Problems);
    };
    let mut out = format!("{}\n", wording::columns_heading(&at(None), row + 1, lang));
    let width = import
        .columns
        .iter()
        .map(|c| {
            c.header
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .count()
        })
        .max()
        .unwrap_or(0);
    for column in &import.columns {
        let header: String = column
            .header
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let repeats = column.repeats.map(|p| mapping::column_letters(p.col));
        let field = wording::column_mapping(
            column.field,
            column.mapped,
            column.unknown,
            repeats.as_deref(),
            lang,
        );
        let pad = width - header.chars().count();
        out.push_str(&format!(
            "  {:<3} {header}{}  → {field}\n",
            mapping::column_letters(column.place.col),
            " ".repeat(pad)
        ));
    }
    print_stdout(&escape_controls_keep_lines(&out))?;
    Ok(Exit::Ok)
}

/// `--map "Colonne=field"`, each in order.
fn parse_map(maps: &[String]) -> Result<Vec<(String, Field)>, Refusal> {
    maps.iter()
        .map(|map| {
            let (column, field) = map
                .rsplit_once('=')
                .ok_or_else(|| Refusal::MapWithoutEquals { map: map.clone() })?;
            let field = Field::from_name(field).ok_or_else(|| Refusal::UnknownField {
                field: field.trim().to_owned(),
            })?;
            Ok((column.trim().to_owned(), field))
        })
        .collect()
}

fn normalized(text: &str) -> String {
    ctg_core::domain::commune::normalize(&text.replace(|c: char| !c.is_alphanumeric(), " "))
}

/// What the rows are matched against: the repository's commissions,
/// officers, communes, and every action id already used (also by a file
/// that did not load: its id is taken all the same).
fn known(repo: &Repository) -> Known {
    let mut taken: Vec<String> = repo
        .known_ids
        .actions
        .iter()
        .map(|id| id.to_string())
        .collect();
    taken.extend(repo.sources.iter().filter_map(|source| {
        let path = source.path.strip_prefix("actions/")?;
        let name = path.rsplit('/').next()?;
        Some(name.strip_suffix(".toml").unwrap_or(name).to_owned())
    }));
    Known {
        commissions: repo
            .commissions
            .iter()
            .map(|c| (c.id.to_string(), c.name.clone()))
            .collect(),
        officers: repo
            .officers
            .iter()
            .map(|o| (o.id.to_string(), o.name.clone()))
            .collect(),
        communes: repo
            .convention
            .as_ref()
            .map(|c| c.communes.clone())
            .unwrap_or_default(),
        taken,
    }
}

/// A cell's place as the user finds it: `plan.xlsx:Actions!D12`,
/// `plan.csv:D12`; the sheet quoted as spreadsheets quote it when its name
/// has spaces (`'Plan 2026'!D12`).
fn where_(file: &str, sheet: Option<&str>, place: Option<Place>) -> String {
    let sheet = sheet.map(|name| {
        if name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            name.to_owned()
        } else {
            format!("'{}'", name.replace('\'', "''"))
        }
    });
    match (sheet, place) {
        (Some(sheet), Some(place)) => format!("{file}:{sheet}!{place}"),
        (Some(sheet), None) => format!("{file}:{sheet}"),
        (None, Some(place)) => format!("{file}:{place}"),
        (None, None) => file.to_owned(),
    }
}

/// One problem in the style of `ctg check`: the statement with its code,
/// the cell, the fix, and `ctg explain`.
fn diagnostic(place: &str, problem: &ImportProblem, lang: Lang, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let code = problem.code();
    let title = crate::render::check::level(code.severity(), code.as_str(), lang)
        .primary_title(escape_controls(&problem.text(lang)).into_owned());
    let title = match lang {
        Lang::En => title.id(code.as_str()),
        Lang::Fr => title,
    };
    let mut group = title.element(Origin::path(escape_controls(place).into_owned()));
    if let Some(hint) = problem.hint(lang) {
        group = group.element(
            Level::HELP
                .with_name(labels::before_colon(words::help(lang), lang))
                .message(escape_controls(&hint).into_owned()),
        );
    }
    group = group.element(
        Level::NOTE
            .with_name(labels::before_colon(words::note(lang), lang))
            .message(words::explain(code.as_str(), lang)),
    );
    format!("{}\n", renderer.render(&[group]))
}

/// The sheets of the file, by its extension.
fn read_file(path: &Path) -> Result<Vec<Sheet>, Refusal> {
    let shown = path.display().to_string();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let unreadable = |error: String| Refusal::Unreadable {
        path: shown.clone(),
        error,
    };
    match extension.as_str() {
        "csv" | "txt" => {
            let bytes = std::fs::read(path).map_err(|e| unreadable(e.to_string()))?;
            read_csv(&bytes)
                .map(|sheet| vec![sheet])
                .map_err(unreadable)
        }
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => {
            let mut workbook =
                calamine::open_workbook_auto(path).map_err(|e| unreadable(e.to_string()))?;
            let mut sheets = Vec::new();
            for name in workbook.sheet_names() {
                let range = workbook
                    .worksheet_range(&name)
                    .map_err(|e| unreadable(e.to_string()))?;
                let (first_row, first_col) = range.start().unwrap_or((0, 0));
                let rows = range
                    .rows()
                    .map(|row| row.iter().map(cell).collect())
                    .collect();
                sheets.push(Sheet {
                    name: Some(name),
                    first_row,
                    first_col,
                    rows,
                });
            }
            Ok(sheets)
        }
        _ => Err(Refusal::UnknownKind { path: shown }),
    }
}

/// A cell of calamine's as the mapping reads it.
fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(text) => Cell::Text(text.clone()),
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(n) => Cell::Number(*n),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(when) => match when.as_datetime() {
            Some(day) if when.is_datetime() => Cell::Date(day.date()),
            _ => Cell::Number(when.as_f64()),
        },
        Data::DateTimeIso(text) | Data::DurationIso(text) => Cell::Text(text.clone()),
        Data::Error(error) => Cell::Text(format!("#{error:?}")),
    }
}

/// A CSV file as one sheet: `;` (as French spreadsheets save it) or `,`,
/// whichever the first lines hold more of; UTF-8 (with or without its
/// mark) or, failing that, Windows-1252, as Excel saves it in France.
fn read_csv(bytes: &[u8]) -> Result<Sheet, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|b| windows_1252(*b)).collect(),
    };
    let head: String = text.lines().take(5).collect::<Vec<_>>().join("\n");
    let delimiter = if head.matches(';').count() >= head.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        // Blank lines are skipped by the reader: the rows keep the file's
        // line numbers, so that `D12` is line 12.
        // The reader's position is where it started reading, before any
        // blank line: the record starts past them.
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let start = start
            + text.as_bytes()[start.min(text.len())..]
                .iter()
                .take_while(|b| matches!(b, b'\n' | b'\r'))
                .count();
        let line = 1 + text.as_bytes()[..start.min(text.len())]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        while rows.len() + 1 < line {
            rows.push(Vec::new());
        }
        rows.push(
            record
                .iter()
                .map(|field| {
                    if field.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(field.to_owned())
                    }
                })
                .collect(),
        );
    }
    Ok(Sheet {
        name: None,
        first_row: 0,
        first_col: 0,
        rows,
    })
}

/// A byte of Windows-1252: Latin-1, and the typographic signs of 0x80–0x9F.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[(byte - 0x80) as usize],
        _ => byte as char,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_semicolons_or_commas_in_utf8_or_windows_1252() {
        let sheet =
            read_csv("Titre\n\n\nIntitulé;Échéance\r\n\r\nA, B;31/12/2026\n".as_bytes()).unwrap();
        assert_eq!(sheet.rows[3][0], Cell::Text("Intitulé".into()));
        assert!(sheet.rows[4].is_empty());
        assert_eq!(sheet.rows[5][0], Cell::Text("A, B".into()));
        let sheet = read_csv("Intitulé;Échéance\nA, B;31/12/2026\n".as_bytes()).unwrap();
        assert_eq!(sheet.rows[1][0], Cell::Text("A, B".into()));
        let sheet = read_csv(b"title,due\n\"A; B\",2026-12-31\n").unwrap();
        assert_eq!(sheet.rows[1][0], Cell::Text("A; B".into()));
        let sheet = read_csv(b"Intitul\xe9;\x80\n").unwrap();
        assert_eq!(sheet.rows[0][0], Cell::Text("Intitulé".into()));
        assert_eq!(sheet.rows[0][1], Cell::Text("€".into()));
    }

    #[test]
    fn places_name_the_file_the_sheet_and_the_cell() {
        let d12 = Some(Place { row: 11, col: 3 });
        assert_eq!(
            where_("plan.xlsx", Some("Actions"), d12),
            "plan.xlsx:Actions!D12"
        );
        assert_eq!(
            where_("plan.xlsx", Some("Plan 2026"), d12),
            "plan.xlsx:'Plan 2026'!D12"
        );
        assert_eq!(where_("plan.csv", None, d12), "plan.csv:D12");
    }
}
