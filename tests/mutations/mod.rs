//! Random changes to a file's bytes, for the property tests that mutate
//! the real files in `data/` (`never_panic.rs`, `toml_tree.rs`).

use std::path::{Path, PathBuf};

use proptest::prelude::*;

/// One change to a file's bytes; positions wrap around the file's length.
#[derive(Debug, Clone)]
pub enum Mutation {
    FlipBit { at: usize, bit: u8 },
    DeleteLine { line: usize },
    SwapValues { a: usize, b: usize },
    Truncate { at: usize },
    Insert { at: usize, token: &'static [u8] },
    DuplicateLine { line: usize },
}

/// Any one change, inserting one of `tokens` when it inserts.
pub fn mutation(tokens: &'static [&'static [u8]]) -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::FlipBit { at, bit }),
        any::<usize>().prop_map(|line| Mutation::DeleteLine { line }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapValues { a, b }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        (any::<usize>(), proptest::sample::select(tokens))
            .prop_map(|(at, token)| Mutation::Insert { at, token }),
        any::<usize>().prop_map(|line| Mutation::DuplicateLine { line }),
    ]
}

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|b| *b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

/// Applies one change to `bytes`.
pub fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    match *mutation {
        Mutation::FlipBit { at, bit } => {
            if !bytes.is_empty() {
                let at = at % bytes.len();
                bytes[at] ^= 1 << bit;
            }
        }
        Mutation::DeleteLine { line } => {
            let mut all = lines(bytes);
            if !all.is_empty() {
                all.remove(line % all.len());
                *bytes = all.concat();
            }
        }
        Mutation::DuplicateLine { line } => {
            let mut all = lines(bytes);
            if !all.is_empty() {
                let i = line % all.len();
                let copy = all[i].clone();
                all.insert(i, copy);
                *bytes = all.concat();
            }
        }
        Mutation::SwapValues { a, b } => {
            // Swap what follows ` = ` on two `key = value` lines.
            let mut all = lines(bytes);
            let assignments: Vec<usize> = (0..all.len())
                .filter(|&i| all[i].windows(3).any(|w| w == b" = "))
                .collect();
            if assignments.len() >= 2 {
                let (i, j) = (
                    assignments[a % assignments.len()],
                    assignments[b % assignments.len()],
                );
                let split = |line: &[u8]| {
                    let at = line.windows(3).position(|w| w == b" = ").unwrap_or(0) + 3;
                    (line[..at].to_vec(), line[at..].to_vec())
                };
                let (key_i, value_i) = split(&all[i]);
                let (key_j, value_j) = split(&all[j]);
                all[i] = [key_i, value_j].concat();
                all[j] = [key_j, value_i].concat();
                *bytes = all.concat();
            }
        }
        Mutation::Truncate { at } => {
            let at = at % (bytes.len() + 1);
            bytes.truncate(at);
        }
        Mutation::Insert { at, token } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, token.iter().copied());
        }
    }
}

/// The files of `data/`, relative to it, sorted.
pub fn data_files() -> Vec<PathBuf> {
    // The workspace's top folder, from this package or a crate under crates/.
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let top = if top.join("data").is_dir() {
        top.to_path_buf()
    } else {
        top.join("../..")
    };
    let data = top.join("data");
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(&data)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| e.path().strip_prefix(&data).expect("inside").to_path_buf())
        .collect();
    files.sort();
    files
}
