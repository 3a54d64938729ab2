//! The words of `--format xlsx`: the tabs' names and the headers the text
//! tables do not have (a spreadsheet gives each figure and each date its
//! own column, where a table joins them in one cell).

use ctg_core::i18n::Lang;

/// On stderr, exit 2: `--format xlsx` without `-o` on a terminal.
pub fn workbook_to_terminal(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "error: a spreadsheet (xlsx) is not for a terminal: write it to a file with -o FILE (or -o - to pipe it)"
        }
        Lang::Fr => {
            "erreur : un classeur (xlsx) n'est pas fait pour un terminal : écrivez-le dans un fichier avec -o FICHIER (ou -o - pour le passer à un autre programme)"
        }
    }
}

/// A worksheet's tab (at most 31 characters: Excel's limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// `ctg actions`.
    Actions,
    /// `ctg fte`.
    FteByCommune,
    /// `ctg fte --by officer`.
    FteByOfficer,
    /// `ctg fte --history`.
    FteHistory,
    /// `ctg indicators`.
    Indicators,
    /// `ctg portfolio`.
    Portfolio,
}

impl Tab {
    /// The tab's name in `lang`, also the document's title.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Tab::Actions, Lang::En) => "Actions",
            (Tab::Actions, Lang::Fr) => "Actions",
            (Tab::FteByCommune, Lang::En) => "FTE by commune",
            (Tab::FteByCommune, Lang::Fr) => "ETP par commune",
            (Tab::FteByOfficer, Lang::En) => "FTE by officer",
            (Tab::FteByOfficer, Lang::Fr) => "ETP par chargé de coopération",
            (Tab::FteHistory, Lang::En) => "FTE history",
            (Tab::FteHistory, Lang::Fr) => "Historique des ETP",
            (Tab::Indicators, Lang::En) => "Indicators",
            (Tab::Indicators, Lang::Fr) => "Indicateurs",
            (Tab::Portfolio, Lang::En) => "Portfolio",
            (Tab::Portfolio, Lang::Fr) => "Portefeuille",
        }
    }
}

/// A column header only the spreadsheets have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    /// The day an action was completed.
    Completed,
    /// An indicator's unit.
    Unit,
    /// The date of an indicator's baseline.
    BaselineDate,
    /// The date of its latest measure.
    LatestDate,
    /// The date of its target.
    TargetDate,
    /// How many years the convention runs.
    Years,
    /// The COPIL meetings a year the convention asks for.
    CopilMinimum,
    /// How many actions the plan has.
    Actions,
}

impl Header {
    /// The header in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Header::Completed, Lang::En) => "Completed",
            (Header::Completed, Lang::Fr) => "Terminée le",
            (Header::Unit, Lang::En) => "Unit",
            (Header::Unit, Lang::Fr) => "Unité",
            (Header::BaselineDate, Lang::En) => "Baseline date",
            (Header::BaselineDate, Lang::Fr) => "Date de référence",
            (Header::LatestDate, Lang::En) => "Latest measure date",
            (Header::LatestDate, Lang::Fr) => "Date de la dernière mesure",
            (Header::TargetDate, Lang::En) => "Target date",
            (Header::TargetDate, Lang::Fr) => "Date de la cible",
            (Header::Years, Lang::En) => "Years",
            (Header::Years, Lang::Fr) => "Années",
            (Header::CopilMinimum, Lang::En) => "COPIL a year (minimum)",
            (Header::CopilMinimum, Lang::Fr) => "COPIL par an (minimum)",
            (Header::Actions, Lang::En) => "Actions",
            (Header::Actions, Lang::Fr) => "Actions",
        }
    }
}
