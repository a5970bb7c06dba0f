//! From the sets of a file to events: one workout per (start, name), its exercises in the order
//! they appear, custom exercises created once, and every id a UUID v5 of the content (app,
//! workout start and name, exercise, set order), so the same file always gives the same ids.
//! The events are recorded now (one microsecond apart, in log order); they happened when the
//! workouts did.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use uuid::Uuid;

use super::names::{Match, match_exercise, normalize};
use super::{ImportReport, Mapping, Parsed, Source, SourceSet, WorkoutKey};
use crate::domain::event::{Event, EventKind, SetFacts};
use crate::domain::exercise::{ExerciseDef, ExerciseKind, kind_of};

/// The namespace of every id an import derives.
const NAMESPACE: Uuid = Uuid::from_u128(0x9c1f_35d2_8a4e_4b7a_b1f0_6d2e_7c3a_5e91);

fn id(key: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, key.as_bytes())
}

/// The events of an import and its report (before writing: `added` and `already_present` are
/// filled in by whoever writes them).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    pub events: Vec<Event>,
    pub report: ImportReport,
}

/// Turns what was read from a `source` file into events. `library` holds the built-in and the
/// lifter's own exercises; `local_to_utc` places the file's local times.
pub fn plan(
    source: Source,
    parsed: Parsed,
    library: &[ExerciseDef],
    now: DateTime<Utc>,
    local_to_utc: impl Fn(NaiveDateTime) -> DateTime<Utc>,
) -> ImportPlan {
    let mut report = ImportReport {
        source: source.as_str().to_string(),
        rows: parsed.rows,
        skipped: parsed.skipped,
        ..ImportReport::default()
    };
    let mut kinds: Vec<(EventKind, Uuid, DateTime<Utc>)> = Vec::new();

    // Exercise names: each distinct name once, custom exercises created once.
    let mut library = library.to_vec();
    let mut names: HashMap<String, (String, ExerciseKind)> = HashMap::new();
    for set in &parsed.sets {
        if names.contains_key(&set.exercise) {
            continue;
        }
        let name = match match_exercise(&set.exercise, &library) {
            Match::Library(name) => {
                report.exercises_matched.push(Mapping { from: set.exercise.clone(), to: name.clone() });
                (name.clone(), kind_of(&library, &name))
            }
            Match::New(mut def) => {
                def.kind = kind_from_sets(parsed.sets.iter().filter(|s| s.exercise == set.exercise));
                report.exercises_created.push(def.name.clone());
                let key = format!("exercise|{}", normalize(&def.name));
                kinds.push((EventKind::ExerciseCreated { exercise: def.clone() }, id(&key), now));
                library.push(def.clone());
                (def.name, def.kind)
            }
        };
        names.insert(set.exercise.clone(), name);
    }

    // Workouts in the order they were done, sets in file order.
    let mut workouts: BTreeMap<WorkoutKey, Vec<&SourceSet>> = BTreeMap::new();
    for set in &parsed.sets {
        workouts.entry(set.workout.clone()).or_default().push(set);
    }
    for (key, sets) in &workouts {
        let wkey = format!("{}|{}|{}", source.as_str(), key.started.format("%Y-%m-%dT%H:%M:%S"), key.name);
        let workout_id = id(&wkey);
        let start = local_to_utc(key.started);
        let end = start + Duration::seconds(sets.iter().find_map(|s| s.workout_seconds).unwrap_or(0));
        let note = sets.iter().find_map(|s| s.workout_note.clone());
        let name = Some(key.name.clone()).filter(|n| !n.trim().is_empty());
        kinds.push((
            EventKind::WorkoutStarted {
                workout_id,
                name,
                repeat_of: None,
                source: Some(source.as_str().into()),
                note,
                routine: None,
            },
            id(&format!("{wkey}|started")),
            start,
        ));
        let mut added: Vec<&str> = Vec::new();
        let mut ordinals: HashMap<&str, u32> = HashMap::new();
        for set in sets {
            let (exercise, kind) = (names[&set.exercise].0.as_str(), names[&set.exercise].1);
            if !added.contains(&exercise) {
                added.push(exercise);
                let kind = EventKind::ExerciseAdded { workout_id, exercise: exercise.to_string() };
                kinds.push((kind, id(&format!("{wkey}|exercise|{exercise}")), start));
            }
            let ordinal = ordinals.entry(set.exercise.as_str()).or_insert(0);
            let set_key = format!("{wkey}|set|{}|{ordinal}", set.exercise);
            let facts = SetFacts {
                exercise: exercise.into(),
                set_index: *ordinal,
                set_type: set.set_type,
                weight: set.weight,
                reps: set.reps,
                rpe: set.rpe,
                distance_m: set.distance_m,
                duration_s: set.duration_s,
                note: set.note.as_deref().map(Box::from),
                kind,
            };
            *ordinal += 1;
            *report.sets_by_type.entry(set.set_type.as_str().to_string()).or_default() += 1;
            report.sets += 1;
            kinds.push((
                EventKind::SetLogged { workout_id, set_id: id(&set_key), set: facts },
                id(&format!("{set_key}|logged")),
                start,
            ));
        }
        kinds.push((EventKind::WorkoutCompleted { workout_id }, id(&format!("{wkey}|completed")), end));
        report.workouts += 1;
        let day = start.date_naive();
        report.first_workout = Some(report.first_workout.map_or(day, |d| d.min(day)));
        report.last_workout = Some(report.last_workout.map_or(day, |d| d.max(day)));
    }
    let events = kinds
        .into_iter()
        .enumerate()
        .map(|(i, (kind, event_id, occurred_at))| Event {
            id: event_id,
            created_at: now + Duration::microseconds(i as i64),
            occurred_at,
            kind,
        })
        .collect();
    ImportPlan { events, report }
}

/// The kind a new exercise's sets show: distance and time (a run), time alone (a plank),
/// weight and distance (a carry), reps without weight, else weight × reps.
fn kind_from_sets<'a>(sets: impl Iterator<Item = &'a SourceSet>) -> ExerciseKind {
    let (mut weight, mut reps, mut distance, mut time) = (false, false, false, false);
    for set in sets {
        weight |= set.weight.is_some();
        reps |= set.reps.is_some();
        distance |= set.distance_m.is_some();
        time |= set.duration_s.is_some();
    }
    match (weight, reps, distance, time) {
        (_, false, true, true) => ExerciseKind::DistanceDuration,
        (true, false, true, _) => ExerciseKind::WeightDistance,
        (false, false, false, true) => ExerciseKind::Duration,
        (false, true, _, _) => ExerciseKind::RepsOnly,
        _ => ExerciseKind::WeightReps,
    }
}
