//! Programs in the window: following one (starting loads proposed from the lifter's own
//! records), stopping, and starting the next program day as a workout whose rows are the
//! prescription. Each is an event; where the program stands is folded from the history.

use chrono::Local;
use uuid::Uuid;

use super::editor::Session;
use super::prefs::Screen;
use super::state::AppState;
use crate::domain::event::EventKind;
use crate::domain::program::history::{PastSet, StartFrom, StartProposal, propose_start, starting};
use crate::domain::program::{Program, Starting, builtin};
use crate::domain::projection::Progress;

impl AppState {
    /// The built-in programs (in the display unit) and the lifter's own.
    pub fn programs(&self) -> Vec<Program> {
        let mut all = builtin::all(self.prefs.unit);
        all.extend(self.logbook.history.own_programs().iter().cloned());
        all
    }

    /// Where the followed program stands, and its next session.
    pub fn program_progress(&self) -> Option<Progress> {
        self.logbook.history.program_progress()
    }

    /// What the live workout changes of the followed program, if saved now (in words).
    pub fn program_outcomes(&self) -> Vec<String> {
        let Some(session) = self.live.session.as_ref() else { return Vec::new() };
        self.logbook.history.program_outcomes(session.workout_id).iter().map(|o| o.to_string()).collect()
    }

    /// Starting loads for `program` from the lifter's last 8 weeks, each with its set.
    pub fn propose_start(&self, program: &Program) -> Vec<StartProposal> {
        let past: Vec<PastSet> = self
            .logbook
            .history
            .completed()
            .flat_map(|w| {
                let date = w.started_at.with_timezone(&Local).date_naive();
                w.sets.iter().filter_map(move |s| {
                    Some(PastSet {
                        date,
                        exercise: s.facts.exercise.to_string(),
                        weight: s.facts.weight?,
                        reps: s.facts.reps?,
                        set_type: s.facts.set_type,
                        rpe: s.facts.rpe,
                    })
                })
            })
            .collect();
        propose_start(program, &past, StartFrom::recent(self.now().with_timezone(&Local).date_naive()))
    }

    /// Follows a program from now; `starting: None` takes the loads proposed from history.
    pub(super) fn follow_program(&mut self, slug: String, starting_loads: Option<Starting>) {
        let unit = self.prefs.unit;
        let Some(program) = self.logbook.history.find_program(&slug, unit) else {
            return self.error("That program no longer exists.");
        };
        if let Err(problem) = program.validate() {
            return self.error(format!("{} cannot be followed: {problem}.", program.name));
        }
        let loads = starting_loads.unwrap_or_else(|| starting(&program, &self.propose_start(&program)));
        let unit = program.unit;
        if self.record(vec![EventKind::ProgramStarted { slug, unit, starting: loads }]) {
            self.info(format!("Following {}.", program.name));
        }
    }

    pub(super) fn stop_program(&mut self) {
        let Some(following) = self.logbook.history.following().cloned() else { return };
        if self.record(vec![EventKind::ProgramStopped { slug: following.slug }]) {
            self.info("Program stopped.");
        }
    }

    /// Starts the followed program's next day: the workout records the day and its
    /// prescription, and its rows are prefilled with the targets.
    pub(super) fn start_program_day(&mut self) {
        if self.live.session.is_some() {
            return self.error("Finish or discard the current workout first.");
        }
        let Some(progress) = self.program_progress() else {
            return self.error("Follow a program first.");
        };
        let workout_id = Uuid::now_v7();
        let next = progress.next;
        let name = format!("{} of {}", next.day_name, progress.program.name);
        let exercises: Vec<String> = next.exercises.iter().map(|e| e.exercise.clone()).collect();
        let mut kinds = vec![EventKind::workout_started(workout_id, Some(&name))];
        kinds.push(EventKind::ProgramWorkoutStarted {
            workout_id,
            slug: progress.program.slug.clone(),
            day: next.day,
            prescription: next,
        });
        kinds.extend(exercises.iter().map(|e| EventKind::ExerciseAdded { workout_id, exercise: e.clone() }));
        if !self.record(kinds) {
            return;
        }
        let mut session = Session::new(workout_id, &name, self.now());
        for exercise in &exercises {
            let block = self.new_block(&session, exercise);
            session.exercises.push(block);
        }
        self.live.session = Some(session);
        self.prefs.screen = Screen::Workout;
    }
}
