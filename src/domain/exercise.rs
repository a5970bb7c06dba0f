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

/// The words a query means, abbreviations spelled out.
fn query_words(query: &str) -> Vec<String> {
    words_of(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            let full = ABBREVIATIONS.iter().find(|(short, _)| *short == w).map_or(w, |(_, full)| *full);
            full.split(' ').map(str::to_string).collect::<Vec<_>>()
        })
        .collect()
}

/// Exercises matching every word of `query` (case, punctuation and abbreviations such as
/// `ohp`, `db press`, `rdl`, `bb row` understood; a word may name the equipment), optionally of
/// one muscle group. The exact name first, then names that start with the query, then the rest.
pub fn search<'a>(library: &'a [ExerciseDef], query: &str, muscle_group: Option<&str>) -> Vec<&'a ExerciseDef> {
    search_ranked(library, query, muscle_group).into_iter().map(|(_, e)| e).collect()
}

/// [`search`]'s hits with their rank: 0 the exact name, 1 a name that starts with the query,
/// 2 any other match (an empty query: everything, rank 0, in the library's order).
pub fn search_ranked<'a>(
    library: &'a [ExerciseDef],
    query: &str,
    muscle_group: Option<&str>,
) -> Vec<(u8, &'a ExerciseDef)> {
    let words = query_words(query);
    let in_group = |e: &&ExerciseDef| muscle_group.is_none_or(|m| e.muscle_group == m);
    if words.is_empty() {
        // Everything matches, and nothing is an exact or leading match: the library's order.
        return library.iter().filter(in_group).map(|e| (0, e)).collect();
    }
    let phrase = words.join(" ");
    let mut hits: Vec<(u8, &ExerciseDef)> = library
        .iter()
        .filter(in_group)
        .filter_map(|e| {
            let name = words_of(&e.name);
            let equipment = words_of(&e.equipment);
            let matches = words.iter().all(|w| name.split(' ').any(|n| n.starts_with(w.as_str())) || equipment == *w);
            let rank = if name == phrase {
                0
            } else if name.starts_with(&phrase) {
                1
            } else {
                2
            };
            matches.then_some((rank, e))
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
}
