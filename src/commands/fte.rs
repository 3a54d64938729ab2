//! `ctg fte`: where the cofunded FTE stands against the plan.

use crate::app::{Context, Exit, print_stderr};
use crate::cli::{FteArgs, FteBy, ListFormat};
use crate::render::fte::OneCommune;
use crate::wording::labels;
use ctg_core::analysis::analyse;
use ctg_core::answers::fte::{FteAnswer, FteByOfficer, FteHistory};

/// Computes the answer the flags ask for and prints it.
pub fn run(context: &Context, args: &FteArgs) -> anyhow::Result<Exit> {
    let analysis = analyse(&context.root, context.today);
    let repo = &analysis.repo;
    let lang = context.lang_for(repo.convention.as_ref().and_then(|c| c.language));
    if args.format == ListFormat::Xlsx
        && let Some(exit) = super::refuse_workbook_on_terminal(&args.written, lang)
    {
        return Ok(exit);
    }
    let Some(convention) = repo.convention.as_ref() else {
        super::name_left_out(repo, lang)?;
        print_stderr(&format!("{}\n", labels::no_plan(lang)));
        return Ok(Exit::Problems);
    };
    let date = context.today;
    let format = args.format;
    let written = &args.written;
    let commune = match &args.commune {
        Some(query) => match super::pick_commune(query, &convention.communes, lang)? {
            Some(name) => Some(name),
            None => return Ok(Exit::Usage),
        },
        None => None,
    };
    let bytes = if args.history {
        let history = FteHistory::compute_for(repo, convention, date, commune);
        super::list(&history, format, written, date, lang)
    } else if args.by == Some(FteBy::Officer) {
        super::list(
            &FteByOfficer::compute(repo, convention, date),
            format,
            written,
            date,
            lang,
        )
    } else {
        let answer = FteAnswer::compute(repo, convention, date);
        match commune {
            Some(name) => super::list(&OneCommune(answer.only(name)), format, written, date, lang),
            None => super::list(&answer, format, written, date, lang),
        }
    };
    if let Err(exit) = super::deliver(written, &bytes, lang)? {
        return Ok(exit);
    }
    super::name_left_out(repo, lang)
}
