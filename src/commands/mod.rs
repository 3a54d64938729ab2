//! One module per command: each computes its answer and hands it to a renderer.

pub mod actions;
pub mod check;
pub mod fte;
pub mod report;
pub mod status;

use crate::app::{Exit, print_stderr};
use crate::messages::{Lang, words};
use crate::model::Repository;

/// Names on stderr each file whose records could not be loaded; `Exit::Problems`
/// if there is one, so that no answer silently hides a broken file.
pub fn name_left_out(repo: &Repository, lang: Lang) -> anyhow::Result<Exit> {
    let mut text = String::new();
    for left in &repo.left_out {
        text.push_str(&words::left_out(&left.file, left.code.as_str(), lang));
        text.push('\n');
    }
    if text.is_empty() {
        return Ok(Exit::Ok);
    }
    print_stderr(&text)?;
    Ok(Exit::Problems)
}
