//! The words of `ctg report`, in English and French.
//!
//! A report has many labels (section titles, table headers, chart legends);
//! they live here, beside the other messages, so that the renderers hold no
//! wording and every label exists in both languages: [`Label::text`] matches
//! on both, so a label without its French cannot compile.

use chrono::{Datelike, NaiveDate};

use ctg_core::domain::fte::Fte;
use ctg_core::domain::fte::SayFte;
use ctg_core::domain::model::{CommissionKind, MeetingStatus};
use ctg_core::i18n::Lang;

use super::indicators::Word as IndicatorWord;

macro_rules! labels {
    ($($(#[$doc:meta])* $variant:ident = $en:literal, $fr:literal;)*) => {
        /// A fixed label of the report.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Label { $($(#[$doc])* $variant,)* }

        impl Label {
            /// Every label, for tests.
            pub const ALL: &'static [Label] = &[$(Label::$variant,)*];

            /// The label in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Label::$variant, Lang::En) => $en,
                      (Label::$variant, Lang::Fr) => $fr,)*
                }
            }
        }
    };
}

labels! {
    /// Section: the convention.
    SectionConvention = "The convention", "La convention";
    /// Section: staffing.
    SectionStaffing = "Cooperation officers (FTE)", "Chargés de coopération (ETP)";
    /// Section: the COPIL.
    SectionCopil = "The steering committee (COPIL)", "Le comité de pilotage (COPIL)";
    /// Section: the commissions.
    SectionCommissions = "The commissions", "Les commissions";
    /// Section: the action plan.
    SectionPlan = "The action plan", "Le plan d'action";
    /// Section: data health.
    SectionHealth = "Data health", "Qualité des données";
    /// The list of sections.
    Contents = "Contents", "Sommaire";
    /// The convention's name.
    Name = "Name", "Nom";
    /// The convention's period.
    Period = "Period", "Période";
    /// The signatories.
    Signatories = "Signatories", "Signataires";
    /// The communes.
    Communes = "Communes", "Communes";
    /// The year of the report.
    ReportedYear = "Year reported", "Année du suivi";
    /// A commune, as a column header.
    Commune = "Commune", "Commune";
    /// The baseline FTE.
    Baseline = "Baseline", "Existant";
    /// The planned increase.
    Increase = "Planned increase", "Développement prévu";
    /// The target.
    Target = "Target", "Cible";
    /// FTE, as a unit.
    FteUnit = "FTE", "ETP";
    /// The gap to the target.
    Gap = "Gap", "Écart";
    /// A total row.
    Total = "Total", "Total";
    /// A date, as a column header.
    Date = "Date", "Date";
    /// The changes of a day.
    Changes = "What changed", "Mouvements";
    /// The history of the FTE.
    History = "Changes over the convention", "Évolution sur la durée de la convention";
    /// Chart legend: the cofunded FTE.
    LegendFte = "cofunded FTE", "ETP cofinancés";
    /// Chart legend: the target.
    LegendTarget = "target", "cible";
    /// Chart legend: the report's date.
    LegendDate = "date of the figures", "date des chiffres";
    /// Chart legend: the day the target was reached.
    LegendReached = "target reached", "cible atteinte";
    /// The members of a body.
    Members = "Members", "Membres";
    /// A person's name.
    Person = "Name", "Nom";
    /// The body a member represents.
    Organisation = "Organisation", "Organisme";
    /// A member's role.
    Role = "Role", "Fonction";
    /// Whether a member funds the convention.
    Funder = "Funder", "Financeur";
    /// Yes.
    Yes = "yes", "oui";
    /// No.
    No = "no", "non";
    /// A meeting's status.
    Status = "Status", "Statut";
    /// A meeting's decisions.
    Decisions = "Decisions", "Décisions";
    /// A commission's kind.
    Kind = "Kind", "Type";
    /// A commission's theme.
    Theme = "Theme", "Thème";
    /// A commission's referent officer.
    Referent = "Referent", "Référent";
    /// No referent named.
    NoReferent = "none named", "non désigné";
    /// A commission's actions by status.
    ActionsByStatus = "Actions by status", "Actions par statut";
    /// The action plan by status.
    PlanByStatus = "Progress by status", "Avancement par statut";
    /// The action plan by commission.
    PlanByCommission = "Progress by commission", "Avancement par commission";
    /// Overdue actions, as a derived status.
    Overdue = "overdue", "en retard";
    /// The overdue actions.
    OverdueActions = "Overdue actions", "Actions en retard";
    /// The blocked actions.
    BlockedActions = "Blocked actions", "Actions bloquées";
    /// Section: the whole plan, commission by commission.
    WholePlan = "Every action, by commission", "Toutes les actions, par commission";
    /// An action's title.
    Title = "Title", "Intitulé";
    /// The commission carrying an action.
    Commission = "Commission", "Commission";
    /// The officer leading an action.
    Lead = "Lead", "Pilote";
    /// An action's due date.
    Due = "Due", "Échéance";
    /// The day an action was finished.
    Completed = "Completed", "Terminée le";
    /// How far along an action is.
    Progress = "Progress", "Avancement";
    /// Nothing to list.
    NoneToList = "None.", "Aucune.";
    /// No meeting to list.
    NoMeeting = "No meeting recorded.", "Aucune réunion enregistrée.";
    /// No commission in the repository.
    NoCommission = "No commission recorded.", "Aucune commission enregistrée.";
    /// Not set.
    Unset = "—", "—";
    /// The key figures at the top of the page.
    KeyFigures = "At a glance", "En bref";
    /// Key figure: the next COPIL.
    KeyNextCopil = "next COPIL", "prochain COPIL";
    /// No date planned.
    NotPlanned = "not planned", "non prévu";
    /// The record an indicator is written in, as a row header.
    IndicatorOf = "Action or commission", "Action ou commission";
    /// An indicator's unit, as a row header.
    Unit = "Unit", "Unité";
}

/// A date written out: `28 November 2026`, `28 novembre 2026`, `1er mars 2026`.
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    let month = ctg_core::i18n::month_name(date.month(), lang);
    match lang {
        Lang::Fr if date.day() == 1 => format!("1er {month} {}", date.year()),
        Lang::En | Lang::Fr => format!("{} {month} {}", date.day(), date.year()),
    }
}

/// A percentage: `95%` or `95 %` (with a narrow no-break space, as French writes it).
pub fn percent(value: i64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{value}%"),
        Lang::Fr => format!("{value}\u{202f}%"),
    }
}

/// An amount of FTE with its unit: `3.8 FTE`, `3,8 ETP`.
pub fn fte(value: Fte, lang: Lang) -> String {
    format!("{} {}", lang.fte(value), Label::FteUnit.text(lang))
}

/// A signed amount of FTE (gaps, changes): `+0.5`, `-0,2`, `0,0`.
pub fn signed(value: Fte, lang: Lang) -> String {
    lang.number(&value.signed())
}

/// The page's title.
pub fn title(name: &str, year: i32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{name}: follow-up report {year}"),
        Lang::Fr => format!("{name} : bilan de suivi {year}"),
    }
}

/// The title of the section on what moved since the last COPIL.
pub fn since_copil_of(copil: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Since the COPIL of {}", long_date(copil, lang)),
        Lang::Fr => format!("Depuis le COPIL du {}", long_date(copil, lang)),
    }
}

/// That section's title when the history is not known.
pub fn since_last_copil(lang: Lang) -> &'static str {
    lang.pick("Since the last COPIL", "Depuis le dernier COPIL")
}

/// The line under the title: the one date every figure of the page is as
/// of, said once, and for whom.
pub fn subtitle(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Figures as of {}, for the steering committee.",
            long_date(date, lang)
        ),
        Lang::Fr => format!(
            "Situation au {}, à l'attention du comité de pilotage.",
            long_date(date, lang)
        ),
    }
}

/// The convention's period.
pub fn period(start: NaiveDate, end: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} to {}", long_date(start, lang), long_date(end, lang)),
        Lang::Fr => format!("du {} au {}", long_date(start, lang), long_date(end, lang)),
    }
}

/// The reported year and its place in the convention: `2026 (year 2 of 5)`.
pub fn reported_year(year: i32, index: i32, of: i32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{year} (year {index} of {of})"),
        Lang::Fr => format!("{year} (année {index} sur {of})"),
    }
}

/// The staffing headline: where the cofunded FTE stands against the target
/// (on the page's date, said under the title).
pub fn staffing_headline(total: Fte, target: Fte, lang: Lang) -> String {
    let share = total
        .percent_of(target)
        .map(|p| format!(" ({})", percent(p, lang)))
        .unwrap_or_default();
    let gap = target - total;
    let (t, c) = (lang.fte(total), lang.fte(target));
    match lang {
        Lang::En => {
            let end = match gap.hundredths().signum() {
                1 => format!("{} FTE to go", lang.fte(gap)),
                0 => "target reached".to_owned(),
                _ => format!("{} FTE above the target", lang.fte(-gap)),
            };
            format!("{t} of {c} FTE cofunded by the Caf{share}: {end}")
        }
        Lang::Fr => {
            let end = match gap.hundredths().signum() {
                1 => format!("{} ETP à pourvoir", lang.fte(gap)),
                0 => "cible atteinte".to_owned(),
                _ => format!("{} ETP au-delà de la cible", lang.fte(-gap)),
            };
            format!("{t} ETP sur {c} cofinancés par la Caf{share} : {end}")
        }
    }
}

/// When the target was first reached, if it was.
pub fn reached(date: Option<NaiveDate>, lang: Lang) -> String {
    match (date, lang) {
        (Some(d), Lang::En) => format!("The target was first reached on {}.", long_date(d, lang)),
        (Some(d), Lang::Fr) => format!("La cible a été atteinte le {}.", long_date(d, lang)),
        (None, Lang::En) => "The target has not been reached over the convention.".to_owned(),
        (None, Lang::Fr) => "La cible n'est pas atteinte sur la durée de la convention.".to_owned(),
    }
}

/// The same, seen from `today`: a day after it is what the dated
/// assignments plan, not something that happened.
pub fn reached_as_of(date: Option<NaiveDate>, today: NaiveDate, lang: Lang) -> String {
    match (date, lang) {
        (Some(d), Lang::En) if d > today => format!(
            "The target is to be reached on {}, as the assignments plan.",
            long_date(d, lang)
        ),
        (Some(d), Lang::Fr) if d > today => format!(
            "La cible sera atteinte le {} d'après les affectations prévues.",
            long_date(d, lang)
        ),
        _ => reached(date, lang),
    }
}

/// Under the communes' figures when the plan gives no commune a baseline:
/// why they have no target of their own (in the words of the convention,
/// not of copil.toml: the report is for elected members).
pub fn no_target_by_commune(baseline: Option<Fte>, on: NaiveDate, lang: Lang) -> String {
    match (baseline, lang) {
        (Some(b), Lang::En) => format!(
            "The convention sets the existing staff ({} on {}) and the target for the whole territory; it does not divide them between the communes.",
            fte(b, lang),
            long_date(on, lang)
        ),
        (Some(b), Lang::Fr) => format!(
            "La convention fixe l'existant ({} au {}) et la cible pour l'ensemble du territoire ; elle ne les répartit pas entre les communes.",
            fte(b, lang),
            long_date(on, lang)
        ),
        (None, Lang::En) => "The convention sets the target for the whole territory; it does not divide it between the communes.".to_owned(),
        (None, Lang::Fr) => "La convention fixe la cible pour l'ensemble du territoire ; elle ne la répartit pas entre les communes.".to_owned(),
    }
}

/// Under the staffing figures when the total counts officers above one
/// full-time post: the total includes the excess until their files are
/// corrected.
pub fn overbooked_in_total(who: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "This total includes assignments above one full-time post, to be corrected: {who}."
        ),
        Lang::Fr => format!(
            "Ce total inclut des affectations au-delà d'un temps plein, à corriger : {who}."
        ),
    }
}

/// The FTE of officers the Caf does not cofund, shown apart from the total.
pub fn not_cofunded(value: Fte, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Besides: {} of officers not cofunded by the Caf, not counted in the total.",
            fte(value, lang)
        ),
        Lang::Fr => format!(
            "En outre : {} de chargés de coopération non cofinancés par la Caf, hors total.",
            fte(value, lang)
        ),
    }
}

/// Key figure: the cofunded FTE (on the page's date).
pub fn key_fte(lang: Lang) -> &'static str {
    lang.pick("FTE cofunded by the Caf", "ETP cofinancés par la Caf")
}

/// Key figure: what `count` actions are (`done`, `overdue`, `blocked`),
/// agreeing in number with the figure shown.
pub fn key_actions(count: usize, what: ActionKey, lang: Lang) -> String {
    let (en, fr_one, fr_many) = match what {
        ActionKey::Done => ("done", "action terminée", "actions terminées"),
        ActionKey::Overdue => ("overdue", "action en retard", "actions en retard"),
        ActionKey::Blocked => ("blocked", "action bloquée", "actions bloquées"),
    };
    match lang {
        Lang::En if count == 1 => format!("action {en}"),
        Lang::En => format!("actions {en}"),
        Lang::Fr if count > 1 => fr_many.to_owned(),
        Lang::Fr => fr_one.to_owned(),
    }
}

/// The actions counted among the key figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKey {
    /// Done.
    Done,
    /// Open and past due.
    Overdue,
    /// Blocked.
    Blocked,
}

/// A figure against its whole: `3.8 / 3.8`, `5 / 18`.
pub fn of_whole(part: &str, whole: &str) -> String {
    format!("{part} / {whole}")
}

/// The column header of the baseline, with its date.
pub fn baseline_on(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Baseline on {}", long_date(date, lang)),
        Lang::Fr => format!("Existant au {}", long_date(date, lang)),
    }
}

/// A label and its value on one line: `Name: …`, `Nom : …` (a no-break
/// space before the colon, as [`typeset`] has it).
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr => "\u{a0}: ",
    }
}

/// The report's French typography, for a page that is read and printed: a
/// no-break space (U+00A0) before `:` `;` `?` `!` and `»` and after `«`,
/// a narrow one (U+202F) before `%`, so that no line starts with one of
/// them. The words are shared with the terminal, which keeps a plain space
/// (see docs/commands.md, "French spacing"): they are set here, once, for
/// the whole report. English is left as it is.
pub fn typeset(text: &str, lang: Lang) -> String {
    if !needs_typesetting(text, lang) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            (' ' | '\u{a0}' | '\u{202f}', Some(':' | ';' | '?' | '!' | '»')) => out.push('\u{a0}'),
            (' ' | '\u{a0}' | '\u{202f}', Some('%')) => out.push('\u{202f}'),
            ('«', Some(' ')) => {
                chars.next();
                out.push_str("«\u{a0}");
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether [`typeset`] changes `text`, found without copying it: most of a
/// report's texts (titles, names, dates) have nothing to set, and a text
/// set once (a percentage shared by many rows) is not set again.
pub fn needs_typesetting(text: &str, lang: Lang) -> bool {
    if lang == Lang::En {
        return false;
    }
    const NBSP: &[u8] = "\u{a0}".as_bytes();
    const NARROW: &[u8] = "\u{202f}".as_bytes();
    let bytes = text.as_bytes();
    let spaced = |at: usize| {
        let before = &bytes[..at];
        before.ends_with(b" ") || before.ends_with(NBSP) || before.ends_with(NARROW)
    };
    /// The bytes that can start a sign [`typeset`] sets a space against.
    const SIGN: [bool; 256] = {
        let mut sign = [false; 256];
        let mut i = 0;
        while i < 6 {
            sign[b":;?!%\xC2"[i] as usize] = true;
            i += 1;
        }
        sign
    };
    for (at, &byte) in bytes.iter().enumerate() {
        if !SIGN[usize::from(byte)] {
            continue;
        }
        // The space each sign wants before it.
        let wanted = match (byte, bytes.get(at + 1)) {
            (b':' | b';' | b'?' | b'!', _) | (0xC2, Some(0xBB)) => NBSP,
            (b'%', _) => NARROW,
            // `«` then a plain space.
            (0xC2, Some(0xAB)) if bytes.get(at + 2) == Some(&b' ') => return true,
            _ => continue,
        };
        if spaced(at) && !bytes[..at].ends_with(wanted) {
            return true;
        }
    }
    false
}

/// Between the items of a list of clauses: `; ` or ` ; `.
pub fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "; ",
        Lang::Fr => " ; ",
    }
}

/// A commune's bar, as text: `2.1 of 2.1 FTE`.
pub fn of_target(value: Fte, target: Fte, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} of {} FTE", lang.fte(value), lang.fte(target)),
        Lang::Fr => format!("{} sur {} ETP", lang.fte(value), lang.fte(target)),
    }
}

/// A commune's bar, as a sentence for screen readers; without a target
/// when the plan gives the commune none.
pub fn commune_desc(
    commune: &str,
    value: Fte,
    target: Option<Fte>,
    baseline: Option<Fte>,
    lang: Lang,
) -> String {
    match (target.zip(baseline), lang) {
        (Some((target, baseline)), Lang::En) => format!(
            "{commune}: {} for a target of {} (baseline {})",
            fte(value, lang),
            lang.fte(target),
            lang.fte(baseline)
        ),
        (Some((target, baseline)), Lang::Fr) => format!(
            "{commune} : {} pour une cible de {} (existant {})",
            fte(value, lang),
            lang.fte(target),
            lang.fte(baseline)
        ),
        (None, Lang::En) => format!("{commune}: {}", fte(value, lang)),
        (None, Lang::Fr) => format!("{commune} : {}", fte(value, lang)),
    }
}

/// A figure from a day on: `3.3 FTE from 1 September 2025`.
pub fn value_from(value: Fte, date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} from {}", fte(value, lang), long_date(date, lang)),
        Lang::Fr => format!("{} à partir du {}", fte(value, lang), long_date(date, lang)),
    }
}

/// The label of the figures' date on the step chart.
pub fn date_mark(date: NaiveDate, lang: Lang) -> String {
    long_date(date, lang)
}

/// The label of the day the target was reached on the step chart.
pub fn reached_mark(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("target reached on {}", long_date(date, lang)),
        Lang::Fr => format!("cible atteinte le {}", long_date(date, lang)),
    }
}

/// The label of the target line: `target 3.8`.
pub fn target_mark(target: Fte, lang: Lang) -> String {
    format!("{} {}", Label::LegendTarget.text(lang), fte(target, lang))
}

/// An indicator's name, with its direction when lower values are better:
/// `Délai moyen (plus bas est mieux)`.
pub fn indicator_name(name: &str, lower_is_better: bool, lang: Lang) -> String {
    if lower_is_better {
        format!("{name} ({})", IndicatorWord::LowerIsBetter.text(lang))
    } else {
        name.to_owned()
    }
}

/// An indicator's chart, named for screen readers and as its tooltip:
/// `Familles accueillies : en retard, progrès 43 % pour 63 % attendus`.
pub fn indicator_chart_title(
    name: &str,
    state: &str,
    progress: Option<i64>,
    expected: i64,
    lang: Lang,
) -> String {
    let e = percent(expected, lang);
    match (progress, lang) {
        (Some(p), Lang::En) => format!(
            "{name}: {state}, progress {} against {e} expected",
            percent(p, lang)
        ),
        (Some(p), Lang::Fr) => format!(
            "{name} : {state}, progrès {} pour {e} attendus",
            percent(p, lang)
        ),
        (None, Lang::En) => format!("{name}: {state}, {e} expected"),
        (None, Lang::Fr) => format!("{name} : {state}, {e} attendus"),
    }
}

/// What an indicator's chart draws, in words: the baseline, every
/// measure, the target and the date of the evaluation (each value already
/// dated: `52 familles (30/06/2026)`).
pub fn indicator_chart_desc(
    baseline: &str,
    measures: &[String],
    target: &str,
    on: NaiveDate,
    lang: Lang,
) -> String {
    let on = ctg_core::i18n::date(on, lang);
    match lang {
        Lang::En => {
            let measures = if measures.is_empty() {
                "no measure yet".to_owned()
            } else {
                format!("measures {}", measures.join(", "))
            };
            format!("Baseline {baseline}; {measures}; target {target}; evaluated on {on}.")
        }
        Lang::Fr => {
            let measures = if measures.is_empty() {
                "aucune mesure à ce jour".to_owned()
            } else {
                format!("mesures {}", measures.join(", "))
            };
            format!("Référence {baseline} ; {measures} ; cible {target} ; évalué au {on}.")
        }
    }
}

/// A number of actions: `5 actions`.
pub fn actions_count(count: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{count} action{}", if count == 1 { "" } else { "s" }),
        Lang::Fr => format!("{count} action{}", if count > 1 { "s" } else { "" }),
    }
}

/// The whole plan's row in the chart and table.
pub fn all_actions(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "All actions",
        Lang::Fr => "Ensemble des actions",
    }
}

/// The title of the bar chart by commune.
pub fn chart_communes(lang: Lang) -> &'static str {
    lang.pick(
        "Cofunded FTE by commune, against baseline plus planned increase",
        "ETP cofinancés par commune, comparés à l'existant plus le développement prévu",
    )
}

/// The title of the step chart.
pub fn chart_history(start: NaiveDate, end: NaiveDate, target: Fte, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Cofunded FTE from {} to {}, against the target of {}",
            long_date(start, lang),
            long_date(end, lang),
            fte(target, lang)
        ),
        Lang::Fr => format!(
            "ETP cofinancés du {} au {}, comparés à la cible de {}",
            long_date(start, lang),
            long_date(end, lang),
            fte(target, lang)
        ),
    }
}

/// The COPIL's members, counted.
pub fn members(count: usize, funders: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "{count} member{}, {funders} of them representing funders",
            if count == 1 { "" } else { "s" }
        ),
        Lang::Fr => format!(
            "{count} membre{}, dont {funders} représentant{} des financeurs",
            if count > 1 { "s" } else { "" },
            if funders > 1 { "s" } else { "" }
        ),
    }
}

/// The heading of a year's meetings.
pub fn meetings_of(year: i32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Meetings of {year}"),
        Lang::Fr => format!("Réunions de {year}"),
    }
}

/// Held meetings in the year against the minimum: the count as `ctg
/// changes` says it (« aucune réunion tenue », never « 0 réunion »), at the
/// head of the sentence.
pub fn meetings_held(held: u32, min: Option<u32>, year: i32, lang: Lang) -> String {
    let count = crate::wording::changes::meetings_held(held as usize, lang);
    let mut letters = count.chars();
    let count: String = letters
        .next()
        .map(|first| first.to_uppercase().chain(letters).collect())
        .unwrap_or_default();
    match (lang, min) {
        (Lang::En, Some(min)) => format!("{count} in {year}, for a minimum of {min} a year."),
        (Lang::En, None) => format!("{count} in {year}."),
        (Lang::Fr, Some(min)) => format!("{count} en {year}, pour un minimum de {min} par an."),
        (Lang::Fr, None) => format!("{count} en {year}."),
    }
}

/// The next planned meeting.
pub fn next_meeting(date: Option<NaiveDate>, lang: Lang) -> String {
    match (date, lang) {
        (Some(d), Lang::En) => format!("Next meeting planned: {}.", long_date(d, lang)),
        (Some(d), Lang::Fr) => format!("Prochaine réunion prévue : {}.", long_date(d, lang)),
        (None, Lang::En) => "No meeting planned yet.".to_owned(),
        (None, Lang::Fr) => "Aucune réunion prévue à ce jour.".to_owned(),
    }
}

/// The heading of the actions done in the year.
pub fn done_in(year: i32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Actions completed in {year}"),
        Lang::Fr => format!("Actions terminées en {year}"),
    }
}

/// The action plan in one sentence.
pub fn plan_summary(total: usize, done: usize, overdue: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "{total} action{} in the plan: {done} done, {overdue} overdue.",
            if total == 1 { "" } else { "s" }
        ),
        Lang::Fr => format!(
            "{total} action{} au plan : {done} terminée{}, {overdue} en retard.",
            if total > 1 { "s" } else { "" },
            if done > 1 { "s" } else { "" }
        ),
    }
}

/// Under the plan of a past year: which statuses the records could not
/// read back to the page's date.
pub fn undated_statuses(lang: Lang) -> &'static str {
    lang.pick(
        "An action completed later shows as under way, or as planned if it had not started. The records do not say since when an action is blocked, paused or abandoned: those show as they are recorded today.",
        "Une action terminée depuis figure comme en cours, ou comme prévue si elle n'avait pas commencé. Les fiches ne disent pas depuis quand une action est bloquée, en pause ou abandonnée : ces statuts sont ceux enregistrés aujourd'hui.",
    )
}

/// The evaluation's first line, without the date the page states once.
pub fn evaluation_intro(lang: Lang) -> &'static str {
    lang.pick(
        "Progress is how far from the baseline to the target the latest measure has come; expected is where a straight line from the baseline to the target stands on the date of this report. Measures taken after it are not counted.",
        "Le progrès est le chemin parcouru de la valeur de référence vers la cible par la dernière mesure ; l'attendu est le point atteint à la date de ce bilan par une droite tracée de la référence à la cible. Les mesures postérieures ne sont pas prises en compte.",
    )
}

/// The data's health in plain words: how many records have errors (the
/// figures may then be incomplete) and how many have points to look at.
pub fn health_summary(files_with_errors: usize, files_with_warnings: usize, lang: Lang) -> String {
    let records = |n: usize| match lang {
        Lang::En if n == 1 => "1 record".to_owned(),
        Lang::En => format!("{n} records"),
        Lang::Fr if n > 1 => format!("{n} fiches"),
        Lang::Fr => format!("{n} fiche"),
    };
    let errors = match (files_with_errors, lang) {
        (0, Lang::En) => "No record contains an error".to_owned(),
        (0, Lang::Fr) => "Aucune fiche ne contient d'erreur".to_owned(),
        (1, Lang::En) => "1 record contains errors; the figures may be incomplete".to_owned(),
        (1, Lang::Fr) => {
            "1 fiche contient des erreurs ; les chiffres peuvent être incomplets".to_owned()
        }
        (n, Lang::En) => format!(
            "{} contain errors; the figures may be incomplete",
            records(n)
        ),
        (n, Lang::Fr) => format!(
            "{} contiennent des erreurs ; les chiffres peuvent être incomplets",
            records(n)
        ),
    };
    let warnings = match (files_with_warnings, lang) {
        (0, Lang::En) => "nothing to check".to_owned(),
        (0, Lang::Fr) => "rien à vérifier".to_owned(),
        (1, Lang::En) => "1 record has points to check".to_owned(),
        (1, Lang::Fr) => "1 fiche comporte des points à vérifier".to_owned(),
        (n, Lang::En) => format!("{} have points to check", records(n)),
        (n, Lang::Fr) => format!("{} comportent des points à vérifier", records(n)),
    };
    format!("{errors}{}{warnings}.", semicolon(lang))
}

/// Records missing from the report: they could not be read.
pub fn left_out_note(files: &[String], lang: Lang) -> String {
    let list = files.join(", ");
    match lang {
        Lang::En => format!("Left out of this report, as they could not be read: {list}."),
        Lang::Fr => format!("Fiches écartées de ce bilan, car illisibles : {list}."),
    }
}

/// The footer line: when the page was made (its figures are as of the
/// date under the title).
pub fn made_by(today: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Generated on {}.", long_date(today, lang)),
        Lang::Fr => format!("Généré le {}.", long_date(today, lang)),
    }
}

/// `-o FILE` names a file that exists, and `--force` was not given.
pub fn output_exists(path: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "error: {path} already exists; it was left as it is\n  \
             choose another file, or add --force to replace it"
        ),
        Lang::Fr => format!(
            "erreur : {path} existe déjà ; il n'a pas été modifié\n  \
             choisissez un autre fichier, ou ajoutez --force pour le remplacer"
        ),
    }
}

/// The report was written to a file.
pub fn written(path: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("report written to {path}"),
        Lang::Fr => format!("bilan écrit dans {path}"),
    }
}

/// `--year` (or today's year) falls outside the convention.
pub fn year_outside(year: i32, first: i32, last: i32, lang: Lang) -> String {
    match lang {
        // A convention within one calendar year: not « de 2025 à 2025 ».
        Lang::En if first == last => format!(
            "error: the convention runs within {first}, so there is no {year} to report on\n  \
             report on {first} with --year {first}"
        ),
        Lang::Fr if first == last => format!(
            "erreur : la convention ne couvre que {first} : pas de bilan possible pour {year}\n  \
             faites le bilan de {first} avec --year {first}"
        ),
        Lang::En => format!(
            "error: the convention runs from {first} to {last}, so there is no {year} to report on\n  \
             choose a year with --year, from {first} to {last}"
        ),
        Lang::Fr => format!(
            "erreur : la convention court de {first} à {last} : pas de bilan possible pour {year}\n  \
             choisissez une année avec --year, de {first} à {last}"
        ),
    }
}

/// `copil.toml` could not be loaded: there is no convention to report on.
pub fn no_convention(lang: Lang) -> String {
    match lang {
        Lang::En => {
            "error: copil.toml could not be loaded, so there is no convention to report on\n  \
                     run ctg check to see why and how to fix it"
                .to_owned()
        }
        Lang::Fr => {
            "erreur : copil.toml n'a pas pu être lu : pas de convention dont faire le bilan\n  \
                     lancez ctg check pour savoir pourquoi et comment le corriger"
                .to_owned()
        }
    }
}

/// An action's status in words: the same words as `ctg status` and `ctg actions`.
pub use super::labels::action_status;

/// A meeting's status in words.
pub fn meeting_status(status: MeetingStatus, lang: Lang) -> &'static str {
    use MeetingStatus as S;
    match (status, lang) {
        (S::Held, Lang::En) => "held",
        (S::Planned, Lang::En) => "planned",
        (S::Cancelled, Lang::En) => "cancelled",
        (S::Held, Lang::Fr) => "tenue",
        (S::Planned, Lang::Fr) => "prévue",
        (S::Cancelled, Lang::Fr) => "annulée",
    }
}

/// A commission's kind in words.
pub fn commission_kind(kind: CommissionKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (CommissionKind::Thematic, Lang::En) => "thematic commission",
        (CommissionKind::Territorial, Lang::En) => "territorial commission",
        (CommissionKind::Thematic, Lang::Fr) => "commission thématique",
        (CommissionKind::Territorial, Lang::Fr) => "commission territoriale",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The report's French spacing: no-break before the high signs,
    /// narrow before `%`, whatever space the words had; English untouched.
    #[test]
    fn the_report_is_typeset_in_french() {
        assert_eq!(
            typeset("Istres : 2,1 ETP ; « oui » ? 94 % et 52,3\u{a0}%", Lang::Fr),
            "Istres\u{a0}: 2,1 ETP\u{a0}; «\u{a0}oui\u{a0}»\u{a0}? 94\u{202f}% et 52,3\u{202f}%"
        );
        assert_eq!(typeset("a: b; 94%", Lang::En), "a: b; 94%");
        // A colon without a space before it (a time, a URL) stays.
        assert_eq!(typeset("https://x 10:30", Lang::Fr), "https://x 10:30");
    }

    /// The quick look says "changes" exactly when the setting does: a text
    /// it passes over would otherwise keep a plain space before a colon.
    #[test]
    fn typesetting_is_needed_exactly_when_it_changes_the_text() {
        let spaces = ["", " ", "\u{a0}", "\u{202f}", "  "];
        let signs = [":", ";", "?", "!", "%", "»", "«", "« ", "«\u{a0}", "x", "é"];
        for before in spaces {
            for sign in signs {
                for after in ["", " ", "a", "\u{a0}"] {
                    let text = format!("a{before}{sign}{after}b");
                    let changed = typeset(&text, Lang::Fr) != text;
                    assert_eq!(needs_typesetting(&text, Lang::Fr), changed, "{text:?}");
                    assert!(!needs_typesetting(&text, Lang::En));
                }
            }
        }
    }

    /// No « 0 réunion tenue »: none is « aucune », in both languages.
    #[test]
    fn meetings_held_in_the_year() {
        assert_eq!(
            meetings_held(0, Some(1), 2026, Lang::Fr),
            "Aucune réunion tenue en 2026, pour un minimum de 1 par an."
        );
        assert_eq!(
            meetings_held(0, None, 2026, Lang::En),
            "No meeting held in 2026."
        );
        assert_eq!(
            meetings_held(1, None, 2026, Lang::Fr),
            "1 réunion tenue en 2026."
        );
        assert_eq!(
            meetings_held(2, Some(3), 2026, Lang::Fr),
            "2 réunions tenues en 2026, pour un minimum de 3 par an."
        );
        assert_eq!(
            meetings_held(2, Some(3), 2026, Lang::En),
            "2 meetings held in 2026, for a minimum of 3 a year."
        );
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(long_date(day(2026, 11, 28), Lang::Fr), "28 novembre 2026");
        assert_eq!(long_date(day(2026, 3, 1), Lang::Fr), "1er mars 2026");
        assert_eq!(long_date(day(2026, 11, 28), Lang::En), "28 November 2026");
    }

    #[test]
    fn every_label_says_something_in_both_languages() {
        for label in Label::ALL {
            assert!(!label.text(Lang::En).is_empty(), "{label:?}");
            assert!(!label.text(Lang::Fr).is_empty(), "{label:?}");
        }
    }

    #[test]
    fn health_in_plain_words() {
        assert_eq!(
            health_summary(0, 1, Lang::Fr),
            "Aucune fiche ne contient d'erreur ; 1 fiche comporte des points à vérifier."
        );
        assert_eq!(
            health_summary(3, 0, Lang::Fr),
            "3 fiches contiennent des erreurs ; les chiffres peuvent être incomplets ; rien à vérifier."
        );
        assert_eq!(
            health_summary(1, 2, Lang::En),
            "1 record contains errors; the figures may be incomplete; 2 records have points to check."
        );
    }

    #[test]
    fn headline_uses_decimal_commas_in_french() {
        let (total, target) = (Fte::from_hundredths(360), Fte::from_hundredths(380));
        assert_eq!(
            staffing_headline(total, target, Lang::Fr),
            "3,6 ETP sur 3,8 cofinancés par la Caf (94\u{202f}%) : 0,2 ETP à pourvoir"
        );
        assert_eq!(
            staffing_headline(target, target, Lang::En),
            "3.8 of 3.8 FTE cofunded by the Caf (100%): target reached"
        );
    }
}
