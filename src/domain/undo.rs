//! Undo as compensating events: for a change about to be recorded, the events that take the
//! log back to how it was before. Nothing is ever removed from the log — an undone change and
//! its undo both stay there (and in backups); redoing records the change again.

use std::collections::HashMap;

use uuid::Uuid;

use super::event::{EventKind, SetFacts};
use super::projection::{History, WorkoutDetails};

/// The events that undo `forward` on `history` (the projection before `forward` is applied),
/// in the order to record them; `None` when some event of `forward` cannot be undone (saving,
/// discarding or deleting a workout, changes outside a workout).
pub fn compensation(history: &History, forward: &[EventKind]) -> Option<Vec<EventKind>> {
    // What `forward` changed so far, so a batch that touches one set twice undoes right.
    let mut sets: HashMap<Uuid, Option<SetFacts>> = HashMap::new();
    let mut details: HashMap<Uuid, WorkoutDetails> = HashMap::new();
    let mut exercises: HashMap<Uuid, Vec<String>> = HashMap::new();
    let mut steps: Vec<Vec<EventKind>> = Vec::new();
    for kind in forward {
        let workout_id = kind.workout_id()?;
        let workout = history.workout(workout_id);
        let set_now = |sets: &HashMap<Uuid, Option<SetFacts>>, id: Uuid| match sets.get(&id) {
            Some(known) => known.clone(),
            None => workout.and_then(|w| w.set(id)).map(|s| s.facts.clone()),
        };
        let step = match kind {
            EventKind::SetLogged { set_id, set, .. } => {
                let before = set_now(&sets, *set_id);
                sets.insert(*set_id, Some(set.clone()));
                match before {
                    Some(old) => vec![EventKind::SetUpdated { workout_id, set_id: *set_id, set: old }],
                    None => vec![EventKind::SetRemoved { workout_id, set_id: *set_id }],
                }
            }
            EventKind::SetUpdated { set_id, set, .. } => {
                let Some(before) = set_now(&sets, *set_id) else {
                    continue; // Updates a set that is not there: changes nothing.
                };
                sets.insert(*set_id, Some(set.clone()));
                vec![EventKind::SetUpdated { workout_id, set_id: *set_id, set: before }]
            }
            EventKind::SetRemoved { set_id, .. } => {
                let Some(before) = set_now(&sets, *set_id) else { continue };
                sets.insert(*set_id, None);
                vec![EventKind::SetLogged { workout_id, set_id: *set_id, set: before }]
            }
            EventKind::WorkoutEdited { .. } => {
                let before = details.get(&workout_id).cloned().or_else(|| workout.map(|w| w.details()))?;
                if let EventKind::WorkoutEdited { name, started_at, ended_at, .. } = kind {
                    let after = WorkoutDetails { name: name.clone(), started_at: *started_at, ended_at: *ended_at };
                    details.insert(workout_id, after);
                }
                vec![EventKind::WorkoutEdited {
                    workout_id,
                    name: before.name,
                    started_at: before.started_at,
                    ended_at: before.ended_at,
                }]
            }
            EventKind::ExerciseAdded { exercise, .. } => {
                let present = exercises
                    .entry(workout_id)
                    .or_insert_with(|| workout.map(|w| w.exercise_names()).unwrap_or_default());
                if present.contains(exercise) {
                    continue;
                }
                present.push(exercise.clone());
                vec![EventKind::ExerciseRemoved { workout_id, exercise: exercise.clone() }]
            }
            EventKind::ExerciseRemoved { exercise, .. } => {
                let workout = workout?;
                let order = exercises.entry(workout_id).or_insert_with(|| workout.exercise_names());
                if !order.contains(exercise) {
                    continue;
                }
                let previous_order = order.clone();
                order.retain(|e| e != exercise);
                let mut back = vec![EventKind::ExerciseAdded { workout_id, exercise: exercise.clone() }];
                for set in workout.sets_of(exercise) {
                    if let Some(facts) = set_now(&sets, set.set_id) {
                        back.push(EventKind::SetLogged { workout_id, set_id: set.set_id, set: facts });
                    }
                }
                if let Some(group) = workout.superset_of(exercise) {
                    back.push(EventKind::ExercisesGrouped { workout_id, exercises: workout.supersets[group].clone() });
                }
                back.push(EventKind::ExercisesReordered { workout_id, order: previous_order });
                back
            }
            EventKind::ExercisesReordered { order, .. } => {
                let current = exercises
                    .entry(workout_id)
                    .or_insert_with(|| workout.map(|w| w.exercise_names()).unwrap_or_default());
                let previous = std::mem::replace(current, order.clone());
                vec![EventKind::ExercisesReordered { workout_id, order: previous }]
            }
            EventKind::ExercisesGrouped { exercises: grouped, .. } => {
                let workout = workout?;
                let mut back: Vec<EventKind> = grouped
                    .iter()
                    .map(|e| EventKind::ExercisesGrouped { workout_id, exercises: vec![e.clone()] })
                    .collect();
                back.extend(
                    workout
                        .supersets
                        .iter()
                        .filter(|g| g.iter().any(|e| grouped.contains(e)))
                        .map(|g| EventKind::ExercisesGrouped { workout_id, exercises: g.clone() }),
                );
                back
            }
            EventKind::ProgramTargetOverridden { exercise, prescribed, .. } => {
                // Back to the target before: the previous override, else the prescription.
                let before = history.program_workout(workout_id)?.target(exercise)?.to_vec();
                vec![EventKind::ProgramTargetOverridden {
                    workout_id,
                    exercise: exercise.clone(),
                    prescribed: prescribed.clone(),
                    target: before,
                }]
            }
            _ => return None,
        };
        steps.push(step);
    }
    Some(steps.into_iter().rev().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::Event;
    use crate::domain::test_support::{at, facts};

    fn w() -> Uuid {
        Uuid::from_u128(1)
    }

    /// A saved workout with two squat sets and a bench set, in a superset.
    fn base() -> Vec<EventKind> {
        let mut bench = facts(80.0, 8, 0);
        bench.exercise = "Bench Press".into();
        vec![
            EventKind::workout_started(w(), Some("Legs")),
            EventKind::SetLogged { workout_id: w(), set_id: Uuid::from_u128(2), set: facts(100.0, 5, 0) },
            EventKind::SetLogged { workout_id: w(), set_id: Uuid::from_u128(3), set: facts(110.0, 3, 1) },
            EventKind::SetLogged { workout_id: w(), set_id: Uuid::from_u128(4), set: bench },
            EventKind::ExercisesGrouped { workout_id: w(), exercises: vec!["Squat".into(), "Bench Press".into()] },
            EventKind::WorkoutCompleted { workout_id: w() },
        ]
    }

    fn fold(history: &mut History, kinds: &[EventKind], from: i64) {
        for (i, kind) in kinds.iter().enumerate() {
            let n = from + i as i64;
            history.apply(&Event::new(Uuid::from_u128(1000 + n as u128), at(n), kind.clone()));
        }
    }

    /// The sets by id (the order of sets of different exercises with one index is not a fact).
    fn sorted(workout: &crate::domain::projection::Workout) -> Vec<(Uuid, SetFacts)> {
        let mut sets: Vec<(Uuid, SetFacts)> = workout.sets.iter().map(|s| (s.set_id, s.facts.clone())).collect();
        sets.sort_by_key(|(id, _)| *id);
        sets
    }

    /// Applying `change` then its compensation gives back the workout as it was (its
    /// change history aside).
    fn undoes(change: Vec<EventKind>) {
        let mut history = History::default();
        fold(&mut history, &base(), 0);
        let before = history.workout(w()).unwrap().clone();
        let back = compensation(&history, &change).expect("undoable");
        fold(&mut history, &change, 100);
        let changed = history.workout(w()).unwrap();
        let same =
            |a: &crate::domain::projection::Workout| (sorted(a), a.exercises.clone(), a.supersets.clone(), a.details());
        assert_ne!(same(changed), same(&before), "{change:?} changed nothing");
        fold(&mut history, &back, 200);
        let after = history.workout(w()).unwrap();
        assert_eq!(sorted(after), sorted(&before), "{change:?}");
        assert_eq!(after.exercises, before.exercises);
        assert_eq!(after.supersets, before.supersets);
        assert_eq!(after.details(), before.details());
    }

    #[test]
    fn every_kind_of_change_to_a_workout_comes_back() {
        let id = |n| Uuid::from_u128(n);
        undoes(vec![EventKind::SetUpdated { workout_id: w(), set_id: id(2), set: facts(102.5, 5, 0) }]);
        undoes(vec![EventKind::SetRemoved { workout_id: w(), set_id: id(3) }]);
        undoes(vec![EventKind::SetLogged { workout_id: w(), set_id: id(9), set: facts(60.0, 10, 2) }]);
        undoes(vec![EventKind::WorkoutEdited {
            workout_id: w(),
            name: Some("Heavy legs".into()),
            started_at: at(-600),
            ended_at: Some(at(-500)),
        }]);
        undoes(vec![EventKind::ExerciseRemoved { workout_id: w(), exercise: "Squat".into() }]);
        undoes(vec![EventKind::ExercisesReordered {
            workout_id: w(),
            order: vec!["Bench Press".into(), "Squat".into()],
        }]);
        undoes(vec![EventKind::ExercisesGrouped { workout_id: w(), exercises: vec!["Squat".into()] }]);
        // A batch touching one set twice, and others.
        undoes(vec![
            EventKind::SetUpdated { workout_id: w(), set_id: id(2), set: facts(105.0, 5, 0) },
            EventKind::SetUpdated { workout_id: w(), set_id: id(2), set: facts(107.5, 4, 0) },
            EventKind::SetRemoved { workout_id: w(), set_id: id(3) },
            EventKind::SetLogged { workout_id: w(), set_id: id(9), set: facts(60.0, 10, 2) },
        ]);
    }

    #[test]
    fn redo_after_undo_gives_the_change_again() {
        let mut history = History::default();
        fold(&mut history, &base(), 0);
        let change =
            vec![EventKind::SetUpdated { workout_id: w(), set_id: Uuid::from_u128(2), set: facts(102.5, 5, 0) }];
        let back = compensation(&history, &change).unwrap();
        fold(&mut history, &change, 100);
        let changed = sorted(history.workout(w()).unwrap());
        fold(&mut history, &back, 200);
        fold(&mut history, &change, 300);
        assert_eq!(sorted(history.workout(w()).unwrap()), changed);
        // The change history keeps all three.
        assert_eq!(history.workout(w()).unwrap().changes.len(), 3);
    }

    #[test]
    fn saving_discarding_and_deleting_are_not_undone_by_events() {
        let mut history = History::default();
        fold(&mut history, &base(), 0);
        for kind in [
            EventKind::WorkoutCompleted { workout_id: w() },
            EventKind::WorkoutDeleted { workout_id: w() },
            EventKind::WorkoutDiscarded { workout_id: w() },
            EventKind::ExerciseDeleted { name: "Squat".into() },
        ] {
            assert_eq!(compensation(&history, &[kind]), None);
        }
    }
}
