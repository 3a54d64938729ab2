//! `ctg actions`: the action plan, filtered.

use crate::app::{Context, Exit};
use crate::cli::{ActionsArgs, ListFormat, StatusArg};
use ctg_core::analysis::analyse;
use ctg_core::answers::actions::{ActionFilter, ActionList, StatusFilter};
use ctg_core::domain::model::ActionStatus;

fn status_filter(arg: StatusArg) -> StatusFilter {
    match arg {
        StatusArg::Planned => StatusFilter::Is(ActionStatus::Planned),
        StatusArg::InProgress => StatusFilter::Is(ActionStatus::InProgress),
        StatusArg::Paused => StatusFilter::Is(ActionStatus::Paused),
        StatusArg::Blocked => StatusFilter::Is(ActionStatus::Blocked),
        StatusArg::Done => StatusFilter::Is(ActionStatus::Done),
        StatusArg::Abandoned => StatusFilter::Is(ActionStatus::Abandoned),
        StatusArg::Overdue => StatusFilter::Overdue,
    }
}

/// Filters the plan as the flags ask and prints it.
pub fn run(context: &Context, args: &ActionsArgs) -> anyhow::Result<Exit> {
    let analysis = analyse(&context.root, context.today);
    let repo = &analysis.repo;
    let lang = context.lang_for(repo.convention.as_ref().and_then(|c| c.language));
    if args.format == ListFormat::Xlsx
        && let Some(exit) = super::refuse_workbook_on_terminal(&args.written, lang)
    {
        return Ok(exit);
    }

    let Some(commissions) = super::pick_commissions(repo, &args.commission, lang) else {
        return Ok(Exit::Usage);
    };
    let lead = match &args.lead {
        None => None,
        Some(query) => {
            let name_of = |id: &str| repo.officer(id).map(|o| o.name.as_str());
            let ids = &repo.known_ids.officers;
            match super::pick_record("--lead", query, ids, name_of, "officers", lang) {
                Some(id) => Some(id),
                None => return Ok(Exit::Usage),
            }
        }
    };
    let commune = match &args.commune {
        None => None,
        Some(query) => {
            // Without copil.toml, the communes the actions name are all we know.
            let communes: Vec<String> = match &repo.convention {
                Some(c) => c.communes.clone(),
                None => {
                    let mut all: Vec<String> = repo
                        .actions
                        .iter()
                        .flat_map(|a| a.communes.iter().map(|c| c.value.to_string()))
                        .collect();
                    all.sort();
                    all.dedup();
                    all
                }
            };
            match super::pick_commune(query, &communes, lang)? {
                Some(name) => Some(name.to_owned()),
                None => return Ok(Exit::Usage),
            }
        }
    };
    let filter = ActionFilter {
        commissions,
        statuses: args.status.iter().copied().map(status_filter).collect(),
        commune,
        lead,
        due_before: args.due_before,
    };
    let answer = ActionList::compute(repo, context.today, &filter);
    let bytes = super::list(&answer, args.format, &args.written, context.today, lang);
    if let Err(exit) = super::deliver(&args.written, &bytes, lang)? {
        return Ok(exit);
    }
    super::name_left_out(repo, lang)
}
