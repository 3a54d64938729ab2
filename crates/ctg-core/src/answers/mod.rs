//! Answers: what `ctg fte`, `ctg status` and `ctg actions` compute from the
//! records, as plain serializable structs. Renderers (text, CSV, JSON,
//! markdown, HTML) read these and nothing else; the JSON output of a command
//! is the serde form of its answer.
//!
//! Every FTE figure is an exact [`crate::Fte`]; every list is sorted so that
//! output is the same on every run.

pub mod actions;
pub mod calendar;
pub mod changes;
pub mod fte;
pub mod indicators;
pub mod portfolio;
pub mod report;
pub mod status;
