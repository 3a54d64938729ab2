//! Never a panic: random mutations of the real repository in `data/` (byte
//! flips, deleted lines, swapped values, truncation, inserted tokens) each
//! give diagnostics or a clean pass, and every diagnostic's line and column
//! points inside its file.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use ctg::messages::Lang;
use proptest::prelude::*;

/// One change to a file's bytes; positions wrap around the file's length.
#[derive(Debug, Clone)]
enum Mutation {
    FlipBit { at: usize, bit: u8 },
    DeleteLine { line: usize },
    SwapValues { a: usize, b: usize },
    Truncate { at: usize },
    Insert { at: usize, token: &'static [u8] },
    DuplicateLine { line: usize },
}

const TOKENS: &[&[u8]] = &[
    b"\"",
    b"'",
    b"[",
    b"]]",
    b"{",
    b"=",
    b"\n",
    b"\r",
    b"\\",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"\x1b[31m",
    b"[[assignment]]\n",
    b"[copil]\n",
    b"x = 1\n",
    b"fte = 0.333\n",
    b"date = 2031-02-30\n",
    b"1979-05-27T07:32:00Z",
    b"-0.5",
    b"99999999999999999999",
    b"nan",
    b"\"\"\"",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::FlipBit { at, bit }),
        any::<usize>().prop_map(|line| Mutation::DeleteLine { line }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapValues { a, b }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        (any::<usize>(), proptest::sample::select(TOKENS))
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

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
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

fn data_files() -> Vec<PathBuf> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
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

fn copy_data(to: &Path) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for file in data_files() {
        let target = to.join(&file);
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("mkdir");
        std::fs::copy(data.join(&file), target).expect("copy");
    }
}

/// Every position points at a line of its file, and at most one column past
/// that line's last character.
fn assert_positions_inside(analysis: &ctg::Analysis) {
    for located in &analysis.findings.diagnostics {
        let d = &located.diagnostic;
        let Some(position) = located.position else {
            continue;
        };
        let source = analysis
            .repo
            .source(&d.file)
            .unwrap_or_else(|| panic!("a position without a source: {d:?}"));
        let text = &source.text().expect("a position has its text").text;
        let line_count = text.split('\n').count();
        assert!(
            position.line >= 1 && position.line <= line_count,
            "{}: line {} of {line_count}: {d:?}",
            d.file,
            position.line
        );
        let line = text.split('\n').nth(position.line - 1).unwrap_or("");
        let width = line.chars().count();
        assert!(
            position.column >= 1 && position.column <= width + 1,
            "{}:{}: column {} past {width} characters: {d:?}",
            d.file,
            position.line,
            position.column
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_data_never_panics(
        file in 0usize..1000,
        mutations in proptest::collection::vec(mutation(), 1..5),
    ) {
        thread_local! {
            static REPO: tempfile::TempDir = {
                let dir = tempfile::TempDir::new().expect("a temp dir");
                copy_data(dir.path());
                dir
            };
        }
        let files = data_files();
        let relative = &files[file % files.len()];
        REPO.with(|dir| {
            let path = dir.path().join(relative);
            let original = std::fs::read(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(relative),
            )
            .expect("read");
            let mut bytes = original.clone();
            for m in &mutations {
                apply(&mut bytes, m);
            }
            std::fs::write(&path, &bytes).expect("write");
            // Put the file back even when a case fails, so shrinking sees the real data.
            struct Restore<'a>(&'a Path, &'a [u8]);
            impl Drop for Restore<'_> {
                fn drop(&mut self) {
                    let _ = std::fs::write(self.0, self.1);
                }
            }
            let _restore = Restore(&path, &original);
            let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date");
            let analysis = ctg::analyse(dir.path(), today);
            assert_positions_inside(&analysis);
            // The renderers read every position and snippet: they must not panic either.
            for lang in [Lang::En, Lang::Fr] {
                let human =
                    ctg::render::check::human(&analysis.findings, &analysis.repo, lang, true);
                assert!(human.ends_with('\n'));
                let _ = ctg::render::check::short(&analysis.findings, lang);
                let json = ctg::render::check::json(&analysis.findings, lang);
                assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
            }
        });
    }
}

#[test]
fn the_unmutated_data_is_clean() {
    let dir = tempfile::TempDir::new().expect("a temp dir");
    copy_data(dir.path());
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date");
    let analysis = ctg::analyse(dir.path(), today);
    assert_eq!(analysis.findings.errors(), 0);
    assert!(analysis.findings.files > 20);
}
