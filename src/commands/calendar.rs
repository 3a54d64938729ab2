//! `ctg calendar`: the governance's dates as an iCalendar file.

use std::path::Path;

use crate::app::{Context, Exit, print_stderr, print_stdout};
use crate::cli::CalendarArgs;
use crate::render::calendar as render;
use crate::wording::report as words;
use ctg_core::analysis::analyse;
use ctg_core::answers::calendar::Calendar;

/// Prints the calendar, or writes it to `-o FILE` (atomically, never over
/// a file without `--force`). Exit 1 when a file could not be read (its
/// dates are missing), as the other answers do.
pub fn run(context: &Context, args: &CalendarArgs) -> anyhow::Result<Exit> {
    let analysis = analyse(&context.root, context.today);
    let lang = context.lang_for(analysis.repo.convention.as_ref().and_then(|c| c.language));
    let exit = super::name_left_out(&analysis.repo, lang)?;
    let Some(calendar) = Calendar::compute(&analysis.repo, context.today, args.from, args.to)
    else {
        print_stderr(&format!("{}\n", words::no_convention(lang)));
        return Ok(Exit::Problems);
    };
    let text = render::ics(&calendar, lang);
    match args.output.as_deref() {
        None => print_stdout(&text)?,
        Some(path) if path == Path::new("-") => print_stdout(&text)?,
        Some(path) => match super::write_file(path, text.as_bytes(), args.force, false) {
            Ok(()) => print_stderr(&format!(
                "{}\n",
                words::written(&path.display().to_string(), lang)
            )),
            Err(notice) => return crate::app::refuse(&notice, lang),
        },
    }
    Ok(exit)
}
