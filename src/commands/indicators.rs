//! `ctg indicators`: is the action plan reaching its objectives?

use crate::app::{Context, Exit};
use crate::cli::{IndicatorsArgs, IndicatorsFormat, StateArg};
use crate::render::indicators as render;
use ctg_core::analysis::analyse;
use ctg_core::answers::indicators::{IndicatorFilter, IndicatorList};
use ctg_core::domain::indicator::State;
use std::io::IsTerminal;

fn state(arg: StateArg) -> State {
    match arg {
        StateArg::Reached => State::Reached,
        StateArg::OnTrack => State::OnTrack,
        StateArg::Behind => State::Behind,
        StateArg::Stale => State::Stale,
        StateArg::NoMeasure => State::NoMeasure,
    }
}

/// Evaluates the indicators as of `--at` and prints those the flags keep.
pub fn run(context: &Context, args: &IndicatorsArgs) -> anyhow::Result<Exit> {
    let analysis = analyse(&context.root, context.today);
    let repo = &analysis.repo;
    let lang = context.lang_for(repo.convention.as_ref().and_then(|c| c.language));
    if args.format == IndicatorsFormat::Xlsx
        && let Some(exit) = super::refuse_workbook_on_terminal(&args.written, lang)
    {
        return Ok(exit);
    }
    let Some(commissions) = super::pick_commissions(repo, &args.commission, lang) else {
        return Ok(Exit::Usage);
    };
    let mut actions = Vec::new();
    for query in &args.action {
        let ids = &repo.known_ids.actions;
        match super::pick_record("--action", query, ids, |_| None, "actions", lang) {
            Some(id) => actions.push(id),
            None => return Ok(Exit::Usage),
        }
    }
    let filter = IndicatorFilter {
        commissions,
        actions,
        states: args.state.iter().copied().map(state).collect(),
    };
    let answer = IndicatorList::compute(repo, context.today, &filter);
    let terminal = std::io::stdout().is_terminal();
    let bytes = match args.format {
        IndicatorsFormat::Table => render::table(&answer, lang, terminal).into_bytes(),
        IndicatorsFormat::Json => crate::render::table::json(&answer).into_bytes(),
        IndicatorsFormat::Csv => {
            render::csv(&answer, super::csv_style(&args.written, lang)).into_bytes()
        }
        IndicatorsFormat::Markdown => render::markdown(&answer, lang).into_bytes(),
        IndicatorsFormat::Xlsx => {
            super::one_sheet(render::sheet(&answer, lang), context.today, lang)
        }
    };
    if let Err(exit) = super::deliver(&args.written, &bytes, lang)? {
        return Ok(exit);
    }
    let exit = super::name_left_out(repo, lang);
    // The process ends next: freeing every record one by one would only
    // delay it (as `check` does, leave that to the operating system).
    std::mem::forget(analysis);
    exit
}
