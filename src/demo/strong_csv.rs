//! A history written as Strong's CSV export (the classic 12-column layout, kilograms), with
//! Strong's exercise names and a rest-timer row now and then: what a lifter switching from
//! Strong brings along. For trying and measuring the import (`gymlog demo --strong-csv FILE`).

use chrono::Local;

use crate::domain::event::SetType;
use crate::domain::exercise::builtin_library;
use crate::domain::projection::History;
use crate::domain::units::format_amount;

const HEADER: [&str; 12] = [
    "Date",
    "Workout Name",
    "Duration",
    "Exercise Name",
    "Set Order",
    "Weight",
    "Reps",
    "Distance",
    "Seconds",
    "Notes",
    "Workout Notes",
    "RPE",
];

/// Every saved workout of `history` as a Strong export; returns the CSV and its data rows.
pub fn strong_csv(history: &History) -> (Vec<u8>, u64) {
    let library = builtin_library();
    let strong_name = |name: &str| match library.iter().find(|e| e.name == name) {
        Some(e)
            if ["Barbell", "Dumbbell", "Cable", "Machine"].contains(&e.equipment.as_str())
                && !name.starts_with(e.equipment.as_str()) =>
        {
            format!("{name} ({})", e.equipment)
        }
        _ => name.to_string(),
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER).expect("writing to memory");
    let mut rows = 0u64;
    for workout in history.completed() {
        let date = workout.started_at.with_timezone(&Local).format("%Y-%m-%d %H:%M:%S").to_string();
        let minutes = workout.duration().map_or(0, |d| d.num_minutes());
        let duration = match (minutes / 60, minutes % 60) {
            (0, m) => format!("{m}m"),
            (h, 0) => format!("{h}h"),
            (h, m) => format!("{h}h {m}m"),
        };
        let title = workout.title();
        for exercise in &workout.exercises {
            let mut working = 0;
            for (n, set) in workout.sets_of(exercise).enumerate() {
                let f = &set.facts;
                let order = match f.set_type {
                    SetType::WarmUp | SetType::CoolDown => "W".to_string(),
                    SetType::Drop => "D".to_string(),
                    SetType::Failure => "F".to_string(),
                    SetType::Normal => {
                        working += 1;
                        working.to_string()
                    }
                };
                let number = |x: Option<f64>| x.map_or("0".to_string(), format_amount);
                let record = [
                    date.clone(),
                    title.clone(),
                    duration.clone(),
                    strong_name(exercise),
                    order,
                    number(f.weight.map(|w| w.kg)),
                    f.reps.unwrap_or(0).to_string(),
                    number(f.distance_m.map(|m| m / 1000.0)),
                    number(f.duration_s),
                    f.note.as_deref().unwrap_or_default().to_string(),
                    String::new(),
                    f.rpe.map(format_amount).unwrap_or_default(),
                ];
                writer.write_record(&record).expect("writing to memory");
                rows += 1;
                if n == 2 {
                    let rest = [&date, &title, &duration, "Rest Timer", "Rest Timer", "0", "0", "0", "120", "", "", ""];
                    writer.write_record(rest).expect("writing to memory");
                    rows += 1;
                }
            }
        }
    }
    (writer.into_inner().expect("writing to memory"), rows)
}
