//! Exercises: their definition (name, primary muscle group, equipment) and the built-in
//! library shipped in `assets/exercises.csv`. An exercise is identified by its name.

use serde::{Deserialize, Serialize};

/// One exercise a lifter can add to a workout.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ExerciseDef {
    pub name: String,
    pub muscle_group: String,
    pub equipment: String,
}

const BUILTIN_CSV: &str = include_str!("../../assets/exercises.csv");

/// The built-in exercise library, in file order.
pub fn builtin_library() -> Vec<ExerciseDef> {
    parse_library(BUILTIN_CSV).expect("assets/exercises.csv is valid (checked by a test)")
}

/// Parses `name,muscle_group,equipment` lines after a header line.
pub fn parse_library(csv: &str) -> Result<Vec<ExerciseDef>, String> {
    let mut lines = csv.lines();
    if lines.next().map(str::trim) != Some("name,muscle_group,equipment") {
        return Err("the header must be `name,muscle_group,equipment`".into());
    }
    let mut out = Vec::new();
    for (n, line) in lines.enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        match fields.as_slice() {
            [name, muscle, equipment] if !name.is_empty() => out.push(ExerciseDef {
                name: name.to_string(),
                muscle_group: muscle.to_string(),
                equipment: equipment.to_string(),
            }),
            _ => return Err(format!("line {}: expected 3 fields, got `{line}`", n + 2)),
        }
    }
    Ok(out)
}

/// Exercises whose name contains every word of `query` (case-insensitive), optionally only
/// of one muscle group. Names that start with the query come first.
pub fn search<'a>(library: &'a [ExerciseDef], query: &str, muscle_group: Option<&str>) -> Vec<&'a ExerciseDef> {
    let query = query.trim().to_lowercase();
    let words: Vec<&str> = query.split_whitespace().collect();
    let mut hits: Vec<&ExerciseDef> = library
        .iter()
        .filter(|e| muscle_group.is_none_or(|m| e.muscle_group == m))
        .filter(|e| {
            let name = e.name.to_lowercase();
            words.iter().all(|w| name.contains(w))
        })
        .collect();
    hits.sort_by_key(|e| !e.name.to_lowercase().starts_with(&query));
    hits
}

/// The distinct muscle groups of a library, sorted.
pub fn muscle_groups(library: &[ExerciseDef]) -> Vec<String> {
    let mut groups: Vec<String> = library.iter().map(|e| e.muscle_group.clone()).collect();
    groups.sort();
    groups.dedup();
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_library_has_about_a_hundred_unique_exercises() {
        let lib = builtin_library();
        assert!((95..=120).contains(&lib.len()), "{}", lib.len());
        let mut names: Vec<_> = lib.iter().map(|e| e.name.to_lowercase()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), lib.len(), "duplicate names");
        assert!(lib.iter().any(|e| e.name == "Squat" && e.muscle_group == "Legs"));
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let err = parse_library("name,muscle_group,equipment\nSquat,Legs\n").unwrap_err();
        assert!(err.contains("line 2"), "{err}");
        assert!(parse_library("nope\n").is_err());
    }

    #[test]
    fn search_matches_words_and_filters_groups() {
        let lib = builtin_library();
        let names = |hits: Vec<&ExerciseDef>| hits.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        let hits = names(search(&lib, "bench", None));
        assert_eq!(hits[0], "Bench Press");
        assert!(!hits.contains(&"Incline Dumbbell Press".to_string()));
        assert!(hits.contains(&"Close-Grip Bench Press".to_string()));
        let hits = names(search(&lib, "curl", Some("Biceps")));
        assert!(hits.contains(&"Hammer Curl".to_string()));
        assert!(!hits.contains(&"Lying Leg Curl".to_string()));
        assert!(muscle_groups(&lib).contains(&"Chest".to_string()));
    }
}
