//! JEFIT's body measurements: the girth and body-fat columns of its profile or body-stats
//! blocks (`chest`, `waist`, `arms`/`biceps`, `forearms`, `thighs`, `calves`, `neck`,
//! `shoulders`, `hips`, `bodyfat`/`body_fat`/`fat_percentage`), one measurement per non-zero
//! cell (zero is "not measured"; a day's entry repeated in older rows is kept once). Lengths
//! are in the unit `SETTING`'s `length` column names (` cm` or ` inch`), else the one that
//! goes with the weight unit. JEFIT keeps one value for a limb: it is read as the right side.

use std::collections::HashSet;

use chrono::NaiveDateTime;

use super::super::super::parsed::{Builder, Start};
use super::super::super::values;
use super::{Block, DATE_FORMATS, Section, to_hundredths};
use crate::domain::measurement::{MeasureUnit, Reading, Side, Site};
use crate::domain::units::WeightUnit;

/// The columns JEFIT writes (and their spellings across versions), and what each measures.
fn columns() -> [(&'static [&'static str], Site); 10] {
    [
        (&["neck"], Site::Neck),
        (&["shoulders", "shoulder"], Site::Shoulders),
        (&["chest"], Site::Chest),
        (&["waist"], Site::Waist),
        (&["hips", "hip"], Site::Hips),
        (&["arms", "arm", "biceps", "bicep"], Site::Arm(Side::Right)),
        (&["forearms", "forearm"], Site::Forearm(Side::Right)),
        (&["thighs", "thigh"], Site::Thigh(Side::Right)),
        (&["calves", "calf"], Site::Calf(Side::Right)),
        (&["bodyfat", "body_fat", "fat_percentage", "fatpercentage", "fat"], Site::BodyFat),
    ]
}

/// The length unit of the file: `SETTING`'s `length` column, else the weight unit's.
pub(super) fn length_unit(all: &[Section<'_>], weight: WeightUnit) -> MeasureUnit {
    let named = all.iter().find(|s| s.name == "SETTING").and_then(|s| {
        let block = Block::of(s);
        let row = block.rows.first()?;
        match block.get(&row.1, "length").to_ascii_lowercase().as_str() {
            "cm" | "cms" => Some(MeasureUnit::Cm),
            "in" | "inch" | "inches" => Some(MeasureUnit::In),
            _ => None,
        }
    });
    named.unwrap_or_else(|| MeasureUnit::length_for(weight))
}

/// The measurements of every profile or body-stats block.
pub(super) fn read_measurements(all: &[Section<'_>], length: MeasureUnit, out: &mut Builder) {
    let mut seen: HashSet<(NaiveDateTime, Site, u64)> = HashSet::new();
    for section in all.iter().filter(|s| s.name.contains("PROFILE") || s.name.contains("BODY")) {
        let block = Block::of(section);
        let Some(date_column) = ["mydate", "date", "timestamp"].into_iter().find(|c| block.columns.contains_key(*c))
        else {
            continue;
        };
        let present: Vec<(&str, Site)> = columns()
            .into_iter()
            .filter_map(|(names, site)| names.iter().find(|n| block.columns.contains_key(**n)).map(|n| (*n, site)))
            .collect();
        for (line, row) in &block.rows {
            let Some(at) =
                values::datetime(block.get(row, date_column), &DATE_FORMATS).filter(|a| values::plausible_year(*a))
            else {
                continue;
            };
            for (column, site) in &present {
                let Some(value) = values::number(block.get(row, column)).filter(|v| *v > 0.0).map(to_hundredths) else {
                    continue;
                };
                let reading = Reading::new(value, site.unit_for(length));
                if seen.insert((at, site.clone(), value.to_bits())) {
                    out.measurement(*line, Start::Local(at), site.clone(), reading);
                }
            }
        }
    }
}
