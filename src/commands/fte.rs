//! `ctg fte`: where the cofunded FTE stands against the plan.

use std::io::IsTerminal;

use crate::app::{Context, Exit, print_stderr, print_stdout};
use crate::cli::{FteArgs, FteBy, ListFormat};
use crate::render::fte as render;
use crate::render::table::json;
use crate::wording::labels;
use ctg_core::analysis::analyse;
use ctg_core::answers::fte::{FteAnswer, FteByOfficer, FteHistory};

/// Computes the answer the flags ask for and prints it.
pub fn run(context: &Context, args: &FteArgs) -> anyhow::Result<Exit> {
    let analysis = analyse(&context.root, context.today);
    let repo = &analysis.repo;
    let lang = context.lang_for(repo.convention.as_ref().and_then(|c| c.language));
    let terminal = std::io::stdout().is_terminal();
    let Some(convention) = repo.convention.as_ref() else {
        super::name_left_out(repo, lang)?;
        print_stderr(&format!("{}\n", labels::no_plan(lang)))?;
        return Ok(Exit::Problems);
    };
    let date = context.today;
    let text = if args.history {
        let answer = FteHistory::compute(repo, convention, date);
        match args.format {
            ListFormat::Table => render::history(&answer, lang, terminal),
            ListFormat::Json => json(&answer),
            ListFormat::Csv => render::history_csv(&answer),
        }
    } else if args.by == Some(FteBy::Officer) {
        let answer = FteByOfficer::compute(repo, convention, date);
        match args.format {
            ListFormat::Table => render::by_officer(&answer, lang, terminal),
            ListFormat::Json => json(&answer),
            ListFormat::Csv => render::by_officer_csv(&answer),
        }
    } else {
        let answer = FteAnswer::compute(repo, convention, date);
        match &args.commune {
            Some(query) => {
                let Some(name) = super::pick_commune(query, &convention.communes, lang)? else {
                    return Ok(Exit::Usage);
                };
                let answer = answer.only(name);
                match args.format {
                    ListFormat::Table => render::commune(&answer, lang, terminal),
                    ListFormat::Json => json(&answer),
                    ListFormat::Csv => render::csv(&answer),
                }
            }
            None => match args.format {
                ListFormat::Table => render::table(&answer, lang, terminal),
                ListFormat::Json => json(&answer),
                ListFormat::Csv => render::csv(&answer),
            },
        }
    };
    print_stdout(&text)?;
    super::name_left_out(repo, lang)
}
