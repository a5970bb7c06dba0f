//! Training over the calendar: volume per week (overall and per muscle group) and what was
//! done on each day, for the weekly-volume chart and the year heat map. Days are the lifter's
//! local days: the caller says which day an instant falls on.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};

use super::projection::History;

/// The volume of one week (Monday to Sunday).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WeekVolume {
    /// Its Monday.
    pub week: NaiveDate,
    pub total_kg: f64,
    pub by_group: BTreeMap<String, f64>,
}

/// What was done on one day.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DayTraining {
    pub workouts: u32,
    pub sets: u32,
    pub volume_kg: f64,
}

/// The Monday of the week of `day`.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// Volume per week of completed workouts, every week from the first to the last (weeks
/// without training are zero, so a chart shows the gap), each set's volume counted under its
/// exercise's muscle group.
pub fn weekly_volume(
    history: &History,
    day_of: impl Fn(DateTime<Utc>) -> NaiveDate,
    group_of: impl Fn(&str) -> String,
) -> Vec<WeekVolume> {
    let mut weeks: BTreeMap<NaiveDate, WeekVolume> = BTreeMap::new();
    let mut groups: BTreeMap<&str, String> = BTreeMap::new();
    for workout in history.completed() {
        let week = week_of(day_of(workout.started_at));
        let bodyweight = history.bodyweight_at(workout.started_at);
        let entry = weeks.entry(week).or_insert_with(|| WeekVolume { week, ..WeekVolume::default() });
        for set in &workout.sets {
            let volume = set.volume_kg(bodyweight);
            if volume <= 0.0 {
                continue;
            }
            let group = groups.entry(set.facts.exercise.as_str()).or_insert_with(|| group_of(&set.facts.exercise));
            entry.total_kg += volume;
            *entry.by_group.entry(group.clone()).or_default() += volume;
        }
    }
    let (Some(&first), Some(&last)) = (weeks.keys().next(), weeks.keys().next_back()) else {
        return Vec::new();
    };
    let mut all = Vec::new();
    let mut week = first;
    while week <= last {
        all.push(weeks.remove(&week).unwrap_or(WeekVolume { week, ..WeekVolume::default() }));
        week = week + Days::new(7);
    }
    all
}

/// Completed workouts per day.
pub fn training_days(
    history: &History,
    day_of: impl Fn(DateTime<Utc>) -> NaiveDate,
) -> BTreeMap<NaiveDate, DayTraining> {
    let mut days: BTreeMap<NaiveDate, DayTraining> = BTreeMap::new();
    for workout in history.completed() {
        let day = days.entry(day_of(workout.started_at)).or_default();
        day.workouts += 1;
        day.sets += workout.sets.len() as u32;
        day.volume_kg += history.volume_kg(workout);
    }
    days
}

/// The longest run of consecutive weeks with at least one workout, and the current one (up
/// to the week of `today`, or the week before when this week has none yet).
pub fn week_streaks(days: &BTreeMap<NaiveDate, DayTraining>, today: NaiveDate) -> (u32, u32) {
    let weeks: std::collections::BTreeSet<NaiveDate> = days.keys().map(|d| week_of(*d)).collect();
    let mut longest = 0;
    let mut run = 0;
    let mut previous: Option<NaiveDate> = None;
    for &week in &weeks {
        run = if previous.is_some_and(|p| p + Days::new(7) == week) { run + 1 } else { 1 };
        longest = longest.max(run);
        previous = Some(week);
    }
    let mut current = 0;
    let mut week = week_of(today);
    if !weeks.contains(&week) {
        week = week - Days::new(7);
    }
    while weeks.contains(&week) {
        current += 1;
        week = week - Days::new(7);
    }
    (longest, current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::{Event, EventKind, SetFacts};
    use crate::domain::test_support::facts;
    use chrono::TimeZone;
    use uuid::Uuid;

    fn on(y: i32, m: u32, d: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, hour, 0, 0).unwrap()
    }

    fn history(workouts: &[(DateTime<Utc>, Vec<SetFacts>, bool)]) -> History {
        let mut events = Vec::new();
        for (n, (start, sets, saved)) in workouts.iter().enumerate() {
            let w = Uuid::from_u128(n as u128 + 1);
            let mut push = |kind| events.push(Event::new(Uuid::now_v7(), *start, kind));
            push(EventKind::workout_started(w, None));
            for (i, set) in sets.iter().enumerate() {
                push(EventKind::SetLogged {
                    workout_id: w,
                    set_id: Uuid::from_u128(1000 * (n as u128 + 1) + i as u128),
                    set: set.clone(),
                });
            }
            push(if *saved {
                EventKind::WorkoutCompleted { workout_id: w }
            } else {
                EventKind::WorkoutDiscarded { workout_id: w }
            });
        }
        History::from_events(&events)
    }

    fn bench(kg: f64, reps: u32) -> SetFacts {
        SetFacts { exercise: "Bench Press".into(), ..facts(kg, reps, 0) }
    }

    #[test]
    fn the_heat_map_counts_saved_workouts_on_their_days() {
        let h = history(&[
            (on(2026, 3, 2, 7), vec![facts(100.0, 5, 0)], true),
            (on(2026, 3, 2, 18), vec![bench(80.0, 5), bench(80.0, 5)], true),
            (on(2026, 3, 4, 23), vec![facts(100.0, 5, 0)], true),
            (on(2026, 3, 5, 10), vec![facts(100.0, 5, 0)], false),
        ]);
        let days = training_days(&h, |at| at.date_naive());
        assert_eq!(days.len(), 2, "a discarded workout is no training day");
        let march_2 = days[&NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()];
        assert_eq!((march_2.workouts, march_2.sets, march_2.volume_kg), (2, 3, 1300.0));
        // The day is the lifter's: 23:00 UTC is the next day two hours east.
        let east = training_days(&h, |at| (at + chrono::Duration::hours(2)).date_naive());
        assert!(east.contains_key(&NaiveDate::from_ymd_opt(2026, 3, 5).unwrap()));
    }

    #[test]
    fn weekly_volume_fills_gaps_and_splits_by_muscle_group() {
        let h = history(&[
            (on(2026, 3, 1, 10), vec![facts(100.0, 5, 0)], true), // Sunday: week of Feb 23
            (on(2026, 3, 2, 10), vec![facts(100.0, 5, 0), bench(50.0, 10)], true),
            (on(2026, 3, 18, 10), vec![bench(60.0, 10)], true),
        ]);
        let group = |e: &str| if e == "Squat" { "Legs".to_string() } else { "Chest".to_string() };
        let weeks = weekly_volume(&h, |at| at.date_naive(), group);
        let mondays: Vec<String> = weeks.iter().map(|w| w.week.to_string()).collect();
        assert_eq!(mondays, ["2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16"]);
        assert_eq!(weeks[1].total_kg, 1000.0);
        assert_eq!(weeks[1].by_group["Legs"], 500.0);
        assert_eq!(weeks[1].by_group["Chest"], 500.0);
        assert_eq!(weeks[2].total_kg, 0.0);
        assert_eq!(weeks[3].by_group["Chest"], 600.0);
    }

    #[test]
    fn streaks_count_consecutive_weeks() {
        let h = history(&[
            (on(2026, 1, 5, 10), vec![], true),
            (on(2026, 1, 12, 10), vec![], true),
            (on(2026, 1, 19, 10), vec![], true),
            (on(2026, 2, 9, 10), vec![], true),
            (on(2026, 2, 16, 10), vec![], true),
        ]);
        let days = training_days(&h, |at| at.date_naive());
        // Wednesday of the week after the last workout: this week has none yet.
        assert_eq!(week_streaks(&days, NaiveDate::from_ymd_opt(2026, 2, 25).unwrap()), (3, 2));
        assert_eq!(week_streaks(&days, NaiveDate::from_ymd_opt(2026, 3, 11).unwrap()), (3, 0));
    }
}
