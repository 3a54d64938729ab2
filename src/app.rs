//! The run of one command: parse the command line, find the repository,
//! dispatch, and turn the outcome into an exit status.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{CommandFactory, FromArgMatches};

use crate::cli::{Cli, Command};
use crate::commands;
use crate::render::ColorChoice;
use crate::root;
use crate::wording::fatal::Fatal;
use ctg_core::diagnostics::Severity;
use ctg_core::diagnostics::message::words;
use ctg_core::i18n::Lang;

/// How a run ended, as its exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success: no error.
    Ok = 0,
    /// The data has errors (or warnings under `--strict`), or files were left out.
    Problems = 1,
    /// The command could not run: no repository, bad flags.
    Usage = 2,
}

/// What every command needs to know about this run.
#[derive(Debug)]
pub struct Context {
    /// The repository root.
    pub root: PathBuf,
    /// What "today" is.
    pub today: NaiveDate,
    /// `--lang`, if given; otherwise the repository's language decides.
    pub lang: Option<Lang>,
    /// `--color`.
    pub color: ColorChoice,
}

impl Context {
    /// The language to speak: `--lang`, else the convention's, else the
    /// locale's ([`env_lang`]), else English.
    /// When the convention could not be built (copil.toml has an error), the
    /// `language` its file still says is spoken: a French user whose
    /// copil.toml lacks `[fte]` or has a syntax error reads French.
    pub fn lang_for(&self, convention_language: Option<Lang>) -> Lang {
        self.lang
            .or(convention_language)
            .or_else(|| self.language_in_copil())
            .or_else(env_lang)
            .unwrap_or_default()
    }

    /// The language to speak before any record is needed: `--lang`, else
    /// the `language` of copil.toml (read alone), else the locale's
    /// ([`env_lang`]), else English.
    pub fn lang_of_root(&self) -> Lang {
        self.lang
            .or_else(|| self.language_in_copil())
            .or_else(env_lang)
            .unwrap_or_default()
    }

    /// The `convention.language` of copil.toml, read alone: from the parsed
    /// file, or, when it is not valid TOML, from a `language = "…"` line.
    fn language_in_copil(&self) -> Option<Lang> {
        let text = std::fs::read_to_string(self.root.join(crate::root::MARKER)).ok()?;
        match ctg_toml::parse(&text) {
            Ok(table) => table
                .get("convention")?
                .get_ref()
                .as_table()?
                .get("language")?
                .get_ref()
                .as_str()
                .and_then(Lang::from_code),
            Err(_) => text.lines().find_map(|line| {
                let value = line.trim().strip_prefix("language")?.trim_start();
                let value = value.strip_prefix('=')?.trim();
                Lang::from_code(value.strip_prefix('"')?.split('"').next()?)
            }),
        }
    }

    /// Whether to colour what goes to stdout.
    pub fn color_stdout(&self) -> bool {
        self.color.enabled(std::io::stdout().is_terminal())
    }

    /// Whether to colour what goes to stderr.
    pub fn color_stderr(&self) -> bool {
        self.color.enabled(std::io::stderr().is_terminal())
    }
}

/// Runs `ctg` with the process's arguments and returns the exit status.
pub fn run() -> u8 {
    keep_freed_memory();
    // `COMPLETE=bash ctg …`: the shell asks for completions (see
    // `crate::complete`); answered, and the process ends there.
    clap_complete::CompleteEnv::with_factory(|| crate::wording::help::command(help_lang()))
        .complete();
    let parse = |command: clap::Command| {
        command
            .try_get_matches_from(std::env::args_os())
            .and_then(|matches| Cli::from_arg_matches(&matches))
    };
    // In English: the language of the help until `localized` sets another.
    let cli = match parse(Cli::command()) {
        Ok(cli) => cli,
        // Help, the version and refusals speak the user's language too. Only
        // then is it worth finding (it may read copil.toml): parsing the same
        // line again with the localized definitions gives the same answer,
        // worded for the user.
        Err(_) => match parse(crate::wording::help::localized(help_lang(), false)) {
            Ok(cli) => cli,
            Err(error) => return bad_arguments(error),
        },
    };
    // `init` has no repository to ask: `--lang`, else the locale.
    let lang = cli.lang().or_else(env_lang).unwrap_or_default();
    // Commands that need no repository run before one is looked for.
    if let Some(outcome) = commands::standalone(&cli, lang) {
        return finish(outcome, lang);
    }
    let context = match context(&cli) {
        Ok(context) => context,
        Err(fatal) => {
            print_stderr(&format!(
                "{}{} {}\n  {}\n",
                words::severity(Severity::Error, lang),
                crate::wording::labels::colon(lang),
                fatal.text(lang),
                fatal.hint(lang)
            ));
            return Exit::Usage as u8;
        }
    };
    let outcome = match &cli.command {
        Command::Check(args) => commands::check::run(&context, args),
        Command::Fte(args) => commands::fte::run(&context, args),
        Command::Changes(args) => commands::changes::run(&context, args),
        Command::Action(command) => commands::edit::action(&context, command),
        Command::Meeting(command) => commands::edit::meeting(&context, command),
        Command::Officer(command) => commands::edit::officer(&context, command),
        Command::Status(args) => commands::status::run(&context, args),
        Command::Actions(args) => commands::actions::run(&context, args),
        Command::Indicators(args) => commands::indicators::run(&context, args),
        Command::Report(args) => commands::report::run(&context, args),
        Command::Calendar(args) => commands::calendar::run(&context, args),
        Command::New(args) => commands::new::run(&context, args),
        Command::Import(command) => commands::import::run(&context, command),
        Command::Hook(args) => commands::hook::run(&context, args),
        Command::Explain(_)
        | Command::Init(_)
        | Command::Schema(_)
        | Command::Completions(_)
        | Command::Portfolio(_)
        | Command::Man => unreachable!("run by commands::standalone"),
    };
    finish(outcome, context.lang_of_root())
}

/// A command line clap refuses. In a French repository (or with `--lang fr`,
/// or a French locale) every refusal is explained in French, with the
/// command's usage as clap's English ends with it; help and the version are
/// clap's (help is French already: see `wording::help`). In English too, an
/// empty file or folder name and a year that is not one are said by `ctg`:
/// clap's message has no fix for them.
fn bad_arguments(error: clap::Error) -> u8 {
    match refusal(&error, help_lang()) {
        Some(message) => {
            print_stderr(&format!("{message}\n"));
            Exit::Usage as u8
        }
        // Help and the version are ctg's own text: clap prints them.
        None if !error.use_stderr() => error.exit(),
        // clap's refusal quotes what the user typed: shown escaped, never
        // obeyed, by the terminal (`ctg --at $'\e[2J'`).
        None => {
            let text = error.render().to_string();
            print_stderr(&ctg_core::i18n::text::escape_controls_keep_lines(&text));
            u8::try_from(error.exit_code()).unwrap_or(Exit::Usage as u8)
        }
    }
}

/// `ctg`'s words for a refusal of clap's in `lang`, or `None` to leave
/// clap's own (help, the version, and English where clap's says it well).
/// In French, no refusal is left to clap: every `ErrorKind` has its words.
fn refusal(error: &clap::Error, lang: Lang) -> Option<String> {
    use crate::wording::help::{ArgumentProblem as P, Fix, Tip};
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let french = lang == Lang::Fr;
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    let strings = |kind| match error.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => usize::try_from(*n).ok(),
        _ => None,
    };
    // clap's tips are English sentences: read back into ours.
    let tips = || match error.get(ContextKind::Suggested) {
        Some(ContextValue::StyledStrs(tips)) => tips
            .iter()
            .filter_map(|tip| Tip::from_clap(&tip.to_string()))
            .collect(),
        _ => Vec::new(),
    };
    let problem = match error.kind() {
        ErrorKind::ValueValidation | ErrorKind::InvalidValue => {
            // `--year <YYYY>`, or `[DIR]`: the placeholder tells what is expected.
            let full = text(ContextKind::InvalidArg).unwrap_or_default();
            let arg = full
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_owned();
            let placeholder = full.rsplit(['<', '[']).next().unwrap_or_default();
            let placeholder = placeholder.trim_end_matches(['>', ']', '.']);
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            let valid = strings(ContextKind::ValidValue);
            let fix = match placeholder {
                _ if !valid.is_empty() => Fix::OneOf {
                    valid,
                    near: text(ContextKind::SuggestedValue),
                },
                // An empty path: clap lists no possible values.
                "FILE" | "FICHIER" if value.is_empty() => Fix::FileName,
                "DIR" | "DOSSIER" if value.is_empty() => Fix::FolderName,
                "YYYY" | "AAAA" => Fix::Year,
                _ if error.kind() == ErrorKind::ValueValidation
                    && crate::cli::parse_date(&value).is_err() =>
                {
                    Fix::Date
                }
                _ => Fix::SeeHelp,
            };
            match fix {
                Fix::FileName | Fix::FolderName => Some(P::InvalidValue { arg, value, fix }),
                // clap says the same of `--commune` at the end of the line
                // and of `--commune=`: no value.
                _ if value.is_empty() && error.kind() == ErrorKind::InvalidValue => {
                    Some(P::NoValue { arg: full, fix })
                }
                _ => Some(P::InvalidValue { arg, value, fix }),
            }
        }
        _ if !french => None,
        ErrorKind::MissingRequiredArgument => {
            text(ContextKind::InvalidArg).map(|args| P::Missing { args })
        }
        ErrorKind::MissingSubcommand => text(ContextKind::ValidSubcommand).map(|valid| {
            let parent = text(ContextKind::InvalidSubcommand).unwrap_or_else(|| "ctg".into());
            P::NoCommand { parent, valid }
        }),
        ErrorKind::UnknownArgument => text(ContextKind::InvalidArg).map(|arg| P::UnknownArgument {
            arg,
            suggested: text(ContextKind::SuggestedArg),
            tips: tips(),
        }),
        ErrorKind::InvalidSubcommand => text(ContextKind::InvalidSubcommand).map(|name| {
            // clap lists the likeliest last.
            let mut suggested = strings(ContextKind::SuggestedSubcommand);
            suggested.reverse();
            P::UnknownCommand {
                name,
                suggested,
                tips: tips(),
            }
        }),
        ErrorKind::ArgumentConflict => text(ContextKind::InvalidArg).map(|arg| {
            let prior = text(ContextKind::PriorArg).filter(|prior| *prior != arg);
            P::Conflict { arg, prior }
        }),
        ErrorKind::TooManyValues => Some(P::TooManyValues {
            arg: text(ContextKind::InvalidArg).unwrap_or_default(),
            value: text(ContextKind::InvalidValue).unwrap_or_default(),
        }),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let at_least = error.kind() == ErrorKind::TooFewValues;
            let expected = number(if at_least {
                ContextKind::MinValues
            } else {
                ContextKind::ExpectedNumValues
            });
            match (text(ContextKind::InvalidArg), expected) {
                (Some(arg), Some(expected)) => Some(P::WrongNumberOfValues {
                    arg,
                    expected,
                    actual: number(ContextKind::ActualNumValues).unwrap_or(0),
                    at_least,
                }),
                _ => Some(P::Other),
            }
        }
        ErrorKind::NoEquals => text(ContextKind::InvalidArg).map(|arg| P::NoEquals { arg }),
        ErrorKind::InvalidUtf8 => Some(P::NotUtf8),
        // The help, in French, on stderr: clap prints it.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => None,
        _ if error.use_stderr() => Some(P::Other),
        _ => None,
    };
    // A refusal whose context clap left out is still said in French.
    let problem = match problem {
        None if french && error.use_stderr() && !help_on_missing(error) => Some(P::Other),
        problem => problem,
    };
    // French always ours; English ours only where clap's has no fix to offer.
    problem.and_then(|p| {
        if french {
            Some(p.french(&usage(error)))
        } else {
            p.english()
        }
    })
}

/// Whether clap shows the help for a command given nothing (`ctg action`).
fn help_on_missing(error: &clap::Error) -> bool {
    error.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
}

/// The command's usage clap put in its refusal, without clap's English
/// `Usage:` (the placeholders are in the language of the definitions).
fn usage(error: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue};
    match error.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => usage
            .to_string()
            .trim()
            .trim_start_matches("Usage:")
            .to_owned(),
        _ => String::new(),
    }
}

/// The language of clap's help, refusals (and of the man page): that of
/// [`raw_lang`] for the process's arguments, else the locale's, else English.
pub fn help_lang() -> Lang {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    raw_lang(&args).or_else(env_lang).unwrap_or_default()
}

/// The language of the user's locale, for a run that neither `--lang` nor
/// a repository's `language` decides (`ctg init` has no repository yet): the
/// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty,
/// in POSIX's order of precedence. `fr`, `fr_FR.UTF-8`, `fr_BE`… are
/// French; any other (`C`, `POSIX`, `en_US.UTF-8`, `de_DE`) is English.
pub fn env_lang() -> Option<Lang> {
    locale_lang(|name| std::env::var_os(name))
}

/// [`env_lang`] with the environment given, for its tests.
fn locale_lang(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|name| {
        let value = var(name)?;
        let value = value.to_string_lossy();
        (!value.is_empty()).then(|| match value.split(['_', '.', '@']).next() {
            Some("fr") => Lang::Fr,
            _ => Lang::En,
        })
    })
}

/// The language a command line asks for before it is parsed: `--lang`, else
/// that of the repository `--dir`, `CTG_DIR` or the current folder is in.
fn raw_lang(args: &[String]) -> Option<Lang> {
    let value_of = |flag: &str| {
        args.iter().enumerate().find_map(|(i, a)| {
            a.strip_prefix(&format!("{flag}="))
                .map(str::to_owned)
                .or_else(|| (a == flag).then(|| args.get(i + 1).cloned()).flatten())
        })
    };
    if let Some(lang) = value_of("--lang") {
        return Lang::from_code(&lang);
    }
    let flag_dir = value_of("--dir").map(PathBuf::from);
    let root = root::locate(flag_dir.as_deref()).ok()?;
    Context {
        root,
        today: chrono::Local::now().date_naive(),
        lang: None,
        color: ColorChoice::Never,
    }
    .language_in_copil()
}

/// The exit status of a command's outcome. A broken pipe is no outcome of
/// its own: [`print_stdout`] lets the command go on to its verdict.
fn finish(outcome: anyhow::Result<Exit>, lang: Lang) -> u8 {
    match outcome {
        Ok(exit) => exit as u8,
        Err(error) => {
            let error = match error.downcast_ref::<StdoutFailed>() {
                Some(failed) => crate::wording::tools::stdout_failed(&failed.0.to_string(), lang),
                None => format!("{error:#}"),
            };
            print_stderr(&format!(
                "{}{} {error}\n",
                words::severity(Severity::Error, lang),
                crate::wording::labels::colon(lang)
            ));
            Exit::Usage as u8
        }
    }
}

/// The language of a command that needs no repository: `--lang`, else the
/// language of the repository it is run in, if any, else English.
pub fn spoken(cli: &Cli) -> Lang {
    cli.lang()
        .or_else(|| context(cli).ok().map(|c| c.lang_of_root()))
        .or_else(env_lang)
        .unwrap_or_default()
}

/// What "today" is for this run: `--at`, else the local date.
pub fn today(cli: &Cli) -> NaiveDate {
    cli.at.unwrap_or_else(|| chrono::Local::now().date_naive())
}

fn context(cli: &Cli) -> Result<Context, Fatal> {
    let root = root::locate(cli.dir.as_deref())?;
    Ok(Context {
        root,
        today: today(cli),
        lang: cli.lang(),
        color: cli.color,
    })
}

/// Writes to stdout. A reader that stops early (`ctg check | head -1`) is
/// not an error, and the command goes on to its verdict: the exit status
/// still says what was found. Any other failure (stdout closed, a full disk)
/// is: the answer did not reach anyone, so the run must not end as if it had.
pub fn print_stdout(text: &str) -> anyhow::Result<()> {
    write_stdout(text.as_bytes())
}

/// Writes bytes (a workbook's, `-o -`) to stdout, as [`print_stdout`].
pub fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    if stdout_is_closed() {
        // Rust's standard library writes nothing to a closed stdout and
        // reports success; the user would see no answer and a clean exit.
        return Err(StdoutFailed(std::io::Error::from_raw_os_error(EBADF)).into());
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|error| StdoutFailed(error).into()),
    }
}

/// Writes to stdout what `fill` writes, as it is made, with the rules of
/// [`print_stdout`]: once the reader has stopped, the rest is not made
/// into text at all.
pub fn stream_stdout(
    fill: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    if stdout_is_closed() {
        return Err(StdoutFailed(std::io::Error::from_raw_os_error(EBADF)).into());
    }
    let mut out = std::io::stdout().lock();
    match fill(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|error| StdoutFailed(error).into()),
    }
}

/// Asks glibc's allocator to keep the memory it is given back, rather
/// than return it to the system as soon as 128 KiB are free at the top of a
/// heap. `ctg` reads a CTG's records, answers, and frees them all (the
/// portfolio does that 400 times on each thread): with the default, every
/// CTG's memory went back to the system (`madvise`) and was faulted in
/// again for the next, 3 % of the portfolio's time. The peak is unchanged:
/// what is kept is what was already in use. Elsewhere (musl, macOS,
/// Windows) the allocator is left as it is.
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        /// Free memory kept at the top of a heap before any goes back.
        const KEEP: libc::c_int = 256 << 20;
        // SAFETY: `mallopt` only sets a threshold of the allocator; it is
        // called before any other thread exists, and its result (whether
        // the value was taken) changes nothing for `ctg`.
        unsafe {
            libc::mallopt(libc::M_TRIM_THRESHOLD, KEEP);
        }
    }
}

/// `EBADF`, the error of a write to a closed descriptor (9 on every Unix).
const EBADF: i32 = 9;

/// Whether stdout was closed when `ctg` started (`ctg status >&-`). Rust's
/// runtime reopens a closed standard descriptor on `/dev/null`, for reading
/// and writing, before `main`: writes then vanish and succeed. A shell's
/// `>/dev/null` opens it for writing only, so the two can be told apart.
#[cfg(target_os = "linux")]
fn stdout_is_closed() -> bool {
    let on_null = std::fs::read_link("/proc/self/fd/1")
        .is_ok_and(|target| target == std::path::Path::new("/dev/null"));
    on_null
        && std::fs::read_to_string("/proc/self/fdinfo/1")
            .ok()
            .and_then(|info| {
                let flags = info.lines().find_map(|l| l.strip_prefix("flags:"))?;
                u32::from_str_radix(flags.trim(), 8).ok()
            })
            // O_ACCMODE is 3 and O_RDWR 2 on Linux.
            .is_some_and(|flags| flags & 3 == 2)
}

/// Elsewhere closed stdout goes unnoticed, as it did before.
#[cfg(not(target_os = "linux"))]
fn stdout_is_closed() -> bool {
    false
}

/// Standard output could not be written (not a broken pipe): said in the
/// user's language by [`finish`].
#[derive(Debug)]
pub struct StdoutFailed(pub std::io::Error);

impl std::fmt::Display for StdoutFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::wording::tools::stdout_failed(
            &self.0.to_string(),
            Lang::En,
        ))
    }
}

impl std::error::Error for StdoutFailed {}

/// Says why a command cannot go on (exit 2): the problem and what to do, on stderr.
pub fn refuse(notice: &crate::wording::tools::Notice, lang: Lang) -> anyhow::Result<Exit> {
    print_stderr(&crate::wording::tools::say(Severity::Error, notice, lang));
    Ok(Exit::Usage)
}

/// Writes to stderr, whatever happens: a message that cannot be shown (a
/// closed pipe, `2>/dev/full`) must neither change the verdict nor panic, as
/// `eprintln!` would.
pub fn print_stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// POSIX's order: `LC_ALL` over `LC_MESSAGES` over `LANG`; an empty
    /// value counts as unset; only `fr…` is French.
    #[test]
    fn the_locale_decides_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            locale_lang(move |name| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| std::ffi::OsString::from(v))
            })
        };
        assert_eq!(env(&[]), None);
        assert_eq!(env(&[("LANG", "fr_FR.UTF-8")]), Some(Lang::Fr));
        assert_eq!(env(&[("LANG", "fr")]), Some(Lang::Fr));
        assert_eq!(env(&[("LANG", "C")]), Some(Lang::En));
        assert_eq!(env(&[("LANG", "POSIX")]), Some(Lang::En));
        assert_eq!(env(&[("LANG", "fy_NL")]), Some(Lang::En));
        assert_eq!(
            env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "fr_BE.UTF-8")]),
            Some(Lang::Fr)
        );
        assert_eq!(
            env(&[("LC_ALL", "C"), ("LC_MESSAGES", "fr_FR.UTF-8")]),
            Some(Lang::En)
        );
        assert_eq!(
            env(&[("LC_ALL", ""), ("LANG", "fr_CA.UTF-8")]),
            Some(Lang::Fr)
        );
    }
}

#[cfg(test)]
mod refusal_tests {
    use super::*;
    use clap::Arg;
    use clap::error::ErrorKind;

    /// A toy command line with the argument shapes ctg's has none of.
    fn toy() -> clap::Command {
        clap::Command::new("ctg")
            .arg(Arg::new("pair").long("pair").num_args(2))
            .arg(Arg::new("some").long("some").num_args(2..))
            .arg(Arg::new("eq").long("eq").require_equals(true))
            .arg(Arg::new("one").num_args(1..=2))
    }

    fn refused(args: &[&str]) -> clap::Error {
        toy()
            .try_get_matches_from(std::iter::once("ctg").chain(args.iter().copied()))
            .unwrap_err()
    }

    /// The refusals ctg's own command line cannot produce are said in
    /// French all the same, with the usage, and in English left to clap.
    #[test]
    fn every_kind_of_refusal_is_french() {
        for (args, kind, expected) in [
            (
                &["--pair", "a"][..],
                ErrorKind::WrongNumberOfValues,
                "erreur : --pair <pair> <pair> attend 2 valeurs, et en a reçu 1",
            ),
            (
                &["--some", "a"],
                ErrorKind::TooFewValues,
                "erreur : --some <some> <some>... attend au moins 2 valeurs, et en a reçu 1",
            ),
            (
                &["--eq", "a"],
                ErrorKind::NoEquals,
                "erreur : la valeur de --eq=<eq> s'écrit après un signe =\n  \
                 écrivez --eq=VALEUR, sans espace",
            ),
            (
                &["a", "b", "c"],
                ErrorKind::TooManyValues,
                "erreur : valeur en trop pour [one]... : `c`\n  \
                 lancez la commande avec --help pour voir ce qui est attendu",
            ),
        ] {
            let error = refused(args);
            assert_eq!(error.kind(), kind, "{args:?}");
            let french = refusal(&error, Lang::Fr).unwrap();
            assert!(french.starts_with(expected), "{args:?}: {french}");
            assert!(
                french.ends_with("\n  utilisation : ctg [OPTIONS] [one]..."),
                "{args:?}: {french}"
            );
            for english in ["error", "tip", "Usage", "required", "For more"] {
                assert!(!french.contains(english), "{args:?}: {french}");
            }
            assert_eq!(refusal(&error, Lang::En), None, "{args:?}");
        }
    }

    /// clap's tips, read back: the three it can give, and nothing for one
    /// it may add later (rather than English).
    #[test]
    fn clap_tips_are_read_back() {
        use crate::wording::help::Tip;
        assert_eq!(
            Tip::from_clap("subcommand 'status' exists; to use it, remove the '--' before it"),
            Some(Tip::RemoveDashes("status".into()))
        );
        assert_eq!(
            Tip::from_clap("to pass '-x' as a value, use '-- -x'"),
            Some(Tip::AsValue {
                arg: "-x".into(),
                write: "-- -x".into()
            })
        );
        assert_eq!(
            Tip::from_clap("'fte --history' exists"),
            Some(Tip::Exists("fte --history".into()))
        );
        assert_eq!(Tip::from_clap("something new 'x'"), None);
    }
}
