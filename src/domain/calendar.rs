//! Training over the calendar: volume per week (overall and per muscle group) and what was
//! done on each day, for the weekly-volume chart and the year heat map. Days are the lifter's
//! local days: the caller says which day an instant falls on.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};

use super::projection::{History, Workout};

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
    // Per week, volume by group index; each exercise's group looked up once.
    let mut group_names: Vec<String> = Vec::new();
    let mut group_index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut volumes: BTreeMap<NaiveDate, Vec<f64>> = BTreeMap::new();
    for workout in history.completed() {
        let week = week_of(day_of(workout.started_at));
        let bodyweight = history.bodyweight_at(workout.started_at);
        let entry = volumes.entry(week).or_default();
        for set in &workout.sets {
            let volume = set.volume_kg(bodyweight);
            if volume <= 0.0 {
                continue;
            }
            let index = *group_index.entry(set.facts.exercise.as_str()).or_insert_with(|| {
                let group = group_of(&set.facts.exercise);
                match group_names.iter().position(|g| *g == group) {
                    Some(i) => i,
                    None => {
                        group_names.push(group);
                        group_names.len() - 1
                    }
                }
            });
            if entry.len() <= index {
                entry.resize(index + 1, 0.0);
            }
            entry[index] += volume;
        }
    }
    let mut weeks: BTreeMap<NaiveDate, WeekVolume> = volumes
        .into_iter()
        .map(|(week, by_index)| {
            let by_group: BTreeMap<String, f64> = by_index
                .iter()
                .enumerate()
                .filter(|(_, v)| **v > 0.0)
                .map(|(i, v)| (group_names[i].clone(), *v))
                .collect();
            (week, WeekVolume { week, total_kg: by_index.iter().sum(), by_group })
        })
        .collect();
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

/// Folds one more completed workout into `weeks` and `days` as [`weekly_volume`] and
/// [`training_days`] count it (a week after the last one brings the empty weeks between).
pub fn add_workout(
    weeks: &mut Vec<WeekVolume>,
    days: &mut BTreeMap<NaiveDate, DayTraining>,
    workout: &Workout,
    history: &History,
    day_of: impl Fn(DateTime<Utc>) -> NaiveDate,
    group_of: impl Fn(&str) -> String,
) {
    let day_of_workout = day_of(workout.started_at);
    let day = days.entry(day_of_workout).or_default();
    day.workouts += 1;
    day.sets += workout.sets.len() as u32;
    day.volume_kg += history.volume_kg(workout);
    let week = week_of(day_of_workout);
    let position = match weeks.binary_search_by_key(&week, |w| w.week) {
        Ok(i) => i,
        Err(i) => {
            // Fill the weeks between the neighbours so the series stays every week.
            let mut added = vec![WeekVolume { week, ..WeekVolume::default() }];
            if i == weeks.len() && i > 0 {
                let mut gap = weeks[i - 1].week + Days::new(7);
                while gap < week {
                    added.insert(added.len() - 1, WeekVolume { week: gap, ..WeekVolume::default() });
                    gap = gap + Days::new(7);
                }
            } else if i == 0 && !weeks.is_empty() {
                let mut gap = week + Days::new(7);
                while gap < weeks[0].week {
                    added.push(WeekVolume { week: gap, ..WeekVolume::default() });
                    gap = gap + Days::new(7);
                }
            }
            let at = i + added.iter().position(|w| w.week == week).expect("the week is in it");
            weeks.splice(i..i, added);
            at
        }
    };
    let bodyweight = history.bodyweight_at(workout.started_at);
    let entry = &mut weeks[position];
    for set in &workout.sets {
        let volume = set.volume_kg(bodyweight);
        if volume > 0.0 {
            entry.total_kg += volume;
            *entry.by_group.entry(group_of(&set.facts.exercise)).or_default() += volume;
        }
    }
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
    fn a_workout_folded_in_counts_as_a_full_recount_would() {
        let all = [
            (on(2026, 3, 2, 10), vec![facts(100.0, 5, 0)], true),
            (on(2026, 3, 3, 10), vec![bench(50.0, 10)], true),
            (on(2026, 3, 25, 10), vec![facts(110.0, 5, 0), bench(55.0, 8)], true),
        ];
        let group = |e: &str| if e == "Squat" { "Legs".to_string() } else { "Chest".to_string() };
        let full = history(&all);
        let mut weeks = weekly_volume(&history(&all[..2]), |at| at.date_naive(), group);
        let mut days = training_days(&history(&all[..2]), |at| at.date_naive());
        // The third workout of the full history, folded into the first two's counts.
        let third = full.completed().nth(2).unwrap();
        add_workout(&mut weeks, &mut days, third, &full, |at| at.date_naive(), group);
        assert_eq!(weeks, weekly_volume(&full, |at| at.date_naive(), group));
        assert_eq!(days, training_days(&full, |at| at.date_naive()));
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
