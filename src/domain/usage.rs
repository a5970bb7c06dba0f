//! How much and how lately each exercise was trained, from the saved workouts: the exercise
//! list's "Sessions" and "Last done" columns, and its orders "most done" and "last done", so a
//! lifter's own exercises come first instead of a library of exercises they never do.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::exercise::ExerciseDef;
use super::name::ExerciseName;
use super::projection::{History, Workout};

/// One exercise's training in the saved workouts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExerciseUsage {
    /// Saved workouts with at least one set of it.
    pub sessions: u32,
    pub sets: u32,
    /// When the latest of those workouts started.
    pub last_done: DateTime<Utc>,
}

/// Every exercise's [`ExerciseUsage`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Usage {
    by_exercise: HashMap<ExerciseName, ExerciseUsage>,
}

impl Usage {
    /// Counts every saved workout of `history`.
    pub fn of(history: &History) -> Usage {
        let mut usage = Usage::default();
        for workout in history.completed() {
            usage.add(workout);
        }
        usage
    }

    /// Counts one more saved workout.
    pub fn add(&mut self, workout: &Workout) {
        // A workout's sets come grouped by exercise, mostly: count a session at the first set
        // of each exercise in it.
        let mut counted: Vec<&ExerciseName> = Vec::new();
        for set in &workout.sets {
            let exercise = &set.facts.exercise;
            let first_of_it = !counted.contains(&exercise);
            if first_of_it {
                counted.push(exercise);
            }
            let entry = self.by_exercise.entry(exercise.clone()).or_insert(ExerciseUsage {
                sessions: 0,
                sets: 0,
                last_done: workout.started_at,
            });
            entry.sets += 1;
            if first_of_it {
                entry.sessions += 1;
                entry.last_done = entry.last_done.max(workout.started_at);
            }
        }
    }

    pub fn of_exercise(&self, exercise: &str) -> Option<&ExerciseUsage> {
        self.by_exercise.get(exercise)
    }
}

/// The orders of the exercise list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LibraryOrder {
    /// The library's own: by muscle group, the lifter's exercises after the built-in ones.
    #[default]
    Library,
    /// Most sessions first.
    MostDone,
    /// Latest session first.
    LastDone,
}

impl LibraryOrder {
    pub const ALL: [LibraryOrder; 3] = [LibraryOrder::Library, LibraryOrder::MostDone, LibraryOrder::LastDone];

    pub fn label(self) -> &'static str {
        match self {
            LibraryOrder::Library => "By muscle group",
            LibraryOrder::MostDone => "Most done first",
            LibraryOrder::LastDone => "Last done first",
        }
    }
}

/// Puts `exercises` in `order`. Exercises never done keep their library order after the ones
/// that were; ties keep the order they came in (a search's best matches first).
pub fn sort_by_usage(exercises: &mut [&ExerciseDef], usage: &Usage, order: LibraryOrder) {
    let of = |e: &ExerciseDef| usage.of_exercise(&e.name);
    match order {
        LibraryOrder::Library => {}
        // Stable sorts, descending by the key; `None` (never done) sorts last.
        LibraryOrder::MostDone => {
            exercises.sort_by_key(|e| std::cmp::Reverse(of(e).map(|u| (u.sessions, u.last_done))))
        }
        LibraryOrder::LastDone => exercises.sort_by_key(|e| std::cmp::Reverse(of(e).map(|u| u.last_done))),
    }
}

/// [`search`](super::exercise::search) for adding an exercise: among hits of the same rank
/// (the exact name, a name starting with the query, any other match), the lifter's most done
/// first, so an empty search or "press" offers the presses they do before the library's others.
/// `local`: a built-in name in the window's language (see [`search_in`](super::exercise::search_in)).
pub fn search_lifters_first<'a, 'n>(
    library: &'a [ExerciseDef],
    query: &str,
    muscle_group: Option<&str>,
    usage: Option<&Usage>,
    local: impl Fn(&'a str) -> &'n str,
) -> Vec<&'a ExerciseDef> {
    let mut hits = super::exercise::search_ranked(library, query, muscle_group, local);
    if let Some(usage) = usage {
        let done = |e: &ExerciseDef| usage.of_exercise(&e.name).map(|u| (u.sessions, u.last_done));
        hits.sort_by_key(|(rank, e)| (*rank, std::cmp::Reverse(done(e))));
    }
    hits.into_iter().map(|(_, e)| e).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::{Event, EventKind, SetFacts};
    use crate::domain::exercise::ExerciseKind;
    use crate::domain::test_support::at;
    use uuid::Uuid;

    /// Saved workouts, each `(minutes, [(exercise, sets)])`, and one discarded of Curl.
    fn history(workouts: &[(i64, &[(&str, u32)])]) -> History {
        let mut events = Vec::new();
        let mut id = 0u128;
        let mut next = || {
            id += 1;
            Uuid::from_u128(id)
        };
        let mut push = |kind: EventKind, minutes: i64, id: Uuid| events.push(Event::new(id, at(minutes), kind));
        let discarded = [(10_000, &[("Curl", 3)][..], false)];
        for (start, exercises, saved) in workouts.iter().map(|(s, e)| (*s, *e, true)).chain(discarded) {
            let w = next();
            push(EventKind::workout_started(w, None), start, next());
            for (exercise, sets) in exercises {
                for index in 0..*sets {
                    let set = SetFacts {
                        exercise: (*exercise).into(),
                        set_index: index,
                        reps: Some(5),
                        ..SetFacts::default()
                    };
                    push(EventKind::SetLogged { workout_id: w, set_id: next(), set }, start + 1, next());
                }
            }
            let end = if saved {
                EventKind::WorkoutCompleted { workout_id: w }
            } else {
                EventKind::WorkoutDiscarded { workout_id: w }
            };
            push(end, start + 60, next());
        }
        History::from_events(&events)
    }

    #[test]
    fn sessions_sets_and_the_last_session_of_every_exercise_saved() {
        let h = history(&[(0, &[("Squat", 3), ("Bench Press", 2)]), (1440, &[("Squat", 5)]), (2880, &[("Row", 1)])]);
        let usage = Usage::of(&h);
        assert_eq!(usage.of_exercise("Squat"), Some(&ExerciseUsage { sessions: 2, sets: 8, last_done: at(1440) }));
        assert_eq!(usage.of_exercise("Bench Press"), Some(&ExerciseUsage { sessions: 1, sets: 2, last_done: at(0) }));
        assert_eq!(usage.of_exercise("Curl"), None, "a discarded workout is not training");

        // Folding workouts one by one counts what counting them all does.
        let mut folded = Usage::default();
        for workout in h.completed() {
            folded.add(workout);
        }
        assert_eq!(folded, usage);
    }

    #[test]
    fn the_lifters_exercises_come_first_in_the_order_asked() {
        let h = history(&[
            (0, &[("Squat", 3), ("Row", 1)]),
            (1440, &[("Squat", 5)]),
            (2880, &[("Row", 1)]),
            (4320, &[("Bench Press", 1)]),
        ]);
        let usage = Usage::of(&h);
        let library: Vec<ExerciseDef> = ["Curl", "Bench Press", "Squat", "Dip", "Row"]
            .iter()
            .map(|n| ExerciseDef::new(n, "Other", "", ExerciseKind::WeightReps))
            .collect();
        let sorted = |order: LibraryOrder| {
            let mut exercises: Vec<&ExerciseDef> = library.iter().collect();
            sort_by_usage(&mut exercises, &usage, order);
            exercises.iter().map(|e| e.name.as_str()).collect::<Vec<_>>()
        };
        assert_eq!(sorted(LibraryOrder::Library), ["Curl", "Bench Press", "Squat", "Dip", "Row"]);
        // Squat and Row have two sessions each; Row's last is the later one.
        assert_eq!(sorted(LibraryOrder::MostDone), ["Row", "Squat", "Bench Press", "Curl", "Dip"]);
        assert_eq!(sorted(LibraryOrder::LastDone), ["Bench Press", "Row", "Squat", "Curl", "Dip"]);
    }

    #[test]
    fn adding_an_exercise_offers_the_lifters_own_first_within_each_rank() {
        let h = history(&[(0, &[("Front Squat", 3), ("Overhead Press", 3)]), (1440, &[("Front Squat", 3)])]);
        let usage = Usage::of(&h);
        let library = crate::domain::exercise::builtin_library();
        let names = |query: &str, usage: Option<&Usage>| -> Vec<String> {
            search_lifters_first(&library, query, None, usage, |n| n).iter().take(2).map(|e| e.name.clone()).collect()
        };
        assert_eq!(names("", Some(&usage)), ["Front Squat", "Overhead Press"]);
        assert_eq!(names("", None), ["Bench Press", "Incline Bench Press"], "no usage: the library's order");
        assert_eq!(names("squat", Some(&usage)), ["Squat", "Front Squat"], "the exact name stays first");
        assert_eq!(names("press", Some(&usage))[0], "Overhead Press");
    }
}
