//! `ctg check`: every problem, in one run.

use crate::app::{Context, Exit, print_stderr, print_stdout, refuse};
use crate::cli::{CheckArgs, CheckFormat};
use crate::git;
use crate::render::check as render;
use crate::root::MARKER;
use crate::wording::tools::Notice;
use std::collections::HashSet;

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
        print_findings(context, &analysis, lang, args.format)?;
    }
    let failed = findings.errors() > 0 || (args.strict && findings.warnings() > 0);
    // The process ends next: freeing 100,000 records one by one would only
    // delay it (as rustc and cargo, leave that to the operating system).
    std::mem::forget(analysis);
    Ok(if failed { Exit::Problems } else { Exit::Ok })
}

fn print_findings(
    context: &Context,
    analysis: &Analysis,
    lang: Lang,
    format: CheckFormat,
) -> anyhow::Result<()> {
    let findings = &analysis.findings;
    match format {
        CheckFormat::Human => print_stderr(&render::human(
            findings,
            &analysis.repo,
            lang,
            context.color_stderr(),
        )),
        CheckFormat::Short => print_stdout(&render::short(findings, lang))?,
        CheckFormat::Json => print_stdout(&render::json(findings, lang))?,
        CheckFormat::Github => print_stdout(&render::github(findings, lang))?,
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
