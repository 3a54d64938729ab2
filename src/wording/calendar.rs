//! The words of `ctg calendar`: each event's title and details.

use ctg_core::answers::calendar::What;
use ctg_core::domain::model::MeetingStatus;
use ctg_core::i18n::Lang;

use super::labels::action_status;
use super::report::meeting_status;

/// The event's title, as a calendar lists it.
pub fn summary(what: &What, convention: &str, lang: Lang) -> String {
    let cancelled = |status: &MeetingStatus| *status == MeetingStatus::Cancelled;
    let mark = |status: &MeetingStatus| match (cancelled(status), lang) {
        (false, _) => String::new(),
        (true, Lang::En) => " (cancelled)".to_owned(),
        (true, Lang::Fr) => " (annulé)".to_owned(),
    };
    match (what, lang) {
        (What::Copil { status, .. }, Lang::En) => format!("COPIL of {convention}{}", mark(status)),
        (What::Copil { status, .. }, Lang::Fr) => {
            format!("COPIL de la {convention}{}", mark(status))
        }
        (What::Commission { name, status, .. }, Lang::En) => {
            format!("Commission: {name}{}", mark(status))
        }
        (What::Commission { name, status, .. }, Lang::Fr) => {
            format!("Commission : {name}{}", mark(status))
        }
        (What::Due { title, .. }, Lang::En) => format!("Due: {title}"),
        (What::Due { title, .. }, Lang::Fr) => format!("Échéance : {title}"),
        (What::End, Lang::En) => format!("End of the {convention}"),
        (What::End, Lang::Fr) => format!("Fin de la {convention}"),
        (What::CopilDue { year, .. }, Lang::En) => {
            format!("COPIL to hold in {year}: none held or planned")
        }
        (What::CopilDue { year, .. }, Lang::Fr) => {
            format!("COPIL à réunir en {year} : aucun tenu ni prévu")
        }
    }
}

/// The event's details, one fact a line.
pub fn description(what: &What, lang: Lang) -> Option<String> {
    let line = |label: (&str, &str), value: &str| match lang {
        Lang::En => format!("{}: {value}", label.0),
        Lang::Fr => format!("{} : {value}", label.1),
    };
    let lines: Vec<String> = match what {
        What::Copil { status, decisions }
        | What::Commission {
            status, decisions, ..
        } => {
            let mut lines = vec![line(("Status", "Statut"), meeting_status(*status, lang))];
            lines.extend(decisions.iter().map(|d| line(("Decision", "Décision"), d)));
            lines
        }
        What::Due {
            status,
            lead,
            commission,
            id,
            ..
        } => {
            let mut lines = vec![
                line(("Commission", "Commission"), commission),
                line(("Status", "Statut"), action_status(*status, lang)),
            ];
            if let Some(lead) = lead {
                lines.push(line(("Lead", "Pilote"), lead));
            }
            lines.push(line(("Record", "Fiche"), &format!("actions/{id}.toml")));
            lines
        }
        What::End => return None,
        What::CopilDue { min, .. } => vec![match (lang, *min) {
            (Lang::En, 1) => "The convention asks for at least one COPIL meeting a year; none is held or planned this year.".to_owned(),
            (Lang::En, min) => format!(
                "The convention asks for at least {min} COPIL meetings a year; none is held or planned this year."
            ),
            (Lang::Fr, 1) => "La convention demande au moins une réunion du COPIL par an ; aucune n'est tenue ni prévue cette année.".to_owned(),
            (Lang::Fr, min) => format!(
                "La convention demande au moins {min} réunions du COPIL par an ; aucune n'est tenue ni prévue cette année."
            ),
        }],
    };
    Some(lines.join("\n"))
}

/// The calendar's name.
pub fn name(convention: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{convention}: governance calendar"),
        Lang::Fr => format!("{convention} : calendrier de la gouvernance"),
    }
}
