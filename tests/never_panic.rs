//! Never a panic: random mutations of the real repository in `data/` (byte
//! flips, deleted lines, swapped values, truncation, inserted tokens) each
//! give diagnostics or a clean pass, and every diagnostic's line and column
//! points inside its file.

use std::path::Path;

use chrono::NaiveDate;
use ctg_core::i18n::Lang;
use proptest::prelude::*;

use crate::mutations::{apply, data_files, mutation};

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
fn assert_positions_inside(analysis: &ctg_core::Analysis) {
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
        mutations in proptest::collection::vec(mutation(TOKENS), 1..5),
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
            let analysis = ctg_core::analyse(dir.path(), today);
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
    let analysis = ctg_core::analyse(dir.path(), today);
    assert_eq!(analysis.findings.errors(), 0);
    assert!(analysis.findings.files > 20);
}
