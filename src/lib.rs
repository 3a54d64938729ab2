//! `ctg` follows the governance of a Convention Territoriale Globale (CTG)
//! from a folder of TOML files: the COPIL, the working commissions, the
//! cooperation officers with their FTE, and the action plan.
//!
//! Data flows one way: files ([`scan`], [`loader`]) → records ([`model`]) →
//! rules ([`rules`]) and answers ([`staffing`]) → renderers ([`render`]).

pub mod answers;
pub mod app;
pub mod check;
pub mod cli;
pub mod commands;
pub mod commune;
pub mod diagnostic;
pub mod document;
pub mod explain;
pub mod fte;
pub mod git;
pub mod json_schema;
pub mod loader;
pub mod messages;
pub mod model;
pub mod records;
pub mod render;
pub mod root;
pub mod rules;
pub mod scaffold;
pub mod scan;
pub mod schema;
pub mod source;
pub mod staffing;
pub mod suggest;
pub mod text;
pub mod toml_tree;

pub use check::{Analysis, analyse};
pub use fte::Fte;
pub use loader::load;
pub use model::Repository;
