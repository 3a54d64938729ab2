//! The benchmark's floor as a program: walk a folder, read every `.toml`
//! file and parse it into a plain `toml::Table`, nothing else, on one
//! thread (`--parallel`: on rayon's pool, every core). For comparing whole processes with `ctg check` (instruction
//! counts under `valgrind --tool=callgrind`, page faults, peak memory), as
//! `docs/performance.md` does; `cargo bench` compares them inside one process.
//!
//! ```text
//! cargo run --release --example floor -- /tmp/c100k
//! cargo run --release --example floor -- --parallel /tmp/p400
//! ```

use std::path::PathBuf;

fn main() {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let parallel = args.first().is_some_and(|a| a == "--parallel");
    if parallel {
        args.remove(0);
    }
    let Some(root) = args.first().map(PathBuf::from) else {
        eprintln!("usage: floor [--parallel] DIR");
        std::process::exit(2);
    };
    let files: Vec<PathBuf> = walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml"))
        .map(walkdir::DirEntry::into_path)
        .collect();
    // (bytes, top-level keys, not read or not TOML) of one file.
    let parse = |path: &PathBuf| -> (usize, usize, usize) {
        let Ok(text) = std::fs::read_to_string(path) else {
            return (0, 0, 1);
        };
        match text.parse::<toml::Table>() {
            Ok(table) => (text.len(), table.len(), 0),
            Err(_) => (text.len(), 0, 1),
        }
    };
    let add =
        |a: (usize, usize, usize), b: (usize, usize, usize)| (a.0 + b.0, a.1 + b.1, a.2 + b.2);
    let (bytes, keys, invalid) = if parallel {
        use rayon::prelude::*;
        files.par_iter().map(parse).reduce(|| (0, 0, 0), add)
    } else {
        files.iter().map(parse).fold((0, 0, 0), add)
    };
    println!(
        "{} files, {bytes} bytes, {keys} top-level keys, {invalid} not read or not TOML",
        files.len()
    );
}
