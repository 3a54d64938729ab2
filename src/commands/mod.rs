//! One module per command: each computes its answer and hands it to a renderer.

pub mod actions;
pub mod calendar;
pub mod changes;
pub mod check;
pub mod completions;
pub mod edit;
pub mod explain;
pub mod fte;
pub mod hook;
pub mod import;
pub mod indicators;
pub mod init;
pub mod new;
pub mod portfolio;
pub mod report;
pub mod schema;
pub mod status;

use crate::app::{Exit, print_stderr};
use std::io::IsTerminal;

use crate::cli::{Cli, Command, CsvSep, ListFormat, Written};
use crate::render::Listing;
use crate::render::table::Csv;
use crate::render::xlsx::{Sheet, workbook};
use crate::writer::{self, WriteError};
use ctg_core::diagnostics::message::words;
use ctg_core::i18n::Lang;
use ctg_core::read::repository::Repository;

/// An answer in the form `--format` asks for; the table is sized for a
/// terminal when stdout is one; the workbook is dated `today` (`--at`).
pub fn list(
    answer: &impl Listing,
    format: ListFormat,
    written: &Written,
    today: chrono::NaiveDate,
    lang: Lang,
) -> Vec<u8> {
    match format {
        ListFormat::Table => answer
            .table(lang, std::io::stdout().is_terminal())
            .into_bytes(),
        ListFormat::Json => crate::render::table::json(answer).into_bytes(),
        ListFormat::Csv => answer.csv(csv_style(written, lang)).into_bytes(),
        ListFormat::Xlsx => one_sheet(answer.sheet(lang), today, lang),
    }
}

/// The CSV style `--csv-sep` asks for, else the output language's.
pub fn csv_style(written: &Written, lang: Lang) -> Csv {
    let asked = written.csv_sep.map(|sep| match sep {
        CsvSep::Comma => Csv::Comma,
        CsvSep::Semicolon => Csv::Semicolon,
    });
    Csv::pick(asked, lang)
}

/// A workbook of one sheet, titled with the sheet's name.
pub fn one_sheet(sheet: Sheet, today: chrono::NaiveDate, lang: Lang) -> Vec<u8> {
    let title = sheet.name.clone();
    workbook(&[sheet], &title, today, lang)
}

/// A workbook is bytes for a spreadsheet, never for a terminal: without
/// `-o`, on a terminal, says so on stderr (exit 2).
pub fn refuse_workbook_on_terminal(written: &Written, lang: Lang) -> Option<Exit> {
    if written.output.is_none() && std::io::stdout().is_terminal() {
        print_stderr(&format!(
            "{}\n",
            crate::wording::xlsx::workbook_to_terminal(lang)
        ));
        return Some(Exit::Usage);
    }
    None
}

/// Puts the answer where `-o` says: stdout without it or with `-`, else
/// the file, atomically and never over an existing one without `--force`
/// (then `Err` is the exit, the refusal said).
pub fn deliver(written: &Written, bytes: &[u8], lang: Lang) -> anyhow::Result<Result<(), Exit>> {
    use std::path::Path;
    match written.output.as_deref() {
        None => crate::app::write_stdout(bytes)?,
        Some(path) if path == Path::new("-") => crate::app::write_stdout(bytes)?,
        Some(path) => match write_file(path, bytes, written.force, false) {
            Ok(()) => {
                let shown =
                    ctg_core::i18n::text::escape_controls(&path.display().to_string()).into_owned();
                print_stderr(&format!(
                    "{}\n",
                    crate::wording::portfolio::written(&shown, lang)
                ));
            }
            Err(notice) => return Ok(Err(crate::app::refuse(&notice, lang)?)),
        },
    }
    Ok(Ok(()))
}

/// Names on stderr each file whose records could not be loaded; `Exit::Problems`
/// if there is one, so that no answer silently hides a broken file.
pub fn name_left_out(repo: &Repository, lang: Lang) -> anyhow::Result<Exit> {
    let files = repo
        .left_out
        .iter()
        .map(|left| (left.file.clone(), left.code.as_str()));
    Ok(say_left_out(files, lang))
}

/// Names on stderr each file `(name, code)` left out, sorted, each once;
/// `Exit::Problems` if there is one.
pub fn say_left_out<'c>(files: impl IntoIterator<Item = (String, &'c str)>, lang: Lang) -> Exit {
    let mut files: Vec<(String, &str)> = files.into_iter().collect();
    files.sort_unstable();
    files.dedup();
    if files.is_empty() {
        return Exit::Ok;
    }
    let text: String = files
        .iter()
        .map(|(file, code)| format!("{}\n", words::left_out(file, code, lang)))
        .collect();
    print_stderr(&text);
    Exit::Problems
}

/// Runs the commands that need no repository, or says that this one does.
pub fn standalone(cli: &Cli, lang: Lang) -> Option<anyhow::Result<Exit>> {
    Some(match &cli.command {
        // `ctg check` in a French repository names `ctg explain`: answer in French.
        Command::Explain(args) => explain::run(args, crate::app::spoken(cli)),
        Command::Init(args) => init::run(cli, args, lang),
        Command::Schema(args) => schema::run(args, lang),
        Command::Completions(args) => completions::completions(args),
        Command::Man => completions::man(crate::app::spoken(cli)),
        // Many repositories, not one: `--dir` does not apply.
        Command::Portfolio(args) => portfolio::run(cli, args),
        _ => return None,
    })
}

/// Writes new files under `dir` (see [`crate::writer`]); without `force`,
/// writes none of them if any already exists, and names it. Parents are
/// created as needed, but never through a symbolic link: a file of the
/// repository is written inside it.
pub fn write_new_files(
    dir: &std::path::Path,
    files: &[(String, String)],
    force: bool,
) -> Result<Vec<std::path::PathBuf>, crate::wording::tools::Notice> {
    use crate::wording::tools::Notice;
    // A file where the folder goes would fail every write with an error of
    // the system's ("File exists", "Not a directory"): name it instead.
    if let Some(file) = dir
        .ancestors()
        .find(|folder| std::fs::metadata(folder).is_ok())
        .filter(|found| !found.is_dir())
    {
        return Err(Notice::NotAFolder {
            path: file.display().to_string(),
        });
    }
    let targets: Vec<std::path::PathBuf> = files.iter().map(|(rel, _)| dir.join(rel)).collect();
    for target in &targets {
        if let Some(link) = writer::linked_folder(dir, target) {
            return Err(Notice::LinkedFolder {
                path: link.display().to_string(),
            });
        }
        let exists = std::fs::symlink_metadata(target).is_ok();
        if exists && (!force || target.is_dir()) {
            return Err(Notice::Exists {
                path: target.display().to_string(),
            });
        }
    }
    for (target, (_, text)) in targets.iter().zip(files) {
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Notice::CannotWrite {
                path: target.display().to_string(),
                error: e.to_string(),
            })?;
        }
        write_file(target, text.as_bytes(), force, false)?;
    }
    Ok(targets)
}

/// Writes one file (see [`crate::writer`]), or says why not.
pub fn write_file(
    path: &std::path::Path,
    bytes: &[u8],
    force: bool,
    executable: bool,
) -> Result<(), crate::wording::tools::Notice> {
    write_file_with(path, force, executable, &mut |file| file.write_all(bytes))
}

/// [`write_file`] for a text made as it is written ([`writer::write_with`]).
pub fn write_file_with(
    path: &std::path::Path,
    force: bool,
    executable: bool,
    fill: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<(), crate::wording::tools::Notice> {
    use crate::wording::tools::Notice;
    let shown = path.display().to_string();
    writer::write_with(path, force, executable, fill).map_err(|error| match error {
        WriteError::Exists => Notice::Exists { path: shown },
        WriteError::IsFolder => Notice::IsFolder { path: shown },
        WriteError::Io(e) => Notice::CannotWrite {
            path: shown,
            error: e.to_string(),
        },
    })
}

/// The commune of `communes` that `query` names, as people type it; or, when
/// it names none or several, the refusal said on stderr and `None` (exit 2).
pub fn pick_commune<'c>(
    query: &str,
    communes: &'c [String],
    lang: Lang,
) -> anyhow::Result<Option<&'c str>> {
    match ctg_core::domain::commune::resolve(query, communes) {
        Ok(name) => Ok(Some(name)),
        Err(mismatch) => {
            print_stderr(&format!(
                "{}\n",
                crate::wording::labels::commune_mismatch(query, &mismatch, communes, lang)
            ));
            Ok(None)
        }
    }
}

/// The id of the record of `ids` that `query` names (`--lead`,
/// `--commission`, `--action`): by id or by name (`name_of`), as
/// The commissions `--commission` names (each as [`pick_record`] finds
/// it), or `None` when one names none or several (said on stderr).
pub fn pick_commissions(
    repo: &ctg_core::read::repository::Repository,
    queries: &[String],
    lang: Lang,
) -> Option<Vec<String>> {
    let name_of = |id: &str| repo.commission(id).map(|c| c.name.as_str());
    let ids = &repo.known_ids.commissions;
    queries
        .iter()
        .map(|query| pick_record("--commission", query, ids, name_of, "commissions", lang))
        .collect()
}

/// `--commune` matches communes (accents, case and hyphens aside, a first
/// name or the start of a name when only one record has it). When it names
/// none or several, the refusal is said on stderr and `None` (exit 2).
pub fn pick_record<'n>(
    flag: &str,
    query: &str,
    ids: &'n ctg_core::read::repository::IdSet,
    name_of: impl Fn(&str) -> Option<&'n str>,
    folder: &str,
    lang: Lang,
) -> Option<String> {
    // The ids are a hash set: sorted, so that a refusal lists them in one order.
    let mut records: Vec<(&str, Option<&str>)> =
        ids.iter().map(|id| (&**id, name_of(id))).collect();
    records.sort_unstable();
    let names = |(id, name): &(&'n str, Option<&'n str>)| {
        let mut names = vec![*id];
        names.extend(*name);
        names
    };
    // The same id is taken as it is, even when a name also starts with it.
    if let Some((id, _)) = records.iter().find(|(id, _)| *id == query) {
        return Some((*id).to_owned());
    }
    match ctg_core::domain::commune::pick(query, &records, names) {
        Ok((id, _)) => Some((*id).to_owned()),
        Err(mismatch) => {
            print_stderr(&format!(
                "{}\n",
                crate::wording::labels::record_mismatch(flag, query, &mismatch, folder, lang)
            ));
            None
        }
    }
}
