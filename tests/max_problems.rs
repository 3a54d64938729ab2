//! `ctg check --max-problems`: a bounded output for many broken files, whose
//! summary, counts and exit status still cover every problem.

use crate::support::{self, Repo, TODAY};

/// The valid repository with `n` more actions, each with one error
/// (`progress = 120`, invalid-value), named after `pe-1.toml` so that they
/// come after its problems in the output.
fn broken(n: usize) -> Repo {
    let repo = Repo::new();
    let text = support::PE_1.replace("progress = 40", "progress = 120");
    for i in 0..n {
        repo.file(&format!("actions/z-{i:03}.toml"), &text);
    }
    repo
}

/// Problems printed in the human form: each starts with its severity.
fn printed(stderr: &str, words: &[&str]) -> usize {
    stderr
        .lines()
        .filter(|line| words.iter().any(|w| line.starts_with(w)))
        .count()
}

#[test]
fn human_prints_the_limit_then_how_many_more_and_the_summary_counts_every_one() {
    let run = broken(200).run(&["check", "--max-problems", "10"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(printed(&run.stderr, &["error[", "warning["]), 10);
    let tail: Vec<&str> = run.stderr.lines().rev().take(2).collect();
    assert_eq!(
        tail,
        [
            "200 errors, 0 warnings in 206 files",
            "… and 190 more problems not shown (190 errors, 0 warnings). To see them all, add --max-problems 0.",
        ]
    );
}

#[test]
fn french_says_it_in_french() {
    let run = broken(200).ctg(&[
        "--at",
        TODAY,
        "--lang",
        "fr",
        "check",
        "--max-problems",
        "10",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(printed(&run.stderr, &["erreur[", "avertissement["]), 10);
    assert!(
        run.stderr.contains(
            "\n… et 190 autres problèmes non affichés (190 erreurs, 0 avertissement). Pour tout voir, ajoutez --max-problems 0.\n200 erreurs, 0 avertissement dans 206 fichiers\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn errors_come_before_warnings_when_some_are_left_out() {
    // pe-1.toml's overdue warning comes first in file order; the 3 errors after it.
    let repo = broken(3).edit("actions/pe-1.toml", "due = 2027-06-30", "due = 2026-06-01");
    let every = repo.report();
    assert_eq!(every.codes()[0], "overdue");
    assert_eq!(every.diagnostics.len(), 4);
    let run = repo.run(&["check", "--max-problems", "3"]);
    assert_eq!(run.code, 1);
    assert_eq!(printed(&run.stderr, &["error["]), 3);
    assert_eq!(printed(&run.stderr, &["warning["]), 0);
    assert!(run.stderr.contains(
        "… and 1 more problem not shown (0 errors, 1 warning). To see them all, add --max-problems 0.\n3 errors, 1 warning in 9 files\n"
    ), "{}", run.stderr);
    // Room for every error and the warning: all four, in file order.
    let run = repo.run(&["check", "--max-problems", "4"]);
    assert_eq!(printed(&run.stderr, &["error[", "warning["]), 4);
    assert!(!run.stderr.contains("not shown"), "{}", run.stderr);
}

#[test]
fn json_lists_the_limit_with_the_total_counts_and_how_many_were_left_out() {
    let repo = broken(200);
    let run = repo.run(&["check", "--format", "json", "--max-problems", "10"]);
    assert_eq!(run.code, 1);
    let json = run.json();
    assert_eq!(json["errors"], 200);
    assert_eq!(json["warnings"], 0);
    assert_eq!(json["truncated"], 190);
    assert_eq!(json["diagnostics"].as_array().map(Vec::len), Some(10));
    // What was left out is in the object, not said again on stderr.
    assert_eq!(run.stderr, "");
    // Without the flag (and on a pipe), every problem and no `truncated`.
    let every = repo.report();
    assert_eq!(every.diagnostics.len(), 200);
}

#[test]
fn short_and_github_keep_stdout_one_line_a_problem_and_say_the_rest_on_stderr() {
    let repo = broken(200);
    for format in ["short", "github"] {
        let run = repo.run(&["check", "--format", format, "--max-problems", "10"]);
        assert_eq!(run.code, 1);
        assert_eq!(run.stdout.lines().count(), 10, "{format}: {}", run.stdout);
        assert_eq!(
            run.stderr,
            "… and 190 more problems not shown (190 errors, 0 warnings). To see them all, add --max-problems 0.\n"
        );
    }
}

#[test]
fn zero_and_a_limit_above_the_count_print_every_problem() {
    let repo = broken(60);
    for limit in ["0", "60", "1000"] {
        let run = repo.run(&["check", "--max-problems", limit]);
        assert_eq!(run.code, 1);
        assert_eq!(
            printed(&run.stderr, &["error["]),
            60,
            "--max-problems {limit}"
        );
        assert!(!run.stderr.contains("not shown"));
    }
    // Piped (as here) and without the flag: every problem, not a screenful.
    let run = repo.run(&["check"]);
    assert_eq!(printed(&run.stderr, &["error["]), 60);
}

#[test]
fn a_clean_repository_is_unchanged_and_the_hook_form_refuses_the_flag() {
    let run = Repo::new().run(&["check", "--max-problems", "1"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stderr, "ok: 6 files, no problems\n");
    let run = Repo::new().run(&["check", "--hook", "--max-problems", "1"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let run = Repo::new().run(&["check", "--max-problems", "-1"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}
