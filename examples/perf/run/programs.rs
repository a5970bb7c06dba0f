//! Working out the next session of a program from the whole history: for every built-in
//! program, the reference history as if the lifter had followed it from the first workout
//! (every lifting workout a day of it, in turn), then `History::program_progress()` — the fold
//! of the sessions since the start and the prescription — timed against the 5 ms budget after
//! the latest session changed (as in the window: the projection keeps its fold and folds again
//! from the first session changed); the first, full fold is in the note.
//! The demo's own program months are left out, so each program is followed alone.

use std::time::Instant;

use chrono::Duration;
use gymlog::domain::event::{Event, EventKind, SetFacts};
use gymlog::domain::program::{ProgramState, Starting, builtin, prescribe_day};
use gymlog::domain::projection::History;
use gymlog::domain::units::WeightUnit;
use uuid::Uuid;

use super::stores::percentile;
use super::{Limit, Line, Options, Table};

/// The figure of each built-in program, in the order measured.
pub fn figure_names() -> Vec<String> {
    builtin::all(WeightUnit::Kg).iter().map(|p| figure(&p.name)).collect()
}

fn figure(program: &str) -> String {
    format!("next session: {program} p99")
}

/// Only these lines, on the reference history (`cargo run --example perf -- --programs`).
pub fn only(options: &Options) -> Table {
    let mut table = Table::new();
    let reference = super::demo(options.reference_years, None);
    println!("reference history: {} events", reference.len());
    lines(&mut table, &reference, options);
    table.print();
    table
}

pub fn lines(table: &mut Table, reference: &[Event], options: &Options) {
    let base: Vec<Event> = reference
        .iter()
        .filter(|e| {
            !matches!(
                e.kind,
                EventKind::ProgramStarted { .. }
                    | EventKind::ProgramStopped { .. }
                    | EventKind::ProgramWorkoutStarted { .. }
                    | EventKind::ProgramTargetOverridden { .. }
            )
        })
        .cloned()
        .collect();
    let plain = History::from_events(&base);
    let workouts: Vec<_> = plain.completed().filter(|w| w.exercises.len() > 1).map(|w| (w.id, w.started_at)).collect();
    let first = base.first().map_or(chrono::Utc::now(), |e| e.occurred_at) - Duration::days(1);
    let runs = options.frames.max(5);
    let names = figure_names();
    for (n, program) in builtin::all(WeightUnit::Kg).into_iter().enumerate() {
        let mut events = base.clone();
        let starting = Starting::new();
        let id = |i: usize| Uuid::from_u128(((n as u128 + 1) << 64) + i as u128);
        let slug = program.slug.clone();
        events.push(Event::new(
            id(0),
            first,
            EventKind::ProgramStarted { slug: slug.clone(), unit: WeightUnit::Kg, starting: starting.clone() },
        ));
        let start = ProgramState::start(&program, &starting);
        for (i, (workout_id, at)) in workouts.iter().enumerate() {
            let day = i % program.days.len();
            let prescription = prescribe_day(&program, &start, day);
            let kind =
                EventKind::ProgramWorkoutStarted { workout_id: *workout_id, slug: slug.clone(), day, prescription };
            events.push(Event::new(id(i + 1), *at, kind));
        }
        let mut history = History::from_events(&events);
        let timed = |history: &History| {
            let started = Instant::now();
            std::hint::black_box(history.program_progress().expect("the program is followed"));
            started.elapsed().as_secs_f64() * 1000.0
        };
        // The first time: every session folded.
        let cold = timed(&history);
        // Then as in the window: the latest session changes (a set corrected, as saving a
        // workout adds one), and the next session is worked out again.
        let (last_id, _) = *workouts.last().expect("a workout");
        let last = history.workout(last_id).expect("the last workout").clone();
        let set = last.sets.first().expect("a set").clone();
        let mut times: Vec<f64> = (0..runs)
            .map(|run| {
                let facts =
                    SetFacts { reps: Some(set.facts.reps.unwrap_or(5) + (run % 2) as u32), ..set.facts.clone() };
                let at = last.started_at + Duration::seconds(run as i64 + 1);
                let kind = EventKind::SetUpdated { workout_id: last_id, set_id: set.set_id, set: facts };
                history.apply(&Event::new(id(1_000_000 + run), at, kind));
                timed(&history)
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let outcomes = Instant::now();
        std::hint::black_box(history.program_outcomes(workouts.last().map_or(Uuid::nil(), |w| w.0)));
        let outcomes_ms = outcomes.elapsed().as_secs_f64() * 1000.0;
        table
            .push(Line::new(names[n].clone(), "ms", Some(percentile(&times, 0.99))).budget(Limit::Max(5.0)).note(
            format!(
                "after the latest session changed: median {:.2} ms over {runs} runs; the first time (all {} sessions folded) {cold:.2} ms; the last workout's outcomes {outcomes_ms:.2} ms",
                percentile(&times, 0.5),
                workouts.len()
            ),
        ));
    }
}
