//! Logging a workout: start, add exercises, log / edit / remove sets, rest timer, finish,
//! save or discard. Every logged set is an event the moment it is logged (DESIGN.md §4), so
//! a crash loses nothing; Save appends `workout_completed`.

use uuid::Uuid;

use super::editor::{ExerciseBlock, RowEdit, Session};
use super::prefs::Screen;
use super::state::{AppState, Prompt};
use crate::domain::event::{EventKind, SetType};
use crate::domain::exercise::{ExerciseDef, ExerciseKind, kind_of};
use crate::domain::rest_timer::{RestTimer, WARM_UP_REST_SECONDS, default_rest_seconds};
use crate::domain::set_rules::doubts;
use crate::domain::summary::Summary;
use crate::domain::units::WeightUnit;

impl AppState {
    pub(super) fn set_unit(&mut self, unit: WeightUnit) {
        if let Some(session) = self.live.session.as_mut() {
            session.show_weights_in(self.prefs.unit, unit);
        }
        self.prefs.unit = unit;
    }

    /// Starts a workout: empty, repeating a past one, or following a routine (whose sets are
    /// the targets).
    pub(super) fn start_workout(&mut self, name: String, repeat_of: Option<Uuid>, routine: Option<Uuid>) {
        if self.live.session.is_some() {
            return self.error("Finish or discard the current workout first.");
        }
        let workout_id = Uuid::now_v7();
        let name = name.trim().to_string();
        let from_workout = repeat_of.and_then(|id| self.logbook.history.workout(id)).map(|w| w.exercise_names());
        let from_routine = routine
            .and_then(|id| self.logbook.history.routine(id))
            .map(|r| r.exercises.iter().map(|e| e.exercise.clone()).collect::<Vec<_>>());
        let template = from_workout.or(from_routine).unwrap_or_default();
        let mut kinds = vec![EventKind::WorkoutStarted {
            workout_id,
            name: Some(name.clone()).filter(|n| !n.is_empty()),
            repeat_of,
            source: None,
            note: None,
            routine,
        }];
        kinds.extend(template.iter().map(|e| EventKind::ExerciseAdded { workout_id, exercise: e.clone() }));
        kinds.extend(self.template_supersets(workout_id, repeat_of, routine));
        // Through the writer thread, as sets are: a commit on the UI thread is a dropped frame
        // on a slow disk. Should it fail, the workout is read back as stored (none).
        if !self.record(kinds) {
            return;
        }
        let mut session = Session::new(workout_id, &name, self.now());
        session.repeat_of = repeat_of;
        session.routine = routine;
        for exercise in &template {
            let block = self.new_block(&session, exercise);
            session.exercises.push(block);
        }
        self.live.session = Some(session);
        self.prefs.screen = Screen::Workout;
    }

    /// The supersets a repeated workout or a routine had, for the new workout.
    fn template_supersets(&self, workout_id: Uuid, repeat_of: Option<Uuid>, routine: Option<Uuid>) -> Vec<EventKind> {
        let groups: Vec<Vec<String>> = match (repeat_of.and_then(|id| self.logbook.history.workout(id)), routine) {
            (Some(workout), _) => workout.supersets.clone(),
            (None, Some(id)) => {
                let Some(routine) = self.logbook.history.routine(id) else { return Vec::new() };
                let mut numbers: Vec<u32> = routine.exercises.iter().filter_map(|e| e.superset).collect();
                numbers.sort();
                numbers.dedup();
                numbers
                    .into_iter()
                    .map(|n| {
                        routine.exercises.iter().filter(|e| e.superset == Some(n)).map(|e| e.exercise.clone()).collect()
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        groups
            .into_iter()
            .filter(|g| g.len() > 1)
            .map(|exercises| EventKind::ExercisesGrouped { workout_id, exercises })
            .collect()
    }

    pub(super) fn create_exercise(&mut self, def: ExerciseDef) {
        let name = def.name.trim().to_string();
        if name.is_empty() {
            return self.error("Give the exercise a name.");
        }
        if self.library.iter().any(|e| e.name.eq_ignore_ascii_case(&name)) {
            return self.error(format!("There already is an exercise called {name}."));
        }
        // Left unchosen, the group and equipment are "Other" (a group of the list, not a new one).
        let or_other = |text: &str| if text.trim().is_empty() { "Other".to_string() } else { text.trim().to_string() };
        let def = ExerciseDef {
            name: name.clone(),
            muscle_group: or_other(&def.muscle_group),
            equipment: or_other(&def.equipment),
            kind: def.kind,
        };
        if self.record(vec![EventKind::ExerciseCreated { exercise: def.clone() }]) {
            self.library.push(def);
            self.info(format!("Created {name}."));
            if self.live.session.is_some() {
                self.add_exercise(&name);
            }
        }
    }

    pub(super) fn add_exercise(&mut self, exercise: &str) {
        let Some(session) = self.live.session.as_ref() else {
            return self.error("Start a workout first.");
        };
        if session.has_exercise(exercise) {
            return self.info(format!("{exercise} is already in this workout."));
        }
        let workout_id = session.workout_id;
        let block = self.new_block(session, exercise);
        let kind = EventKind::ExerciseAdded { workout_id, exercise: exercise.to_string() };
        if !self.record_undoable(format!("add {exercise}"), vec![kind]) {
            return;
        }
        if let Some(session) = self.live.session.as_mut() {
            session.exercises.push(block);
        }
    }

    /// A set table for `exercise` in `session`, prefilled, with the exercise's rest (the one
    /// the lifter chose, else its default). Its set indexes start after any this workout
    /// already used for the exercise.
    pub(super) fn new_block(&self, session: &Session, exercise: &str) -> ExerciseBlock {
        let sources = session.row_sources(exercise, &self.logbook.history);
        let first_index = self.logbook.history.workout(session.workout_id).map_or(0, |w| w.next_set_index(exercise));
        let mut block = ExerciseBlock::new(exercise, self.kind_of(exercise), &sources, self.prefs.unit, first_index);
        block.rest_seconds = self.rest_for(exercise);
        block
    }

    /// The rest after a working set of `exercise`.
    pub(super) fn rest_for(&self, exercise: &str) -> i64 {
        self.logbook
            .history
            .rest_seconds(exercise)
            .unwrap_or_else(|| default_rest_seconds(self.library.iter().find(|e| e.name == exercise)))
    }

    pub fn kind_of(&self, exercise: &str) -> ExerciseKind {
        kind_of(&self.library, exercise)
    }

    /// Removes the exercise and every set logged of it (the view asks first).
    pub(super) fn remove_exercise(&mut self, block: usize) {
        let Some(session) = self.live.session.as_ref() else { return };
        let Some(b) = session.exercises.get(block) else { return };
        let kind = EventKind::ExerciseRemoved { workout_id: session.workout_id, exercise: b.exercise.clone() };
        if self.record_undoable(format!("remove {}", b.exercise), vec![kind])
            && let Some(session) = self.live.session.as_mut()
        {
            session.exercises.remove(block);
            self.live.prompt = None;
        }
    }

    pub(super) fn edit_set(&mut self, block: usize, row: usize, edit: RowEdit) {
        if let Some(r) = self.live.session.as_mut().and_then(|s| s.row_mut(block, row)) {
            r.edit(edit);
        }
    }

    /// Logs a planned row or applies the edits of a logged one. Values that look like a typo
    /// are asked about first, unless `confirmed`. Returns whether the row is in the log as
    /// shown now.
    pub(super) fn complete_set(&mut self, block: usize, row: usize, confirmed: bool) -> bool {
        let unit = self.prefs.unit;
        // The typo check compares with the heaviest weight so far (cached, not a scan per set).
        let exercise = self.live.session.as_ref().and_then(|s| s.exercises.get(block)).map(|b| b.exercise.clone());
        let heaviest = match (&exercise, confirmed) {
            (Some(exercise), false) => self.heaviest_kg(exercise),
            _ => None,
        };
        let Some(session) = self.live.session.as_ref() else { return false };
        let Some(b) = session.exercises.get(block) else { return false };
        let Some(r) = b.rows.get(row) else { return false };
        let facts = match r.facts(&b.exercise, b.kind, unit) {
            Ok(Some(facts)) => facts,
            Ok(None) => {
                // A logged row that describes its stored set exactly: nothing to record.
                if let Some(r) = self.live.session.as_mut().and_then(|s| s.row_mut(block, row)) {
                    r.revert();
                }
                return true;
            }
            Err(problem) => {
                self.error(format!("{} set {}: {problem}", b.exercise, row + 1));
                return false;
            }
        };
        if !confirmed {
            let doubts = doubts(&facts, Some(&r.values.weight), heaviest);
            if !doubts.is_empty() {
                self.live.prompt = Some(Prompt::Doubtful { block, row, doubts });
                return false;
            }
        }
        let workout_id = session.workout_id;
        let (kind, set_id, is_new) = match r.set_id {
            Some(set_id) => (EventKind::SetUpdated { workout_id, set_id, set: facts.clone() }, set_id, false),
            None => {
                let set_id = Uuid::now_v7();
                (EventKind::SetLogged { workout_id, set_id, set: facts.clone() }, set_id, true)
            }
        };
        // Warm-ups get a short rest: they are not working sets.
        let rest_seconds = if facts.set_type == SetType::WarmUp { WARM_UP_REST_SECONDS } else { b.rest_seconds };
        let (exercise, is_last_row) = (b.exercise.clone(), row + 1 == b.rows.len());
        let label = format!("{} a set of {exercise}", if is_new { "log" } else { "change" });
        if !self.record_undoable(label, vec![kind]) {
            return false;
        }
        if let Some(r) = self.live.session.as_mut().and_then(|s| s.row_mut(block, row)) {
            r.saved(set_id, facts, unit);
        }
        if matches!(self.live.prompt, Some(Prompt::Doubtful { .. })) {
            self.live.prompt = None;
        }
        if is_new {
            // In a superset the lifter goes straight to the next exercise: the rest comes
            // after the round's last one.
            self.live.rest = if self.ends_a_round(block) {
                Some(RestTimer::start(&exercise, self.now(), rest_seconds))
            } else {
                None
            };
            if is_last_row {
                self.add_set_row(block);
            }
        }
        true
    }

    /// Whether logging a set of `block` ends a round: it is in no superset, or it is the
    /// superset's last exercise in the workout's order.
    fn ends_a_round(&self, block: usize) -> bool {
        let Some(session) = self.live.session.as_ref() else { return true };
        let Some(workout) = self.logbook.history.workout(session.workout_id) else { return true };
        let exercise = &session.exercises[block].exercise;
        let Some(group) = workout.superset_of(exercise) else { return true };
        let last = workout.supersets[group].iter().filter_map(|e| session.block_of(e)).max();
        last.is_none_or(|last| last == block)
    }

    pub(super) fn add_set_row(&mut self, block: usize) {
        let unit = self.prefs.unit;
        let Some(session) = self.live.session.as_mut() else { return };
        let Some(exercise) = session.exercises.get(block).map(|b| b.exercise.clone()) else { return };
        let sources = session.row_sources(&exercise, &self.logbook.history);
        session.exercises[block].add_row(&sources, unit);
    }

    pub(super) fn remove_set_row(&mut self, block: usize, row: usize) {
        let Some(session) = self.live.session.as_ref() else { return };
        let Some(r) = session.row(block, row) else { return };
        let label = format!("remove a set of {}", session.exercises[block].exercise);
        if let Some(set_id) = r.set_id
            && !self.record_undoable(label, vec![EventKind::SetRemoved { workout_id: session.workout_id, set_id }])
        {
            return;
        }
        if let Some(b) = self.live.session.as_mut().and_then(|s| s.exercises.get_mut(block)) {
            b.rows.remove(row);
        }
        self.live.prompt = None;
    }

    pub(super) fn adjust_rest(&mut self, steps: i64) {
        let now = self.now();
        if let Some(rest) = self.live.rest.as_mut() {
            rest.adjust(steps, now);
        }
    }

    /// Finish: with input that is not in the log, asks what to do with it first.
    pub(super) fn finish(&mut self) {
        let Some(session) = self.live.session.as_ref() else { return };
        let pending = session.pending_input();
        if !pending.is_empty() {
            self.live.prompt = Some(Prompt::PendingInput(pending));
            return;
        }
        self.show_summary();
    }

    pub(super) fn finish_logging_pending(&mut self) {
        self.live.prompt = None;
        let rows = self.live.session.as_ref().map(Session::rows_with_pending_input).unwrap_or_default();
        for (block, row) in rows {
            // A row that cannot be logged (an error, or a value to confirm) stops here, on screen.
            if !self.complete_set(block, row, false) {
                return;
            }
        }
        self.show_summary();
    }

    pub(super) fn finish_dropping_pending(&mut self) {
        self.live.prompt = None;
        if let Some(session) = self.live.session.as_mut() {
            for row in session.exercises.iter_mut().flat_map(|b| b.rows.iter_mut()) {
                row.revert();
            }
        }
        self.show_summary();
    }

    fn show_summary(&mut self) {
        let Some(session) = self.live.session.as_ref() else { return };
        let Some(workout) = self.logbook.history.workout(session.workout_id) else { return };
        if workout.sets.is_empty() {
            return self.error("Log at least one set before finishing, or discard the workout.");
        }
        let library = &self.library;
        let summary =
            Summary::of(workout, &self.logbook.history, self.now(), self.prefs.formula, |e| kind_of(library, e));
        self.live.summary = Some(summary);
    }

    /// Saves the workout; exercises without a logged set are taken out of it in the same
    /// batch, so a saved workout never lists an exercise it has no set of.
    pub(super) fn save(&mut self) {
        let Some(session) = self.live.session.as_ref() else { return };
        let workout_id = session.workout_id;
        let mut kinds: Vec<EventKind> = session
            .exercises_without_sets()
            .into_iter()
            .map(|exercise| EventKind::ExerciseRemoved { workout_id, exercise })
            .collect();
        kinds.push(EventKind::WorkoutCompleted { workout_id });
        // Through the writer thread, as the sets were: the window does not wait for the disk.
        // The backup counter counts the workout once it is on disk (`workout_saved`); should
        // the write fail, the workout is read back as stored — unsaved, with its sets.
        if !self.record(kinds) {
            return;
        }
        self.close_session();
    }

    /// The workout is over (saved or discarded): its table, summary, prompt, rest timer and
    /// the message that it was resumed go.
    fn close_session(&mut self) {
        self.live.close();
        self.toasts.withdraw(super::state::WORKOUT_RESUMED);
    }

    pub(super) fn discard(&mut self) {
        let Some(session) = self.live.session.as_ref() else { return };
        let workout_id = session.workout_id;
        if self.record(vec![EventKind::WorkoutDiscarded { workout_id }]) {
            self.close_session();
            self.info("Workout discarded.");
        }
    }

    pub(super) fn delete_workout(&mut self, workout_id: Uuid) {
        if self.record(vec![EventKind::WorkoutDeleted { workout_id }]) {
            self.info("Workout deleted.");
        }
    }

    /// The one place that reacts to a saved workout: called only after its events are
    /// committed.
    pub(super) fn workout_saved(&mut self) {
        let counted = self.backup.workout_saved();
        self.counter_saved(counted);
        self.info("Workout saved.");
        self.maybe_auto_backup(crate::backup::auto::Trigger::WorkoutSaved);
        self.sync_now();
    }
}
