//! The records of one exercise, with the workout and day each was set: best estimated 1RM
//! (the lifter's formula, sets of 1–12 reps), heaviest weight, the rep-max table 1–12 (the
//! heaviest weight lifted for at least that many reps), most reps at each weight, best set
//! volume, best session volume — and, for exercises without a load, most reps, longest time
//! and longest distance. Warm-ups never set a record. Also: every session of the exercise
//! (for the detail screen and its charts), and which records a new set beats.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::event::SetFacts;
use super::exercise::ExerciseKind;
use super::one_rep_max::{E1RM_REPS, Formula};
use super::projection::{History, Workout};
use super::rest_timer::format_clock;
use super::units::{WeightUnit, format_amount};

/// The rep counts of the rep-max table.
pub const REP_MAX_REPS: usize = *E1RM_REPS.end() as usize;

/// What a record is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    E1rm,
    Heaviest,
    /// The heaviest weight lifted for at least this many reps.
    RepMax(u32),
    /// The most reps done at one weight.
    RepsAtWeight,
    SetVolume,
    SessionVolume,
    MostReps,
    LongestTime,
    LongestDistance,
}

impl RecordKind {
    pub fn label(self) -> String {
        match self {
            RecordKind::E1rm => "Estimated 1RM".into(),
            RecordKind::Heaviest => "Heaviest weight".into(),
            RecordKind::RepMax(r) => format!("{r}RM"),
            RecordKind::RepsAtWeight => "Most reps at this weight".into(),
            RecordKind::SetVolume => "Best set volume".into(),
            RecordKind::SessionVolume => "Best session volume".into(),
            RecordKind::MostReps => "Most reps".into(),
            RecordKind::LongestTime => "Longest time".into(),
            RecordKind::LongestDistance => "Longest distance".into(),
        }
    }

    /// A value of this record in the display unit: `142.5 kg`, `12 reps`, `1:30`, `5 km`.
    pub fn value_text(self, value: f64, kind: ExerciseKind, unit: WeightUnit) -> String {
        match self {
            RecordKind::RepsAtWeight | RecordKind::MostReps => {
                let reps = value.round() as u32;
                format!("{reps} {}", if reps == 1 { "rep" } else { "reps" })
            }
            RecordKind::LongestTime => format_clock(value.round() as i64),
            RecordKind::LongestDistance => {
                let per = kind.distance_unit(unit);
                format!("{} {}", per.text(value), per.label)
            }
            RecordKind::SetVolume | RecordKind::SessionVolume => {
                format!("{} {unit}", format_amount(unit.from_kg(value).round()))
            }
            _ => format!("{} {unit}", format_amount((unit.from_kg(value) * 10.0).round() / 10.0)),
        }
    }
}

/// A record: its value (kg, reps, seconds or metres by its kind), when and in which workout
/// it was set, and the set that set it (none for a session's volume).
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub value: f64,
    pub at: DateTime<Utc>,
    pub workout_id: Uuid,
    pub set: Option<SetFacts>,
}

/// A record a set (or a session) beats: the new value and the one it beat.
#[derive(Debug, Clone, PartialEq)]
pub struct Beaten {
    pub kind: RecordKind,
    pub value: f64,
    pub previous: f64,
}

/// One workout's sets of the exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseSession {
    pub workout_id: Uuid,
    pub at: DateTime<Utc>,
    pub title: String,
    /// Every set, warm-ups included, in table order.
    pub sets: Vec<SetFacts>,
    /// The best working set: highest e1RM, else heaviest, else most reps, longest, farthest.
    pub best_set: Option<SetFacts>,
    pub best_e1rm_kg: Option<f64>,
    /// The heaviest working set's weight.
    pub top_weight_kg: Option<f64>,
    pub volume_kg: f64,
}

/// Every record of one exercise over a history.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseRecords {
    pub exercise: String,
    pub kind: ExerciseKind,
    pub formula: Formula,
    /// Oldest first.
    pub sessions: Vec<ExerciseSession>,
    pub e1rm: Option<Record>,
    pub heaviest: Option<Record>,
    /// `rep_max[r - 1]`: the heaviest weight (kg) lifted for at least `r` reps.
    pub rep_max: [Option<Record>; REP_MAX_REPS],
    /// By weight (grams, so equal weights meet): the most reps (value) done at it.
    pub reps_at_weight: BTreeMap<i64, Record>,
    pub set_volume: Option<Record>,
    pub session_volume: Option<Record>,
    pub most_reps: Option<Record>,
    pub longest_time: Option<Record>,
    pub longest_distance: Option<Record>,
    /// Whether `sessions` is kept (the detail screen); records alone need none.
    keep_sessions: bool,
}

fn grams(kg: f64) -> i64 {
    (kg * 1000.0).round() as i64
}

/// Replaces `slot` when `value` beats it (or it is empty).
fn keep_best(slot: &mut Option<Record>, value: f64, at: DateTime<Utc>, workout_id: Uuid, set: Option<&SetFacts>) {
    if value > 0.0 && slot.as_ref().is_none_or(|r| value > r.value + 1e-9) {
        *slot = Some(Record { value, at, workout_id, set: set.cloned() });
    }
}

/// `value` beats an existing record in `slot` by what the lifter can see: a second, a metre, a
/// kilogram of volume, a hundredth of a kilogram of weight.
fn beats(slot: &Option<Record>, value: f64, kind: RecordKind) -> Option<Beaten> {
    let previous = slot.as_ref()?.value;
    let seen = |v: f64| match kind {
        RecordKind::LongestTime | RecordKind::LongestDistance | RecordKind::SetVolume | RecordKind::SessionVolume => {
            v.round()
        }
        _ => (v * 100.0).round(),
    };
    (seen(value) > seen(previous)).then_some(Beaten { kind, value, previous })
}

impl ExerciseRecords {
    pub fn empty(exercise: &str, kind: ExerciseKind, formula: Formula) -> ExerciseRecords {
        ExerciseRecords {
            exercise: exercise.to_string(),
            kind,
            formula,
            sessions: Vec::new(),
            e1rm: None,
            heaviest: None,
            rep_max: Default::default(),
            reps_at_weight: BTreeMap::new(),
            set_volume: None,
            session_volume: None,
            most_reps: None,
            longest_time: None,
            longest_distance: None,
            keep_sessions: true,
        }
    }

    /// Records without the list of sessions (cheaper, for what only compares records).
    pub fn records_only(exercise: &str, kind: ExerciseKind, formula: Formula) -> ExerciseRecords {
        ExerciseRecords { keep_sessions: false, ..ExerciseRecords::empty(exercise, kind, formula) }
    }

    /// The records over every completed workout but `excluding` (the one being logged).
    pub fn of(
        history: &History,
        exercise: &str,
        kind: ExerciseKind,
        formula: Formula,
        excluding: Option<Uuid>,
    ) -> ExerciseRecords {
        ExerciseRecords::empty(exercise, kind, formula).over(history, excluding)
    }

    /// The records alone (no session list) over every completed workout but `excluding`: what
    /// a new set or workout is compared with.
    pub fn before(
        history: &History,
        exercise: &str,
        kind: ExerciseKind,
        formula: Formula,
        excluding: Option<Uuid>,
    ) -> ExerciseRecords {
        ExerciseRecords::records_only(exercise, kind, formula).over(history, excluding)
    }

    /// These records folded over every completed workout of `history` but `excluding`.
    fn over(mut self, history: &History, excluding: Option<Uuid>) -> ExerciseRecords {
        for workout in history.completed().filter(|w| Some(w.id) != excluding) {
            self.add_session(workout, history.bodyweight_at(workout.started_at));
        }
        self
    }

    /// Folds in one workout's sets of the exercise (nothing when it has none).
    pub fn add_session(&mut self, workout: &Workout, bodyweight_kg: Option<f64>) {
        let (id, at) = (workout.id, workout.started_at);
        // Runs for every session of every workout on a full recount: no allocation here (the
        // name is lent out of `self` while the sets are folded in, and put back).
        let exercise = std::mem::take(&mut self.exercise);
        let mut volume = None;
        for set in workout.sets_of(&exercise) {
            self.add_set(&set.facts, id, at, bodyweight_kg);
            *volume.get_or_insert(0.0) += set.facts.volume_kg(bodyweight_kg);
        }
        self.exercise = exercise;
        let Some(volume) = volume else { return };
        keep_best(&mut self.session_volume, volume, at, id, None);
        if !self.keep_sessions {
            return;
        }
        let sets: Vec<&SetFacts> = workout.sets_of(&self.exercise).map(|s| &s.facts).collect();
        let working: Vec<&SetFacts> = sets.iter().copied().filter(|s| s.set_type.is_working()).collect();
        let key = |s: &SetFacts| {
            (
                self.e1rm_of(s).unwrap_or(0.0),
                s.weight.map_or(0.0, |w| w.kg),
                s.reps.unwrap_or(0),
                s.distance_m.unwrap_or(0.0),
                s.duration_s.unwrap_or(0.0),
            )
        };
        let best_set = working
            .iter()
            .max_by(|a, b| key(a).partial_cmp(&key(b)).unwrap_or(std::cmp::Ordering::Equal))
            .map(|s| (*s).clone());
        let session = ExerciseSession {
            workout_id: id,
            at,
            title: workout.title(),
            sets: sets.iter().map(|s| (*s).clone()).collect(),
            best_set,
            best_e1rm_kg: working.iter().filter_map(|s| self.e1rm_of(s)).reduce(f64::max),
            top_weight_kg: working.iter().filter_map(|s| s.weight.map(|w| w.kg)).reduce(f64::max),
            volume_kg: volume,
        };
        self.sessions.push(session);
    }

    /// The e1RM of a working set of a weight × reps exercise, by the chosen formula.
    pub fn e1rm_of(&self, set: &SetFacts) -> Option<f64> {
        if !set.set_type.is_working() || !self.kind.has_e1rm() {
            return None;
        }
        self.formula.estimate(set.weight?.kg, set.reps?)
    }

    fn load(&self, set: &SetFacts) -> Option<f64> {
        (self.kind.uses_weight() && self.kind != ExerciseKind::BodyweightReps).then_some(set.weight?.kg)
    }

    fn add_set(&mut self, set: &SetFacts, id: Uuid, at: DateTime<Utc>, bodyweight_kg: Option<f64>) {
        if !set.set_type.is_working() {
            return;
        }
        if let Some(e1rm) = self.e1rm_of(set) {
            keep_best(&mut self.e1rm, e1rm, at, id, Some(set));
        }
        let reps = set.reps.unwrap_or(0);
        if let Some(kg) = self.load(set).filter(|_| !self.kind.uses_reps() || reps > 0) {
            keep_best(&mut self.heaviest, kg, at, id, Some(set));
            if self.kind.uses_reps() {
                for r in 1..=(reps as usize).min(REP_MAX_REPS) {
                    keep_best(&mut self.rep_max[r - 1], kg, at, id, Some(set));
                }
                let slot = self.reps_at_weight.entry(grams(kg)).or_insert_with(|| Record {
                    value: 0.0,
                    at,
                    workout_id: id,
                    set: None,
                });
                if f64::from(reps) > slot.value {
                    *slot = Record { value: f64::from(reps), at, workout_id: id, set: Some(set.clone()) };
                }
            }
        }
        let volume = set.volume_kg(bodyweight_kg);
        keep_best(&mut self.set_volume, volume, at, id, Some(set));
        if matches!(self.kind, ExerciseKind::BodyweightReps | ExerciseKind::RepsOnly) {
            keep_best(&mut self.most_reps, f64::from(reps), at, id, Some(set));
        }
        if let Some(seconds) = set.duration_s.filter(|_| self.kind.uses_duration()) {
            keep_best(&mut self.longest_time, seconds, at, id, Some(set));
        }
        if let Some(metres) = set.distance_m.filter(|_| self.kind.uses_distance()) {
            keep_best(&mut self.longest_distance, metres, at, id, Some(set));
        }
    }

    /// The records `set` beats (only records that exist: a first session beats nothing). Of
    /// the rep maxes, the one of most reps it beats.
    pub fn beaten_by(&self, set: &SetFacts, bodyweight_kg: Option<f64>) -> Vec<Beaten> {
        if !set.set_type.is_working() {
            return Vec::new();
        }
        let mut beaten = Vec::new();
        if let Some(e1rm) = self.e1rm_of(set) {
            beaten.extend(beats(&self.e1rm, e1rm, RecordKind::E1rm));
        }
        let reps = set.reps.unwrap_or(0);
        if let Some(kg) = self.load(set).filter(|_| !self.kind.uses_reps() || reps > 0) {
            beaten.extend(beats(&self.heaviest, kg, RecordKind::Heaviest));
            if self.kind.uses_reps() {
                let rep_max = (1..=(reps as usize).min(REP_MAX_REPS))
                    .rev()
                    .find_map(|r| beats(&self.rep_max[r - 1], kg, RecordKind::RepMax(r as u32)));
                beaten.extend(rep_max);
                if let Some(record) = self.reps_at_weight.get(&grams(kg)) {
                    beaten.extend(beats(&Some(record.clone()), f64::from(reps), RecordKind::RepsAtWeight));
                }
            }
        }
        beaten.extend(beats(&self.set_volume, set.volume_kg(bodyweight_kg), RecordKind::SetVolume));
        if matches!(self.kind, ExerciseKind::BodyweightReps | ExerciseKind::RepsOnly) {
            beaten.extend(beats(&self.most_reps, f64::from(reps), RecordKind::MostReps));
        }
        if let Some(seconds) = set.duration_s.filter(|_| self.kind.uses_duration()) {
            beaten.extend(beats(&self.longest_time, seconds, RecordKind::LongestTime));
        }
        if let Some(metres) = set.distance_m.filter(|_| self.kind.uses_distance()) {
            beaten.extend(beats(&self.longest_distance, metres, RecordKind::LongestDistance));
        }
        beaten
    }

    /// Every record `workout` beats (each kind once, at its best value), its session volume
    /// included.
    pub fn beaten_in(&self, workout: &Workout, bodyweight_kg: Option<f64>) -> Vec<Beaten> {
        let mut best: BTreeMap<RecordKind, Beaten> = BTreeMap::new();
        let mut volume = 0.0;
        for set in workout.sets_of(&self.exercise) {
            volume += set.volume_kg(bodyweight_kg);
            for b in self.beaten_by(&set.facts, bodyweight_kg) {
                // Rep maxes of different rep counts are one kind of news: keep the best.
                let key = match b.kind {
                    RecordKind::RepMax(_) => RecordKind::RepMax(0),
                    other => other,
                };
                if best.get(&key).is_none_or(|old| b.value > old.value) {
                    best.insert(key, b);
                }
            }
        }
        let mut all: Vec<Beaten> = best.into_values().collect();
        all.extend(beats(&self.session_volume, volume, RecordKind::SessionVolume));
        all
    }

    /// The rep-max table: for each rep count 1–12, its record if any.
    pub fn rep_maxes(&self) -> impl Iterator<Item = (u32, &Record)> {
        self.rep_max.iter().enumerate().filter_map(|(i, r)| r.as_ref().map(|r| (i as u32 + 1, r)))
    }

    /// Most reps at each weight, heaviest first.
    pub fn reps_by_weight(&self) -> impl Iterator<Item = &Record> {
        self.reps_at_weight.values().rev()
    }

    /// The records that exist, in the order a lifter reads them (the rep-max and
    /// reps-at-weight tables aside).
    pub fn headline(&self) -> Vec<(RecordKind, &Record)> {
        [
            (RecordKind::E1rm, &self.e1rm),
            (RecordKind::Heaviest, &self.heaviest),
            (RecordKind::MostReps, &self.most_reps),
            (RecordKind::LongestTime, &self.longest_time),
            (RecordKind::LongestDistance, &self.longest_distance),
            (RecordKind::SetVolume, &self.set_volume),
            (RecordKind::SessionVolume, &self.session_volume),
        ]
        .into_iter()
        .filter_map(|(kind, r)| r.as_ref().map(|r| (kind, r)))
        .collect()
    }
}

#[cfg(test)]
mod tests;
