//! The problems that stop a command before it reads any record (exit 2).

use ctg_core::i18n::Lang;

/// A problem that stops a command before it can look at any record (exit 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fatal {
    /// No `copil.toml` in the working directory or any parent.
    NotFound { from: String },
    /// `--dir` or `CTG_DIR` names something that cannot be opened.
    NoSuchDir {
        dir: String,
        origin: crate::root::Origin,
        error: String,
    },
    /// `--dir` or `CTG_DIR` names a file, not a folder.
    NotADir {
        dir: String,
        origin: crate::root::Origin,
    },
    /// `--dir` or `CTG_DIR` names a folder without `copil.toml`.
    NoCopil {
        dir: String,
        origin: crate::root::Origin,
    },
}

fn origin_name(origin: crate::root::Origin) -> &'static str {
    match origin {
        crate::root::Origin::Flag => "--dir",
        crate::root::Origin::Env => "CTG_DIR",
    }
}

impl Fatal {
    /// The statement of the problem.
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Fatal::NotFound { from }, Lang::En) => {
                format!("no CTG repository here: no copil.toml in {from} or any folder above it")
            }
            (Fatal::NotFound { from }, Lang::Fr) => {
                format!(
                    "aucun dépôt CTG ici : pas de copil.toml dans {from} ni dans un dossier parent"
                )
            }
            (Fatal::NoSuchDir { dir, origin, error }, Lang::En) => {
                format!("cannot open {dir} (from {}): {error}", origin_name(*origin))
            }
            (Fatal::NoSuchDir { dir, origin, error }, Lang::Fr) => {
                format!(
                    "impossible d'ouvrir {dir} (indiqué par {}) : {error}",
                    origin_name(*origin)
                )
            }
            (Fatal::NotADir { dir, origin }, Lang::En) => {
                format!(
                    "{dir} (from {}) is a file, not a folder",
                    origin_name(*origin)
                )
            }
            (Fatal::NotADir { dir, origin }, Lang::Fr) => {
                format!(
                    "{dir} (indiqué par {}) est un fichier, pas un dossier",
                    origin_name(*origin)
                )
            }
            (Fatal::NoCopil { dir, origin }, Lang::En) => {
                format!("{dir} (from {}) has no copil.toml", origin_name(*origin))
            }
            (Fatal::NoCopil { dir, origin }, Lang::Fr) => {
                format!(
                    "{dir} (indiqué par {}) ne contient pas de copil.toml",
                    origin_name(*origin)
                )
            }
        }
    }

    /// How to get going.
    pub fn hint(&self, lang: Lang) -> String {
        match lang {
            Lang::En => {
                "run ctg inside a CTG repository, or point to one with --dir DIR or CTG_DIR=DIR"
                    .into()
            }
            Lang::Fr => {
                "lancez ctg dans un dépôt CTG, ou indiquez-le avec --dir DOSSIER ou CTG_DIR=DOSSIER"
                    .into()
            }
        }
    }
}
