//! The record format, declared once.
//!
//! The loader checks every file against these definitions (unknown keys,
//! missing keys, types, enumerations, ranges), and the documentation and
//! editor schemas are generated from them, so the three cannot drift apart.

use crate::domain::indicator::{IndicatorKind, Periodicity};
use crate::domain::model::{ActionStatus, CommissionKind, MeetingStatus, Mission, RecordKind};

/// The allowed range of an FTE amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FteRange {
    /// `0 < fte <= 1`: one person's share of a post.
    Share,
    /// `fte > 0`: a total.
    Positive,
    /// `fte >= 0`: a baseline or an increase.
    NonNegative,
}

/// The type a value must have.
#[derive(Debug, Clone, Copy)]
pub enum Ty {
    /// A string.
    Str,
    /// A local date (`2025-01-31`, no time).
    Date,
    /// `true` or `false`.
    Bool,
    /// An integer within bounds (inclusive).
    Int {
        /// Smallest allowed.
        min: i64,
        /// Largest allowed.
        max: i64,
    },
    /// An FTE amount: at most two decimals, within a range.
    Fte(FteRange),
    /// An indicator's value: any number, exact to four decimals.
    Number,
    /// One word of a list.
    Enum(&'static [&'static str]),
    /// A list of values of one type.
    List(&'static Ty),
    /// A table with known fields.
    Table(&'static [Field]),
    /// A list of tables with known fields (`[[key]]`).
    TableList(&'static [Field]),
    /// A table whose keys are free (commune names) and whose values share one type.
    Map(&'static Ty),
}

impl Ty {
    /// The type's name as diagnostics say it.
    pub fn name(&self) -> &'static str {
        match self {
            Ty::Str | Ty::Enum(_) => "string",
            Ty::Date => "date",
            Ty::Bool => "boolean",
            Ty::Int { .. } => "integer",
            Ty::Fte(_) => "fte",
            Ty::Number => "number",
            Ty::List(_) => "array",
            Ty::Table(_) | Ty::Map(_) => "table",
            Ty::TableList(_) => "array of tables",
        }
    }
}

/// One key of a table.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The key.
    pub name: &'static str,
    /// Its type.
    pub ty: Ty,
    /// Whether it must be present.
    pub required: bool,
    /// What it means, for documentation and editor hovers.
    pub doc: &'static str,
}

const fn req(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        name,
        ty,
        required: true,
        doc,
    }
}

const fn opt(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        name,
        ty,
        required: false,
        doc,
    }
}

const STRINGS: Ty = Ty::List(&Ty::Str);

/// A member of the COPIL or of a commission.
pub const MEMBER: &[Field] = &[
    req("name", Ty::Str, "The person's name."),
    req("organisation", Ty::Str, "The body they represent."),
    opt("role", Ty::Str, "Their role (mayor, director, deputy…)."),
    opt(
        "funder",
        Ty::Bool,
        "Whether their body funds the convention. Default: false.",
    ),
];

/// A meeting of the COPIL or of a commission.
pub const MEETING: &[Field] = &[
    req("date", Ty::Date, "The day of the meeting."),
    opt(
        "status",
        Ty::Enum(MeetingStatus::NAMES),
        "held (default), planned or cancelled.",
    ),
    opt("decisions", STRINGS, "What was decided."),
];

/// A dated value: an indicator's baseline or target.
pub const POINT: &[Field] = &[
    req("date", Ty::Date, "The day."),
    req(
        "value",
        Ty::Number,
        "The value on that day: a number, up to four decimals.",
    ),
];

/// One measure of an indicator.
pub const MEASURE: &[Field] = &[
    req(
        "date",
        Ty::Date,
        "The day it was measured (on or before today).",
    ),
    req(
        "value",
        Ty::Number,
        "The value measured: a number, up to four decimals.",
    ),
    opt("note", Ty::Str, "A remark on the measure."),
];

/// A result or means indicator, in an action or a commission file.
pub const INDICATOR: &[Field] = &[
    req(
        "id",
        Ty::Str,
        "Unique within its file (lowercase, digits, hyphens); named elsewhere as `<file id>/<id>`.",
    ),
    req("name", Ty::Str, "What it counts."),
    req(
        "kind",
        Ty::Enum(IndicatorKind::NAMES),
        "result (an effect on families) or means (what was put in).",
    ),
    opt(
        "unit",
        Ty::Str,
        "The unit, free text (`familles`, `jours`); `%` prints values as percentages.",
    ),
    opt("source", Ty::Str, "Where the figures come from."),
    opt(
        "periodicity",
        Ty::Enum(Periodicity::NAMES),
        "How often it is measured: yearly (default), half-yearly, quarterly or monthly.",
    ),
    req(
        "baseline",
        Ty::Table(POINT),
        "The value before the convention: `{ date = …, value = … }`.",
    ),
    req(
        "target",
        Ty::Table(POINT),
        "The value aimed at, after the baseline's date and different from it; below the baseline means lower is better.",
    ),
    opt(
        "measure",
        Ty::TableList(MEASURE),
        "The dated measures: `[{ date = …, value = …, note = \"…\" }]`.",
    ),
];

const CHECKS: &[Field] = &[opt(
    "require_indicators",
    Ty::Bool,
    "Warn (`no-indicator`) about done actions and commissions with objectives that have no indicator. Default: false.",
)];

const CONVENTION: &[Field] = &[
    req("name", Ty::Str, "The convention's name."),
    req("start", Ty::Date, "First day of the convention."),
    req(
        "end",
        Ty::Date,
        "Last day of the convention (on or after start).",
    ),
    req(
        "communes",
        STRINGS,
        "The communes it covers; tables follow this order.",
    ),
    opt("signatories", STRINGS, "The signatories."),
    opt(
        "language",
        Ty::Enum(&["en", "fr"]),
        "Language of human output: en (default) or fr.",
    ),
];

const COPIL: &[Field] = &[
    opt(
        "min_meetings_per_year",
        Ty::Int { min: 0, max: 366 },
        "Held meetings required per calendar year. Default: 1.",
    ),
    opt("member", Ty::TableList(MEMBER), "The COPIL's members."),
    opt("meeting", Ty::TableList(MEETING), "The COPIL's meetings."),
];

const FTE_PLAN: &[Field] = &[
    req(
        "target",
        Ty::Fte(FteRange::Positive),
        "Total FTE of Caf-cofunded cooperation officers the convention aims at.",
    ),
    opt(
        "baseline",
        Ty::Fte(FteRange::NonNegative),
        "The cofunded FTE that existed on baseline_date.",
    ),
    opt(
        "baseline_by_commune",
        Ty::Map(&Ty::Fte(FteRange::NonNegative)),
        "The cofunded FTE that existed on baseline_date, by commune: each commune's baseline and target in `ctg fte`. A commune it does not name had none; its sum must be baseline.",
    ),
    opt(
        "baseline_date",
        Ty::Date,
        "Date of the baseline. Default: convention.start.",
    ),
    opt(
        "increase",
        Ty::Map(&Ty::Fte(FteRange::NonNegative)),
        "The planned development of FTE, by commune.",
    ),
];

/// `copil.toml`.
pub const COPIL_FILE: &[Field] = &[
    req("convention", Ty::Table(CONVENTION), "The convention."),
    opt("copil", Ty::Table(COPIL), "The steering committee."),
    req(
        "fte",
        Ty::Table(FTE_PLAN),
        "The staffing plan of cooperation officers.",
    ),
    opt("check", Ty::Table(CHECKS), "Settings of `ctg check`."),
];

const ASSIGNMENT: &[Field] = &[
    req("commune", Ty::Str, "One of convention.communes."),
    req(
        "fte",
        Ty::Fte(FteRange::Share),
        "Share of a full-time post: 0 < fte <= 1.",
    ),
    req("start", Ty::Date, "First day."),
    opt(
        "end",
        Ty::Date,
        "Last day, inclusive; absent while open-ended.",
    ),
];

/// `officers/<id>.toml`.
pub const OFFICER_FILE: &[Field] = &[
    req("name", Ty::Str, "The officer's name."),
    opt("employer", Ty::Str, "Who employs them."),
    opt(
        "caf_cofunded",
        Ty::Bool,
        "Whether the Caf cofunds the post, so that it counts toward fte.target. Default: true.",
    ),
    opt(
        "missions",
        Ty::List(&Ty::Enum(Mission::NAMES)),
        "Missions from the annex: decision-support, network, resources, evaluation.",
    ),
    req(
        "assignment",
        Ty::TableList(ASSIGNMENT),
        "Periods of work for a commune; at least one.",
    ),
];

/// `commissions/<id>.toml`.
pub const COMMISSION_FILE: &[Field] = &[
    req("name", Ty::Str, "The commission's name."),
    req(
        "kind",
        Ty::Enum(CommissionKind::NAMES),
        "thematic or territorial.",
    ),
    opt("theme", Ty::Str, "Its theme."),
    opt(
        "communes",
        STRINGS,
        "Communes it covers; required and non-empty when kind = territorial.",
    ),
    opt(
        "referent",
        Ty::Str,
        "Id of the officer who links the commission to the COPIL.",
    ),
    opt("objectives", STRINGS, "Its objectives."),
    opt(
        "min_meetings_per_year",
        Ty::Int { min: 0, max: 366 },
        "Held meetings required per calendar year; no check when absent.",
    ),
    opt("member", Ty::TableList(MEMBER), "Its members."),
    opt("meeting", Ty::TableList(MEETING), "Its meetings."),
    opt(
        "indicator",
        Ty::TableList(INDICATOR),
        "Indicators of its objectives.",
    ),
];

/// `actions/<id>.toml`.
pub const ACTION_FILE: &[Field] = &[
    req("title", Ty::Str, "The action's title."),
    req(
        "commission",
        Ty::Str,
        "Id of the commission that carries it.",
    ),
    req(
        "status",
        Ty::Enum(ActionStatus::NAMES),
        "planned, in-progress, paused, blocked, done or abandoned.",
    ),
    opt("lead", Ty::Str, "Id of the officer who leads it."),
    opt(
        "communes",
        STRINGS,
        "Communes it concerns; absent means the whole territory.",
    ),
    opt("objective", Ty::Str, "The objective it serves."),
    opt("description", Ty::Str, "What it does, in a few sentences."),
    opt(
        "notes",
        Ty::Map(&Ty::Str),
        "Free notes by heading: `ctg import actions` keeps here the spreadsheet's columns that are no field.",
    ),
    opt("start", Ty::Date, "When it starts."),
    opt("due", Ty::Date, "When it is due (on or after start)."),
    opt(
        "completed",
        Ty::Date,
        "When it was finished: required when status = done, an error otherwise.",
    ),
    opt(
        "progress",
        Ty::Int { min: 0, max: 100 },
        "How far along, in percent (0 to 100).",
    ),
    opt(
        "indicator",
        Ty::TableList(INDICATOR),
        "Indicators of its results or means.",
    ),
];

/// The top-level fields of a kind's files.
pub fn fields_of(kind: RecordKind) -> &'static [Field] {
    match kind {
        RecordKind::Copil => COPIL_FILE,
        RecordKind::Commission => COMMISSION_FILE,
        RecordKind::Officer => OFFICER_FILE,
        RecordKind::Action => ACTION_FILE,
    }
}
