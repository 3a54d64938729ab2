//! The test suite itself: with one test binary (`autotests = false`), a file
//! in `tests/` that `tests/tests.rs` does not declare would never be
//! compiled nor run, and nobody would notice.

use std::path::Path;

#[test]
fn every_test_file_is_a_module_of_the_one_binary() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let root = std::fs::read_to_string(tests.join("tests.rs")).expect("tests/tests.rs");
    let declared: Vec<&str> = root
        .lines()
        .filter_map(|l| l.strip_prefix("mod ")?.strip_suffix(';'))
        .collect();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&tests).expect("tests/") {
        let path = entry.expect("an entry").path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let is_module =
            path.extension().is_some_and(|e| e == "rs") || path.join("mod.rs").is_file();
        if is_module && name != "tests" && !declared.contains(&name) {
            missing.push(name.to_owned());
        }
    }
    assert!(
        missing.is_empty(),
        "add `mod NAME;` to tests/tests.rs for: {missing:?}"
    );
}
