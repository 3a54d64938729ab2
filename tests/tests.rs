//! The integration tests of `ctg`, in one binary as ripgrep has them: one
//! link instead of one per file, and a module per command or area. Each
//! module runs the real binary (`CARGO_BIN_EXE_ctg`) on fixture
//! repositories and asserts what a user sees.

mod mutations;
mod support;

mod actions;
mod bounded;
mod calendar;
mod changes;
mod check;
mod check_snapshots;
mod color;
mod completions_man;
mod edit;
mod escaping;
mod explain;
mod format_doc;
mod french_inputs;
mod fte;
mod git_hook;
mod git_staged;
mod github_format;
mod help_fr;
mod hostile;
mod import;
mod indicators;
mod init_new;
mod locale;
mod max_problems;
mod never_panic;
mod output_faults;
mod portfolio;
mod read_only;
mod readme;
mod refusals;
mod regression;
mod report;
mod scale;
mod schema;
mod status;
mod suite;
mod walk;
mod width;
mod writes;
mod xlsx;
