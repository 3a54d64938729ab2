//! `ctg --help`, `ctg <command> --help` and `ctg man` follow the language:
//! French with `--lang fr` or in a French repository, English otherwise.

fn ctg(dir: Option<&str>, args: &[&str]) -> (i32, String, String) {
    let mut command = crate::support::ctg();
    command.env_remove("CTG_DIR").args(args);
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let out = command.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn stdout(args: &[&str]) -> String {
    let (code, out, err) = ctg(None, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

fn assert_french(text: &str) {
    for english in [
        "Usage:",
        "Commands:",
        "Options:",
        "Arguments:",
        "Possible values",
        "possible values:",
        "[default:",
        "Print help",
        "Print version",
        "cooperation officer",
        "How to print",
        "When to colour",
    ] {
        assert!(!text.contains(english), "English `{english}` in:\n{text}");
    }
}

#[test]
fn ctg_help_is_french_with_lang_fr() {
    let help = stdout(&["--lang", "fr", "--help"]);
    for french in [
        "Suivre la gouvernance d'une Convention Territoriale Globale",
        "Utilisation : ctg [OPTIONS] <COMMANDE>\n\nCommandes :\n  check ",
        "  fte          ETP cofinancés des chargés de coopération par rapport à l'objectif, par commune\n",
        "  help         Afficher ce message ou l'aide des commandes données\n",
        "\n\nOptions :\n      --dir <DOSSIER>\n",
        "          Valeurs possibles :\n          - auto   : en couleur sur un terminal",
        "          [par défaut : auto]\n",
        "          - fr : français\n",
        "  -h, --help\n          Afficher l'aide (un résumé avec '-h')\n",
        "  -V, --version\n          Afficher la version\n",
    ] {
        assert!(help.contains(french), "no `{french}` in:\n{help}");
    }
    assert_french(&help);
    // `--lang fr` anywhere on the line; `-h` and `help` too.
    assert_eq!(stdout(&["--help", "--lang=fr"]), help);
    assert_eq!(stdout(&["--lang", "fr", "help"]), help);
    let short = stdout(&["-h", "--lang", "fr"]);
    assert!(
        short.contains("Afficher l'aide (plus de détails avec '--help')"),
        "{short}"
    );
    assert_french(&short);
}

#[test]
fn ctg_fte_help_is_french() {
    let help = stdout(&["--lang", "fr", "fte", "--help"]);
    for french in [
        "ETP cofinancés des chargés de coopération par rapport à l'objectif, par commune\n\nUtilisation : ctg fte [OPTIONS]\n\nOptions :\n",
        "Regrouper par commune (par défaut) ou par chargé de coopération",
        "- officer : une ligne par chargé de coopération",
        "- csv   : CSV avec une ligne d'en-tête (voir --csv-sep)",
        "Le séparateur de champs du CSV",
        "- ; : séparé par des points-virgules, `,` comme séparateur décimal",
        "          [par défaut : table]\n",
    ] {
        assert!(help.contains(french), "no `{french}` in:\n{help}");
    }
    assert_french(&help);
    let short = stdout(&["fte", "-h", "--lang", "fr"]);
    assert!(
        short.contains("Comment afficher [par défaut : table] [valeurs possibles : table, json,"),
        "{short}"
    );
    assert_french(&short);
    assert_eq!(stdout(&["--lang", "fr", "help", "fte"]), help);
}

#[test]
fn every_command_help_is_french() {
    for command in [
        "check",
        "fte",
        "status",
        "actions",
        "report",
        "explain",
        "init",
        "new",
        "hook",
        "schema",
        "completions",
        "man",
    ] {
        for flag in ["-h", "--help"] {
            let help = stdout(&["--lang", "fr", command, flag]);
            assert!(help.contains("Utilisation : ctg "), "{command}: {help}");
            assert!(help.contains("Options :"), "{command}: {help}");
            assert_french(&help);
        }
    }
    let new = stdout(&["--lang", "fr", "new", "--help"]);
    assert!(new.contains("\nArguments :\n  <NATURE>\n"), "{new}");
    assert!(
        new.contains("- commission : une commission thématique, dans commissions/"),
        "{new}"
    );
    let hook = stdout(&["--lang", "fr", "hook", "install", "--help"]);
    assert!(
        hook.contains("Écrire le hook pre-commit de git qui lance `ctg check --staged`"),
        "{hook}"
    );
}

#[test]
fn a_french_repository_gets_french_help_unless_lang_en() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let (code, help, _) = ctg(Some(data), &["status", "--help"]);
    assert_eq!(code, 0);
    assert!(
        help.starts_with("L'écran à lire avant une réunion"),
        "{help}"
    );
    assert_french(&help);
    let (_, help, _) = ctg(None, &["--dir", data, "actions", "-h"]);
    assert!(
        help.contains("Utilisation : ctg actions [OPTIONS]"),
        "{help}"
    );
    let (_, help, _) = ctg(Some(data), &["--lang", "en", "status", "--help"]);
    assert!(help.contains("Usage: ctg status [OPTIONS]"), "{help}");
    let (code, page, _) = ctg(Some(data), &["man"]);
    assert_eq!(code, 0);
    assert!(page.contains(".SH NOM\nctg \\- Suivre"), "{page}");
    let (_, page, _) = ctg(Some(data), &["man", "--lang", "en"]);
    assert!(page.contains(".SH NAME\nctg \\- Follow"), "{page}");
}

#[test]
fn english_help_is_clap_s_own() {
    let help = stdout(&["--help"]);
    for english in [
        "Usage: ctg [OPTIONS] <COMMAND>\n\nCommands:\n  check ",
        "\n\nOptions:\n      --dir <DIR>\n",
        "          Possible values:\n          - auto:   Colour on a terminal",
        "          [default: auto]\n",
        "  -h, --help\n          Print help (see a summary with '-h')\n",
    ] {
        assert!(help.contains(english), "no `{english}` in:\n{help}");
    }
    assert!(!help.contains("Utilisation"), "{help}");
    assert_eq!(stdout(&["--lang", "en", "--help"]), help);
    let fte = stdout(&["fte", "-h"]);
    assert!(
        fte.contains("How to print [default: table] [possible values: table, json, csv, xlsx]"),
        "{fte}"
    );
}

#[test]
fn the_man_page_is_french_with_lang_fr() {
    let page = stdout(&["--lang", "fr", "man"]);
    for french in [
        ".SH NOM\nctg \\- Suivre la gouvernance",
        ".SH COMMANDES\n",
        "<\\fIcommande\\fR>",
        "\\fIValeurs possibles :\\fR",
        "\\fB\\-\\-color\\fR \\fI<COULEUR>\\fR [par défaut : auto]\n",
        ".IP \\(bu 2\nalways : toujours en couleur\n",
        ".TH ctg-fte 1",
        "ETP cofinancés des chargés de coopération",
        "Vérifier ce qui est indexé dans git",
    ] {
        assert!(page.contains(french), "no `{french}` in the page");
    }
    for english in [
        ".SH NAME",
        ".SH SUBCOMMANDS",
        "Possible values",
        "[default:",
        "Print help",
        "cooperation officer",
    ] {
        assert!(!page.contains(english), "English `{english}` in the page");
    }
    let english = stdout(&["man"]);
    assert!(english.contains(".SH NAME\nctg \\- Follow"), "{english}");
    assert!(english.contains("\\fIPossible values:\\fR"));
}

#[test]
fn french_parsing_still_takes_the_same_values() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let (code, out, err) = ctg(
        None,
        &[
            "--lang",
            "fr",
            "--dir",
            data,
            "--at",
            "2026-11-28",
            "fte",
            "--format",
            "csv",
            "--by",
            "officer",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.lines().count() > 1, "{out}");
    let (code, _, err) = ctg(
        None,
        &[
            "--lang",
            "fr",
            "--dir",
            data,
            "--at",
            "2026-11-28",
            "actions",
            "--status",
            "overdue",
            "--status",
            "done",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = ctg(None, &["--lang", "fr", "fte", "--format", "xml"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("valeur invalide pour --format")
            && err.contains("valeurs possibles : table, json, csv"),
        "{err}"
    );
}

#[test]
fn a_missing_argument_or_command_is_said_in_french() {
    let (code, out, err) = ctg(None, &["--lang", "fr", "new", "officer"]);
    assert_eq!(code, 2, "{out}");
    assert_eq!(
        err,
        "erreur : il manque <ID>\n  \
         lancez la commande avec --help pour voir ce qui est attendu\n  \
         utilisation : ctg new <NATURE> <ID>\n"
    );
    let (code, _, err) = ctg(None, &["--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("erreur : `ctg` attend une commande : check, fte, status,"),
        "{err}"
    );
    assert!(err.contains("lancez `ctg --help`"), "{err}");
    let (code, _, err) = ctg(None, &["new", "officer"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("error: the following required arguments were not provided"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_refused_argument_that_is_not_utf8_does_not_panic() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"x\xff");
    for lang in ["en", "fr"] {
        let out = crate::support::ctg()
            .env_remove("CTG_DIR")
            .args(["--lang", lang, "check", "--format"])
            .arg(bad)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{lang}: {out:?}");
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
}

/// The French page's sections are named as manpages-fr names them (NOM,
/// SYNOPSIS, DESCRIPTION, OPTIONS, COMMANDES, VERSION, AUTEURS): no English
/// title is left; the English page keeps clap_mangen's own.
#[test]
fn the_man_page_sections_follow_manpages_fr() {
    let titles = |page: &str| -> std::collections::BTreeSet<String> {
        page.lines()
            .filter_map(|line| line.strip_prefix(".SH "))
            .map(str::to_owned)
            .collect()
    };
    let french = titles(&stdout(&["--lang", "fr", "man"]));
    let allowed = [
        "NOM",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDES",
        "VERSION",
        "AUTEURS",
    ];
    assert!(french.len() >= 6, "{french:?}");
    for title in &french {
        assert!(allowed.contains(&title.as_str()), "English title {title}");
    }
    let english = titles(&stdout(&["--lang", "en", "man"]));
    assert_eq!(
        english.into_iter().collect::<Vec<_>>(),
        [
            "DESCRIPTION",
            "NAME",
            "OPTIONS",
            "SUBCOMMANDS",
            "SYNOPSIS",
            "VERSION"
        ]
    );
}
