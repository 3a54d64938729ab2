//! Reading a repository: find the files, decode them, validate them against
//! the declared format and build the records, keeping every problem found.

pub mod discover;
pub mod document;
pub mod import;
pub mod json_schema;
pub mod loader;
pub mod open;
pub mod problems;
pub mod records;
pub mod repository;
pub mod scan;
pub mod source;
