//! Shell completions and the man page, generated from the clap definitions.

const COMMANDS: [&str; 12] = [
    "check",
    "changes",
    "action",
    "meeting",
    "officer",
    "explain",
    "init",
    "new",
    "hook",
    "schema",
    "completions",
    "man",
];

fn stdout(args: &[&str]) -> String {
    let out = crate::support::ctg().args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn every_shell_gets_a_script_that_knows_the_commands() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = stdout(&["completions", shell]);
        assert!(script.len() > 1000, "{shell}: {script}");
        for command in COMMANDS {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
        // Flags and their values too.
        assert!(script.contains("--staged"), "{shell}");
        if shell != "powershell" {
            assert!(script.contains("github"), "{shell}");
        }
    }
    assert!(stdout(&["completions", "bash"]).contains("complete -F _ctg"));
    assert!(stdout(&["completions", "fish"]).starts_with("# Print an optspec for argparse"));
}

#[test]
fn the_man_page_is_roff_naming_every_command() {
    let page = stdout(&["man"]);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq \\(aq"),
        "{}",
        &page[..200]
    );
    assert!(page.contains(".TH ctg 1"), "{page}");
    // The page of each command follows the page of ctg.
    for command in COMMANDS {
        assert!(page.contains(&format!(".TH ctg-{command} 1")), "{command}");
    }
    assert!(page.contains("\\-\\-staged"), "{page}");
    assert!(page.contains("Explain a problem code"), "{page}");
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    crate::support::ctg()
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

/// What the shell gets at a Tab with dynamic completion
/// (`source <(COMPLETE=bash ctg)`): the words that complete `words`' last.
fn completed(dir: &std::path::Path, words: &[&str]) -> Vec<String> {
    let out = crate::support::ctg()
        .current_dir(dir)
        .env_remove("CTG_DIR")
        .env("COMPLETE", "bash")
        .env("_CLAP_IFS", "\n")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// `ctg action done <TAB>` lists the open actions of the repository found
/// from the current folder; `meeting held` the COPIL and the commissions;
/// `--commune` the convention's communes.
#[test]
fn completions_know_the_repository() {
    let repo = crate::support::Repo::data_copy();
    let dir = repo.path();
    let open = completed(dir, &["ctg", "action", "done", "pe-0"]);
    // pe-02 and pe-04 are done: not proposed.
    assert_eq!(
        open,
        [
            "pe-01-guichet-unique",
            "pe-03-relais-petite-enfance-psl",
            "pe-05-communaute-professionnelle"
        ]
    );
    let all = completed(dir, &["ctg", "action", "set", "pe-0"]);
    assert_eq!(all.len(), 5, "{all:?}");
    // With nothing typed yet, the flags follow.
    assert_eq!(
        completed(dir, &["ctg", "meeting", "held", ""])[..6],
        [
            "copil",
            "acces-aux-droits",
            "enfance-jeunesse",
            "parentalite",
            "petite-enfance",
            "port-saint-louis"
        ]
    );
    assert_eq!(
        completed(dir, &["ctg", "fte", "--commune", "F"]),
        ["Fos-sur-Mer"]
    );
    assert_eq!(
        completed(dir, &["ctg", "officer", "end", "lu"]),
        ["lucie-mercier"]
    );
}
