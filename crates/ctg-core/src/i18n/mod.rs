//! The bottom layer: the languages `ctg` speaks, and how each writes dates
//! and numbers. Every layer above words its output through [`Lang`].

use chrono::NaiveDate;

pub mod input;
pub mod suggest;
pub mod text;

/// The language of human-facing output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// The language named by a `convention.language` value.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// Of a text in each language, the one in this language: with `match`
    /// on `(variant, lang)`, the one way `ctg` words anything, so that a
    /// text without its French does not compile.
    pub fn pick<T>(self, en: T, fr: T) -> T {
        match self {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }

    /// A decimal written with a point, in this language's form.
    pub fn number(self, text: &str) -> String {
        match self {
            Lang::En => text.to_owned(),
            Lang::Fr => text.replace('.', ","),
        }
    }
}

/// A month's name (`month` from 1 to 12): `February`, `février`. Outside
/// that range (a date that does not exist), the number itself.
pub fn month_name(month: u32, lang: Lang) -> std::borrow::Cow<'static, str> {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let names = match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    };
    match month.checked_sub(1).and_then(|i| names.get(i as usize)) {
        Some(name) => (*name).into(),
        None => month.to_string().into(),
    }
}

/// A date in the language's usual short form (`2026-11-28` or `28/11/2026`).
pub fn date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => date.format("%Y-%m-%d").to_string(),
        Lang::Fr => date.format("%d/%m/%Y").to_string(),
    }
}
