//! The records of a CTG repository, as the rules and answers see them.
//!
//! Every record here was read from a file with no error of its own; values
//! that rules may point back at keep their byte span in that file.

use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::domain::fte::Fte;
use crate::domain::indicator::Indicator;
use crate::i18n::Lang;

/// A short text read from a file and kept in a record: a reference to an
/// id, a commune. Up to 24 bytes it is stored inline, without an allocation
/// of its own: 100,000 actions each naming a commission, a lead and
/// communes would otherwise hold half a million small strings.
pub type ShortText = compact_str::CompactString;

/// A value with the byte span it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At<T> {
    /// The value.
    pub value: T,
    /// Where it stands in its file, in bytes. A file read is 10 MB at most
    /// (`loader::MAX_FILE_BYTES`), so `u32` holds any offset in half the
    /// room of `usize`: 8 bytes saved in every value a record keeps.
    offsets: Range<u32>,
}

impl<T> At<T> {
    /// A value read at `span` (an offset past `u32::MAX`, which no file
    /// read can have, is clamped rather than wrapped).
    pub fn new(value: T, span: Range<usize>) -> Self {
        let offset = |o: usize| u32::try_from(o).unwrap_or(u32::MAX);
        At {
            value,
            offsets: offset(span.start)..offset(span.end),
        }
    }

    /// Where it stands in its file, in bytes.
    pub fn span(&self) -> Range<usize> {
        self.offsets.start as usize..self.offsets.end as usize
    }
}

/// The four kinds of record a repository holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordKind {
    /// `copil.toml`: the convention, its COPIL and its FTE plan.
    Copil,
    /// `commissions/<id>.toml`.
    Commission,
    /// `officers/<id>.toml`.
    Officer,
    /// `actions/<id>.toml`.
    Action,
}

impl RecordKind {
    /// The folder that holds this kind's records (none for the COPIL).
    pub fn folder(self) -> Option<&'static str> {
        match self {
            RecordKind::Copil => None,
            RecordKind::Commission => Some("commissions"),
            RecordKind::Officer => Some("officers"),
            RecordKind::Action => Some("actions"),
        }
    }

    /// The kinds stored one file per record, with an id.
    pub const WITH_ID: [RecordKind; 3] = [
        RecordKind::Commission,
        RecordKind::Officer,
        RecordKind::Action,
    ];

    /// This kind as one whose records have ids, unless it is the COPIL's.
    pub fn with_id(self) -> Option<IdKind> {
        match self {
            RecordKind::Copil => None,
            RecordKind::Commission => Some(IdKind::Commission),
            RecordKind::Officer => Some(IdKind::Officer),
            RecordKind::Action => Some(IdKind::Action),
        }
    }
}

/// A kind of record stored one file per record, with an id: what a
/// reference can name. The COPIL's single file has no id, and no value of
/// this type stands for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdKind {
    /// `commissions/<id>.toml`.
    Commission,
    /// `officers/<id>.toml`.
    Officer,
    /// `actions/<id>.toml`.
    Action,
}

impl IdKind {
    /// Every kind with ids.
    pub const ALL: [IdKind; 3] = [IdKind::Commission, IdKind::Officer, IdKind::Action];
}

impl From<IdKind> for RecordKind {
    fn from(kind: IdKind) -> RecordKind {
        match kind {
            IdKind::Commission => RecordKind::Commission,
            IdKind::Officer => RecordKind::Officer,
            IdKind::Action => RecordKind::Action,
        }
    }
}

macro_rules! word_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $word:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vdoc])* $variant,)* }

        impl $name {
            /// The words a file may use, in documentation order.
            pub const NAMES: &'static [&'static str] = &[$($word,)*];
            /// Every value, in documentation order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The word for this value, as written in files and JSON.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word,)* }
            }

            /// The value a word names.
            pub fn from_word(word: &str) -> Option<Self> {
                match word { $($word => Some($name::$variant),)* _ => None }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use word_enum;

word_enum! {
    /// Whether a meeting took place.
    MeetingStatus {
        /// It took place (the default: most meetings are recorded afterwards).
        Held = "held",
        /// It is to come.
        Planned = "planned",
        /// It was called off.
        Cancelled = "cancelled",
    }
}

word_enum! {
    /// A working commission is organised by theme or by territory (the annex).
    CommissionKind {
        /// Organised around a theme of the action plan.
        Thematic = "thematic",
        /// Organised around some of the communes.
        Territorial = "territorial",
    }
}

word_enum! {
    /// Where an action of the plan stands.
    ActionStatus {
        /// Not started.
        Planned = "planned",
        /// Under way.
        InProgress = "in-progress",
        /// Stopped for now, by choice.
        Paused = "paused",
        /// Stopped by an obstacle.
        Blocked = "blocked",
        /// Finished.
        Done = "done",
        /// Given up.
        Abandoned = "abandoned",
    }
}

impl ActionStatus {
    /// Whether the action still has work ahead (and so can be overdue).
    pub fn is_open(self) -> bool {
        !matches!(self, ActionStatus::Done | ActionStatus::Abandoned)
    }
}

word_enum! {
    /// The four missions of the cooperation officers, as the annex lists them.
    Mission {
        /// Decision support, notably on transfers of competences.
        DecisionSupport = "decision-support",
        /// Animating the network of actors and inhabitants' initiatives.
        Network = "network",
        /// Mobilising schemes, resources and professional communities.
        Resources = "resources",
        /// Diagnosis and evaluation.
        Evaluation = "evaluation",
    }
}

/// A member of the COPIL or of a commission.
#[derive(Debug, Clone)]
pub struct Member {
    /// The person.
    pub name: String,
    /// The body they represent.
    pub organisation: String,
    /// Their role, if given.
    pub role: Option<String>,
    /// Whether the body funds the convention.
    pub funder: bool,
}

/// A meeting of the COPIL or of a commission.
#[derive(Debug, Clone)]
pub struct Meeting {
    /// The day.
    pub date: At<NaiveDate>,
    /// Held, planned or cancelled.
    pub status: MeetingStatus,
    /// What was decided.
    pub decisions: Vec<String>,
}

/// The steering committee.
#[derive(Debug, Clone)]
pub struct Copil {
    /// How many held meetings a year the convention requires.
    pub min_meetings_per_year: u32,
    /// Where that minimum is set (or the `[copil]` header), for warnings.
    pub min_span: Range<usize>,
    /// Its members.
    pub members: Vec<Member>,
    /// Its meetings, in file order.
    pub meetings: Vec<Meeting>,
}

/// The staffing plan of Caf-cofunded cooperation officers.
#[derive(Debug, Clone)]
pub struct FtePlan {
    /// The total FTE the convention aims at.
    pub target: At<Fte>,
    /// The FTE that existed on `baseline_date`.
    pub baseline: Option<At<Fte>>,
    /// The date of the baseline.
    pub baseline_date: NaiveDate,
    /// The baseline by commune (`[fte.baseline_by_commune]`), in file
    /// order; empty when the plan gives only the total.
    pub baseline_by_commune: Vec<(At<ShortText>, Fte)>,
    /// The planned development by commune, in file order.
    pub increase: Vec<(At<ShortText>, Fte)>,
}

impl FtePlan {
    /// The baseline the plan gives `commune`: none when the plan gives only
    /// the total (a share of it would be an invented figure), zero for a
    /// commune `[fte.baseline_by_commune]` does not name.
    pub fn baseline_for(&self, commune: &str) -> Option<Fte> {
        if self.baseline_by_commune.is_empty() {
            return None;
        }
        Some(
            self.baseline_by_commune
                .iter()
                .filter(|(name, _)| name.value == commune)
                .map(|(_, fte)| *fte)
                .sum(),
        )
    }

    /// The planned increase for `commune` (zero when none is planned).
    pub fn increase_for(&self, commune: &str) -> Fte {
        self.increase
            .iter()
            .filter(|(name, _)| name.value == commune)
            .map(|(_, fte)| *fte)
            .sum()
    }
}

/// `copil.toml`: the convention and its governance.
#[derive(Debug, Clone)]
pub struct Convention {
    /// Always `copil.toml`.
    pub file: Arc<str>,
    /// The convention's name.
    pub name: String,
    /// First day.
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
    /// The communes, in the order given: tables follow it.
    pub communes: Vec<String>,
    /// The signatories.
    pub signatories: Vec<String>,
    /// The language of human output, if set.
    pub language: Option<Lang>,
    /// The steering committee.
    pub copil: Copil,
    /// The FTE plan.
    pub fte: FtePlan,
    /// `[check] require_indicators`: whether `no-indicator` is on.
    pub require_indicators: bool,
}

impl Convention {
    /// Whether `date` falls within the convention.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// One period during which an officer works for one commune.
#[derive(Debug, Clone)]
pub struct Assignment {
    /// The commune, one of the convention's.
    pub commune: At<ShortText>,
    /// The share of a full-time post.
    pub fte: Fte,
    /// First day.
    pub start: At<NaiveDate>,
    /// Last day, inclusive; `None` while open-ended.
    pub end: Option<NaiveDate>,
    /// The whole `[[assignment]]` table.
    pub span: Range<usize>,
}

impl Assignment {
    /// Whether the assignment is in effect on `date` (its end is inclusive).
    pub fn is_active(&self, date: NaiveDate) -> bool {
        self.start.value <= date && self.end.is_none_or(|end| date <= end)
    }
}

/// A cooperation officer ("chargé de coopération").
#[derive(Debug, Clone)]
pub struct Officer {
    /// The file stem (shared with the known ids, not copied).
    pub id: Arc<str>,
    /// The file, relative to the root (shared with its source, not copied).
    pub file: Arc<str>,
    /// The person.
    pub name: String,
    /// Who employs them.
    pub employer: Option<String>,
    /// Whether the Caf cofunds the post (only then does it count toward the target).
    pub caf_cofunded: bool,
    /// The missions they carry.
    pub missions: Vec<Mission>,
    /// Their assignments, in file order.
    pub assignments: Vec<Assignment>,
}

/// A working commission, thematic or territorial.
#[derive(Debug, Clone)]
pub struct Commission {
    /// The file stem (shared with the known ids, not copied).
    pub id: Arc<str>,
    /// The file, relative to the root (shared with its source, not copied).
    pub file: Arc<str>,
    /// Its name.
    pub name: String,
    /// Thematic or territorial.
    pub kind: CommissionKind,
    /// Its theme, if given.
    pub theme: Option<String>,
    /// The communes it covers.
    pub communes: Vec<At<ShortText>>,
    /// The officer who links it to the COPIL.
    pub referent: Option<At<ShortText>>,
    /// Its objectives.
    pub objectives: Vec<String>,
    /// Where `objectives` is written, if it is.
    pub objectives_span: Option<Range<usize>>,
    /// The minimum number of held meetings a year, if it sets one.
    pub min_meetings_per_year: Option<At<u32>>,
    /// Its members.
    pub members: Vec<Member>,
    /// Its meetings.
    pub meetings: Vec<Meeting>,
    /// The indicators of its objectives.
    pub indicators: Vec<Indicator>,
}

/// An action of the action plan ("fiche action").
#[derive(Debug, Clone)]
pub struct Action {
    /// The file stem (shared with the known ids, not copied).
    pub id: Arc<str>,
    /// The file, relative to the root (shared with its source, not copied).
    pub file: Arc<str>,
    /// Its title.
    pub title: String,
    /// The commission that carries it.
    pub commission: At<ShortText>,
    /// Where it stands.
    pub status: At<ActionStatus>,
    /// The officer who leads it.
    pub lead: Option<At<ShortText>>,
    /// The communes it concerns; empty means the whole territory.
    pub communes: Vec<At<ShortText>>,
    /// The objective it serves.
    pub objective: Option<String>,
    /// When it starts.
    pub start: Option<NaiveDate>,
    /// When it is due.
    pub due: Option<At<NaiveDate>>,
    /// When it was finished.
    pub completed: Option<NaiveDate>,
    /// How far along it is, in percent.
    pub progress: Option<u8>,
    /// The indicators of its results and means.
    pub indicators: Vec<Indicator>,
}

impl Action {
    /// Whether the action is open and past its due date on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.value.is_open() && self.due.as_ref().is_some_and(|due| due.value < today)
    }
}
