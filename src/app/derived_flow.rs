//! Keeping what is derived from the history (records, calendar, the open exercise, the
//! heaviest weights) in step with it: a saved workout folded in, anything else recounted
//! (`recount.rs`), once per change and not per frame.

use uuid::Uuid;

use super::derived::{ExerciseDetail, RecentRecord, heaviest_in, heaviest_saved};
use super::state::{AppState, RECENT};

impl AppState {
    /// Opens an exercise's detail on the Exercises screen (from wherever the lifter is), or
    /// closes it and goes back.
    pub(super) fn show_exercise(&mut self, exercise: Option<String>) {
        match exercise {
            Some(exercise) => {
                let back = match &self.logbook.derived.detail {
                    Some(open) => open.return_to,
                    None => self.prefs.screen,
                };
                let kind = self.kind_of(&exercise);
                let detail = ExerciseDetail::of(&exercise, kind, &self.logbook.history, self.prefs.formula, back);
                self.logbook.derived.detail = Some(detail);
                self.prefs.screen = super::prefs::Screen::Exercises;
            }
            None => {
                if let Some(detail) = self.logbook.derived.detail.take() {
                    self.prefs.screen = detail.return_to;
                }
            }
        }
    }

    /// A workout just saved, folded into what is derived without going over the history again:
    /// its day and week, the records it set (against the records before it, which the live
    /// marks already hold), the open exercise if it has sets of it.
    fn fold_saved_workout(&mut self, workout_id: Uuid) {
        let formula = self.prefs.formula;
        let Some(workout) = self.logbook.history.workout(workout_id) else { return };
        let bodyweight = self.logbook.history.bodyweight_at(workout.started_at);
        if let Some(calendar) = self.logbook.derived.calendar.as_mut() {
            calendar.add(workout, &self.logbook.history, &self.library);
        }
        let mut found = Vec::new();
        for exercise in &workout.exercises {
            let kind = crate::domain::exercise::kind_of(&self.library, exercise);
            let before = self.logbook.derived.live_base.remove(exercise.as_str()).unwrap_or_else(|| {
                crate::domain::records::ExerciseRecords::before(
                    &self.logbook.history,
                    exercise,
                    kind,
                    formula,
                    Some(workout_id),
                )
            });
            for beaten in before.beaten_in(workout, bodyweight) {
                found.push(RecentRecord { at: workout.started_at, workout_id, exercise: exercise.to_string(), beaten });
            }
            // What the next workout's sets are compared with: these records and this workout.
            let mut after = before;
            after.add_session(workout, bodyweight);
            self.logbook.derived.live_base.insert(exercise.to_string(), after);
            if let Some(heaviest) = self.logbook.derived.heaviest.get_mut(exercise.as_str()) {
                *heaviest = heaviest.iter().copied().chain(heaviest_in(workout, exercise)).reduce(f64::max);
            }
        }
        found.append(&mut self.logbook.derived.recent);
        let recent: Vec<Uuid> = self.logbook.history.completed().rev().take(RECENT).map(|w| w.id).collect();
        found.retain(|r| recent.contains(&r.workout_id));
        found.sort_by(|a, b| b.at.cmp(&a.at).then(a.exercise.cmp(&b.exercise)));
        self.logbook.derived.recent = found;
        if let Some((exercise, back)) = self.logbook.derived.detail.as_ref().map(|d| (d.exercise.clone(), d.return_to))
            && workout.has_exercise(&exercise)
        {
            let kind = self.kind_of(&exercise);
            self.logbook.derived.detail =
                Some(ExerciseDetail::of(&exercise, kind, &self.logbook.history, formula, back));
        }
        self.logbook.derived.live_changed = true;
    }

    /// The heaviest weight (kg) ever logged for `exercise`: saved workouts (worked out once,
    /// not per set: at a million events that scan took 15 ms) and the live one.
    pub(super) fn heaviest_kg(&mut self, exercise: &str) -> Option<f64> {
        let live = self.live.session.as_ref().map(|s| s.workout_id);
        let history = &self.logbook.history;
        let weights = |w| heaviest_in(w, exercise);
        let saved = *self
            .logbook
            .derived
            .heaviest
            .entry(exercise.to_string())
            .or_insert_with(|| heaviest_saved(history, exercise, live));
        let in_live = live.and_then(|id| history.workout(id)).and_then(weights);
        saved.into_iter().chain(in_live).reduce(f64::max)
    }

    /// Recomputes what the history changed (see `derived.rs`): once per change, not per frame.
    pub(super) fn refresh_derived(&mut self) {
        if self.is_loading() && !self.logbook.loaded_once() {
            return;
        }
        let saved = std::mem::take(&mut self.logbook.derived.saved);
        if !saved.is_empty() && !self.logbook.derived.history_changed {
            if self.is_recounting() {
                // The running recount's snapshot lacks them, and would overwrite the fold.
                self.logbook.derived.recount_again = true;
            } else {
                for workout_id in saved {
                    self.fold_saved_workout(workout_id);
                }
            }
        }
        if std::mem::take(&mut self.logbook.derived.history_changed) {
            self.recount(RECENT);
        }
        if std::mem::take(&mut self.logbook.derived.live_changed) {
            self.mark_live_sets();
        }
    }
}
