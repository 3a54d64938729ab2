//! What each problem code means and how to fix it, for `ctg explain`.

use crate::diagnostics::Code;
use crate::i18n::Lang;

/// The meaning and the fix of a code, in one language.
#[derive(Debug, Clone, Copy)]
pub struct Explanation {
    /// What the code means.
    pub meaning: &'static str,
    /// How to fix it.
    pub fix: &'static str,
}

/// The explanation of `code` in `lang`.
pub fn explanation(code: Code, lang: Lang) -> Explanation {
    let (en, fr) = texts(code);
    let (meaning, fix) = match lang {
        Lang::En => en,
        Lang::Fr => fr,
    };
    Explanation { meaning, fix }
}

type Pair = (&'static str, &'static str);

/// `((meaning, fix) in English, (meaning, fix) in French)`. The match has no
/// wildcard: a new code does not compile until it is explained.
fn texts(code: Code) -> (Pair, Pair) {
    use Code as C;
    match code {
        C::Syntax => (
            (
                "The file is not valid TOML (a missing quote, bracket or `=`), or it is not UTF-8 text. Nothing else in the file can be checked until it is fixed.",
                "Look at the line shown: strings go between double quotes, dates are written bare (2025-01-31), lists between [ ]. Save the file as UTF-8.",
            ),
            (
                "Le fichier n'est pas du TOML valide (guillemet, crochet ou `=` manquant), ou n'est pas du texte UTF-8. Rien d'autre dans le fichier ne peut être vérifié avant la correction.",
                "Regardez la ligne indiquée : les textes vont entre guillemets droits, les dates s'écrivent sans guillemets (2025-01-31), les listes entre [ ]. Enregistrez le fichier en UTF-8.",
            ),
        ),
        C::UnknownField => (
            (
                "A key that the format does not define, often a typo. It would be silently ignored, so ctg refuses it.",
                "Correct the key's spelling (ctg suggests the nearest one), or remove it. `ctg schema` and `docs/format.md` list the keys.",
            ),
            (
                "Une clé que le format ne définit pas, souvent une faute de frappe. Elle serait ignorée sans bruit : ctg la refuse.",
                "Corrigez l'orthographe de la clé (ctg propose la plus proche), ou retirez-la. `ctg schema` et `docs/format.md` donnent la liste des clés.",
            ),
        ),
        C::MissingField => (
            (
                "A key that the format requires is absent from the file or from one of its tables.",
                "Add the key with its value, in the table named by the message.",
            ),
            (
                "Une clé obligatoire manque dans le fichier ou dans l'une de ses tables.",
                "Ajoutez la clé et sa valeur, dans la table indiquée par le message.",
            ),
        ),
        C::InvalidValue => (
            (
                "A value of the wrong type or out of range: text where a number or date is expected, a word that is not one of the allowed ones, an FTE above 1 or with more than two decimals, an end before its start, `completed` on an action that is not done.",
                "Write the value the message asks for; the help line gives the allowed words or range.",
            ),
            (
                "Une valeur du mauvais type ou hors limites : un texte là où un nombre ou une date est attendu, un mot qui n'est pas dans la liste permise, un ETP au-delà de 1 ou avec plus de deux décimales, une fin avant son début, `completed` sur une action qui n'est pas terminée.",
                "Écrivez la valeur demandée par le message ; la ligne d'aide donne les mots ou les limites permis.",
            ),
        ),
        C::InvalidId => (
            (
                "A record's id is its file name without `.toml`, and must be lowercase letters, digits and single hyphens: other records refer to it by that name.",
                "Rename the file as suggested (accents dropped, spaces as hyphens), and update the references to it.",
            ),
            (
                "L'identifiant d'une fiche est le nom de son fichier sans `.toml` ; il ne contient que des minuscules, des chiffres et des tirets simples : les autres fiches y font référence par ce nom.",
                "Renommez le fichier comme suggéré (sans accents, espaces remplacées par des tirets) et mettez à jour les références.",
            ),
        ),
        C::DuplicateId => (
            (
                "Two records of the same kind have the same id (also when only the case differs, or when they sit in different sub-folders), so a reference to it would be ambiguous.",
                "Rename one of the two files, and update the references to it.",
            ),
            (
                "Deux fiches du même type ont le même identifiant (y compris à la casse près, ou dans des sous-dossiers différents) : une référence serait ambiguë.",
                "Renommez l'un des deux fichiers et mettez à jour les références.",
            ),
        ),
        C::UnknownReference => (
            (
                "A commission, officer or commune named in a record does not exist: no file has that id, or the commune is not in `convention.communes`.",
                "Use the id of an existing file (ctg suggests the nearest), create the missing record with `ctg new`, or add the commune to copil.toml.",
            ),
            (
                "Une commission, un chargé de coopération ou une commune cité dans une fiche n'existe pas : aucun fichier n'a cet identifiant, ou la commune n'est pas dans `convention.communes`.",
                "Utilisez l'identifiant d'un fichier existant (ctg propose le plus proche), créez la fiche manquante avec `ctg new`, ou ajoutez la commune dans copil.toml.",
            ),
        ),
        C::FteOverbooked => (
            (
                "One officer's assignments add up to more than one full-time post (1.0 FTE) on some date; the message names the first such date.",
                "End the earlier assignment the day before the next one starts, or lower an `fte`.",
            ),
            (
                "Les affectations d'un chargé de coopération dépassent un temps plein (1,0 ETP) à une date ; le message donne la première.",
                "Terminez l'affectation précédente la veille du début de la suivante, ou baissez un `fte`.",
            ),
        ),
        C::PlanMismatch => (
            (
                "The FTE plan in copil.toml does not add up: `fte.baseline` plus the sum of `[fte.increase]` is not `fte.target`, or an increase names a commune that is not in the convention.",
                "Correct the figure that is wrong so that baseline + increases = target, and use the communes of `convention.communes`.",
            ),
            (
                "Le plan d'ETP de copil.toml ne tombe pas juste : `fte.baseline` plus la somme de `[fte.increase]` ne fait pas `fte.target`, ou un développement nomme une commune absente de la convention.",
                "Corrigez le chiffre faux pour que existant + développement = cible, et utilisez les communes de `convention.communes`.",
            ),
        ),
        C::MeetingInFutureHeld => (
            (
                "A meeting is marked `held` (the default status) but its date is still to come.",
                "Write `status = \"planned\"` until the meeting has taken place, or correct its date.",
            ),
            (
                "Une réunion est marquée `held` (le statut par défaut) alors que sa date est à venir.",
                "Écrivez `status = \"planned\"` tant que la réunion n'a pas eu lieu, ou corrigez sa date.",
            ),
        ),
        C::FileTooLarge => (
            (
                "A record file is larger than 10 MB; it is not read, so that a pre-commit hook cannot run out of memory.",
                "A record is a few kilobytes: split the file, or move it out of the repository.",
            ),
            (
                "Un fichier de fiche dépasse 10 Mo ; il n'est pas lu, pour qu'un hook de pre-commit ne manque pas de mémoire.",
                "Une fiche fait quelques kilo-octets : découpez le fichier, ou sortez-le du dépôt.",
            ),
        ),
        C::UnreadableFile => (
            (
                "The operating system refused to read a file or a folder (permissions, or an I/O error).",
                "Check the file's permissions; it must be readable by the person running ctg.",
            ),
            (
                "Le système a refusé la lecture d'un fichier ou d'un dossier (droits, ou erreur d'entrée-sortie).",
                "Vérifiez les droits du fichier : il doit être lisible par la personne qui lance ctg.",
            ),
        ),
        C::StrayFile => (
            (
                "A `.toml` file outside copil.toml, commissions/, officers/ and actions/: it is not read, perhaps by mistake.",
                "Move it into the right folder if it is a record, or rename or remove it if it is not.",
            ),
            (
                "Un fichier `.toml` hors de copil.toml, commissions/, officers/ et actions/ : il n'est pas lu, peut-être par erreur.",
                "Déplacez-le dans le bon dossier si c'est une fiche, sinon renommez-le ou supprimez-le.",
            ),
        ),
        C::SkippedFile => (
            (
                "A record file that ctg will not open: a symbolic link out of the repository, to a folder or that cannot be resolved, a FIFO or device, or a name that is not UTF-8.",
                "Replace it with a regular file inside the repository, or remove it.",
            ),
            (
                "Un fichier de fiche que ctg n'ouvre pas : lien symbolique hors du dépôt, vers un dossier ou impossible à résoudre, FIFO ou périphérique, ou nom non UTF-8.",
                "Remplacez-le par un fichier ordinaire dans le dépôt, ou supprimez-le.",
            ),
        ),
        C::OutsideConvention => (
            (
                "A date outside the convention's period (`convention.start` to `convention.end`): an assignment that never overlaps it, a meeting, or an action due after the end.",
                "Correct the date, or the convention's dates if they are the wrong ones.",
            ),
            (
                "Une date hors de la période de la convention (`convention.start` à `convention.end`) : une affectation qui ne la recoupe pas, une réunion, ou une action dont l'échéance dépasse la fin.",
                "Corrigez la date, ou les dates de la convention si ce sont elles qui sont fausses.",
            ),
        ),
        C::FteOverTarget => (
            (
                "The FTE of Caf-cofunded officers adds up to more than `fte.target` on some date; the message names the first such date.",
                "End an assignment earlier, set `caf_cofunded = false` for a post the Caf does not fund, or raise `fte.target` if the plan changed.",
            ),
            (
                "Les ETP des chargés de coopération cofinancés par la Caf dépassent `fte.target` à une date ; le message donne la première.",
                "Terminez une affectation plus tôt, indiquez `caf_cofunded = false` pour un poste que la Caf ne cofinance pas, ou relevez `fte.target` si le plan a changé.",
            ),
        ),
        C::BaselineMismatch => (
            (
                "The cofunded FTE of the officers' assignments on `fte.baseline_date` is not the `fte.baseline` declared in copil.toml.",
                "Correct the assignments in effect on that date, or `fte.baseline`.",
            ),
            (
                "Les ETP cofinancés des affectations en vigueur à `fte.baseline_date` ne font pas le `fte.baseline` déclaré dans copil.toml.",
                "Corrigez les affectations en vigueur à cette date, ou `fte.baseline`.",
            ),
        ),
        C::CopilFrequency => (
            (
                "A calendar year of the convention has fewer held COPIL meetings than `copil.min_meetings_per_year` (default 1); for the current year, held meetings and those planned from today on count.",
                "Record the meetings held (`[[copil.meeting]]`), or plan the next one with `status = \"planned\"`.",
            ),
            (
                "Une année civile de la convention compte moins de réunions du COPIL tenues que `copil.min_meetings_per_year` (1 par défaut) ; pour l'année en cours, les réunions prévues à partir d'aujourd'hui comptent aussi.",
                "Enregistrez les réunions tenues (`[[copil.meeting]]`), ou prévoyez la suivante avec `status = \"planned\"`.",
            ),
        ),
        C::CommissionFrequency => (
            (
                "A commission that sets `min_meetings_per_year` met fewer times than that in a calendar year; for the current year, meetings planned from today on count.",
                "Record the meetings held (`[[meeting]]`), or plan the next one with `status = \"planned\"`.",
            ),
            (
                "Une commission qui fixe `min_meetings_per_year` s'est réunie moins souvent sur une année civile ; pour l'année en cours, les réunions prévues à partir d'aujourd'hui comptent.",
                "Enregistrez les réunions tenues (`[[meeting]]`), ou prévoyez la suivante avec `status = \"planned\"`.",
            ),
        ),
        C::MeetingNotRecorded => (
            (
                "A meeting is still marked `planned` but its date has passed: did it take place?",
                "Write `status = \"held\"` (and its decisions) or `status = \"cancelled\"`.",
            ),
            (
                "Une réunion est toujours marquée `planned` alors que sa date est passée : a-t-elle eu lieu ?",
                "Écrivez `status = \"held\"` (et ses décisions) ou `status = \"cancelled\"`.",
            ),
        ),
        C::NoReferent => (
            (
                "A commission has no `referent`: the cooperation officer who links it to the COPIL.",
                "Add `referent = \"<officer id>\"`, the name of a file in officers/ without `.toml`.",
            ),
            (
                "Une commission n'a pas de `referent` : le chargé de coopération qui la relie au COPIL.",
                "Ajoutez `referent = \"<identifiant>\"`, le nom d'un fichier de officers/ sans `.toml`.",
            ),
        ),
        C::ReferentInactive => (
            (
                "A commission's referent has no assignment today: they have left, or not started yet.",
                "Name an officer who is in post, or add the referent's current assignment.",
            ),
            (
                "Le référent d'une commission n'a pas d'affectation aujourd'hui : il est parti, ou pas encore arrivé.",
                "Désignez un chargé de coopération en poste, ou ajoutez l'affectation en cours du référent.",
            ),
        ),
        C::Overdue => (
            (
                "An action that is neither done nor abandoned has a `due` date in the past.",
                "Update its `status` (done with `completed`, paused, abandoned…), or move `due`.",
            ),
            (
                "Une action ni terminée ni abandonnée a une échéance `due` passée.",
                "Mettez à jour son `status` (done avec `completed`, paused, abandoned…), ou reportez `due`.",
            ),
        ),
    }
}

/// For the codes whose example cannot be a file's text, how they happen.
pub fn situation(code: Code, lang: Lang) -> Option<&'static str> {
    match (code, lang) {
        (Code::FileTooLarge, Lang::En) => {
            Some("officers/export.toml, a 12 MB spreadsheet export saved as TOML")
        }
        (Code::FileTooLarge, Lang::Fr) => {
            Some("officers/export.toml, un export de tableur de 12 Mo enregistré en TOML")
        }
        (Code::UnreadableFile, Lang::En) => {
            Some("officers/marie-dupont.toml after `chmod 000 officers/marie-dupont.toml`")
        }
        (Code::UnreadableFile, Lang::Fr) => {
            Some("officers/marie-dupont.toml après `chmod 000 officers/marie-dupont.toml`")
        }
        (Code::SkippedFile, Lang::En) => Some(
            "officers/marie-dupont.toml made with `ln -s /home/me/marie.toml officers/marie-dupont.toml`, a link out of the repository",
        ),
        (Code::SkippedFile, Lang::Fr) => Some(
            "officers/marie-dupont.toml créé par `ln -s /home/moi/marie.toml officers/marie-dupont.toml`, un lien hors du dépôt",
        ),
        _ => None,
    }
}
