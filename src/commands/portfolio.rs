//! `ctg portfolio`: every CTG under the folders given, on one screen.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::app::{Exit, print_stderr};
use crate::cli::{Cli, PortfolioArgs, PortfolioFormat, PortfolioSort};
use crate::render::portfolio as render;
use crate::wording::portfolio as words;
use ctg_core::answers::portfolio::{CtgRow, Portfolio, Sort};
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::escape_controls;
use ctg_core::read::discover;

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
    let portfolio = Portfolio::compute(&ctgs, today, sort);
    let lang = asked
        .or(portfolio.language())
        .or_else(crate::app::env_lang)
        .unwrap_or(Lang::En);
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
            let link = |row: &CtgRow| report_link(&base, Path::new(&row.dir));
            render::page(&portfolio, lang, today, &link).into_bytes()
        }
    };
    if let Err(exit) = super::deliver(&args.written, &bytes, lang)? {
        return Ok(exit);
    }
    let broken = portfolio.total.ctgs_with_errors > 0;
    Ok(if broken { Exit::Problems } else { Exit::Ok })
}

/// The address of `ctg`'s report in `dir`, relative to the folder `base`
/// the page is written in, when the report exists.
fn report_link(base: &Path, dir: &Path) -> Option<String> {
    let report = dir.join(REPORT);
    if !report.is_file() {
        return None;
    }
    let base = std::fs::canonicalize(if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    })
    .ok()?;
    let target = std::fs::canonicalize(&report).ok()?;
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
