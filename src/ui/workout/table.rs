//! The set tables of the live workout, one per exercise, with the fields its kind takes
//! (weight × reps, added load, reps, time, distance and pace), the previous session beside each
//! row, plates per side for barbell sets, and the exercise's controls: its rest, warm-up sets,
//! superset, place in the workout, removal.

use egui::{Color32, Key, RichText};

use crate::app::editor::{ExerciseBlock, SetRow};
use crate::app::{Action, AppState, RowEdit};
use crate::domain::exercise::ExerciseKind;
use crate::domain::plates::{PlateSet, describe as plates_text};
use crate::domain::records::Beaten;
use crate::domain::rest_timer::format_clock;
use crate::domain::set_rules::{describe_set, set_labels};
use crate::domain::units::WeightUnit;
use crate::i18n::I18n;
use crate::ui::exercise::{record_label, value_text};
use crate::ui::set_fields;
use crate::ui::state::{ConfirmId, UiState};
use crate::ui::widgets::{describe, name};
use crate::ui::{icons, theme};

/// The column headings of a table of `kind`. A set's note is written in the row's menu and
/// shown after it, in the last column: a column of its own would appear with the first
/// letter typed, and a grid whose columns change starts over (closing the menu).
fn headings(i18n: &I18n, kind: ExerciseKind, unit: WeightUnit, barbell: bool) -> Vec<String> {
    let mut h = vec![i18n.t("workout-set").to_string(), i18n.t("workout-previous").to_string()];
    h.extend(set_fields::amount_headings_in(i18n, kind, unit));
    if kind == ExerciseKind::DistanceDuration {
        h.push(i18n.t("workout-pace").into());
    }
    if barbell {
        h.push(i18n.t("workout-plates").into());
    }
    h.extend(["RPE", "", ""].map(String::from));
    h
}

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let unit = state.prefs().unit;
    let Some(session) = state.session() else { return };
    let i18n = state.i18n();
    if session.exercises.is_empty() {
        ui.label(i18n.t("workout-add-exercise-below"));
    }
    let supersets = state.history().workout(session.workout_id).map(|w| w.supersets.clone()).unwrap_or_default();
    let group_of = |exercise: &str| supersets.iter().position(|g| g.iter().any(|e| e == exercise));
    let mut focused_now = None;
    let palette = theme::palette(ui);
    // The set to do next: the first open row of the exercise being typed in, else of the
    // first exercise with one.
    let next_set =
        view.focused_row.filter(|(b, r)| session.row(*b, *r).is_some_and(|row| !row.is_logged())).or_else(|| {
            session
                .exercises
                .iter()
                .enumerate()
                .find_map(|(b, block)| block.rows.iter().position(|row| !row.is_logged()).map(|r| (b, r)))
        });
    for (b, block) in session.exercises.iter().enumerate() {
        ui.add_space(theme::SECTION_GAP);
        let group = group_of(&block.exercise);
        let current = next_set.is_some_and(|(next_b, _)| next_b == b);
        block_header(ui, state, view, actions, b, block, group, current);
        super::target::show(ui, state, &mut view.program_targets, session.workout_id, &block.exercise, actions);
        let note = state.history().exercise_note(&block.exercise);
        crate::ui::exercise_note::show(ui, &block.exercise, note, &mut view.note_draft, actions);
        let barbell = state.library().iter().any(|e| e.name == block.exercise && e.is_barbell());
        let plates = barbell.then(|| state.prefs().plates(unit));
        let columns = headings(i18n, block.kind, unit, barbell);
        // A logged set is a tinted row, the next set to do another (row 0: the headings).
        let tints: Vec<Option<Color32>> = std::iter::once(None)
            .chain(block.rows.iter().enumerate().map(|(r, row)| {
                if row.is_logged() {
                    Some(palette.done_tint)
                } else if next_set == Some((b, r)) {
                    Some(palette.next_tint)
                } else {
                    None
                }
            }))
            .collect();
        let grid = egui::Grid::new(("sets", b))
            .num_columns(columns.len())
            .spacing([theme::GAP, 4.0])
            .with_row_color(move |row, _| tints.get(row).copied().flatten());
        grid.show(ui, |ui| {
            for heading in &columns {
                ui.label(RichText::new(heading).color(palette.muted).strong());
            }
            ui.end_row();
            let labels = set_labels(block.rows.iter().map(|r| r.values.set_type));
            for (r, row) in block.rows.iter().enumerate() {
                let next = next_focus(session, &supersets, b, r);
                let records = row.set_id.map_or(&[][..], |id| state.records_beaten_by(id));
                let saving = row.set_id.is_some_and(|id| state.is_saving(id));
                let is_next = next_set == Some((b, r));
                let label = Label { i18n, text: &labels[r], records, unit, saving, is_next };
                if set_row(ui, (b, r), block, row, label, plates, next, view, actions) {
                    focused_now = Some((b, r));
                }
                ui.end_row();
            }
        });
        let add = ui.small_button(i18n.t("workout-add-set"));
        name(ui, &add, &i18n.f("workout-add-set-of", &[("exercise", i18n.name(&block.exercise).into())]));
        if add.clicked() {
            actions.push(Action::AddSetRow(b));
        }
    }
    // Leaving a logged row applies what was edited in it (unless it is being removed).
    if let Some((b, r)) = view.focused_row
        && view.focused_row != focused_now
        && session.row(b, r).is_some_and(|row| row.is_logged() && row.is_edited())
        && !actions.iter().any(|a| matches!(a, Action::RemoveSetRow { block, row } if (*block, *row) == (b, r)))
        && !actions.iter().any(|a| matches!(a, Action::RemoveExercise(block) if *block == b))
    {
        actions.push(Action::CompleteSet { block: b, row: r });
    }
    view.focused_row = focused_now;
}

/// Where the cursor goes after row `r` of block `b` is logged: the next row, or in a superset
/// the next exercise of the group's first row not logged yet (back to the first exercise's
/// next row after the last).
fn next_focus(session: &crate::app::Session, supersets: &[Vec<String>], b: usize, r: usize) -> (usize, usize) {
    let exercise = &session.exercises[b].exercise;
    let Some(group) = supersets.iter().find(|g| g.contains(exercise)) else { return (b, r + 1) };
    let mut blocks: Vec<usize> = group.iter().filter_map(|e| session.block_of(e)).collect();
    blocks.sort();
    let Some(at) = blocks.iter().position(|x| *x == b) else { return (b, r + 1) };
    let next = blocks[(at + 1) % blocks.len()];
    if next == b {
        return (b, r + 1);
    }
    let first_open = session.exercises[next].rows.iter().position(|row| !row.is_logged());
    // Back at the group's first exercise, this row counts as logged already.
    let first_open = if next < b { first_open.map(|f| f.max(r + 1)) } else { first_open };
    (next, first_open.unwrap_or(session.exercises[next].rows.len()))
}

#[allow(clippy::too_many_arguments)]
fn block_header(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut UiState,
    actions: &mut Vec<Action>,
    b: usize,
    block: &ExerciseBlock,
    group: Option<usize>,
    current: bool,
) {
    let i18n = state.i18n();
    let shown = i18n.name(&block.exercise);
    let exercise = || -> fluent_bundle::FluentValue<'_> { shown.into() };
    // Wrapped: on a narrow window the exercise's controls go to a second line, never out of
    // reach past the edge.
    ui.horizontal_wrapped(|ui| {
        // The exercise being done stands out in the accent colour.
        let title = RichText::new(shown).text_style(theme::text::section()).strong();
        let title = if current { title.color(theme::palette(ui).accent) } else { title };
        ui.label(title);
        let records = ui.small_button(icons::with_icon(icons::RECORD, i18n.t("workout-records")));
        name(ui, &records, &i18n.f("workout-records-of", &[("exercise", exercise())]));
        if records.clicked() {
            actions.push(Action::ShowExercise(Some(block.exercise.clone())));
        }
        let note = state.history().exercise_note(&block.exercise);
        crate::ui::exercise_note::add_button(ui, &block.exercise, note, &mut view.note_draft);
        if let Some(g) = group {
            let letter = crate::ui::history::superset_letter(g);
            let superset = i18n.f("workout-superset", &[("letter", letter.to_string().into())]);
            ui.label(RichText::new(superset).color(theme::palette(ui).superset).strong());
        }
        let clock = format_clock(block.rest_seconds);
        let between = i18n.f("workout-rest-between", &[("rest", clock.as_str().into())]);
        let rest = ui.label(RichText::new(icons::with_icon(icons::TIMER, &between)).color(theme::palette(ui).muted));
        let rests = i18n.f("workout-rests-between", &[("exercise", exercise()), ("rest", clock.as_str().into())]);
        describe(ui, &rest, &rests);
        for (text, step) in [("−", -15), ("+", 15)] {
            let button = ui.small_button(text);
            let id = if step < 0 { "workout-rest-shorter" } else { "workout-rest-longer" };
            name(ui, &button, &i18n.f(id, &[("exercise", exercise())]));
            if button.clicked() {
                actions.push(Action::SetRest { block: b, seconds: block.rest_seconds + step });
            }
        }
        let more = ui.menu_button(icons::with_icon(icons::MORE, i18n.t("workout-more")), |ui| {
            exercise_menu(ui, state, view, actions, b, block, group);
        });
        name(ui, &more.response, &i18n.f("workout-more-for", &[("name", exercise())]));
        // Removing an exercise with logged sets asks first, here in its header.
        let id = ConfirmId::RemoveExercise(b);
        if view.confirming == Some(id) {
            let args = [("exercise", exercise()), ("count", block.logged_sets().into())];
            let question = i18n.f("workout-remove-question", &args);
            ui.label(RichText::new(question).color(theme::palette(ui).danger));
            if ui.button(i18n.t("workout-yes-remove")).clicked() {
                view.confirming = None;
                actions.push(Action::RemoveExercise(b));
            }
            if ui.button(i18n.t("common-keep-it")).clicked() {
                view.confirming = None;
            }
        }
    });
}

/// The exercise's rare actions, behind its "More" menu: warm-up sets, superset, its place in
/// the workout, removal. Each keeps the name it had as a button of its own.
#[allow(clippy::too_many_arguments)]
fn exercise_menu(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut UiState,
    actions: &mut Vec<Action>,
    b: usize,
    block: &ExerciseBlock,
    group: Option<usize>,
) {
    let Some(session) = state.session() else { return };
    let i18n = state.i18n();
    let barbell = state.library().iter().any(|e| e.name == block.exercise && e.is_barbell());
    let exercise = i18n.name(&block.exercise);
    let named = |id: &str| i18n.f(id, &[("exercise", exercise.into())]);
    if barbell {
        let warm = ui.button(i18n.t("workout-add-warm-ups"));
        name(ui, &warm, &named("workout-add-warm-ups-to"));
        if warm.clicked() {
            actions.push(Action::AddWarmUps(b));
        }
    }
    if group.is_some() {
        let leave = ui.button(i18n.t("workout-leave-superset"));
        name(ui, &leave, &named("workout-leave-superset-named"));
        if leave.clicked() {
            actions.push(Action::LeaveSuperset(b));
        }
    } else {
        let others: Vec<(usize, &str)> = session
            .exercises
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != b)
            .map(|(i, other)| (i, i18n.name(&other.exercise)))
            .collect();
        if !others.is_empty() {
            let submenu = ui.menu_button(i18n.t("workout-superset-with"), |ui| {
                for (i, other) in &others {
                    let choice = ui.button(*other);
                    let args = [("exercise", exercise.into()), ("other", (*other).into())];
                    name(ui, &choice, &i18n.f("workout-superset-with-named", &args));
                    if choice.clicked() {
                        actions.push(Action::Superset { block: b, with: *i });
                    }
                }
            });
            name(ui, &submenu.response, &named("workout-superset-with-menu"));
        }
    }
    ui.separator();
    let moves = [(-1, "workout-move-up", "workout-move-up-named"), (1, "workout-move-down", "workout-move-down-named")];
    for (step, label, label_named) in moves {
        let enabled = if step < 0 { b > 0 } else { b + 1 < session.exercises.len() };
        let button = ui.add_enabled(enabled, egui::Button::new(i18n.t(label)));
        name(ui, &button, &named(label_named));
        if button.clicked() {
            actions.push(Action::MoveExercise { block: b, step });
        }
    }
    ui.separator();
    if block.logged_sets() == 0 {
        let remove = ui.button(RichText::new(i18n.t("workout-remove-exercise")).color(theme::palette(ui).danger));
        name(ui, &remove, &i18n.f("workout-remove-named", &[("name", exercise.into())]));
        if remove.clicked() {
            actions.push(Action::RemoveExercise(b));
        }
    } else {
        let ask = i18n.t("workout-remove-exercise-ask");
        let remove = ui.button(RichText::new(ask).color(theme::palette(ui).danger));
        name(ui, &remove, ask);
        if remove.clicked() {
            view.confirming = Some(ConfirmId::RemoveExercise(b));
        }
    }
}

/// The set's label ("1", "W", …) and the records it beat.
struct Label<'a> {
    i18n: &'a I18n,
    text: &'a str,
    records: &'a [Beaten],
    unit: WeightUnit,
    /// Logged, but not on disk yet.
    saving: bool,
    /// The set to do next.
    is_next: bool,
}

/// One row of a set table; returns whether one of its text fields has keyboard focus.
#[allow(clippy::too_many_arguments)]
fn set_row(
    ui: &mut egui::Ui,
    (b, r): (usize, usize),
    block: &ExerciseBlock,
    row: &SetRow,
    label: Label<'_>,
    plates: Option<&PlateSet>,
    next: (usize, usize),
    view: &mut UiState,
    actions: &mut Vec<Action>,
) -> bool {
    let i18n = label.i18n;
    let exercise = i18n.name(&block.exercise);
    let who = i18n.f("workout-set-of", &[("exercise", exercise.into()), ("number", (r + 1).into())]);
    let whose = |id: &str| i18n.f(id, &[("who", who.as_str().into())]);
    let kind = block.kind;
    let unit = label.unit;
    let records = label.records;
    let saving = label.saving;
    let is_next = label.is_next;
    let label = label.text;
    let palette = theme::palette(ui);
    let edit = |actions: &mut Vec<Action>, edit: RowEdit| actions.push(Action::EditSet { block: b, row: r, edit });
    match (row.is_logged(), row.is_edited()) {
        (true, false) if saving => {
            let marker = ui.label(RichText::new(format!("{label} …")).strong()).on_hover_text(i18n.t("workout-saving"));
            describe(ui, &marker, &whose("workout-being-saved"));
        }
        (true, false) if !records.is_empty() => {
            let what: Vec<String> = records
                .iter()
                .map(|b| format!("{} {}", record_label(i18n, b.kind), value_text(i18n, b.kind, b.value, kind, unit)))
                .collect();
            let what = what.join(i18n.t("workout-list-separator"));
            let text = format!("{} {label} {}", icons::RECORD.codepoint, i18n.t("workout-pr"));
            let mark = ui
                .label(RichText::new(text).strong().color(palette.record))
                .on_hover_text(i18n.f("workout-new-record", &[("records", what.as_str().into())]));
            let args = [("who", who.as_str().into()), ("records", what.as_str().into())];
            describe(ui, &mark, &i18n.f("workout-is-record", &args));
        }
        (true, false) => {
            let done = RichText::new(icons::with_icon(icons::DONE_CIRCLE, label)).strong().color(palette.done);
            let mark = ui.label(done).on_hover_text(i18n.t("workout-logged"));
            describe(ui, &mark, &whose("workout-is-logged"));
        }
        (true, true) => {
            let marker = ui
                .label(RichText::new(format!("{label} •")).strong().color(ui.visuals().warn_fg_color))
                .on_hover_text(i18n.t("workout-edited"));
            describe(ui, &marker, &whose("workout-has-changes"));
        }
        (false, _) if is_next => {
            let mark =
                ui.label(RichText::new(label).strong().color(palette.accent)).on_hover_text(i18n.t("workout-next-set"));
            describe(ui, &mark, &whose("workout-is-next"));
        }
        (false, _) => {
            ui.label(label);
        }
    }
    let previous = row.previous.as_ref().map_or("—".to_string(), |p| i18n.localise_number(describe_set(p, unit)));
    ui.label(theme::number(previous).color(palette.muted));

    let focus = view.focus_request == Some((b, r));
    if focus {
        view.focus_request = None;
    }
    let set_fields::Edited { edits, mut fields } = set_fields::amounts(ui, row, kind, &who, focus);
    for change in edits {
        edit(actions, change);
    }
    if kind == ExerciseKind::DistanceDuration {
        let text = row.pace(kind, unit).unwrap_or_default();
        let shown = ui.label(RichText::new(text.clone()).weak());
        describe(ui, &shown, &i18n.f("workout-pace-of", &[("who", who.as_str().into()), ("pace", text.into())]));
    }
    if let Some(plates) = plates {
        let weight = crate::domain::units::typed::decimal(&row.values.weight);
        let text = weight.map(|w| {
            let loading = plates.load(w);
            let per_side = if loading.per_side.is_empty() {
                i18n.t("workout-bar-only").to_string()
            } else {
                i18n.localise_number(plates_text(&loading))
            };
            if loading.exact { per_side } else { format!("{per_side} (≈{})", i18n.amount(loading.total)) }
        });
        let text = text.unwrap_or_default();
        let shown = ui.label(RichText::new(text.as_str()).weak());
        describe(ui, &shown, &i18n.f("workout-plates-of", &[("who", who.as_str().into()), ("plates", text.into())]));
    }

    // A choice in a logged row is a whole edit: it is applied at once.
    let apply = |actions: &mut Vec<Action>, change: RowEdit| {
        edit(actions, change);
        if row.is_logged() {
            actions.push(Action::CompleteSet { block: b, row: r });
        }
    };
    if let Some(change) = set_fields::rpe(ui, ("sets", b, r), row, &who) {
        apply(actions, change);
    }

    // Logging the next set is the screen's main action; a logged row has a button only while
    // it holds an edit to apply.
    let done = match (row.is_logged(), is_next) {
        (true, _) if row.is_edited() => Some(ui.button(icons::with_icon(icons::DONE, i18n.t("workout-update")))),
        (true, _) => None,
        (false, true) => Some(theme::primary_button(ui, icons::with_icon(icons::DONE, i18n.t("workout-done")))),
        (false, false) => Some(ui.button(icons::with_icon(icons::DONE, i18n.t("workout-done")))),
    };
    match done {
        Some(done) => {
            let verb = if row.is_logged() { "workout-update-named" } else { "workout-complete-named" };
            name(ui, &done, &whose(verb));
            if done.clicked() {
                actions.push(Action::CompleteSet { block: b, row: r });
            }
        }
        None => {
            ui.label("");
        }
    }

    // The row's rare actions (its type, its note, its removal) behind a menu, under an id of
    // the row's own so the menu stays open while the row changes around it; the note, once
    // written, shown after it.
    let menu = ui
        .push_id(("set_menu", b, r), |ui| {
            ui.horizontal(|ui| {
                let menu = ui.menu_button(RichText::new(icons::MORE.codepoint).size(theme::ICON_SIZE), |ui| {
                    set_menu(ui, i18n, row, &who, palette.danger)
                });
                let note = row.values.note.trim();
                if !note.is_empty() {
                    let shown = ui.add(egui::Label::new(RichText::new(note).color(palette.muted)).truncate());
                    let args = [("who", who.as_str().into()), ("note", note.into())];
                    describe(ui, &shown, &i18n.f("workout-note-of", &args));
                }
                menu
            })
            .inner
        })
        .inner;
    let menu_button = menu.response.on_hover_text(i18n.t("workout-set-menu"));
    name(ui, &menu_button, &i18n.f("workout-more-for", &[("name", who.as_str().into())]));
    if let Some(picked) = &menu.inner {
        if let Some(change) = picked.set_type.clone() {
            apply(actions, change);
        }
        if let Some(change) = picked.note_edit.clone() {
            edit(actions, change);
        }
        if picked.remove {
            actions.push(Action::RemoveSetRow { block: b, row: r });
        }
    }
    fields.extend(menu.inner.map(|picked| picked.note));

    // Enter in any field logs a planned row or applies a logged row's edits, then moves on
    // (across the superset, if the exercise is in one).
    let enter = ui.input(|i| i.key_pressed(Key::Enter));
    if enter && fields.iter().any(egui::Response::lost_focus) {
        actions.push(Action::CompleteSet { block: b, row: r });
        view.focus_request = Some(if row.is_logged() { (b, r + 1) } else { next });
    }
    fields.iter().any(egui::Response::has_focus)
}

/// What was done in a set row's menu this frame.
struct MenuPicks {
    set_type: Option<RowEdit>,
    note: egui::Response,
    note_edit: Option<RowEdit>,
    remove: bool,
}

/// A set row's menu: the set types, the note, removal.
fn set_menu(ui: &mut egui::Ui, i18n: &I18n, row: &SetRow, who: &str, danger: Color32) -> MenuPicks {
    theme::hint(ui, i18n.t("workout-set-type"));
    let set_type = set_fields::set_type_list(ui, row, who);
    ui.separator();
    theme::hint(ui, i18n.t("workout-note"));
    let (note, note_edit) = set_fields::note(ui, row, who, 200.0);
    ui.separator();
    let remove = ui.button(RichText::new(icons::with_icon(icons::REMOVE, i18n.t("workout-remove-set"))).color(danger));
    name(ui, &remove, &i18n.f("workout-remove-named", &[("name", who.into())]));
    let remove = remove.clicked();
    if remove {
        ui.close();
    }
    MenuPicks { set_type, note, note_edit, remove }
}
