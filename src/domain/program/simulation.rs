//! A test harness that runs a program for simulated weeks: each session takes the program's
//! prescription, lifts it (a warm-up set first, which must not count; then every planned set
//! at its weight for its reps, RPE logged as planned — unless a test's tweak changes that) and
//! folds the result into the state. Weeks listed as missed have no sessions at all. The
//! prescriptions are rendered as short text (`5×5@60`, `1×5+@85`, `3×8–12@50`,
//! `1×5@122.5 RPE8`) to compare with tables written by hand (simulation_tables.rs).

use std::collections::HashMap;

use super::Program;
use super::session::{ExerciseResult, LiftedSet, NextSession, PlannedSet, SessionResult};
use super::state::{ProgramState, Starting, prescribe};
use crate::domain::set_type::SetType;
use crate::domain::units::{Weight, format_amount};

/// The prescription of one simulated session.
pub(super) struct Row {
    /// Calendar week, from 1.
    pub week: usize,
    pub planned: NextSession,
}

/// Changes what the lifter does: (calendar week from 1, session number from 0, exercise, the
/// sets about to be logged — a warm-up first).
pub(super) type Tweak<'a> = &'a dyn Fn(usize, usize, &str, &mut Vec<LiftedSet>);

/// A double-progression lifter adds a rep a session: at the `n`-th session at a weight
/// (from 0) every set gets `bottom + n` reps, at most the top.
fn reps_for(set: &PlannedSet, sessions_at_weight: u32) -> u32 {
    set.reps_up_to.map_or(set.reps, |top| (set.reps + sessions_at_weight).min(top))
}

pub(super) fn simulate(
    program: &Program,
    starting: &[(&str, f64)],
    weeks: usize,
    per_week: usize,
    missed_weeks: &[usize],
    tweak: Tweak,
) -> Vec<Row> {
    let starting: Starting = starting.iter().map(|(t, w)| (t.to_string(), *w)).collect();
    let mut state = ProgramState::start(program, &starting);
    let mut at_weight: HashMap<String, (f64, u32)> = HashMap::new();
    let mut rows = Vec::new();
    let mut session = 0;
    for week in 1..=weeks {
        if missed_weeks.contains(&week) {
            continue;
        }
        for _ in 0..per_week {
            let planned = prescribe(program, &state);
            let mut exercises = Vec::new();
            for exercise in &planned.exercises {
                let weight = exercise.sets[0].amount(program.unit).expect("the simulation starts every track");
                let count = at_weight.entry(exercise.exercise.clone()).or_insert((weight, 0));
                if count.0 != weight {
                    *count = (weight, 0);
                }
                let warm_up = LiftedSet {
                    set_type: SetType::WarmUp,
                    ..LiftedSet::done(Weight::entered(weight / 2.0, program.unit), 5)
                };
                let mut sets = vec![warm_up];
                for set in &exercise.sets {
                    let lifted = Weight::entered(set.amount(program.unit).unwrap(), program.unit);
                    sets.push(LiftedSet { rpe: set.rpe, ..LiftedSet::done(lifted, reps_for(set, count.1)) });
                }
                count.1 += 1;
                tweak(week, session, &exercise.exercise, &mut sets);
                exercises.push(ExerciseResult { exercise: exercise.exercise.clone(), sets });
            }
            let result = SessionResult { day: planned.day, exercises };
            rows.push(Row { week, planned });
            state = state.advance(program, &result).0;
            session += 1;
        }
    }
    rows
}

/// `5×5@60`: runs of equal sets; `+` when the run's last set is AMRAP.
pub(super) fn scheme(sets: &[PlannedSet], unit: crate::domain::units::WeightUnit) -> String {
    let mut runs: Vec<(usize, &PlannedSet, bool)> = Vec::new();
    for set in sets {
        let same = |p: &PlannedSet| {
            p.weight == set.weight && p.reps == set.reps && p.reps_up_to == set.reps_up_to && p.rpe == set.rpe
        };
        match runs.last_mut() {
            Some((n, first, amrap)) if same(first) && !*amrap => {
                *n += 1;
                *amrap = set.amrap;
            }
            _ => runs.push((1, set, set.amrap)),
        }
    }
    let run = |(n, set, amrap): &(usize, &PlannedSet, bool)| {
        let top = set.reps_up_to.map_or(String::new(), |t| format!("–{t}"));
        let plus = if *amrap { "+" } else { "" };
        let weight = set.amount(unit).map_or("?".to_string(), format_amount);
        let rpe = set.rpe.map_or(String::new(), |r| format!(" RPE{}", format_amount(r)));
        format!("{n}×{}{top}{plus}@{weight}{rpe}", set.reps)
    };
    runs.iter().map(run).collect::<Vec<_>>().join(" ")
}

/// Compares rows with a hand-written table of `week day | Exercise: scheme | …` lines (only
/// the exercises a line names are compared), and shows every difference at once.
pub(super) fn check(program: &Program, rows: &[Row], expected: &[&str]) {
    let mut differences = Vec::new();
    for (i, line) in expected.iter().enumerate() {
        let names: Vec<&str> =
            line.split(" | ").skip(1).filter_map(|part| part.split_once(": ").map(|(n, _)| n)).collect();
        let actual = rows.get(i).map_or("(no session)".to_string(), |row| {
            let mut parts = vec![format!("{} {}", row.week, row.planned.day_name)];
            for name in names {
                let sets = row.planned.exercise(name).map_or(String::new(), |e| scheme(&e.sets, program.unit));
                parts.push(format!("{name}: {sets}"));
            }
            parts.join(" | ")
        });
        if actual != *line {
            differences.push(format!("session {i}\n  expected {line}\n  actual   {actual}"));
        }
    }
    assert_eq!(rows.len(), expected.len(), "sessions simulated");
    assert!(differences.is_empty(), "{}: {} differences\n{}", program.name, differences.len(), differences.join("\n"));
}
