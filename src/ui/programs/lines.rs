//! The Programs screen as text, worked out off the frame: each part is kept with the key it
//! was made for — the history's version, the display unit, the language and the part's own
//! choice (the
//! Follow panel opened, the program and weeks replayed) — and made again only when that
//! changes, like the start screen's `ProgramLines`.

use crate::app::AppState;
use crate::domain::program::builtin;
use crate::domain::program::plan::days_per_week;
use crate::domain::units::WeightUnit;
use crate::i18n::Language;

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
    if slot.as_ref().is_some_and(|c| c.key != key) {
        *slot = None;
    }
    &slot.get_or_insert_with(|| Cached { key, value: make() }).value
}

/// The history's version, the display unit and the window's language.
type Key = (u64, WeightUnit, Language);
/// The history's version, the unit, the language and the Follow panel's opening.
type FollowKey = (u64, WeightUnit, Language, u64);
/// The history's version, the unit, the language, the program replayed (`None`: the
/// default) and the weeks.
type ReplayKey = (u64, WeightUnit, Language, Option<String>, u32);

/// Everything the screen shows, each part cached on its own.
#[derive(Debug, Clone, Default)]
pub struct ProgramsCache {
    list: Option<Cached<Key, ListLines>>,
    follow: Option<Cached<FollowKey, Vec<String>>>,
    plan: Option<Cached<Key, Option<PlanLines>>>,
    replay: Option<Cached<ReplayKey, Option<ReplayLines>>>,
}

/// One program of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub name: String,
    pub slug: String,
    /// `Built-in` or `Your own`.
    pub origin: String,
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
        let (version, unit, language) = key(state);
        let opened = state.program_panel().opened();
        cached::<_, Vec<String>>(&mut self.follow, (version, unit, language, opened), || {
            let Some(panel) = state.program_panel().follow() else { return Vec::new() };
            let i18n = state.i18n();
            panel.loads.iter().map(|l| text::proposal_source(i18n, l.proposal.as_ref(), &panel.from)).collect()
        })
    }

    pub fn plan(&mut self, state: &AppState) -> Option<&PlanLines> {
        cached(&mut self.plan, key(state), || plan_of(state)).as_ref()
    }

    pub fn replay(&mut self, state: &AppState) -> Option<&ReplayLines> {
        let (version, unit, language) = key(state);
        let panel = state.program_panel();
        let key = (version, unit, language, panel.replay_slug().map(str::to_string), panel.replay_weeks());
        cached(&mut self.replay, key, || replay_of(state)).as_ref()
    }
}

fn key(state: &AppState) -> Key {
    (state.history().version(), state.prefs().unit, state.i18n().language())
}

fn list_of(state: &AppState) -> ListLines {
    let i18n = state.i18n();
    let followed = state.history().following().map(|f| f.slug.clone());
    let own = state.history().own_programs();
    let cards = state
        .programs()
        .into_iter()
        .map(|p| {
            let mine = own.iter().any(|o| o.slug == p.slug);
            Card {
                origin: i18n.t(if mine { "programs-your-own" } else { "programs-built-in" }).to_string(),
                days: p
                    .days
                    .iter()
                    .map(|d| {
                        let exercises: Vec<&str> = d.exercises.iter().map(|e| i18n.name(&e.exercise)).collect();
                        let day = i18n.day_name(!mine, &d.name);
                        i18n.f("programs-day-line", &[("day", day.into()), ("exercises", exercises.join(", ").into())])
                    })
                    .collect(),
                // The window's fonts have no arrows (a built-in's source says "RPE → %1RM").
                source: i18n.f("programs-rules", &[("source", p.source.replace('→', "to").into())]),
                followed: followed.as_deref() == Some(p.slug.as_str()),
                name: p.name,
                slug: p.slug,
            }
        })
        .collect();
    let following =
        state.program_progress().map(|p| i18n.f("programs-following", &[("program", p.program.name.into())]));
    ListLines { following, cards }
}

fn plan_of(state: &AppState) -> Option<PlanLines> {
    let i18n = state.i18n();
    let (program, sessions) = state.plan_ahead(PLAN_WEEKS)?;
    let per_week = days_per_week(&program);
    let builtin = builtin::is_builtin(&program);
    let weeks = sessions
        .chunks(per_week)
        .enumerate()
        .map(|(i, week)| WeekLines {
            title: i18n.f("programs-week", &[("number", (i + 1).into())]),
            days: week
                .iter()
                .map(|s| {
                    let lines = s
                        .exercises
                        .iter()
                        .map(|e| text::exercise_line(i18n, &e.exercise, text::planned(i18n, &e.sets)));
                    (i18n.day_name(builtin, &s.day_name), lines.collect())
                })
                .collect(),
        })
        .collect();
    let name = || program.name.as_str().into();
    Some(PlanLines {
        title: i18n.f("programs-coming-weeks", &[("weeks", PLAN_WEEKS.into()), ("program", name())]),
        note: i18n.f("programs-coming-note", &[("days", per_week.into())]),
        weeks,
    })
}

fn replay_of(state: &AppState) -> Option<ReplayLines> {
    let i18n = state.i18n();
    let (program, since, replay) = state.replay_program()?;
    let weeks = state.program_panel().replay_weeks();
    let builtin = builtin::is_builtin(&program);
    let mut lines = Vec::new();
    for row in &replay.rows {
        let date = i18n.weekday_day_month_year(row.date);
        let day = i18n.day_name(builtin, &row.prescribed.day_name);
        lines.push(ReplayLine::Session(
            i18n.f("programs-replay-session", &[("date", date.into()), ("day", day.into())]),
        ));
        for planned in &row.prescribed.exercises {
            let lifted = row.lifted.iter().find(|l| l.exercise == planned.exercise);
            let lifted = lifted.map_or("—".to_string(), |l| text::lifted(i18n, &l.sets));
            let exercise = i18n.name(&planned.exercise).to_string();
            lines.push(ReplayLine::Exercise([exercise, text::planned(i18n, &planned.sets), lifted]));
        }
        let outcomes: Vec<String> = row.outcomes.iter().map(|o| text::outcome(i18n, o)).collect();
        if !outcomes.is_empty() {
            lines.push(ReplayLine::Outcome(outcomes.join(" · ")));
        }
    }
    let name = || program.name.as_str().into();
    let since = || i18n.day_month_year(since).into();
    let note = if replay.rows.is_empty() {
        i18n.f("programs-replay-none", &[("date", since()), ("program", name())])
    } else {
        i18n.f("programs-replay-note", &[("count", replay.rows.len().into()), ("date", since())])
    };
    Some(ReplayLines {
        title: i18n.f("programs-replay-title", &[("program", name()), ("weeks", weeks.into())]),
        note,
        lines,
    })
}
