//! From what was read to events: each exercise name matched once (custom exercises created
//! once), each workout in the order it was done with its exercises in file order, a workout
//! GymLog already holds from another file left out, and every id a UUID v5 of the content (app,
//! workout start and name or the app's session id, exercise, set order), so the same file
//! always gives the same ids. The events are made one workout at a time as the writer asks for
//! them, so a million sets never sit in memory as events. They are recorded now (one
//! microsecond apart, in log order); they happened when the workouts did.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use uuid::Uuid;

use super::duplicates::{Fingerprint, KnownWorkouts};
use super::names::{Match, match_exercise, normalize};
use super::parsed::day_of;
use super::{Duplicate, ImportReport, Layout, Mapping, Parsed, Source, SourceSet};
use crate::domain::event::{Event, EventKind, SetFacts};
use crate::domain::exercise::{ExerciseDef, ExerciseKind, builtin_library, kind_of};
use crate::domain::projection::History;

/// The namespace of every id an import derives.
const NAMESPACE: Uuid = Uuid::from_u128(0x9c1f_35d2_8a4e_4b7a_b1f0_6d2e_7c3a_5e91);

fn id(key: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, key.as_bytes())
}

/// What GymLog already holds that an import is planned against.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// The built-in exercises and the lifter's own.
    pub exercises: Vec<ExerciseDef>,
    /// The workouts held, to recognise one arriving again from another file.
    workouts: KnownWorkouts,
}

impl Library {
    pub fn of(history: &History) -> Library {
        let mut exercises = builtin_library();
        exercises.extend(history.custom_exercises().iter().cloned());
        Library { exercises, workouts: KnownWorkouts::of(history.completed()) }
    }

    /// The built-in exercises alone (an empty store).
    pub fn builtin() -> Library {
        Library { exercises: builtin_library(), workouts: KnownWorkouts::default() }
    }
}

/// The events of an import, made on demand, and its report (before writing: `added` and
/// `already_present` are filled in by whoever writes them).
pub struct ImportPlan {
    pub report: ImportReport,
    source: Source,
    parsed: Parsed,
    /// Per exercise of the file: its library name and kind.
    names: Vec<(String, ExerciseKind)>,
    created: Vec<ExerciseDef>,
    /// The workouts to write, in the order they were done, each with its sets.
    workouts: Vec<(u32, Vec<u32>)>,
    now: DateTime<Utc>,
    local_to_utc: Box<dyn Fn(NaiveDateTime) -> DateTime<Utc> + Send + Sync>,
}

/// Plans the events of what was read from a `layout` file.
pub fn plan(
    layout: &Layout,
    parsed: Parsed,
    library: &Library,
    now: DateTime<Utc>,
    local_to_utc: impl Fn(NaiveDateTime) -> DateTime<Utc> + Send + Sync + 'static,
) -> ImportPlan {
    let source = layout.source;
    let mut report = ImportReport {
        source: source.as_str().to_string(),
        layout: layout.id.to_string(),
        layout_description: layout.description.clone(),
        rows: parsed.rows,
        sets: parsed.sets.len() as u64,
        weigh_ins: parsed.weigh_ins.len() as u64,
        measurements: parsed.measurements.len() as u64,
        workouts: parsed.workouts.len() as u64,
        ..ImportReport::default()
    };

    // Exercise names: each once, custom exercises created once with the kind their sets show.
    let mut exercises = library.exercises.clone();
    let mut created = Vec::new();
    let mut sets_of: Vec<Vec<&SourceSet>> = vec![Vec::new(); parsed.exercises.len()];
    for set in &parsed.sets {
        sets_of[set.exercise as usize].push(set);
    }
    let mut names = Vec::with_capacity(parsed.exercises.len());
    for (index, exercise) in parsed.exercises.iter().enumerate() {
        let name = match match_exercise(&exercise.name, exercise.group.as_deref(), &exercises) {
            Match::Library(name) => {
                report.exercises_matched.push(Mapping { from: exercise.name.clone(), to: name.clone() });
                let kind = kind_of(&exercises, &name);
                (name, kind)
            }
            Match::New(mut def) => {
                if sets_of[index].is_empty() {
                    names.push((def.name, def.kind));
                    continue;
                }
                def.kind = kind_from_sets(&sets_of[index]);
                report.exercises_created.push(def.name.clone());
                exercises.push(def.clone());
                created.push(def.clone());
                (def.name, def.kind)
            }
        };
        names.push(name);
    }
    drop(sets_of);

    // Workouts in the order they were done, sets in file order; those GymLog holds from
    // another file left out.
    let mut by_workout: Vec<Vec<u32>> = vec![Vec::new(); parsed.workouts.len()];
    for (i, set) in parsed.sets.iter().enumerate() {
        by_workout[set.workout as usize].push(i as u32);
    }
    let mut order: Vec<(DateTime<Utc>, u32)> = parsed
        .workouts
        .iter()
        .enumerate()
        .filter(|(i, _)| !by_workout[*i].is_empty())
        .map(|(i, w)| (w.start.utc(&local_to_utc), i as u32))
        .collect();
    order.sort();
    let mut workouts = Vec::with_capacity(order.len());
    for (start, index) in order {
        let workout = &parsed.workouts[index as usize];
        let sets = std::mem::take(&mut by_workout[index as usize]);
        let workout_id = id(&workout_key(source, &workout.key));
        let signs = sets.iter().map(|i| {
            let s = &parsed.sets[*i as usize];
            Fingerprint::set_sign(s.reps, s.weight().map(|w| w.kg), s.distance_m(), s.duration_s())
        });
        let fingerprint = Fingerprint::new(start, workout.time_known, signs.collect());
        let day = day_of(&workout.start, &local_to_utc);
        if let Some(known) = library.workouts.find(&fingerprint, workout_id) {
            report.duplicates += 1;
            report.duplicate_workouts.push(Duplicate {
                line: workout.first_line,
                date: day,
                name: workout.name.clone(),
                same_as: known.label.clone(),
            });
            continue;
        }
        for i in &sets {
            *report.sets_by_type.entry(parsed.sets[*i as usize].set_type.as_str().to_string()).or_default() += 1;
        }
        report.first_workout = Some(report.first_workout.map_or(day, |d| d.min(day)));
        report.last_workout = Some(report.last_workout.map_or(day, |d| d.max(day)));
        workouts.push((index, sets));
    }
    let mut parsed = parsed;
    report.skipped = std::mem::take(&mut parsed.skipped);
    report.warnings = std::mem::take(&mut parsed.warnings);
    ImportPlan { report, source, parsed, names, created, workouts, now, local_to_utc: Box::new(local_to_utc) }
}

/// The seed of a workout's ids: the app and the workout's key in the file.
fn workout_key(source: Source, key: &str) -> String {
    format!("{}|{key}", source.as_str())
}

impl ImportPlan {
    /// How many events [`ImportPlan::events`] gives.
    pub fn event_count(&self) -> u64 {
        let per_workout: usize = self
            .workouts
            .iter()
            .map(|(w, sets)| {
                let exercises: HashSet<&str> = sets
                    .iter()
                    .map(|i| self.names[self.parsed.sets[*i as usize].exercise as usize].0.as_str())
                    .collect();
                2 + exercises.len() + sets.len() + self.groups(*w, sets).len()
            })
            .sum();
        (self.created.len() + self.parsed.weigh_ins.len() + self.parsed.measurements.len() + per_workout) as u64
    }

    /// The ids of the `workout_completed` events: a workout is new when its is.
    pub fn completed_ids(&self) -> impl Iterator<Item = Uuid> + '_ {
        self.workouts.iter().map(|(w, _)| {
            id(&format!("{}|completed", workout_key(self.source, &self.parsed.workouts[*w as usize].key)))
        })
    }

    /// Every event, made a workout at a time.
    pub fn events(&self) -> impl Iterator<Item = Event> + '_ {
        let created = self.created.iter().map(|def| {
            let key = format!("exercise|{}", normalize(&def.name));
            (EventKind::ExerciseCreated { exercise: def.clone() }, id(&key), self.now)
        });
        let weigh_ins = self.parsed.weigh_ins.iter().map(|w| {
            let key = format!("{}|weigh-in|{}|{}", self.source.as_str(), w.at.key(), w.weight.kg);
            (EventKind::BodyweightLogged { weight: w.weight }, id(&key), w.at.utc(&self.local_to_utc))
        });
        let measurements = self.parsed.measurements.iter().map(|m| {
            let (site, r) = (&m.site, m.reading);
            let what = format!(
                "{}|{}|{}",
                site.key(),
                site.side().map_or("", |s| s.as_str()),
                site.custom_name().unwrap_or("")
            );
            let key = format!("{}|measurement|{}|{what}|{}{}", self.source.as_str(), m.at.key(), r.value, r.unit);
            (EventKind::MeasurementLogged { site: site.clone(), reading: r }, id(&key), m.at.utc(&self.local_to_utc))
        });
        let workouts = self.workouts.iter().flat_map(|(w, sets)| self.workout_events(*w, sets));
        created.chain(weigh_ins).chain(measurements).chain(workouts).enumerate().map(
            |(i, (kind, event_id, occurred_at))| Event {
                id: event_id,
                created_at: self.now + Duration::microseconds(i as i64),
                occurred_at,
                kind,
            },
        )
    }

    /// The library names of the exercises each superset of workout `w` groups.
    fn groups(&self, w: u32, sets: &[u32]) -> Vec<Vec<String>> {
        let done: HashSet<u32> = sets.iter().map(|i| self.parsed.sets[*i as usize].exercise).collect();
        self.parsed.workouts[w as usize]
            .supersets
            .iter()
            .map(|group| {
                let mut names: Vec<String> = Vec::new();
                for e in group.iter().filter(|e| done.contains(e)) {
                    let name = &self.names[*e as usize].0;
                    if !names.contains(name) {
                        names.push(name.clone());
                    }
                }
                names
            })
            .filter(|names| names.len() > 1)
            .collect()
    }

    fn workout_events(&self, w: u32, sets: &[u32]) -> Vec<(EventKind, Uuid, DateTime<Utc>)> {
        let workout = &self.parsed.workouts[w as usize];
        let wkey = workout_key(self.source, &workout.key);
        let workout_id = id(&wkey);
        let start = workout.start.utc(&self.local_to_utc);
        let end = start + Duration::seconds(workout.seconds.unwrap_or(0));
        let name = Some(workout.name.clone()).filter(|n| !n.trim().is_empty());
        let mut events = Vec::with_capacity(sets.len() + 8);
        events.push((
            EventKind::WorkoutStarted {
                workout_id,
                name,
                repeat_of: None,
                source: Some(self.source.as_str().into()),
                note: workout.note.clone(),
                routine: None,
            },
            id(&format!("{wkey}|started")),
            start,
        ));
        let mut added: Vec<&str> = Vec::new();
        let mut ordinals: HashMap<u32, u32> = HashMap::new();
        for i in sets {
            let set = &self.parsed.sets[*i as usize];
            let (exercise, kind) = &self.names[set.exercise as usize];
            if !added.contains(&exercise.as_str()) {
                added.push(exercise);
                let kind = EventKind::ExerciseAdded { workout_id, exercise: exercise.clone() };
                events.push((kind, id(&format!("{wkey}|exercise|{exercise}")), start));
            }
            let ordinal = ordinals.entry(set.exercise).or_insert(0);
            let file_name = &self.parsed.exercises[set.exercise as usize].name;
            let set_key = format!("{wkey}|set|{file_name}|{ordinal}");
            let facts = SetFacts {
                exercise: exercise.as_str().into(),
                set_index: *ordinal,
                set_type: set.set_type,
                weight: set.weight(),
                reps: set.reps,
                rpe: set.rpe(),
                distance_m: set.distance_m(),
                duration_s: set.duration_s(),
                note: set.note.clone(),
                kind: *kind,
            };
            *ordinal += 1;
            events.push((
                EventKind::SetLogged { workout_id, set_id: id(&set_key), set: facts },
                id(&format!("{set_key}|logged")),
                start,
            ));
        }
        for (n, exercises) in self.groups(w, sets).into_iter().enumerate() {
            events.push((
                EventKind::ExercisesGrouped { workout_id, exercises },
                id(&format!("{wkey}|superset|{n}")),
                start,
            ));
        }
        events.push((EventKind::WorkoutCompleted { workout_id }, id(&format!("{wkey}|completed")), end));
        events
    }
}

/// The kind a new exercise's sets show: distance and time (a run), time alone (a plank),
/// weight and distance (a carry), reps without weight, else weight × reps.
fn kind_from_sets(sets: &[&SourceSet]) -> ExerciseKind {
    let (mut weight, mut reps, mut distance, mut time) = (false, false, false, false);
    for set in sets {
        weight |= set.weight().is_some();
        reps |= set.reps.is_some();
        distance |= set.distance_m().is_some();
        time |= set.duration_s().is_some();
    }
    match (weight, reps, distance, time) {
        (_, false, true, true) => ExerciseKind::DistanceDuration,
        (true, false, true, _) => ExerciseKind::WeightDistance,
        (false, false, false, true) => ExerciseKind::Duration,
        (false, false, true, false) => ExerciseKind::DistanceDuration,
        (false, true, _, _) => ExerciseKind::RepsOnly,
        _ => ExerciseKind::WeightReps,
    }
}
