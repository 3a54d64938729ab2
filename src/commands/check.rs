//! `ctg check`: every problem, in one run.

use crate::app::{Context, Exit, print_stderr, print_stdout, refuse};
use crate::cli::{CheckArgs, CheckFormat};
use crate::git;
use crate::render::check as render;
use crate::root::MARKER;
use crate::wording::tools::Notice;
use std::collections::HashSet;
use std::io::IsTerminal;

use ctg_core::analysis::{Analysis, analyse_with};
use ctg_core::diagnostics::Severity;
use ctg_core::i18n::Lang;
use ctg_core::read::loader::{Reading, load, load_scan};
use ctg_core::rules::Settings;

/// Runs the check and prints the findings in the chosen format.
pub fn run(context: &Context, args: &CheckArgs) -> anyhow::Result<Exit> {
    // `--strict` asks for everything, `no-indicator` included.
    let settings = Settings {
        require_indicators: args.strict,
    };
    // `--staged` checks the index: its clean files from the work tree,
    // the others from git's store, with no file written anywhere.
    let analysis = if args.staged {
        let (found, mut store) = match git::staged(&context.root) {
            Ok(staged) => staged,
            Err(notice) => return refuse(&notice, context.lang_of_root()),
        };
        if !found.found.iter().any(|file| &*file.path == MARKER) {
            return refuse(
                &Notice::NotStaged {
                    path: MARKER.to_owned(),
                },
                context.lang_of_root(),
            );
        }
        // An officer's file deleted with their history: said before the
        // commit makes it so.
        let deleted = git::deleted_officers(&context.root, &mut store, &found);
        // The staged objects the work tree does not hold, asked at once.
        let objects = git::Objects::new(store, &found);
        let get = |id: &str| objects.get(id);
        let prefetch = |ids: &[&str]| objects.prefetch(ids);
        let reading = Reading {
            objects: Some(&get),
            prefetch: Some(&prefetch),
            ..Reading::default()
        };
        let (mut loaded, _) = load_scan(&context.root, found, reading);
        loaded.diagnostics.extend(deleted);
        analyse_with(loaded, context.today, settings)
    } else {
        analyse_with(load(&context.root), context.today, settings)
    };
    let lang = context.lang_for(analysis.repo.convention.as_ref().and_then(|c| c.language));
    let findings = &analysis.findings;
    if args.hook {
        hook(context, &analysis, lang, args);
    } else {
        let limit = limit(args, std::io::stderr().is_terminal());
        print_findings(context, &analysis, lang, args.format, limit)?;
    }
    let failed = findings.errors() > 0 || (args.strict && findings.warnings() > 0);
    // The process ends next: freeing 100,000 records one by one would only
    // delay it (as rustc and cargo, leave that to the operating system).
    std::mem::forget(analysis);
    Ok(if failed { Exit::Problems } else { Exit::Ok })
}

/// A screenful of problems: what `ctg check` prints by default to a person
/// at a terminal, so that 10,000 broken files do not scroll the first
/// error out of sight.
pub const SCREENFUL: usize = 50;

/// How many problems to print (`None`: every one). `--max-problems 0` means
/// every one; without the flag, a person reading the human form on a
/// terminal gets a [`SCREENFUL`], while tools (json, short, github) and
/// pipes get every problem, as they did before the flag existed.
fn limit(args: &CheckArgs, stderr_is_terminal: bool) -> Option<usize> {
    match args.max_problems {
        Some(0) => None,
        Some(n) => Some(n),
        None if args.format == CheckFormat::Human && stderr_is_terminal => Some(SCREENFUL),
        None => None,
    }
}

fn print_findings(
    context: &Context,
    analysis: &Analysis,
    lang: Lang,
    format: CheckFormat,
    limit: Option<usize>,
) -> anyhow::Result<()> {
    let findings = &analysis.findings;
    let shown = render::shown(findings, limit);
    match format {
        CheckFormat::Human => print_stderr(&render::human_at_most(
            findings,
            &analysis.repo,
            lang,
            context.color_stderr(),
            limit,
        )),
        CheckFormat::Short => print_stdout(&render::short_of(&shown, lang))?,
        CheckFormat::Json => print_stdout(&render::json_of(findings, &shown, lang))?,
        CheckFormat::Github => print_stdout(&render::github_of(&shown, lang))?,
    }
    // The line-a-problem forms are read by tools: what was left out is said
    // to the person, on stderr, and the JSON carries it as `truncated`.
    if matches!(format, CheckFormat::Short | CheckFormat::Github)
        && let Some(line) = shown.not_shown(lang)
    {
        print_stderr(&format!("{line}\n"));
    }
    Ok(())
}

/// `--hook`: the hook's form on stderr (where git shows a hook's words),
/// then the warnings shown remembered for the next commit. The memory is a
/// convenience: when git's folder cannot be read or written, every warning
/// is simply new.
fn hook(context: &Context, analysis: &Analysis, lang: Lang, args: &CheckArgs) {
    let memory = git::hook_memory(&context.root);
    let seen: HashSet<String> = memory
        .as_deref()
        .and_then(|path| std::fs::read_to_string(path).ok())
        .map(|text| text.lines().map(str::to_owned).collect())
        .unwrap_or_default();
    print_stderr(&render::hook(
        &analysis.findings,
        &analysis.repo,
        lang,
        context.color_stderr(),
        &seen,
        (args.strict, args.verbose),
    ));
    if let Some(path) = memory {
        let mut shown: Vec<String> = analysis
            .findings
            .diagnostics
            .iter()
            .filter(|d| d.diagnostic.severity() == Severity::Warning)
            .map(render::warning_key)
            .collect();
        shown.sort_unstable();
        shown.dedup();
        let mut text = shown.join("\n");
        text.push('\n');
        let _ = crate::writer::write(&path, text.as_bytes(), true, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(line: &[&str]) -> CheckArgs {
        let mut argv = vec!["ctg", "check"];
        argv.extend_from_slice(line);
        match crate::cli::Cli::parse_from(argv).command {
            crate::cli::Command::Check(args) => args,
            _ => unreachable!("a check command"),
        }
    }

    #[test]
    fn a_person_at_a_terminal_gets_a_screenful_and_tools_and_pipes_get_every_problem() {
        assert_eq!(limit(&args(&[]), true), Some(SCREENFUL));
        assert_eq!(limit(&args(&[]), false), None);
        for format in ["json", "short", "github"] {
            assert_eq!(limit(&args(&["--format", format]), true), None);
        }
        assert_eq!(limit(&args(&["--max-problems", "7"]), false), Some(7));
        assert_eq!(
            limit(&args(&["--format", "json", "--max-problems", "7"]), true),
            Some(7)
        );
        assert_eq!(limit(&args(&["--max-problems", "0"]), true), None);
    }
}
