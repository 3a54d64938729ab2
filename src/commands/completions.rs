//! `ctg completions SHELL` and `ctg man`: generated from the clap definitions.

use crate::app::{Exit, print_stdout};
use crate::cli::{CompletionsArgs, Shell};
use ctg_core::i18n::Lang;

/// Prints the completion script of a shell.
pub fn completions(args: &CompletionsArgs) -> anyhow::Result<Exit> {
    use clap_complete::Shell as S;
    let shell = match args.shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Powershell => S::PowerShell,
    };
    // The scripts describe flags and values in English, whatever the language.
    let mut out = Vec::new();
    let mut command = crate::wording::help::command(Lang::En);
    clap_complete::generate(shell, &mut command, "ctg", &mut out);
    print_stdout(&String::from_utf8_lossy(&out))?;
    Ok(Exit::Ok)
}

/// Prints the manual in roff: the page of `ctg`, then one page per command
/// (`ctg-check`, …), so that `ctg man > ctg.1; man ./ctg.1` shows it all.
/// In French (`--lang fr`, or a French repository), the page is French.
pub fn man(lang: Lang) -> anyhow::Result<Exit> {
    // Building names each command `ctg-<name>` for its own page.
    let cli = crate::wording::help::localized(lang, true);
    let mut out = Vec::new();
    clap_mangen::Man::new(cli.clone()).render(&mut out)?;
    for command in cli.get_subcommands() {
        if command.get_name() == "help" || command.is_hide_set() {
            continue;
        }
        clap_mangen::Man::new(command.clone()).render(&mut out)?;
    }
    let page = String::from_utf8_lossy(&out);
    print_stdout(&crate::wording::help::roff(&page, lang))?;
    Ok(Exit::Ok)
}
