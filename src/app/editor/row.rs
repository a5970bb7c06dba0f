//! One row of a set table: the text the lifter types (weight, reps, distance, time, RPE, type,
//! note), what it showed when it was filled, logged or applied (its baseline), and the exact
//! stored values behind that text — so an untouched field never changes a stored value, not
//! even after switching kg and lb, and an edited field stores exactly what was typed.

use uuid::Uuid;

use crate::domain::event::{SetFacts, SetType};
use crate::domain::exercise::ExerciseKind;
use crate::domain::rest_timer::format_clock;
use crate::domain::units::typed::{self, clock, decimal};
use crate::domain::units::{DistanceUnit, Weight, WeightUnit, format_amount, pace};

/// What a row shows and the lifter edits.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RowValues {
    pub weight: String,
    pub reps: String,
    /// In the exercise kind's distance unit: km or miles for a run, m or yd for a carry.
    pub distance: String,
    /// `m:ss`.
    pub time: String,
    pub rpe: Option<f64>,
    pub set_type: SetType,
    pub note: String,
}

/// The weight step a prefilled target rounds to when shown in the other unit: a pair of the
/// smallest common plates.
fn loadable_step(unit: WeightUnit) -> f64 {
    match unit {
        WeightUnit::Kg => 2.5,
        WeightUnit::Lb => 5.0,
    }
}

impl RowValues {
    fn of(facts: &SetFacts, unit: WeightUnit) -> RowValues {
        RowValues {
            weight: facts.weight.map(|w| format_amount(w.in_unit(unit))).unwrap_or_default(),
            reps: facts.reps.map(|r| r.to_string()).unwrap_or_default(),
            distance: facts.distance_m.map(|m| facts.kind.distance_unit(unit).text(m)).unwrap_or_default(),
            time: facts.duration_s.map(|s| format_clock(s.round() as i64)).unwrap_or_default(),
            rpe: facts.rpe,
            set_type: facts.set_type,
            note: facts.note.as_deref().unwrap_or_default().to_string(),
        }
    }
}

/// Why a row is not a set yet, in words for the lifter.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RowProblem {
    /// A field its exercise's kind needs is empty (`reps`, `distance (km)`, `time (m:ss)`).
    #[error("enter the {0}")]
    Missing(String),
    /// A field holds what no set can have.
    #[error(transparent)]
    Refused(#[from] typed::Refused),
}

/// One change the lifter makes to a row.
#[derive(Debug, Clone, PartialEq)]
pub enum RowEdit {
    Weight(String),
    Reps(String),
    Distance(String),
    Time(String),
    Rpe(Option<f64>),
    SetType(SetType),
    Note(String),
}

/// One row of a set table.
#[derive(Debug, Clone, PartialEq)]
pub struct SetRow {
    /// The set's `set_index`: given when the row is made, never reused in the workout.
    pub set_index: u32,
    /// The logged set's id; `None` while the row is only planned.
    pub set_id: Option<Uuid>,
    /// The set as the log holds it (logged rows).
    stored: Option<SetFacts>,
    pub values: RowValues,
    /// What the row showed when it was filled, logged or applied.
    pub(super) baseline: RowValues,
    /// The weight `baseline.weight` shows, exactly.
    pub(super) exact_weight: Option<Weight>,
    /// The distance (m) `baseline.distance` shows, exactly.
    exact_distance: Option<f64>,
    /// The set at this position last session, shown beside the row.
    pub previous: Option<SetFacts>,
}

impl SetRow {
    /// A planned row, filled from `source` (a target or the previous session's set). A weight
    /// entered in the other unit is rounded to what plates make in `unit` (67.5 kg shows as
    /// 150 lb, not 148.81) and that rounded weight is what gets logged. Notes and RPE describe
    /// a set as done, so they are not carried over.
    pub(super) fn planned(set_index: u32, source: Option<&SetFacts>, unit: WeightUnit) -> SetRow {
        let mut values = source.map(|s| RowValues::of(s, unit)).unwrap_or_default();
        values.rpe = None;
        values.note.clear();
        let mut exact_weight = source.and_then(|s| s.weight);
        if let Some(weight) = exact_weight.filter(|w| w.entered_unit != unit) {
            let step = loadable_step(unit);
            let rounded = (weight.in_unit(unit) / step).round() * step;
            values.weight = format_amount(rounded);
            exact_weight = Some(Weight::entered(rounded, unit));
        }
        SetRow {
            set_index,
            set_id: None,
            stored: None,
            baseline: values.clone(),
            values,
            exact_weight,
            exact_distance: source.and_then(|s| s.distance_m),
            previous: None,
        }
    }

    /// A planned row that copies another row's values (its note and RPE excepted).
    pub(super) fn copy_of(row: &SetRow, set_index: u32) -> SetRow {
        let mut values = row.values.clone();
        values.rpe = None;
        values.note.clear();
        let untouched = |typed: &str, base: &str| typed == base;
        SetRow {
            set_index,
            set_id: None,
            stored: None,
            baseline: values.clone(),
            values,
            exact_weight: untouched(&row.values.weight, &row.baseline.weight).then_some(row.exact_weight).flatten(),
            exact_distance: untouched(&row.values.distance, &row.baseline.distance)
                .then_some(row.exact_distance)
                .flatten(),
            previous: None,
        }
    }

    /// A row of a set already in the log.
    pub(super) fn logged(set_id: Uuid, facts: &SetFacts, unit: WeightUnit) -> SetRow {
        let values = RowValues::of(facts, unit);
        SetRow {
            set_index: facts.set_index,
            set_id: Some(set_id),
            stored: Some(facts.clone()),
            baseline: values.clone(),
            values,
            exact_weight: facts.weight,
            exact_distance: facts.distance_m,
            previous: None,
        }
    }

    /// The set as the log holds it (logged rows).
    pub fn stored(&self) -> Option<&SetFacts> {
        self.stored.as_ref()
    }

    /// The row of a set taken out of the log (an undone log): planned again, with its values.
    pub(super) fn unlogged(&self, unit: WeightUnit) -> SetRow {
        let mut row = SetRow::planned(self.set_index, self.stored.as_ref(), unit);
        row.previous = self.previous.clone();
        row
    }

    pub fn is_logged(&self) -> bool {
        self.set_id.is_some()
    }

    /// The row shows something other than what it was filled with or last saved as.
    pub fn is_edited(&self) -> bool {
        self.values != self.baseline
    }

    pub fn edit(&mut self, edit: RowEdit) {
        match edit {
            RowEdit::Weight(text) => self.values.weight = text,
            RowEdit::Reps(text) => self.values.reps = text,
            RowEdit::Distance(text) => self.values.distance = text,
            RowEdit::Time(text) => self.values.time = text,
            RowEdit::Rpe(rpe) => self.values.rpe = rpe,
            RowEdit::SetType(set_type) => self.values.set_type = set_type,
            RowEdit::Note(text) => self.values.note = text,
        }
    }

    /// Puts back what the row showed before it was edited.
    pub fn revert(&mut self) {
        self.values = self.baseline.clone();
    }

    fn weight(&self, unit: WeightUnit) -> Result<Option<Weight>, RowProblem> {
        match self.values.weight.trim() {
            "" => Ok(None),
            text if text == self.baseline.weight.trim() && self.exact_weight.is_some() => Ok(self.exact_weight),
            text => Ok(Some(Weight::entered(typed::weight("weight", text)?, unit))),
        }
    }

    fn reps(&self) -> Result<Option<u32>, RowProblem> {
        match self.values.reps.trim() {
            "" => Err(RowProblem::Missing("reps".into())),
            text => Ok(Some(typed::reps("reps", text)?)),
        }
    }

    fn distance_m(&self, per: DistanceUnit) -> Result<Option<f64>, RowProblem> {
        match self.values.distance.trim() {
            "" => Err(RowProblem::Missing(format!("distance ({})", per.label))),
            text if text == self.baseline.distance.trim() && self.exact_distance.is_some() => Ok(self.exact_distance),
            text => Ok(Some(typed::distance("distance", text)? * per.metres)),
        }
    }

    fn duration_s(&self) -> Result<Option<f64>, RowProblem> {
        match self.values.time.trim() {
            "" => Err(RowProblem::Missing("time (m:ss)".into())),
            text => Ok(Some(typed::duration("time", text)?)),
        }
    }

    /// The pace the typed distance and time make (runs and rows), e.g. `5:00 /km`.
    pub fn pace(&self, kind: ExerciseKind, unit: WeightUnit) -> Option<String> {
        let per = kind.distance_unit(unit);
        let distance = decimal(&self.values.distance)?;
        pace(clock(&self.values.time)?, distance * per.metres, per)
    }

    /// The set this row describes for an exercise of `kind`, amounts read in `unit` where they
    /// were typed. For a logged row, `None` when it describes exactly the stored set (nothing
    /// to record).
    pub fn facts(&self, exercise: &str, kind: ExerciseKind, unit: WeightUnit) -> Result<Option<SetFacts>, RowProblem> {
        let weight = if kind.uses_weight() { self.weight(unit)? } else { None };
        if kind == ExerciseKind::WeightDistance && weight.is_none() {
            return Err(RowProblem::Missing("weight".into()));
        }
        if let Some(rpe) = self.values.rpe {
            typed::rpe(rpe)?;
        }
        let facts = SetFacts {
            exercise: exercise.into(),
            set_index: self.set_index,
            set_type: self.values.set_type,
            weight,
            reps: if kind.uses_reps() { self.reps()? } else { None },
            rpe: self.values.rpe,
            distance_m: if kind.uses_distance() { self.distance_m(kind.distance_unit(unit))? } else { None },
            duration_s: if kind.uses_duration() { self.duration_s()? } else { None },
            note: Some(self.values.note.trim()).filter(|n| !n.is_empty()).map(Box::from),
            kind,
        };
        Ok((self.stored.as_ref() != Some(&facts)).then_some(facts))
    }

    /// The set is in the log now, as `facts`.
    pub fn saved(&mut self, set_id: Uuid, facts: SetFacts, unit: WeightUnit) {
        let previous = self.previous.take();
        *self = SetRow::logged(set_id, &facts, unit);
        self.previous = previous;
    }

    /// Shows the amounts of a row of `kind` in `to` instead of `from`: untouched text is
    /// rendered again from the exact value behind it; typed text is converted (and stays
    /// marked as typed).
    pub(super) fn show_in(&mut self, kind: ExerciseKind, from: WeightUnit, to: WeightUnit) {
        let untouched_weight = self.values.weight == self.baseline.weight;
        if self.exact_weight.is_none() {
            self.exact_weight = decimal(&self.baseline.weight).map(|a| Weight::entered(a, from));
        }
        self.baseline.weight = self.exact_weight.map(|w| format_amount(w.in_unit(to))).unwrap_or_default();
        if untouched_weight {
            self.values.weight = self.baseline.weight.clone();
        } else if let Some(amount) = decimal(&self.values.weight) {
            self.values.weight = format_amount(Weight::entered(amount, from).in_unit(to));
        }
        let (from_d, to_d) = (kind.distance_unit(from), kind.distance_unit(to));
        let untouched_distance = self.values.distance == self.baseline.distance;
        if self.exact_distance.is_none() {
            self.exact_distance = decimal(&self.baseline.distance).map(|d| d * from_d.metres);
        }
        self.baseline.distance = self.exact_distance.map(|m| to_d.text(m)).unwrap_or_default();
        if untouched_distance {
            self.values.distance = self.baseline.distance.clone();
        } else if let Some(amount) = decimal(&self.values.distance) {
            self.values.distance = to_d.text(amount * from_d.metres);
        }
    }
}
