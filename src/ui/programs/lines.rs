//! The Programs screen as text, worked out off the frame: each part is kept with the key it
//! was made for — the history's version, the display unit and the part's own choice (the
//! Follow panel opened, the program and weeks replayed) — and made again only when that
//! changes, like the start screen's `ProgramLines`.

use crate::app::AppState;
use crate::domain::program::plan::days_per_week;
use crate::domain::units::WeightUnit;

use super::text;

/// The weeks planned ahead.
pub const PLAN_WEEKS: usize = 4;

/// A value and what it was made for.
#[derive(Debug, Clone)]
struct Cached<K, V> {
    key: K,
    value: V,
}

fn cached<K: PartialEq, V>(slot: &mut Option<Cached<K, V>>, key: K, make: impl FnOnce() -> V) -> &V {
    if slot.as_ref().is_none_or(|c| c.key != key) {
        *slot = Some(Cached { key, value: make() });
    }
    &slot.as_ref().expect("just filled").value
}

type Key = (u64, WeightUnit);
/// The history's version, the unit, the program replayed (`None`: the default) and the weeks.
type ReplayKey = (u64, WeightUnit, Option<String>, u32);

/// Everything the screen shows, each part cached on its own.
#[derive(Debug, Clone, Default)]
pub struct ProgramsCache {
    list: Option<Cached<Key, ListLines>>,
    follow: Option<Cached<(u64, WeightUnit, u64), Vec<String>>>,
    plan: Option<Cached<Key, Option<PlanLines>>>,
    replay: Option<Cached<ReplayKey, Option<ReplayLines>>>,
}

/// One program of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub name: String,
    pub slug: String,
    /// `Built-in` or `Your own`.
    pub origin: &'static str,
    /// `Workout A: Squat, Bench Press, Barbell Row`, a line a day.
    pub days: Vec<String>,
    /// `Rules: Mehdi Hadim, StrongLifts 5×5`.
    pub source: String,
    pub followed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListLines {
    /// `Following StrongLifts 5×5`, when one is followed.
    pub following: Option<String>,
    pub cards: Vec<Card>,
}

/// One week ahead: `Week 1`, then each session's day and its exercises' sets.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekLines {
    pub title: String,
    pub days: Vec<(String, Vec<String>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanLines {
    pub title: String,
    pub note: String,
    pub weeks: Vec<WeekLines>,
}

/// A line of the replay table.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplayLine {
    /// `Fri 20 Nov 2026 · Workout A`.
    Session(String),
    /// Exercise, prescribed, lifted.
    Exercise([String; 3]),
    /// What the rules made of it.
    Outcome(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReplayLines {
    pub title: String,
    pub note: String,
    pub lines: Vec<ReplayLine>,
}

impl ProgramsCache {
    pub fn list(&mut self, state: &AppState) -> &ListLines {
        cached(&mut self.list, key(state), || list_of(state))
    }

    /// Where each track's proposed load in the open Follow panel comes from.
    pub fn follow(&mut self, state: &AppState) -> &[String] {
        let (version, unit) = key(state);
        cached::<_, Vec<String>>(&mut self.follow, (version, unit, state.program_panel().opened()), || {
            let Some(panel) = state.program_panel().follow() else { return Vec::new() };
            panel.loads.iter().map(|l| text::proposal_source(l.proposal.as_ref(), &panel.from)).collect()
        })
    }

    pub fn plan(&mut self, state: &AppState) -> Option<&PlanLines> {
        cached(&mut self.plan, key(state), || plan_of(state)).as_ref()
    }

    pub fn replay(&mut self, state: &AppState) -> Option<&ReplayLines> {
        let (version, unit) = key(state);
        let panel = state.program_panel();
        let key = (version, unit, panel.replay_slug().map(str::to_string), panel.replay_weeks());
        cached(&mut self.replay, key, || replay_of(state)).as_ref()
    }
}

fn key(state: &AppState) -> Key {
    (state.history().version(), state.prefs().unit)
}

fn list_of(state: &AppState) -> ListLines {
    let followed = state.history().following().map(|f| f.slug.clone());
    let own = state.history().own_programs();
    let cards = state
        .programs()
        .into_iter()
        .map(|p| Card {
            origin: if own.iter().any(|o| o.slug == p.slug) { "Your own" } else { "Built-in" },
            days: p
                .days
                .iter()
                .map(|d| {
                    let exercises: Vec<&str> = d.exercises.iter().map(|e| e.exercise.as_str()).collect();
                    format!("{}: {}", d.name, exercises.join(", "))
                })
                .collect(),
            // The window's fonts have no arrows (a built-in's source says "RPE → %1RM").
            source: format!("Rules: {}", p.source.replace('→', "to")),
            followed: followed.as_deref() == Some(p.slug.as_str()),
            name: p.name,
            slug: p.slug,
        })
        .collect();
    let following = state.program_progress().map(|p| format!("Following {}", p.program.name));
    ListLines { following, cards }
}

fn plan_of(state: &AppState) -> Option<PlanLines> {
    let (program, sessions) = state.plan_ahead(PLAN_WEEKS)?;
    let per_week = days_per_week(&program);
    let weeks = sessions
        .chunks(per_week)
        .enumerate()
        .map(|(i, week)| WeekLines {
            title: format!("Week {}", i + 1),
            days: week
                .iter()
                .map(|s| {
                    let lines = s.exercises.iter().map(|e| format!("{}: {}", e.exercise, text::planned(&e.sets)));
                    (s.day_name.clone(), lines.collect())
                })
                .collect(),
        })
        .collect();
    Some(PlanLines {
        title: format!("The coming {PLAN_WEEKS} weeks of {}", program.name),
        note: format!("If every set is made; a week is one round of its {per_week} days."),
        weeks,
    })
}

fn replay_of(state: &AppState) -> Option<ReplayLines> {
    let (program, since, replay) = state.replay_program()?;
    let weeks = state.program_panel().replay_weeks();
    let mut lines = Vec::new();
    for row in &replay.rows {
        lines.push(ReplayLine::Session(format!("{} · {}", row.date.format("%a %-d %b %Y"), row.prescribed.day_name)));
        for planned in &row.prescribed.exercises {
            let lifted = row.lifted.iter().find(|l| l.exercise == planned.exercise);
            let lifted = lifted.map_or("—".to_string(), |l| text::lifted(&l.sets));
            lines.push(ReplayLine::Exercise([planned.exercise.clone(), text::planned(&planned.sets), lifted]));
        }
        let outcomes: Vec<String> = row.outcomes.iter().map(ToString::to_string).collect();
        if !outcomes.is_empty() {
            lines.push(ReplayLine::Outcome(outcomes.join(" · ")));
        }
    }
    let note = if replay.rows.is_empty() {
        format!("None of your workouts since {} matches a day of {}.", text::date(since), program.name)
    } else {
        format!(
            "{} workouts since {}, from the loads it would have proposed that day; prescribed, then lifted.",
            replay.rows.len(),
            text::date(since)
        )
    };
    Some(ReplayLines {
        title: format!("What {} would have prescribed over the last {weeks} weeks", program.name),
        note,
        lines,
    })
}
