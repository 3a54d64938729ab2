//! The words of `ctg fte`, `ctg status` and `ctg actions`: column headers,
//! headlines and section titles, in English and French.

use chrono::NaiveDate;

use ctg_core::domain::fte::Fte;
use ctg_core::domain::fte::SayFte;
use ctg_core::domain::model::{ActionStatus, CommissionKind, Mission};
use ctg_core::i18n::text::{backticked, escape_controls};
use ctg_core::i18n::{Lang, date};

/// A fixed word or heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// Column: commune.
    Commune,
    /// Column: communes.
    Communes,
    /// Column: the baseline.
    Baseline,
    /// Column: the planned increase.
    Increase,
    /// Column: the target.
    Target,
    /// Column: FTE.
    Fte,
    /// Column: the gap to the target.
    Gap,
    /// Row: the total.
    Total,
    /// Column: an officer.
    Officer,
    /// Column: the employer.
    Employer,
    /// Column: whether the Caf cofunds.
    Cofunded,
    /// Column: start.
    Start,
    /// Column: end.
    End,
    /// Column: missions.
    Missions,
    /// Column: date.
    Date,
    /// Column: what changed.
    Change,
    /// yes.
    Yes,
    /// no.
    No,
    /// Column: id.
    Id,
    /// Column: title.
    Title,
    /// Column: commission.
    Commission,
    /// Column: lead officer.
    Lead,
    /// Column: status.
    Status,
    /// Column: due date.
    Due,
    /// Column: progress.
    Progress,
    /// Column: kind.
    Kind,
    /// Column: referent.
    Referent,
    /// Column: done actions.
    Done,
    /// Column: actions in progress.
    InProgress,
    /// Column: planned actions.
    Planned,
    /// Column: paused or blocked actions.
    PausedOrBlocked,
    /// Column/word: overdue.
    Overdue,
    /// Section: FTE.
    SectionFte,
    /// Section: COPIL.
    SectionCopil,
    /// Section: commissions.
    SectionCommissions,
    /// Section: actions.
    SectionActions,
    /// Section: overdue actions.
    SectionOverdue,
    /// Section: the data's health.
    SectionHealth,
    /// No item.
    None,
    /// The whole territory (an action with no communes).
    WholeTerritory,
    /// Not cofunded, shown apart.
    NotCofunded,
    /// No action matches.
    NoAction,
    /// Nobody in post.
    NoOfficer,
}

impl Label {
    /// The label in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use Label as L;
        let (en, fr) = match self {
            L::Commune => ("Commune", "Commune"),
            L::Communes => ("Communes", "Communes"),
            L::Baseline => ("Baseline", "Existant"),
            L::Increase => ("Increase", "Développement"),
            L::Target => ("Target", "Cible"),
            L::Fte => ("FTE", "ETP"),
            L::Gap => ("Gap", "Écart"),
            L::Total => ("Total", "Total"),
            L::Officer => ("Officer", "Chargé(e) de coopération"),
            L::Employer => ("Employer", "Employeur"),
            L::Cofunded => ("Cofunded", "Cofinancé"),
            L::Start => ("Start", "Début"),
            L::End => ("End", "Fin"),
            L::Missions => ("Missions", "Missions"),
            L::Date => ("Date", "Date"),
            L::Change => ("Change", "Changement"),
            L::Yes => ("yes", "oui"),
            L::No => ("no", "non"),
            L::Id => ("Id", "Id"),
            L::Title => ("Title", "Intitulé"),
            L::Commission => ("Commission", "Commission"),
            L::Lead => ("Lead", "Pilote"),
            L::Status => ("Status", "Statut"),
            L::Due => ("Due", "Échéance"),
            L::Progress => ("Progress", "Avancement"),
            L::Kind => ("Kind", "Type"),
            L::Referent => ("Referent", "Référent(e)"),
            L::Done => ("Done", "Terminées"),
            L::InProgress => ("In progress", "En cours"),
            L::Planned => ("Planned", "Prévues"),
            L::PausedOrBlocked => ("Paused/blocked", "En pause/bloquées"),
            L::Overdue => ("Overdue", "En retard"),
            L::SectionFte => ("FTE cofunded by the Caf", "ETP cofinancés par la Caf"),
            L::SectionCopil => ("COPIL", "COPIL"),
            L::SectionCommissions => ("Commissions", "Commissions"),
            L::SectionActions => ("Actions", "Actions"),
            L::SectionOverdue => ("Overdue actions", "Actions en retard"),
            L::SectionHealth => ("Data health", "Qualité des données"),
            L::None => ("none", "aucune"),
            L::WholeTerritory => ("whole territory", "tout le territoire"),
            L::NotCofunded => (
                "Not cofunded by the Caf (not counted)",
                "Non cofinancés par la Caf (non comptés)",
            ),
            L::NoAction => ("No action matches.", "Aucune action ne correspond."),
            L::NoOfficer => (
                "No officer in post.",
                "Aucun chargé de coopération en poste.",
            ),
        };
        match lang {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }
}

/// One of the four missions of the annex, as a table shows it.
pub fn mission(mission: Mission, lang: Lang) -> &'static str {
    match (mission, lang) {
        (Mission::DecisionSupport, Lang::En) => "decision support",
        (Mission::Network, Lang::En) => "network",
        (Mission::Resources, Lang::En) => "resources",
        (Mission::Evaluation, Lang::En) => "evaluation",
        (Mission::DecisionSupport, Lang::Fr) => "aide à la décision",
        (Mission::Network, Lang::Fr) => "réseau",
        (Mission::Resources, Lang::Fr) => "ressources",
        (Mission::Evaluation, Lang::Fr) => "évaluation",
    }
}

/// An action status as a table shows it.
pub fn action_status(status: ActionStatus, lang: Lang) -> &'static str {
    match (status, lang) {
        (ActionStatus::Planned, Lang::En) => "planned",
        (ActionStatus::InProgress, Lang::En) => "in progress",
        (ActionStatus::Paused, Lang::En) => "paused",
        (ActionStatus::Blocked, Lang::En) => "blocked",
        (ActionStatus::Done, Lang::En) => "done",
        (ActionStatus::Abandoned, Lang::En) => "abandoned",
        (ActionStatus::Planned, Lang::Fr) => "prévue",
        (ActionStatus::InProgress, Lang::Fr) => "en cours",
        (ActionStatus::Paused, Lang::Fr) => "en pause",
        (ActionStatus::Blocked, Lang::Fr) => "bloquée",
        (ActionStatus::Done, Lang::Fr) => "terminée",
        (ActionStatus::Abandoned, Lang::Fr) => "abandonnée",
    }
}

/// `n` actions of a status, in words: `2 planned`, `2 prévues`.
pub fn action_status_count(status: ActionStatus, n: usize, lang: Lang) -> String {
    let word = action_status(status, lang);
    match lang {
        // « 2 terminées », but « 2 en pause », « 2 en cours ».
        Lang::Fr if n > 1 && word.ends_with('e') && !word.starts_with("en ") => {
            format!("{n} {word}s")
        }
        _ => format!("{n} {word}"),
    }
}

/// The colon before a list or a value: `:` in English, ` :` in French.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ":",
        Lang::Fr => " :",
    }
}

/// A word that a colon follows in someone else's layout (annotate-snippets
/// writes `{name}: `): in French the word and a space, so that it reads
/// `aide : …` and `erreur[code] : …` as [`colon`] has it everywhere else.
pub fn before_colon(word: &str, lang: Lang) -> String {
    match lang {
        Lang::En => word.to_owned(),
        Lang::Fr => format!("{word} "),
    }
}

/// The separator between items that hold commas: `; ` or ` ; `.
pub fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "; ",
        Lang::Fr => " ; ",
    }
}

/// The line under a table too wide for the screen: the headers it
/// shortened and the columns it left out, or `None` when it did neither.
pub fn columns_fitted(
    shortened: &[(String, String)],
    left_out: &[String],
    lang: Lang,
) -> Option<String> {
    let c = colon(lang);
    let mut parts = Vec::new();
    if !shortened.is_empty() {
        let pairs: Vec<String> = shortened
            .iter()
            .map(|(full, short)| format!("{full} → {short}"))
            .collect();
        parts.push(match lang {
            Lang::En => format!("columns abbreviated{c} {}", pairs.join(", ")),
            Lang::Fr => format!("colonnes abrégées{c} {}", pairs.join(", ")),
        });
    }
    if !left_out.is_empty() {
        let names = left_out.join(", ");
        parts.push(match lang {
            Lang::En => format!(
                "columns left out{c} {names} (too narrow a screen; --format csv shows them all)"
            ),
            Lang::Fr => format!(
                "colonnes omises{c} {names} (écran trop étroit ; --format csv les montre toutes)"
            ),
        });
    }
    if parts.is_empty() {
        None
    } else {
        Some(parts.join(semicolon(lang)))
    }
}

/// Short headers, for a table too wide for the screen: `Progress` →
/// `Prog.`; the label itself when it is short already.
pub fn short(label: Label, lang: Lang) -> &'static str {
    use Label as L;
    let (en, fr) = match label {
        L::Increase => ("Incr.", "Dév."),
        L::Officer => ("Officer", "Chargé(e)"),
        L::Employer => ("Empl.", "Empl."),
        L::Cofunded => ("Cof.", "Cof."),
        L::Missions => ("Miss.", "Miss."),
        L::Change => ("Change", "Chgt"),
        L::Commission => ("Comm.", "Comm."),
        L::Status => ("Status", "Statut"),
        L::Due => ("Due", "Éch."),
        L::Progress => ("Prog.", "Av."),
        L::Referent => ("Ref.", "Réf."),
        L::Done => ("Done", "Term."),
        L::InProgress => ("Ongoing", "En cours"),
        L::Planned => ("Plan.", "Prév."),
        L::PausedOrBlocked => ("Paused, blocked", "Pause, bloquées"),
        L::Overdue => ("Late", "Retard"),
        _ => return label.text(lang),
    };
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// A commission kind as a table shows it.
pub fn commission_kind(kind: CommissionKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (CommissionKind::Thematic, Lang::En) => "thematic",
        (CommissionKind::Territorial, Lang::En) => "territorial",
        (CommissionKind::Thematic, Lang::Fr) => "thématique",
        (CommissionKind::Territorial, Lang::Fr) => "territoriale",
    }
}

/// A percentage: `94%` or `94 %`.
pub fn percent(value: i64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{value}%"),
        Lang::Fr => format!("{value} %"),
    }
}

/// The FTE against its target as figures, where no bar is drawn (status
/// in Markdown): `3.10 / 3.80 FTE (82%)`.
pub fn fte_figures(total: &str, target: &str, percent: Option<i64>, lang: Lang) -> String {
    let fte = Label::Fte.text(lang);
    match percent {
        Some(p) => format!("{total} / {target} {fte} ({})", self::percent(p, lang)),
        None => format!("{total} / {target} {fte}"),
    }
}

/// `3.6 of 3.8 FTE cofunded by the Caf (94%) on 2026-11-28: 0.2 to go`.
pub fn fte_headline(
    total: Fte,
    target: Fte,
    percent_of: Option<i64>,
    on: NaiveDate,
    lang: Lang,
) -> String {
    let share = percent_of
        .map(|p| format!(" ({})", percent(p, lang)))
        .unwrap_or_default();
    let (t, g, d) = (lang.fte(total), lang.fte(target), date(on, lang));
    let rest = match (total.cmp(&target), lang) {
        (std::cmp::Ordering::Less, Lang::En) => format!("{} to go", lang.fte(target - total)),
        (std::cmp::Ordering::Less, Lang::Fr) => format!("reste {}", lang.fte(target - total)),
        (std::cmp::Ordering::Equal, Lang::En) => "target reached".into(),
        (std::cmp::Ordering::Equal, Lang::Fr) => "cible atteinte".into(),
        (std::cmp::Ordering::Greater, Lang::En) => {
            format!("{} above the target", lang.fte(total - target))
        }
        (std::cmp::Ordering::Greater, Lang::Fr) => {
            format!("{} au-dessus de la cible", lang.fte(total - target))
        }
    };
    match lang {
        Lang::En => format!("{t} of {g} FTE cofunded by the Caf{share} on {d}: {rest}"),
        Lang::Fr => format!("{t} ETP sur {g} cofinancés par la Caf{share} au {d} : {rest}"),
    }
}

/// The line for officers the Caf does not cofund: `Not cofunded … : 0.2 FTE`.
pub fn not_cofunded(total: Fte, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{}: {} FTE", Label::NotCofunded.text(lang), lang.fte(total)),
        Lang::Fr => format!(
            "{} : {} ETP",
            Label::NotCofunded.text(lang),
            lang.fte(total)
        ),
    }
}

/// The line for assignments to a commune the convention does not name.
pub fn outside_communes(total: Fte, who: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Outside the convention's communes (not counted): {} FTE ({who})\n\
             `ctg check` says how to fix it",
            lang.fte(total)
        ),
        Lang::Fr => format!(
            "Hors des communes de la convention (non comptés) : {} ETP ({who})\n\
             `ctg check` indique comment corriger",
            lang.fte(total)
        ),
    }
}

/// `ctg fte --commune` when the plan gives the commune no target: its FTE
/// and its planned increase, without a share of a target that does not exist.
pub fn commune_headline_without_target(
    total: Fte,
    increase: Fte,
    on: NaiveDate,
    lang: Lang,
) -> String {
    let (t, d) = (lang.fte(total), date(on, lang));
    let i = lang.number(&increase.signed());
    match lang {
        Lang::En => format!("{t} FTE cofunded by the Caf on {d}; planned increase {i}"),
        Lang::Fr => format!("{t} ETP cofinancés par la Caf au {d} ; développement prévu {i}"),
    }
}

/// Under the FTE table when the plan gives no commune a baseline: why the
/// communes have no target of their own, and how to give them one.
pub fn no_target_by_commune(baseline: Option<Fte>, on: NaiveDate, lang: Lang) -> String {
    let whole = match (baseline, lang) {
        (Some(b), Lang::En) => format!(
            "The plan gives the baseline ({} FTE on {}) for the whole territory only",
            lang.fte(b),
            date(on, lang)
        ),
        (Some(b), Lang::Fr) => format!(
            "Le plan ne donne l'existant ({} ETP au {}) que pour l'ensemble du territoire",
            lang.fte(b),
            date(on, lang)
        ),
        (None, Lang::En) => "The plan gives no baseline by commune".to_owned(),
        (None, Lang::Fr) => "Le plan ne donne pas d'existant par commune".to_owned(),
    };
    match lang {
        Lang::En => format!(
            "{whole}: no commune has a target of its own.\n\
             To give each one, add `[fte.baseline_by_commune]` to copil.toml (docs/format.md)."
        ),
        Lang::Fr => format!(
            "{whole} : aucune commune n'a de cible propre.\n\
             Pour en donner une à chacune, ajoutez `[fte.baseline_by_commune]` dans copil.toml (docs/format.md)."
        ),
    }
}

/// Under a commune's history when the plan gives the commune no target.
pub fn no_commune_target(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "The plan gives this commune no target of its own (`[fte.baseline_by_commune]`)"
        }
        Lang::Fr => {
            "Le plan ne donne pas de cible propre à cette commune (`[fte.baseline_by_commune]`)"
        }
    }
}

/// Under the FTE table when the total counts an officer above one full-time
/// post (`fte-overbooked`): the figure includes the excess.
pub fn overbooked_in_total(who: &str, count: usize, lang: Lang) -> String {
    match (lang, count) {
        (Lang::En, 1) => format!(
            "The total includes an officer above one full-time post: {who}\n`ctg check` says how to fix it"
        ),
        (Lang::En, _) => format!(
            "The total includes {count} officers above one full-time post: {who}\n`ctg check` says how to fix it"
        ),
        (Lang::Fr, 1) => format!(
            "Le total inclut un chargé de coopération au-delà d'un temps plein : {who}\n`ctg check` indique comment corriger"
        ),
        (Lang::Fr, _) => format!(
            "Le total inclut {count} chargés de coopération au-delà d'un temps plein : {who}\n`ctg check` indique comment corriger"
        ),
    }
}

/// Under the FTE table when baseline + increase is not `fte.target`.
pub fn plan_does_not_add_up(baseline: Fte, increase: Fte, target: Fte, lang: Lang) -> String {
    let (b, i, sum, t) = (
        lang.fte(baseline),
        lang.fte(increase),
        lang.fte(baseline + increase),
        lang.fte(target),
    );
    match lang {
        Lang::En => format!(
            "Note: baseline {b} + increase {i} = {sum} FTE, but the target is {t}\n\
             check `[fte]` in copil.toml and the officers' assignments (`ctg check`)"
        ),
        Lang::Fr => format!(
            "Attention : existant {b} + développement {i} = {sum} ETP, mais la cible est de {t}\n\
             vérifiez `[fte]` dans copil.toml et les affectations des chargés de coopération (`ctg check`)"
        ),
    }
}

/// A name quoted as the language quotes: `Istre` in English, « Istre » in French.
pub fn quote(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("`{text}`"),
        Lang::Fr => format!("« {text} »"),
    }
}

/// The column header of the baseline, with its date.
pub fn baseline_on(on: NaiveDate, lang: Lang) -> String {
    format!("{} {}", Label::Baseline.text(lang), date(on, lang))
}

/// Whether and when the target was first reached, for `--history`.
pub fn target_reached(target: Fte, reached: Option<NaiveDate>, lang: Lang) -> String {
    let g = lang.fte(target);
    match (reached, lang) {
        (Some(day), Lang::En) => format!("Target of {g} FTE first reached on {}", date(day, lang)),
        (Some(day), Lang::Fr) => format!(
            "Cible de {g} ETP atteinte pour la première fois le {}",
            date(day, lang)
        ),
        (None, Lang::En) => format!("Target of {g} FTE not reached"),
        (None, Lang::Fr) => format!("Cible de {g} ETP non atteinte"),
    }
}

/// The same, seen from `on`: a day after it is what the dated assignments
/// plan, not something that happened.
pub fn target_reached_on(
    target: Fte,
    reached: Option<NaiveDate>,
    on: NaiveDate,
    lang: Lang,
) -> String {
    let g = lang.fte(target);
    match (reached, lang) {
        (Some(day), Lang::En) if day > on => format!(
            "Target of {g} FTE to be reached on {}, as the assignments plan",
            date(day, lang)
        ),
        (Some(day), Lang::Fr) if day > on => format!(
            "Cible de {g} ETP atteinte le {} d'après les affectations prévues",
            date(day, lang)
        ),
        _ => target_reached(target, reached, lang),
    }
}

/// `ctg fte --history` when no cofunded assignment starts or ends.
pub fn no_history(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "No cofunded assignment: nothing has changed.",
        Lang::Fr => "Aucune affectation cofinancée : aucun mouvement.",
    }
}

/// One change of the history: `Lucie Mercier, Istres +0.5`.
pub fn history_change(name: &str, commune: &str, delta: Fte, lang: Lang) -> String {
    format!("{name}, {commune} {}", lang.number(&delta.signed()))
}

/// `CTG Golfe et des étangs: 2025-01-01 to 2029-12-31, year 2 of 5`.
pub fn convention_line(
    name: &str,
    start: NaiveDate,
    end: NaiveDate,
    year: Option<u32>,
    years: u32,
    today: NaiveDate,
    lang: Lang,
) -> String {
    let (s, e) = (date(start, lang), date(end, lang));
    let when = match (year, lang) {
        (Some(y), Lang::En) => format!("year {y} of {years}"),
        (Some(y), Lang::Fr) => format!("année {y} sur {years}"),
        (None, Lang::En) if today < start => "not started yet".into(),
        (None, Lang::Fr) if today < start => "pas encore commencée".into(),
        (None, Lang::En) => "ended".into(),
        (None, Lang::Fr) => "terminée".into(),
    };
    match lang {
        Lang::En => format!("{name}: {s} to {e}, {when} (on {})", date(today, lang)),
        Lang::Fr => format!("{name} : du {s} au {e}, {when} (au {})", date(today, lang)),
    }
}

/// `8 members, 7 of them funders`.
pub fn copil_members(members: usize, funders: usize, lang: Lang) -> String {
    match lang {
        Lang::En if members == 0 => "no members".to_owned(),
        Lang::Fr if members == 0 => "aucun membre".to_owned(),
        Lang::En => format!(
            "{members} member{}, {}",
            if members == 1 { "" } else { "s" },
            match funders {
                0 => "no funder".to_owned(),
                1 if members == 1 => "a funder".to_owned(),
                1 => "1 of them a funder".to_owned(),
                n => format!("{n} of them funders"),
            }
        ),
        Lang::Fr => format!(
            "{members} membre{}, {}",
            if members == 1 { "" } else { "s" },
            match funders {
                0 => "aucun financeur".to_owned(),
                1 => "dont 1 financeur".to_owned(),
                n => format!("dont {n} financeurs"),
            }
        ),
    }
}

/// One year of meetings against the minimum: `2026: 1 held (+1 planned), minimum 1`,
/// with ` !` when short of it (counting planned meetings in the `current` year,
/// as `ctg check` does).
pub fn meetings_in_year(
    year: i32,
    held: u32,
    planned: u32,
    min: u32,
    current: bool,
    lang: Lang,
) -> String {
    let counted = if current { held + planned } else { held };
    let planned = match (planned, lang) {
        (0, _) => String::new(),
        (n, Lang::En) => format!(" (+{n} planned)"),
        (n, Lang::Fr) => format!(" (+{n} {})", fr_plural(n, "prévue")),
    };
    let flag = if counted < min { " !" } else { "" };
    match lang {
        Lang::En => format!("{year}: {held} held{planned}, minimum {min}{flag}"),
        Lang::Fr => format!(
            "{year} : {held} {}{planned}, minimum {min}{flag}",
            fr_plural(held, "tenue")
        ),
    }
}

/// A French word agreeing with `n`: singular for 0 and 1, as French counts.
fn fr_plural(n: u32, word: &str) -> String {
    if n <= 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}

/// The commissions' section of `ctg status` when there is none.
pub fn no_commission(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "no commissions (one file per commission in commissions/: `ctg new commission ID`)"
        }
        Lang::Fr => {
            "aucune commission (un fichier par commission dans commissions/ : `ctg new commission ID`)"
        }
    }
}

/// After the id of a commission whose file could not be loaded.
pub fn left_out_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "(file left out)",
        Lang::Fr => "(fichier ignoré)",
    }
}

/// After an id that names no record (`unknown-reference`).
pub fn unknown_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "(unknown)",
        Lang::Fr => "(inconnue)",
    }
}

/// After the name of a commission's referent who has no assignment on the date.
pub fn not_in_post(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "(not in post)",
        Lang::Fr => "(pas en poste)",
    }
}

/// `Meetings: …` prefix.
pub fn meetings(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Meetings",
        Lang::Fr => "Réunions",
    }
}

/// The column of a commission's meetings this year.
pub fn meetings_column(year: i32, lang: Lang) -> String {
    format!("{} {year}", meetings(lang))
}

/// A commission's meetings this year: `1 + 1 planned / 2`.
pub fn meetings_cell(held: u32, planned: u32, min: Option<u32>, lang: Lang) -> String {
    let mut out = held.to_string();
    if planned > 0 {
        out.push_str(&match lang {
            Lang::En => format!(" + {planned} planned"),
            Lang::Fr => format!(" + {planned} {}", fr_plural(planned, "prévue")),
        });
    }
    if let Some(min) = min {
        out.push_str(&format!(" / {min}"));
    }
    out
}

/// `Last held: 2026-06-16; next planned: 2027-03-11`.
pub fn last_and_next(last: Option<NaiveDate>, next: Option<NaiveDate>, lang: Lang) -> String {
    let or_none = |d: Option<NaiveDate>| {
        d.map(|d| date(d, lang))
            .unwrap_or_else(|| Label::None.text(lang).into())
    };
    match lang {
        Lang::En => format!(
            "Last held: {}; next planned: {}",
            or_none(last),
            or_none(next)
        ),
        Lang::Fr => format!(
            "Dernière tenue : {} ; prochaine prévue : {}",
            or_none(last),
            or_none(next)
        ),
    }
}

/// `18 actions: 5 done, 7 in progress, …`, from the non-zero counts already worded.
pub fn action_counts(total: usize, parts: &[String], overdue: usize, lang: Lang) -> String {
    match lang {
        Lang::En if total == 0 => "no actions".to_owned(),
        Lang::Fr if total == 0 => "aucune action".to_owned(),
        Lang::En => format!(
            "{total} action{}: {}; {overdue} overdue",
            if total == 1 { "" } else { "s" },
            parts.join(", ")
        ),
        Lang::Fr => format!(
            "{total} action{} : {} ; {overdue} en retard",
            if total == 1 { "" } else { "s" },
            parts.join(", ")
        ),
    }
}

/// `Due in the next 60 days`.
pub fn due_within(days: u64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Due in the next {days} days"),
        Lang::Fr => format!("Échéance dans les {days} prochains jours"),
    }
}

/// `0 errors, 2 warnings: run `ctg check` to see them`.
pub fn health(errors: usize, warnings: usize, command: &str, lang: Lang) -> String {
    // French keeps the singular for 0 and 1, English only for 1.
    let s = |n: usize| match lang {
        Lang::En if n == 1 => "",
        Lang::Fr if n <= 1 => "",
        _ => "s",
    };
    match lang {
        Lang::En if errors + warnings == 0 => format!("no errors, no warnings (`{command}`)"),
        Lang::Fr if errors + warnings == 0 => {
            format!("aucune erreur, aucun avertissement (`{command}`)")
        }
        Lang::En => format!(
            "{errors} error{}, {warnings} warning{}: run `{command}` to see them",
            s(errors),
            s(warnings)
        ),
        Lang::Fr => format!(
            "{errors} erreur{}, {warnings} avertissement{} : `{command}` les détaille",
            s(errors),
            s(warnings)
        ),
    }
}

/// `3 files left out of every figure`.
pub fn left_out_count(count: usize, lang: Lang) -> String {
    match lang {
        Lang::En if count == 1 => format!("{count} file left out of every figure"),
        Lang::En => format!("{count} files left out of every figure"),
        Lang::Fr if count <= 1 => format!("{count} fichier exclu de tous les chiffres"),
        Lang::Fr => format!("{count} fichiers exclus de tous les chiffres"),
    }
}

/// Past the rows a screen shows: how many more, and the command that shows
/// them all.
pub fn and_more(count: usize, command: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("… and {count} more (`{command}` shows them all)"),
        Lang::Fr if count <= 1 => format!("… et {count} autre (`{command}` les montre tous)"),
        Lang::Fr => format!("… et {count} autres (`{command}` les montre tous)"),
    }
}

/// `copil.toml could not be loaded`: what status says when the convention is missing.
pub fn no_convention(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "copil.toml could not be loaded: no convention, FTE plan or COPIL to show",
        Lang::Fr => {
            "copil.toml n'a pas pu être chargé : ni convention, ni plan d'ETP, ni COPIL à afficher"
        }
    }
}

/// The problem with a `--commune` that picks no single commune (exit 2).
pub fn commune_mismatch(
    query: &str,
    mismatch: &ctg_core::domain::commune::Mismatch,
    communes: &[String],
    lang: Lang,
) -> String {
    use ctg_core::domain::commune::Mismatch;
    let query = escape_controls(query);
    let list = |names: &[String]| backticked(names.iter().map(String::as_str));
    match (mismatch, lang) {
        (Mismatch::Empty, _) => empty_name("--commune", lang),
        (Mismatch::Ambiguous(names), Lang::En) => format!(
            "error: `{query}` could be several communes: {}\n  write more of the name",
            list(names)
        ),
        (Mismatch::Ambiguous(names), Lang::Fr) => format!(
            "erreur : `{query}` peut désigner plusieurs communes : {}\n  précisez le nom",
            list(names)
        ),
        (Mismatch::NotFound(near), Lang::En) if !near.is_empty() => format!(
            "error: no commune of the convention is called `{query}`\n  did you mean {}?",
            list(near)
        ),
        (Mismatch::NotFound(near), Lang::Fr) if !near.is_empty() => format!(
            "erreur : aucune commune de la convention ne s'appelle `{query}`\n  vouliez-vous dire {} ?",
            list(near)
        ),
        // Nothing close: say which names there are, so the user can pick one.
        (Mismatch::NotFound(_), Lang::En) if !communes.is_empty() => format!(
            "error: no commune of the convention is called `{query}`\n  the communes are {} (`convention.communes` of copil.toml)",
            list(communes)
        ),
        (Mismatch::NotFound(_), Lang::Fr) if !communes.is_empty() => format!(
            "erreur : aucune commune de la convention ne s'appelle `{query}`\n  les communes sont {} (`convention.communes` de copil.toml)",
            list(communes)
        ),
        (Mismatch::NotFound(_), Lang::En) => format!(
            "error: no commune of the convention is called `{query}`\n  the communes are listed in `convention.communes` of copil.toml"
        ),
        (Mismatch::NotFound(_), Lang::Fr) => format!(
            "erreur : aucune commune de la convention ne s'appelle `{query}`\n  les communes sont listées dans `convention.communes` de copil.toml"
        ),
    }
}

/// The refusal of an empty value for a flag that names something
/// (`--commune ""`): an empty name would match every name.
pub fn empty_name(flag: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "error: {flag} was given an empty name\n  write a name, or leave {flag} out to see them all"
        ),
        Lang::Fr => format!(
            "erreur : {flag} a reçu un nom vide\n  écrivez un nom, ou retirez {flag} pour tout voir"
        ),
    }
}

/// The problem with a value of `--commission`, `--lead` or `--action` that
/// names no record, or several (exit 2).
pub fn record_mismatch(
    flag: &str,
    query: &str,
    mismatch: &ctg_core::domain::commune::Mismatch,
    folder: &str,
    lang: Lang,
) -> String {
    use ctg_core::domain::commune::Mismatch;
    match mismatch {
        Mismatch::Empty => empty_name(flag, lang),
        Mismatch::NotFound(near) => {
            unknown_id(flag, query, near.first().map(String::as_str), folder, lang)
        }
        Mismatch::Ambiguous(ids) => {
            let query = escape_controls(query);
            let shown: Vec<_> = ids.iter().map(|id| escape_controls(id)).collect();
            let list = backticked(shown.iter().map(|id| &**id));
            match lang {
                Lang::En => format!(
                    "error: {flag} `{query}` could be several records of {folder}/: {list}\n  write more of the name, or the id"
                ),
                Lang::Fr => format!(
                    "erreur : {flag} `{query}` peut désigner plusieurs fiches de {folder}/ : {list}\n  précisez le nom, ou donnez l'identifiant"
                ),
            }
        }
    }
}

/// The problem with an id given to `--commission` or `--lead` that names no record (exit 2).
pub fn unknown_id(
    flag: &str,
    value: &str,
    suggestion: Option<&str>,
    folder: &str,
    lang: Lang,
) -> String {
    // The value is what the user typed: shown, never obeyed, by the terminal.
    let value = escape_controls(value);
    let hint = match (suggestion, lang) {
        (Some(s), Lang::En) => format!("did you mean `{s}`?"),
        (Some(s), Lang::Fr) => format!("vouliez-vous dire `{s}` ?"),
        (None, Lang::En) => format!("use the name of a file in {folder}/ (without `.toml`)"),
        (None, Lang::Fr) => format!("utilisez le nom d'un fichier de {folder}/ (sans `.toml`)"),
    };
    match lang {
        Lang::En => format!("error: {flag} `{value}`: no such id in {folder}/\n  {hint}"),
        Lang::Fr => format!(
            "erreur : {flag} `{value}` : aucun identifiant de ce nom dans {folder}/\n  {hint}"
        ),
    }
}

/// What `fte` says when copil.toml is missing, so there is no plan to compare to.
pub fn no_plan(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "no FTE figures: copil.toml, which holds the convention and its FTE plan, could not be loaded"
        }
        Lang::Fr => {
            "aucun chiffre d'ETP : copil.toml, qui porte la convention et son plan d'ETP, n'a pas pu être chargé"
        }
    }
}
