//! The words of the records as people type them on a command line, in
//! English or in French, with or without accents, hyphens or capitals:
//! `en cours`, `In progress` and `in-progress` are one status.

use crate::domain::commune::normalize;
use crate::domain::indicator::State;
use crate::domain::model::{ActionStatus, CommissionKind, MeetingStatus, Mission};

/// Finds the word of `all` that `text` names: its record word, or one of
/// the ways it is said (compared as [`normalize`] does).
fn find<T: Copy>(text: &str, all: &[(T, &[&str])]) -> Option<T> {
    let wanted = normalize(text);
    all.iter()
        .find(|(_, words)| words.iter().any(|word| normalize(word) == wanted))
        .map(|(value, _)| *value)
}

/// An action's status: `done`, `terminée`, `fini`…
pub fn action_status(text: &str) -> Option<ActionStatus> {
    find(
        text,
        &[
            (
                ActionStatus::Planned,
                &["planned", "prévue", "planifiée", "à venir"],
            ),
            (
                ActionStatus::InProgress,
                &["in-progress", "en cours", "commencée", "started"],
            ),
            (
                ActionStatus::Paused,
                &["paused", "en pause", "suspendue", "mise en pause"],
            ),
            (ActionStatus::Blocked, &["blocked", "bloquée"]),
            (
                ActionStatus::Done,
                &["done", "terminée", "finie", "réalisée", "completed"],
            ),
            (ActionStatus::Abandoned, &["abandoned", "abandonnée"]),
        ],
    )
}

/// A meeting's status: `held`, `tenue`…
pub fn meeting_status(text: &str) -> Option<MeetingStatus> {
    find(
        text,
        &[
            (MeetingStatus::Held, &["held", "tenue", "tenu"]),
            (
                MeetingStatus::Planned,
                &["planned", "prévue", "prévu", "planifiée"],
            ),
            (
                MeetingStatus::Cancelled,
                &["cancelled", "canceled", "annulée", "annulé"],
            ),
        ],
    )
}

/// A mission of the cooperation officers: `réseau`, `network`…
pub fn mission(text: &str) -> Option<Mission> {
    find(
        text,
        &[
            (
                Mission::DecisionSupport,
                &["decision-support", "aide à la décision", "décision"],
            ),
            (
                Mission::Network,
                &["network", "réseau", "animation du réseau"],
            ),
            (
                Mission::Resources,
                &["resources", "ressources", "mobilisation des ressources"],
            ),
            (
                Mission::Evaluation,
                &["evaluation", "évaluation", "diagnostic et évaluation"],
            ),
        ],
    )
}

/// A commission's kind: `thématique`, `territoriale`…
pub fn commission_kind(text: &str) -> Option<CommissionKind> {
    find(
        text,
        &[
            (CommissionKind::Thematic, &["thematic", "thématique"]),
            (
                CommissionKind::Territorial,
                &["territorial", "territoriale"],
            ),
        ],
    )
}

/// A yes or no written as a word (`"oui"`, `"non"`, `"true"` in quotes):
/// in a file, a boolean is written bare, `true` or `false`.
pub fn yes_no(text: &str) -> Option<bool> {
    find(
        text,
        &[
            (true, &["true", "yes", "oui", "vrai"]),
            (false, &["false", "no", "non", "faux"]),
        ],
    )
}

/// The record word among `names` (the words a field allows) that `text`
/// says another way (`en cours` for `in-progress`, `réseau` for
/// `network`): so a file written in French is told the exact word to
/// write, with the same mapping as the command line's.
pub fn record_word(text: &str, names: &[&'static str]) -> Option<&'static str> {
    let words = [
        action_status(text).map(ActionStatus::as_str),
        meeting_status(text).map(MeetingStatus::as_str),
        mission(text).map(Mission::as_str),
        commission_kind(text).map(CommissionKind::as_str),
    ];
    words
        .into_iter()
        .flatten()
        .find_map(|word| names.iter().copied().find(|name| *name == word))
}

/// The words for an open action past its due date (`ctg actions --status
/// overdue`), a state derived from the file, not a status of it.
pub const OVERDUE: &[&str] = &["overdue", "en retard", "late"];

/// Whether `text` names [`OVERDUE`].
pub fn is_overdue(text: &str) -> bool {
    find(text, &[((), OVERDUE)]).is_some()
}

/// Where an indicator stands: `on-track`, `en bonne voie`…
pub fn indicator_state(text: &str) -> Option<State> {
    find(
        text,
        &[
            (State::Reached, &["reached", "atteint", "atteinte"]),
            (State::OnTrack, &["on-track", "en bonne voie"]),
            (State::Behind, &["behind", "en retard"]),
            (State::Stale, &["stale", "à mettre à jour", "périmé"]),
            (State::NoMeasure, &["no-measure", "sans mesure"]),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_in_both_languages() {
        assert_eq!(action_status("en cours"), Some(ActionStatus::InProgress));
        assert_eq!(action_status("In Progress"), Some(ActionStatus::InProgress));
        assert_eq!(action_status("TERMINEE"), Some(ActionStatus::Done));
        assert_eq!(action_status("done"), Some(ActionStatus::Done));
        assert_eq!(action_status("finished?"), None);
        assert_eq!(meeting_status("tenue"), Some(MeetingStatus::Held));
        assert_eq!(meeting_status("annulée"), Some(MeetingStatus::Cancelled));
        assert_eq!(mission("réseau"), Some(Mission::Network));
        assert_eq!(mission("evaluation"), Some(Mission::Evaluation));
        assert!(is_overdue("En retard") && is_overdue("en-retard") && !is_overdue("en cours"));
        assert_eq!(indicator_state("À mettre à jour"), Some(State::Stale));
        assert_eq!(indicator_state("en bonne voie"), Some(State::OnTrack));
    }

    #[test]
    fn record_words_said_in_french() {
        assert_eq!(
            record_word("en cours", ActionStatus::NAMES),
            Some("in-progress")
        );
        assert_eq!(record_word("Réseau", Mission::NAMES), Some("network"));
        assert_eq!(record_word("tenue", MeetingStatus::NAMES), Some("held"));
        assert_eq!(
            record_word("thématique", CommissionKind::NAMES),
            Some("thematic")
        );
        // `prévue` is a status of actions and of meetings: the field decides.
        assert_eq!(record_word("prévue", MeetingStatus::NAMES), Some("planned"));
        // A word of another field is no answer.
        assert_eq!(record_word("tenue", ActionStatus::NAMES), None);
        assert_eq!(record_word("finished", ActionStatus::NAMES), None);
        assert_eq!(yes_no("oui"), Some(true));
        assert_eq!(yes_no("NON"), Some(false));
        assert_eq!(yes_no("true"), Some(true));
        assert_eq!(yes_no("peut-être"), None);
    }
}
