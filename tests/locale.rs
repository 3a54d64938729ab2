//! The locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) chooses French when neither
//! `--lang` nor the repository's `language` does (issue 12, item 10), for
//! `init` too; and clap's refusals are said in French.

use crate::support::{Repo, Run, TODAY, ctg};

/// `ctg ARGS` in `dir` with the environment `env`.
fn with_env(dir: &std::path::Path, env: &[(&str, &str)], args: &[&str]) -> Run {
    let mut command = ctg();
    command.current_dir(dir).env("NO_COLOR", "1");
    for (name, value) in env {
        command.env(name, value);
    }
    Run::of(command.args(args))
}

#[test]
fn the_locale_chooses_french_in_posix_order() {
    // The test repository says no `language`.
    let repo = Repo::new();
    let check = |env: &[(&str, &str)]| with_env(repo.path(), env, &["--at", TODAY, "check"]).stderr;
    let french = "ok : 6 fichiers, aucun problème\n";
    let english = "ok: 6 files, no problems\n";
    assert_eq!(check(&[]), english);
    assert_eq!(check(&[("LANG", "fr_FR.UTF-8")]), french);
    assert_eq!(
        check(&[("LC_MESSAGES", "fr_BE.UTF-8"), ("LANG", "C")]),
        french
    );
    assert_eq!(check(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")]), english);
    assert_eq!(check(&[("LC_ALL", "fr_FR"), ("LANG", "C")]), french);
    assert_eq!(check(&[("LANG", "POSIX")]), english);
    // `--lang` and the repository's `language` come first.
    let run = with_env(
        repo.path(),
        &[("LANG", "fr_FR.UTF-8")],
        &["--lang", "en", "--at", TODAY, "check"],
    );
    assert_eq!(run.stderr, english);
    let english_repo = repo.edit(
        "copil.toml",
        "name = \"CTG Test\"",
        "name = \"CTG Test\"\nlanguage = \"en\"",
    );
    let run = with_env(
        english_repo.path(),
        &[("LANG", "fr_FR.UTF-8")],
        &["--at", TODAY, "check"],
    );
    assert_eq!(run.stderr, english);
}

#[test]
fn init_speaks_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    let run = with_env(
        dir.path(),
        &[("LANG", "fr_FR.UTF-8")],
        &["init", "ctg-golfe"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("dépôt CTG créé dans ctg-golfe\n"),
        "{}",
        run.stdout
    );
    let copil = std::fs::read_to_string(dir.path().join("ctg-golfe/copil.toml")).unwrap();
    assert!(copil.contains("language = \"fr\""), "{copil}");
    let run = with_env(dir.path(), &[("LANG", "C.UTF-8")], &["init", "other"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("dépôt"), "{}", run.stdout);
}

/// clap's own refusals, in French: an unknown command (with the near one),
/// an unknown flag (with the near one), two flags that conflict, a flag
/// given twice; exit 2 and no English.
#[test]
fn clap_refusals_in_french() {
    let repo = Repo::new();
    let fr = [("LANG", "fr_FR.UTF-8")];
    for (args, expected) in [
        (
            &["statu"][..],
            "erreur : commande inconnue `statu`\n  vouliez-vous dire `status` ?\n",
        ),
        (
            &["frobnicate"][..],
            "erreur : commande inconnue `frobnicate`\n  lancez `ctg --help` pour voir les commandes\n",
        ),
        (
            &["fte", "--comune", "fos"][..],
            "erreur : argument inattendu `--comune`\n  vouliez-vous dire --commune ?\n",
        ),
        (
            &["fte", "--history", "--by", "officer"][..],
            "erreur : --history ne peut pas être utilisé avec --by <QUOI>\n  \
             gardez l'un des deux (lancez la commande avec --help pour voir ses options)\n",
        ),
        (
            &["--at", "2026-01-01", "--at", "2026-01-02", "status"][..],
            "erreur : --at <DATE> est donné plusieurs fois\n  ne le donnez qu'une fois\n",
        ),
    ] {
        let run = with_env(repo.path(), &fr, args);
        assert_eq!((run.code, run.stderr.as_str()), (2, expected), "{args:?}");
        // The same refusal with `--lang fr`, whatever the locale.
        let mut with_flag = vec!["--lang", "fr"];
        with_flag.extend_from_slice(args);
        let run = with_env(repo.path(), &[("LANG", "C")], &with_flag);
        assert_eq!((run.code, run.stderr.as_str()), (2, expected), "{args:?}");
    }
    // In English, clap's own words, still exit 2.
    let run = with_env(repo.path(), &[("LANG", "C")], &["statu"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: unrecognized subcommand 'statu'"),
        "{}",
        run.stderr
    );
}
