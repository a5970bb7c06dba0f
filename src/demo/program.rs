//! The demo's last months: the lifter follows StrongLifts 5×5 (`program_started`, then a
//! `program_workout_started` with its prescription for every session) and lifts what it asks
//! while the weight is within reach. As the loads outgrow them, sets are missed, so the rule
//! itself holds the weight and then deloads; once, a tweaked back lightens the squat for a
//! session (`program_target_overridden`). Where the program stands is never written: the
//! demo folds its own sessions with the same rules to know what comes next.

use chrono::{Duration, NaiveDate, TimeZone, Utc};

use super::{Writer, e1rm, round_to};
use crate::domain::event::{EventKind, SetFacts, SetType};
use crate::domain::program::{
    ExerciseResult, LiftedSet, PlannedSet, Program, ProgramState, SessionResult, Starting, builtin, prescribe,
};
use crate::domain::units::{Weight, WeightUnit};

/// How many weeks before the end of the history the lifter starts the program.
pub(super) const PROGRAM_WEEKS: i64 = 13;

/// The session (from 0) whose squat is lightened for a tweaked back.
const OVERRIDE_AT: usize = 4;

/// The program followed, and where it stands after the sessions written so far.
pub(super) struct Follow {
    program: Program,
    state: ProgramState,
    sessions: usize,
}

/// The heaviest weight the lifter makes 5 reps with (Epley: a 5RM is e1RM / (1 + 5/30)).
fn five_rep_max(exercise: &str, decade: f64) -> f64 {
    e1rm(exercise, decade) / (1.0 + 5.0 / 30.0)
}

impl Follow {
    /// Starts following StrongLifts 5×5 at about 85 % of each lift's 5-rep max.
    pub(super) fn start(w: &mut Writer, date: NaiveDate, decade: f64) -> Follow {
        let program = builtin::stronglifts(WeightUnit::Kg);
        let starting: Starting = program
            .tracks()
            .into_iter()
            .map(|(track, e)| (track.to_string(), round_to(five_rep_max(&e.exercise, decade) * 0.85, 2.5)))
            .collect();
        let at = Utc.from_utc_datetime(&date.and_hms_opt(5, 30, 0).expect("valid time"));
        let kind =
            EventKind::ProgramStarted { slug: program.slug.clone(), unit: WeightUnit::Kg, starting: starting.clone() };
        w.push(at, kind);
        let state = ProgramState::start(&program, &starting);
        Follow { program, state, sessions: 0 }
    }

    /// The program's next session on `date`, lifted by a lifter of this `decade`'s strength.
    pub(super) fn write_session(&mut self, w: &mut Writer, date: NaiveDate, decade: f64) {
        let next = prescribe(&self.program, &self.state);
        let hour = 7 + w.rng.below(11) as u32;
        let mut at = Utc.from_utc_datetime(&date.and_hms_opt(hour, w.rng.below(60) as u32, 0).expect("valid time"));
        let workout_id = w.id(at);
        w.push(
            at,
            EventKind::workout_started(workout_id, Some(&format!("{} of {}", next.day_name, self.program.name))),
        );
        let slug = self.program.slug.clone();
        w.push(at, EventKind::ProgramWorkoutStarted { workout_id, slug, day: next.day, prescription: next.clone() });
        let mut lifted = Vec::new();
        for planned in &next.exercises {
            at += Duration::seconds(60 + w.rng.below(90) as i64);
            w.push(at, EventKind::ExerciseAdded { workout_id, exercise: planned.exercise.clone() });
            let mut target = planned.sets.clone();
            if self.sessions == OVERRIDE_AT && planned.exercise == "Squat" {
                target = target
                    .iter()
                    .map(|s| PlannedSet {
                        weight: s.weight.map(|w| Weight::kg(round_to(w.kg * 0.9, 2.5))),
                        ..s.clone()
                    })
                    .collect();
                w.push(
                    at,
                    EventKind::ProgramTargetOverridden {
                        workout_id,
                        exercise: planned.exercise.clone(),
                        prescribed: planned.sets.clone(),
                        target: target.clone(),
                    },
                );
            }
            let top = target.first().and_then(|s| s.weight).map_or(20.0, |w| w.kg);
            // What the lifter can do today, a little up or down.
            let can = five_rep_max(&planned.exercise, decade) * (0.97 + 0.06 * w.rng.unit());
            let mut plan: Vec<(SetType, f64, u32)> = Vec::new();
            if top > 40.0 {
                plan.extend(
                    [(20.0, 5), (top * 0.5, 5), (top * 0.7, 3), (top * 0.85, 2)]
                        .map(|(kg, reps)| (SetType::WarmUp, round_to(kg, 2.5).max(20.0), reps)),
                );
            }
            let sets = target.len() as u32;
            for (i, set) in target.iter().enumerate() {
                let kg = set.weight.map_or(top, |w| w.kg);
                // Past what they can do, the last sets fall short, more the further past.
                let over = kg / can - 1.0;
                let short = if over <= 0.0 { 0 } else { ((over * 60.0) as u32 + 1).min(3) };
                let from_the_end = sets - i as u32;
                let reps = if short > 0 && from_the_end <= 2 { set.reps - short.min(set.reps) } else { set.reps };
                plan.push((SetType::Normal, kg, reps));
            }
            let mut working = Vec::new();
            for (index, (set_type, kg, reps)) in plan.into_iter().enumerate() {
                at += Duration::seconds(90 + w.rng.below(150) as i64);
                let facts = SetFacts {
                    exercise: planned.exercise.as_str().into(),
                    set_index: index as u32,
                    set_type,
                    weight: Some(Weight::kg(kg)),
                    reps: Some(reps),
                    ..SetFacts::default()
                };
                if set_type == SetType::Normal {
                    working.push(LiftedSet::done(Weight::kg(kg), reps));
                }
                let set_id = w.id(at);
                w.push(at, EventKind::SetLogged { workout_id, set_id, set: facts });
            }
            lifted.push(ExerciseResult { exercise: planned.exercise.clone(), sets: working });
        }
        at += Duration::seconds(120);
        w.push(at, EventKind::WorkoutCompleted { workout_id });
        let result = SessionResult { day: next.day, exercises: lifted };
        self.state = self.state.advance(&self.program, &result).0;
        self.sessions += 1;
    }
}
