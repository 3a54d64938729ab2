//! `ctg report`: the yearly follow-up for the COPIL.

use std::path::Path;

use chrono::Datelike;

use crate::app::{Context, Exit, print_stderr, stream_stdout};
use crate::cli::{ReportArgs, ReportFormat};
use crate::render::{report::layout, report_html, report_markdown};
use crate::wording::report as words;
use crate::wording::tools::Notice;
use ctg_core::answers::report;

/// Makes the report and prints it, or writes it to `-o FILE`.
pub fn run(context: &Context, args: &ReportArgs) -> anyhow::Result<Exit> {
    let (analysis, since) = super::changes::analyse_with_history(&context.root, context.today);
    let lang = context.lang_for(analysis.repo.convention.as_ref().and_then(|c| c.language));
    // Refuse before anything else is said: the user's file is never touched
    // without --force (and the write below makes sure of it again), unless
    // it is a report this command wrote, which the next report replaces.
    let replace = args.force
        || args
            .output
            .as_deref()
            .is_some_and(|path| path != Path::new("-") && written_by_report(path));
    if let Some(path) = &args.output
        && !replace
        && path != Path::new("-")
        && path.symlink_metadata().is_ok()
    {
        print_stderr(&format!(
            "{}\n",
            words::output_exists(&path.display().to_string(), lang)
        ));
        return Ok(Exit::Usage);
    }
    let exit = super::name_left_out(&analysis.repo, lang)?;
    let Some(convention) = analysis.repo.convention.as_ref() else {
        print_stderr(&format!("{}\n", words::no_convention(lang)));
        return Ok(Exit::Problems);
    };
    let year = args.year.unwrap_or(context.today.year());
    let report = match report::compute(&analysis, convention, year, context.today) {
        Ok(report) => report,
        Err(outside) => {
            print_stderr(&format!(
                "{}\n",
                words::year_outside(outside.year, outside.first, outside.last, lang)
            ));
            return Ok(Exit::Usage);
        }
    };
    let doc = layout(&report, since.as_ref(), lang);
    // The page is written as it is made: a report of the whole plan is tens
    // of megabytes for a large repository, never held whole in memory.
    let mut fill = |out: &mut dyn std::io::Write| match args.format {
        ReportFormat::Html => report_html::write(&doc, out),
        ReportFormat::Markdown => out.write_all(report_markdown::render(&doc).as_bytes()),
    };
    match args.output.as_deref() {
        // `-o -` is standard output, as for every Unix tool.
        None => stream_stdout(&mut fill)?,
        Some(path) if path == Path::new("-") => stream_stdout(&mut fill)?,
        Some(path) => {
            let shown = path.display().to_string();
            match super::write_file_with(path, replace, false, &mut fill) {
                Ok(()) => print_stderr(&format!("{}\n", words::written(&shown, lang))),
                Err(Notice::Exists { .. }) => {
                    print_stderr(&format!("{}\n", words::output_exists(&shown, lang)));
                    return Ok(Exit::Usage);
                }
                // Said in the report's language, with what to check.
                Err(notice) => return crate::app::refuse(&notice, lang),
            }
        }
    }
    // The process ends next: freeing the records and the page's model
    // piece by piece would only delay it (as `check`).
    std::mem::forget(doc);
    std::mem::forget(report);
    std::mem::forget(analysis);
    Ok(exit)
}

/// How far into a file its generator mark is looked for: both forms write it
/// in their first line.
const MARK_WITHIN: u64 = 4096;

/// Whether `path` is a plain file (not a link, not a folder) that `ctg
/// report` wrote: its first [`MARK_WITHIN`] bytes hold the page's exact
/// generator tag or the Markdown's mark. Any other file is the user's.
pub fn written_by_report(path: &Path) -> bool {
    use std::io::Read;
    if !path.symlink_metadata().is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut head = Vec::new();
    let read =
        std::fs::File::open(path).and_then(|file| file.take(MARK_WITHIN).read_to_end(&mut head));
    if read.is_err() {
        return false;
    }
    [report_html::GENERATOR, report_markdown::GENERATOR]
        .iter()
        .any(|mark| head.windows(mark.len()).any(|w| w == mark.as_bytes()))
}
