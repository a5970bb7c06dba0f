//! The full recount of what is derived from the saved workouts — the calendar, the records of
//! the recent workouts, the open exercise, the record baselines of the live workout's
//! exercises — after a change that cannot be folded in (a correction, a removed weigh-in, the
//! e1RM formula, a reload).
//!
//! It goes over every saved set: 15–20 ms for ten years of training, 0.2 s at a million
//! events (0.3 s on one thread). So above [`InlineRecountSets`] it runs as a job on a worker
//! thread, from a clone of the history (cheap: the workouts are shared), while the window goes
//! on drawing the figures it has. A change that arrives while a recount runs starts another one
//! when it reports (its figures are installed meanwhile: they are closer to the truth than the
//! old ones). Smaller histories are recounted inline, at once.
//!
//! An exercise added to the live workout needs its records before the workout (what its sets
//! are marked against) and its heaviest weight (the typo check): the same kind of pass over
//! its sessions, run the same way (`mark_live_sets`).

use std::collections::HashMap;

use uuid::Uuid;

use super::derived::{ExerciseDetail, RecentRecord, TrainingCalendar, heaviest_saved, recent_records};
use super::jobs::JobKind;
use super::prefs::Screen;
use super::state::AppState;
use crate::domain::exercise::{ExerciseDef, ExerciseKind, kind_of};
use crate::domain::one_rep_max::Formula;
use crate::domain::projection::History;
use crate::domain::records::ExerciseRecords;

/// What a recount starts from: a snapshot of everything it reads.
pub(super) struct RecountInput {
    history: History,
    library: Vec<ExerciseDef>,
    formula: Formula,
    /// Everything, or only the live workout's record baselines (an exercise added to it).
    full: bool,
    /// The open exercise detail: which exercise, its kind, and the screen "Back" returns to.
    detail: Option<(String, ExerciseKind, Screen)>,
    /// The live workout, and the exercises of it whose records before it, and heaviest weight,
    /// are worked out.
    live: Option<Uuid>,
    exercises: Vec<String>,
    recent: usize,
    /// The calendar counted on a second thread (a recount on a worker: the window is idle).
    two_threads: bool,
}

/// What a recount found.
#[derive(Debug)]
pub struct Recounted {
    /// A full recount's calendar, recent records and open exercise.
    full: Option<(TrainingCalendar, Vec<RecentRecord>, Option<ExerciseDetail>)>,
    live_base: HashMap<String, ExerciseRecords>,
    heaviest: HashMap<String, Option<f64>>,
}

impl RecountInput {
    pub(super) fn run(self) -> Recounted {
        let RecountInput { history, library, formula, full, detail, live, exercises, recent, two_threads } = self;
        let mut live_base = HashMap::new();
        let mut heaviest = HashMap::new();
        for exercise in exercises {
            let kind = kind_of(&library, &exercise);
            live_base.insert(exercise.clone(), ExerciseRecords::before(&history, &exercise, kind, formula, live));
            heaviest.insert(exercise.clone(), heaviest_saved(&history, &exercise, live));
        }
        // On a million events the calendar and the records each take a good part of the
        // recount: the calendar on a second core when there is time to save.
        let full = full.then(|| {
            std::thread::scope(|scope| {
                let calendar = two_threads.then(|| scope.spawn(|| TrainingCalendar::of(&history, &library)));
                let recent = recent_records(&history, &library, formula, recent);
                let detail =
                    detail.map(|(exercise, kind, back)| ExerciseDetail::of(&exercise, kind, &history, formula, back));
                let calendar = match calendar {
                    Some(thread) => thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                    None => TrainingCalendar::of(&history, &library),
                };
                (calendar, recent, detail)
            })
        });
        Recounted { full, live_base, heaviest }
    }
}

impl AppState {
    /// Whether derived figures are being recounted on a worker (the screens show the previous
    /// ones meanwhile).
    pub fn is_recounting(&self) -> bool {
        self.jobs.is_running(JobKind::Recount)
    }

    /// Whether the saved workouts are many enough for a recount to run on a worker.
    fn recounts_on_a_worker(&self) -> bool {
        let sets: usize = self.logbook.history.completed().map(|w| w.sets.len()).sum();
        sets >= self.logbook.derived.inline_recount_sets.0
    }

    fn recount_input(&self, full: bool, exercises: Vec<String>, recent: usize) -> RecountInput {
        let detail =
            self.logbook.derived.detail.as_ref().map(|d| (d.exercise.clone(), self.kind_of(&d.exercise), d.return_to));
        RecountInput {
            history: self.logbook.history.clone(),
            library: self.library.clone(),
            formula: self.prefs.formula,
            full,
            detail,
            live: self.live.session.as_ref().map(|s| s.workout_id),
            exercises,
            recent,
            two_threads: false,
        }
    }

    /// Runs a recount: inline for a small history, else on a worker.
    fn run_recount(&mut self, mut input: RecountInput) {
        if !self.recounts_on_a_worker() {
            let recounted = input.run();
            self.recounted(recounted);
            return;
        }
        input.two_threads = true;
        let recount = move || {
            let recounted = input.run();
            crate::memory::release_freed();
            super::state::done(AppState::recounted, recounted)
        };
        if let Err(e) = self.start_job(JobKind::Recount, recount) {
            self.error(e);
        }
    }

    /// Recounts everything derived; when a recount is already running, once more after it.
    pub(super) fn recount(&mut self, recent: usize) {
        if self.is_recounting() {
            self.logbook.derived.recount_again = true;
            return;
        }
        self.logbook.derived.full_recounts += 1;
        // The typo check's cache is worked out again (the recount fills it for the live
        // workout's exercises; any other, from the history as it is when asked).
        self.logbook.derived.heaviest.clear();
        let live = self.live.session.as_ref().and_then(|s| self.logbook.history.workout(s.workout_id));
        let exercises = live.map(|w| w.exercise_names()).unwrap_or_default();
        let input = self.recount_input(true, exercises, recent);
        self.run_recount(input);
    }

    /// A recount's figures replace the old ones; the live marks are worked out against them.
    pub(super) fn recounted(&mut self, recounted: Recounted) {
        let Recounted { full, live_base, heaviest } = recounted;
        match full {
            Some((calendar, recent, detail)) => {
                self.logbook.derived.calendar = Some(calendar);
                self.logbook.derived.recent = recent;
                self.logbook.derived.live_base = live_base;
                // The detail the lifter has open now (another may have been opened meanwhile:
                // that one was worked out from the history as it is).
                if let (Some(open), Some(detail)) = (self.logbook.derived.detail.as_mut(), detail)
                    && open.exercise == detail.exercise
                {
                    *open = ExerciseDetail { return_to: open.return_to, ..detail };
                }
            }
            None => self.logbook.derived.live_base.extend(live_base),
        }
        self.logbook.derived.heaviest.extend(heaviest);
        self.logbook.derived.live_changed = true;
        if std::mem::take(&mut self.logbook.derived.recount_again) {
            self.logbook.derived.history_changed = true;
        }
    }

    /// Marks the live workout's sets that beat a record. An exercise just added has no
    /// baseline yet: worked out inline for a small history; on a worker for a large one (the
    /// marks of its sets follow when it reports — long before a set is typed in, as a rule).
    pub(super) fn mark_live_sets(&mut self) {
        self.logbook.derived.marks.clear();
        let Some(live) = self.live.session.as_ref().map(|s| s.workout_id) else { return };
        let Some(workout) = self.logbook.history.workout(live) else { return };
        let missing: Vec<String> = workout
            .exercises
            .iter()
            .filter(|e| !self.logbook.derived.live_base.contains_key(e.as_str()))
            .map(|e| e.to_string())
            .collect();
        // While a recount runs, it reports first and this runs again.
        if !missing.is_empty() && !self.is_recounting() {
            let input = self.recount_input(false, missing, 0);
            self.run_recount(input);
            // Counted inline (a small history), the baselines are there for the marks below.
            self.logbook.derived.live_changed = false;
        }
        let Some(workout) = self.logbook.history.workout(live) else { return };
        let bodyweight = self.logbook.history.bodyweight_at(workout.started_at);
        for exercise in &workout.exercises {
            let Some(base) = self.logbook.derived.live_base.get(exercise.as_str()) else { continue };
            for set in workout.sets_of(exercise) {
                let beaten = base.beaten_by(&set.facts, bodyweight);
                if !beaten.is_empty() {
                    self.logbook.derived.marks.insert(set.set_id, beaten);
                }
            }
        }
    }
}
