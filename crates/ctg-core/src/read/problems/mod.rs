//! The problems found while reading files, in two families: the files
//! themselves ([`files`]: syntax, ids, files not read) and what they hold
//! ([`fields`]: unknown, missing and invalid keys and values). Each family
//! declares its codes (name, severity, explanation, example) and words its
//! messages, in English and French; the reading modules find the problems.

pub mod fields;
pub mod files;
