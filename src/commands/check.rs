//! `ctg check`: every problem, in one run.

use crate::app::{Context, Exit, print_stderr, print_stdout};
use crate::check::analyse;
use crate::cli::{CheckArgs, CheckFormat};
use crate::render::check as render;

/// Runs the check and prints the findings in the chosen format.
pub fn run(context: &Context, args: &CheckArgs) -> anyhow::Result<Exit> {
    let analysis = analyse(&context.root, context.today);
    let lang = context.lang_for(analysis.repo.convention.as_ref().and_then(|c| c.language));
    let findings = &analysis.findings;
    match args.format {
        CheckFormat::Human => print_stderr(&render::human(
            findings,
            &analysis.repo,
            lang,
            context.color_stderr(),
        ))?,
        CheckFormat::Short => print_stdout(&render::short(findings, lang))?,
        CheckFormat::Json => print_stdout(&render::json(findings, lang))?,
    }
    let failed = findings.errors() > 0 || (args.strict && findings.warnings() > 0);
    // The process ends next: freeing 100,000 records one by one would only
    // delay it (as rustc and cargo, leave that to the operating system).
    std::mem::forget(analysis);
    Ok(if failed { Exit::Problems } else { Exit::Ok })
}
