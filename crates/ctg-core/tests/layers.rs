//! The library's layers look only down: a module of one layer may use its
//! own layer and those below it, never one above. Crates enforce this between
//! `ctg-toml`, `ctg-core` and the `ctg` binary (an upward dependency does not
//! compile); inside `ctg-core` this test does, over every `crate::` path.
//!
//! It also holds the library to what its manifest says: no command line
//! (clap) and no printing, which belong to the binary.

use std::path::{Path, PathBuf};

/// The layers, bottom first (the order of `lib.rs`).
const LAYERS: &[&str] = &[
    "i18n",
    "domain",
    "diagnostics",
    "read",
    "rules",
    "analysis",
    "answers",
];

fn sources() -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

/// The layer a file belongs to: its first folder or file name under `src/`.
fn layer_of(file: &Path) -> Option<usize> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let first = file.strip_prefix(&src).ok()?.components().next()?;
    let name = first.as_os_str().to_str()?.trim_end_matches(".rs");
    LAYERS.iter().position(|l| *l == name)
}

/// Every layer named by a `crate::` path in `text`, with its line number
/// (comments are skipped: a doc link may point anywhere).
fn uses(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            out.push((n + 1, name));
        }
    }
    out
}

#[test]
fn every_use_looks_down() {
    let mut upward = Vec::new();
    for file in sources() {
        let Some(own) = layer_of(&file) else {
            continue; // lib.rs: it declares the layers.
        };
        let text = std::fs::read_to_string(&file).expect("read a source file");
        for (line, name) in uses(&text) {
            let Some(used) = LAYERS.iter().position(|l| *l == name) else {
                continue; // `crate::Fte` and the other re-exports of lib.rs.
            };
            if used > own {
                upward.push(format!(
                    "{}:{line}: {} uses {}",
                    file.display(),
                    LAYERS[own],
                    LAYERS[used]
                ));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "uses that look up a layer:\n{}",
        upward.join("\n")
    );
}

#[test]
fn every_module_is_in_a_layer() {
    for file in sources() {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        assert!(
            layer_of(&file).is_some() || name == "lib.rs",
            "{} is in no layer: add it to one (and to LAYERS if it is a new one)",
            file.display()
        );
    }
}

/// The re-exports at the top of `lib.rs` must not hide an upward use: each
/// names the layer it comes from, and this test knows them.
#[test]
fn root_reexports_are_known() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
    let text = std::fs::read_to_string(lib).expect("read lib.rs");
    for line in text.lines().filter(|l| l.starts_with("pub use ")) {
        let layer = line["pub use ".len()..]
            .split("::")
            .next()
            .unwrap_or_default();
        assert!(LAYERS.contains(&layer), "{line}: from no layer");
    }
}

#[test]
fn the_library_neither_parses_arguments_nor_prints() {
    let mut found = Vec::new();
    for file in sources() {
        let text = std::fs::read_to_string(&file).expect("read a source file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in [
                "clap::",
                "println!",
                "eprintln!",
                "print!(",
                "eprint!(",
                "stdout()",
            ] {
                if code.contains(word) {
                    found.push(format!("{}:{}: {word}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "in the library:\n{}", found.join("\n"));
}

#[test]
fn the_check_sees_an_upward_use() {
    // The test's own parser, on a line it must catch and one it must not.
    assert_eq!(
        uses("use crate::answers::fte::FteAnswer; // crate::i18n"),
        vec![(1, "answers".to_owned())]
    );
}

/// Between crates Cargo itself enforces the direction (`ctg` → `ctg-core` →
/// `ctg-toml`; a cycle is refused); what it cannot see is a dependency that
/// should not be there at all: the terminal and command-line crates.
#[test]
fn the_manifest_has_no_command_line_crates() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let text = std::fs::read_to_string(manifest).expect("read Cargo.toml");
    let dependencies = text
        .split("[dependencies]")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .expect("a [dependencies] table");
    for name in [
        "ctg ",
        "ctg=",
        "clap",
        "comfy-table",
        "annotate-snippets",
        "anyhow",
    ] {
        assert!(
            !dependencies
                .lines()
                .any(|l| l.trim_start().starts_with(name)),
            "ctg-core depends on {name}"
        );
    }
}
