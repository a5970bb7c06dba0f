//! Pure types and rules of lifting: events, the projection into workouts, units, exercises
//! and their kinds, routines, plates, estimated 1RM. No IO, no clock reads (time is passed
//! in), no randomness.

pub mod calendar;
pub mod event;
pub mod event_row;
pub mod exercise;
pub mod hlc;
pub mod measurement;
pub mod name;
pub mod one_rep_max;
pub mod plates;
pub mod program;
pub mod projection;
pub mod records;
pub mod rest_timer;
pub mod routine;
pub mod set_rules;
pub mod set_type;
pub mod summary;
#[cfg(test)]
pub(crate) mod test_support;
pub mod tone;
pub mod undo;
pub mod units;
pub mod usage;
