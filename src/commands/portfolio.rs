//! `ctg portfolio`: every CTG under the folders given, on one screen.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::app::{Exit, print_stderr};
use crate::cli::{Cli, PortfolioArgs, PortfolioFormat, PortfolioSort};
use crate::render::portfolio as render;
use crate::wording::portfolio as words;
use crate::wording::tools::Notice;
use ctg_core::analysis::Analysis;
use ctg_core::answers::portfolio::{CtgRow, Portfolio, Sort};
use ctg_core::answers::report::OutsideConvention;
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::escape_controls;
use ctg_core::read::discover;
use foldhash::HashMap;

/// The file name of a CTG's report that the page links to, in the CTG's
/// folder (what `ctg report -o report.html` writes there).
const REPORT: &str = "report.html";

fn shown(path: &Path) -> String {
    escape_controls(&path.display().to_string()).into_owned()
}

/// Finds the CTGs, reads them, prints or writes the answer. Exit 2 when
/// none is found, 1 when one has errors (so that a Caf's CI over its
/// repositories fails where a CTG is broken), 0 otherwise.
pub fn run(cli: &Cli, args: &PortfolioArgs) -> anyhow::Result<Exit> {
    let asked = cli.lang();
    // Before the CTGs are read: `--lang`, else the user's locale.
    let said = asked.or_else(crate::app::env_lang).unwrap_or_default();
    if cli.dir.is_some() || std::env::var_os("CTG_DIR").is_some_and(|d| !d.is_empty()) {
        print_stderr(&format!("{}\n", words::dir_not_used(said)));
    }
    let dirs: Vec<PathBuf> = if args.dirs.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.dirs.clone()
    };
    let found = discover::ctgs(&dirs);
    for missing in &found.missing {
        print_stderr(&format!("{}\n", words::not_a_folder(&shown(missing), said)));
    }
    if !found.links.is_empty() {
        let links: Vec<String> = found.links.iter().map(|l| shown(l)).collect();
        print_stderr(&format!("{}\n", words::links_skipped(&links, said)));
    }
    if found.ctgs.is_empty() {
        let looked: Vec<String> = dirs.iter().map(|d| shown(d)).collect();
        print_stderr(&format!("{}\n", words::none_found(&looked, said)));
        return Ok(Exit::Usage);
    }
    if args.format == PortfolioFormat::Html
        && args.written.output.is_none()
        && std::io::stdout().is_terminal()
    {
        print_stderr(&format!("{}\n", words::page_to_terminal(said)));
        return Ok(Exit::Usage);
    }
    if args.format == PortfolioFormat::Xlsx
        && let Some(exit) = super::refuse_workbook_on_terminal(&args.written, said)
    {
        return Ok(exit);
    }
    if args.reports.is_some() && args.format != PortfolioFormat::Html {
        print_stderr(&format!("{}\n", words::reports_need_page(said)));
        return Ok(Exit::Usage);
    }
    // The page is refused before any report is written, not after.
    if args.reports.is_some()
        && !args.written.force
        && let Some(page) = args.written.output.as_deref()
        && page != Path::new("-")
        && page.symlink_metadata().is_ok()
    {
        let notice = crate::wording::tools::Notice::Exists { path: shown(page) };
        return crate::app::refuse(&notice, said);
    }
    if let Some(folder) = &args.reports
        && let Err(error) = std::fs::create_dir_all(folder)
    {
        print_stderr(&format!(
            "{}\n",
            words::reports_folder_failed(&shown(folder), &error.to_string(), said)
        ));
        return Ok(Exit::Usage);
    }
    let today = crate::app::today(cli);
    let ctgs: Vec<(PathBuf, String)> = found
        .ctgs
        .iter()
        .map(|(path, _)| (path.clone(), path.display().to_string()))
        .collect();
    let sort = match args.sort {
        PortfolioSort::Name => Sort::Name,
        PortfolioSort::Gap => Sort::Gap,
        PortfolioSort::Overdue => Sort::Overdue,
        PortfolioSort::Problems => Sort::Problems,
    };
    // Each CTG's report, made while its records are read (`--reports`).
    let names = report_names(&ctgs);
    let each = |root: &Path, analysis: &Analysis| -> Made {
        let (Some(folder), Some(name)) = (&args.reports, names.get(root)) else {
            return Made::Nothing;
        };
        write_report(
            &folder.join(name),
            analysis,
            asked,
            today,
            args.written.force,
        )
    };
    let (portfolio, made) = Portfolio::compute_with(&ctgs, today, sort, &each);
    let lang = asked
        .or(portfolio.language())
        .or_else(crate::app::env_lang)
        .unwrap_or(Lang::En);
    let mut written: HashMap<String, PathBuf> = HashMap::default();
    let mut failed = false;
    for ((_, dir), made) in ctgs.iter().zip(made) {
        let dir = shown(Path::new(dir));
        let why = match made {
            Made::Nothing => continue,
            Made::Written(path) => {
                written.insert(dir, path);
                continue;
            }
            Made::NoConvention => words::report_no_convention(&dir, lang),
            Made::Outside(o) => words::report_year_outside(&dir, o.year, o.first, o.last, lang),
            Made::InTheWay(path) => {
                failed = true;
                crate::wording::report::output_exists(&shown(&path), lang)
            }
            Made::CannotWrite(notice) => {
                failed = true;
                notice.text(lang)
            }
        };
        print_stderr(&format!(
            "{}\n",
            words::report_not_written(&dir, &why, lang)
        ));
    }
    if let Some(folder) = &args.reports {
        print_stderr(&format!(
            "{}\n",
            words::reports_written(written.len(), &shown(folder), lang)
        ));
    }
    let bytes = match args.format {
        PortfolioFormat::Table => {
            render::table(&portfolio, lang, crate::render::width()).into_bytes()
        }
        PortfolioFormat::Json => crate::render::table::json(&portfolio).into_bytes(),
        PortfolioFormat::Csv => {
            render::csv(&portfolio, super::csv_style(&args.written, lang)).into_bytes()
        }
        PortfolioFormat::Markdown => render::markdown(&portfolio, lang).into_bytes(),
        PortfolioFormat::Xlsx => super::one_sheet(render::sheet(&portfolio, lang), today, lang),
        PortfolioFormat::Html => {
            let base = args
                .written
                .output
                .as_deref()
                .filter(|o| *o != Path::new("-"))
                .and_then(Path::parent)
                .map(Path::to_path_buf)
                .unwrap_or_default();
            let link = |row: &CtgRow| match &args.reports {
                Some(_) => written
                    .get(row.dir.as_str())
                    .and_then(|path| link_to(&base, path)),
                None => link_to(&base, &Path::new(&row.dir).join(REPORT)),
            };
            render::page(&portfolio, lang, today, &link).into_bytes()
        }
    };
    if let Err(exit) = super::deliver(&args.written, &bytes, lang)? {
        return Ok(exit);
    }
    if failed {
        return Ok(Exit::Usage);
    }
    let broken = portfolio.total.ctgs_with_errors > 0;
    Ok(if broken { Exit::Problems } else { Exit::Ok })
}

/// What became of a CTG's report with `--reports`: said once every CTG is
/// read, in the language of the page.
enum Made {
    /// No report was asked for.
    Nothing,
    /// Written at this path.
    Written(PathBuf),
    /// Not written: its copil.toml cannot be read (said, no link).
    NoConvention,
    /// Not written: its convention does not cover the year (said, no link).
    Outside(OutsideConvention),
    /// Not written: a file `ctg` did not write is at this path and
    /// `--force` was not given (said; the command ends with 2).
    InTheWay(PathBuf),
    /// Not written: the system refused (said; the command ends with 2).
    CannotWrite(Notice),
}

/// Writes the report of the CTG `analysis` read to `path`, as `ctg report
/// -o path` would (without the changes since the last COPIL, which need
/// the CTG's git history): in the CTG's language unless `--lang` says one,
/// for the year of `today`. A report `ctg` wrote is replaced; any other
/// file only with `force`.
fn write_report(
    path: &Path,
    analysis: &Analysis,
    asked: Option<Lang>,
    today: chrono::NaiveDate,
    force: bool,
) -> Made {
    use crate::render::{report::layout, report_html};
    use chrono::Datelike;
    let Some(convention) = analysis.repo.convention.as_ref() else {
        return Made::NoConvention;
    };
    let lang = asked
        .or(convention.language)
        .or_else(crate::app::env_lang)
        .unwrap_or_default();
    let report = match ctg_core::answers::report::compute(analysis, convention, today.year(), today)
    {
        Ok(report) => report,
        Err(outside) => return Made::Outside(outside),
    };
    let doc = layout(&report, None, lang);
    let replace = force || super::report::written_by_report(path);
    match super::write_file_with(path, replace, false, &mut |out| {
        report_html::write(&doc, out)
    }) {
        Ok(()) => Made::Written(path.to_path_buf()),
        Err(Notice::Exists { .. }) => Made::InTheWay(path.to_path_buf()),
        Err(notice) => Made::CannotWrite(notice),
    }
}

/// The file name of each CTG's report in the `--reports` folder: its
/// folder's name, made safe for a file and an address (`[A-Za-z0-9._-]`),
/// then `-2`, `-3`… for folders of one name, in the order found (which is
/// sorted): the same names on every run.
fn report_names(ctgs: &[(PathBuf, String)]) -> HashMap<&Path, String> {
    let mut taken: HashMap<String, usize> = HashMap::default();
    ctgs.iter()
        .map(|(root, _)| {
            let folder = std::fs::canonicalize(root)
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .unwrap_or_else(|| "ctg".to_owned());
            let safe: String = folder
                .chars()
                .map(|c| match c {
                    'a'..='z' | 'A'..='Z' | '0'..='9' | '.' | '_' | '-' => c,
                    _ => '-',
                })
                .collect();
            let safe = safe.trim_start_matches('.').to_owned();
            let safe = if safe.is_empty() {
                "ctg".to_owned()
            } else {
                safe
            };
            let seen = taken.entry(safe.to_lowercase()).or_default();
            *seen += 1;
            let name = if *seen == 1 {
                format!("{safe}.html")
            } else {
                format!("{safe}-{seen}.html")
            };
            (root.as_path(), name)
        })
        .collect()
}

/// The address of the report `report`, relative to the folder `base` the
/// page is written in, when the report exists.
fn link_to(base: &Path, report: &Path) -> Option<String> {
    if !report.is_file() {
        return None;
    }
    let base = std::fs::canonicalize(if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    })
    .ok()?;
    let target = std::fs::canonicalize(report).ok()?;
    let common = base
        .components()
        .zip(target.components())
        .take_while(|(a, b)| a == b)
        .count();
    let mut relative: Vec<String> = base
        .components()
        .skip(common)
        .map(|_| "..".to_owned())
        .collect();
    for part in target.components().skip(common) {
        relative.push(part.as_os_str().to_str()?.to_owned());
    }
    // Written as a URL path: each part percent-encoded where it must be.
    Some(
        relative
            .iter()
            .map(|part| {
                part.bytes()
                    .map(|b| match b {
                        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                            (b as char).to_string()
                        }
                        _ => format!("%{b:02X}"),
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("/"),
    )
}
