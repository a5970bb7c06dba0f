//! The rest timer between sets: started when a set is completed, adjustable in 15-second
//! steps, skippable. Time is passed in.

use chrono::{DateTime, Duration, Utc};

use super::exercise::ExerciseDef;

/// Default rest when an exercise has none of its own.
pub const DEFAULT_REST_SECONDS: i64 = 120;
/// The rest after a warm-up set: short, it is not a working set.
pub const WARM_UP_REST_SECONDS: i64 = 45;
pub const ADJUST_STEP_SECONDS: i64 = 15;

/// The rest an exercise gets by default: long for heavy barbell compounds, short for cardio,
/// 90 s for the rest.
pub fn default_rest_seconds(exercise: Option<&ExerciseDef>) -> i64 {
    let Some(e) = exercise else { return DEFAULT_REST_SECONDS };
    let heavy_group = matches!(e.muscle_group.as_str(), "Legs" | "Back" | "Chest" | "Shoulders" | "Full Body");
    match (e.equipment.as_str(), e.muscle_group.as_str()) {
        (_, "Cardio") => 60,
        ("Barbell" | "Trap Bar", _) if heavy_group => 180,
        _ => 90,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RestTimer {
    pub exercise: String,
    pub started_at: DateTime<Utc>,
    pub length: Duration,
}

impl RestTimer {
    pub fn start(exercise: &str, now: DateTime<Utc>, seconds: i64) -> RestTimer {
        RestTimer { exercise: exercise.to_string(), started_at: now, length: Duration::seconds(seconds.max(0)) }
    }

    /// Whole seconds left (rounded up), never negative.
    pub fn remaining_seconds(&self, now: DateTime<Utc>) -> i64 {
        let left = self.started_at + self.length - now;
        ((left.num_milliseconds() + 999) / 1000).max(0)
    }

    pub fn is_done(&self, now: DateTime<Utc>) -> bool {
        self.remaining_seconds(now) == 0
    }

    /// Adds (or with a negative `steps`, removes) 15-second steps; never below zero left.
    pub fn adjust(&mut self, steps: i64, now: DateTime<Utc>) {
        self.length += Duration::seconds(steps * ADJUST_STEP_SECONDS);
        let elapsed = now - self.started_at;
        if self.length < elapsed {
            self.length = elapsed;
        }
    }
}

/// `m:ss`, or `h:mm:ss` from an hour on.
pub fn format_clock(seconds: i64) -> String {
    let s = seconds.max(0);
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000, 0).unwrap() + Duration::milliseconds(s)
    }

    #[test]
    fn counts_down_and_finishes() {
        let timer = RestTimer::start("Squat", t(0), 90);
        assert_eq!(timer.remaining_seconds(t(0)), 90);
        assert_eq!(timer.remaining_seconds(t(500)), 90, "rounded up");
        assert_eq!(timer.remaining_seconds(t(60_000)), 30);
        assert!(!timer.is_done(t(89_999)));
        assert!(timer.is_done(t(90_000)));
        assert_eq!(timer.remaining_seconds(t(500_000)), 0);
    }

    #[test]
    fn adjusts_in_steps_and_never_goes_negative() {
        let mut timer = RestTimer::start("Squat", t(0), 60);
        timer.adjust(1, t(0));
        assert_eq!(timer.remaining_seconds(t(0)), 75);
        timer.adjust(-2, t(10_000));
        assert_eq!(timer.remaining_seconds(t(10_000)), 35);
        timer.adjust(-10, t(20_000));
        assert_eq!(timer.remaining_seconds(t(20_000)), 0);
        assert!(timer.is_done(t(20_000)));
    }

    #[test]
    fn heavy_compounds_rest_longer() {
        let lib = crate::domain::exercise::builtin_library();
        let find = |n: &str| lib.iter().find(|e| e.name == n);
        assert_eq!(default_rest_seconds(find("Squat")), 180);
        assert_eq!(default_rest_seconds(find("Lateral Raise")), 90);
        assert_eq!(default_rest_seconds(find("Running")), 60);
        assert_eq!(default_rest_seconds(None), DEFAULT_REST_SECONDS);
    }

    #[test]
    fn clocks_read_like_clocks() {
        assert_eq!(format_clock(75), "1:15");
        assert_eq!(format_clock(5), "0:05");
        assert_eq!(format_clock(3725), "1:02:05");
    }
}
