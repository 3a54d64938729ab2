//! The wording of `ctg changes` (and of its line in `status` and its section
//! in the report), in English and French.

use crate::wording::labels::colon;
use chrono::NaiveDate;
use ctg_core::Fte;
use ctg_core::answers::changes::{Post, Side};
use ctg_core::domain::fte::SayFte;
use ctg_core::domain::model::{MeetingStatus, RecordKind};
use ctg_core::i18n::{Lang, date};

/// A heading of the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    /// 1: the two sides.
    Versions,
    /// 2: cofunded FTE and the officers behind its moves.
    Fte,
    /// 3: the actions.
    Actions,
    /// 3b: the indicators' new measures.
    Measures,
    /// 4: the meetings.
    Meetings,
    /// 5: commissions and COPIL members.
    Bodies,
    /// 6: every other changed field.
    Other,
}

impl Heading {
    /// The heading in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Heading::Versions, Lang::En) => "Versions compared",
            (Heading::Versions, Lang::Fr) => "Versions comparées",
            (Heading::Fte, Lang::En) => "Cofunded FTE",
            (Heading::Fte, Lang::Fr) => "ETP cofinancés",
            (Heading::Actions, Lang::En) => "Actions",
            (Heading::Actions, Lang::Fr) => "Fiches action",
            (Heading::Measures, Lang::En) => "Indicator measures",
            (Heading::Measures, Lang::Fr) => "Mesures des indicateurs",
            (Heading::Meetings, Lang::En) => "Meetings",
            (Heading::Meetings, Lang::Fr) => "Réunions",
            (Heading::Bodies, Lang::En) => "Commissions and COPIL",
            (Heading::Bodies, Lang::Fr) => "Commissions et COPIL",
            (Heading::Other, Lang::En) => "Other changes",
            (Heading::Other, Lang::Fr) => "Autres changements",
        }
    }
}

/// A measure recorded: `par-01/familles (Familles accueillies): 52
/// familles on 2026-06-30`.
pub fn measure_added(
    place: &str,
    id: &str,
    name: &str,
    value: &str,
    day: NaiveDate,
    lang: Lang,
) -> String {
    match lang {
        Lang::En => format!("{place}/{id} ({name}): {value} on {}", date(day, lang)),
        Lang::Fr => format!("{place}/{id} ({name}) : {value} au {}", date(day, lang)),
    }
}

/// What happened to an action, as a list's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionMove {
    /// New.
    Added,
    /// Removed from the plan.
    Removed,
    /// Became done.
    Completed,
    /// Became in progress.
    Started,
    /// Became paused.
    Paused,
    /// Became blocked.
    Blocked,
    /// Became abandoned.
    Abandoned,
    /// Late now, not before.
    Overdue,
    /// Due date moved.
    DueMoved,
    /// Progress moved.
    Progress,
}

impl ActionMove {
    /// The label in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use ActionMove as M;
        match (self, lang) {
            (M::Added, Lang::En) => "added",
            (M::Added, Lang::Fr) => "ajoutée",
            (M::Removed, Lang::En) => "removed",
            (M::Removed, Lang::Fr) => "retirée",
            (M::Completed, Lang::En) => "completed",
            (M::Completed, Lang::Fr) => "terminée",
            (M::Started, Lang::En) => "started",
            (M::Started, Lang::Fr) => "commencée",
            (M::Paused, Lang::En) => "paused",
            (M::Paused, Lang::Fr) => "mise en pause",
            (M::Blocked, Lang::En) => "blocked",
            (M::Blocked, Lang::Fr) => "bloquée",
            (M::Abandoned, Lang::En) => "abandoned",
            (M::Abandoned, Lang::Fr) => "abandonnée",
            (M::Overdue, Lang::En) => "newly overdue",
            (M::Overdue, Lang::Fr) => "nouvellement en retard",
            (M::DueMoved, Lang::En) => "due date moved",
            (M::DueMoved, Lang::Fr) => "échéance déplacée",
            (M::Progress, Lang::En) => "progress",
            (M::Progress, Lang::Fr) => "avancement",
        }
    }
}

/// A side: `v1 (commit abc1234, 16/06/2026)`, or the files as they are.
pub fn side(side: &Side, lang: Lang) -> String {
    let day = date(side.date, lang);
    match (&side.rev, &side.commit) {
        (None, _) | (_, None) => match lang {
            Lang::En => format!("the files as they are now ({day})"),
            Lang::Fr => format!("les fichiers tels qu'ils sont ({day})"),
        },
        (Some(rev), Some(commit)) if rev == "copil" => match lang {
            Lang::En => format!("the COPIL of {day} (commit {commit})"),
            Lang::Fr => format!("le COPIL du {day} (commit {commit})"),
        },
        (Some(rev), Some(commit)) if ctg_core::i18n::input::date(rev).is_some() => {
            format!("{day} (commit {commit})")
        }
        (Some(rev), Some(commit)) if commit.starts_with(rev.as_str()) => {
            format!("commit {commit} ({day})")
        }
        (Some(rev), Some(commit)) => format!("{rev} (commit {commit}, {day})"),
    }
}

/// The title: `Changes from 16/06/2026 to 29/11/2026`.
pub fn title(from: NaiveDate, to: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Changes from {} to {}", date(from, lang), date(to, lang)),
        Lang::Fr => format!("Évolutions du {} au {}", date(from, lang), date(to, lang)),
    }
}

/// `from: …` / `du : …`, and `to: …` / `au : …`.
pub fn from_to(from: bool, lang: Lang) -> &'static str {
    match (from, lang) {
        (true, Lang::En) => "from",
        (true, Lang::Fr) => "du",
        (false, Lang::En) => "to",
        (false, Lang::Fr) => "au",
    }
}

/// A signed move: `+0.5`, `-0,2`.
pub fn delta(from: Fte, to: Fte, lang: Lang) -> String {
    lang.number(&(to - from).signed())
}

/// `3.1 → 3.8 FTE (+0.7), target 3.8`.
pub fn fte_total(from: Fte, to: Fte, target: Option<Fte>, lang: Lang) -> String {
    let unit = lang.pick("FTE", "ETP");
    let moved = if from == to {
        match lang {
            Lang::En => format!("{} {unit}, unchanged", lang.fte(to)),
            Lang::Fr => format!("{} {unit}, sans changement", lang.fte(to)),
        }
    } else {
        format!(
            "{} → {} {unit} ({})",
            lang.fte(from),
            lang.fte(to),
            delta(from, to, lang)
        )
    };
    match target {
        Some(target) => match lang {
            Lang::En => format!("{moved}, target {}", lang.fte(target)),
            Lang::Fr => format!("{moved}, cible {}", lang.fte(target)),
        },
        None => moved,
    }
}

/// Said after the FTE's move when an officer file of a side was left out.
pub fn fte_incomplete(lang: Lang) -> &'static str {
    lang.pick(
        "incomplete: an officer file could not be read (named on stderr), so its FTE is missing from these figures",
        "incomplet : un fichier de chargé de coopération n'a pas pu être lu (nommé sur la sortie d'erreur), ses ETP manquent donc à ces chiffres",
    )
}

/// `Istres: 1.0 → 1.5 (+0.5)`.
pub fn commune_move(commune: &str, from: Fte, to: Fte, lang: Lang) -> String {
    format!(
        "{commune}{} {} → {} ({})",
        colon(lang),
        lang.fte(from),
        lang.fte(to),
        delta(from, to, lang)
    )
}

/// A post: `Istres 0.5, Fos-sur-Mer 0.2, cofunded`.
pub fn post(post: &Post, lang: Lang) -> String {
    let mut parts: Vec<String> = post
        .communes
        .iter()
        .map(|(commune, fte)| format!("{commune} {}", lang.fte(*fte)))
        .collect();
    parts.push(
        match (post.cofunded, lang) {
            (true, Lang::En) => "cofunded",
            (true, Lang::Fr) => "cofinancé",
            (false, Lang::En) => "not cofunded",
            (false, Lang::Fr) => "non cofinancé",
        }
        .to_owned(),
    );
    parts.join(", ")
}

/// An officer's move: joined, left, or changed.
pub fn officer_move(
    name: &str,
    id: &str,
    before: Option<&Post>,
    after: Option<&Post>,
    lang: Lang,
) -> String {
    let c = colon(lang);
    match (before, after, lang) {
        (None, Some(after), Lang::En) => format!("joined{c} {name} ({id}), {}", post(after, lang)),
        (None, Some(after), Lang::Fr) => {
            format!("arrivée{c} {name} ({id}), {}", post(after, lang))
        }
        (Some(before), None, Lang::En) => {
            format!("left{c} {name} ({id}), was {}", post(before, lang))
        }
        (Some(before), None, Lang::Fr) => {
            format!("départ{c} {name} ({id}), était {}", post(before, lang))
        }
        (Some(before), Some(after), Lang::En) => format!(
            "changed{c} {name} ({id}), {} → {}",
            post(before, lang),
            post(after, lang)
        ),
        (Some(before), Some(after), Lang::Fr) => format!(
            "changement{c} {name} ({id}), {} → {}",
            post(before, lang),
            post(after, lang)
        ),
        (None, None, _) => format!("{name} ({id})"),
    }
}

/// An action named: `pe-01 « Guichet unique » (petite-enfance)`.
pub fn action(id: &str, title: &str, commission: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{id} \"{title}\" ({commission})"),
        Lang::Fr => format!("{id} « {title} » ({commission})"),
    }
}

/// `31/12/2026 → 31/03/2027 (+90 days)`.
pub fn due_move(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    days: Option<i64>,
    lang: Lang,
) -> String {
    let day = |d: Option<NaiveDate>| d.map_or_else(|| none(lang).to_owned(), |d| date(d, lang));
    let moved = format!("{} → {}", day(from), day(to));
    match (days, lang) {
        (Some(days), Lang::En) => format!("{moved} ({days:+} days)"),
        (Some(days), Lang::Fr) => format!("{moved} ({days:+} jours)"),
        (None, _) => moved,
    }
}

/// `20 % → 50 %`.
pub fn progress_move(from: Option<u8>, to: Option<u8>, lang: Lang) -> String {
    let percent = |p: Option<u8>| match p {
        None => none(lang).to_owned(),
        Some(p) => crate::wording::report::percent(i64::from(p), lang),
    };
    format!("{} → {}", percent(from), percent(to))
}

/// A meeting: `held on 16/06/2026: COPIL`.
pub fn meeting(day: NaiveDate, body: &str, status: MeetingStatus, lang: Lang) -> String {
    let c = colon(lang);
    let body = if body == "copil" {
        "COPIL".to_owned()
    } else {
        format!("commission {body}")
    };
    let day = date(day, lang);
    match (status, lang) {
        (MeetingStatus::Held, Lang::En) => format!("held on {day}{c} {body}"),
        (MeetingStatus::Held, Lang::Fr) => format!("tenue le {day}{c} {body}"),
        (MeetingStatus::Planned, Lang::En) => format!("planned for {day}{c} {body}"),
        (MeetingStatus::Planned, Lang::Fr) => format!("prévue le {day}{c} {body}"),
        (MeetingStatus::Cancelled, Lang::En) => format!("cancelled, {day}{c} {body}"),
        (MeetingStatus::Cancelled, Lang::Fr) => format!("annulée, le {day}{c} {body}"),
    }
}

/// What happened to a commission or a COPIL member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyMove {
    /// A commission added.
    CommissionAdded,
    /// A commission removed.
    CommissionRemoved,
    /// A commission's referent changed.
    Referent,
    /// A COPIL member added.
    MemberAdded,
    /// A COPIL member removed.
    MemberRemoved,
}

impl BodyMove {
    /// The label in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use BodyMove as B;
        match (self, lang) {
            (B::CommissionAdded, Lang::En) => "commission added",
            (B::CommissionAdded, Lang::Fr) => "commission ajoutée",
            (B::CommissionRemoved, Lang::En) => "commission removed",
            (B::CommissionRemoved, Lang::Fr) => "commission retirée",
            (B::Referent, Lang::En) => "referent changed",
            (B::Referent, Lang::Fr) => "référent changé",
            (B::MemberAdded, Lang::En) => "COPIL member added",
            (B::MemberAdded, Lang::Fr) => "membre du COPIL ajouté",
            (B::MemberRemoved, Lang::En) => "COPIL member removed",
            (B::MemberRemoved, Lang::Fr) => "membre du COPIL retiré",
        }
    }
}

/// A record's kind as a word.
pub fn kind(kind: RecordKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (RecordKind::Copil, _) => "copil",
        (RecordKind::Commission, _) => "commission",
        (RecordKind::Officer, Lang::En) => "officer",
        (RecordKind::Officer, Lang::Fr) => "chargé de coopération",
        (RecordKind::Action, Lang::En) => "action",
        (RecordKind::Action, Lang::Fr) => "fiche action",
    }
}

/// A record added or removed, said in section 6.
pub fn record_there(added: bool, lang: Lang) -> &'static str {
    match (added, lang) {
        (true, Lang::En) => "added",
        (true, Lang::Fr) => "ajouté",
        (false, Lang::En) => "removed",
        (false, Lang::Fr) => "retiré",
    }
}

/// `moved from actions/a.toml to actions/2026/a.toml`.
pub fn moved(from: &str, to: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("file moved from {from} to {to}"),
        Lang::Fr => format!("fichier déplacé de {from} vers {to}"),
    }
}

/// An absent value.
pub fn none(lang: Lang) -> &'static str {
    lang.pick("(none)", "(aucun)")
}

/// When a section has nothing to say.
pub fn nothing(lang: Lang) -> &'static str {
    lang.pick("no change", "aucun changement")
}

/// The one line of `ctg status`: `since the COPIL of 16/06/2026: …`.
pub fn since_copil(copil: NaiveDate, parts: &[String], lang: Lang) -> String {
    let said = if parts.is_empty() {
        nothing(lang).to_owned()
    } else {
        parts.join(", ")
    };
    match lang {
        Lang::En => format!(
            "Since the COPIL of {}{} {said}",
            date(copil, lang),
            colon(lang)
        ),
        Lang::Fr => format!(
            "Depuis le COPIL du {}{} {said}",
            date(copil, lang),
            colon(lang)
        ),
    }
}

/// The short summary as a sentence: `1 action completed, 4 meetings held.`
pub fn summary_sentence(parts: &[String], lang: Lang) -> String {
    let text = if parts.is_empty() {
        nothing(lang).to_owned()
    } else {
        parts.join(", ")
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => text,
    }
}

/// `2 actions completed`, `1 action started`…, for the short summary.
pub fn count(n: usize, what: ActionMove, lang: Lang) -> String {
    let plural = n > 1;
    match lang {
        Lang::En => format!(
            "{n} action{} {}",
            if plural { "s" } else { "" },
            what.text(lang)
        ),
        Lang::Fr => {
            let word = what.text(lang);
            // `terminée` → `terminées`; `mise en pause` → `mises en pause`.
            let word = match (plural, word.split_once(' ')) {
                (false, _) => word.to_owned(),
                (true, Some((first, rest))) => format!("{first}s {rest}"),
                (true, None) => format!("{word}s"),
            };
            format!("{n} fiche{} action {word}", if plural { "s" } else { "" })
        }
    }
}

/// `+0.5 FTE` in the short summary.
pub fn fte_delta(from: Fte, to: Fte, lang: Lang) -> String {
    format!("{} {}", delta(from, to, lang), lang.pick("FTE", "ETP"))
}

/// `1 officer joined`, `1 left`.
pub fn officers_count(joined: usize, left: usize, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if joined > 0 {
        out.push(match lang {
            Lang::En => format!(
                "{joined} officer{} joined",
                if joined > 1 { "s" } else { "" }
            ),
            Lang::Fr => format!("{joined} arrivée{}", if joined > 1 { "s" } else { "" }),
        });
    }
    if left > 0 {
        out.push(match lang {
            Lang::En => format!("{left} officer{} left", if left > 1 { "s" } else { "" }),
            Lang::Fr => format!("{left} départ{}", if left > 1 { "s" } else { "" }),
        });
    }
    out
}

/// `2 meetings held`.
pub fn meetings_held(n: usize, lang: Lang) -> String {
    let s = if n > 1 { "s" } else { "" };
    match (n, lang) {
        (0, Lang::En) => "no meeting held".to_owned(),
        (0, Lang::Fr) => "aucune réunion tenue".to_owned(),
        (_, Lang::En) => format!("{n} meeting{s} held"),
        (_, Lang::Fr) => format!("{n} réunion{s} tenue{s}"),
    }
}

/// Nothing moved at all.
pub fn unchanged(lang: Lang) -> &'static str {
    lang.pick(
        "Nothing changed between these two versions.",
        "Rien n'a changé entre ces deux versions.",
    )
}

/// The note of a report or status without git history.
pub fn no_history(lang: Lang) -> &'static str {
    lang.pick(
        "What changed since the last COPIL is not shown: the records are not in a git repository with a commit before that COPIL.",
        "Les évolutions depuis le dernier COPIL ne sont pas présentées : les fiches ne sont pas dans un dépôt git avec un commit antérieur à ce COPIL.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "aucune réunion tenue", never "0 réunion tenue".
    #[test]
    fn no_meeting_held_is_said_in_words() {
        assert_eq!(meetings_held(0, Lang::Fr), "aucune réunion tenue");
        assert_eq!(meetings_held(1, Lang::Fr), "1 réunion tenue");
        assert_eq!(meetings_held(2, Lang::Fr), "2 réunions tenues");
        assert_eq!(meetings_held(0, Lang::En), "no meeting held");
    }
}
