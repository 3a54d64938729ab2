//! One module per command: each computes its answer and hands it to a renderer.

pub mod check;
pub mod report;
