//! Routines: a named plan of exercises with target sets (type, reps, weight, time, distance),
//! a rest time and superset groups, kept as events (`routine_saved`, `routine_deleted`) so they
//! are in every backup. A workout started from a routine takes its sets as targets.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::set_type::SetType;
use super::units::Weight;

/// One planned set.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RoutineSet {
    pub set_type: SetType,
    pub reps: Option<u32>,
    pub weight: Option<Weight>,
    pub duration_s: Option<f64>,
    pub distance_m: Option<f64>,
}

/// One exercise of a routine.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RoutineExercise {
    pub exercise: String,
    pub sets: Vec<RoutineSet>,
    /// The superset it belongs to (exercises with the same number are one superset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superset: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Routine {
    pub id: Uuid,
    pub name: String,
    pub exercises: Vec<RoutineExercise>,
}

impl Routine {
    pub fn exercise(&self, name: &str) -> Option<&RoutineExercise> {
        self.exercises.iter().find(|e| e.exercise == name)
    }

    /// Moves exercise `index` one place up (`-1`) or down (`+1`).
    pub fn move_exercise(&mut self, index: usize, step: isize) {
        let target = index as isize + step;
        if index < self.exercises.len() && (0..self.exercises.len() as isize).contains(&target) {
            self.exercises.swap(index, target as usize);
        }
    }

    /// `Squat 5×5, Bench Press 3×8` for lists.
    pub fn describe(&self) -> String {
        self.exercises
            .iter()
            .map(|e| {
                let working: Vec<&RoutineSet> = e.sets.iter().filter(|s| s.set_type.is_working()).collect();
                match working.first().and_then(|s| s.reps) {
                    Some(reps) => format!("{} {}×{reps}", e.exercise, working.len()),
                    None => format!("{} ×{}", e.exercise, e.sets.len()),
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn routine() -> Routine {
        let set = |reps| RoutineSet { reps: Some(reps), weight: Some(Weight::kg(100.0)), ..RoutineSet::default() };
        Routine {
            id: Uuid::from_u128(1),
            name: "Push".into(),
            exercises: vec![
                RoutineExercise { exercise: "Bench Press".into(), sets: vec![set(5), set(5), set(5)], superset: None },
                RoutineExercise { exercise: "Dip".into(), sets: vec![set(8)], superset: None },
            ],
        }
    }

    #[test]
    fn exercises_move_within_bounds() {
        let mut r = routine();
        r.move_exercise(1, -1);
        assert_eq!(r.exercises[0].exercise, "Dip");
        r.move_exercise(0, -1);
        assert_eq!(r.exercises[0].exercise, "Dip", "the first cannot move up");
        r.move_exercise(1, 1);
        assert_eq!(r.exercises[1].exercise, "Bench Press");
        assert_eq!(routine().describe(), "Bench Press 3×5, Dip 1×8");
    }
}
