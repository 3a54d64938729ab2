//! Scale: 20,000 generated records are checked in full, and exactly the
//! planted errors come out (no more, no less, and no warning).
//!
//! Linearity is argued in `docs/performance.md` (every pass over records is a
//! hash look-up, a sort or a sweep) and timed loosely, two halves against the
//! whole, in `benches/check.rs`: no timing goes into tests.

#[path = "../examples/synth/generate.rs"]
mod generate;

use std::collections::BTreeMap;

#[test]
fn twenty_thousand_records_give_exactly_the_planted_errors() {
    let options = generate::Options {
        actions: 19_000,
        officers: 800,
        commissions: 200,
        seed: 2026,
        errors: 0.02,
        indicators: 0.3,
        at: generate::default_at(),
        ..generate::Options::default()
    };
    let corpus = generate::generate(&options);
    assert!(corpus.files.len() > 20_000);
    let dir = tempfile::TempDir::new().expect("a temp dir");
    corpus.write(dir.path()).expect("write");
    let analysis = ctg_core::analyse(dir.path(), options.at);
    let findings = &analysis.findings;
    let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
    for located in &findings.diagnostics {
        *by_code.entry(located.diagnostic.code.as_str()).or_default() += 1;
    }
    let planted = &corpus.planted;
    assert!(planted.total() > 300, "{planted:?}");
    assert_eq!(by_code, planted.by_code, "found vs planted");
    assert_eq!(findings.errors(), planted.total());
    assert_eq!(findings.warnings(), 0);
    assert_eq!(findings.files, corpus.files.len());
    // Every file with an error of its own is left out of the answers, and named.
    let own_errors = planted
        .by_code
        .iter()
        .filter(|(code, _)| **code != "unknown-reference")
        .map(|(_, n)| n)
        .sum::<usize>();
    assert_eq!(analysis.repo.left_out.len(), own_errors);
}

#[test]
fn the_generator_is_deterministic_and_clean_without_errors() {
    let options = generate::Options::scaled(2_000, 7, 0.0);
    let a = generate::generate(&options);
    let b = generate::generate(&options);
    assert_eq!(a.files, b.files);
    assert_eq!(a.planted.total(), 0);
    let dir = tempfile::TempDir::new().expect("a temp dir");
    a.write(dir.path()).expect("write");
    let analysis = ctg_core::analyse(dir.path(), options.at);
    let codes: Vec<String> = analysis
        .findings
        .diagnostics
        .iter()
        .map(|d| format!("{}: {}", d.diagnostic.file, d.diagnostic.code))
        .collect();
    assert_eq!(codes, Vec::<String>::new());
    // The plan adds up: the cofunded total reaches the target exactly.
    let convention = analysis.repo.convention.as_ref().expect("a convention");
    let end = convention.end;
    let total = ctg_core::domain::staffing::total_on(
        ctg_core::domain::staffing::cofunded(analysis.repo.staff()),
        end,
    );
    assert_eq!(total, convention.fte.target.value);
    let other = generate::generate(&generate::Options::scaled(2_000, 8, 0.0));
    assert_ne!(a.files, other.files);
}

/// The `synth` example, as `cargo test` builds it beside the binary.
fn synth_binary() -> Option<std::path::PathBuf> {
    let ctg = assert_cmd::cargo::cargo_bin("ctg");
    let synth = ctg.parent()?.join("examples").join("synth");
    synth.exists().then_some(synth)
}

#[test]
fn synth_refuses_a_non_empty_folder_without_force() {
    let Some(synth) = synth_binary() else {
        eprintln!("examples not built (cargo test --test scale alone): skipped");
        return;
    };
    let dir = tempfile::TempDir::new().expect("a temp dir");
    std::fs::write(dir.path().join("notes.txt"), "mine").expect("write");
    let args = [
        "--actions",
        "50",
        "--officers",
        "5",
        "--commissions",
        "2",
        "--errors",
        "0.2",
        "--out",
    ];
    let refused = std::process::Command::new(&synth)
        .args(args)
        .arg(dir.path())
        .output()
        .expect("synth runs");
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("is not empty"));
    assert!(!dir.path().join("copil.toml").exists());

    let forced = std::process::Command::new(&synth)
        .args(args)
        .arg(dir.path())
        .arg("--force")
        .output()
        .expect("synth runs");
    assert!(forced.status.success());
    let out = String::from_utf8_lossy(&forced.stdout).into_owned();
    // The other file is left alone; the count printed is the count found.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).expect("read"),
        "mine"
    );
    let planted: usize = out
        .lines()
        .find_map(|l| l.strip_prefix("planted "))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("a planted count");
    let analysis = ctg_core::analyse(dir.path(), generate::default_at());
    assert_eq!(analysis.findings.errors(), planted, "{out}");
    assert!(planted > 0, "{out}");
}

/// `synth --ctgs`: CTGs side by side, each with the same number of files,
/// its own communes and seed, both languages, and the planted problems
/// exactly (a broken file, a dangling reference, a COPIL that has not met
/// this year) where the generator says.
#[test]
fn ctgs_side_by_side_are_varied_and_give_exactly_their_planted_problems() {
    let base = generate::Options {
        actions: 30,
        officers: 8,
        commissions: 3,
        seed: 42,
        ..generate::Options::default()
    };
    let at = base.at;
    let mut communes_seen: std::collections::HashSet<String> = Default::default();
    let mut languages = BTreeMap::new();
    let mut targets = std::collections::BTreeSet::new();
    for k in 0..12 {
        let options = base.ctg(k);
        let corpus = generate::generate(&options);
        assert_eq!(
            corpus.files,
            generate::generate(&base.ctg(k)).files,
            "deterministic"
        );
        assert_eq!(corpus.files.len(), 1 + 8 + 3 + 30, "CTG {k}: the same size");
        let dir = tempfile::TempDir::new().expect("a temp dir");
        corpus.write(dir.path()).expect("write");
        let analysis = ctg_core::analyse(dir.path(), at);
        let convention = analysis
            .repo
            .convention
            .as_ref()
            .expect("a readable copil.toml");
        for commune in &convention.communes {
            assert!(
                communes_seen.insert(commune.clone()),
                "{commune} in two CTGs"
            );
        }
        *languages.entry(options.language).or_insert(0) += 1;
        targets.insert(convention.fte.target.value);
        let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
        for located in &analysis.findings.diagnostics {
            *by_code.entry(located.diagnostic.code.as_str()).or_default() += 1;
        }
        let expected: BTreeMap<&str, usize> = match k {
            3 => [("syntax", 1)].into(),
            7 => [("unknown-reference", 1)].into(),
            11 => [("copil-frequency", 1)].into(),
            _ => BTreeMap::new(),
        };
        assert_eq!(by_code, expected, "CTG {k}");
        assert_eq!(
            analysis.findings.errors(),
            corpus.planted.total(),
            "CTG {k}"
        );
    }
    assert_eq!(languages.len(), 2, "{languages:?}");
    assert!(targets.len() > 6, "targets differ: {targets:?}");
    assert_eq!(
        generate::Options::ctg_folder(0, 400),
        "ctg-001",
        "folders sort as numbered"
    );
}
