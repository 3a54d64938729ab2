//! The files themselves: not TOML or not UTF-8 (`syntax`), a file name that
//! is not an id or is taken twice (`invalid-id`, `duplicate-id`), and files
//! not read (`file-too-large`, `unreadable-file`, `stray-file`,
//! `skipped-file`). The scan and the loader find them.

use crate::diagnostics::message::{Message, kind_name};
use crate::diagnostics::{Code, Definition, Example, Explanation, Severity};
use crate::domain::model::RecordKind;
use crate::i18n::Lang;

/// `syntax`: the file is not valid TOML, or not UTF-8 text.
pub const SYNTAX: Code = Code::new(&Definition {
    name: "syntax",
    severity: Severity::Error,
    en: Explanation {
        meaning: "The file is not valid TOML (a missing quote, bracket or `=`), or it is not UTF-8 text. Nothing else in the file can be checked until it is fixed.",
        fix: "Look at the line shown: strings go between double quotes, dates are written bare (2025-01-31), lists between [ ]. Save the file as UTF-8.",
    },
    fr: Explanation {
        meaning: "Le fichier n'est pas du TOML valide (guillemet, crochet ou `=` manquant), ou n'est pas du texte UTF-8. Rien d'autre dans le fichier ne peut être vérifié avant la correction.",
        fix: "Regardez la ligne indiquée : les textes vont entre guillemets droits, les dates s'écrivent sans guillemets (2025-01-31), les listes entre [ ]. Enregistrez le fichier en UTF-8.",
    },
    example: Example::Files(&[(
        "officers/marie-dupont.toml",
        include_str!("examples/syntax/officers/marie-dupont.toml"),
    )]),
});

/// `invalid-id`: a file name that is not a valid id.
pub const INVALID_ID: Code = Code::new(&Definition {
    name: "invalid-id",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A record's id is its file name without `.toml`, and must be lowercase letters, digits and single hyphens: other records refer to it by that name.",
        fix: "Rename the file as suggested (accents dropped, spaces as hyphens), and update the references to it.",
    },
    fr: Explanation {
        meaning: "L'identifiant d'une fiche est le nom de son fichier sans `.toml` ; il ne contient que des minuscules, des chiffres et des tirets simples : les autres fiches y font référence par ce nom.",
        fix: "Renommez le fichier comme suggéré (sans accents, espaces remplacées par des tirets) et mettez à jour les références.",
    },
    example: Example::Files(&[(
        "commissions/Petite enfance.toml",
        include_str!("examples/invalid-id/commissions/Petite enfance.toml"),
    )]),
});

/// `duplicate-id`: two records of one kind with the same id.
pub const DUPLICATE_ID: Code = Code::new(&Definition {
    name: "duplicate-id",
    severity: Severity::Error,
    en: Explanation {
        meaning: "Two records of the same kind have the same id (also when only the case differs, or when they sit in different sub-folders), so a reference to it would be ambiguous.",
        fix: "Rename one of the two files, and update the references to it.",
    },
    fr: Explanation {
        meaning: "Deux fiches du même type ont le même identifiant (y compris à la casse près, ou dans des sous-dossiers différents) : une référence serait ambiguë.",
        fix: "Renommez l'un des deux fichiers et mettez à jour les références.",
    },
    example: Example::Files(&[(
        "actions/2026/pe-01.toml",
        include_str!("examples/duplicate-id/actions/2026/pe-01.toml"),
    )]),
});

/// `misplaced-record`: a record of one kind in another kind's folder.
pub const MISPLACED_RECORD: Code = Code::new(&Definition {
    name: "misplaced-record",
    severity: Severity::Error,
    en: Explanation {
        meaning: "The file's keys are another kind's (an officer's `name`, `missions` and `[[assignment]]` in actions/, an action in officers/…): it was saved in the wrong folder. It is said once, instead of an error for each key, and the record is not read.",
        fix: "Move the file to the folder of its kind, as the hint says (`git mv actions/marie-dupont.toml officers/marie-dupont.toml`).",
    },
    fr: Explanation {
        meaning: "Les clés du fichier sont celles d'un autre type de fiche (le `name`, les `missions` et les `[[assignment]]` d'un chargé de coopération dans actions/, une action dans officers/…) : il a été enregistré dans le mauvais dossier. C'est dit une fois, au lieu d'une erreur par clé, et la fiche n'est pas lue.",
        fix: "Déplacez le fichier dans le dossier de son type, comme l'indique l'aide (`git mv actions/marie-dupont.toml officers/marie-dupont.toml`).",
    },
    example: Example::Files(&[(
        "actions/marie-dupont.toml",
        include_str!("examples/misplaced-record/actions/marie-dupont.toml"),
    )]),
});

/// `file-too-large`: a file over the size limit, not read.
pub const FILE_TOO_LARGE: Code = Code::new(&Definition {
    name: "file-too-large",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A record file is larger than 10 MB; it is not read, so that a pre-commit hook cannot run out of memory.",
        fix: "A record is a few kilobytes: split the file, or move it out of the repository.",
    },
    fr: Explanation {
        meaning: "Un fichier de fiche dépasse 10 Mo ; il n'est pas lu, pour qu'un hook de pre-commit ne manque pas de mémoire.",
        fix: "Une fiche fait quelques kilo-octets : découpez le fichier, ou sortez-le du dépôt.",
    },
    example: Example::Situation {
        en: "officers/export.toml, a 12 MB spreadsheet export saved as TOML",
        fr: "officers/export.toml, un export de tableur de 12 Mo enregistré en TOML",
    },
});

/// `unreadable-file`: the operating system would not let us read it.
pub const UNREADABLE_FILE: Code = Code::new(&Definition {
    name: "unreadable-file",
    severity: Severity::Error,
    en: Explanation {
        meaning: "The operating system refused to read a file or a folder (permissions, or an I/O error).",
        fix: "Check the file's permissions; it must be readable by the person running ctg.",
    },
    fr: Explanation {
        meaning: "Le système a refusé la lecture d'un fichier ou d'un dossier (droits, ou erreur d'entrée-sortie).",
        fix: "Vérifiez les droits du fichier : il doit être lisible par la personne qui lance ctg.",
    },
    example: Example::Situation {
        en: "officers/marie-dupont.toml after `chmod 000 officers/marie-dupont.toml`",
        fr: "officers/marie-dupont.toml après `chmod 000 officers/marie-dupont.toml`",
    },
});

/// `stray-file`: a TOML file outside the places records live, or a file
/// that is no record inside them.
pub const STRAY_FILE: Code = Code::new(&Definition {
    name: "stray-file",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A `.toml` file outside copil.toml, commissions/, officers/ and actions/, or a file of commissions/, officers/ or actions/ that does not end in `.toml` (`pe-01.TOML`, a copy `pe-01.toml.bak`, `notes.txt`): it is not read, perhaps by mistake.",
        fix: "Move it into the right folder, or rename it to `.toml`, if it is a record; otherwise move it out of the records folders (or remove a copy: git keeps every version).",
    },
    fr: Explanation {
        meaning: "Un fichier `.toml` hors de copil.toml, commissions/, officers/ et actions/, ou un fichier de commissions/, officers/ ou actions/ qui ne finit pas par `.toml` (`pe-01.TOML`, une copie `pe-01.toml.bak`, `notes.txt`) : il n'est pas lu, peut-être par erreur.",
        fix: "Déplacez-le dans le bon dossier, ou renommez-le en `.toml`, si c'est une fiche ; sinon sortez-le des dossiers de fiches (ou supprimez la copie : git garde toutes les versions).",
    },
    example: Example::Files(&[("notes.toml", include_str!("examples/stray-file/notes.toml"))]),
});

/// `officer-deleted`: `check --staged` sees an officer's file, with
/// assignments, deleted since the last commit.
pub const OFFICER_DELETED: Code = Code::new(&Definition {
    name: "officer-deleted",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "The commit about to be made deletes an officer's file that had assignments (`ctg check --staged`, the pre-commit hook). Their FTE would leave every figure, past years included: the history of the convention would change.",
        fix: "Keep the file and set `end =` on their assignments, the day they left: the history stays, and they no longer count from that day. To undo the deletion: `git restore --staged --worktree officers/<id>.toml`.",
    },
    fr: Explanation {
        meaning: "Le commit sur le point d'être fait supprime le fichier d'un chargé de coopération qui avait des affectations (`ctg check --staged`, le hook de pre-commit). Ses ETP quitteraient tous les chiffres, années passées comprises : l'historique de la convention changerait.",
        fix: "Gardez le fichier et indiquez `end =` sur ses affectations, le jour de son départ : l'historique reste, et il ne compte plus à partir de ce jour. Pour annuler la suppression : `git restore --staged --worktree officers/<id>.toml`.",
    },
    example: Example::Situation {
        en: "`git rm officers/marie-dupont.toml`, whose officer had an assignment, then `ctg check --staged`",
        fr: "`git rm officers/marie-dupont.toml`, dont la chargée de coopération avait une affectation, puis `ctg check --staged`",
    },
});

/// `skipped-file`: a record file passed over without being read.
pub const SKIPPED_FILE: Code = Code::new(&Definition {
    name: "skipped-file",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A record file that ctg will not open: a symbolic link out of the repository, to a folder or that cannot be resolved, a FIFO or device, or a name that is not UTF-8.",
        fix: "Replace it with a regular file inside the repository, or remove it.",
    },
    fr: Explanation {
        meaning: "Un fichier de fiche que ctg n'ouvre pas : lien symbolique hors du dépôt, vers un dossier ou impossible à résoudre, FIFO ou périphérique, ou nom non UTF-8.",
        fix: "Remplacez-le par un fichier ordinaire dans le dépôt, ou supprimez-le.",
    },
    example: Example::Situation {
        en: "officers/marie-dupont.toml made with `ln -s /home/me/marie.toml officers/marie-dupont.toml`, a link out of the repository",
        fr: "officers/marie-dupont.toml créé par `ln -s /home/moi/marie.toml officers/marie-dupont.toml`, un lien hors du dépôt",
    },
});

/// The codes of this family.
pub const CODES: &[Code] = &[
    SYNTAX,
    INVALID_ID,
    DUPLICATE_ID,
    MISPLACED_RECORD,
    FILE_TOO_LARGE,
    UNREADABLE_FILE,
    STRAY_FILE,
    SKIPPED_FILE,
    OFFICER_DELETED,
];

/// Why a file was passed over without being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// A FIFO, socket or device: opening it could block or have effects.
    NotRegular,
    /// A symbolic link whose target lies outside the repository root.
    LinkOutside,
    /// A symbolic link that cannot be resolved (a loop, or a dangling link).
    BrokenLink,
    /// A symbolic link to a folder: followed links could visit files twice.
    LinkedFolder,
    /// A name that is not valid UTF-8 cannot be an id nor be shown reliably.
    NonUtf8Name,
}

/// What is wrong with a file itself.
#[derive(Debug, Clone, PartialEq)]
pub enum FileProblem {
    /// The TOML parser's own words (English only: they come from the `toml` crate).
    Syntax { detail: String },
    /// The bytes are not UTF-8.
    NotUtf8,
    /// The file is larger than the limit.
    FileTooLarge { size: u64, limit: u64 },
    /// The operating system would not let us read the file.
    Unreadable { error: String },
    /// A file stem that is not a valid id.
    InvalidId {
        id: String,
        suggestion: String,
        /// The name first thought of, already another record's: then
        /// `suggestion` is a free one (`jean-martin-2`).
        taken: Option<String>,
    },
    /// Two records of one kind with the same id (ignoring case).
    DuplicateId {
        kind: RecordKind,
        id: String,
        other: String,
    },
    /// A record of one kind in another kind's folder: its keys are the
    /// other kind's, and the folder's kind's required ones are missing.
    MisplacedRecord {
        /// The kind of the folder it is in.
        kind: RecordKind,
        /// The kind its keys are.
        looks_like: RecordKind,
        /// The keys that tell, as written in the file (`[[assignment]]`).
        keys: Vec<String>,
        /// The `git mv` that puts it in its place.
        command: String,
    },
    /// An officer's file with assignments, deleted in the index.
    OfficerDeleted {
        /// How many assignments the file had.
        assignments: usize,
    },
    /// A TOML file outside the places records live.
    StrayFile,
    /// A record's name whose `.toml` is not in lowercase (`X.TOML`): it
    /// would be passed over without a word.
    ExtensionCase { rename: String },
    /// A copy of a record in its folder (`actions/pe-01.toml.bak`): not
    /// read, and perhaps the record itself under a wrong name.
    RecordCopy {
        /// The record it copies (`actions/pe-01.toml`).
        original: String,
    },
    /// A file that is no record in a records folder (`actions/notes.txt`).
    NotRecord {
        /// The records folder, with its slash (`actions/`).
        folder: String,
        /// Its name as a record (`actions/notes.toml`).
        rename: String,
    },
    /// A file passed over without being read.
    SkippedFile {
        reason: SkipReason,
        /// The file is `copil.toml`: not reading it is an error.
        copil: bool,
    },
}

/// A record of `kind`, with its article: what a misplaced file holds.
fn record_phrase(kind: RecordKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (RecordKind::Copil, Lang::En) => "the convention's plan",
        (RecordKind::Commission, Lang::En) => "a commission",
        (RecordKind::Officer, Lang::En) => "an officer's record",
        (RecordKind::Action, Lang::En) => "an action",
        (RecordKind::Copil, Lang::Fr) => "le plan de la convention",
        (RecordKind::Commission, Lang::Fr) => "une fiche de commission",
        (RecordKind::Officer, Lang::Fr) => "une fiche de chargé de coopération",
        (RecordKind::Action, Lang::Fr) => "une fiche d'action",
    }
}

/// The TOML parser's explanation (always English: `unclosed array, expected
/// `]``) in French, for the errors people make; one it does not know is
/// left as the parser wrote it.
fn toml_detail_fr(detail: &str) -> String {
    let (what, expected) = match detail.split_once(", expected ") {
        Some((what, expected)) => (what, Some(expected)),
        None => (detail, None),
    };
    let what_fr = match what {
        "duplicate key" => "clé en double",
        "invalid basic string" => "texte entre guillemets mal fermé",
        "invalid literal string" => "texte entre apostrophes mal fermé",
        "invalid boolean" => "booléen invalide",
        "invalid date" => "date invalide",
        "invalid time" => "heure invalide",
        "invalid fraction" => "partie décimale invalide",
        "invalid mantissa" => "nombre invalide",
        "invalid integer" => "nombre entier invalide",
        "invalid number" => "nombre invalide",
        "key with no value" => "clé sans valeur",
        "string values must be quoted" => {
            return "les textes doivent être entre guillemets".into();
        }
        "unclosed array" => "liste non fermée",
        "unclosed table" => "en-tête de table non fermé",
        "unclosed inline table" => "table en ligne non fermée",
        "unexpected key or value" => "clé ou valeur inattendue",
        "unexpected leading zero" => "zéro initial inattendu",
        "extra `=`" => "`=` en trop",
        "missing key" => "clé manquante",
        _ => return detail.to_owned(),
    };
    let expected_fr = match expected {
        None | Some("nothing") => return what_fr.to_owned(),
        Some("newline, `#`") => "une fin de ligne ou `#`",
        Some("digits") => "des chiffres",
        Some("a two-digit month (MM)") => "un mois sur deux chiffres (MM)",
        Some("a two-digit day (DD)") => "un jour sur deux chiffres (JJ)",
        Some("month between 01 and 12") => "un mois entre 01 et 12",
        Some(quoted) if quoted.starts_with('`') && quoted.ends_with('`') => quoted,
        Some(_) => return detail.to_owned(),
    };
    format!("{what_fr} ; attendu : {expected_fr}")
}

#[rustfmt::skip]
impl Message for FileProblem {
    fn code(&self) -> Code {
        use FileProblem as M;
        match self {
            M::Syntax { .. } | M::NotUtf8 => SYNTAX,
            M::FileTooLarge { .. } => FILE_TOO_LARGE,
            M::Unreadable { .. } => UNREADABLE_FILE,
            M::InvalidId { .. } => INVALID_ID,
            M::DuplicateId { .. } => DUPLICATE_ID,
            M::MisplacedRecord { .. } => MISPLACED_RECORD,
            M::OfficerDeleted { .. } => OFFICER_DELETED,
            M::StrayFile | M::ExtensionCase { .. } | M::RecordCopy { .. } | M::NotRecord { .. } => STRAY_FILE,
            // Without copil.toml nothing can be checked: not reading it is an error.
            M::SkippedFile { copil: true, .. } => UNREADABLE_FILE,
            M::SkippedFile { copil: false, .. } => SKIPPED_FILE,
        }
    }
    fn text(&self, lang: Lang) -> String {
        use FileProblem as M;
        match (self, lang) {
            (M::Syntax { detail }, Lang::En) => format!("not valid TOML: {detail}"),
            (M::Syntax { detail }, Lang::Fr) => format!("TOML invalide : {}", toml_detail_fr(detail)),
            (M::NotUtf8, Lang::En) => "the file is not UTF-8 text".into(),
            (M::NotUtf8, Lang::Fr) => "le fichier n'est pas du texte UTF-8".into(),
            (M::FileTooLarge { size, limit }, Lang::En) => {
                format!("file of {size} bytes is over the {limit}-byte limit; it was not read")
            }
            (M::FileTooLarge { size, limit }, Lang::Fr) => {
                format!("fichier de {size} octets, au-delà de la limite de {limit} octets : il n'a pas été lu")
            }
            (M::Unreadable { error }, Lang::En) => format!("cannot read the file: {error}"),
            (M::Unreadable { error }, Lang::Fr) => format!("lecture du fichier impossible : {error}"),
            (M::InvalidId { id, .. }, Lang::En) => format!("`{id}` is not a valid id"),
            (M::InvalidId { id, .. }, Lang::Fr) => format!("`{id}` n'est pas un identifiant valide"),
            (M::DuplicateId { kind, id, other }, Lang::En) => {
                format!("{} id `{id}` is already used by {other}", kind_name(*kind, lang))
            }
            (M::DuplicateId { kind, id, other }, Lang::Fr) => {
                // « de commission », but « d'action »: `de` is elided before a vowel.
                let name = kind_name(*kind, lang);
                let of = if name.starts_with(['a', 'e', 'i', 'o', 'u', 'é']) { "d'" } else { "de " };
                format!("l'identifiant {of}{name} `{id}` est déjà pris par {other}")
            }
            (M::StrayFile, Lang::En) => "this TOML file is not part of the repository's records; it is ignored".into(),
            (M::StrayFile, Lang::Fr) => "ce fichier TOML ne fait pas partie des fiches du dépôt : il est ignoré".into(),
            (M::ExtensionCase { .. }, Lang::En) => "ctg reads only names ending in `.toml`, in lowercase; this file is ignored".into(),
            (M::ExtensionCase { .. }, Lang::Fr) => "ctg ne lit que les noms finissant par `.toml`, en minuscules : ce fichier est ignoré".into(),
            (M::MisplacedRecord { kind, looks_like, keys, .. }, Lang::En) => format!(
                "this file holds {} ({}), not {}: it belongs in `{}/`",
                record_phrase(*looks_like, lang), keys.join(", "), record_phrase(*kind, lang),
                looks_like.folder().unwrap_or_default()
            ),
            (M::MisplacedRecord { kind, looks_like, keys, .. }, Lang::Fr) => format!(
                "ce fichier contient {} ({}), pas {} : il va dans `{}/`",
                record_phrase(*looks_like, lang), keys.join(", "), record_phrase(*kind, lang),
                looks_like.folder().unwrap_or_default()
            ),
            (M::OfficerDeleted { assignments: 1 }, Lang::En) => "this officer's file, with their assignment, is deleted: their FTE leaves every figure, past years included".into(),
            (M::OfficerDeleted { assignments }, Lang::En) => format!("this officer's file, with their {assignments} assignments, is deleted: their FTE leaves every figure, past years included"),
            (M::OfficerDeleted { assignments: 1 }, Lang::Fr) => "le fichier de ce chargé de coopération est supprimé, avec son affectation : ses ETP disparaissent de tous les chiffres, années passées comprises".into(),
            (M::OfficerDeleted { assignments }, Lang::Fr) => format!("le fichier de ce chargé de coopération est supprimé, avec ses {assignments} affectations : ses ETP disparaissent de tous les chiffres, années passées comprises"),
            (M::RecordCopy { original }, Lang::En) => format!("a copy of `{original}`, not read; it is ignored"),
            (M::RecordCopy { original }, Lang::Fr) => format!("une copie de `{original}`, qui n'est pas lue : elle est ignorée"),
            (M::NotRecord { folder, .. }, Lang::En) => format!("only `.toml` records are read in `{folder}`; this file is ignored"),
            (M::NotRecord { folder, .. }, Lang::Fr) => format!("seules les fiches `.toml` sont lues dans `{folder}` : ce fichier est ignoré"),
            (M::SkippedFile { reason, .. }, Lang::En) => match reason {
                SkipReason::NotRegular => "not a regular file (a FIFO, socket or device); it was not opened",
                SkipReason::LinkOutside => "symbolic link to a file outside the repository; it was not followed",
                SkipReason::BrokenLink => "symbolic link that cannot be resolved (dangling or a loop)",
                SkipReason::LinkedFolder => "symbolic link to a folder; it was not followed",
                SkipReason::NonUtf8Name => "file name is not valid UTF-8; it was not read",
            }
            .into(),
            (M::SkippedFile { reason, .. }, Lang::Fr) => match reason {
                SkipReason::NotRegular => "pas un fichier ordinaire (FIFO, socket ou périphérique) : il n'a pas été ouvert",
                SkipReason::LinkOutside => "lien symbolique vers un fichier hors du dépôt : il n'a pas été suivi",
                SkipReason::BrokenLink => "lien symbolique impossible à résoudre (cassé ou en boucle)",
                SkipReason::LinkedFolder => "lien symbolique vers un dossier : il n'a pas été suivi",
                SkipReason::NonUtf8Name => "nom de fichier non UTF-8 : il n'a pas été lu",
            }
            .into(),
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use FileProblem as M;
        Some(match (self, lang) {
            (M::Syntax { .. }, Lang::En) => "fix the TOML syntax at this place; strings need double quotes, dates are written bare (2025-01-31), decimals with a point (0.5)".into(),
            (M::Syntax { .. }, Lang::Fr) => "corrigez la syntaxe TOML à cet endroit ; les textes vont entre guillemets, les dates s'écrivent sans (2025-01-31), les décimales avec un point (0.5)".into(),
            (M::NotUtf8, Lang::En) => "save the file as UTF-8 in your editor (\"Save with encoding\" > UTF-8)".into(),
            (M::NotUtf8, Lang::Fr) => "enregistrez le fichier en UTF-8 dans votre éditeur (« Enregistrer avec l'encodage » > UTF-8)".into(),
            (M::FileTooLarge { .. }, Lang::En) => "a record file is a few kilobytes: split it, or move this file out of the repository".into(),
            (M::FileTooLarge { .. }, Lang::Fr) => "une fiche fait quelques kilo-octets : découpez-la, ou sortez ce fichier du dépôt".into(),
            (M::Unreadable { .. }, Lang::En) => "check the file's permissions (it must be readable by you)".into(),
            (M::Unreadable { .. }, Lang::Fr) => "vérifiez les droits du fichier (il doit être lisible par vous)".into(),
            (M::InvalidId { suggestion, taken: Some(taken), .. }, Lang::En) => format!("a file's name is its id: lowercase letters, digits and single hyphens; rename it to `{suggestion}.toml` (`{taken}.toml` exists already)"),
            (M::InvalidId { suggestion, taken: Some(taken), .. }, Lang::Fr) => format!("le nom du fichier est son identifiant : minuscules, chiffres et tirets simples ; renommez-le en `{suggestion}.toml` (`{taken}.toml` existe déjà)"),
            (M::InvalidId { suggestion, .. }, Lang::En) => format!("a file's name is its id: lowercase letters, digits and single hyphens; rename it to `{suggestion}.toml`"),
            (M::InvalidId { suggestion, .. }, Lang::Fr) => format!("le nom du fichier est son identifiant : minuscules, chiffres et tirets simples ; renommez-le en `{suggestion}.toml`"),
            (M::DuplicateId { .. }, Lang::En) => "rename one of the two files: ids must be unique within a folder, whatever the case".into(),
            (M::DuplicateId { .. }, Lang::Fr) => "renommez l'un des deux fichiers : les identifiants sont uniques par dossier, sans tenir compte de la casse".into(),
            (M::StrayFile, Lang::En) => "records go in copil.toml, commissions/, officers/ or actions/; move or rename the file if it is one".into(),
            (M::StrayFile, Lang::Fr) => "les fiches vont dans copil.toml, commissions/, officers/ ou actions/ ; déplacez ou renommez le fichier s'il en est une".into(),
            (M::ExtensionCase { rename }, Lang::En) => format!("rename it `{rename}`"),
            (M::ExtensionCase { rename }, Lang::Fr) => format!("renommez-le `{rename}`"),
            (M::OfficerDeleted { .. }, Lang::En) => "to keep the history, keep the file and set `end =` on their assignments (the day they left); `git restore --staged --worktree` on this file undoes the deletion".into(),
            (M::OfficerDeleted { .. }, Lang::Fr) => "pour garder l'historique, gardez le fichier et indiquez `end =` sur ses affectations (le jour du départ) ; `git restore --staged --worktree` sur ce fichier annule la suppression".into(),
            (M::MisplacedRecord { command, .. }, Lang::En) => format!("move it: `{command}`"),
            (M::MisplacedRecord { command, .. }, Lang::Fr) => format!("déplacez-le : `{command}`"),
            (M::RecordCopy { original }, Lang::En) => format!("git keeps every version of a file: remove this copy, or move it out of the repository; if it is the record itself, rename it `{original}`"),
            (M::RecordCopy { original }, Lang::Fr) => format!("git garde toutes les versions d'un fichier : supprimez cette copie, ou sortez-la du dépôt ; si c'est la fiche elle-même, renommez-la `{original}`"),
            (M::NotRecord { folder, rename }, Lang::En) => format!("if it is a record, rename it `{rename}`; otherwise move it out of `{folder}` (the repository's root is a good place for notes)"),
            (M::NotRecord { folder, rename }, Lang::Fr) => format!("si c'est une fiche, renommez-la `{rename}` ; sinon, sortez-la de `{folder}` (la racine du dépôt convient aux notes)"),
            (M::SkippedFile { reason: SkipReason::LinkedFolder, .. }, Lang::En) => "records live in the repository itself: move the folder here instead of linking to it".into(),
            (M::SkippedFile { reason: SkipReason::LinkedFolder, .. }, Lang::Fr) => "les fiches vivent dans le dépôt lui-même : déplacez le dossier ici plutôt que d'y faire un lien".into(),
            (M::SkippedFile { .. }, Lang::En) => "replace it with a regular file inside the repository, or remove it".into(),
            (M::SkippedFile { .. }, Lang::Fr) => "remplacez-le par un fichier ordinaire dans le dépôt, ou supprimez-le".into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::worded;

    /// A sample of every message, and of every inner choice that changes
    /// the wording (skip reasons, kinds).
    fn samples() -> Vec<FileProblem> {
        use FileProblem as M;
        let s = |x: &str| x.to_owned();
        let mut all = vec![
            M::Syntax {
                detail: s("expected `=`"),
            },
            M::NotUtf8,
            M::FileTooLarge {
                size: 12_000_000,
                limit: 10_485_760,
            },
            M::Unreadable {
                error: s("Permission denied (os error 13)"),
            },
            M::InvalidId {
                id: s("Marie Dupont"),
                suggestion: s("marie-dupont"),
                taken: None,
            },
            M::InvalidId {
                id: s("Marie Dupont"),
                suggestion: s("marie-dupont-2"),
                taken: Some(s("marie-dupont")),
            },
            M::StrayFile,
            M::ExtensionCase {
                rename: "actions/x.toml".into(),
            },
            M::RecordCopy {
                original: s("actions/x.toml"),
            },
            M::OfficerDeleted { assignments: 1 },
            M::OfficerDeleted { assignments: 3 },
            M::MisplacedRecord {
                kind: RecordKind::Action,
                looks_like: RecordKind::Officer,
                keys: vec![s("`name`"), s("`[[assignment]]`")],
                command: s("git mv actions/x.toml officers/x.toml"),
            },
            M::MisplacedRecord {
                kind: RecordKind::Officer,
                looks_like: RecordKind::Commission,
                keys: vec![s("`kind`"), s("`referent`")],
                command: s("git mv officers/x.toml commissions/x.toml"),
            },
            M::MisplacedRecord {
                kind: RecordKind::Commission,
                looks_like: RecordKind::Action,
                keys: vec![s("`title`"), s("`status`")],
                command: s("git mv commissions/x.toml actions/x.toml"),
            },
            M::NotRecord {
                folder: s("actions/"),
                rename: s("actions/notes.toml"),
            },
        ];
        for reason in [
            SkipReason::NotRegular,
            SkipReason::LinkOutside,
            SkipReason::BrokenLink,
            SkipReason::LinkedFolder,
            SkipReason::NonUtf8Name,
        ] {
            all.push(M::SkippedFile {
                reason,
                copil: false,
            });
        }
        for kind in [
            RecordKind::Copil,
            RecordKind::Commission,
            RecordKind::Officer,
            RecordKind::Action,
        ] {
            all.push(M::DuplicateId {
                kind,
                id: s("pe-01"),
                other: s("actions/pe-01.toml"),
            });
        }
        all
    }

    /// No wildcard: a new variant does not compile until it is numbered here.
    fn variant(message: &FileProblem) -> usize {
        use FileProblem as M;
        match message {
            M::Syntax { .. } => 0,
            M::NotUtf8 => 1,
            M::FileTooLarge { .. } => 2,
            M::Unreadable { .. } => 3,
            M::InvalidId { .. } => 4,
            M::DuplicateId { .. } => 5,
            M::StrayFile => 6,
            M::SkippedFile { .. } => 7,
            M::ExtensionCase { .. } => 8,
            M::RecordCopy { .. } => 9,
            M::NotRecord { .. } => 10,
            M::MisplacedRecord { .. } => 11,
            M::OfficerDeleted { .. } => 12,
        }
    }

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = samples();
        worded::every_variant(&samples, 13, variant);
        worded::messages(&samples);
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }

    #[test]
    fn french_elides_de_before_a_vowel() {
        let text = |kind| {
            FileProblem::DuplicateId {
                kind,
                id: "x".into(),
                other: "y".into(),
            }
            .text(Lang::Fr)
        };
        assert!(text(RecordKind::Action).starts_with("l'identifiant d'action "));
        assert!(text(RecordKind::Commission).starts_with("l'identifiant de commission "));
    }
}
