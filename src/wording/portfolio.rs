//! The words of `ctg portfolio`: its columns, its total, and what it says
//! on the side (links not followed, `--dir` not used, nothing found).

use chrono::NaiveDate;

use ctg_core::i18n::{Lang, date};

/// A column of the portfolio, in the order of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The convention's name.
    Ctg,
    /// Its folder.
    Dir,
    /// The year of the convention (`2/5`).
    Year,
    /// How many communes.
    Communes,
    /// Cofunded FTE / target.
    Fte,
    /// FTE − target.
    Gap,
    /// Officers in post.
    Officers,
    /// The last COPIL held.
    LastCopil,
    /// COPIL meetings held last year / the minimum.
    CopilLastYear,
    /// COPIL meetings held this year / the minimum.
    CopilThisYear,
    /// The next COPIL planned.
    NextCopil,
    /// Actions done / total.
    Actions,
    /// Overdue actions.
    Overdue,
    /// Blocked actions.
    Blocked,
    /// Errors.
    Errors,
    /// Warnings.
    Warnings,
}

impl Column {
    /// Every column, in the table's order.
    pub const ALL: [Column; 16] = [
        Column::Ctg,
        Column::Dir,
        Column::Year,
        Column::Communes,
        Column::Fte,
        Column::Gap,
        Column::Officers,
        Column::LastCopil,
        Column::CopilLastYear,
        Column::CopilThisYear,
        Column::NextCopil,
        Column::Actions,
        Column::Overdue,
        Column::Blocked,
        Column::Errors,
        Column::Warnings,
    ];

    /// The order in which a table too wide for the screen leaves columns
    /// out: the least asked-for first. What a Caf asks across its CTGs
    /// (the FTE gap, the COPIL's minimum, overdue actions, broken data)
    /// stays.
    pub const DROPPED_FIRST: [Column; 10] = [
        Column::Communes,
        Column::Officers,
        Column::Dir,
        Column::LastCopil,
        Column::NextCopil,
        Column::Year,
        Column::Actions,
        Column::Blocked,
        Column::Warnings,
        Column::CopilLastYear,
    ];

    /// Whether its figures align right.
    pub fn figures(self) -> bool {
        !matches!(self, Column::Ctg | Column::Dir)
    }

    /// Its header; the COPIL's years are named.
    pub fn header(self, year: i32, lang: Lang) -> String {
        let fixed = match (self, lang) {
            (Column::Ctg, _) => "CTG",
            (Column::Dir, Lang::En) => "Folder",
            (Column::Dir, Lang::Fr) => "Dossier",
            (Column::Year, Lang::En) => "Year",
            (Column::Year, Lang::Fr) => "Année",
            (Column::Communes, _) => "Communes",
            (Column::Fte, Lang::En) => "FTE / target",
            (Column::Fte, Lang::Fr) => "ETP / cible",
            (Column::Gap, Lang::En) => "Gap",
            (Column::Gap, Lang::Fr) => "Écart",
            (Column::Officers, Lang::En) => "Officers",
            (Column::Officers, Lang::Fr) => "CDC",
            (Column::LastCopil, Lang::En) => "Last COPIL",
            (Column::LastCopil, Lang::Fr) => "Dernier COPIL",
            (Column::CopilLastYear, _) => return format!("COPIL {}", year - 1),
            (Column::CopilThisYear, _) => return format!("COPIL {year}"),
            (Column::NextCopil, Lang::En) => "Next COPIL",
            (Column::NextCopil, Lang::Fr) => "Prochain COPIL",
            (Column::Actions, Lang::En) => "Done",
            (Column::Actions, Lang::Fr) => "Terminées",
            (Column::Overdue, Lang::En) => "Overdue",
            (Column::Overdue, Lang::Fr) => "En retard",
            (Column::Blocked, Lang::En) => "Blocked",
            (Column::Blocked, Lang::Fr) => "Bloquées",
            (Column::Errors, Lang::En) => "Errors",
            (Column::Errors, Lang::Fr) => "Erreurs",
            (Column::Warnings, Lang::En) => "Warnings",
            (Column::Warnings, Lang::Fr) => "Avert.",
        };
        fixed.to_owned()
    }
}

/// The page's title and the line under it.
pub fn title(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Every CTG at once",
        Lang::Fr => "Toutes les CTG d'un coup d'œil",
    }
}

/// The title of the page's one section.
pub fn section(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "CTG by CTG",
        Lang::Fr => "CTG par CTG",
    }
}

/// The headline: how many CTGs, on which date.
pub fn headline(ctgs: usize, on: NaiveDate, lang: Lang) -> String {
    let d = date(on, lang);
    match (lang, ctgs) {
        (Lang::En, 1) => format!("1 CTG on {d}"),
        (Lang::En, n) => format!("{n} CTGs on {d}"),
        (Lang::Fr, 1) => format!("1 CTG au {d}"),
        (Lang::Fr, n) => format!("{n} CTG au {d}"),
    }
}

/// The total row's first cell.
pub fn total(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Total",
        Lang::Fr => "Total",
    }
}

/// The total's errors cell: how many CTGs have errors.
pub fn ctgs_with_errors(count: usize, lang: Lang) -> String {
    match (lang, count) {
        (Lang::En, 1) => "1 CTG".to_owned(),
        (Lang::En, n) => format!("{n} CTGs"),
        (Lang::Fr, n) => format!("{n} CTG"),
    }
}

/// Said under a table that left columns out to fit the screen.
pub fn columns_left_out(names: &[String], width: usize, lang: Lang) -> String {
    let names = names.join(", ");
    match lang {
        Lang::En => format!(
            "Columns left out to fit {width} columns: {names} (`--format csv` or a wider screen shows them)"
        ),
        Lang::Fr => format!(
            "Colonnes omises pour tenir en {width} colonnes : {names} (`--format csv` ou un écran plus large les montre)"
        ),
    }
}

/// A COPIL year's cell: held meetings and the minimum, marked when the
/// minimum was missed (last year) or can no longer be met by a planned
/// meeting (this year).
pub fn copil_year(held: u32, min: u32, missed: bool) -> String {
    if missed {
        format!("{held}/{min} !")
    } else {
        format!("{held}/{min}")
    }
}

/// The key under the table for the `!` of the COPIL columns.
pub fn copil_key(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "COPIL YEAR: meetings held / yearly minimum; \"!\": the minimum was missed (this year: and no meeting is planned)"
        }
        Lang::Fr => {
            "COPIL ANNÉE : réunions tenues / minimum annuel ; « ! » : minimum manqué (cette année : et aucune réunion prévue)"
        }
    }
}

/// On stderr: `--dir` or `CTG_DIR` given, which this command does not use.
pub fn dir_not_used(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "note: `ctg portfolio` does not use --dir or CTG_DIR: give the folders to search as arguments (ctg portfolio FOLDER...)"
        }
        Lang::Fr => {
            "remarque : `ctg portfolio` n'utilise ni --dir ni CTG_DIR : donnez les dossiers où chercher en arguments (ctg portfolio DOSSIER...)"
        }
    }
}

/// On stderr, once: symbolic links to folders that were not followed.
pub fn links_skipped(links: &[String], lang: Lang) -> String {
    let list = links.join(", ");
    match lang {
        Lang::En => format!(
            "note: symbolic links to folders are not followed (a CTG could count twice): {list}; give their targets as arguments to include them"
        ),
        Lang::Fr => format!(
            "remarque : les liens symboliques vers des dossiers ne sont pas suivis (une CTG pourrait compter deux fois) : {list} ; donnez leurs cibles en arguments pour les inclure"
        ),
    }
}

/// On stderr: a folder given that does not exist.
pub fn not_a_folder(path: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("error: {path} is not a folder"),
        Lang::Fr => format!("erreur : {path} n'est pas un dossier"),
    }
}

/// On stderr, exit 2: no CTG under the folders given.
pub fn none_found(dirs: &[String], lang: Lang) -> String {
    let list = dirs.join(", ");
    match lang {
        Lang::En => format!(
            "error: no CTG found under {list}\n  a CTG is a folder holding a copil.toml; hidden folders and symbolic links are not searched"
        ),
        Lang::Fr => format!(
            "erreur : aucune CTG trouvée sous {list}\n  une CTG est un dossier qui contient un copil.toml ; les dossiers cachés et les liens symboliques ne sont pas parcourus"
        ),
    }
}

/// On stderr, after `-o FILE`.
pub fn written(path: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("wrote {path}"),
        Lang::Fr => format!("{path} écrit"),
    }
}

/// On stderr, exit 2: xlsx or html to a terminal is refused; here, html
/// without `-o` to a terminal.
pub fn page_to_terminal(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "error: an HTML page is not for a terminal: write it to a file with -o FILE (or -o - to pipe it)"
        }
        Lang::Fr => {
            "erreur : une page HTML n'est pas faite pour un terminal : écrivez-la dans un fichier avec -o FICHIER (ou -o - pour la passer à un autre programme)"
        }
    }
}

/// The chart's title and description start.
pub fn chart_title(on: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Cofunded FTE against the target, by CTG, on {}",
            date(on, lang)
        ),
        Lang::Fr => format!(
            "ETP cofinancés par rapport à la cible, par CTG, au {}",
            date(on, lang)
        ),
    }
}

/// The chart's legend: FTE, target, (no baseline mark).
pub fn chart_legend(lang: Lang) -> [String; 3] {
    match lang {
        Lang::En => ["Cofunded FTE".into(), "Target".into(), String::new()],
        Lang::Fr => ["ETP cofinancés".into(), "Cible".into(), String::new()],
    }
}

/// A CTG whose copil.toml could not be read: its figures are unknown.
pub fn unknown(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "copil.toml unreadable",
        Lang::Fr => "copil.toml illisible",
    }
}

/// The footer of the page.
pub fn footer(today: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Made by ctg portfolio from each CTG's files, on {}.",
            date(today, lang)
        ),
        Lang::Fr => format!(
            "Établi par ctg portfolio à partir des fiches de chaque CTG, le {}.",
            date(today, lang)
        ),
    }
}

/// On stderr: `--reports` without the page that links them.
pub fn reports_need_page(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "error: --reports goes with --format html: the reports are linked from the page\n  add --format html -o FILE"
        }
        Lang::Fr => {
            "erreur : --reports va avec --format html : les bilans sont liés depuis la page\n  ajoutez --format html -o FICHIER"
        }
    }
}

/// On stderr: the folder of `--reports` could not be made.
pub fn reports_folder_failed(folder: &str, error: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "error: the folder {folder} for the reports could not be made: {error}\n  check the path and its permissions"
        ),
        Lang::Fr => format!(
            "erreur : le dossier {folder} des bilans n'a pas pu être créé : {error}\n  vérifiez le chemin et ses droits"
        ),
    }
}

/// On stderr: a CTG whose report was not written, and why (the reason is
/// what `ctg report` would say).
pub fn report_not_written(ctg: &str, why: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{ctg}: no report written\n  {why}"),
        Lang::Fr => format!("{ctg} : bilan non écrit\n  {why}"),
    }
}

/// On stderr: how many reports were written, and where.
pub fn reports_written(count: usize, folder: &str, lang: Lang) -> String {
    match (lang, count) {
        (Lang::En, 1) => format!("1 report written in {folder}"),
        (Lang::En, n) => format!("{n} reports written in {folder}"),
        (Lang::Fr, 0) => format!("aucun bilan écrit dans {folder}"),
        (Lang::Fr, 1) => format!("1 bilan écrit dans {folder}"),
        (Lang::Fr, n) => format!("{n} bilans écrits dans {folder}"),
    }
}

/// Why a CTG gets no report with `--reports`: its convention does not
/// cover the year of `--at`; its own report can still be made for a year it
/// covers.
pub fn report_year_outside(dir: &str, year: i32, first: i32, last: i32, lang: Lang) -> String {
    let shown = if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    };
    match lang {
        Lang::En => format!(
            "its convention ({shown}) does not cover {year}\n  for one of its years: ctg --dir {dir} report --year {last} -o FILE"
        ),
        Lang::Fr => format!(
            "sa convention ({shown}) ne couvre pas {year}\n  pour une de ses années : ctg --dir {dir} report --year {last} -o FICHIER"
        ),
    }
}

/// Why a CTG gets no report with `--reports`: its copil.toml cannot be read.
pub fn report_no_convention(dir: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "its copil.toml could not be loaded, so there is no convention to report on\n  ctg --dir {dir} check says why and how to fix it"
        ),
        Lang::Fr => format!(
            "son copil.toml n'a pas pu être lu : pas de convention dont faire le bilan\n  ctg --dir {dir} check dit pourquoi et comment le corriger"
        ),
    }
}
