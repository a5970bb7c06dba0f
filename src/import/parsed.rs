//! What an app's reader makes of a file, in GymLog's terms: its workouts, exercises, sets and
//! weigh-ins, the rows skipped and the warnings — and the [`Builder`] every reader fills it
//! through, which decides once, for every app, what a set's values mean: an empty row is
//! skipped, a real value beyond what the app lets a lifter type is kept and warned about, a
//! value no set can have is skipped with its reason. Every row ends as a set or a skipped row,
//! so `rows = sets + skipped` holds by construction. Sets are kept small (a million of them
//! fit in ~70 MB): names live once in the exercise and workout tables.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use super::{ImportError, Skipped, Warning};
use crate::domain::event::SetType;
use crate::domain::units::typed::{MAX_AMOUNT, MAX_REPS};
use crate::domain::units::{Weight, WeightUnit};

/// The longest workout or exercise name an import takes.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest note an import takes whole (a longer one is cut, with a warning).
pub const MAX_NOTE_CHARS: usize = 10_000;
/// Beyond these no set can be (a hundred tonnes, a million reps): the row is skipped.
const IMPOSSIBLE_WEIGHT: f64 = 100_000.0;
const IMPOSSIBLE_REPS: f64 = 1_000_000.0;
/// Beyond these a value is kept and warned about.
const LONG_DISTANCE_M: f64 = 1_000_000.0;
const LONG_DURATION_S: f64 = 24.0 * 3600.0;

/// When a workout or a weigh-in happened, as the file says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Start {
    /// A local time of the lifter's (most apps).
    Local(NaiveDateTime),
    /// A moment in UTC (Liftosaur's ISO times, JEFIT's Unix times).
    Utc(DateTime<Utc>),
}

impl Start {
    /// The time as written, for content ids (the same file gives the same text).
    pub fn key(&self) -> String {
        match self {
            Start::Local(at) => at.format("%Y-%m-%dT%H:%M:%S").to_string(),
            Start::Utc(at) => at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        }
    }

    /// This start in UTC, local times placed by `local_to_utc`.
    pub fn utc(&self, local_to_utc: &dyn Fn(NaiveDateTime) -> DateTime<Utc>) -> DateTime<Utc> {
        match self {
            Start::Local(at) => local_to_utc(*at),
            Start::Utc(at) => *at,
        }
    }
}

/// One workout of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceWorkout {
    /// What identifies it in the file (start and name, or the app's own session id): the
    /// seed of its events' ids.
    pub key: String,
    pub start: Start,
    /// False when the file gives only the day (FitNotes): the start is that day's midnight.
    pub time_known: bool,
    pub name: String,
    pub seconds: Option<i64>,
    pub note: Option<String>,
    /// Its first line in the file.
    pub first_line: u64,
    /// Exercises done as supersets (indexes into [`Parsed::exercises`]).
    pub supersets: Vec<Vec<u32>>,
}

/// An exercise as the file names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceExercise {
    pub name: String,
    /// The muscle group or body region the file gives (FitNotes' category, GymBook's zone).
    pub group: Option<String>,
}

/// One set, compact: amounts absent are NaN, names are indexes.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSet {
    /// Its line in the file (the first line is 1).
    pub line: u32,
    pub workout: u32,
    pub exercise: u32,
    pub set_type: SetType,
    unit: WeightUnit,
    pub reps: Option<u32>,
    weight: f64,
    rpe: f64,
    distance_m: f64,
    duration_s: f64,
    pub note: Option<Box<str>>,
}

fn some(value: f64) -> Option<f64> {
    (!value.is_nan()).then_some(value)
}

impl SourceSet {
    pub fn weight(&self) -> Option<Weight> {
        some(self.weight).map(|w| Weight::entered(w, self.unit))
    }
    pub fn rpe(&self) -> Option<f64> {
        some(self.rpe)
    }
    pub fn distance_m(&self) -> Option<f64> {
        some(self.distance_m)
    }
    pub fn duration_s(&self) -> Option<f64> {
        some(self.duration_s)
    }
}

/// A bodyweight entry of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct WeighIn {
    pub line: u64,
    pub at: Start,
    pub weight: Weight,
}

/// A body measurement of the file (JEFIT's profile).
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementIn {
    pub line: u64,
    pub at: Start,
    pub site: crate::domain::measurement::Site,
    pub reading: crate::domain::measurement::Reading,
}

/// Everything read from a file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    /// Data rows: every one is a set or skipped.
    pub rows: u64,
    pub workouts: Vec<SourceWorkout>,
    pub exercises: Vec<SourceExercise>,
    pub sets: Vec<SourceSet>,
    pub weigh_ins: Vec<WeighIn>,
    pub measurements: Vec<MeasurementIn>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
}

/// The values of one set as a reader found them, before the rules of [`Builder::set`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetValues {
    pub set_type: SetType,
    /// The amount and its unit.
    pub weight: Option<(f64, WeightUnit)>,
    /// As written: may be fractional or negative.
    pub reps: Option<f64>,
    pub rpe: Option<f64>,
    pub distance_m: Option<f64>,
    pub duration_s: Option<f64>,
    pub note: Option<String>,
}

/// A workout as a reader names it.
pub struct WorkoutKey<'a> {
    pub start: Start,
    pub time_known: bool,
    pub name: &'a str,
    /// The app's own id of the session, when it has one (JEFIT): the workout is that id, not
    /// its start and name.
    pub session: Option<&'a str>,
}

/// Fills a [`Parsed`], applying the rules every app shares.
#[derive(Default)]
pub struct Builder {
    parsed: Parsed,
    workouts: HashMap<String, u32>,
    exercises: HashMap<String, u32>,
    /// The first row that could not be read: the reason a file none of whose rows could be
    /// read is refused.
    first_unreadable: Option<(u64, String)>,
    /// The workout of the row before (rows of a workout come together): found again without
    /// building its key.
    last_workout: Option<(Start, String, Option<String>, u32)>,
}

impl Builder {
    /// The workout `key` names, made on first sight.
    pub fn workout(&mut self, key: WorkoutKey<'_>, line: u64) -> u32 {
        if let Some((start, name, session, index)) = &self.last_workout
            && *start == key.start
            && name == key.name
            && session.as_deref() == key.session
        {
            return *index;
        }
        let index = self.find_or_make_workout(&key, line);
        self.last_workout = Some((key.start, key.name.to_string(), key.session.map(str::to_string), index));
        index
    }

    fn find_or_make_workout(&mut self, key: &WorkoutKey<'_>, line: u64) -> u32 {
        let name = clip(key.name.trim(), MAX_NAME_CHARS);
        let id_key = match key.session {
            Some(session) => format!("session {session}"),
            None => format!("{}|{name}", key.start.key()),
        };
        if let Some(index) = self.workouts.get(&id_key) {
            return *index;
        }
        if key.name.chars().count() > MAX_NAME_CHARS {
            self.warn(
                line,
                format!("a workout name of {} characters, cut to {MAX_NAME_CHARS}", key.name.chars().count()),
            );
        }
        let index = self.parsed.workouts.len() as u32;
        self.parsed.workouts.push(SourceWorkout {
            key: id_key.clone(),
            start: key.start,
            time_known: key.time_known,
            name,
            seconds: None,
            note: None,
            first_line: line,
            supersets: Vec::new(),
        });
        self.workouts.insert(id_key, index);
        index
    }

    pub fn workout_mut(&mut self, index: u32) -> &mut SourceWorkout {
        &mut self.parsed.workouts[index as usize]
    }

    /// Sets a workout's duration unless it has one.
    pub fn workout_seconds(&mut self, index: u32, seconds: Option<f64>) {
        let workout = self.workout_mut(index);
        if workout.seconds.is_none() {
            workout.seconds = seconds.filter(|s| *s >= 0.0).map(|s| s.round() as i64);
        }
    }

    /// Sets a workout's note unless it has one.
    pub fn workout_note(&mut self, index: u32, note: &str) {
        let workout = self.workout_mut(index);
        if workout.note.is_none() && !note.trim().is_empty() {
            workout.note = Some(clip(note.trim(), MAX_NOTE_CHARS));
        }
    }

    /// The exercise the file calls `name`, made on first sight; `None` (and the row skipped)
    /// when the name is empty or longer than any exercise name.
    pub fn exercise(&mut self, name: &str, group: Option<&str>, line: u64) -> Option<u32> {
        let name = name.trim();
        if name.is_empty() {
            self.unreadable(line, "the exercise name is empty");
            return None;
        }
        if name.chars().count() > MAX_NAME_CHARS {
            let n = name.chars().count();
            self.unreadable(
                line,
                format!("an exercise name of {n} characters (GymLog takes at most {MAX_NAME_CHARS})"),
            );
            return None;
        }
        if let Some(index) = self.exercises.get(name) {
            return Some(*index);
        }
        let index = self.parsed.exercises.len() as u32;
        let group = group.map(str::trim).filter(|g| !g.is_empty()).map(str::to_string);
        self.parsed.exercises.push(SourceExercise { name: name.to_string(), group });
        self.exercises.insert(name.to_string(), index);
        Some(index)
    }

    /// A row that is not a set: rest timers, empty sets, a header again.
    pub fn skip(&mut self, line: u64, reason: impl Into<String>) {
        self.parsed.rows += 1;
        self.parsed.skipped.push(Skipped { line, reason: reason.into() });
    }

    /// A row whose values cannot be read (a date that is no date, a weight that is text).
    pub fn unreadable(&mut self, line: u64, reason: impl Into<String>) {
        let reason = reason.into();
        if self.first_unreadable.is_none() {
            self.first_unreadable = Some((line, reason.clone()));
        }
        self.skip(line, reason);
    }

    pub fn warn(&mut self, line: u64, message: impl Into<String>) {
        self.parsed.warnings.push(Warning { line, message: message.into() });
    }

    pub fn weigh_in(&mut self, line: u64, at: Start, weight: Weight) {
        self.parsed.weigh_ins.push(WeighIn { line, at, weight });
    }

    pub fn measurement(
        &mut self,
        line: u64,
        at: Start,
        site: crate::domain::measurement::Site,
        reading: crate::domain::measurement::Reading,
    ) {
        self.parsed.measurements.push(MeasurementIn { line, at, site, reading });
    }

    /// One set of `workout`, or a skipped row when its values cannot make one.
    pub fn set(&mut self, line: u64, workout: u32, exercise: u32, values: SetValues) {
        let SetValues { set_type, weight, reps, rpe, distance_m, duration_s, note } = values;
        let unit = weight.map_or(WeightUnit::Kg, |(_, u)| u);
        let weight = weight.map(|(w, _)| w);
        if let Some(w) = weight.filter(|w| w.abs() > IMPOSSIBLE_WEIGHT) {
            return self.skip(line, format!("a weight of {w} {unit} cannot be a set"));
        }
        if let Some(r) = reps.filter(|r| *r > IMPOSSIBLE_REPS) {
            return self.skip(line, format!("{r} reps cannot be a set"));
        }
        if let Some(r) = reps.filter(|r| *r < 0.0) {
            return self.skip(line, format!("reps {r} is negative: not a set"));
        }
        let mut amount = |value: Option<f64>, what: &str, long: f64, shown: &dyn Fn(f64) -> String| match value {
            Some(v) if v < 0.0 => {
                self.warn(line, format!("a negative {what} ({}) is left out", shown(v)));
                None
            }
            Some(v) if v > long => {
                self.warn(line, format!("a {what} of {}: imported as written", shown(v)));
                Some(v)
            }
            other => other,
        };
        let distance_m = amount(distance_m, "distance", LONG_DISTANCE_M, &|m| format!("{} km", m / 1000.0));
        let duration_s = amount(duration_s, "time", LONG_DURATION_S, &|s| format!("{s} s"));
        if weight.is_none() && reps.is_none() && distance_m.is_none() && duration_s.is_none() {
            return self.skip(line, "an empty set (no weight, reps, distance or time)");
        }
        let reps = reps.map(|r| {
            let whole = r.round();
            if whole != r {
                self.warn(line, format!("{r} reps, counted as {whole}"));
            }
            whole as u32
        });
        if let Some(r) = reps.filter(|r| *r > MAX_REPS) {
            self.warn(line, format!("{r} reps: more than GymLog lets you type ({MAX_REPS}), imported as written"));
        }
        if let Some(w) = weight.filter(|w| *w > MAX_AMOUNT) {
            self.warn(line, format!("a weight of {w} {unit}: more than GymLog lets you type, imported as written"));
        }
        if let Some(w) = weight.filter(|w| *w < 0.0) {
            self.warn(line, format!("a negative weight ({w} {unit}), kept as written (assistance?)"));
        }
        let rpe = rpe.filter(|r| *r > 0.0);
        if let Some(r) = rpe.filter(|r| *r > 10.0) {
            self.warn(line, format!("RPE {r} is above 10, imported as written"));
        }
        let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()).map(|n| {
            if n.chars().count() > MAX_NOTE_CHARS {
                self.warn(line, format!("a note of {} characters, cut to {MAX_NOTE_CHARS}", n.chars().count()));
            }
            clip(&n, MAX_NOTE_CHARS).into_boxed_str()
        });
        self.parsed.rows += 1;
        self.parsed.sets.push(SourceSet {
            line: line as u32,
            workout,
            exercise,
            set_type,
            unit,
            reps,
            weight: weight.unwrap_or(f64::NAN),
            rpe: rpe.unwrap_or(f64::NAN),
            distance_m: distance_m.unwrap_or(f64::NAN),
            duration_s: duration_s.unwrap_or(f64::NAN),
            note,
        });
    }

    /// Groups exercises of a workout as a superset (Hevy's `superset_id`).
    pub fn superset(&mut self, workout: u32, exercises: Vec<u32>) {
        if exercises.len() > 1 {
            self.workout_mut(workout).supersets.push(exercises);
        }
    }

    /// The result; refused when rows could not be read and none of them made a set.
    pub fn finish(self) -> Result<Parsed, ImportError> {
        if self.parsed.sets.is_empty()
            && self.parsed.weigh_ins.is_empty()
            && self.parsed.measurements.is_empty()
            && let Some((line, reason)) = self.first_unreadable
        {
            return Err(ImportError::at(line, format!("{reason} — and no row of the file could be read as a set")));
        }
        Ok(self.parsed)
    }
}

/// `text` cut to `max` characters.
pub fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => text[..end].to_string(),
        None => text.to_string(),
    }
}

/// The local day of a start (UTC starts on their UTC day), for reports.
pub fn day_of(start: &Start, local_to_utc: &dyn Fn(NaiveDateTime) -> DateTime<Utc>) -> NaiveDate {
    match start {
        Start::Local(at) => at.date(),
        Start::Utc(_) => start.utc(local_to_utc).with_timezone(&chrono::Local).date_naive(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builder_with_workout() -> (Builder, u32, u32) {
        let mut b = Builder::default();
        let at = NaiveDate::from_ymd_opt(2024, 1, 3).unwrap().and_hms_opt(18, 5, 0).unwrap();
        let w = b.workout(WorkoutKey { start: Start::Local(at), time_known: true, name: "Legs", session: None }, 2);
        let e = b.exercise("Step-Up", None, 2).unwrap();
        (b, w, e)
    }

    #[test]
    fn real_values_beyond_the_app_s_bounds_are_kept_with_a_warning() {
        let (mut b, w, e) = builder_with_workout();
        b.set(2, w, e, SetValues { reps: Some(4500.0), ..SetValues::default() });
        b.set(3, w, e, SetValues { weight: Some((1200.0, WeightUnit::Lb)), reps: Some(10.0), ..SetValues::default() });
        b.set(4, w, e, SetValues { weight: Some((2500.0, WeightUnit::Lb)), reps: Some(5.0), ..SetValues::default() });
        b.set(5, w, e, SetValues { weight: Some((1e9, WeightUnit::Kg)), reps: Some(5.0), ..SetValues::default() });
        b.set(6, w, e, SetValues { reps: Some(-5.0), ..SetValues::default() });
        b.set(7, w, e, SetValues::default());
        b.set(8, w, e, SetValues { reps: Some(5.5), rpe: Some(11.0), ..SetValues::default() });
        let parsed = b.finish().unwrap();
        assert_eq!(parsed.rows, parsed.sets.len() as u64 + parsed.skipped.len() as u64);
        let reps: Vec<Option<u32>> = parsed.sets.iter().map(|s| s.reps).collect();
        assert_eq!(reps, [Some(4500), Some(10), Some(5), Some(6)]);
        assert_eq!(parsed.sets[2].weight().unwrap().as_entered(), 2500.0);
        let skipped: Vec<u64> = parsed.skipped.iter().map(|s| s.line).collect();
        assert_eq!(skipped, [5, 6, 7]);
        let warned: Vec<u64> = parsed.warnings.iter().map(|w| w.line).collect();
        assert_eq!(warned, [2, 4, 8, 8]);
        assert!(parsed.warnings[0].message.contains("4500 reps"), "{:?}", parsed.warnings);
    }

    #[test]
    fn a_file_none_of_whose_rows_can_be_read_is_refused_by_its_first_bad_line() {
        let mut b = Builder::default();
        b.unreadable(2, "`03/01/2024` is not a date");
        b.unreadable(3, "`04/01/2024` is not a date");
        let err = b.finish().unwrap_err();
        assert_eq!(err.line, Some(2));
        let (mut b, w, e) = builder_with_workout();
        b.unreadable(3, "weight `heavy` is not a number");
        b.set(4, w, e, SetValues { reps: Some(5.0), ..SetValues::default() });
        assert_eq!(b.finish().unwrap().skipped.len(), 1, "one bad row among good ones is skipped");
    }

    #[test]
    fn a_set_is_small() {
        assert!(std::mem::size_of::<SourceSet>() <= 72, "{}", std::mem::size_of::<SourceSet>());
    }
}
