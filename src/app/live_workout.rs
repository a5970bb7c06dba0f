//! The live workout, one part of `AppState`: the session being logged, the summary shown
//! after Finish, the question asked before going on, and the rest timer with whether its end
//! already chimed. It owns one invariant the flows used to keep by hand: a workout that ends
//! (saved, discarded, or read back after a failed write) leaves nothing of itself behind.

use chrono::{DateTime, Utc};

use super::editor::{PendingInput, Session};
use crate::domain::rest_timer::RestTimer;
use crate::domain::summary::Summary;

/// A question the app is asking before it goes on.
#[derive(Debug, Clone, PartialEq)]
pub enum Prompt {
    /// A set whose values look like a typo: log it anyway?
    Doubtful { block: usize, row: usize, doubts: Vec<String> },
    /// Finish was pressed with input that is not in the log: what to do with it.
    PendingInput(PendingInput),
}

#[derive(Debug, Default)]
pub(super) struct LiveWorkout {
    pub(super) session: Option<Session>,
    /// The summary shown after Finish, before Save or Discard.
    pub(super) summary: Option<Summary>,
    pub(super) prompt: Option<Prompt>,
    pub(super) rest: Option<RestTimer>,
    /// The rest (by its start) whose end already chimed.
    rest_chimed: Option<DateTime<Utc>>,
}

impl LiveWorkout {
    /// The workout is over: its table, summary, question and rest timer go.
    pub(super) fn close(&mut self) {
        self.session = None;
        self.back_to_logging();
        self.rest = None;
    }

    /// Back from the summary (or a question) to the table.
    pub(super) fn back_to_logging(&mut self) {
        self.summary = None;
        self.prompt = None;
    }

    /// Whether the rest ran out at `now` and has not chimed yet: true once per rest.
    pub(super) fn rest_ran_out(&mut self, now: DateTime<Utc>) -> bool {
        let Some(rest) = &self.rest else { return false };
        let due = rest.is_done(now) && self.rest_chimed != Some(rest.started_at);
        if due {
            self.rest_chimed = Some(rest.started_at);
        }
        due
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_rest_chimes_once_and_a_closed_workout_leaves_nothing() {
        let start = Utc.with_ymd_and_hms(2026, 12, 7, 10, 0, 0).unwrap();
        let mut live = LiveWorkout { rest: Some(RestTimer::start("Squat", start, 90)), ..LiveWorkout::default() };
        assert!(!live.rest_ran_out(start + chrono::Duration::seconds(30)));
        assert!(live.rest_ran_out(start + chrono::Duration::seconds(91)));
        assert!(!live.rest_ran_out(start + chrono::Duration::seconds(95)), "once per rest");
        live.prompt = Some(Prompt::PendingInput(PendingInput { typed: 1, edited: 0 }));
        live.close();
        assert!(live.session.is_none() && live.summary.is_none() && live.prompt.is_none() && live.rest.is_none());
    }
}
