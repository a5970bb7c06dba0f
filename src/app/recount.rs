//! The full recount of what is derived from the saved workouts — the calendar, the records of
//! the recent workouts, the open exercise, the record baselines of the live workout's
//! exercises — after a change that cannot be folded in (a correction, a removed weigh-in, the
//! e1RM formula, a reload).
//!
//! It goes over every saved set: 15–20 ms for ten years of training, a third of a second at a
//! million events. So above [`INLINE_RECOUNT_SETS`] it runs as a job on a worker thread, from a
//! clone of the history (cheap: the workouts are shared), while the window goes on drawing the
//! figures it has. A change that arrives while a recount runs starts another one when it
//! reports (its figures are installed meanwhile: they are closer to the truth than the old
//! ones). Smaller histories are recounted inline, at once.

use std::collections::HashMap;

use uuid::Uuid;

use super::derived::{ExerciseDetail, RecentRecord, TrainingCalendar, recent_records};
use super::jobs::{JobDone, JobKind};
use super::prefs::Screen;
use super::state::AppState;
use crate::domain::exercise::{ExerciseDef, ExerciseKind, kind_of};
use crate::domain::one_rep_max::Formula;
use crate::domain::projection::History;
use crate::domain::records::ExerciseRecords;

/// Below this many saved sets a recount runs inline (about 2 ms here); above it, on a worker.
pub(super) const INLINE_RECOUNT_SETS: usize = 5_000;

/// What a recount starts from: a snapshot of everything it reads.
pub(super) struct RecountInput {
    history: History,
    library: Vec<ExerciseDef>,
    formula: Formula,
    /// The open exercise detail: which exercise, its kind, and the screen "Back" returns to.
    detail: Option<(String, ExerciseKind, Screen)>,
    /// The live workout, whose exercises' records before it are worked out too.
    live: Option<Uuid>,
    recent: usize,
}

/// What a recount found.
#[derive(Debug)]
pub struct Recounted {
    calendar: TrainingCalendar,
    recent: Vec<RecentRecord>,
    detail: Option<ExerciseDetail>,
    live_base: HashMap<String, ExerciseRecords>,
}

impl RecountInput {
    pub(super) fn run(self) -> Recounted {
        let RecountInput { history, library, formula, detail, live, recent } = self;
        let detail = detail.map(|(exercise, kind, back)| ExerciseDetail::of(&exercise, kind, &history, formula, back));
        let mut live_base = HashMap::new();
        if let Some(workout) = live.and_then(|id| history.workout(id)) {
            for exercise in &workout.exercises {
                let kind = kind_of(&library, exercise);
                let base = ExerciseRecords::before(&history, exercise, kind, formula, Some(workout.id));
                live_base.insert(exercise.clone(), base);
            }
        }
        Recounted {
            calendar: TrainingCalendar::of(&history, &library),
            recent: recent_records(&history, &library, formula, recent),
            detail,
            live_base,
        }
    }
}

impl AppState {
    /// Whether derived figures are being recounted on a worker (the screens show the previous
    /// ones meanwhile).
    pub fn is_recounting(&self) -> bool {
        self.jobs.is_running(JobKind::Recount)
    }

    /// Recounts everything derived: inline for a small history, else on a worker; when one
    /// is already running, once more after it.
    pub(super) fn recount(&mut self, recent: usize) {
        if self.is_recounting() {
            self.derived.recount_again = true;
            return;
        }
        self.derived.full_recounts += 1;
        // The typo check's cache is worked out again per exercise, from the history as it is.
        self.derived.heaviest.clear();
        let detail = self.derived.detail.as_ref().map(|d| (d.exercise.clone(), self.kind_of(&d.exercise), d.return_to));
        let input = RecountInput {
            history: self.history.clone(),
            library: self.library.clone(),
            formula: self.prefs.formula,
            detail,
            live: self.session.as_ref().map(|s| s.workout_id),
            recent,
        };
        let sets: usize = self.history.completed().map(|w| w.sets.len()).sum();
        if sets < self.derived.inline_recount_sets {
            let recounted = input.run();
            self.recounted(recounted);
            return;
        }
        if let Err(e) = self.jobs.start(JobKind::Recount, move || JobDone::Recounted(Box::new(input.run()))) {
            self.error(e);
        }
    }

    /// A recount's figures replace the old ones; the live marks are worked out against them.
    pub(super) fn recounted(&mut self, recounted: Recounted) {
        let Recounted { calendar, recent, detail, live_base } = recounted;
        self.derived.calendar = Some(calendar);
        self.derived.recent = recent;
        self.derived.live_base = live_base;
        // The detail the lifter has open now (another may have been opened meanwhile: that one
        // was worked out from the history as it is).
        if let (Some(open), Some(detail)) = (self.derived.detail.as_mut(), detail)
            && open.exercise == detail.exercise
        {
            *open = ExerciseDetail { return_to: open.return_to, ..detail };
        }
        self.derived.live_changed = true;
        if std::mem::take(&mut self.derived.recount_again) {
            self.derived.history_changed = true;
        }
    }
}
