//! Completions that know the repository: `ctg action done <TAB>` proposes
//! the open actions, `ctg meeting held <TAB>` the commissions, `--commune`
//! the convention's communes. clap_complete's dynamic completion asks `ctg`
//! itself at each TAB (`source <(COMPLETE=bash ctg)`), which reads the
//! repository found as every command finds it (`$CTG_DIR`, else upwards).

use clap_complete::engine::CompletionCandidate;

use ctg_core::domain::model::{Action, ActionStatus, MeetingStatus};
use ctg_core::read::loader::load;
use ctg_core::read::repository::Repository;

/// The repository the completion is for, if one is found.
fn repository() -> Option<Repository> {
    let root = crate::root::locate(None).ok()?;
    Some(load(&root).repo)
}

/// `(value, help)` pairs as candidates, those starting with `current`.
fn candidates(
    current: &std::ffi::OsStr,
    values: impl IntoIterator<Item = (String, String)>,
) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    values
        .into_iter()
        .filter(|(value, _)| value.starts_with(current.as_ref()))
        .map(|(value, help)| CompletionCandidate::new(value).help(Some(help.into())))
        .collect()
}

/// Candidates made from the repository, none without one.
fn from_repository<I>(
    current: &std::ffi::OsStr,
    values: impl FnOnce(Repository) -> I,
) -> Vec<CompletionCandidate>
where
    I: IntoIterator<Item = (String, String)>,
{
    repository().map_or_else(Vec::new, |repo| candidates(current, values(repo)))
}

/// The ids of the actions `keep` keeps, with their titles.
fn actions_where(current: &std::ffi::OsStr, keep: fn(&Action) -> bool) -> Vec<CompletionCandidate> {
    from_repository(current, |repo| {
        repo.actions
            .into_iter()
            .filter(keep)
            .map(|a| (a.id.to_string(), a.title))
            .collect::<Vec<_>>()
    })
}

/// Every action's id, with its title.
pub fn actions(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    actions_where(current, |_| true)
}

/// The open actions' ids (what `done`, `start`… apply to), with their titles.
pub fn open_actions(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    actions_where(current, |a| a.status.value.is_open())
}

/// Every officer's id, with their name.
pub fn officers(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    from_repository(current, |repo| {
        repo.officers
            .into_iter()
            .map(|o| (o.id.to_string(), o.name))
            .collect::<Vec<_>>()
    })
}

/// `copil` and every commission's id, with its name.
pub fn bodies(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    let repo = repository();
    let commissions = repo.iter().flat_map(|repo| {
        repo.commissions
            .iter()
            .map(|c| (c.id.to_string(), c.name.clone()))
    });
    candidates(
        current,
        std::iter::once(("copil".to_owned(), "COPIL".to_owned())).chain(commissions),
    )
}

/// The convention's communes.
pub fn communes(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    let communes = repository()
        .and_then(|repo| repo.convention.map(|c| c.communes))
        .unwrap_or_default();
    candidates(current, communes.into_iter().map(|c| (c.clone(), c)))
}

/// An action's statuses, as the files write them.
pub fn action_statuses(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    candidates(
        current,
        ActionStatus::NAMES
            .iter()
            .map(|s| ((*s).to_owned(), String::new())),
    )
}

/// A meeting's statuses, as the files write them.
pub fn meeting_statuses(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    candidates(
        current,
        MeetingStatus::NAMES
            .iter()
            .map(|s| ((*s).to_owned(), String::new())),
    )
}
