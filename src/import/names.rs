//! Exercise names from other apps onto GymLog's library: case, spacing and punctuation do not
//! matter; `Name (Equipment)` (Strong, Hevy) and `Equipment Name` (FitNotes, JEFIT) find the
//! library exercise of that equipment; an alias table covers the apps' own names. Anything else
//! becomes a custom exercise under its original name, Unicode and all, in the muscle group the
//! file gives (FitNotes' category, GymBook's zone) when GymLog knows that group.

use crate::domain::exercise::{ExerciseDef, ExerciseKind};

/// `Bench-Press  (Barbell)` → `bench press barbell`: lowercase words, no punctuation.
pub fn normalize(name: &str) -> String {
    crate::domain::exercise::words_of(name)
}

/// Strong's and Hevy's names for exercises GymLog has under another name.
const ALIASES: &[(&str, &str)] = &[
    ("Bench Press (Dumbbell)", "Dumbbell Bench Press"),
    ("Incline Bench Press (Dumbbell)", "Incline Dumbbell Press"),
    ("Chest Fly (Dumbbell)", "Dumbbell Fly"),
    ("Chest Press (Machine)", "Chest Press Machine"),
    ("Chest Dip", "Dip"),
    ("Bent Over Row (Barbell)", "Barbell Row"),
    ("Bent Over One Arm Row (Dumbbell)", "Dumbbell Row"),
    ("Seated Row (Cable)", "Seated Cable Row"),
    ("Seated Cable Row - V Grip (Cable)", "Seated Cable Row"),
    ("Seated Cable Row - Bar Grip", "Seated Cable Row"),
    ("Pull Up (Assisted)", "Pull-Up"),
    ("Chin Up (Assisted)", "Chin-Up"),
    ("Shoulder Press (Dumbbell)", "Seated Dumbbell Press"),
    ("Overhead Press (Dumbbell)", "Seated Dumbbell Press"),
    ("Shoulder Press (Machine)", "Machine Shoulder Press"),
    ("Shoulder Press (Machine Plates)", "Machine Shoulder Press"),
    ("Lateral Raise (Cable)", "Cable Lateral Raise"),
    ("Reverse Fly (Dumbbell)", "Rear Delt Fly"),
    ("Rear Delt Reverse Fly (Dumbbell)", "Rear Delt Fly"),
    ("Bicep Curl (Barbell)", "Barbell Curl"),
    ("Bicep Curl (Dumbbell)", "Dumbbell Curl"),
    ("Bicep Curl (Cable)", "Cable Curl"),
    ("Biceps Curl (Barbell)", "Barbell Curl"),
    ("Biceps Curl (Dumbbell)", "Dumbbell Curl"),
    ("Curl (EZ Bar)", "EZ-Bar Curl"),
    ("Preacher Curl (EZ Bar)", "Preacher Curl"),
    ("Triceps Pushdown (Cable - Straight Bar)", "Triceps Pushdown"),
    ("Triceps Rope Pushdown", "Triceps Pushdown"),
    ("Triceps Extension (Cable)", "Overhead Triceps Extension"),
    ("Triceps Extension (Dumbbell)", "Dumbbell Triceps Extension"),
    ("Skullcrusher (Barbell)", "Skull Crusher"),
    ("Skullcrusher (EZ Bar)", "Skull Crusher"),
    ("Shrug (Dumbbell)", "Dumbbell Shrug"),
    ("Standing Calf Raise (Machine)", "Standing Calf Raise"),
    ("Calf Raise (Standing)", "Standing Calf Raise"),
    ("Seated Calf Raise (Machine)", "Seated Calf Raise"),
    ("Leg Curl (Lying)", "Lying Leg Curl"),
    ("Leg Curl (Seated)", "Seated Leg Curl"),
    ("Lying Leg Curl (Machine)", "Lying Leg Curl"),
    ("Seated Leg Curl (Machine)", "Seated Leg Curl"),
    ("Hip Thrust (Barbell)", "Hip Thrust"),
    ("Glute Bridge (Barbell)", "Glute Bridge"),
    ("Deadlift (Trap Bar)", "Trap Bar Deadlift"),
    ("Stiff Leg Deadlift (Barbell)", "Stiff-Leg Deadlift"),
    ("Lunge (Dumbbell)", "Walking Lunge"),
    ("Walking Lunge (Dumbbell)", "Walking Lunge"),
    ("Goblet Squat (Kettlebell)", "Goblet Squat"),
    ("Running (Treadmill)", "Running"),
    ("Treadmill", "Running"),
    ("Rowing (Machine)", "Rowing Machine"),
    ("Cycling (Indoor)", "Cycling"),
    ("Stationary Bike", "Cycling"),
    ("Farmers Walk", "Farmer's Walk"),
    ("Farmer Walk", "Farmer's Walk"),
    ("Ab Wheel", "Ab Wheel Rollout"),
    ("Knees to Elbows", "Hanging Leg Raise"),
    // FitNotes
    ("Flat Barbell Bench Press", "Bench Press"),
    ("Incline Barbell Bench Press", "Incline Bench Press"),
    ("Decline Barbell Bench Press", "Decline Bench Press"),
    ("Flat Dumbbell Bench Press", "Dumbbell Bench Press"),
    ("Incline Dumbbell Bench Press", "Incline Dumbbell Press"),
    ("Flat Dumbbell Fly", "Dumbbell Fly"),
    ("Lateral Dumbbell Raise", "Lateral Raise"),
    ("Dumbbell Hammer Curl", "Hammer Curl"),
    ("EZ-Bar Skullcrusher", "Skull Crusher"),
    ("Cable Overhead Triceps Extension", "Overhead Triceps Extension"),
    ("Barbell Shrug", "Shrug"),
    ("Seated Machine Curl", "Cable Curl"),
    ("Lying Triceps Extension", "Skull Crusher"),
    ("Chin Up", "Chin-Up"),
    ("Pull Up", "Pull-Up"),
    ("Seated Calf Raise Machine", "Seated Calf Raise"),
    ("Standing Calf Raise Machine", "Standing Calf Raise"),
    ("Leg Extension Machine", "Leg Extension"),
    ("Lying Leg Curl Machine", "Lying Leg Curl"),
    ("Seated Leg Curl Machine", "Seated Leg Curl"),
    ("Hanging Knee Raise", "Hanging Leg Raise"),
    ("Treadmill Running", "Running"),
    ("Stationary Bike", "Cycling"),
    // JEFIT
    ("Barbell Squat", "Squat"),
    ("Barbell Deadlift", "Deadlift"),
    ("Barbell Bent Over Row", "Barbell Row"),
    ("Barbell Shoulder Press", "Overhead Press"),
    ("Barbell Military Press", "Overhead Press"),
    ("Dumbbell Lateral Raise", "Lateral Raise"),
    ("Dumbbell Bicep Curl", "Dumbbell Curl"),
    ("Dumbbell Incline Bench Press", "Incline Dumbbell Press"),
    ("Dumbbell One Arm Row", "Dumbbell Row"),
    ("Cable Tricep Pushdown", "Triceps Pushdown"),
    ("Cable Rope Tricep Pushdown", "Triceps Pushdown"),
    ("Wide Grip Lat Pulldown", "Lat Pulldown"),
    ("Machine Leg Press", "Leg Press"),
    ("Machine Leg Extension", "Leg Extension"),
    ("Machine Seated Leg Curl", "Seated Leg Curl"),
    ("Chest Dips", "Dip"),
    ("Pull-ups", "Pull-Up"),
    ("Chin-ups", "Chin-Up"),
    ("Push-ups", "Push-Up"),
];

/// Muscle groups as the apps name them (FitNotes' categories, GymBook's zones in its
/// languages), as GymLog's library names them.
const GROUPS: &[(&str, &str)] = &[
    ("chest", "Chest"),
    ("petto", "Chest"),
    ("brust", "Chest"),
    ("back", "Back"),
    ("schiena", "Back"),
    ("dorsali", "Back"),
    ("rücken", "Back"),
    ("legs", "Legs"),
    ("gambe", "Legs"),
    ("beine", "Legs"),
    ("quadriceps", "Legs"),
    ("shoulders", "Shoulders"),
    ("spalle", "Shoulders"),
    ("schultern", "Shoulders"),
    ("biceps", "Biceps"),
    ("bicipiti", "Biceps"),
    ("bizeps", "Biceps"),
    ("triceps", "Triceps"),
    ("tricipiti", "Triceps"),
    ("trizeps", "Triceps"),
    ("arms", "Biceps"),
    ("braccia", "Biceps"),
    ("arme", "Biceps"),
    ("abs", "Core"),
    ("core", "Core"),
    ("addominali", "Core"),
    ("bauch", "Core"),
    ("cardio", "Cardio"),
    ("glutes", "Glutes"),
    ("glutei", "Glutes"),
    ("hamstrings", "Hamstrings"),
    ("calves", "Calves"),
    ("polpacci", "Calves"),
    ("waden", "Calves"),
    ("forearms", "Forearms"),
    ("avambracci", "Forearms"),
    ("unterarme", "Forearms"),
    ("full body", "Full Body"),
];

/// GymLog's name of a muscle group the file gives, or `Other`.
pub fn muscle_group(group: Option<&str>) -> &'static str {
    let group = group.map(normalize).unwrap_or_default();
    GROUPS.iter().find(|(name, _)| normalize(name) == group).map_or("Other", |(_, g)| g)
}

/// The equipment words Strong and Hevy put in parentheses, as the library spells them.
const EQUIPMENT: &[(&str, &str)] = &[
    ("barbell", "Barbell"),
    ("dumbbell", "Dumbbell"),
    ("cable", "Cable"),
    ("machine", "Machine"),
    ("bodyweight", "Bodyweight"),
    ("kettlebell", "Kettlebell"),
    ("ez bar", "EZ Bar"),
    ("trap bar", "Trap Bar"),
];

/// How an imported name was matched (a new exercise is weight × reps until its sets say
/// otherwise, see `plan.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Match {
    /// A library exercise (built-in or the lifter's own), by this name.
    Library(String),
    /// Not in the library: a custom exercise to create under this name.
    New(ExerciseDef),
}

/// Finds `name` in `library`; a new exercise goes into the file's `group` when GymLog knows it.
pub fn match_exercise(name: &str, group: Option<&str>, library: &[ExerciseDef]) -> Match {
    let name = name.trim();
    let group = muscle_group(group);
    let find = |wanted: &str| library.iter().find(|e| normalize(&e.name) == normalize(wanted));
    if let Some(e) = find(name) {
        return Match::Library(e.name.clone());
    }
    if let Some((_, target)) = ALIASES.iter().find(|(alias, _)| normalize(alias) == normalize(name))
        && let Some(e) = find(target)
    {
        return Match::Library(e.name.clone());
    }
    // `Name (Equipment)`: the library's exercise of that name and equipment, or `Equipment Name`.
    if let Some((base, rest)) = name.rsplit_once('(')
        && let Some(equipment) = rest.strip_suffix(')')
    {
        let equipment = EQUIPMENT.iter().find(|(word, _)| normalize(equipment) == *word).map(|(_, e)| *e);
        if let Some(equipment) = equipment {
            let same_kit = library
                .iter()
                .find(|e| normalize(&e.name) == normalize(base) && e.equipment.eq_ignore_ascii_case(equipment));
            let prefixed = find(&format!("{equipment} {base}"));
            if let Some(e) = same_kit.or(prefixed) {
                return Match::Library(e.name.clone());
            }
            return Match::New(ExerciseDef::new(name, group, equipment, ExerciseKind::WeightReps));
        }
    }
    // `Equipment Name`: the library's exercise of that name and equipment.
    let words = normalize(name);
    for (word, equipment) in EQUIPMENT {
        if let Some(base) = words.strip_prefix(word).and_then(|b| b.strip_prefix(' '))
            && let Some(e) =
                library.iter().find(|e| normalize(&e.name) == base && e.equipment.eq_ignore_ascii_case(equipment))
        {
            return Match::Library(e.name.clone());
        }
    }
    Match::New(ExerciseDef::new(name, group, "Other", ExerciseKind::WeightReps))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exercise::builtin_library;

    fn matched(name: &str) -> String {
        match match_exercise(name, None, &builtin_library()) {
            Match::Library(n) => n,
            Match::New(def) => format!("new: {} ({})", def.name, def.equipment),
        }
    }

    #[test]
    fn both_apps_names_find_the_library() {
        let cases = [
            ("Bench Press (Barbell)", "Bench Press"),
            ("bench  press", "Bench Press"),
            ("Squat (Barbell)", "Squat"),
            ("Pull Up", "Pull-Up"),
            ("Lat Pulldown (Cable)", "Lat Pulldown"),
            ("Bench Press (Dumbbell)", "Dumbbell Bench Press"),
            ("Deadlift (Barbell)", "Deadlift"),
            ("Overhead Press (Barbell)", "Overhead Press"),
            ("Romanian Deadlift (Barbell)", "Romanian Deadlift"),
            ("Bent Over Row (Barbell)", "Barbell Row"),
            ("Hammer Curl (Dumbbell)", "Hammer Curl"),
            ("Leg Press (Machine)", "Leg Press"),
            ("Triceps Pushdown (Cable - Straight Bar)", "Triceps Pushdown"),
            ("Seated Cable Row - V Grip (Cable)", "Seated Cable Row"),
            ("Farmers Walk", "Farmer's Walk"),
            ("EZ Bar Curl", "EZ-Bar Curl"),
            ("Running (Treadmill)", "Running"),
        ];
        let others = [
            ("Flat Barbell Bench Press", "Bench Press"),
            ("Barbell Squat", "Squat"),
            ("Dumbbell Hammer Curl", "Hammer Curl"),
            ("Barbell Bench Press", "Bench Press"),
            ("Cable Tricep Pushdown", "Triceps Pushdown"),
        ];
        for (source, expected) in cases.into_iter().chain(others) {
            assert_eq!(matched(source), expected, "{source}");
        }
    }

    #[test]
    fn the_rest_becomes_custom_exercises_with_their_names_intact() {
        assert_eq!(matched("Squat (Smith Machine)"), "new: Squat (Smith Machine) (Other)");
        assert_eq!(matched("Romanian Deadlift (Dumbbell)"), "new: Romanian Deadlift (Dumbbell) (Dumbbell)");
        assert_eq!(matched("Жим лёжа"), "new: Жим лёжа (Other)");
        assert_eq!(matched("  Zottman Curl "), "new: Zottman Curl (Other)");
        match match_exercise("Panca piana", Some("Petto"), &builtin_library()) {
            Match::New(def) => assert_eq!(def.muscle_group, "Chest", "GymBook's zone in Italian"),
            other => panic!("{other:?}"),
        }
        let mut library = builtin_library();
        library.push(ExerciseDef::new("Zottman Curl", "Other", "Other", Default::default()));
        assert_eq!(
            match_exercise("zottman curl", None, &library),
            Match::Library("Zottman Curl".into()),
            "created once, reused"
        );
    }
}
