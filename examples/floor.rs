//! The benchmark's floor as a program: walk a folder, read every `.toml`
//! file and parse it into a plain `toml::Table`, nothing else, on one
//! thread. For comparing whole processes with `ctg check` (instruction
//! counts under `valgrind --tool=callgrind`, page faults, peak memory), as
//! `docs/performance.md` does; `cargo bench` compares them inside one process.
//!
//! ```text
//! cargo run --release --example floor -- /tmp/c100k
//! ```

use std::path::PathBuf;

fn main() {
    let Some(root) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: floor DIR");
        std::process::exit(2);
    };
    let files: Vec<PathBuf> = walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml"))
        .map(walkdir::DirEntry::into_path)
        .collect();
    let (mut bytes, mut keys, mut invalid) = (0, 0, 0);
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            invalid += 1;
            continue;
        };
        bytes += text.len();
        match text.parse::<toml::Table>() {
            Ok(table) => keys += table.len(),
            Err(_) => invalid += 1,
        }
    }
    println!(
        "{} files, {bytes} bytes, {keys} top-level keys, {invalid} not read or not TOML",
        files.len()
    );
}
