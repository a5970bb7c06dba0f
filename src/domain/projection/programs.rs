//! Programs in the projection: the lifter's own programs (the latest save of a slug), the one
//! they follow, and which workouts were days of it with what was prescribed. Where a followed
//! program stands is never stored: [`History::program_progress`] folds the completed workouts
//! of it since it was started ([`ProgramState::from_sessions`]), so editing or deleting a past
//! workout moves the program with it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{History, Workout, WorkoutStatus};
use crate::domain::event::{Event, EventKind};
use crate::domain::program::{
    ExerciseResult, LiftedSet, NextSession, Outcome, PlannedSet, Program, ProgramState, SessionResult, Starting,
    builtin, prescribe,
};
use crate::domain::units::{Weight, WeightUnit};

/// The program the lifter follows, since when, from which starting loads.
#[derive(Debug, Clone, PartialEq)]
pub struct Following {
    pub slug: String,
    /// The unit of a built-in program (its weights and jumps).
    pub unit: WeightUnit,
    pub starting: Starting,
    pub since: DateTime<Utc>,
}

/// A workout that is a day of a program, what the program prescribed for it, and the targets
/// the lifter overrode (per exercise, the latest override).
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramWorkout {
    pub slug: String,
    pub day: usize,
    pub prescription: NextSession,
    pub overrides: Vec<(String, Vec<PlannedSet>)>,
}

impl ProgramWorkout {
    /// The sets to do of `exercise`: the override, else the prescription.
    pub fn target(&self, exercise: &str) -> Option<&[PlannedSet]> {
        let overridden = self.overrides.iter().find(|(e, _)| e == exercise).map(|(_, sets)| &sets[..]);
        overridden.or_else(|| self.prescription.exercise(exercise).map(|e| &e.sets[..]))
    }

    /// Whether the lifter changed the target of `exercise` from the prescription.
    pub fn is_overridden(&self, exercise: &str) -> bool {
        self.overrides.iter().any(|(e, _)| e == exercise)
    }
}

/// Where the followed program stands: its state folded from the sessions done, the next
/// session, and what the last one changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub program: Program,
    pub following: Following,
    pub state: ProgramState,
    pub next: NextSession,
    pub last_outcomes: Vec<Outcome>,
}

/// The program part of the projection.
#[derive(Debug, Clone, Default)]
pub(super) struct Programs {
    own: Vec<Program>,
    following: Option<Following>,
    workouts: HashMap<Uuid, ProgramWorkout>,
    fold: FoldCache,
}

/// The fold of the followed program's sessions as last worked out, so the next time only the
/// sessions from the first one that changed are folded again (≤ 5 ms for the next session on
/// ten years of a program). A session is known by its workout's `Arc`: a changed workout is a
/// new one (`Arc::make_mut` copies a workout the cache still holds), so a stale state is never
/// reused. Not part of what the history is: cloned along, compared as nothing.
#[derive(Default)]
struct FoldCache(Mutex<Option<Fold>>);

#[derive(Clone)]
struct Fold {
    program: Program,
    following: Following,
    /// Per session folded, oldest first: its workout, its day, the state after it and what
    /// it changed.
    steps: Vec<(Arc<Workout>, usize, ProgramState, Vec<Outcome>)>,
}

impl Clone for FoldCache {
    fn clone(&self) -> FoldCache {
        FoldCache(Mutex::new(self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()))
    }
}

impl std::fmt::Debug for FoldCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FoldCache")
    }
}

impl Programs {
    /// Folds a program event in; other events are not its business.
    pub(super) fn apply(&mut self, event: &Event) {
        match &event.kind {
            EventKind::ProgramSaved { program } => match self.own.iter_mut().find(|p| p.slug == program.slug) {
                Some(existing) => *existing = program.clone(),
                None => self.own.push(program.clone()),
            },
            EventKind::ProgramDeleted { slug } => self.own.retain(|p| &p.slug != slug),
            EventKind::ProgramStarted { slug, unit, starting } => {
                self.following = Some(Following {
                    slug: slug.clone(),
                    unit: *unit,
                    starting: starting.clone(),
                    since: event.occurred_at,
                })
            }
            EventKind::ProgramStopped { slug } if self.following.as_ref().is_some_and(|f| &f.slug == slug) => {
                self.following = None;
            }
            EventKind::ProgramWorkoutStarted { workout_id, slug, day, prescription } => {
                self.workouts.entry(*workout_id).or_insert_with(|| ProgramWorkout {
                    slug: slug.clone(),
                    day: *day,
                    prescription: prescription.clone(),
                    overrides: Vec::new(),
                });
            }
            EventKind::ProgramTargetOverridden { workout_id, exercise, target, .. } => {
                let Some(workout) = self.workouts.get_mut(workout_id) else { return };
                workout.overrides.retain(|(e, _)| e != exercise);
                // Back to what the program asked: no override any more.
                if workout.prescription.exercise(exercise).is_none_or(|p| &p.sets != target) {
                    workout.overrides.push((exercise.clone(), target.clone()));
                }
            }
            _ => {}
        }
    }
}

/// What a workout lifted of a program day, as the rules read it.
pub fn session_result(program: &Program, workout: &Workout, day: usize) -> SessionResult {
    let exercises = program.days.get(day).map_or(&[][..], |d| &d.exercises[..]);
    let exercises = exercises
        .iter()
        .map(|e| ExerciseResult {
            exercise: e.exercise.clone(),
            sets: workout
                .sets_of(&e.exercise)
                .filter_map(|s| {
                    Some(LiftedSet {
                        weight: s.facts.weight.unwrap_or(Weight::kg(0.0)),
                        reps: s.facts.reps?,
                        set_type: s.facts.set_type,
                        rpe: s.facts.rpe,
                        done: true,
                    })
                })
                .collect(),
        })
        .collect();
    SessionResult { day, exercises }
}

impl History {
    /// The lifter's own programs, in the order first saved.
    pub fn own_programs(&self) -> &[Program] {
        &self.programs.own
    }

    pub fn following(&self) -> Option<&Following> {
        self.programs.following.as_ref()
    }

    /// The program day a workout is, if it is one.
    pub fn program_workout(&self, workout_id: Uuid) -> Option<&ProgramWorkout> {
        self.programs.workouts.get(&workout_id)
    }

    /// The program of `slug`: the lifter's own, else a built-in in `unit`.
    pub fn find_program(&self, slug: &str, unit: WeightUnit) -> Option<Program> {
        let own = self.programs.own.iter().find(|p| p.slug == slug).cloned();
        own.or_else(|| builtin::all(unit).into_iter().find(|p| p.slug == slug))
    }

    /// The completed workouts of the followed program since it was started, before `before`
    /// (all of them when `None`), with their program days, oldest first.
    fn program_sessions(&self, following: &Following, before: Option<DateTime<Utc>>) -> Vec<(&Workout, usize)> {
        self.completed()
            .filter(|w| w.started_at >= following.since && before.is_none_or(|b| w.started_at < b))
            .filter_map(|w| {
                let p = self.programs.workouts.get(&w.id)?;
                (p.slug == following.slug).then_some((w, p.day))
            })
            .collect()
    }

    /// Where the followed program stands now; `None` when none is followed (or it was deleted).
    /// Folds only the sessions from the first one changed since the last call ([`FoldCache`]).
    pub fn program_progress(&self) -> Option<Progress> {
        let following = self.programs.following.clone()?;
        let program = self.find_program(&following.slug, following.unit)?;
        program.validate().ok()?;
        let sessions: Vec<(&Arc<Workout>, usize)> = self
            .workouts
            .iter()
            .filter(|w| w.status == WorkoutStatus::Completed && w.started_at >= following.since)
            .filter_map(|w| {
                let p = self.programs.workouts.get(&w.id)?;
                (p.slug == following.slug).then_some((w, p.day))
            })
            .collect();
        let mut cache = self.programs.fold.0.lock().unwrap_or_else(|e| e.into_inner());
        let fold = match &mut *cache {
            Some(fold) if fold.program == program && fold.following == following => fold,
            other => other.insert(Fold { program: program.clone(), following: following.clone(), steps: Vec::new() }),
        };
        let same = fold
            .steps
            .iter()
            .zip(&sessions)
            .take_while(|(step, (workout, day))| Arc::ptr_eq(&step.0, workout) && step.1 == *day)
            .count();
        fold.steps.truncate(same);
        let mut state =
            fold.steps.last().map_or_else(|| ProgramState::start(&program, &following.starting), |s| s.2.clone());
        for (workout, day) in &sessions[same..] {
            let (next, outcomes) = state.advance(&program, &session_result(&program, workout, *day));
            fold.steps.push((Arc::clone(workout), *day, next.clone(), outcomes));
            state = next;
        }
        let last_outcomes = fold.steps.iter().rev().find(|s| !s.3.is_empty()).map_or_else(Vec::new, |s| s.3.clone());
        drop(cache);
        let next = prescribe(&program, &state);
        Some(Progress { program, following, state, next, last_outcomes })
    }

    /// What a workout of the followed program changes (or would change, saved now): the
    /// program's state from the sessions before it, advanced by what it lifted. Empty for a
    /// workout that is no day of the followed program.
    pub fn program_outcomes(&self, workout_id: Uuid) -> Vec<Outcome> {
        let (Some(following), Some(workout), Some(day)) = (
            self.programs.following.as_ref(),
            self.workout(workout_id),
            self.program_workout(workout_id).filter(|p| self.following().is_some_and(|f| f.slug == p.slug)),
        ) else {
            return Vec::new();
        };
        if matches!(workout.status, WorkoutStatus::Discarded | WorkoutStatus::Deleted) {
            return Vec::new();
        }
        let Some(program) = self.find_program(&following.slug, following.unit) else { return Vec::new() };
        let sessions: Vec<SessionResult> = self
            .program_sessions(following, Some(workout.started_at))
            .into_iter()
            .map(|(w, d)| session_result(&program, w, d))
            .collect();
        let state = ProgramState::from_sessions(&program, &following.starting, &sessions);
        state.advance(&program, &session_result(&program, workout, day.day)).1
    }
}
