//! The Programs screen's part of the state: the Follow panel (a program's starting loads as
//! typed, each beside the set it was proposed from, and why a typed one is refused) and what
//! the replay looks at (which program, over how many weeks). The flow is in program_flow.rs.

use crate::domain::program::history::{StartFrom, StartProposal};
use crate::domain::program::{Program, Starting};
use crate::domain::units::typed;
use crate::domain::units::{WeightUnit, format_amount};

/// The replay windows on offer, in weeks.
pub const REPLAY_WEEKS: [u32; 3] = [4, 8, 12];

/// What the Programs screen asks of the program panel.
#[derive(Debug, Clone, PartialEq)]
pub enum ProgramPanelAction {
    /// Opens the Follow panel of the program of this slug, loads proposed from history.
    OpenFollow(String),
    /// A starting load typed for a track.
    EditLoad {
        track: String,
        text: String,
    },
    CloseFollow,
    /// Replays the program of this slug over the lifter's last weeks.
    ReplayOf(String),
    ReplayWeeks(u32),
}

/// One track's starting load in the Follow panel.
#[derive(Debug, Clone, PartialEq)]
pub struct StartLoad {
    pub track: String,
    pub exercise: String,
    /// Where the proposed load comes from; `None`: no sets of it in the period.
    pub proposal: Option<StartProposal>,
    /// As typed (prefilled with the proposal, or the program's default).
    pub text: String,
    /// The amount typed, in the program's unit (`None`: empty, the program's default), or why
    /// it is refused (worded by the view in the window's language).
    pub parsed: Result<Option<f64>, typed::Refused>,
}

impl StartLoad {
    fn new(
        track: &str,
        exercise: &str,
        proposal: Option<StartProposal>,
        default: Option<f64>,
        unit: WeightUnit,
    ) -> Self {
        let amount = proposal.as_ref().map(|p| p.load.in_unit(unit)).or(default);
        let text = amount.map(format_amount).unwrap_or_default();
        let mut load = StartLoad {
            track: track.into(),
            exercise: exercise.into(),
            proposal,
            text: String::new(),
            parsed: Ok(None),
        };
        load.set_text(text);
        load
    }

    fn set_text(&mut self, text: String) {
        self.parsed = match text.trim() {
            "" => Ok(None),
            t => typed::weight(&format!("{} starting load", self.exercise), t).map(Some),
        };
        self.text = text;
    }
}

/// The Follow panel: a program and its starting loads.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowPanel {
    pub slug: String,
    pub name: String,
    pub unit: WeightUnit,
    /// How the proposals were made (the weeks looked at, the share of the best e1RM).
    pub from: StartFrom,
    pub loads: Vec<StartLoad>,
}

impl FollowPanel {
    /// The panel for `program`, its tracks prefilled from `proposals` (or the rule's default).
    pub fn new(program: &Program, proposals: Vec<StartProposal>, from: StartFrom) -> FollowPanel {
        let loads = program
            .tracks()
            .into_iter()
            .map(|(track, exercise)| {
                let proposal = proposals.iter().find(|p| p.track == track).cloned();
                let default = match exercise.rule.starts_from() {
                    crate::domain::program::rule::StartsFrom::WorkingWeight { .. } => {
                        Some(exercise.rounding.minimum(program.unit))
                    }
                    _ => None,
                };
                StartLoad::new(track, &exercise.exercise, proposal, default, program.unit)
            })
            .collect();
        FollowPanel { slug: program.slug.clone(), name: program.name.clone(), unit: program.unit, from, loads }
    }

    /// The starting loads typed, or `None` while one is refused.
    pub fn starting(&self) -> Option<Starting> {
        let mut starting = Starting::new();
        for load in &self.loads {
            if let Some(amount) = load.parsed.clone().ok()? {
                starting.insert(load.track.clone(), amount);
            }
        }
        Some(starting)
    }

    pub(super) fn edit(&mut self, track: &str, text: String) {
        if let Some(load) = self.loads.iter_mut().find(|l| l.track == track) {
            load.set_text(text);
        }
    }
}

/// The panel's state: the Follow panel, if open, and the replay's program and window.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramPanel {
    pub(super) follow: Option<FollowPanel>,
    /// The program replayed (`None`: the followed one, else the first).
    pub(super) replay_slug: Option<String>,
    pub(super) replay_weeks: u32,
    /// Bumped whenever the Follow panel opens or closes, for the views' caches.
    pub(super) opened: u64,
}

impl Default for ProgramPanel {
    fn default() -> ProgramPanel {
        ProgramPanel { follow: None, replay_slug: None, replay_weeks: 8, opened: 0 }
    }
}

impl ProgramPanel {
    pub fn follow(&self) -> Option<&FollowPanel> {
        self.follow.as_ref()
    }

    pub fn replay_slug(&self) -> Option<&str> {
        self.replay_slug.as_deref()
    }

    pub fn replay_weeks(&self) -> u32 {
        self.replay_weeks
    }

    /// Changes each time the Follow panel opens or closes (its proposals are new then).
    pub fn opened(&self) -> u64 {
        self.opened
    }

    pub(super) fn open(&mut self, panel: FollowPanel) {
        self.follow = Some(panel);
        self.opened += 1;
    }

    pub(super) fn close(&mut self) {
        if self.follow.take().is_some() {
            self.opened += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::builtin;

    #[test]
    fn typed_loads_read_with_a_comma_and_a_bad_one_blocks_following() {
        let program = builtin::stronglifts(WeightUnit::Kg);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let mut panel = FollowPanel::new(&program, Vec::new(), StartFrom::recent(today));
        let squat = panel.loads.iter().find(|l| l.track == "Squat").unwrap();
        assert_eq!((squat.text.as_str(), squat.proposal.is_none()), ("20", true), "the empty bar");
        panel.edit("Squat", "62,5".into());
        assert_eq!(panel.starting().unwrap()["Squat"], 62.5);
        panel.edit("Squat", "lots".into());
        assert_eq!(panel.starting(), None);
        let refused = panel.loads.iter().find(|l| l.track == "Squat").unwrap().parsed.clone().unwrap_err();
        assert_eq!(refused.to_string(), "Squat starting load `lots` is not a number");
        panel.edit("Squat", " ".into());
        assert!(!panel.starting().unwrap().contains_key("Squat"), "empty: the program's default");
    }
}
