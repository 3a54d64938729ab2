//! `ctg actions`: the action plan, filtered.

use crate::app::{Context, Exit, print_stderr, print_stdout};
use crate::cli::{ActionsArgs, StatusArg};
use crate::wording::labels;
use ctg_core::analysis::analyse;
use ctg_core::answers::actions::{ActionFilter, ActionList, StatusFilter};
use ctg_core::domain::model::ActionStatus;
use ctg_core::i18n::suggest::suggest;

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

    let known = |ids: &ctg_core::read::repository::IdSet, flag: &str, value: &str, folder| {
        if ids.contains(value) {
            return None;
        }
        // A typo, else the one id the value starts (`lucie` for `lucie-mercier`).
        let near = suggest(value, ids.iter().map(|id| &**id)).or_else(|| {
            let mut starting = ids
                .iter()
                .filter(|id| id.starts_with(value) && !value.is_empty());
            match (starting.next(), starting.next()) {
                (Some(only), None) => Some(only.to_string()),
                _ => None,
            }
        });
        Some(labels::unknown_id(
            flag,
            value,
            near.as_deref(),
            folder,
            lang,
        ))
    };
    for id in &args.commission {
        if let Some(problem) = known(
            &repo.known_ids.commissions,
            "--commission",
            id,
            "commissions",
        ) {
            print_stderr(&format!("{problem}\n"));
            return Ok(Exit::Usage);
        }
    }
    if let Some(id) = &args.lead
        && let Some(problem) = known(&repo.known_ids.officers, "--lead", id, "officers")
    {
        print_stderr(&format!("{problem}\n"));
        return Ok(Exit::Usage);
    }
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
        commissions: args.commission.clone(),
        statuses: args.status.iter().copied().map(status_filter).collect(),
        commune,
        lead: args.lead.clone(),
        due_before: args.due_before,
    };
    let answer = ActionList::compute(repo, context.today, &filter);
    let text = super::list(&answer, args.format, lang);
    print_stdout(&text)?;
    super::name_left_out(repo, lang)
}
