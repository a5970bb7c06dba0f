//! Each built-in program run for 12 simulated weeks (all sets made unless a line below says
//! otherwise, one week missed), against tables written from the programs' published rules
//! (docs/programs.md shows the same tables). Row format: `week day | Exercise: sets`.

use super::builtin;
use super::session::LiftedSet;
use super::simulation::{check, simulate};
use crate::domain::units::{Weight, WeightUnit};

const KG: WeightUnit = WeightUnit::Kg;

/// The last set one rep short (a failed session).
fn miss_last(sets: &mut [LiftedSet]) {
    let last = sets.last_mut().unwrap();
    last.reps = last.reps.saturating_sub(1);
}

fn lift_at(sets: &mut [LiftedSet], kg: f64) {
    sets.iter_mut().skip(1).for_each(|s| s.weight = Weight::kg(kg));
}

#[test]
fn stronglifts_12_weeks() {
    // Week 3 missed. The squat fails 5×5 at 75 kg in all three sessions of week 4 (third
    // failure: deload 10 % to 67.5 kg). In the first B the lifter presses 35 kg instead of the
    // planned 30 kg and makes it: the press goes on from 35 (37.5 next), not from 30.
    let tweak = |_week, session, exercise: &str, sets: &mut Vec<LiftedSet>| match (session, exercise) {
        (6..=8, "Squat") => miss_last(sets),
        (1, "Overhead Press") => lift_at(sets, 35.0),
        _ => {}
    };
    let program = builtin::stronglifts(KG);
    let starting =
        [("Squat", 60.0), ("Bench Press", 40.0), ("Barbell Row", 40.0), ("Overhead Press", 30.0), ("Deadlift", 80.0)];
    let rows = simulate(&program, &starting, 12, 3, &[3], &tweak);
    check(
        &program,
        &rows,
        &[
            "1 Workout A | Squat: 5×5@60 | Bench Press: 5×5@40",
            "1 Workout B | Squat: 5×5@62.5 | Overhead Press: 5×5@30 | Deadlift: 1×5@80",
            "1 Workout A | Squat: 5×5@65 | Bench Press: 5×5@42.5",
            "2 Workout B | Squat: 5×5@67.5 | Overhead Press: 5×5@37.5 | Deadlift: 1×5@85",
            "2 Workout A | Squat: 5×5@70 | Bench Press: 5×5@45",
            "2 Workout B | Squat: 5×5@72.5 | Overhead Press: 5×5@40 | Deadlift: 1×5@90",
            "4 Workout A | Squat: 5×5@75 | Bench Press: 5×5@47.5",
            "4 Workout B | Squat: 5×5@75 | Overhead Press: 5×5@42.5 | Deadlift: 1×5@95",
            "4 Workout A | Squat: 5×5@75 | Bench Press: 5×5@50",
            "5 Workout B | Squat: 5×5@67.5 | Overhead Press: 5×5@45 | Deadlift: 1×5@100",
            "5 Workout A | Squat: 5×5@70 | Bench Press: 5×5@52.5",
            "5 Workout B | Squat: 5×5@72.5 | Overhead Press: 5×5@47.5 | Deadlift: 1×5@105",
            "6 Workout A | Squat: 5×5@75 | Bench Press: 5×5@55",
            "6 Workout B | Squat: 5×5@77.5 | Overhead Press: 5×5@50 | Deadlift: 1×5@110",
            "6 Workout A | Squat: 5×5@80 | Bench Press: 5×5@57.5",
            "7 Workout B | Squat: 5×5@82.5 | Overhead Press: 5×5@52.5 | Deadlift: 1×5@115",
            "7 Workout A | Squat: 5×5@85 | Bench Press: 5×5@60",
            "7 Workout B | Squat: 5×5@87.5 | Overhead Press: 5×5@55 | Deadlift: 1×5@120",
            "8 Workout A | Squat: 5×5@90 | Bench Press: 5×5@62.5",
            "8 Workout B | Squat: 5×5@92.5 | Overhead Press: 5×5@57.5 | Deadlift: 1×5@125",
            "8 Workout A | Squat: 5×5@95 | Bench Press: 5×5@65",
            "9 Workout B | Squat: 5×5@97.5 | Overhead Press: 5×5@60 | Deadlift: 1×5@130",
            "9 Workout A | Squat: 5×5@100 | Bench Press: 5×5@67.5",
            "9 Workout B | Squat: 5×5@102.5 | Overhead Press: 5×5@62.5 | Deadlift: 1×5@135",
            "10 Workout A | Squat: 5×5@105 | Bench Press: 5×5@70",
            "10 Workout B | Squat: 5×5@107.5 | Overhead Press: 5×5@65 | Deadlift: 1×5@140",
            "10 Workout A | Squat: 5×5@110 | Bench Press: 5×5@72.5",
            "11 Workout B | Squat: 5×5@112.5 | Overhead Press: 5×5@67.5 | Deadlift: 1×5@145",
            "11 Workout A | Squat: 5×5@115 | Bench Press: 5×5@75",
            "11 Workout B | Squat: 5×5@117.5 | Overhead Press: 5×5@70 | Deadlift: 1×5@150",
            "12 Workout A | Squat: 5×5@120 | Bench Press: 5×5@77.5",
            "12 Workout B | Squat: 5×5@122.5 | Overhead Press: 5×5@72.5 | Deadlift: 1×5@155",
            "12 Workout A | Squat: 5×5@125 | Bench Press: 5×5@80",
        ],
    );
}

#[test]
fn starting_strength_12_weeks() {
    // Week 6 missed. The press fails 3×5 at 40 kg three times (weeks 3–5): deload 10 % of 40 =
    // 36, on the plates 35 kg.
    let tweak = |_week, session, exercise: &str, sets: &mut Vec<LiftedSet>| {
        if exercise == "Overhead Press" && [8, 10, 12].contains(&session) {
            miss_last(sets);
        }
    };
    let program = builtin::starting_strength(KG);
    let starting =
        [("Squat", 60.0), ("Overhead Press", 30.0), ("Deadlift", 80.0), ("Bench Press", 40.0), ("Power Clean", 40.0)];
    let rows = simulate(&program, &starting, 12, 3, &[6], &tweak);
    check(
        &program,
        &rows,
        &[
            "1 Workout A | Squat: 3×5@60 | Overhead Press: 3×5@30 | Deadlift: 1×5@80",
            "1 Workout B | Squat: 3×5@62.5 | Bench Press: 3×5@40 | Power Clean: 5×3@40",
            "1 Workout A | Squat: 3×5@65 | Overhead Press: 3×5@32.5 | Deadlift: 1×5@85",
            "2 Workout B | Squat: 3×5@67.5 | Bench Press: 3×5@42.5 | Power Clean: 5×3@42.5",
            "2 Workout A | Squat: 3×5@70 | Overhead Press: 3×5@35 | Deadlift: 1×5@90",
            "2 Workout B | Squat: 3×5@72.5 | Bench Press: 3×5@45 | Power Clean: 5×3@45",
            "3 Workout A | Squat: 3×5@75 | Overhead Press: 3×5@37.5 | Deadlift: 1×5@95",
            "3 Workout B | Squat: 3×5@77.5 | Bench Press: 3×5@47.5 | Power Clean: 5×3@47.5",
            "3 Workout A | Squat: 3×5@80 | Overhead Press: 3×5@40 | Deadlift: 1×5@100",
            "4 Workout B | Squat: 3×5@82.5 | Bench Press: 3×5@50 | Power Clean: 5×3@50",
            "4 Workout A | Squat: 3×5@85 | Overhead Press: 3×5@40 | Deadlift: 1×5@105",
            "4 Workout B | Squat: 3×5@87.5 | Bench Press: 3×5@52.5 | Power Clean: 5×3@52.5",
            "5 Workout A | Squat: 3×5@90 | Overhead Press: 3×5@40 | Deadlift: 1×5@110",
            "5 Workout B | Squat: 3×5@92.5 | Bench Press: 3×5@55 | Power Clean: 5×3@55",
            "5 Workout A | Squat: 3×5@95 | Overhead Press: 3×5@35 | Deadlift: 1×5@115",
            "7 Workout B | Squat: 3×5@97.5 | Bench Press: 3×5@57.5 | Power Clean: 5×3@57.5",
            "7 Workout A | Squat: 3×5@100 | Overhead Press: 3×5@37.5 | Deadlift: 1×5@120",
            "7 Workout B | Squat: 3×5@102.5 | Bench Press: 3×5@60 | Power Clean: 5×3@60",
            "8 Workout A | Squat: 3×5@105 | Overhead Press: 3×5@40 | Deadlift: 1×5@125",
            "8 Workout B | Squat: 3×5@107.5 | Bench Press: 3×5@62.5 | Power Clean: 5×3@62.5",
            "8 Workout A | Squat: 3×5@110 | Overhead Press: 3×5@42.5 | Deadlift: 1×5@130",
            "9 Workout B | Squat: 3×5@112.5 | Bench Press: 3×5@65 | Power Clean: 5×3@65",
            "9 Workout A | Squat: 3×5@115 | Overhead Press: 3×5@45 | Deadlift: 1×5@135",
            "9 Workout B | Squat: 3×5@117.5 | Bench Press: 3×5@67.5 | Power Clean: 5×3@67.5",
            "10 Workout A | Squat: 3×5@120 | Overhead Press: 3×5@47.5 | Deadlift: 1×5@140",
            "10 Workout B | Squat: 3×5@122.5 | Bench Press: 3×5@70 | Power Clean: 5×3@70",
            "10 Workout A | Squat: 3×5@125 | Overhead Press: 3×5@50 | Deadlift: 1×5@145",
            "11 Workout B | Squat: 3×5@127.5 | Bench Press: 3×5@72.5 | Power Clean: 5×3@72.5",
            "11 Workout A | Squat: 3×5@130 | Overhead Press: 3×5@52.5 | Deadlift: 1×5@150",
            "11 Workout B | Squat: 3×5@132.5 | Bench Press: 3×5@75 | Power Clean: 5×3@75",
            "12 Workout A | Squat: 3×5@135 | Overhead Press: 3×5@55 | Deadlift: 1×5@155",
            "12 Workout B | Squat: 3×5@137.5 | Bench Press: 3×5@77.5 | Power Clean: 5×3@77.5",
            "12 Workout A | Squat: 3×5@140 | Overhead Press: 3×5@57.5 | Deadlift: 1×5@160",
        ],
    );
}

#[test]
fn gzclp_12_weeks() {
    // Three sessions a week over four days, week 3 missed. Squat T1 fails 5×3+ at 105 (→ 6×2+
    // at 105, made → 110), fails 6×2+ at 110 (→ 10×1+ at 110), fails that (→ 5×3+ at 85 % of
    // 110 = 93.5, on the plates 92.5). Bench T2 fails 3×10 at 55, 3×8 at 55 and 3×6 at 55
    // (→ 3×10 at the last 3×10, 55, + 7.5 = 62.5). The lat pulldown's last set reaches 25
    // reps once (→ +2.5).
    let tweak = |_week, session, exercise: &str, sets: &mut Vec<LiftedSet>| match (session, exercise) {
        (4 | 12 | 16, "Squat") | (8 | 12 | 16, "Bench Press") => miss_last(sets),
        (6, "Lat Pulldown") => sets.last_mut().unwrap().reps = 25,
        _ => {}
    };
    let program = builtin::gzclp(KG);
    let starting = [
        ("Squat T1", 100.0),
        ("Bench Press T2", 50.0),
        ("Lat Pulldown T3", 40.0),
        ("Overhead Press T1", 40.0),
        ("Deadlift T2", 90.0),
        ("Dumbbell Row T3", 20.0),
        ("Bench Press T1", 70.0),
        ("Squat T2", 70.0),
        ("Deadlift T1", 120.0),
        ("Overhead Press T2", 30.0),
    ];
    let rows = simulate(&program, &starting, 12, 3, &[3], &tweak);
    check(
        &program,
        &rows,
        &[
            "1 Day 1 | Squat: 5×3+@100 | Bench Press: 3×10@50 | Lat Pulldown: 3×15+@40",
            "1 Day 2 | Overhead Press: 5×3+@40 | Deadlift: 3×10@90 | Dumbbell Row: 3×15+@20",
            "1 Day 3 | Bench Press: 5×3+@70 | Squat: 3×10@70 | Lat Pulldown: 3×15+@40",
            "2 Day 4 | Deadlift: 5×3+@120 | Overhead Press: 3×10@30 | Dumbbell Row: 3×15+@20",
            "2 Day 1 | Squat: 5×3+@105 | Bench Press: 3×10@52.5 | Lat Pulldown: 3×15+@40",
            "2 Day 2 | Overhead Press: 5×3+@42.5 | Deadlift: 3×10@95 | Dumbbell Row: 3×15+@20",
            "4 Day 3 | Bench Press: 5×3+@72.5 | Squat: 3×10@75 | Lat Pulldown: 3×15+@40",
            "4 Day 4 | Deadlift: 5×3+@125 | Overhead Press: 3×10@32.5 | Dumbbell Row: 3×15+@20",
            "4 Day 1 | Squat: 6×2+@105 | Bench Press: 3×10@55 | Lat Pulldown: 3×15+@42.5",
            "5 Day 2 | Overhead Press: 5×3+@45 | Deadlift: 3×10@100 | Dumbbell Row: 3×15+@20",
            "5 Day 3 | Bench Press: 5×3+@75 | Squat: 3×10@80 | Lat Pulldown: 3×15+@42.5",
            "5 Day 4 | Deadlift: 5×3+@130 | Overhead Press: 3×10@35 | Dumbbell Row: 3×15+@20",
            "6 Day 1 | Squat: 6×2+@110 | Bench Press: 3×8@55 | Lat Pulldown: 3×15+@42.5",
            "6 Day 2 | Overhead Press: 5×3+@47.5 | Deadlift: 3×10@105 | Dumbbell Row: 3×15+@20",
            "6 Day 3 | Bench Press: 5×3+@77.5 | Squat: 3×10@85 | Lat Pulldown: 3×15+@42.5",
            "7 Day 4 | Deadlift: 5×3+@135 | Overhead Press: 3×10@37.5 | Dumbbell Row: 3×15+@20",
            "7 Day 1 | Squat: 10×1+@110 | Bench Press: 3×6@55 | Lat Pulldown: 3×15+@42.5",
            "7 Day 2 | Overhead Press: 5×3+@50 | Deadlift: 3×10@110 | Dumbbell Row: 3×15+@20",
            "8 Day 3 | Bench Press: 5×3+@80 | Squat: 3×10@90 | Lat Pulldown: 3×15+@42.5",
            "8 Day 4 | Deadlift: 5×3+@140 | Overhead Press: 3×10@40 | Dumbbell Row: 3×15+@20",
            "8 Day 1 | Squat: 5×3+@92.5 | Bench Press: 3×10@62.5 | Lat Pulldown: 3×15+@42.5",
            "9 Day 2 | Overhead Press: 5×3+@52.5 | Deadlift: 3×10@115 | Dumbbell Row: 3×15+@20",
            "9 Day 3 | Bench Press: 5×3+@82.5 | Squat: 3×10@95 | Lat Pulldown: 3×15+@42.5",
            "9 Day 4 | Deadlift: 5×3+@145 | Overhead Press: 3×10@42.5 | Dumbbell Row: 3×15+@20",
            "10 Day 1 | Squat: 5×3+@97.5 | Bench Press: 3×10@65 | Lat Pulldown: 3×15+@42.5",
            "10 Day 2 | Overhead Press: 5×3+@55 | Deadlift: 3×10@120 | Dumbbell Row: 3×15+@20",
            "10 Day 3 | Bench Press: 5×3+@85 | Squat: 3×10@100 | Lat Pulldown: 3×15+@42.5",
            "11 Day 4 | Deadlift: 5×3+@150 | Overhead Press: 3×10@45 | Dumbbell Row: 3×15+@20",
            "11 Day 1 | Squat: 5×3+@102.5 | Bench Press: 3×10@67.5 | Lat Pulldown: 3×15+@42.5",
            "11 Day 2 | Overhead Press: 5×3+@57.5 | Deadlift: 3×10@125 | Dumbbell Row: 3×15+@20",
            "12 Day 3 | Bench Press: 5×3+@87.5 | Squat: 3×10@105 | Lat Pulldown: 3×15+@42.5",
            "12 Day 4 | Deadlift: 5×3+@155 | Overhead Press: 3×10@47.5 | Dumbbell Row: 3×15+@20",
            "12 Day 1 | Squat: 5×3+@107.5 | Bench Press: 3×10@70 | Lat Pulldown: 3×15+@42.5",
        ],
    );
}

#[test]
fn five_three_one_bbb_12_weeks() {
    // Training maxes 40 / 140 / 80 / 120 kg; week 5 missed (so cycle 2 is weeks 6–9); every TM
    // goes up after its deload (+2.5 kg press and bench, +5 kg deadlift and squat) except the
    // squat's: its 1+ at 95 % was missed in week 8, so after cycle 2 it drops 10 %, 125 → 112.5.
    let tweak = |week, _session, exercise: &str, sets: &mut Vec<LiftedSet>| {
        if week == 8 && exercise == "Squat" {
            sets[3].reps = 0; // the warm-up, then 75 % × 5, 85 % × 3, 95 % × 1+
        }
    };
    let program = builtin::five_three_one_bbb(KG);
    let starting = [("Overhead Press", 40.0), ("Deadlift", 140.0), ("Bench Press", 80.0), ("Squat", 120.0)];
    let rows = simulate(&program, &starting, 12, 4, &[5], &tweak);
    check(
        &program,
        &rows,
        &[
            "1 Press day | Overhead Press: 1×5@25 1×5@30 1×5+@35 5×10@20",
            "1 Deadlift day | Deadlift: 1×5@90 1×5@105 1×5+@120 5×10@70",
            "1 Bench day | Bench Press: 1×5@52.5 1×5@60 1×5+@67.5 5×10@40",
            "1 Squat day | Squat: 1×5@77.5 1×5@90 1×5+@102.5 5×10@60",
            "2 Press day | Overhead Press: 1×3@27.5 1×3@32.5 1×3+@35 5×10@20",
            "2 Deadlift day | Deadlift: 1×3@97.5 1×3@112.5 1×3+@125 5×10@70",
            "2 Bench day | Bench Press: 1×3@55 1×3@65 1×3+@72.5 5×10@40",
            "2 Squat day | Squat: 1×3@85 1×3@95 1×3+@107.5 5×10@60",
            "3 Press day | Overhead Press: 1×5@30 1×3@35 1×1+@37.5 5×10@20",
            "3 Deadlift day | Deadlift: 1×5@105 1×3@120 1×1+@132.5 5×10@70",
            "3 Bench day | Bench Press: 1×5@60 1×3@67.5 1×1+@75 5×10@40",
            "3 Squat day | Squat: 1×5@90 1×3@102.5 1×1+@115 5×10@60",
            "4 Press day | Overhead Press: 2×5@20 1×5@25",
            "4 Deadlift day | Deadlift: 1×5@55 1×5@70 1×5@85",
            "4 Bench day | Bench Press: 1×5@32.5 1×5@40 1×5@47.5",
            "4 Squat day | Squat: 1×5@47.5 1×5@60 1×5@72.5",
            "6 Press day | Overhead Press: 1×5@27.5 1×5@32.5 1×5+@35 5×10@22.5",
            "6 Deadlift day | Deadlift: 1×5@95 1×5@110 1×5+@122.5 5×10@72.5",
            "6 Bench day | Bench Press: 1×5@52.5 1×5@62.5 1×5+@70 5×10@42.5",
            "6 Squat day | Squat: 1×5@82.5 1×5@95 1×5+@107.5 5×10@62.5",
            "7 Press day | Overhead Press: 1×3@30 1×3@35 1×3+@37.5 5×10@22.5",
            "7 Deadlift day | Deadlift: 1×3@102.5 1×3@115 1×3+@130 5×10@72.5",
            "7 Bench day | Bench Press: 1×3@57.5 1×3@65 1×3+@75 5×10@42.5",
            "7 Squat day | Squat: 1×3@87.5 1×3@100 1×3+@112.5 5×10@62.5",
            "8 Press day | Overhead Press: 1×5@32.5 1×3@35 1×1+@40 5×10@22.5",
            "8 Deadlift day | Deadlift: 1×5@110 1×3@122.5 1×1+@137.5 5×10@72.5",
            "8 Bench day | Bench Press: 1×5@62.5 1×3@70 1×1+@77.5 5×10@42.5",
            "8 Squat day | Squat: 1×5@95 1×3@107.5 1×1+@120 5×10@62.5",
            "9 Press day | Overhead Press: 1×5@20 1×5@22.5 1×5@25",
            "9 Deadlift day | Deadlift: 1×5@57.5 1×5@72.5 1×5@87.5",
            "9 Bench day | Bench Press: 1×5@32.5 1×5@42.5 1×5@50",
            "9 Squat day | Squat: 1×5@50 1×5@62.5 1×5@75",
            "10 Press day | Overhead Press: 1×5@30 1×5@35 1×5+@37.5 5×10@22.5",
            "10 Deadlift day | Deadlift: 1×5@97.5 1×5@112.5 1×5+@127.5 5×10@75",
            "10 Bench day | Bench Press: 1×5@55 1×5@65 1×5+@72.5 5×10@42.5",
            "10 Squat day | Squat: 1×5@72.5 1×5@85 1×5+@95 5×10@57.5",
            "11 Press day | Overhead Press: 1×3@32.5 1×3@35 1×3+@40 5×10@22.5",
            "11 Deadlift day | Deadlift: 1×3@105 1×3@120 1×3+@135 5×10@75",
            "11 Bench day | Bench Press: 1×3@60 1×3@67.5 1×3+@77.5 5×10@42.5",
            "11 Squat day | Squat: 1×3@80 1×3@90 1×3+@102.5 5×10@57.5",
            "12 Press day | Overhead Press: 1×5@35 1×3@37.5 1×1+@42.5 5×10@22.5",
            "12 Deadlift day | Deadlift: 1×5@112.5 1×3@127.5 1×1+@142.5 5×10@75",
            "12 Bench day | Bench Press: 1×5@65 1×3@72.5 1×1+@80 5×10@42.5",
            "12 Squat day | Squat: 1×5@85 1×3@95 1×1+@107.5 5×10@57.5",
        ],
    );
}

#[test]
fn push_pull_legs_double_progression_12_weeks() {
    // The lifter adds a rep a session (6, 7, 8, 9, 10): five sessions at a weight, then up.
    // Week 3 missed. In week 8 the lifter squats 90 kg instead of the planned 85 (for 7):
    // the squat stays at the 90 lifted, not at 85.
    let tweak = |week, _session, exercise: &str, sets: &mut Vec<LiftedSet>| {
        if week == 8 && exercise == "Squat" {
            lift_at(sets, 90.0);
        }
    };
    let program = builtin::push_pull_legs(KG);
    let starting = [
        ("Bench Press", 60.0),
        ("Overhead Press", 40.0),
        ("Lateral Raise", 8.0),
        ("Triceps Pushdown", 25.0),
        ("Barbell Row", 60.0),
        ("Lat Pulldown", 50.0),
        ("Face Pull", 20.0),
        ("Dumbbell Curl", 12.0),
        ("Squat", 80.0),
        ("Romanian Deadlift", 80.0),
        ("Leg Press", 150.0),
        ("Standing Calf Raise", 60.0),
    ];
    let rows = simulate(&program, &starting, 12, 3, &[3], &tweak);
    check(
        &program,
        &rows,
        &[
            "1 Push | Bench Press: 3×6–10@60",
            "1 Pull | Lat Pulldown: 3×8–12@50",
            "1 Legs | Squat: 3×6–10@80",
            "2 Push | Bench Press: 3×6–10@60",
            "2 Pull | Lat Pulldown: 3×8–12@50",
            "2 Legs | Squat: 3×6–10@80",
            "4 Push | Bench Press: 3×6–10@60",
            "4 Pull | Lat Pulldown: 3×8–12@50",
            "4 Legs | Squat: 3×6–10@80",
            "5 Push | Bench Press: 3×6–10@60",
            "5 Pull | Lat Pulldown: 3×8–12@50",
            "5 Legs | Squat: 3×6–10@80",
            "6 Push | Bench Press: 3×6–10@60",
            "6 Pull | Lat Pulldown: 3×8–12@50",
            "6 Legs | Squat: 3×6–10@80",
            "7 Push | Bench Press: 3×6–10@62.5",
            "7 Pull | Lat Pulldown: 3×8–12@52.5",
            "7 Legs | Squat: 3×6–10@85",
            "8 Push | Bench Press: 3×6–10@62.5",
            "8 Pull | Lat Pulldown: 3×8–12@52.5",
            "8 Legs | Squat: 3×6–10@85",
            "9 Push | Bench Press: 3×6–10@62.5",
            "9 Pull | Lat Pulldown: 3×8–12@52.5",
            "9 Legs | Squat: 3×6–10@90",
            "10 Push | Bench Press: 3×6–10@62.5",
            "10 Pull | Lat Pulldown: 3×8–12@52.5",
            "10 Legs | Squat: 3×6–10@90",
            "11 Push | Bench Press: 3×6–10@62.5",
            "11 Pull | Lat Pulldown: 3×8–12@52.5",
            "11 Legs | Squat: 3×6–10@90",
            "12 Push | Bench Press: 3×6–10@65",
            "12 Pull | Lat Pulldown: 3×8–12@55",
            "12 Legs | Squat: 3×6–10@90",
        ],
    );
}

#[test]
fn full_body_rpe_12_weeks() {
    // e1RMs squat 150, deadlift 180 kg (Tuchscherer's chart: 5 @ 8 = 81.1 %, 5 @ 7 = 78.6 %,
    // 3 @ 8 = 86.3 %, 4 @ 8 = 83.7 %, 4 @ 7 = 81.1 %); RPE logged as planned keeps the e1RM
    // where it is. Week 3 missed. Week 4, day 1: the top squat feels like RPE 7, not 8 → e1RM
    // 122.5 / 78.6 % = 155.9 and heavier squats after. Week 8, day 3: the triples feel like
    // RPE 9 → e1RM 135 / 89.2 % = 151.3 and lighter squats after.
    let tweak = |week, session: usize, exercise: &str, sets: &mut Vec<LiftedSet>| {
        let day = session % 3;
        if exercise == "Squat" && week == 4 && day == 0 {
            sets[1].rpe = Some(7.0);
        }
        if exercise == "Squat" && week == 8 && day == 2 {
            sets.iter_mut().skip(1).for_each(|s| s.rpe = Some(9.0));
        }
    };
    let program = builtin::full_body_rpe(KG);
    let starting = [
        ("Squat", 150.0),
        ("Bench Press", 100.0),
        ("Barbell Row", 90.0),
        ("Deadlift", 180.0),
        ("Overhead Press", 60.0),
        ("Romanian Deadlift", 140.0),
    ];
    let rows = simulate(&program, &starting, 12, 3, &[3], &tweak);
    check(
        &program,
        &rows,
        &[
            "1 Day 1 | Squat: 1×5@122.5 RPE8 2×5@117.5 RPE7",
            "1 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "1 Day 3 | Squat: 3×3@130 RPE8",
            "2 Day 1 | Squat: 1×5@122.5 RPE8 2×5@117.5 RPE7",
            "2 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "2 Day 3 | Squat: 3×3@130 RPE8",
            "4 Day 1 | Squat: 1×5@122.5 RPE8 2×5@117.5 RPE7",
            "4 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "4 Day 3 | Squat: 3×3@135 RPE8",
            "5 Day 1 | Squat: 1×5@127.5 RPE8 2×5@122.5 RPE7",
            "5 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "5 Day 3 | Squat: 3×3@135 RPE8",
            "6 Day 1 | Squat: 1×5@127.5 RPE8 2×5@122.5 RPE7",
            "6 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "6 Day 3 | Squat: 3×3@135 RPE8",
            "7 Day 1 | Squat: 1×5@127.5 RPE8 2×5@122.5 RPE7",
            "7 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "7 Day 3 | Squat: 3×3@135 RPE8",
            "8 Day 1 | Squat: 1×5@127.5 RPE8 2×5@122.5 RPE7",
            "8 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "8 Day 3 | Squat: 3×3@135 RPE8",
            "9 Day 1 | Squat: 1×5@122.5 RPE8 2×5@120 RPE7",
            "9 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "9 Day 3 | Squat: 3×3@132.5 RPE8",
            "10 Day 1 | Squat: 1×5@125 RPE8 2×5@120 RPE7",
            "10 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "10 Day 3 | Squat: 3×3@132.5 RPE8",
            "11 Day 1 | Squat: 1×5@125 RPE8 2×5@120 RPE7",
            "11 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "11 Day 3 | Squat: 3×3@132.5 RPE8",
            "12 Day 1 | Squat: 1×5@125 RPE8 2×5@120 RPE7",
            "12 Day 2 | Deadlift: 1×4@150 RPE8 2×4@145 RPE7",
            "12 Day 3 | Squat: 3×3@132.5 RPE8",
        ],
    );
}
