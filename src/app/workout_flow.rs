//! Logging a workout: start, add exercises, log / edit / remove sets, rest timer, finish,
//! save or discard. Every logged set is an event the moment it is logged (DESIGN.md §4), so
//! a crash loses nothing; Save appends `workout_completed`.

use crate::domain::event::{EventKind, SetFacts};
use crate::domain::rest_timer::{RestTimer, default_rest_seconds};
use crate::domain::session::{ExerciseBlock, Session};
use crate::domain::summary::Summary;

use super::{Action, AppState};

impl AppState {
    pub(super) fn handle_workout(&mut self, action: Action) {
        match action {
            Action::StartWorkout { name, repeat_of } => self.start_workout(name, repeat_of),
            Action::AddExercise(exercise) => self.add_exercise(&exercise),
            Action::CreateExercise(def) => {
                let name = def.name.trim().to_string();
                if name.is_empty() {
                    return self.error("Give the exercise a name.");
                }
                if self.library.iter().any(|e| e.name.eq_ignore_ascii_case(&name)) {
                    return self.error(format!("There already is an exercise called {name}."));
                }
                let def = crate::domain::exercise::ExerciseDef { name: name.clone(), ..def };
                if self.record(vec![EventKind::ExerciseCreated { exercise: def.clone() }]) {
                    self.library.push(def);
                    self.info(format!("Created {name}."));
                    if self.session.is_some() {
                        self.add_exercise(&name);
                    }
                }
            }
            Action::RemoveExercise(block) => self.remove_exercise(block),
            Action::CompleteSet { block, row } => self.complete_set(block, row),
            Action::AddSetRow(block) => {
                let unit = self.prefs.unit;
                let Some(session) = self.session.as_mut() else { return };
                let Some(exercise) = session.exercises.get(block).map(|b| b.exercise.clone()) else { return };
                let sources = session.row_sources(&exercise, &self.history);
                session.exercises[block].add_row(sources, unit);
            }
            Action::RemoveSetRow { block, row } => self.remove_set_row(block, row),
            Action::AdjustRest(steps) => {
                let now = self.now();
                if let Some(rest) = self.rest.as_mut() {
                    rest.adjust(steps, now);
                }
            }
            Action::SkipRest => self.rest = None,
            Action::Finish => self.finish(),
            Action::ResumeEditing => self.summary = None,
            Action::Save => self.save(),
            Action::Discard => self.discard(),
            Action::DeleteWorkout(workout_id) => self.delete_workout(workout_id),
            _ => {}
        }
    }

    fn start_workout(&mut self, name: String, repeat_of: Option<uuid::Uuid>) {
        if self.session.is_some() {
            return self.error("Finish or discard the current workout first.");
        }
        let workout_id = uuid::Uuid::now_v7();
        let name = name.trim().to_string();
        let template =
            repeat_of.and_then(|id| self.history.workout(id)).map(|w| w.exercises.clone()).unwrap_or_default();
        let mut kinds = vec![EventKind::WorkoutStarted {
            workout_id,
            name: Some(name.clone()).filter(|n| !n.is_empty()),
            repeat_of,
        }];
        kinds.extend(template.iter().map(|e| EventKind::ExerciseAdded { workout_id, exercise: e.clone() }));
        if !self.record(kinds) {
            return;
        }
        let mut session = Session::new(workout_id, &name, self.now());
        session.repeat_of = repeat_of;
        for exercise in &template {
            let block = self.new_block(&session, exercise);
            session.exercises.push(block);
        }
        self.session = Some(session);
        self.prefs.screen = super::Screen::Workout;
    }

    fn add_exercise(&mut self, exercise: &str) {
        let Some(session) = self.session.as_ref() else {
            return self.error("Start a workout first.");
        };
        if session.has_exercise(exercise) {
            return self.info(format!("{exercise} is already in this workout."));
        }
        let workout_id = session.workout_id;
        let block = self.new_block(session, exercise);
        if !self.record(vec![EventKind::ExerciseAdded { workout_id, exercise: exercise.to_string() }]) {
            return;
        }
        if let Some(session) = self.session.as_mut() {
            session.exercises.push(block);
        }
    }

    /// A set table for `exercise` in `session`, prefilled, with the exercise's default rest.
    fn new_block(&self, session: &Session, exercise: &str) -> ExerciseBlock {
        let sources = session.row_sources(exercise, &self.history);
        let mut block = ExerciseBlock::new(exercise, sources, self.prefs.unit);
        block.rest_seconds = default_rest_seconds(self.library.iter().find(|e| e.name == exercise));
        block
    }

    fn remove_exercise(&mut self, block: usize) {
        let Some(session) = self.session.as_ref() else { return };
        let Some(b) = session.exercises.get(block) else { return };
        let kind = EventKind::ExerciseRemoved { workout_id: session.workout_id, exercise: b.exercise.clone() };
        if self.record(vec![kind])
            && let Some(session) = self.session.as_mut()
        {
            session.exercises.remove(block);
        }
    }

    fn row_mut(&mut self, block: usize, row: usize) -> Option<&mut crate::domain::session::SetRow> {
        self.session.as_mut()?.exercises.get_mut(block)?.rows.get_mut(row)
    }

    fn complete_set(&mut self, block: usize, row: usize) {
        let unit = self.prefs.unit;
        let Some(session) = self.session.as_ref() else { return };
        let Some(b) = session.exercises.get(block) else { return };
        let Some(r) = b.rows.get(row) else { return };
        let facts: SetFacts = match r.to_facts(&b.exercise, row as u32, unit) {
            Ok(facts) => facts,
            Err(problem) => return self.error(format!("{} set {}: {problem}", b.exercise, row + 1)),
        };
        let workout_id = session.workout_id;
        if let Some(set_id) = r.set_id {
            let stored = self.history.workout(workout_id).and_then(|w| w.sets.iter().find(|s| s.set_id == set_id));
            if stored.is_some_and(|s| s.facts == facts) {
                return; // nothing changed: no correction event
            }
        }
        let (kind, set_id, is_new) = match r.set_id {
            Some(set_id) => (EventKind::SetUpdated { workout_id, set_id, set: facts }, set_id, false),
            None => {
                let set_id = uuid::Uuid::now_v7();
                (EventKind::SetLogged { workout_id, set_id, set: facts }, set_id, true)
            }
        };
        let (exercise, rest_seconds, is_last_row) = (b.exercise.clone(), b.rest_seconds, row + 1 == b.rows.len());
        if !self.record(vec![kind]) {
            return;
        }
        if let Some(r) = self.row_mut(block, row) {
            r.set_id = Some(set_id);
        }
        if is_new {
            self.rest = Some(RestTimer::start(&exercise, self.now(), rest_seconds));
            if is_last_row {
                self.handle_workout(Action::AddSetRow(block));
            }
        }
    }

    fn remove_set_row(&mut self, block: usize, row: usize) {
        let Some(session) = self.session.as_ref() else { return };
        let Some(r) = session.exercises.get(block).and_then(|b| b.rows.get(row)) else { return };
        if let Some(set_id) = r.set_id
            && !self.record(vec![EventKind::SetRemoved { workout_id: session.workout_id, set_id }])
        {
            return;
        }
        if let Some(b) = self.session.as_mut().and_then(|s| s.exercises.get_mut(block)) {
            b.rows.remove(row);
        }
    }

    fn finish(&mut self) {
        let Some(session) = self.session.as_ref() else { return };
        let Some(workout) = self.history.workout(session.workout_id) else { return };
        if workout.sets.is_empty() {
            return self.error("Log at least one set before finishing, or discard the workout.");
        }
        self.summary = Some(Summary::of(workout, &self.history, self.now()));
    }

    fn save(&mut self) {
        let Some(session) = self.session.as_ref() else { return };
        let workout_id = session.workout_id;
        if !self.record(vec![EventKind::WorkoutCompleted { workout_id }]) {
            return;
        }
        self.session = None;
        self.summary = None;
        self.rest = None;
        self.workout_saved();
    }

    fn discard(&mut self) {
        let Some(session) = self.session.as_ref() else { return };
        let workout_id = session.workout_id;
        if self.record(vec![EventKind::WorkoutDiscarded { workout_id }]) {
            self.session = None;
            self.summary = None;
            self.rest = None;
            self.info("Workout discarded.");
        }
    }

    fn delete_workout(&mut self, workout_id: uuid::Uuid) {
        if self.record(vec![EventKind::WorkoutDeleted { workout_id }]) {
            self.refresh_progress();
            self.info("Workout deleted.");
        }
    }

    /// The one place that reacts to a saved workout: called only after its events are
    /// committed.
    fn workout_saved(&mut self) {
        self.backup.increment_workout_count();
        self.save_backup_state();
        self.refresh_progress();
        self.info("Workout saved.");
    }
}
