//! The `ctg` command line: arguments, the commands, and the renderers that
//! put the library's answers (`ctg_core`) into tables, Markdown, HTML and
//! JSON. `main.rs` only calls [`app::run`].

pub mod app;
pub mod cli;
pub mod commands;
pub mod complete;
pub mod edit;
pub mod git;
pub mod render;
pub mod root;
pub mod scaffold;
pub mod wording;
pub mod writer;
