//! Exercises: their definition (name, primary muscle group, equipment, and the kind of sets
//! they take), the built-in library shipped in `assets/exercises.csv`, and finding one by what a
//! lifter types — abbreviations included. An exercise is identified by its name.

use serde::{Deserialize, Serialize};

use super::units::{DistanceUnit, WeightUnit};

/// What a set of an exercise records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExerciseKind {
    /// Weight × reps (bench press).
    #[default]
    WeightReps,
    /// Reps of the body's own weight, optionally with added load (pull-up, dip).
    BodyweightReps,
    /// Reps alone (crunch, burpee).
    RepsOnly,
    /// A time (plank).
    Duration,
    /// A distance in a time (running, rowing).
    DistanceDuration,
    /// A weight carried over a distance (farmer's walk).
    WeightDistance,
}

impl ExerciseKind {
    pub const ALL: [ExerciseKind; 6] = [
        ExerciseKind::WeightReps,
        ExerciseKind::BodyweightReps,
        ExerciseKind::RepsOnly,
        ExerciseKind::Duration,
        ExerciseKind::DistanceDuration,
        ExerciseKind::WeightDistance,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExerciseKind::WeightReps => "weight_reps",
            ExerciseKind::BodyweightReps => "bodyweight_reps",
            ExerciseKind::RepsOnly => "reps_only",
            ExerciseKind::Duration => "duration",
            ExerciseKind::DistanceDuration => "distance_duration",
            ExerciseKind::WeightDistance => "weight_distance",
        }
    }

    pub fn parse(text: &str) -> Option<ExerciseKind> {
        ExerciseKind::ALL.into_iter().find(|k| k.as_str() == text.trim())
    }

    pub fn label(self) -> &'static str {
        match self {
            ExerciseKind::WeightReps => "Weight × reps",
            ExerciseKind::BodyweightReps => "Bodyweight reps (+ load)",
            ExerciseKind::RepsOnly => "Reps only",
            ExerciseKind::Duration => "Time",
            ExerciseKind::DistanceDuration => "Distance + time",
            ExerciseKind::WeightDistance => "Weight + distance",
        }
    }

    /// Its sets have a weight field (for bodyweight reps: the added load).
    pub fn uses_weight(self) -> bool {
        matches!(self, ExerciseKind::WeightReps | ExerciseKind::BodyweightReps | ExerciseKind::WeightDistance)
    }

    pub fn uses_reps(self) -> bool {
        matches!(self, ExerciseKind::WeightReps | ExerciseKind::BodyweightReps | ExerciseKind::RepsOnly)
    }

    pub fn uses_distance(self) -> bool {
        matches!(self, ExerciseKind::DistanceDuration | ExerciseKind::WeightDistance)
    }

    pub fn uses_duration(self) -> bool {
        matches!(self, ExerciseKind::Duration | ExerciseKind::DistanceDuration)
    }

    /// Volume (load × reps) means something: weights lifted for reps.
    pub fn has_volume(self) -> bool {
        matches!(self, ExerciseKind::WeightReps | ExerciseKind::BodyweightReps)
    }

    /// The unit its distances are typed in: km or miles for runs and rows, metres or yards
    /// for carries.
    pub fn distance_unit(self, unit: WeightUnit) -> DistanceUnit {
        match self {
            ExerciseKind::WeightDistance => unit.short_distance(),
            _ => unit.long_distance(),
        }
    }

    /// An estimated one-rep max means something: an external weight for reps.
    pub fn has_e1rm(self) -> bool {
        self == ExerciseKind::WeightReps
    }
}

/// One exercise a lifter can add to a workout.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ExerciseDef {
    pub name: String,
    pub muscle_group: String,
    pub equipment: String,
    #[serde(default)]
    pub kind: ExerciseKind,
}

impl ExerciseDef {
    pub fn new(name: &str, muscle_group: &str, equipment: &str, kind: ExerciseKind) -> ExerciseDef {
        ExerciseDef { name: name.into(), muscle_group: muscle_group.into(), equipment: equipment.into(), kind }
    }

    /// A barbell exercise: the plate calculator and the warm-up ramp apply.
    pub fn is_barbell(&self) -> bool {
        self.equipment == "Barbell" && self.kind == ExerciseKind::WeightReps
    }
}

/// The muscle group (and equipment) of an exercise created without one.
pub const OTHER: &str = "Other";

const BUILTIN_CSV: &str = include_str!("../../assets/exercises.csv");

/// The built-in exercise library, in file order.
pub fn builtin_library() -> Vec<ExerciseDef> {
    parse_library(BUILTIN_CSV).expect("assets/exercises.csv is valid (checked by a test)")
}

/// Parses the library CSV: `name,muscle_group,equipment,kind` after a header row.
pub fn parse_library(text: &str) -> Result<Vec<ExerciseDef>, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| e.to_string())?;
    if header.iter().collect::<Vec<_>>() != ["name", "muscle_group", "equipment", "kind"] {
        return Err("the header must be `name,muscle_group,equipment,kind`".into());
    }
    reader
        .records()
        .map(|record| {
            let record = record.map_err(|e| e.to_string())?;
            let line = record.position().map_or(0, |p| p.line());
            let kind =
                ExerciseKind::parse(&record[3]).ok_or_else(|| format!("line {line}: unknown kind `{}`", &record[3]))?;
            if record[0].trim().is_empty() {
                return Err(format!("line {line}: the name is empty"));
            }
            Ok(ExerciseDef::new(record[0].trim(), record[1].trim(), record[2].trim(), kind))
        })
        .collect()
}

/// Lowercase words without punctuation, for comparing names: `Farmer's Walk` → `farmers
/// walk`, `Bench-Press  (Barbell)` → `bench press barbell`. Any script's letters count.
/// One pass, one allocation: the picker searches the whole library with it in every frame.
pub fn words_of(text: &str) -> String {
    let mut words = String::with_capacity(text.len());
    let mut between_words = false;
    for c in text.chars().filter(|c| *c != '\'') {
        if !c.is_alphanumeric() {
            between_words = true;
            continue;
        }
        if between_words && !words.is_empty() {
            words.push(' ');
        }
        between_words = false;
        words.extend(c.to_lowercase());
    }
    words
}

/// What lifters type for what they mean.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("ohp", "overhead press"),
    ("db", "dumbbell"),
    ("dbs", "dumbbell"),
    ("bb", "barbell"),
    ("kb", "kettlebell"),
    ("rdl", "romanian deadlift"),
    ("sldl", "stiff leg deadlift"),
    ("bp", "bench press"),
    ("dl", "deadlift"),
    ("cgbp", "close grip bench press"),
    ("bss", "bulgarian split squat"),
    ("ez", "ez bar"),
    ("pullup", "pull up"),
    ("pullups", "pull up"),
    ("chinup", "chin up"),
    ("pushup", "push up"),
    ("pushups", "push up"),
    ("situp", "crunch"),
    ("tbar", "t bar"),
    ("lats", "lat"),
    ("tri", "triceps"),
    ("bi", "curl"),
    ("bis", "curl"),
    ("run", "running"),
    ("jog", "running"),
    ("rower", "rowing machine"),
    ("bike", "cycling"),
];

/// The words of a query as the search compares them, each with what it means (an abbreviation
/// spelled out: `db` → `dumbbell`; any other word: itself).
fn query_terms(query: &str) -> Vec<(String, Vec<String>)> {
    search_words(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let full = ABBREVIATIONS.iter().find(|(short, _)| *short == w).map_or(w, |(_, full)| *full);
            (w.to_string(), full.split(' ').map(str::to_string).collect())
        })
        .collect()
}

/// Exercises matching every word of `query` (case, punctuation and abbreviations such as
/// `ohp`, `db press`, `rdl`, `bb row` understood; a word may name the equipment), optionally of
/// one muscle group. The exact name first, then names that start with the query, then the rest.
/// English names only; [`search_in`] also matches each exercise's name in the window's language.
pub fn search<'a>(library: &'a [ExerciseDef], query: &str, muscle_group: Option<&str>) -> Vec<&'a ExerciseDef> {
    search_in(library, query, muscle_group, |name| name)
}

/// [`search`] in a language: `local` gives a built-in name (exercise, equipment) as the window
/// shows it (`|n| i18n.name(n)`; the lifter's own names come back as they are). A query matches
/// the translated name, the English name and the abbreviations, accents or not (`developpe`
/// finds "Développé couché"); in scripts written without spaces (Chinese, Japanese) a query
/// found anywhere in a name matches (`推` finds "卧推").
pub fn search_in<'a, 'n>(
    library: &'a [ExerciseDef],
    query: &str,
    muscle_group: Option<&str>,
    local: impl Fn(&'a str) -> &'n str,
) -> Vec<&'a ExerciseDef> {
    search_ranked(library, query, muscle_group, local).into_iter().map(|(_, e)| e).collect()
}

/// A name as the search compares it: [`words_of`], accents dropped.
fn search_words(text: &str) -> String {
    let words = words_of(text);
    if words.is_ascii() {
        return words;
    }
    let mut folded = String::with_capacity(words.len());
    for c in words.chars() {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => folded.push('a'),
            'ç' | 'ć' | 'č' => folded.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => folded.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => folded.push('i'),
            'ñ' | 'ń' | 'ň' => folded.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => folded.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => folded.push('u'),
            'ý' | 'ÿ' => folded.push('y'),
            'ś' | 'š' => folded.push('s'),
            'ź' | 'ż' | 'ž' => folded.push('z'),
            'ß' => folded.push_str("ss"),
            'œ' => folded.push_str("oe"),
            'æ' => folded.push_str("ae"),
            // Combining marks (a decomposed "é"): dropped.
            '\u{300}'..='\u{36f}' => {}
            _ => folded.push(c),
        }
    }
    folded
}

/// A script written without spaces between words, where a query is found inside a name.
fn unspaced(word: &str) -> bool {
    word.chars().any(
        |c| matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff | 0xac00..=0xd7af),
    )
}

/// Whether query `word` matches a word of `name` (the start of one; anywhere for Chinese).
fn matches_word(name: &str, word: &str) -> bool {
    if unspaced(word) { name.contains(word) } else { name.split(' ').any(|n| n.starts_with(word)) }
}

/// [`matches_word`] for a translated name, where a word of four letters or more may also be
/// the end of a compound: German `kniebeuge` finds "Frontkniebeuge", `rudern` "Langhantelrudern".
fn matches_translated(name: &str, word: &str) -> bool {
    matches_word(name, word) || (word.chars().count() >= 4 && name.contains(word))
}

/// [`search_in`]'s hits with their rank: 0 the exact name (English or translated), 1 a name
/// that starts with the query, 2 any other match (an empty query: everything, rank 0, in the
/// library's order).
pub fn search_ranked<'a, 'n>(
    library: &'a [ExerciseDef],
    query: &str,
    muscle_group: Option<&str>,
    local: impl Fn(&'a str) -> &'n str,
) -> Vec<(u8, &'a ExerciseDef)> {
    let in_group = |e: &&ExerciseDef| muscle_group.is_none_or(|m| e.muscle_group == m);
    let terms = query_terms(query);
    if terms.is_empty() {
        // Everything matches, and nothing is an exact or leading match: the library's order.
        return library.iter().filter(in_group).map(|e| (0, e)).collect();
    }
    // The query as typed, and with its abbreviations spelled out.
    let typed = terms.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>().join(" ");
    let meant = terms.iter().flat_map(|(_, full)| full).map(String::as_str).collect::<Vec<_>>().join(" ");
    let mut hits: Vec<(u8, &ExerciseDef)> = library
        .iter()
        .filter(in_group)
        .filter_map(|e| {
            let name = search_words(&e.name);
            let equipment = search_words(&e.equipment);
            // In English (and for the lifter's own names) the same text: compared once.
            let translated = |english: &'a str| {
                let shown = local(english);
                (shown != english).then(|| search_words(shown))
            };
            let (local_name, local_equipment) = (translated(&e.name), translated(&e.equipment));
            // A word may match the English or the translated name, or name the equipment.
            let matches = |w: &str| {
                matches_word(&name, w)
                    || local_name.as_deref().is_some_and(|n| matches_translated(n, w))
                    || equipment == w
                    || local_equipment.as_deref() == Some(w)
            };
            let all = terms.iter().all(|(w, full)| matches(w) || full.iter().all(|f| matches(f)));
            if !all {
                return None;
            }
            let names = || std::iter::once(name.as_str()).chain(local_name.as_deref());
            let rank = if names().any(|n| n == typed || n == meant) {
                0
            } else if names().any(|n| n.starts_with(&typed) || n.starts_with(&meant)) {
                1
            } else {
                2
            };
            Some((rank, e))
        })
        .collect();
    hits.sort_by_key(|(rank, _)| *rank);
    hits
}

/// The distinct muscle groups of a library, sorted.
pub fn muscle_groups(library: &[ExerciseDef]) -> Vec<String> {
    let mut groups: Vec<String> = library.iter().map(|e| e.muscle_group.clone()).collect();
    groups.sort();
    groups.dedup();
    groups
}

/// The kind of `exercise` in `library` (weight × reps for a name it does not know).
pub fn kind_of(library: &[ExerciseDef], exercise: &str) -> ExerciseKind {
    library.iter().find(|e| e.name == exercise).map_or(ExerciseKind::WeightReps, |e| e.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_library_has_about_a_hundred_unique_exercises_of_every_kind() {
        let lib = builtin_library();
        assert!((95..=120).contains(&lib.len()), "{}", lib.len());
        let mut names: Vec<_> = lib.iter().map(|e| e.name.to_lowercase()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), lib.len(), "duplicate names");
        assert!(lib.iter().any(|e| e.name == "Squat" && e.muscle_group == "Legs"));
        for kind in ExerciseKind::ALL {
            assert!(lib.iter().any(|e| e.kind == kind), "no {kind:?} exercise");
        }
        assert_eq!(kind_of(&lib, "Plank"), ExerciseKind::Duration);
        assert_eq!(kind_of(&lib, "Running"), ExerciseKind::DistanceDuration);
        assert_eq!(kind_of(&lib, "Pull-Up"), ExerciseKind::BodyweightReps);
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let err = parse_library("name,muscle_group,equipment,kind\nSquat,Legs,Barbell,heavy\n").unwrap_err();
        assert!(err.contains("line 2") && err.contains("heavy"), "{err}");
        assert!(parse_library("nope\n").is_err());
    }

    fn names(hits: Vec<&ExerciseDef>) -> Vec<String> {
        hits.iter().map(|e| e.name.clone()).collect()
    }

    #[test]
    fn search_matches_words_and_filters_groups() {
        let lib = builtin_library();
        let hits = names(search(&lib, "bench", None));
        assert_eq!(hits[0], "Bench Press");
        assert!(!hits.contains(&"Incline Dumbbell Press".to_string()));
        assert!(hits.contains(&"Close-Grip Bench Press".to_string()));
        let hits = names(search(&lib, "curl", Some("Biceps")));
        assert!(hits.contains(&"Hammer Curl".to_string()));
        assert!(!hits.contains(&"Lying Leg Curl".to_string()));
        assert!(muscle_groups(&lib).contains(&"Chest".to_string()));
    }

    #[test]
    fn names_compare_as_lowercase_words() {
        assert_eq!(words_of("Farmer's Walk"), "farmers walk");
        assert_eq!(words_of("  Bench-Press  (Barbell) "), "bench press barbell");
        assert_eq!(words_of("ÉLAN—Press 2"), "élan press 2");
        assert_eq!(words_of("Жим лёжа"), "жим лёжа");
        assert_eq!(words_of("İ"), "i\u{307}", "a letter whose lowercase is two characters");
        assert_eq!(words_of("--"), "");
        assert_eq!(words_of(""), "");
        let lib = builtin_library();
        assert_eq!(search(&lib, "  ", None).len(), lib.len(), "an empty query lists every exercise");
        let chest: Vec<_> = lib.iter().filter(|e| e.muscle_group == "Chest").collect();
        assert_eq!(search(&lib, "", Some("Chest")), chest, "in the library's order");
    }

    #[test]
    fn abbreviations_find_what_lifters_mean() {
        let lib = builtin_library();
        let first = |q: &str| names(search(&lib, q, None)).first().cloned().unwrap_or_default();
        assert_eq!(first("ohp"), "Overhead Press");
        assert_eq!(first("rdl"), "Romanian Deadlift");
        assert_eq!(first("bb row"), "Barbell Row");
        assert_eq!(first("pullup"), "Pull-Up");
        let db_press = names(search(&lib, "db press", None));
        assert!(db_press.contains(&"Seated Dumbbell Press".to_string()), "{db_press:?}");
        assert!(db_press.contains(&"Dumbbell Bench Press".to_string()));
        assert!(!db_press.contains(&"Bench Press".to_string()), "a barbell press is not a db press");
        assert_eq!(first("squat"), "Squat", "the exact name first");
    }

    /// The library searched as a window in `language` does it.
    fn search_as(language: crate::i18n::Language, query: &str) -> Vec<String> {
        let i18n = crate::i18n::I18n::new(language, None);
        let lib = builtin_library();
        search_in(&lib, query, None, |n| i18n.name(n)).iter().map(|e| e.name.clone()).collect()
    }

    #[test]
    fn a_german_window_finds_the_german_name_the_english_one_and_the_abbreviations() {
        use crate::i18n::Language::German;
        assert_eq!(search_as(German, "Kniebeuge")[0], "Squat", "the exact translated name first");
        assert!(search_as(German, "kniebeuge").contains(&"Front Squat".to_string()), "Frontkniebeuge");
        assert_eq!(search_as(German, "kreuzheben")[0], "Deadlift");
        assert_eq!(search_as(German, "Bankdrücken")[0], "Bench Press");
        assert_eq!(search_as(German, "bankdrucken")[0], "Bench Press", "without the umlaut");
        assert_eq!(search_as(German, "klimmzug")[0], "Pull-Up");
        assert_eq!(search_as(German, "squat")[0], "Squat", "the English name still finds it");
        assert_eq!(search_as(German, "ohp")[0], "Overhead Press", "and the abbreviations");
        let dumbbell = search_as(German, "kurzhantel");
        assert!(dumbbell.contains(&"Dumbbell Row".to_string()), "Kurzhantelrudern: {dumbbell:?}");
        assert!(dumbbell.contains(&"Hammer Curl".to_string()), "the equipment in German: {dumbbell:?}");
        let db_bench = search_as(German, "db bankdrücken");
        assert_eq!(db_bench[0], "Dumbbell Bench Press", "an abbreviation and a German word together");
        assert!(!db_bench.contains(&"Bench Press".to_string()), "a barbell press is not a db press");
        assert!(search_as(German, "My Odd Press").is_empty());
    }

    #[test]
    fn french_accents_match_typed_or_not() {
        use crate::i18n::Language::French;
        assert_eq!(search_as(French, "développé couché")[0], "Bench Press");
        assert_eq!(search_as(French, "developpe couche")[0], "Bench Press");
        assert!(search_as(French, "développé").contains(&"Overhead Press".to_string()), "Développé militaire");
        assert_eq!(search_as(French, "soulevé de terre")[0], "Deadlift");
        assert_eq!(search_as(French, "tractions")[0], "Pull-Up");
        assert_eq!(search_as(French, "bench press")[0], "Bench Press");
    }

    #[test]
    fn chinese_matches_anywhere_in_a_name() {
        use crate::i18n::Language::ChineseSimplified;
        assert_eq!(search_as(ChineseSimplified, "卧推")[0], "Bench Press", "the exact name first");
        let bench = search_as(ChineseSimplified, "卧推");
        assert!(bench.contains(&"Dumbbell Bench Press".to_string()), "哑铃卧推: {bench:?}");
        assert!(bench.contains(&"Incline Bench Press".to_string()), "上斜卧推");
        assert_eq!(search_as(ChineseSimplified, "深蹲")[0], "Squat");
        assert_eq!(search_as(ChineseSimplified, "硬拉")[0], "Deadlift");
        assert!(search_as(ChineseSimplified, "哑铃").contains(&"Dumbbell Row".to_string()));
        assert_eq!(search_as(ChineseSimplified, "deadlift")[0], "Deadlift");
    }

    #[test]
    fn the_english_search_is_unchanged_by_the_translations() {
        let lib = builtin_library();
        let english = crate::i18n::I18n::english();
        for query in ["bench", "db press", "ohp", "curl", "squat", "ez", "tri", "bb row", ""] {
            let plain = search(&lib, query, None);
            assert_eq!(search_in(&lib, query, None, |n| english.name(n)), plain, "{query}");
        }
        assert!(search(&lib, "kniebeuge", None).is_empty(), "no German in English");
    }
}
