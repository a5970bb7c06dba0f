//! Programs in the window: following one (starting loads proposed from the lifter's own
//! records, shown and editable in the Follow panel), stopping, starting the next program day
//! as a workout whose rows are the prescription, and what the Programs screen works out: the
//! coming weeks of the followed program and a replay of any program over the last weeks.
//! Each change is an event; where the program stands is folded from the history.

use chrono::{Days, Local, NaiveDate};
use uuid::Uuid;

use super::editor::Session;
use super::prefs::Screen;
use super::program_panel::{FollowPanel, ProgramPanel, ProgramPanelAction, REPLAY_WEEKS};
use super::state::AppState;
use crate::domain::event::EventKind;
use crate::domain::program::history::{PastSet, StartFrom, StartProposal, propose_start, starting};
use crate::domain::program::plan::weeks_ahead;
use crate::domain::program::replay::{PastSession, Replay, replay};
use crate::domain::program::{ExerciseResult, LiftedSet, NextSession, Program, Starting, builtin};
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
        self.program_outcome_list().iter().map(ToString::to_string).collect()
    }

    /// The same as facts, for the window to word in its language.
    pub fn program_outcome_list(&self) -> Vec<crate::domain::program::Outcome> {
        let Some(session) = self.live.session.as_ref() else { return Vec::new() };
        self.logbook.history.program_outcomes(session.workout_id)
    }

    /// Starting loads for `program` from the lifter's last 8 weeks, each with its set.
    pub fn propose_start(&self, program: &Program) -> Vec<StartProposal> {
        self.propose_start_as_of(program, self.today())
    }

    fn today(&self) -> NaiveDate {
        self.now().with_timezone(&Local).date_naive()
    }

    /// Starting loads for `program` as they would have been proposed on `day`.
    fn propose_start_as_of(&self, program: &Program, day: NaiveDate) -> Vec<StartProposal> {
        let from = StartFrom::recent(day);
        let since = day.checked_sub_days(Days::new(7 * u64::from(from.weeks))).unwrap_or(NaiveDate::MIN);
        let past: Vec<PastSet> = self
            .logbook
            .history
            .completed()
            .map(|w| (w, w.started_at.with_timezone(&Local).date_naive()))
            .filter(|(_, date)| *date >= since && *date <= day)
            .flat_map(|(w, date)| {
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
        propose_start(program, &past, from)
    }

    pub fn program_panel(&self) -> &ProgramPanel {
        &self.program_panel
    }

    pub(super) fn program_panel_action(&mut self, action: ProgramPanelAction) {
        match action {
            ProgramPanelAction::OpenFollow(slug) => {
                let Some(program) = self.logbook.history.find_program(&slug, self.prefs.unit) else {
                    return self.error(self.i18n.t("program-messages-gone").to_string());
                };
                let proposals = self.propose_start(&program);
                let panel = FollowPanel::new(&program, proposals, StartFrom::recent(self.today()));
                self.program_panel.open(panel);
            }
            ProgramPanelAction::EditLoad { track, text } => {
                if let Some(panel) = self.program_panel.follow.as_mut() {
                    panel.edit(&track, text);
                }
            }
            ProgramPanelAction::CloseFollow => self.program_panel.close(),
            ProgramPanelAction::ReplayOf(slug) => self.program_panel.replay_slug = Some(slug),
            ProgramPanelAction::ReplayWeeks(weeks) if REPLAY_WEEKS.contains(&weeks) => {
                self.program_panel.replay_weeks = weeks;
            }
            ProgramPanelAction::ReplayWeeks(_) => {}
        }
    }

    /// The followed program's sessions over the coming `weeks` if every set is made
    /// (`domain::program::plan`); `None` when none is followed.
    pub fn plan_ahead(&self, weeks: usize) -> Option<(Program, Vec<NextSession>)> {
        let progress = self.program_progress()?;
        let plan = weeks_ahead(&progress.program, &progress.state, weeks);
        Some((progress.program, plan))
    }

    /// The program the replay shows: the one picked, else the followed one, else the first.
    pub fn replayed_program(&self) -> Option<Program> {
        let unit = self.prefs.unit;
        let picked = self.program_panel.replay_slug.as_deref();
        let followed = self.logbook.history.following().map(|f| f.slug.as_str());
        match picked.or(followed) {
            Some(slug) => self.logbook.history.find_program(slug, unit),
            None => self.programs().into_iter().next(),
        }
    }

    /// What the replayed program would have prescribed over the panel's last weeks of real
    /// workouts, from the loads it would have proposed on the first day of them; with that day.
    pub fn replay_program(&self) -> Option<(Program, NaiveDate, Replay)> {
        let program = self.replayed_program()?;
        let weeks = u64::from(self.program_panel.replay_weeks);
        let since = self.today().checked_sub_days(Days::new(7 * weeks)).unwrap_or(NaiveDate::MIN);
        let starting = starting(&program, &self.propose_start_as_of(&program, since));
        let sessions: Vec<PastSession> = self
            .logbook
            .history
            .completed()
            .map(|w| (w, w.started_at.with_timezone(&Local).date_naive()))
            .filter(|(_, date)| *date >= since)
            .map(|(w, date)| PastSession { date, exercises: lifted(w) })
            .collect();
        let replayed = replay(&program, &starting, &sessions, since);
        Some((program, since, replayed))
    }

    /// Follows a program from now; `starting: None` takes the loads proposed from history.
    pub(super) fn follow_program(&mut self, slug: String, starting_loads: Option<Starting>) {
        let unit = self.prefs.unit;
        let Some(program) = self.logbook.history.find_program(&slug, unit) else {
            return self.error(self.i18n.t("program-messages-gone").to_string());
        };
        if let Err(problem) = program.validate() {
            let problem = self.i18n.program_error(&problem);
            let args = [("program", program.name.as_str().into()), ("problem", problem.into())];
            return self.error(self.i18n.f("program-messages-cannot-follow", &args));
        }
        let loads = starting_loads.unwrap_or_else(|| starting(&program, &self.propose_start(&program)));
        let unit = program.unit;
        if self.record(vec![EventKind::ProgramStarted { slug, unit, starting: loads }]) {
            self.program_panel.close();
            self.info(self.i18n.f("program-messages-following", &[("program", program.name.as_str().into())]));
        }
    }

    pub(super) fn stop_program(&mut self) {
        let Some(following) = self.logbook.history.following().cloned() else { return };
        if self.record(vec![EventKind::ProgramStopped { slug: following.slug }]) {
            self.info(self.i18n.t("program-messages-stopped").to_string());
        }
    }

    /// Starts the followed program's next day: the workout records the day and its
    /// prescription, and its rows are prefilled with the targets.
    pub(super) fn start_program_day(&mut self) {
        if self.live.session.is_some() {
            return self.error(self.i18n.t("program-messages-finish-workout-first").to_string());
        }
        let Some(progress) = self.program_progress() else {
            return self.error(self.i18n.t("program-messages-follow-first").to_string());
        };
        let workout_id = Uuid::now_v7();
        let next = progress.next;
        // The workout's name, as the lifter reads it in the history: in the window's language.
        let day = self.i18n.program_day(&progress.program, &next.day_name);
        let args = [("day", day.into()), ("program", progress.program.name.as_str().into())];
        let name = self.i18n.f("program-messages-workout-name", &args);
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

/// What a workout lifted, exercise by exercise in the order first done.
fn lifted(workout: &crate::domain::projection::Workout) -> Vec<ExerciseResult> {
    let mut exercises: Vec<ExerciseResult> = Vec::new();
    for set in &workout.sets {
        let Some(reps) = set.facts.reps else { continue };
        let weight = set.facts.weight.unwrap_or(crate::domain::units::Weight::kg(0.0));
        let lifted = LiftedSet { weight, reps, set_type: set.facts.set_type, rpe: set.facts.rpe, done: true };
        match exercises.iter_mut().find(|e| e.exercise == set.facts.exercise.as_str()) {
            Some(e) => e.sets.push(lifted),
            None => exercises.push(ExerciseResult { exercise: set.facts.exercise.to_string(), sets: vec![lifted] }),
        }
    }
    exercises
}
