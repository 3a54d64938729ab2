//! The words of the command line, in English and French: help, the tables of
//! `fte`, `status` and `actions`, the report, the setup commands and the
//! problems that stop a command. The words of the data's problems are the
//! library's: each family of problems words its own (`ctg_core::rules::*`,
//! `ctg_core::read::problems::*`), around `ctg_core::diagnostics::message::words`.

pub mod calendar;
pub mod changes;
pub mod check;
pub mod fatal;
pub mod help;
pub mod hook;
pub mod import;
pub mod indicators;
pub mod labels;
pub mod portfolio;
pub mod report;
pub mod tools;
pub mod xlsx;

#[cfg(test)]
mod samples;
