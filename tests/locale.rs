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

/// What clap writes in English and must never reach a French user.
const ENGLISH: [&str; 8] = [
    "error:",
    "tip:",
    "Usage:",
    "For more information",
    "possible values",
    "[default",
    "cannot be used",
    "unexpected argument",
];

/// Runs `args` in French twice, by the locale and by `--lang fr` (with an
/// English locale), and asserts that both say `expected` on stderr, exit 2,
/// print nothing on stdout and leave no English.
fn refused_in_french(repo: &Repo, args: &[&str], expected: &str) {
    let mut with_flag = vec!["--lang", "fr"];
    with_flag.extend_from_slice(args);
    for run in [
        with_env(repo.path(), &[("LANG", "fr_FR.UTF-8")], args),
        with_env(repo.path(), &[("LANG", "C")], &with_flag),
    ] {
        assert_eq!((run.code, run.stderr.as_str()), (2, expected), "{args:?}");
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        for english in ENGLISH {
            assert!(!run.stderr.contains(english), "{args:?}: {english}");
        }
    }
}

/// Every refusal clap makes of ctg's command line, in French: an unknown
/// command (with the near ones, likeliest first), an unknown flag (with the
/// near one, or clap's tip), a value not in the list (with the French words
/// `--status` and `--state` take too), a date that is not one, a flag
/// without its value, a missing argument, a missing command, two flags that
/// conflict, a flag given twice; the command's usage after the message, as
/// clap's English has it; exit 2 and no English. (Too many or too few
/// values and `--flag=value` cannot happen with ctg's flags: see the unit
/// tests of `app::refusal`.)
#[test]
fn clap_refusals_in_french() {
    let repo = Repo::new();
    for (args, expected) in [
        (
            &["statu"][..],
            "erreur : commande inconnue `statu`\n  vouliez-vous dire `status` ?\n  \
             utilisation : ctg [OPTIONS] <COMMANDE>\n",
        ),
        (
            &["chek"][..],
            "erreur : commande inconnue `chek`\n  vouliez-vous dire `check` ou `schema` ?\n  \
             utilisation : ctg [OPTIONS] <COMMANDE>\n",
        ),
        (
            &["frobnicate"][..],
            "erreur : commande inconnue `frobnicate`\n  lancez `ctg --help` pour voir les commandes\n  \
             utilisation : ctg [OPTIONS] <COMMANDE>\n",
        ),
        (
            &["fte", "--comune", "fos"][..],
            "erreur : argument inattendu `--comune`\n  vouliez-vous dire --commune ?\n  \
             utilisation : ctg fte --commune <NOM>\n",
        ),
        (
            &["explain", "syntax", "extra"][..],
            "erreur : argument inattendu `extra`\n  \
             lancez la commande avec --help pour voir ses options\n  \
             utilisation : ctg explain [OPTIONS] [CODE]\n",
        ),
        (
            &["--", "status"][..],
            "erreur : argument inattendu `status`\n  \
             la commande `status` existe : enlevez le `--` qui la précède\n  \
             utilisation : ctg [OPTIONS] <COMMANDE>\n",
        ),
        (
            &["fte", "--format", "jsn"][..],
            "erreur : valeur invalide pour --format : `jsn`\n  \
             valeurs possibles : table, json, csv, xlsx\n  vouliez-vous dire json ?\n",
        ),
        (
            &["actions", "--status", "someday"][..],
            "erreur : valeur invalide pour --status : `someday`\n  \
             valeurs possibles : planned (prévue), in-progress (en cours), paused (en pause), \
             blocked (bloquée), done (terminée), abandoned (abandonnée), overdue (en retard)\n",
        ),
        (
            &["indicators", "--state", "bof"][..],
            "erreur : valeur invalide pour --state : `bof`\n  \
             valeurs possibles : reached (atteint), on-track (en bonne voie), \
             behind (en retard), stale (à mettre à jour), no-measure (sans mesure)\n",
        ),
        (
            &["--at", "demain", "status"][..],
            "erreur : valeur invalide pour --at : `demain`\n  \
             écrivez la date JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 28/11/2026\n",
        ),
        (
            &["fte", "--commune"][..],
            "erreur : il manque la valeur de --commune <NOM>\n  \
             lancez la commande avec --help pour voir ce qui est attendu\n",
        ),
        (
            &["report", "--year"][..],
            "erreur : il manque la valeur de --year <AAAA>\n  écrivez une année, par exemple 2026\n",
        ),
        (
            &["status", "--color"][..],
            "erreur : il manque la valeur de --color <COULEUR>\n  \
             valeurs possibles : auto, always, never\n",
        ),
        (
            &["new", "officer"][..],
            "erreur : il manque <ID>\n  \
             lancez la commande avec --help pour voir ce qui est attendu\n  \
             utilisation : ctg new <NATURE> <ID>\n",
        ),
        (
            &["--at", TODAY][..],
            "erreur : `ctg` attend une commande : check, fte, status, actions, indicators, \
             changes, action, meeting, officer, report, calendar, portfolio, explain, init, new, hook, \
             schema, completions, man, help\n  \
             lancez `ctg --help` pour voir ce que fait chacune\n  \
             utilisation : ctg [OPTIONS] <COMMANDE>\n",
        ),
        (
            &["fte", "--history", "--by", "officer"][..],
            "erreur : --history ne peut pas être utilisé avec --by <QUOI>\n  \
             gardez l'un des deux (lancez la commande avec --help pour voir ses options)\n  \
             utilisation : ctg fte --history\n",
        ),
        (
            &["--at", "2026-01-01", "--at", "2026-01-02", "status"][..],
            "erreur : --at <DATE> est donné plusieurs fois\n  ne le donnez qu'une fois\n  \
             utilisation : ctg [OPTIONS] <COMMANDE>\n",
        ),
    ] {
        refused_in_french(&repo, args, expected);
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
    let run = with_env(repo.path(), &[("LANG", "C")], &["fte", "--commune"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: a value is required for '--commune <NAME>' but none was supplied\n\n\
         For more information, try '--help'.\n"
    );
}

/// An argument that is not UTF-8, where ctg needs text, is said in French too.
#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_refused_in_french() {
    use std::os::unix::ffi::OsStrExt;
    let repo = Repo::new();
    let bad = std::ffi::OsStr::from_bytes(b"x\xff");
    let run = Run::of(
        ctg()
            .current_dir(repo.path())
            .env("LANG", "fr_FR.UTF-8")
            .arg("explain")
            .arg(bad),
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "erreur : un argument n'est pas du texte lisible (UTF-8)\n  \
             retapez-le au clavier plutôt que de le copier\n  \
             utilisation : ctg explain [OPTIONS] [CODE]\n"
        )
    );
}

/// A command given nothing shows its help, in French, on stderr (exit 2),
/// as clap does in English.
#[test]
fn a_command_given_nothing_shows_its_french_help() {
    let repo = Repo::new();
    let run = with_env(repo.path(), &[("LANG", "fr_FR.UTF-8")], &["action"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("Utilisation : ctg action [OPTIONS] <COMMANDE>\n"),
        "{}",
        run.stderr
    );
    for english in ENGLISH {
        assert!(!run.stderr.contains(english), "{english}: {}", run.stderr);
    }
}

/// Where a French text lacks the space before a high sign: a letter or a
/// digit right before `:` `;` `?` `!` that ends a word (`aide: …`). Lines
/// that are code (an HTML comment) and places (`file.toml:13:6:`) are not
/// French prose.
fn unspaced(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("<!--") {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (i, pair) in chars.windows(2).enumerate() {
            let ends_word = chars.get(i + 2).is_none_or(|c| c.is_whitespace());
            // `file.toml:13:6:`, a place as compilers write it, is no prose.
            let word: String = chars[..=i]
                .iter()
                .rev()
                .take_while(|c| !c.is_whitespace())
                .collect();
            let place = word.contains("lmot.");
            if pair[0].is_alphanumeric()
                && matches!(pair[1], ':' | ';' | '?' | '!')
                && ends_word
                && !place
            {
                found.push(line.to_owned());
                break;
            }
        }
    }
    found
}

/// One spacing rule in French (docs/commands.md, "French spacing"): every
/// command's French output on data/ has a space before `:` `;` `?` `!`; the
/// terminal's is a plain space (or a no-break one inside a table's cell),
/// the report's a no-break one, and a narrow no-break one before `%`.
#[test]
fn french_outputs_have_their_space_before_the_high_signs() {
    let data = crate::support::data();
    let data = data.to_str().unwrap();
    let mut commands: Vec<Vec<&str>> = vec![
        vec!["check"],
        vec!["check", "--format", "short"],
        vec!["status"],
        vec!["status", "--format", "markdown"],
        vec!["fte"],
        vec!["fte", "--by", "officer"],
        vec!["fte", "--history"],
        vec!["actions"],
        vec!["indicators"],
        vec!["changes"],
        vec!["explain"],
        vec!["--help"],
        vec!["fte", "--help"],
        vec!["report", "--format", "markdown"],
    ];
    let codes: Vec<&str> = ctg_core::analysis::codes::ALL
        .iter()
        .map(|code| code.as_str())
        .collect();
    for code in &codes {
        commands.push(vec!["explain", code]);
    }
    for args in &commands {
        let run = Run::of(
            ctg()
                .args(["--dir", data, "--at", "2026-11-28", "--lang", "fr"])
                .args(args),
        );
        let both = format!("{}{}", run.stdout, run.stderr);
        assert!(!both.trim().is_empty(), "{args:?}");
        assert_eq!(unspaced(&both), Vec::<String>::new(), "{args:?}");
        if args[0] == "report" {
            for (i, _) in both.match_indices([':', ';', '?', '!']) {
                let before = both[..i].chars().next_back();
                assert!(
                    before != Some(' '),
                    "plain space in the report: {}",
                    &both[i.saturating_sub(40)..i + 1]
                );
            }
            // A percentage (`94 %`), not the unit alone in its column.
            for (i, _) in both.match_indices('%') {
                let mut before = both[..i].chars().rev();
                let (space, figure) = (before.next(), before.next());
                assert!(
                    !(matches!(space, Some(' ' | '\u{a0}'))
                        && figure.is_some_and(|c| c.is_ascii_digit())),
                    "% in the report: {}",
                    &both[i.saturating_sub(40)..i + 1]
                );
            }
        } else {
            // The terminal: never a no-break space before a colon.
            assert!(!both.contains("\u{a0}:"), "{args:?}");
        }
    }
}
