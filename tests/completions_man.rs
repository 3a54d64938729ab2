//! Shell completions and the man page, generated from the clap definitions.

use assert_cmd::Command;

const COMMANDS: [&str; 8] = [
    "check",
    "explain",
    "init",
    "new",
    "hook",
    "schema",
    "completions",
    "man",
];

fn stdout(args: &[&str]) -> String {
    let out = Command::cargo_bin("ctg")
        .unwrap()
        .args(args)
        .assert()
        .success();
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
    Command::cargo_bin("ctg")
        .unwrap()
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}
