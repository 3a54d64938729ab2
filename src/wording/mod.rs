//! The words of the command line, in English and French: help, the tables of
//! `fte`, `status` and `actions`, the report, the setup commands and the
//! problems that stop a command. The words of the data's problems are the
//! library's (`ctg_core::diagnostics::message`).

pub mod fatal;
pub mod help;
pub mod labels;
pub mod report;
pub mod tools;

#[cfg(test)]
mod samples;
