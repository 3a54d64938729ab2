//! A synthetic, realistic CTG repository, deterministic for a seed.
//!
//! Shared by `examples/synth` (the command), `benches/check.rs` and the
//! scale tests (`#[path]`-included there). The records are valid for `ctg
//! check --at <at>`: the FTE plan adds up exactly (baseline plus increases is
//! the target, reached by dated assignments), no officer works above a full
//! post, referents are in post, meetings meet their minimums and their status
//! matches their date, actions' statuses match their dates. Errors are then
//! planted in actions at a given rate, each producing exactly one error.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use chrono::{Datelike, Days, NaiveDate};

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Number of action files.
    pub actions: usize,
    /// Number of officer files (at least 1).
    pub officers: usize,
    /// Number of commission files (at least 1).
    pub commissions: usize,
    /// The seed: the same seed gives the same files, byte for byte.
    pub seed: u64,
    /// The share of actions that get one planted error, in `0.0..=1.0`.
    pub errors: f64,
    /// The share of actions that get an indicator with a few measures, in
    /// `0.0..=1.0`; they give no warning on `at`. Drawn from a stream of
    /// their own, so that a corpus without them is the same as before.
    pub indicators: f64,
    /// The "today" the repository is consistent with (pass it as `--at`).
    pub at: NaiveDate,
    /// How many communes the convention names; `None`: one per two officers,
    /// from 3 to 24, the first of [`COMMUNES`] (as before the option).
    pub communes: Option<usize>,
    /// Which set of commune names: 0 is [`COMMUNES`] (made-up names past
    /// them); each other value its own made-up names, so that CTGs side by
    /// side name different communes.
    pub commune_set: usize,
    /// `convention.language`: `"fr"` or `"en"`.
    pub language: &'static str,
    /// The convention's name; `None`: "CTG de synthèse (graine N)".
    pub name: Option<String>,
    /// Leave out every COPIL meeting of `at`'s year (a CTG whose COPIL has
    /// not met yet this year).
    pub no_copil_this_year: bool,
    /// Extra errors, one each: an action file that is not valid TOML
    /// (`syntax`), an action led by an officer who does not exist
    /// (`unknown-reference`).
    pub broken_file: bool,
    /// See `broken_file`.
    pub dangling_reference: bool,
}

impl Options {
    /// A repository of `actions` actions with officers and commissions in
    /// proportion (one officer per 40 actions, one commission per 200, within bounds).
    pub fn scaled(actions: usize, seed: u64, errors: f64) -> Self {
        Options {
            actions,
            officers: (actions / 40).clamp(8, 5_000),
            commissions: (actions / 200).clamp(5, 1_000),
            seed,
            errors,
            indicators: 0.0,
            at: default_at(),
            ..Options::default()
        }
    }

    /// CTG number `k` (from 0) of a portfolio of CTGs made from `self`: its
    /// own seed, commune names and language, officers from 60% to 140% of
    /// `self.officers` (so targets differ), and as many more or fewer
    /// actions, so that every CTG has the same number of files. Every tenth
    /// CTG (3, 13, …) has a broken file, every tenth (7, 17, …) a dangling
    /// reference, and CTG 11, 36, … a COPIL that has not met this year.
    pub fn ctg(&self, k: usize) -> Options {
        let mut rng = Rng::new(self.seed ^ (k as u64).wrapping_mul(0xA24B_AED4_963E_E407));
        let officers = (self.officers * (60 + rng.below(81)) / 100).max(1);
        let files = self.officers + self.actions;
        let communes = self
            .communes
            .map(|n| (n * (50 + rng.below(101)) / 100).max(1))
            .unwrap_or_else(|| 2 + rng.below(30));
        let language = if rng.chance(0.25) { "en" } else { "fr" };
        let set = k + 1;
        let (broken_file, dangling_reference) = (k % 10 == 3, k % 10 == 7);
        // The extra files of those take the place of actions.
        let extra = usize::from(broken_file) + usize::from(dangling_reference);
        let first = commune_names(1, set)[0].clone();
        Options {
            actions: files.saturating_sub(officers + extra),
            officers,
            commissions: self.commissions,
            seed: self.seed.wrapping_add(k as u64 + 1),
            errors: self.errors,
            indicators: self.indicators,
            at: self.at,
            communes: Some(communes),
            commune_set: set,
            language,
            name: Some(format!("CTG {first} ({})", k + 1)),
            no_copil_this_year: k % 25 == 11,
            broken_file,
            dangling_reference,
        }
    }

    /// The folder of CTG number `k` among `n`: `ctg-001`, sorted as numbered.
    pub fn ctg_folder(k: usize, n: usize) -> String {
        let width = n.to_string().len().max(3);
        format!("ctg-{:0width$}", k + 1)
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            actions: 0,
            officers: 1,
            commissions: 1,
            seed: 1,
            errors: 0.0,
            indicators: 0.0,
            at: default_at(),
            communes: None,
            commune_set: 0,
            language: "fr",
            name: None,
            no_copil_this_year: false,
            broken_file: false,
            dangling_reference: false,
        }
    }
}

/// Parts of made-up commune names: a base and a suffix.
const BASES: &[&str] = &[
    "Aubagne",
    "Vitrolles",
    "Gardanne",
    "Trets",
    "Meyreuil",
    "Rousset",
    "Fuveau",
    "Peynier",
    "Bouc",
    "Cabriès",
    "Simiane",
    "Septèmes",
    "Allauch",
    "Plan-de-Cuques",
    "Cassis",
    "Ceyreste",
    "Roquevaire",
    "Auriol",
    "Gémenos",
    "Cuges",
    "Mimet",
    "Gréasque",
    "Belcodène",
    "Peypin",
    "Eyguières",
    "Lamanon",
    "Sénas",
    "Orgon",
    "Eygalières",
    "Mouriès",
    "Maussane",
    "Fontvieille",
];
const SUFFIXES: &[&str] = &[
    "",
    "-sur-Mer",
    "-le-Vieux",
    "-les-Pins",
    "-en-Provence",
    "-la-Vallée",
    "-de-Crau",
    "-les-Bains",
    "-sur-Huveaune",
    "-la-Forêt",
];

/// `n` commune names of set `set` (see [`Options::commune_set`]), distinct
/// within the set, and from every other set's when each has at most 37
/// (sets start 37 names apart; `--ctgs` gives 2 to 31 by default).
pub fn commune_names(n: usize, set: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            if set == 0 && i < COMMUNES.len() {
                return COMMUNES[i].to_owned();
            }
            // Each set starts far from the others' first names.
            let j = if set == 0 {
                i - COMMUNES.len()
            } else {
                i + set * 37
            };
            let (base, rest) = (j % BASES.len(), j / BASES.len());
            let (suffix, round) = (rest % SUFFIXES.len(), rest / SUFFIXES.len());
            let mut name = format!("{}{}", BASES[base], SUFFIXES[suffix]);
            if round > 0 {
                let _ = write!(name, " {}", round + 1);
            }
            name
        })
        .collect()
}

/// The default "today" of generated repositories: mid-convention.
pub fn default_at() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).expect("a valid date")
}

/// The planted errors, by code.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Planted {
    /// How many of each code.
    pub by_code: BTreeMap<&'static str, usize>,
}

impl Planted {
    /// The total number of planted errors.
    pub fn total(&self) -> usize {
        self.by_code.values().sum()
    }

    fn add(&mut self, code: &'static str) {
        *self.by_code.entry(code).or_default() += 1;
    }
}

/// The files of a generated repository, in memory.
#[derive(Debug)]
pub struct Corpus {
    /// `(relative path, contents)`, `/`-separated.
    pub files: Vec<(String, String)>,
    /// What was planted.
    pub planted: Planted,
}

impl Corpus {
    /// The total size of the TOML files, in bytes.
    pub fn bytes(&self) -> usize {
        self.files.iter().map(|(_, text)| text.len()).sum()
    }

    /// Writes every file under `dir` (which must exist).
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        let mut made = std::collections::HashSet::new();
        for (path, text) in &self.files {
            let full = dir.join(path);
            if let Some(parent) = full.parent()
                && made.insert(parent.to_path_buf())
            {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&full, text)?;
        }
        Ok(())
    }
}

/// splitmix64: tiny, fast and good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / ((1u64 << 53) as f64)) < p
    }

    /// One of `items` (non-empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const COMMUNES: &[&str] = &[
    "Istres",
    "Fos-sur-Mer",
    "Port-Saint-Louis-du-Rhône",
    "Miramas",
    "Martigues",
    "Port-de-Bouc",
    "Saint-Chamas",
    "Grans",
    "Cornillon-Confoux",
    "Saint-Mitre-les-Remparts",
    "Châteauneuf-les-Martigues",
    "Sausset-les-Pins",
    "Carry-le-Rouet",
    "Salon-de-Provence",
    "Lançon-Provence",
    "Berre-l'Étang",
    "Rognac",
    "Velaux",
    "Marignane",
    "Gignac-la-Nerthe",
    "Ensuès-la-Redonne",
    "Le Rove",
    "Pélissanne",
    "La Fare-les-Oliviers",
];

/// First names: (as written, as in an id).
const FIRST: &[(&str, &str)] = &[
    ("Amélie", "amelie"),
    ("Karim", "karim"),
    ("Lucie", "lucie"),
    ("Marc", "marc"),
    ("Nathalie", "nathalie"),
    ("Sophie", "sophie"),
    ("Thomas", "thomas"),
    ("Hélène", "helene"),
    ("Julien", "julien"),
    ("Inès", "ines"),
    ("Yacine", "yacine"),
    ("Claire", "claire"),
    ("François", "francois"),
    ("Léa", "lea"),
    ("Mehdi", "mehdi"),
    ("Camille", "camille"),
    ("Jérôme", "jerome"),
    ("Sarah", "sarah"),
    ("Nicolas", "nicolas"),
    ("Émilie", "emilie"),
];

const LAST: &[(&str, &str)] = &[
    ("Roux", "roux"),
    ("Benali", "benali"),
    ("Mercier", "mercier"),
    ("Lefebvre", "lefebvre"),
    ("Vidal", "vidal"),
    ("Garcia", "garcia"),
    ("Ollivier", "ollivier"),
    ("Castagnet", "castagnet"),
    ("Moreau", "moreau"),
    ("Haddad", "haddad"),
    ("Fabre", "fabre"),
    ("Martinez", "martinez"),
    ("Giraud", "giraud"),
    ("Chabert", "chabert"),
    ("Ferrand", "ferrand"),
    ("Arnaud", "arnaud"),
    ("Blanc", "blanc"),
    ("Sanchez", "sanchez"),
    ("Michel", "michel"),
    ("Bonnet", "bonnet"),
];

/// Themes: (id, name, what the actions do).
const THEMES: &[(&str, &str, &[&str])] = &[
    (
        "petite-enfance",
        "Petite enfance",
        &[
            "Ouvrir des places d'accueil du jeune enfant",
            "Animer le relais petite enfance",
            "Informer les familles sur les modes d'accueil",
        ],
    ),
    (
        "parentalite",
        "Parentalité",
        &[
            "Développer les lieux d'accueil enfants-parents",
            "Organiser la semaine de la parentalité",
            "Soutenir la médiation familiale",
        ],
    ),
    (
        "enfance-jeunesse",
        "Enfance et jeunesse",
        &[
            "Étendre les accueils de loisirs du mercredi",
            "Financer des formations BAFA",
            "Accompagner les projets de jeunes",
        ],
    ),
    (
        "acces-aux-droits",
        "Accès aux droits",
        &[
            "Tenir des permanences d'accès aux droits",
            "Former les agents d'accueil au numérique",
            "Réduire le non-recours aux prestations",
        ],
    ),
    (
        "animation-vie-sociale",
        "Animation de la vie sociale",
        &[
            "Renouveler le projet social du centre social",
            "Soutenir les initiatives d'habitants",
            "Créer un espace de vie sociale",
        ],
    ),
    (
        "logement",
        "Logement et cadre de vie",
        &[
            "Prévenir les expulsions locatives",
            "Repérer les logements non décents",
        ],
    ),
    (
        "handicap",
        "Handicap et inclusion",
        &[
            "Accueillir les enfants en situation de handicap en crèche",
            "Former les animateurs à l'inclusion",
        ],
    ),
    (
        "mobilite",
        "Mobilité",
        &[
            "Expérimenter une navette vers les équipements",
            "Aider les jeunes à passer le permis",
        ],
    ),
];

const ORGANISATIONS: &[&str] = &[
    "Caf des Bouches-du-Rhône",
    "Département des Bouches-du-Rhône",
    "MSA Provence-Azur",
    "Centre social",
    "Mission locale Ouest Provence",
    "Centre communal d'action sociale",
    "Association des parents d'élèves",
];

/// How an officer's posts evolve over the convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Career {
    /// In post from the start to the end (counts in the baseline).
    Steady,
    /// Moves from one commune to another on a date, same FTE (baseline).
    Moved,
    /// A new post, starting after the baseline (an increase of its commune).
    New,
    /// Not cofunded by the Caf (counts nowhere).
    NotCofunded,
}

struct Officer {
    id: String,
    career: Career,
}

fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Hundredths of FTE as TOML writes them: `0.5`, `1.0`, `3.8`, `12.25`.
fn fte(hundredths: i64) -> String {
    let (units, rest) = (hundredths / 100, hundredths % 100);
    if rest == 0 {
        format!("{units}.0")
    } else if rest % 10 == 0 {
        format!("{units}.{}", rest / 10)
    } else {
        format!("{units}.{rest:02}")
    }
}

fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(", "))
}

fn plus(date: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        date + Days::new(days as u64)
    } else {
        date - Days::new(days.unsigned_abs())
    }
}

/// An `[[indicator]]` measured every half year up to `at`, the last within
/// six months of it, its target at the convention's end: sound and fresh,
/// so it gives no warning on `at`.
fn indicator(rng: &mut Rng, text: &mut String, start: NaiveDate, end: NaiveDate, at: NaiveDate) {
    let baseline = plus(start, -1);
    let base = rng.between(0, 500);
    let target = base + rng.between(20, 400) * if rng.chance(0.2) { -1 } else { 1 };
    let _ = write!(
        text,
        "\n[[indicator]]\nid = \"suivi\"\nname = \"Familles concernées\"\nkind = \"{}\"\n\
         unit = \"familles\"\nperiodicity = \"half-yearly\"\n\
         baseline = {{ date = {baseline}, value = {base} }}\n\
         target = {{ date = {end}, value = {target} }}\nmeasure = [\n",
        if rng.chance(0.7) { "result" } else { "means" },
    );
    let mut day = plus(at, -rng.between(0, 150));
    let mut measures = Vec::new();
    while day > baseline && measures.len() < 4 {
        measures.push(day);
        day = plus(day, -182);
    }
    for day in measures.iter().rev() {
        let value = base + (target - base) * rng.between(0, 100) / 100;
        let _ = writeln!(
            text,
            "  {{ date = {day}, value = {value}.{} }},",
            rng.below(10)
        );
    }
    text.push_str("]\n");
}

fn day_between(rng: &mut Rng, from: NaiveDate, to: NaiveDate) -> NaiveDate {
    let span = (to - from).num_days().max(0);
    plus(from, rng.between(0, span))
}

/// Distinct picks of `n` items (fewer when there are not enough).
fn some<'a>(rng: &mut Rng, items: &[&'a str], n: usize) -> Vec<&'a str> {
    let mut chosen: Vec<&'a str> = Vec::new();
    for _ in 0..n * 3 {
        if chosen.len() >= n.min(items.len()) {
            break;
        }
        let item = *rng.pick(items);
        if !chosen.contains(&item) {
            chosen.push(item);
        }
    }
    chosen
}

fn members(rng: &mut Rng, out: &mut String, header: &str, n: usize, communes: &[&str]) {
    for _ in 0..n {
        let (first, _) = rng.pick(FIRST);
        let (last, _) = rng.pick(LAST);
        let organisation = if rng.chance(0.4) {
            format!("Ville de {}", rng.pick(communes))
        } else {
            (*rng.pick(ORGANISATIONS)).to_owned()
        };
        let funder = organisation.starts_with("Caf") || organisation.starts_with("Ville");
        let _ = writeln!(out, "\n[[{header}]]");
        let _ = writeln!(out, "name = {}", quote(&format!("{first} {last}")));
        let _ = writeln!(out, "organisation = {}", quote(&organisation));
        if funder {
            let _ = writeln!(out, "funder = true");
        }
    }
}

/// Meetings for every year of the convention: `per_year` of them, held when
/// their date has passed and planned otherwise, with a cancelled one now and then.
fn meetings(
    rng: &mut Rng,
    out: &mut String,
    header: &str,
    per_year: u32,
    start: NaiveDate,
    end: NaiveDate,
    at: NaiveDate,
) {
    for year in start.year()..=end.year() {
        for k in 0..per_year {
            // Spread over the year: one slot of the year per meeting.
            let slot = 12 / per_year.max(1);
            let month = 1 + k * slot + rng.below(slot.max(1) as usize) as u32;
            let day = 1 + rng.below(28) as u32;
            let Some(date) = NaiveDate::from_ymd_opt(year, month.min(12), day) else {
                continue;
            };
            let date = date.clamp(start, end);
            let status = if date <= at { "held" } else { "planned" };
            let _ = writeln!(out, "\n[[{header}]]\ndate = {date}\nstatus = \"{status}\"");
            if status == "held" && rng.chance(0.5) {
                let _ = writeln!(
                    out,
                    "decisions = [\"Le bilan de l'année {year} est partagé.\"]"
                );
            }
        }
        if rng.chance(0.1) {
            let date = day_between(
                rng,
                NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(start),
                NaiveDate::from_ymd_opt(year, 12, 28).unwrap_or(end),
            )
            .clamp(start, end);
            let _ = writeln!(out, "\n[[{header}]]\ndate = {date}\nstatus = \"cancelled\"");
        }
    }
}

/// Generates a repository.
pub fn generate(options: &Options) -> Corpus {
    let mut rng = Rng::new(options.seed);
    let start = NaiveDate::from_ymd_opt(2025, 1, 1).expect("a valid date");
    let end = NaiveDate::from_ymd_opt(2029, 12, 31).expect("a valid date");
    let at = options.at;
    let officers_n = options.officers.max(1);
    let commissions_n = options.commissions.max(1);
    let names: Vec<String> = match options.communes {
        Some(n) => commune_names(n.max(1), options.commune_set),
        None => commune_names(
            (officers_n / 2).clamp(3, COMMUNES.len()),
            options.commune_set,
        ),
    };
    let communes: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut files = Vec::with_capacity(options.actions + officers_n + commissions_n + 1);

    // Officers, and the FTE plan they make.
    let mut officers: Vec<Officer> = Vec::with_capacity(officers_n);
    let mut used_ids = std::collections::HashSet::new();
    let mut baseline = 0i64;
    let mut increase: BTreeMap<&str, i64> = BTreeMap::new();
    for i in 0..officers_n {
        let (first, first_id) = rng.pick(FIRST);
        let (last, last_id) = rng.pick(LAST);
        let mut id = format!("{first_id}-{last_id}");
        if !used_ids.insert(id.clone()) {
            id = format!("{first_id}-{last_id}-{i}");
            used_ids.insert(id.clone());
        }
        let career = match (i, rng.below(100)) {
            (0, _) => Career::Steady,
            (_, 0..10) => Career::NotCofunded,
            (_, 10..60) => Career::Steady,
            (_, 60..78) => Career::Moved,
            _ => Career::New,
        };
        let tenths = if i == 0 {
            10
        } else {
            *rng.pick(&[2, 3, 4, 5, 5, 6, 8, 10, 10, 10])
        };
        let total = tenths * 10;
        let mut text = String::with_capacity(400);
        let _ = writeln!(text, "name = {}", quote(&format!("{first} {last}")));
        let _ = writeln!(
            text,
            "employer = {}",
            quote(&format!("Ville de {}", rng.pick(&communes)))
        );
        if career == Career::NotCofunded {
            let _ = writeln!(text, "caf_cofunded = false");
        }
        let missions = some(
            &mut rng,
            &["decision-support", "network", "resources", "evaluation"],
            1 + (i % 4),
        );
        let _ = writeln!(text, "missions = {}", list(&missions));
        let assignment = |text: &mut String,
                          commune: &str,
                          hundredths: i64,
                          from: NaiveDate,
                          to: Option<NaiveDate>| {
            let _ = writeln!(
                text,
                "\n[[assignment]]\ncommune = {}\nfte = {}\nstart = {from}",
                quote(commune),
                fte(hundredths)
            );
            if let Some(to) = to {
                let _ = writeln!(text, "end = {to}");
            }
        };
        let home = *rng.pick(&communes);
        match career {
            Career::Steady | Career::NotCofunded => {
                if career == Career::Steady {
                    baseline += total;
                }
                let until = rng.chance(0.3).then_some(end);
                if tenths >= 2 && rng.chance(0.4) {
                    // A post split between two communes.
                    let part = rng.between(1, tenths - 1) * 10;
                    let other = communes
                        .iter()
                        .copied()
                        .find(|c| *c != home)
                        .unwrap_or(home);
                    assignment(&mut text, home, part, start, until);
                    assignment(&mut text, other, total - part, start, until);
                } else {
                    assignment(&mut text, home, total, start, until);
                }
            }
            Career::Moved => {
                baseline += total;
                let moved = day_between(&mut rng, plus(start, 180), plus(end, -180));
                let next = *rng.pick(&communes);
                assignment(&mut text, home, total, start, Some(plus(moved, -1)));
                assignment(&mut text, next, total, moved, None);
            }
            Career::New => {
                *increase.entry(home).or_default() += total;
                let from = day_between(&mut rng, plus(start, 30), plus(start, 3 * 365));
                assignment(&mut text, home, total, from, None);
            }
        }
        files.push((format!("officers/{id}.toml"), text));
        officers.push(Officer { id, career });
    }
    // Referents and leads: officers in post on every day from the start.
    let steady: Vec<&str> = officers
        .iter()
        .filter(|o| matches!(o.career, Career::Steady))
        .map(|o| o.id.as_str())
        .collect();
    let all_officers: Vec<&str> = officers.iter().map(|o| o.id.as_str()).collect();

    // copil.toml.
    let mut copil = String::with_capacity(4096);
    copil.push_str("# Synthetic CTG repository, generated by `cargo run --example synth`.\n\n");
    let _ = writeln!(copil, "[convention]");
    match &options.name {
        Some(name) => {
            let _ = writeln!(copil, "name = {}", quote(name));
        }
        None => {
            let _ = writeln!(
                copil,
                "name = \"CTG de synthèse (graine {})\"",
                options.seed
            );
        }
    }
    let _ = writeln!(copil, "start = {start}\nend = {end}");
    let _ = writeln!(copil, "communes = {}", list(&communes));
    let _ = writeln!(
        copil,
        "signatories = [\"Caf des Bouches-du-Rhône\", \"Ville d'Istres\"]"
    );
    let _ = writeln!(copil, "language = \"{}\"", options.language);
    let _ = writeln!(copil, "\n[copil]\nmin_meetings_per_year = 1");
    members(&mut rng, &mut copil, "copil.member", 6, &communes);
    let mut copil_meetings = String::new();
    meetings(
        &mut rng,
        &mut copil_meetings,
        "copil.meeting",
        2,
        start,
        end,
        at,
    );
    if options.no_copil_this_year {
        // Every meeting is a block that starts with its header.
        let this_year = format!("date = {}-", at.year());
        copil_meetings = copil_meetings
            .split("\n[[copil.meeting]]\n")
            .filter(|block| !block.is_empty() && !block.starts_with(&this_year))
            .map(|block| format!("\n[[copil.meeting]]\n{block}"))
            .collect();
    }
    copil.push_str(&copil_meetings);
    let target: i64 = baseline + increase.values().sum::<i64>();
    let _ = writeln!(
        copil,
        "\n[fte]\ntarget = {}\nbaseline = {}\nbaseline_date = {start}",
        fte(target),
        fte(baseline)
    );
    if !increase.is_empty() {
        let _ = writeln!(copil, "\n[fte.increase]");
        for (commune, amount) in &increase {
            let _ = writeln!(copil, "{} = {}", quote(commune), fte(*amount));
        }
    }
    files.push(("copil.toml".to_owned(), copil));

    // Commissions.
    let mut commission_ids: Vec<(String, usize)> = Vec::with_capacity(commissions_n);
    for i in 0..commissions_n {
        let theme = i % THEMES.len();
        let round = i / THEMES.len();
        let (theme_id, theme_name, _) = THEMES[theme];
        let territorial = round > 0 && rng.chance(0.5);
        let id = if round == 0 {
            theme_id.to_owned()
        } else {
            format!("{theme_id}-{round}")
        };
        let mut text = String::with_capacity(2048);
        let _ = writeln!(text, "name = {}", quote(&format!("{theme_name} ({id})")));
        if territorial {
            let _ = writeln!(text, "kind = \"territorial\"");
            let _ = writeln!(
                text,
                "communes = {}",
                list(&{
                    let n = 1 + rng.below(3);
                    some(&mut rng, &communes, n)
                })
            );
        } else {
            let _ = writeln!(text, "kind = \"thematic\"");
        }
        let _ = writeln!(text, "theme = {}", quote(theme_name));
        let _ = writeln!(text, "referent = {}", quote(rng.pick::<&str>(&steady)));
        let _ = writeln!(
            text,
            "objectives = [\"Coordonner les acteurs du territoire.\", \"Suivre les actions du plan.\"]"
        );
        let per_year = if rng.chance(0.7) {
            let _ = writeln!(text, "min_meetings_per_year = 2");
            2
        } else {
            1 + rng.below(3) as u32
        };
        let n = 2 + rng.below(4);
        members(&mut rng, &mut text, "member", n, &communes);
        meetings(&mut rng, &mut text, "meeting", per_year, start, end, at);
        files.push((format!("commissions/{id}.toml"), text));
        commission_ids.push((id, theme));
    }

    // Actions, with errors planted at the rate asked.
    let mut planted = Planted::default();
    let mut measured = Rng::new(options.seed ^ 0x1D1C_A7E5);
    for i in 0..options.actions {
        let (commission, theme) = rng.pick(&commission_ids);
        let (_, _, titles) = THEMES[*theme];
        let n = rng.below(3);
        let here: Vec<&str> = some(&mut rng, &communes, n);
        let mut title = (*rng.pick(titles)).to_owned();
        if let Some(first) = here.first() {
            let _ = write!(title, " à {first}");
        }
        let dated = rng.chance(0.9);
        let (begin, due) = if dated {
            let begin = day_between(&mut rng, start, plus(end, -60));
            let due = plus(begin, rng.between(60, 900)).min(end);
            (Some(begin), Some(due))
        } else {
            (None, None)
        };
        let mut completed = None;
        let mut progress = None;
        let status = match (begin, due) {
            (Some(b), _) if b > at => "planned",
            (Some(b), Some(d)) if d < at => {
                if rng.chance(0.85) {
                    completed = Some(day_between(&mut rng, b, d));
                    "done"
                } else {
                    "abandoned"
                }
            }
            (Some(b), _) if rng.chance(0.1) => {
                completed = Some(day_between(&mut rng, b, at));
                "done"
            }
            _ => {
                progress = Some(rng.between(0, 9) * 10);
                *rng.pick(&[
                    "in-progress",
                    "in-progress",
                    "in-progress",
                    "paused",
                    "blocked",
                ])
            }
        };
        let mut fields: Vec<(&str, String)> = Vec::with_capacity(10);
        fields.push(("title", quote(&title)));
        fields.push(("commission", quote(commission)));
        fields.push(("status", quote(status)));
        if rng.chance(0.9) {
            fields.push(("lead", quote(rng.pick::<&str>(&all_officers))));
        }
        if !here.is_empty() {
            fields.push(("communes", list(&here)));
        }
        if rng.chance(0.4) {
            fields.push((
                "objective",
                quote("Mieux répondre aux besoins des familles du territoire."),
            ));
        }
        if let (Some(b), Some(d)) = (begin, due) {
            fields.push(("start", b.to_string()));
            fields.push(("due", d.to_string()));
        }
        if let Some(c) = completed {
            fields.push(("completed", c.to_string()));
        }
        if let Some(p) = progress {
            fields.push(("progress", p.to_string()));
        }

        if options.errors > 0.0 && rng.chance(options.errors) {
            let set =
                |fields: &mut Vec<(&str, String)>, key: &'static str, value: String| match fields
                    .iter_mut()
                    .find(|(k, _)| *k == key)
                {
                    Some(slot) => slot.1 = value,
                    None => fields.push((key, value)),
                };
            let code = match rng.below(6) {
                0 => {
                    set(&mut fields, "commission", quote(&format!("{commission}-x")));
                    "unknown-reference"
                }
                1 => {
                    set(&mut fields, "lead", quote(&format!("inconnu-{i}")));
                    "unknown-reference"
                }
                2 => {
                    set(&mut fields, "status", quote("en-cours"));
                    "invalid-value"
                }
                3 => {
                    fields.retain(|(k, _)| *k != "objective");
                    fields.push(("objectif", quote("Une clé mal orthographiée.")));
                    "unknown-field"
                }
                4 if begin.is_some() => {
                    let b = begin.unwrap_or(start);
                    set(&mut fields, "due", plus(b, -30).to_string());
                    "invalid-value"
                }
                _ => {
                    set(&mut fields, "progress", "140".to_owned());
                    "invalid-value"
                }
            };
            planted.add(code);
        }

        let mut text = String::with_capacity(320);
        for (key, value) in &fields {
            let _ = writeln!(text, "{key} = {value}");
        }
        if options.indicators > 0.0 && measured.chance(options.indicators) {
            indicator(&mut measured, &mut text, start, end, at);
        }
        let folder = begin.map_or_else(|| "sans-date".to_owned(), |b| b.year().to_string());
        let prefix = &commission[..commission.find('-').unwrap_or(commission.len()).min(6)];
        files.push((format!("actions/{folder}/{prefix}-{i:06}.toml"), text));
    }
    if options.broken_file {
        files.push((
            "actions/fiche-cassee.toml".to_owned(),
            "title = \"Une fiche dont le titre n'est jamais fermé\ncommission = \"x\"\n".to_owned(),
        ));
        planted.add("syntax");
    }
    if options.dangling_reference {
        let (commission, _) = &commission_ids[0];
        files.push((
            "actions/lien-casse.toml".to_owned(),
            format!(
                "title = \"Une action menée par une personne inconnue\"\ncommission = {}\n\
                 status = \"planned\"\nlead = \"personne-inconnue\"\n",
                quote(commission)
            ),
        ));
        planted.add("unknown-reference");
    }
    Corpus { files, planted }
}
