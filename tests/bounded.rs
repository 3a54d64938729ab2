//! Bounded output whatever the data (#10, item 11): `status` is one screen,
//! however many actions are overdue or files left out.

use crate::support::Repo;

#[test]
fn status_shows_one_screen_of_a_kind_and_says_how_many_more() {
    let repo = Repo::data_copy();
    for i in 0..25 {
        repo.file(
            &format!("actions/late-{i:02}.toml"),
            "title = \"Late\"\ncommission = \"parentalite\"\nstatus = \"planned\"\ndue = 2026-01-01\n",
        );
        repo.file(&format!("actions/broken-{i:02}.toml"), "title = 1\n");
    }
    let run = repo.ctg(&["--at", "2026-11-28", "--lang", "en", "status"]);
    assert_eq!(run.code, 1, "files are left out");
    let late = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("late-"))
        .count();
    assert_eq!(late, 10, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("… and 15 more (`ctg actions --status overdue` shows them all)"),
        "{}",
        run.stdout
    );
    // The paragraph wraps at spaces: read it as one line.
    let flat = run.stdout.replace('\n', " ");
    assert!(
        flat.contains("actions/broken-09.toml … and 15 more (`ctg check` shows them all)"),
        "{}",
        run.stdout
    );
    assert!(!flat.contains("broken-10"), "{}", run.stdout);
    assert!(run.stdout.lines().count() < 100, "{}", run.stdout);
}
