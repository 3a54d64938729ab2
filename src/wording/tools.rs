//! The wording of the commands that write files or talk to git: `init`,
//! `new`, `hook`, `schema`, `explain` and `check --staged`, in English and French.

use chrono::NaiveDate;
use ctg_core::i18n::text::escape_controls_keep_lines;
use ctg_core::i18n::{Lang, date};

/// What a command that sets things up has to tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A file is in the way and `--force` was not given.
    Exists { path: String },
    /// A file or folder could not be written.
    CannotWrite { path: String, error: String },
    /// A folder on the way is a symbolic link: nothing is written through it.
    LinkedFolder { path: String },
    /// A folder stands where the file would go.
    IsFolder { path: String },
    /// A file stands where the folder to write into (or one of its parents)
    /// would go: `ctg init FILE`, `ctg schema --out FILE`.
    NotAFolder { path: String },
    /// `ctg new` was given an id that cannot be a file name.
    InvalidId { id: String, suggestion: String },
    /// `--fte` is not an FTE share.
    BadFte { value: String },
    /// A flag that does not apply to this kind of record.
    UselessFlag {
        flag: &'static str,
        kind: &'static str,
    },
    /// `ctg explain` with a code that does not exist.
    UnknownCode {
        code: String,
        codes: Vec<&'static str>,
    },
    /// git cannot be run, or the folder is not in a git repository.
    NoGit { error: String },
    /// A git command failed.
    GitFailed { command: String, error: String },
    /// A pre-commit hook is already there.
    HookExists { path: String },
    /// The hook was written.
    HookInstalled { path: String },
    /// The hook was already this one.
    HookCurrent { path: String },
    /// A record was created.
    Created { path: String },
    /// A file was written by `ctg schema --out`.
    Wrote { path: String },
    /// `check --staged`: the index has no `copil.toml` under the root.
    NotStaged { path: String },
    /// `ctg new`: another file of the folder already has this id.
    IdTaken { id: String, path: String },
    /// `check --staged` during a merge: the index holds several versions of
    /// these files (relative to the CTG root), so it has no one content to check.
    Unmerged { paths: Vec<String> },
    /// `ctg changes`: git knows no commit by this name (`shallow`: the
    /// clone lacks history, so it may exist upstream).
    UnknownRevision { rev: String, shallow: bool },
    /// `ctg changes`: a date before the first commit of the branch.
    BeforeFirstCommit {
        date: NaiveDate,
        first: NaiveDate,
        shallow: bool,
    },
    /// `ctg changes`: the repository has no commit yet.
    NoCommit,
    /// `ctg changes --since copil`: no COPIL meeting is recorded as held
    /// on or before this day.
    NoHeldCopil { at: NaiveDate },
    /// An editing command names no record of its kind (`kind` as the user
    /// reads it: `action`, `commission`, `officer`).
    NoSuchRecord {
        kind: &'static str,
        query: String,
        suggestion: Option<String>,
    },
    /// An editing command names several records.
    AmbiguousRecord {
        kind: &'static str,
        query: String,
        candidates: Vec<String>,
    },
    /// A value that is not one of its flag's (`--due 31/13/2026`).
    BadValue {
        flag: &'static str,
        value: String,
        expected: Expected,
    },
    /// The record's file has errors of its own: it is not edited.
    BrokenRecord { path: String },
    /// `ctg meeting cancel`: no meeting of that body on that day.
    NoSuchMeeting { body: String, date: NaiveDate },
    /// `ctg meeting add`: a meeting of that body is already on that day.
    MeetingExists { body: String, date: NaiveDate },
    /// `ctg officer end`: the officer has no open assignment (in that commune).
    NoOpenAssignment { id: String },
    /// `ctg action set` with nothing to set.
    NothingToSet,
    /// The edit would add errors (printed above): nothing was written.
    EditRefused { path: String },
    /// The edit changes nothing: the file already says so.
    Unchanged { path: String },
    /// The record's file is a symbolic link: it is not written through.
    LinkedFile { path: String },
    /// `ctg new commission` with `--territorial` and no `--communes`.
    TerritorialNeedsCommunes,
}

impl Notice {
    /// The statement.
    pub fn text(&self, lang: Lang) -> String {
        use Notice as N;
        match (self, lang) {
            (N::Exists { path }, Lang::En) => format!("{path} already exists; nothing was written"),
            (N::Exists { path }, Lang::Fr) => format!("{path} existe déjà : rien n'a été écrit"),
            (N::LinkedFolder { path }, Lang::En) => {
                format!("{path} is a symbolic link to a folder; nothing was written through it")
            }
            (N::LinkedFolder { path }, Lang::Fr) => format!(
                "{path} est un lien symbolique vers un dossier : rien n'a été écrit à travers lui"
            ),
            (N::IsFolder { path }, Lang::En) => format!("{path} is a folder; nothing was written"),
            (N::IsFolder { path }, Lang::Fr) => {
                format!("{path} est un dossier : rien n'a été écrit")
            }
            (N::NotAFolder { path }, Lang::En) => {
                format!("{path} is a file, not a folder; nothing was written")
            }
            (N::NotAFolder { path }, Lang::Fr) => {
                format!("{path} est un fichier, pas un dossier : rien n'a été écrit")
            }
            (N::CannotWrite { path, error }, Lang::En) => format!("cannot write {path}: {error}"),
            (N::CannotWrite { path, error }, Lang::Fr) => {
                format!("impossible d'écrire {path} : {error}")
            }
            (N::InvalidId { id, .. }, Lang::En) => format!("`{id}` is not a valid id"),
            (N::InvalidId { id, .. }, Lang::Fr) => {
                format!("`{id}` n'est pas un identifiant valide")
            }
            (N::BadFte { value }, Lang::En) => format!("`--fte {value}` is not a share of a post"),
            (N::BadFte { value }, Lang::Fr) => {
                format!("`--fte {value}` n'est pas une quotité de poste")
            }
            (N::UselessFlag { flag, kind }, Lang::En) => {
                format!("`--{flag}` does not apply to a new {kind}")
            }
            (N::UselessFlag { flag, kind }, Lang::Fr) => {
                format!("`--{flag}` ne s'applique pas à une fiche {kind}")
            }
            (N::UnknownCode { code, .. }, Lang::En) => format!("no problem code is named `{code}`"),
            (N::UnknownCode { code, .. }, Lang::Fr) => {
                format!("aucun code de problème ne s'appelle `{code}`")
            }
            (N::NoGit { error }, Lang::En) => format!("not in a git repository: {error}"),
            (N::NoGit { error }, Lang::Fr) => format!("pas dans un dépôt git : {error}"),
            (N::GitFailed { command, error }, Lang::En) => format!("`{command}` failed: {error}"),
            (N::GitFailed { command, error }, Lang::Fr) => {
                format!("`{command}` a échoué : {error}")
            }
            (N::HookExists { path }, Lang::En) => {
                format!("{path} already exists; it was left as it is")
            }
            (N::HookExists { path }, Lang::Fr) => {
                format!("{path} existe déjà : il a été laissé tel quel")
            }
            (N::HookInstalled { path }, Lang::En) => {
                format!("installed {path}: every commit is now checked with `ctg check --staged`")
            }
            (N::HookInstalled { path }, Lang::Fr) => format!(
                "{path} installé : chaque commit est désormais vérifié par `ctg check --staged`"
            ),
            (N::HookCurrent { path }, Lang::En) => {
                format!("{path} is already ctg's hook; nothing to do")
            }
            (N::HookCurrent { path }, Lang::Fr) => {
                format!("{path} est déjà le hook de ctg : rien à faire")
            }
            (N::Created { path }, Lang::En) => format!("created {path}"),
            (N::Created { path }, Lang::Fr) => format!("{path} créé"),
            (N::Wrote { path }, Lang::En) => format!("wrote {path}"),
            (N::Wrote { path }, Lang::Fr) => format!("{path} écrit"),
            (N::IdTaken { id, path }, Lang::En) => {
                format!("the id `{id}` is already used by {path}; nothing was written")
            }
            (N::IdTaken { id, path }, Lang::Fr) => {
                format!("l'identifiant `{id}` est déjà pris par {path} : rien n'a été écrit")
            }
            (N::NotStaged { path }, Lang::En) => {
                format!("{path} is not in git's index, so there is nothing to check")
            }
            (N::NotStaged { path }, Lang::Fr) => {
                format!("{path} n'est pas dans l'index de git : il n'y a rien à vérifier")
            }
            (N::Unmerged { paths }, Lang::En) => format!(
                "a merge is not finished: git's index holds conflicting versions of {}, so there is nothing to check yet",
                paths.join(", ")
            ),
            (N::UnknownRevision { rev, .. }, Lang::En) => {
                format!("git knows no commit named `{rev}`")
            }
            (N::UnknownRevision { rev, .. }, Lang::Fr) => {
                format!("git ne connaît aucun commit nommé `{rev}`")
            }
            (
                N::BeforeFirstCommit {
                    date: day, first, ..
                },
                Lang::En,
            ) => format!(
                "{} is before the first commit, made on {}: there is no version of the records to compare",
                date(*day, lang),
                date(*first, lang)
            ),
            (
                N::BeforeFirstCommit {
                    date: day, first, ..
                },
                Lang::Fr,
            ) => format!(
                "le {} est avant le premier commit, fait le {} : aucune version des fiches n'est à comparer",
                date(*day, lang),
                date(*first, lang)
            ),
            (N::NoCommit, Lang::En) => {
                "the repository has no commit yet: there is no history to compare".into()
            }
            (N::NoCommit, Lang::Fr) => {
                "le dépôt n'a encore aucun commit : il n'y a pas d'historique à comparer".into()
            }
            (N::NoHeldCopil { at }, Lang::En) => format!(
                "copil.toml records no COPIL meeting held on or before {}, so `--since copil` names no date",
                date(*at, lang)
            ),
            (N::NoHeldCopil { at }, Lang::Fr) => format!(
                "copil.toml n'indique aucune réunion du COPIL tenue au plus tard le {}, donc `--since copil` ne désigne aucune date",
                date(*at, lang)
            ),
            (N::NoSuchRecord { kind, query, .. }, Lang::En) => {
                format!("no {kind} is named `{query}`")
            }
            (N::NoSuchRecord { kind, query, .. }, Lang::Fr) => {
                format!("{} ne s'appelle `{query}`", french_none(kind))
            }
            (
                N::AmbiguousRecord {
                    kind,
                    query,
                    candidates,
                },
                Lang::En,
            ) => format!("`{query}` names several {kind}s: {}", candidates.join(", ")),
            (
                N::AmbiguousRecord {
                    kind,
                    query,
                    candidates,
                },
                Lang::Fr,
            ) => format!(
                "`{query}` désigne plusieurs {} : {}",
                french_kind_plural(kind),
                candidates.join(", ")
            ),
            (N::BadValue { flag, value, .. }, Lang::En) => {
                format!("`--{flag} {value}` is not a value ctg understands")
            }
            (N::BadValue { flag, value, .. }, Lang::Fr) => {
                format!("`--{flag} {value}` n'est pas une valeur que ctg comprend")
            }
            (N::BrokenRecord { path }, Lang::En) => {
                format!("{path} has errors of its own, so it is not edited; nothing was written")
            }
            (N::BrokenRecord { path }, Lang::Fr) => {
                format!("{path} contient des erreurs : il n'est pas modifié, rien n'a été écrit")
            }
            (N::NoSuchMeeting { body, date: day }, Lang::En) => format!(
                "{body} has no meeting on {}; nothing was written",
                date(*day, lang)
            ),
            (N::NoSuchMeeting { body, date: day }, Lang::Fr) => format!(
                "{body} n'a pas de réunion le {} : rien n'a été écrit",
                date(*day, lang)
            ),
            (N::TerritorialNeedsCommunes, Lang::En) => {
                "a territorial commission needs its communes: give them with --communes".to_owned()
            }
            (N::TerritorialNeedsCommunes, Lang::Fr) => {
                "une commission territoriale a besoin de ses communes : donnez-les avec --communes"
                    .to_owned()
            }
            (N::LinkedFile { path }, Lang::En) => {
                format!("{path} is a symbolic link; nothing was written through it")
            }
            (N::LinkedFile { path }, Lang::Fr) => {
                format!("{path} est un lien symbolique : rien n'a été écrit à travers lui")
            }
            (N::Unchanged { path }, Lang::En) => {
                format!("{path} already says so; nothing was written")
            }
            (N::Unchanged { path }, Lang::Fr) => {
                format!("{path} le dit déjà : rien n'a été écrit")
            }
            (N::MeetingExists { body, date: day }, Lang::En) => format!(
                "{body} already has a meeting on {}; nothing was written",
                date(*day, lang)
            ),
            (N::MeetingExists { body, date: day }, Lang::Fr) => format!(
                "{body} a déjà une réunion le {} : rien n'a été écrit",
                date(*day, lang)
            ),
            (N::NoOpenAssignment { id }, Lang::En) => {
                format!("{id} has no open assignment to end; nothing was written")
            }
            (N::NoOpenAssignment { id }, Lang::Fr) => {
                format!("{id} n'a pas d'affectation en cours à terminer : rien n'a été écrit")
            }
            (N::NothingToSet, Lang::En) => "nothing to set: give at least one field".into(),
            (N::NothingToSet, Lang::Fr) => "rien à modifier : indiquez au moins un champ".into(),
            (N::EditRefused { path }, Lang::En) => {
                format!("this change would add the errors above to {path}; nothing was written")
            }
            (N::EditRefused { path }, Lang::Fr) => format!(
                "cette modification ajouterait les erreurs ci-dessus à {path} : rien n'a été écrit"
            ),
            (N::Unmerged { paths }, Lang::Fr) => format!(
                "une fusion n'est pas terminée : l'index de git contient des versions en conflit de {}, il n'y a donc encore rien à vérifier",
                paths.join(", ")
            ),
        }
    }

    /// What to do about it, where there is something to do.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        use Notice as N;
        match self {
            N::Exists { .. } => Some(lang.pick(
"run the command again with --force to replace it (its content will be lost)".into(),
"relancez la commande avec --force pour le remplacer (son contenu sera perdu)"
                    .into(),
)),
            N::LinkedFolder { .. } => Some(lang.pick(
                "records live in the repository itself: replace the link by a real folder (move its files in)".into(),
                "les fiches vivent dans le dépôt lui-même : remplacez le lien par un vrai dossier (déplacez-y ses fichiers)".into(),
            )),
            N::IsFolder { .. } => Some(lang.pick(
                "name a file, not a folder".into(),
                "indiquez un fichier, pas un dossier".into(),
            )),
            N::NotAFolder { .. } => Some(lang.pick(
                "name a folder (it is created if it does not exist), or move that file away".into(),
                "indiquez un dossier (il est créé s'il n'existe pas), ou déplacez ce fichier".into(),
            )),
            N::CannotWrite { .. } => Some(lang.pick(
"check that the folder exists and that you may write in it".into(),
"vérifiez que le dossier existe et que vous pouvez y écrire".into(),
)),
            N::InvalidId { suggestion, .. } => Some(lang.pick(
format!(
                    "an id is the file's name: lowercase letters, digits and single hyphens, such as `{suggestion}`"
                ),
format!(
                    "l'identifiant est le nom du fichier : minuscules, chiffres et tirets simples, par exemple `{suggestion}`"
                ),
)),
            N::BadFte { .. } => Some(lang.pick(
"write a number above 0 and at most 1, with at most two decimals, such as 0.5"
                    .into(),
"écrivez un nombre supérieur à 0 et au plus 1, avec au plus deux décimales, par exemple 0.5".into(),
)),
            N::UselessFlag { .. } => Some(lang.pick(
"--name, --commune, --fte and --start are for officers; --title, --commission and --start for actions; --name, --territorial and --communes for commissions".into(),
"--name, --commune, --fte et --start servent aux chargés de coopération ; --title, --commission et --start aux actions ; --name, --territorial et --communes aux commissions".into(),
)),
            N::UnknownCode { codes, .. } => Some(lang.pick(
format!("the codes are: {}", codes.join(", ")),
format!("les codes sont : {}", codes.join(", ")),
)),
            N::NoGit { .. } => Some(lang.pick(
"run `git init` in the repository's folder first (git must be installed)".into(),
"lancez d'abord `git init` dans le dossier du dépôt (git doit être installé)".into(),
)),
            N::GitFailed { .. } => None,
            N::HookExists { .. } => Some(lang.pick(
"to keep it, add the line `ctg check --staged || exit 1` to it; to replace it, run `ctg hook install --force`".into(),
"pour le garder, ajoutez-y la ligne `ctg check --staged || exit 1` ; pour le remplacer, lancez `ctg hook install --force`".into(),
)),
            N::HookInstalled { .. } => Some(lang.pick(
"to commit once without the check: `git commit --no-verify`".into(),
"pour faire un commit sans vérification, une fois : `git commit --no-verify`".into(),
)),
            N::HookCurrent { .. } => None,
            N::Created { .. } => Some(lang.pick(
"fill it in, then run `ctg check`".into(),
"complétez-le, puis lancez `ctg check`".into(),
)),
            N::Wrote { .. } => None,
            N::IdTaken { .. } => Some(lang.pick(
"choose another id (ids are unique in a folder and its sub-folders, whatever the case), or edit that file".into(),
"choisissez un autre identifiant (ils sont uniques dans un dossier et ses sous-dossiers, sans tenir compte de la casse), ou modifiez ce fichier".into(),
)),
            N::NotStaged { path } => Some(lang.pick(
format!("stage it first: `git add {path}`"),
format!("ajoutez-le d'abord à l'index : `git add {path}`"),
)),
            N::UnknownRevision { shallow: true, .. }
            | N::BeforeFirstCommit { shallow: true, .. } => Some(lang.pick(
"this clone is shallow and lacks the older history: fetch it with `git fetch --unshallow`".into(),
"ce clone est superficiel (shallow) et n'a pas l'historique ancien : récupérez-le avec `git fetch --unshallow`".into(),
)),
            N::UnknownRevision { .. } => Some(lang.pick(
"give a tag, a branch, a commit id, `HEAD~3`, a date YYYY-MM-DD or `copil`; `git log --oneline` lists the commits".into(),
"indiquez une étiquette, une branche, un identifiant de commit, `HEAD~3`, une date AAAA-MM-JJ ou `copil` ; `git log --oneline` liste les commits".into(),
)),
            N::BeforeFirstCommit { first, .. } => Some(lang.pick(
format!("give a date from {} on", date(*first, lang)),
format!("indiquez une date à partir du {}", date(*first, lang)),
)),
            N::NoCommit => Some(lang.pick(
"commit the records first: `git add . && git commit`".into(),
"validez d'abord les fiches : `git add . && git commit`".into(),
)),
            N::NoHeldCopil { .. } => Some(lang.pick(
"record the last COPIL with `status = \"held\"` in copil.toml, or give `--since` a date or a revision".into(),
"indiquez le dernier COPIL avec `status = \"held\"` dans copil.toml, ou donnez à `--since` une date ou une révision".into(),
)),
            N::NoSuchRecord { suggestion: Some(s), .. } => Some(lang.pick(
format!("did you mean `{s}`?"),
format!("vouliez-vous dire `{s}` ?"),
)),
            N::NoSuchRecord { kind, .. } => Some(lang.pick(
// Of the three kinds, only actions have a listing command.
if *kind == "action" { "`ctg actions` or the folder actions/ lists them".into() } else { format!("the folder {kind}s/ lists them") },
format!("le dossier {kind}s/ les contient"),
)),
            N::AmbiguousRecord { .. } => Some(lang.pick(
"give the id, or more of the name".into(),
"indiquez l'identifiant, ou davantage du nom".into(),
)),
            N::BadValue { expected, .. } => Some(lang.pick(
format!("expected {}", expected.text(lang)),
format!("attendu : {}", expected.text(lang)),
)),
            N::BrokenRecord { .. } => Some(lang.pick(
"fix it first: `ctg check` says where".into(),
"corrigez-le d'abord : `ctg check` indique où".into(),
)),
            N::NoSuchMeeting { .. } => Some(lang.pick(
"check the date, or add the meeting with `ctg meeting add`".into(),
"vérifiez la date, ou ajoutez la réunion avec `ctg meeting add`".into(),
)),
            N::MeetingExists { .. } => Some(lang.pick(
"to record it as held: `ctg meeting held`".into(),
"pour l'indiquer tenue : `ctg meeting held`".into(),
)),
            N::NoOpenAssignment { .. } | N::NothingToSet | N::Unchanged { .. } => None,
            N::TerritorialNeedsCommunes => Some(lang.pick(
"for example: ctg new commission ouest --territorial --communes Istres,Fos-sur-Mer".into(),
"par exemple : ctg new commission ouest --territorial --communes Istres,Fos-sur-Mer".into(),
)),
            N::LinkedFile { .. } => Some(lang.pick(
"edit the file it names, or replace the link with the file".into(),
"modifiez le fichier qu'il désigne, ou remplacez le lien par le fichier".into(),
)),
            N::EditRefused { .. } => Some(lang.pick(
"see the change with --dry-run, and fix what it would break first".into(),
"voyez la modification avec --dry-run, et corrigez d'abord ce qu'elle casserait".into(),
)),
            N::Unmerged { .. } => Some(lang.pick(
"finish the merge: in each of these files, keep the right lines between the conflict markers (<<<<<<<, =======, >>>>>>>) and remove the markers, then `git add` the file and check again (or give up the merge: `git merge --abort`)".into(),
"terminez la fusion : dans chacun de ces fichiers, gardez les bonnes lignes entre les marques de conflit (<<<<<<<, =======, >>>>>>>) et retirez les marques, puis faites `git add` sur le fichier et vérifiez de nouveau (ou renoncez à la fusion : `git merge --abort`)".into(),
)),
        }
    }
}

/// "No record of this kind" in French, agreed in gender.
fn french_none(kind: &str) -> &'static str {
    match kind {
        "action" => "aucune fiche action",
        "commission" => "aucune commission",
        "officer" => "aucun chargé de coopération",
        _ => "aucune fiche",
    }
}

/// The same, plural.
fn french_kind_plural(kind: &str) -> &'static str {
    match kind {
        "action" => "fiches action",
        "commission" => "commissions",
        "officer" => "chargés de coopération",
        _ => "fiches",
    }
}

/// What a flag of an editing command expects (said by [`Notice::BadValue`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// `--due`, `--on`, `--date`…
    Date,
    /// `--progress`.
    Percent,
    /// `--fte`.
    Fte,
    /// An action's `--status`.
    ActionStatus,
    /// A meeting's `--status`.
    MeetingStatus,
}

impl Expected {
    /// What is expected, in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use Expected as E;
        match (self, lang) {
            (E::Date, Lang::En) => "a date YYYY-MM-DD or DD/MM/YYYY",
            (E::Date, Lang::Fr) => "une date AAAA-MM-JJ ou JJ/MM/AAAA",
            (E::Percent, Lang::En) => "a whole number from 0 to 100",
            (E::Percent, Lang::Fr) => "un nombre entier de 0 à 100",
            (E::Fte, Lang::En) => {
                "a share of a post above 0 and at most 1, two decimals at most (0.5 or 0,5)"
            }
            (E::Fte, Lang::Fr) => {
                "une part de poste au-dessus de 0 et au plus 1, deux décimales au plus (0,5 ou 0.5)"
            }
            (E::ActionStatus, Lang::En) => {
                "planned, in-progress, paused, blocked, done or abandoned (or in French: prévue, en cours, en pause, bloquée, terminée, abandonnée)"
            }
            (E::ActionStatus, Lang::Fr) => {
                "prévue, en cours, en pause, bloquée, terminée ou abandonnée (ou planned, in-progress, paused, blocked, done, abandoned)"
            }
            (E::MeetingStatus, Lang::En) => {
                "held, planned or cancelled (or tenue, prévue, annulée)"
            }
            (E::MeetingStatus, Lang::Fr) => {
                "tenue, prévue ou annulée (ou held, planned, cancelled)"
            }
        }
    }
}

/// Standard output could not be written: the answer reached no one.
pub fn stdout_failed(error: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("cannot write the answer to standard output: {error}"),
        Lang::Fr => format!("impossible d'écrire la réponse sur la sortie standard : {error}"),
    }
}

/// What `ctg init` says once the repository is written.
pub fn init_done(dir: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "created a CTG repository in {dir}

Next steps:
  1. Fill in copil.toml: the convention's name, dates and communes, the COPIL, the FTE plan.
  2. Rename or replace the examples, add others: ctg new officer jean-martin --commune \"Commune A\" --fte 0.5
  3. Check everything: ctg check
  4. Keep it in git: git init && ctg hook install && git add . && git commit -m \"CTG\"
Editors: .taplo.toml maps the files to the schemas in .ctg/schemas (taplo, Even Better TOML).
"
        ),
        Lang::Fr => format!(
            "dépôt CTG créé dans {dir}

Étapes suivantes :
  1. Complétez copil.toml : nom, dates et communes de la convention, COPIL, plan d'ETP.
  2. Renommez ou remplacez les exemples, ajoutez-en : ctg new officer jean-martin --commune \"Commune A\" --fte 0.5
  3. Vérifiez l'ensemble : ctg check
  4. Gardez-le dans git : git init && ctg hook install && git add . && git commit -m \"CTG\"
Éditeurs : .taplo.toml associe les fichiers aux schémas de .ctg/schemas (taplo, Even Better TOML).
"
        ),
    }
}

/// The headings of `ctg explain`.
pub fn explain_heading(part: ExplainPart, lang: Lang) -> &'static str {
    match (part, lang) {
        (ExplainPart::Meaning, Lang::En) => "What it means:",
        (ExplainPart::Meaning, Lang::Fr) => "Ce que cela signifie :",
        (ExplainPart::Example, Lang::En) => "Example:",
        (ExplainPart::Example, Lang::Fr) => "Exemple :",
        (ExplainPart::Fix, Lang::En) => "How to fix it:",
        (ExplainPart::Fix, Lang::Fr) => "Comment corriger :",
        (ExplainPart::Codes, Lang::En) => "Problem codes (ctg explain CODE tells more):",
        (ExplainPart::Codes, Lang::Fr) => "Codes de problème (ctg explain CODE en dit plus) :",
    }
}

/// A part of an explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExplainPart {
    /// What the code means.
    Meaning,
    /// A file that triggers it.
    Example,
    /// How to fix it.
    Fix,
    /// The heading of the list of codes.
    Codes,
}

/// `in officers/marie-dupont.toml:` before an example file.
pub fn in_file(path: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("in {path}:"),
        Lang::Fr => format!("dans {path} :"),
    }
}

/// A severity as explain shows it beside the code.
pub fn severity_note(severity: ctg_core::diagnostics::Severity, lang: Lang) -> String {
    use ctg_core::diagnostics::Severity;
    match (severity, lang) {
        (Severity::Error, Lang::En) => "an error: ctg check fails (exit 1)".into(),
        (Severity::Warning, Lang::En) => "a warning: ctg check passes, unless --strict".into(),
        // One colon a line: « overdue : un avertissement (ctg check …) ».
        (Severity::Error, Lang::Fr) => "une erreur (ctg check échoue, code 1)".into(),
        (Severity::Warning, Lang::Fr) => {
            "un avertissement (ctg check réussit, sauf avec --strict)".into()
        }
    }
}

/// A notice as printed: `error: …` and, below it, `  help: …`.
pub fn say(severity: ctg_core::diagnostics::Severity, notice: &Notice, lang: Lang) -> String {
    // French puts a space before the colon: « erreur : », « aide : ».
    let colon = super::labels::colon(lang);
    let mut out = format!(
        "{}{colon} {}\n",
        ctg_core::diagnostics::message::words::severity(severity, lang),
        notice.text(lang)
    );
    if let Some(hint) = notice.hint(lang) {
        out.push_str(&format!(
            "  {}{colon} {hint}\n",
            ctg_core::diagnostics::message::words::help(lang)
        ));
    }
    // A notice quotes what the user typed (an id, a code, a path): shown,
    // never obeyed, by the terminal.
    escape_controls_keep_lines(&out).into_owned()
}

/// A notice of something done: the statement, and the hint indented below it.
pub fn done(notice: &Notice, lang: Lang) -> String {
    let mut out = format!("{}\n", notice.text(lang));
    if let Some(hint) = notice.hint(lang) {
        out.push_str(&format!("  {hint}\n"));
    }
    escape_controls_keep_lines(&out).into_owned()
}

/// The comment at the top of the `.taplo.toml` that `ctg init` writes.
pub fn taplo_comment(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "# Written by `ctg init`: editors with taplo (Even Better TOML in VS Code)\n\
                     # check each file against its schema as you type. After upgrading ctg,\n\
                     # refresh the schemas: ctg schema --out .ctg/schemas --force\n\n"
        }
        Lang::Fr => {
            "# Écrit par `ctg init` : les éditeurs avec taplo (Even Better TOML dans VS Code)\n\
                     # vérifient chaque fichier selon son schéma pendant la saisie. Après une mise\n\
                     # à jour de ctg, rafraîchissez les schémas : ctg schema --out .ctg/schemas --force\n\n"
        }
    }
}

/// The commented template of a kind of file, with `{{placeholders}}`.
pub fn template(kind: ctg_core::domain::model::RecordKind, lang: Lang) -> &'static str {
    use ctg_core::domain::model::RecordKind as K;
    match (kind, lang) {
        (K::Copil, Lang::En) => include_str!("templates/en/copil.toml"),
        (K::Copil, Lang::Fr) => include_str!("templates/fr/copil.toml"),
        (K::Officer, Lang::En) => include_str!("templates/en/officer.toml"),
        (K::Officer, Lang::Fr) => include_str!("templates/fr/officer.toml"),
        (K::Commission, Lang::En) => include_str!("templates/en/commission.toml"),
        (K::Commission, Lang::Fr) => include_str!("templates/fr/commission.toml"),
        (K::Action, Lang::En) => include_str!("templates/en/action.toml"),
        (K::Action, Lang::Fr) => include_str!("templates/fr/action.toml"),
    }
}

/// What a template says where a value is still to be chosen.
pub fn referent_placeholder(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "# referent = \"<officer id>\"",
        Lang::Fr => "# referent = \"<identifiant>\"",
    }
}

/// Said when `ctg new action` makes the title from the id (`pe-01` gives
/// `Pe 01`): where to change it.
pub fn title_from_id(id: &str, lang: Lang) -> String {
    let title = crate::scaffold::name_from_id(id, false);
    match lang {
        Lang::En => format!(
            "note: the title is \"{title}\", made from the id; write the real one in the file, or give --title next time"
        ),
        Lang::Fr => format!(
            "remarque : l'intitulé est « {title} », tiré de l'identifiant ; écrivez le vrai dans le fichier, ou donnez --title la prochaine fois"
        ),
    }
}

/// The title of the example action `ctg init` writes (`pe-01`, whose id
/// would make a poor title).
pub fn example_action_title(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Single desk for childcare requests",
        Lang::Fr => "Guichet unique des demandes d'accueil du jeune enfant",
    }
}

/// The convention's name in a new repository.
pub fn convention_placeholder(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "CTG of my territory",
        Lang::Fr => "CTG de mon territoire",
    }
}

/// Under an example of `ctg explain`: the repository it is dropped into.
pub fn example_context(files: &[&str], lang: Lang) -> String {
    let files = files.join(", ");
    match lang {
        Lang::En => format!("(in a sound repository holding {files})"),
        Lang::Fr => format!("(dans un dépôt sans problème contenant {files})"),
    }
}
