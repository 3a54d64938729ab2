//! `ctg completions SHELL` and `ctg man`: generated from the clap definitions.

use clap::CommandFactory;

use crate::app::{Exit, print_stdout};
use crate::cli::{Cli, CompletionsArgs, Shell};

/// Prints the completion script of a shell.
pub fn completions(args: &CompletionsArgs) -> anyhow::Result<Exit> {
    use clap_complete::Shell as S;
    let shell = match args.shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Powershell => S::PowerShell,
    };
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "ctg", &mut out);
    print_stdout(&String::from_utf8_lossy(&out))?;
    Ok(Exit::Ok)
}

/// Prints the manual page, in roff; its COMMANDS section lists every command.
pub fn man() -> anyhow::Result<Exit> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    print_stdout(&String::from_utf8_lossy(&out))?;
    Ok(Exit::Ok)
}
