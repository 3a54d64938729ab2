//! The library under `ctg`: it reads a CTG repository, checks it and answers
//! questions about it. It has no command line and prints nothing; the `ctg`
//! binary (the root package) parses arguments and renders.
//!
//! Its modules are layers, each using only those listed before it (a test,
//! `tests/layers.rs`, fails on a use that looks up):
//!
//! 1. [`i18n`]: the languages, dates and numbers as each writes them;
//! 2. [`domain`]: the records, exact FTE, staffing timelines, communes and
//!    the declared format of the files;
//! 3. [`diagnostics`]: what a problem is: its code (a handle on a definition:
//!    name, severity, explanation, example), its message, its severity;
//! 4. [`read`]: finding the files, decoding, validating and building records,
//!    with the families of problems found while reading (`read::problems`);
//! 5. [`rules`]: the checks across records, one family of problems a module;
//! 6. [`analysis`]: load + rules, the one pass every command starts from, and
//!    the registry of every code in documentation order (`analysis::codes`);
//! 7. [`answers`]: the figures and lists the commands print.

pub mod i18n;

pub mod domain;

pub mod diagnostics;

pub mod read;

pub mod rules;

pub mod analysis;

pub mod answers;

pub use analysis::{Analysis, analyse};
pub use domain::fte::Fte;
pub use read::loader::load;
pub use read::repository::Repository;
