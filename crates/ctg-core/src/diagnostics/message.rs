//! Every sentence `ctg` says about the data, in English and French.
//!
//! Diagnostics carry a [`Message`] (what happened, with its values) and are
//! put into words only when rendered, so that the wording of every problem
//! stands in this one file.

use chrono::NaiveDate;

use crate::domain::fte::{Fte, SayFte};
use crate::domain::model::RecordKind;
use crate::i18n::{Lang, date};

/// Why a file was passed over without being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// A FIFO, socket or device: opening it could block or have effects.
    NotRegular,
    /// A symbolic link whose target lies outside the repository root.
    LinkOutside,
    /// A symbolic link that cannot be resolved (a loop, or a dangling link).
    BrokenLink,
    /// A symbolic link to a folder: followed links could visit files twice.
    LinkedFolder,
    /// A name that is not valid UTF-8 cannot be an id nor be shown reliably.
    NonUtf8Name,
}

/// The range a number must fall in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bounds {
    /// One person's share of a post: above 0, at most 1.
    Share,
    /// A total: above 0.
    Positive,
    /// A baseline or increase: 0 or more.
    NonNegative,
    /// A percentage: 0 to 100.
    Percent,
    /// Meetings a year: 0 to 366.
    PerYear,
}

impl Bounds {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Bounds::Share, Lang::En) => "above 0 and at most 1",
            (Bounds::Share, Lang::Fr) => "supérieure à 0 et au plus 1",
            (Bounds::Positive, Lang::En) => "above 0",
            (Bounds::Positive, Lang::Fr) => "supérieure à 0",
            (Bounds::NonNegative, Lang::En) => "of 0 or more",
            (Bounds::NonNegative, Lang::Fr) => "positive ou nulle",
            (Bounds::Percent, Lang::En) => "from 0 to 100",
            (Bounds::Percent, Lang::Fr) => "de 0 à 100",
            (Bounds::PerYear, Lang::En) => "from 0 to 366",
            (Bounds::PerYear, Lang::Fr) => "de 0 à 366",
        }
    }
}

/// What a diagnostic says, with the values it needs; worded by [`Message::text`].
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The TOML parser's own words (English only: they come from the `toml` crate).
    Syntax { detail: String },
    /// The bytes are not UTF-8.
    NotUtf8,
    /// The file is larger than the limit.
    FileTooLarge { size: u64, limit: u64 },
    /// The operating system would not let us read the file.
    Unreadable { error: String },
    /// A file with more problems than are worth showing: the rest are counted.
    MoreProblems { more: usize },
    /// A key the format does not define.
    UnknownField {
        key: String,
        table: String,
        suggestion: Option<String>,
        expected: Vec<&'static str>,
    },
    /// A required key is absent.
    MissingField { key: String, table: String },
    /// A territorial commission must name its communes.
    TerritorialWithoutCommunes,
    /// A value of the wrong TOML type.
    WrongType {
        key: String,
        expected: &'static str,
        found: &'static str,
    },
    /// A date written as a string, or with a time.
    NotADate { key: String, quoted: bool },
    /// A value outside an enumeration.
    UnknownVariant {
        key: String,
        value: String,
        allowed: &'static [&'static str],
        suggestion: Option<String>,
    },
    /// A number out of its range.
    OutOfRange {
        key: String,
        value: String,
        range: Bounds,
    },
    /// An FTE with more than two decimals.
    TooPrecise { key: String, value: String },
    /// An end date before its start date.
    EndBeforeStart {
        key: String,
        end: NaiveDate,
        start_key: &'static str,
        start: NaiveDate,
    },
    /// `completed` on an action that is not done.
    CompletedNotDone { status: String },
    /// A done action without `completed`.
    DoneWithoutCompleted,
    /// The same value twice in a list.
    DuplicateInList { key: String, value: String },
    /// An empty list where at least one item is needed.
    EmptyList { key: String },
    /// A file stem that is not a valid id.
    InvalidId { id: String, suggestion: String },
    /// Two records of one kind with the same id (ignoring case).
    DuplicateId {
        kind: RecordKind,
        id: String,
        other: String,
    },
    /// A reference to a record or commune that does not exist.
    UnknownReference {
        kind: RecordKind,
        value: String,
        suggestion: Option<String>,
    },
    /// A commune that is not one of `convention.communes`.
    UnknownCommune {
        value: String,
        suggestion: Option<String>,
    },
    /// One officer above one full-time post.
    FteOverbooked {
        officer: String,
        date: NaiveDate,
        total: Fte,
    },
    /// The staffing plan does not add up.
    PlanMismatch {
        baseline: Fte,
        increase: Fte,
        target: Fte,
    },
    /// An increase for a commune that is not in the convention.
    PlanUnknownCommune {
        value: String,
        suggestion: Option<String>,
    },
    /// A meeting marked held on a date still to come.
    MeetingInFutureHeld { date: NaiveDate, today: NaiveDate },
    /// A TOML file outside the places records live.
    StrayFile,
    /// A file passed over without being read.
    SkippedFile { reason: SkipReason },
    /// An assignment that never overlaps the convention.
    AssignmentOutside {
        start: NaiveDate,
        end: Option<NaiveDate>,
        from: NaiveDate,
        to: NaiveDate,
    },
    /// A meeting outside the convention's period.
    MeetingOutside {
        date: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
    },
    /// An action due after the convention ends.
    DueAfterEnd { due: NaiveDate, to: NaiveDate },
    /// The cofunded total above the target.
    FteOverTarget {
        date: NaiveDate,
        total: Fte,
        target: Fte,
    },
    /// The officers' FTE on the baseline date is not the declared baseline.
    BaselineMismatch {
        date: NaiveDate,
        actual: Fte,
        baseline: Fte,
    },
    /// Too few COPIL meetings in a year.
    CopilFrequency {
        year: i32,
        count: u32,
        min: u32,
        current: bool,
    },
    /// Too few meetings of a commission in a year.
    CommissionFrequency {
        year: i32,
        count: u32,
        min: u32,
        current: bool,
    },
    /// A planned meeting whose date has passed.
    MeetingNotRecorded { date: NaiveDate },
    /// A commission with no referent officer.
    NoReferent,
    /// A referent with no assignment today.
    ReferentInactive { officer: String, today: NaiveDate },
    /// An open action past its due date.
    Overdue { due: NaiveDate, days: i64 },
}

/// The TOML parser's explanation (always English: `unclosed array, expected
/// `]``) in French, for the errors people make; one it does not know is
/// left as the parser wrote it.
fn toml_detail_fr(detail: &str) -> String {
    let (what, expected) = match detail.split_once(", expected ") {
        Some((what, expected)) => (what, Some(expected)),
        None => (detail, None),
    };
    let what_fr = match what {
        "duplicate key" => "clé en double",
        "invalid basic string" => "texte entre guillemets mal fermé",
        "invalid literal string" => "texte entre apostrophes mal fermé",
        "invalid boolean" => "booléen invalide",
        "invalid date" => "date invalide",
        "invalid time" => "heure invalide",
        "invalid fraction" => "partie décimale invalide",
        "invalid mantissa" => "nombre invalide",
        "invalid integer" => "nombre entier invalide",
        "invalid number" => "nombre invalide",
        "key with no value" => "clé sans valeur",
        "string values must be quoted" => {
            return "les textes doivent être entre guillemets".into();
        }
        "unclosed array" => "liste non fermée",
        "unclosed table" => "en-tête de table non fermé",
        "unclosed inline table" => "table en ligne non fermée",
        "unexpected key or value" => "clé ou valeur inattendue",
        "unexpected leading zero" => "zéro initial inattendu",
        "extra `=`" => "`=` en trop",
        "missing key" => "clé manquante",
        _ => return detail.to_owned(),
    };
    let expected_fr = match expected {
        None | Some("nothing") => return what_fr.to_owned(),
        Some("newline, `#`") => "une fin de ligne ou `#`",
        Some("digits") => "des chiffres",
        Some("a two-digit month (MM)") => "un mois sur deux chiffres (MM)",
        Some("a two-digit day (DD)") => "un jour sur deux chiffres (JJ)",
        Some("month between 01 and 12") => "un mois entre 01 et 12",
        Some(quoted) if quoted.starts_with('`') && quoted.ends_with('`') => quoted,
        Some(_) => return detail.to_owned(),
    };
    format!("{what_fr} ; attendu : {expected_fr}")
}

fn kind_name(kind: RecordKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (RecordKind::Copil, Lang::En) => "COPIL",
        (RecordKind::Commission, Lang::En) => "commission",
        (RecordKind::Officer, Lang::En) => "officer",
        (RecordKind::Action, Lang::En) => "action",
        (RecordKind::Copil, Lang::Fr) => "COPIL",
        (RecordKind::Commission, Lang::Fr) => "commission",
        (RecordKind::Officer, Lang::Fr) => "chargé de coopération",
        (RecordKind::Action, Lang::Fr) => "action",
    }
}

fn folder(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Copil => "",
        RecordKind::Commission => "commissions/",
        RecordKind::Officer => "officers/",
        RecordKind::Action => "actions/",
    }
}

fn did_you_mean(suggestion: &Option<String>, lang: Lang) -> Option<String> {
    suggestion.as_ref().map(|s| match lang {
        Lang::En => format!("did you mean `{s}`?"),
        Lang::Fr => format!("vouliez-vous dire `{s}` ?"),
    })
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Message {
    /// The one-line statement of the problem.
    pub fn text(&self, lang: Lang) -> String {
        use Message as M;
        let d = |x: &NaiveDate| date(*x, lang);
        let f = |x: &Fte| lang.fte(*x);
        match (self, lang) {
            (M::Syntax { detail }, Lang::En) => format!("not valid TOML: {detail}"),
            (M::Syntax { detail }, Lang::Fr) => format!("TOML invalide : {}", toml_detail_fr(detail)),
            (M::NotUtf8, Lang::En) => "the file is not UTF-8 text".into(),
            (M::NotUtf8, Lang::Fr) => "le fichier n'est pas du texte UTF-8".into(),
            (M::FileTooLarge { size, limit }, Lang::En) => {
                format!("file of {size} bytes is over the {limit}-byte limit; it was not read")
            }
            (M::FileTooLarge { size, limit }, Lang::Fr) => {
                format!("fichier de {size} octets, au-delà de la limite de {limit} octets : il n'a pas été lu")
            }
            (M::Unreadable { error }, Lang::En) => format!("cannot read the file: {error}"),
            (M::Unreadable { error }, Lang::Fr) => format!("lecture du fichier impossible : {error}"),
            (M::MoreProblems { more }, Lang::En) => {
                format!("{more} more problems in this file are not shown (this is one of them)")
            }
            (M::MoreProblems { more }, Lang::Fr) => {
                format!("{more} autres problèmes de ce fichier ne sont pas affichés (en voici un)")
            }
            (M::UnknownField { key, table, .. }, Lang::En) => format!("unknown field `{key}` {}", place(table, lang)),
            (M::UnknownField { key, table, .. }, Lang::Fr) => format!("champ inconnu `{key}` {}", place(table, lang)),
            (M::MissingField { key, table }, Lang::En) => format!("missing field `{key}` {}", place(table, lang)),
            (M::MissingField { key, table }, Lang::Fr) => format!("champ obligatoire `{key}` absent {}", place(table, lang)),
            (M::TerritorialWithoutCommunes, Lang::En) => {
                "a territorial commission needs `communes`".into()
            }
            (M::TerritorialWithoutCommunes, Lang::Fr) => {
                "une commission territoriale doit indiquer ses `communes`".into()
            }
            (M::WrongType { key, expected, found }, Lang::En) => {
                format!("`{key}` must be {}, found {}", type_en(expected), type_en(found))
            }
            (M::WrongType { key, expected, found }, Lang::Fr) => {
                format!("`{key}` doit être {}, trouvé {}", type_fr(expected), type_fr(found))
            }
            (M::NotADate { key, .. }, Lang::En) => format!("`{key}` must be a date such as 2025-01-31"),
            (M::NotADate { key, .. }, Lang::Fr) => format!("`{key}` doit être une date telle que 2025-01-31"),
            (M::UnknownVariant { key, value, .. }, Lang::En) => format!("`{value}` is not a valid `{key}`"),
            (M::UnknownVariant { key, value, .. }, Lang::Fr) => format!("`{value}` n'est pas une valeur valide pour `{key}`"),
            (M::OutOfRange { key, value, range }, Lang::En) => {
                format!("`{key}` = {value} is out of range: it must be {}", range.text(lang))
            }
            (M::OutOfRange { key, value, range }, Lang::Fr) => {
                format!("`{key}` = {} est hors limites : la valeur doit être {}", lang.number(value), range.text(lang))
            }
            (M::TooPrecise { key, value }, Lang::En) => format!("`{key}` = {value} has more than two decimals"),
            (M::TooPrecise { key, value }, Lang::Fr) => {
                format!("`{key}` = {} a plus de deux décimales", lang.number(value))
            }
            (M::EndBeforeStart { key, end, start_key, start }, Lang::En) => {
                format!("`{key}` ({}) is before `{start_key}` ({})", d(end), d(start))
            }
            (M::EndBeforeStart { key, end, start_key, start }, Lang::Fr) => {
                format!("`{key}` ({}) est antérieur à `{start_key}` ({})", d(end), d(start))
            }
            (M::CompletedNotDone { status }, Lang::En) => {
                format!("`completed` is set but the status is `{status}`, not `done`")
            }
            (M::CompletedNotDone { status }, Lang::Fr) => {
                format!("`completed` est renseigné mais le statut est `{status}`, pas `done`")
            }
            (M::DoneWithoutCompleted, Lang::En) => "a done action needs its `completed` date".into(),
            (M::DoneWithoutCompleted, Lang::Fr) => "une action terminée doit avoir sa date `completed`".into(),
            (M::DuplicateInList { key, value }, Lang::En) => format!("`{value}` appears twice in `{key}`"),
            (M::DuplicateInList { key, value }, Lang::Fr) => format!("`{value}` figure deux fois dans `{key}`"),
            (M::EmptyList { key }, Lang::En) => format!("`{key}` must not be empty"),
            (M::EmptyList { key }, Lang::Fr) => format!("`{key}` ne doit pas être vide"),
            (M::InvalidId { id, .. }, Lang::En) => format!("`{id}` is not a valid id"),
            (M::InvalidId { id, .. }, Lang::Fr) => format!("`{id}` n'est pas un identifiant valide"),
            (M::DuplicateId { kind, id, other }, Lang::En) => {
                format!("{} id `{id}` is already used by {other}", kind_name(*kind, lang))
            }
            (M::DuplicateId { kind, id, other }, Lang::Fr) => {
                // « de commission », but « d'action »: `de` is elided before a vowel.
                let name = kind_name(*kind, lang);
                let of = if name.starts_with(['a', 'e', 'i', 'o', 'u', 'é']) { "d'" } else { "de " };
                format!("l'identifiant {of}{name} `{id}` est déjà pris par {other}")
            }
            (M::UnknownReference { kind, value, .. }, Lang::En) => {
                format!("no {} has the id `{value}`", kind_name(*kind, lang))
            }
            (M::UnknownReference { kind, value, .. }, Lang::Fr) => {
                // « aucune commission », « aucun chargé de coopération ».
                let none = match kind {
                    RecordKind::Commission | RecordKind::Action => "aucune",
                    RecordKind::Copil | RecordKind::Officer => "aucun",
                };
                format!("{none} {} n'a l'identifiant `{value}`", kind_name(*kind, lang))
            }
            (M::UnknownCommune { value, .. }, Lang::En) => {
                format!("`{value}` is not one of the convention's communes")
            }
            (M::UnknownCommune { value, .. }, Lang::Fr) => {
                format!("`{value}` ne fait pas partie des communes de la convention")
            }
            (M::FteOverbooked { officer, date, total }, Lang::En) => {
                format!("{officer} is assigned {} FTE on {}, more than one full-time post", f(total), d(date))
            }
            (M::FteOverbooked { officer, date, total }, Lang::Fr) => {
                format!("{officer} est affecté(e) à {} ETP le {}, plus qu'un temps plein", f(total), d(date))
            }
            (M::PlanMismatch { baseline, increase, target }, Lang::En) => format!(
                "baseline {} + increases {} = {}, not the target {}",
                f(baseline), f(increase), f(&(*baseline + *increase)), f(target)
            ),
            (M::PlanMismatch { baseline, increase, target }, Lang::Fr) => format!(
                "existant {} + développement {} = {}, différent de la cible {}",
                f(baseline), f(increase), f(&(*baseline + *increase)), f(target)
            ),
            (M::PlanUnknownCommune { value, .. }, Lang::En) => {
                format!("the increase names `{value}`, which is not one of the convention's communes")
            }
            (M::PlanUnknownCommune { value, .. }, Lang::Fr) => {
                format!("le développement nomme `{value}`, qui ne fait pas partie des communes de la convention")
            }
            (M::MeetingInFutureHeld { date, today }, Lang::En) => {
                format!("meeting of {} is marked held, but today is {}", d(date), d(today))
            }
            (M::MeetingInFutureHeld { date, today }, Lang::Fr) => {
                format!("la réunion du {} est marquée tenue, mais nous sommes le {}", d(date), d(today))
            }
            (M::StrayFile, Lang::En) => "this TOML file is not part of the repository's records; it is ignored".into(),
            (M::StrayFile, Lang::Fr) => "ce fichier TOML ne fait pas partie des fiches du dépôt : il est ignoré".into(),
            (M::SkippedFile { reason }, Lang::En) => match reason {
                SkipReason::NotRegular => "not a regular file (a FIFO, socket or device); it was not opened",
                SkipReason::LinkOutside => "symbolic link to a file outside the repository; it was not followed",
                SkipReason::BrokenLink => "symbolic link that cannot be resolved (dangling or a loop)",
                SkipReason::LinkedFolder => "symbolic link to a folder; it was not followed",
                SkipReason::NonUtf8Name => "file name is not valid UTF-8; it was not read",
            }
            .into(),
            (M::SkippedFile { reason }, Lang::Fr) => match reason {
                SkipReason::NotRegular => "pas un fichier ordinaire (FIFO, socket ou périphérique) : il n'a pas été ouvert",
                SkipReason::LinkOutside => "lien symbolique vers un fichier hors du dépôt : il n'a pas été suivi",
                SkipReason::BrokenLink => "lien symbolique impossible à résoudre (cassé ou en boucle)",
                SkipReason::LinkedFolder => "lien symbolique vers un dossier : il n'a pas été suivi",
                SkipReason::NonUtf8Name => "nom de fichier non UTF-8 : il n'a pas été lu",
            }
            .into(),
            (M::AssignmentOutside { start, end, from, to }, Lang::En) => format!(
                "assignment {} to {} does not overlap the convention ({} to {})",
                d(start), end.as_ref().map_or("open end".into(), d), d(from), d(to)
            ),
            (M::AssignmentOutside { start, end, from, to }, Lang::Fr) => format!(
                "l'affectation du {} au {} ne recoupe pas la convention (du {} au {})",
                d(start), end.as_ref().map_or("(sans fin)".into(), d), d(from), d(to)
            ),
            (M::MeetingOutside { date, from, to }, Lang::En) => {
                format!("meeting of {} is outside the convention ({} to {})", d(date), d(from), d(to))
            }
            (M::MeetingOutside { date, from, to }, Lang::Fr) => {
                format!("la réunion du {} est hors de la convention (du {} au {})", d(date), d(from), d(to))
            }
            (M::DueAfterEnd { due, to }, Lang::En) => {
                format!("due {}, after the convention ends on {}", d(due), d(to))
            }
            (M::DueAfterEnd { due, to }, Lang::Fr) => {
                format!("échéance le {}, après la fin de la convention le {}", d(due), d(to))
            }
            (M::FteOverTarget { date, total, target }, Lang::En) => format!(
                "from {} the Caf-cofunded total is {} FTE, above the target of {}",
                d(date), f(total), f(target)
            ),
            (M::FteOverTarget { date, total, target }, Lang::Fr) => format!(
                "à partir du {} le total cofinancé par la Caf est de {} ETP, au-delà de la cible de {}",
                d(date), f(total), f(target)
            ),
            (M::BaselineMismatch { date, actual, baseline }, Lang::En) => format!(
                "the officers' cofunded FTE on {} is {}, but `fte.baseline` says {}",
                d(date), f(actual), f(baseline)
            ),
            (M::BaselineMismatch { date, actual, baseline }, Lang::Fr) => format!(
                "les ETP cofinancés des chargés de coopération au {} font {}, mais `fte.baseline` indique {}",
                d(date), f(actual), f(baseline)
            ),
            (M::CopilFrequency { year, count, min, current }, Lang::En) => format!(
                "{count} COPIL meeting{} {} in {year}, fewer than the minimum of {min}",
                if *count == 1 { "" } else { "s" },
                if *current { "held or planned" } else { "held" }
            ),
            (M::CopilFrequency { year, count, min, current }, Lang::Fr) => {
                let s = if *count > 1 { "s" } else { "" };
                format!(
                    "{count} réunion{s} du COPIL {} en {year}, moins que le minimum de {min}",
                    if *current { format!("tenue{s} ou prévue{s}") } else { format!("tenue{s}") }
                )
            }
            (M::CommissionFrequency { year, count, min, current }, Lang::En) => format!(
                "{count} meeting{} {} in {year}, fewer than this commission's minimum of {min}",
                if *count == 1 { "" } else { "s" },
                if *current { "held or planned" } else { "held" }
            ),
            (M::CommissionFrequency { year, count, min, current }, Lang::Fr) => {
                let s = if *count > 1 { "s" } else { "" };
                format!(
                    "{count} réunion{s} {} en {year}, moins que le minimum de {min} de cette commission",
                    if *current { format!("tenue{s} ou prévue{s}") } else { format!("tenue{s}") }
                )
            }
            (M::MeetingNotRecorded { date }, Lang::En) => {
                format!("meeting of {} is still marked planned, but its date has passed", d(date))
            }
            (M::MeetingNotRecorded { date }, Lang::Fr) => {
                format!("la réunion du {} est toujours marquée prévue, mais sa date est passée", d(date))
            }
            (M::NoReferent, Lang::En) => "this commission has no referent officer".into(),
            (M::NoReferent, Lang::Fr) => "cette commission n'a pas de chargé de coopération référent".into(),
            (M::ReferentInactive { officer, today }, Lang::En) => {
                format!("referent `{officer}` has no assignment on {}", d(today))
            }
            (M::ReferentInactive { officer, today }, Lang::Fr) => {
                format!("le référent `{officer}` n'a pas d'affectation au {}", d(today))
            }
            (M::Overdue { due, days }, Lang::En) => format!("overdue: due {}, {days} day(s) ago", d(due)),
            (M::Overdue { due, days }, Lang::Fr) => format!("en retard : échéance le {}, il y a {days} jour(s)", d(due)),
        }
    }

    /// How to fix it, where a hint helps.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        use Message as M;
        let en = lang == Lang::En;
        match self {
            M::Syntax { .. } => Some(if en {
                "fix the TOML syntax at this place; strings need double quotes, dates are written bare (2025-01-31), decimals with a point (0.5)".into()
            } else {
                "corrigez la syntaxe TOML à cet endroit ; les textes vont entre guillemets, les dates s'écrivent sans (2025-01-31), les décimales avec un point (0.5)".into()
            }),
            M::NotUtf8 => Some(if en {
                "save the file as UTF-8 in your editor (\"Save with encoding\" > UTF-8)".into()
            } else {
                "enregistrez le fichier en UTF-8 dans votre éditeur (« Enregistrer avec l'encodage » > UTF-8)".into()
            }),
            M::FileTooLarge { .. } => Some(if en {
                "a record file is a few kilobytes: split it, or move this file out of the repository".into()
            } else {
                "une fiche fait quelques kilo-octets : découpez-la, ou sortez ce fichier du dépôt".into()
            }),
            M::MoreProblems { .. } => Some(if en {
                "fix the problems shown above, then run ctg check again".into()
            } else {
                "corrigez les problèmes affichés ci-dessus, puis relancez ctg check".into()
            }),
            M::Unreadable { .. } => Some(if en {
                "check the file's permissions (it must be readable by you)".into()
            } else {
                "vérifiez les droits du fichier (il doit être lisible par vous)".into()
            }),
            M::UnknownField { suggestion, expected, .. } => did_you_mean(suggestion, lang).or_else(|| {
                Some(if en {
                    format!("the fields allowed here are {}", quoted_list(expected))
                } else {
                    format!("les champs permis ici sont {}", quoted_list(expected))
                })
            }),
            M::MissingField { key, table } => Some(match missing_table(key, table) {
                // A whole table is missing (`[fte]`): say how to start it.
                Some(required) if en => format!(
                    "add a `[{key}]` table at the end of the file, with {}",
                    required.join(", ")
                ),
                Some(required) => format!(
                    "ajoutez une table `[{key}]` à la fin du fichier, avec {}",
                    required.join(", ")
                ),
                None if en => format!("add `{key} = …` here"),
                None => format!("ajoutez `{key} = …` ici"),
            }),
            M::TerritorialWithoutCommunes => Some(if en {
                "add `communes = [\"…\"]`, or set `kind = \"thematic\"`".into()
            } else {
                "ajoutez `communes = [\"…\"]`, ou indiquez `kind = \"thematic\"`".into()
            }),
            M::WrongType { key, expected, .. } => Some(if en {
                format!("write {}", example(key, expected))
            } else {
                format!("écrivez {}", example(key, expected))
            }),
            M::NotADate { quoted, .. } => Some(match (quoted, en) {
                (true, true) => "remove the quotes: TOML dates are written bare, as in `start = 2025-01-31`".into(),
                (true, false) => "retirez les guillemets : en TOML une date s'écrit sans, comme `start = 2025-01-31`".into(),
                (false, true) => "write the day only, as in `start = 2025-01-31`".into(),
                (false, false) => "n'écrivez que le jour, comme `start = 2025-01-31`".into(),
            }),
            M::UnknownVariant { allowed, suggestion, .. } => did_you_mean(suggestion, lang).or_else(|| {
                Some(if en {
                    format!("use one of {}", quoted_list(allowed))
                } else {
                    format!("utilisez l'une des valeurs {}", quoted_list(allowed))
                })
            }),
            M::OutOfRange { range, .. } => Some(if en {
                format!("use a value {}", range.text(lang))
            } else {
                format!("utilisez une valeur {}", range.text(lang))
            }),
            M::TooPrecise { .. } => Some(if en {
                "FTE is counted in hundredths: round to two decimals (0.33, not 0.333)".into()
            } else {
                "les ETP se comptent en centièmes : arrondissez à deux décimales (0,33 et non 0,333)".into()
            }),
            M::EndBeforeStart { .. } => Some(if en {
                "swap the dates, or correct the one that is wrong".into()
            } else {
                "inversez les dates, ou corrigez celle qui est fausse".into()
            }),
            M::CompletedNotDone { .. } => Some(if en {
                "set `status = \"done\"`, or remove `completed`".into()
            } else {
                "indiquez `status = \"done\"`, ou retirez `completed`".into()
            }),
            M::DoneWithoutCompleted => Some(if en {
                "add `completed = YYYY-MM-DD`, the day the action was finished".into()
            } else {
                "ajoutez `completed = AAAA-MM-JJ`, le jour où l'action s'est terminée".into()
            }),
            M::DuplicateInList { .. } => Some(if en { "remove the repeated item".into() } else { "retirez le doublon".into() }),
            M::EmptyList { .. } => Some(if en { "add at least one item".into() } else { "ajoutez au moins un élément".into() }),
            M::InvalidId { suggestion, .. } => Some(if en {
                format!("a file's name is its id: lowercase letters, digits and single hyphens; rename it to `{suggestion}.toml`")
            } else {
                format!("le nom du fichier est son identifiant : minuscules, chiffres et tirets simples ; renommez-le en `{suggestion}.toml`")
            }),
            M::DuplicateId { .. } => Some(if en {
                "rename one of the two files: ids must be unique within a folder, whatever the case".into()
            } else {
                "renommez l'un des deux fichiers : les identifiants sont uniques par dossier, sans tenir compte de la casse".into()
            }),
            M::UnknownReference { kind, suggestion, .. } => did_you_mean(suggestion, lang).or_else(|| {
                Some(if en {
                    format!("use the name of a file in {} (without `.toml`)", folder(*kind))
                } else {
                    format!("utilisez le nom d'un fichier de {} (sans `.toml`)", folder(*kind))
                })
            }),
            M::UnknownCommune { suggestion, .. } | M::PlanUnknownCommune { value: _, suggestion } => {
                did_you_mean(suggestion, lang).or_else(|| {
                    Some(if en {
                        "use a commune listed in `convention.communes` of copil.toml, or add it there".into()
                    } else {
                        "utilisez une commune de `convention.communes` dans copil.toml, ou ajoutez-la".into()
                    })
                })
            }
            M::FteOverbooked { .. } => Some(if en {
                "end the earlier assignment the day before this one starts, or lower an `fte`".into()
            } else {
                "terminez l'affectation précédente la veille du début de celle-ci, ou baissez un `fte`".into()
            }),
            M::PlanMismatch { .. } => Some(if en {
                "make `fte.target` equal `fte.baseline` plus the sum of `[fte.increase]`".into()
            } else {
                "faites en sorte que `fte.target` soit égal à `fte.baseline` plus la somme de `[fte.increase]`".into()
            }),
            M::MeetingInFutureHeld { .. } => Some(if en {
                "set `status = \"planned\"` until the meeting has taken place".into()
            } else {
                "indiquez `status = \"planned\"` tant que la réunion n'a pas eu lieu".into()
            }),
            M::StrayFile => Some(if en {
                "records go in copil.toml, commissions/, officers/ or actions/; move or rename the file if it is one".into()
            } else {
                "les fiches vont dans copil.toml, commissions/, officers/ ou actions/ ; déplacez ou renommez le fichier s'il en est une".into()
            }),
            M::SkippedFile { .. } => Some(if en {
                "replace it with a regular file inside the repository, or remove it".into()
            } else {
                "remplacez-le par un fichier ordinaire dans le dépôt, ou supprimez-le".into()
            }),
            M::AssignmentOutside { .. } | M::MeetingOutside { .. } => Some(if en {
                "check the dates against `convention.start` and `convention.end`".into()
            } else {
                "vérifiez les dates par rapport à `convention.start` et `convention.end`".into()
            }),
            M::DueAfterEnd { .. } => Some(if en {
                "bring the due date within the convention, or extend `convention.end`".into()
            } else {
                "ramenez l'échéance dans la convention, ou prolongez `convention.end`".into()
            }),
            M::FteOverTarget { .. } => Some(if en {
                "end an assignment earlier, set `caf_cofunded = false` for a post the Caf does not fund, or raise `fte.target` if the plan changed".into()
            } else {
                "terminez une affectation plus tôt, indiquez `caf_cofunded = false` pour un poste non cofinancé, ou relevez `fte.target` si le plan a changé".into()
            }),
            M::BaselineMismatch { .. } => Some(if en {
                "correct the assignments in effect on that date, or `fte.baseline`".into()
            } else {
                "corrigez les affectations en vigueur à cette date, ou `fte.baseline`".into()
            }),
            M::CopilFrequency { .. } | M::CommissionFrequency { .. } => Some(if en {
                "record the meetings held (`[[meeting]]` with `status = \"held\"`) or plan one".into()
            } else {
                "enregistrez les réunions tenues (`[[meeting]]` avec `status = \"held\"`) ou prévoyez-en une".into()
            }),
            M::MeetingNotRecorded { .. } => Some(if en {
                "set `status = \"held\"` (and its decisions) or `status = \"cancelled\"`".into()
            } else {
                "indiquez `status = \"held\"` (et ses décisions) ou `status = \"cancelled\"`".into()
            }),
            M::NoReferent => Some(if en {
                "add `referent = \"<officer id>\"`: the officer who links this commission to the COPIL".into()
            } else {
                "ajoutez `referent = \"<identifiant>\"` : le chargé de coopération qui relie cette commission au COPIL".into()
            }),
            M::ReferentInactive { .. } => Some(if en {
                "name an officer who is in post today, or add their current assignment".into()
            } else {
                "désignez un chargé de coopération en poste aujourd'hui, ou ajoutez son affectation en cours".into()
            }),
            M::Overdue { .. } => Some(if en {
                "update `status` (done, paused, abandoned…) or move `due`".into()
            } else {
                "mettez à jour `status` (done, paused, abandoned…) ou reportez `due`".into()
            }),
        }
    }
}

/// Where in a file a key stands: `in [convention]`, or the top level.
/// When `key`, missing at the top level, is a table of some file's format:
/// its required keys, as `target = …`.
fn missing_table(key: &str, table: &str) -> Option<Vec<String>> {
    if !table.is_empty() {
        return None;
    }
    [
        RecordKind::Copil,
        RecordKind::Commission,
        RecordKind::Officer,
        RecordKind::Action,
    ]
    .iter()
    .find_map(|kind| {
        crate::domain::schema::fields_of(*kind)
            .iter()
            .find(|f| f.name == key)
            .and_then(|f| match f.ty {
                crate::domain::schema::Ty::Table(fields) => Some(
                    fields
                        .iter()
                        .filter(|f| f.required)
                        .map(|f| format!("`{} = …`", f.name))
                        .collect(),
                ),
                _ => None,
            })
    })
}

fn place(table: &str, lang: Lang) -> String {
    match (table.is_empty(), lang) {
        (true, Lang::En) => "at the top level of the file".into(),
        (true, Lang::Fr) => "au premier niveau du fichier".into(),
        (false, Lang::En) => format!("in {table}"),
        (false, Lang::Fr) => format!("dans {table}"),
    }
}

fn type_en(name: &str) -> &str {
    match name {
        "string" => "a string",
        "integer" => "an integer",
        "float" => "a number",
        "boolean" => "true or false",
        "datetime" => "a date",
        "array" => "a list",
        "table" => "a table",
        "fte" => "a number of FTE",
        "date" => "a date",
        "array of tables" => "a list of tables",
        other => other,
    }
}

fn type_fr(name: &str) -> &str {
    match name {
        "string" => "un texte",
        "integer" => "un entier",
        "float" => "un nombre",
        "boolean" => "true ou false",
        "datetime" => "une date",
        "array" => "une liste",
        "table" => "une table",
        "fte" => "un nombre d'ETP",
        "date" => "une date",
        "array of tables" => "une liste de tables",
        other => other,
    }
}

fn example(key: &str, expected: &str) -> String {
    match expected {
        "string" => format!("`{key} = \"…\"`"),
        "integer" => format!("`{key} = 2`"),
        "boolean" => format!("`{key} = true`"),
        "date" => format!("`{key} = 2025-01-31`"),
        "array" => format!("`{key} = [\"…\", \"…\"]`"),
        "table" => format!("`[{key}]` and its fields below it"),
        "array of tables" => format!("`[[{key}]]` and its fields below it"),
        "fte" => format!("`{key} = 0.5`"),
        _ => "a value of the expected type".into(),
    }
}

/// The fixed words around diagnostics: severities, summaries, hint prefixes.
pub mod words {
    use crate::diagnostics::Severity;
    use crate::i18n::Lang;

    /// `error` / `erreur`.
    pub fn severity(severity: Severity, lang: Lang) -> &'static str {
        match (severity, lang) {
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::En) => "warning",
            (Severity::Error, Lang::Fr) => "erreur",
            (Severity::Warning, Lang::Fr) => "avertissement",
        }
    }

    fn plural(n: usize, one: &str, many: &str) -> String {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    }

    /// French counts 0 and 1 in the singular: `0 erreur`, `1 erreur`, `2 erreurs`.
    fn plural_fr(n: usize, one: &str, many: &str) -> String {
        if n <= 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    }

    /// `2 errors, 1 warning in 23 files`, or the clean-run line.
    pub fn summary(errors: usize, warnings: usize, files: usize, lang: Lang) -> String {
        match lang {
            Lang::En if errors + warnings == 0 => {
                format!("ok: {}, no problems", plural(files, "file", "files"))
            }
            Lang::Fr if errors + warnings == 0 => format!(
                "ok : {}, aucun problème",
                plural_fr(files, "fichier", "fichiers")
            ),
            Lang::En => format!(
                "{}, {} in {}",
                plural(errors, "error", "errors"),
                plural(warnings, "warning", "warnings"),
                plural(files, "file", "files")
            ),
            Lang::Fr => format!(
                "{}, {} dans {}",
                plural_fr(errors, "erreur", "erreurs"),
                plural_fr(warnings, "avertissement", "avertissements"),
                plural_fr(files, "fichier", "fichiers")
            ),
        }
    }

    /// Where `ctg explain` tells more about a code.
    pub fn explain(code: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!("for more, run `ctg explain {code}`"),
            Lang::Fr => format!("pour en savoir plus : `ctg explain {code}`"),
        }
    }

    /// The line `fte`, `status` and `actions` print for each file they could not use.
    pub fn left_out(file: &str, code: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!("warning: {file} left out ({code}); run `ctg check` for details"),
            Lang::Fr => format!("attention : {file} ignoré ({code}) ; `ctg check` donne le détail"),
        }
    }

    /// The name of the help line under a diagnostic: `help` / `aide`.
    pub fn help(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "help",
            Lang::Fr => "aide",
        }
    }

    /// The name of the note line under a diagnostic: `note` / `remarque`.
    pub fn note(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "note",
            Lang::Fr => "remarque",
        }
    }
}
