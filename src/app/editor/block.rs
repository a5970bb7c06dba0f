//! One exercise's set table: its kind, its rows, its rest, and where new rows come from — the
//! last session's sets shown beside each row, and targets (a repeated workout's or a routine's
//! sets) that prefill them.

use super::row::SetRow;
use crate::domain::event::{SetFacts, SetType};
use crate::domain::exercise::ExerciseKind;
use crate::domain::rest_timer::DEFAULT_REST_SECONDS;
use crate::domain::units::{Weight, WeightUnit};

/// Where one exercise's rows come from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowSources {
    /// The sets of the last session of the exercise, shown beside each row.
    pub previous: Vec<SetFacts>,
    /// The sets to do (a repeated workout's, a routine's), which prefill new rows.
    pub targets: Option<Vec<SetFacts>>,
}

impl RowSources {
    /// The sets that prefill new rows: the targets, else the last session.
    fn prefill(&self) -> &[SetFacts] {
        self.targets.as_deref().unwrap_or(&self.previous)
    }

    fn planned_rows(&self) -> usize {
        self.prefill().len().max(1)
    }

    /// The previous session's sets of the class of `set_type`: its warm-ups, or its working
    /// sets (normal, drop, failure).
    fn previous_like(&self, set_type: SetType) -> Vec<&SetFacts> {
        self.previous.iter().filter(|s| is_warm_up(s.set_type) == is_warm_up(set_type)).collect()
    }
}

fn is_warm_up(set_type: SetType) -> bool {
    set_type == SetType::WarmUp
}

/// One exercise's set table.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseBlock {
    pub exercise: String,
    pub kind: ExerciseKind,
    pub rows: Vec<SetRow>,
    /// The rest after a working set of it.
    pub rest_seconds: i64,
    /// The `set_index` the next new row gets.
    pub(super) next_index: u32,
}

impl ExerciseBlock {
    /// A block with one planned row per target set (or one empty row); its indexes start at
    /// `first_index`.
    pub fn new(
        exercise: &str,
        kind: ExerciseKind,
        sources: &RowSources,
        unit: WeightUnit,
        first_index: u32,
    ) -> ExerciseBlock {
        let mut block = ExerciseBlock {
            exercise: exercise.to_string(),
            kind,
            rows: Vec::new(),
            rest_seconds: DEFAULT_REST_SECONDS,
            next_index: first_index,
        };
        for _ in 0..sources.planned_rows() {
            block.add_row(sources, unit);
        }
        block
    }

    /// The table of a saved workout's sets of `exercise` (for correcting it): its logged rows,
    /// new rows from `next_index` on.
    pub fn of_logged(
        exercise: &str,
        kind: ExerciseKind,
        sets: &[&crate::domain::projection::LoggedSet],
        next_index: u32,
        unit: WeightUnit,
    ) -> ExerciseBlock {
        ExerciseBlock {
            exercise: exercise.to_string(),
            kind,
            rows: sets.iter().map(|s| SetRow::logged(s.set_id, &s.facts, unit)).collect(),
            rest_seconds: DEFAULT_REST_SECONDS,
            next_index,
        }
    }

    /// Adds a planned row for every target set no logged row stands for (a resumed workout):
    /// the n-th target warm-up is done when n warm-ups are logged, the n-th target working set
    /// when n working sets are, so warm-ups the targets did not list never use up a working
    /// set. Once a working set is logged, warm-ups still to do are past and not planned. A
    /// block with nothing logged and nothing to prefill gets one empty row.
    pub(super) fn fill_planned(&mut self, sources: &RowSources, unit: WeightUnit) {
        let logged_warm_ups = self.rows.iter().filter(|r| is_warm_up(r.values.set_type)).count();
        let logged_working = self.rows.len() - logged_warm_ups;
        let (mut warm_ups, mut working) = (0, 0);
        for target in sources.prefill() {
            if is_warm_up(target.set_type) && logged_working > 0 {
                continue;
            }
            let (seen, logged) = if is_warm_up(target.set_type) {
                (&mut warm_ups, logged_warm_ups)
            } else {
                (&mut working, logged_working)
            };
            *seen += 1;
            if *seen > logged {
                self.push_planned(Some(target), sources, unit);
            }
        }
        if self.rows.is_empty() {
            self.push_planned(None, sources, unit);
        }
    }

    fn take_index(&mut self) -> u32 {
        let index = self.next_index;
        self.next_index += 1;
        index
    }

    /// Adds a planned row, prefilled from the target (or previous) set at its position, else a
    /// copy of the last row. Beside it, the previous session's set of the same place among
    /// warm-ups or among working sets (so a routine without warm-ups still lines up with a
    /// session that had them). A target without a weight (a routine that names only reps)
    /// takes the weight that set had last time.
    pub fn add_row(&mut self, sources: &RowSources, unit: WeightUnit) {
        self.push_planned(sources.prefill().get(self.rows.len()), sources, unit);
    }

    /// Adds a planned row prefilled from `target` (else a copy of the last row), as
    /// [`ExerciseBlock::add_row`] describes.
    fn push_planned(&mut self, target: Option<&SetFacts>, sources: &RowSources, unit: WeightUnit) {
        let index = self.take_index();
        let set_type = target.map(|t| t.set_type).or(self.rows.last().map(|r| r.values.set_type)).unwrap_or_default();
        let of_class = sources.previous_like(set_type);
        let previous = of_class.get(self.place_of(set_type)).copied();
        let mut row = match (target, self.rows.last()) {
            (Some(target), _) if sources.targets.is_some() && target.weight.is_none() && self.kind.uses_weight() => {
                // The same place last time, else the last set of that class.
                let last_time = previous.or(of_class.last().copied()).and_then(|p| p.weight);
                let filled = SetFacts { weight: last_time, ..target.clone() };
                SetRow::planned(index, Some(&filled), unit)
            }
            (Some(target), _) => SetRow::planned(index, Some(target), unit),
            (None, Some(last)) => SetRow::copy_of(last, index),
            (None, None) => SetRow::planned(index, None, unit),
        };
        row.previous = previous.cloned();
        self.rows.push(row);
    }

    /// Refills every row neither logged nor typed in from the target at its place among
    /// warm-ups or working sets (a program target overridden, or the override undone); rows
    /// past the targets, and targets without a weight, leave the row as it is.
    pub fn retarget(&mut self, sources: &RowSources, unit: WeightUnit) {
        let Some(targets) = sources.targets.as_ref() else { return };
        let (mut warm_ups, mut working) = (0, 0);
        for row in &mut self.rows {
            let warm = is_warm_up(row.values.set_type);
            let seen = if warm { &mut warm_ups } else { &mut working };
            let place = *seen;
            *seen += 1;
            if row.is_logged() || row.is_edited() {
                continue;
            }
            let target = targets.iter().filter(|t| is_warm_up(t.set_type) == warm).nth(place);
            if let Some(target) = target.filter(|t| t.weight.is_some() || !self.kind.uses_weight()) {
                let previous = row.previous.take();
                *row = SetRow::planned(row.set_index, Some(target), unit);
                row.previous = previous;
            }
        }
    }

    /// How many rows of the class of `set_type` (warm-up, or working) the block has.
    fn place_of(&self, set_type: SetType) -> usize {
        self.rows.iter().filter(|r| is_warm_up(r.values.set_type) == is_warm_up(set_type)).count()
    }

    /// Adds the row of a logged set, with the previous session's set of its place beside it.
    pub(super) fn push_logged(&mut self, row: SetRow, sources: &RowSources) {
        let set_type = row.values.set_type;
        let mut row = row;
        row.previous = sources.previous_like(set_type).get(self.place_of(set_type)).map(|s| (*s).clone());
        self.rows.push(row);
    }

    pub fn logged_sets(&self) -> usize {
        self.rows.iter().filter(|r| r.is_logged()).count()
    }

    /// The weight of the first working row not logged yet, in the unit it shows.
    pub fn next_working_weight(&self) -> Option<f64> {
        self.rows
            .iter()
            .filter(|r| !r.is_logged() && r.values.set_type != SetType::WarmUp)
            .find_map(|r| crate::domain::units::typed::decimal(&r.values.weight))
    }

    /// Puts warm-up rows (weight, reps in `unit`) before the first working row not logged
    /// yet, and returns how many. Asked for again (a new working weight), the ladder replaces
    /// the warm-ups planned before that row and leaves out every step at or below the
    /// heaviest warm-up already lifted. The rows from there on take fresh indexes in table
    /// order, so the log keeps the table's order.
    pub fn insert_warm_ups(&mut self, ramp: &[(f64, u32)], unit: WeightUnit) -> usize {
        let planned_end = self.first_open_working_row();
        let mut position = 0;
        self.rows.retain(|r| {
            position += 1;
            position > planned_end || r.is_logged() || r.values.set_type != SetType::WarmUp
        });
        let at = self.first_open_working_row();
        let heaviest_lifted = self.rows[..at]
            .iter()
            .filter(|r| r.values.set_type == SetType::WarmUp)
            .filter_map(|r| r.stored()?.weight)
            .map(|w| w.in_unit(unit))
            .fold(f64::NEG_INFINITY, f64::max);
        let steps: Vec<&(f64, u32)> = ramp.iter().filter(|(weight, _)| *weight > heaviest_lifted + 1e-9).collect();
        for (offset, (weight, reps)) in steps.iter().enumerate() {
            let facts = SetFacts {
                exercise: self.exercise.as_str().into(),
                set_type: SetType::WarmUp,
                weight: Some(Weight::entered(*weight, unit)),
                reps: Some(*reps),
                kind: self.kind,
                ..SetFacts::default()
            };
            self.rows.insert(at + offset, SetRow::planned(0, Some(&facts), unit));
        }
        for i in at..self.rows.len() {
            if !self.rows[i].is_logged() {
                self.rows[i].set_index = self.take_index();
            }
        }
        steps.len()
    }

    /// The position of the first working row not logged yet (the end if there is none).
    fn first_open_working_row(&self) -> usize {
        self.rows.iter().position(|r| !r.is_logged() && r.values.set_type != SetType::WarmUp).unwrap_or(self.rows.len())
    }
}
