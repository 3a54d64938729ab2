//! One module per command: each computes its answer and hands it to a renderer.

pub mod actions;
pub mod check;
pub mod completions;
pub mod explain;
pub mod fte;
pub mod hook;
pub mod init;
pub mod new;
pub mod report;
pub mod schema;
pub mod status;

use crate::app::{Exit, print_stderr};
use std::io::IsTerminal;

use crate::cli::{Cli, Command, ListFormat};
use crate::render::Listing;
use ctg_core::diagnostics::message::words;
use ctg_core::i18n::Lang;
use ctg_core::read::repository::Repository;

/// An answer in the form `--format` asks for; the table is sized for a
/// terminal when stdout is one.
pub fn list(answer: &impl Listing, format: ListFormat, lang: Lang) -> String {
    match format {
        ListFormat::Table => answer.table(lang, std::io::stdout().is_terminal()),
        ListFormat::Json => crate::render::table::json(answer),
        ListFormat::Csv => answer.csv(),
    }
}

/// Names on stderr each file whose records could not be loaded; `Exit::Problems`
/// if there is one, so that no answer silently hides a broken file.
pub fn name_left_out(repo: &Repository, lang: Lang) -> anyhow::Result<Exit> {
    let mut text = String::new();
    for left in &repo.left_out {
        text.push_str(&words::left_out(&left.file, left.code.as_str(), lang));
        text.push('\n');
    }
    if text.is_empty() {
        return Ok(Exit::Ok);
    }
    print_stderr(&text);
    Ok(Exit::Problems)
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
        _ => return None,
    })
}

/// Writes new files under `dir`; without `force`, writes none of them if any
/// already exists, and names it. Parents are created as needed.
pub fn write_new_files(
    dir: &std::path::Path,
    files: &[(String, String)],
    force: bool,
) -> Result<Vec<std::path::PathBuf>, crate::wording::tools::Notice> {
    use crate::wording::tools::Notice;
    let targets: Vec<std::path::PathBuf> = files.iter().map(|(rel, _)| dir.join(rel)).collect();
    for target in &targets {
        let exists = std::fs::symlink_metadata(target).is_ok();
        if exists && (!force || target.is_dir()) {
            return Err(Notice::Exists {
                path: target.display().to_string(),
            });
        }
    }
    for (target, (_, text)) in targets.iter().zip(files) {
        let cannot = |e: std::io::Error| Notice::CannotWrite {
            path: target.display().to_string(),
            error: e.to_string(),
        };
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(cannot)?;
        }
        write_file(target, text, force).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Notice::Exists {
                    path: target.display().to_string(),
                }
            } else {
                cannot(e)
            }
        })?;
    }
    Ok(targets)
}

/// Writes `text` to `path`; without `force`, only if no file is there, as the
/// operating system creates it (not checked before, so a file that appears
/// meanwhile is never replaced): the one rule of every command that writes.
pub fn write_file(path: &std::path::Path, text: &str, force: bool) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.flush()
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
