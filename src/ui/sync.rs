//! Settings → Sync (docs/sync.md): the folder shared with the lifter's other devices, this
//! device's name, Sync now / Stop syncing, the last sync, the devices seen in the folder, the
//! files skipped and why, and sets changed on two devices; and the small sync status under the
//! navigation.

use chrono::{DateTime, Local, Utc};
use egui::RichText;

use super::state::UiState;
use super::{icons, theme};
use crate::app::{Action, AppState, Passphrase, PassphraseUse, SyncPhase};
use crate::sync::SyncReport;

pub fn section(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let i18n = state.i18n();
    theme::section(ui, i18n.t("sync-section"));
    theme::hint(ui, i18n.t("sync-intro"));
    let sync = state.sync();
    ui.horizontal(|ui| {
        let label = ui.label(i18n.t("sync-folder"));
        let mut text = sync.folder_text.clone();
        let field =
            ui.add(egui::TextEdit::singleline(&mut text).desired_width(320.0).hint_text(i18n.t("sync-folder-hint")));
        field.labelled_by(label.id);
        if text != sync.folder_text {
            actions.push(Action::SetSyncFolderText(text.clone()));
        }
        let browse = ui.add_enabled(!state.dialog_open(), egui::Button::new(i18n.t("sync-browse")));
        super::widgets::name(ui, &browse, i18n.t("sync-browse-name"));
        if browse.clicked() {
            actions.push(Action::BrowseSyncFolder);
        }
        let typed = std::path::PathBuf::from(text.trim());
        let new = !text.trim().is_empty() && sync.folder.as_ref() != Some(&typed);
        if ui.add_enabled(new, egui::Button::new(i18n.t("sync-use-folder"))).clicked() {
            actions.push(Action::UseSyncFolder(typed));
        }
    });
    if let Some(device) = &sync.device {
        ui.horizontal(|ui| {
            let label = ui.label(i18n.t("sync-this-device"));
            let draft = view.device_name_draft.get_or_insert_with(|| device.name.clone());
            ui.add(egui::TextEdit::singleline(draft).desired_width(200.0)).labelled_by(label.id);
            let renamed = draft.trim() != device.name && !draft.trim().is_empty();
            if ui.add_enabled(renamed, egui::Button::new(i18n.t("sync-rename"))).clicked() {
                actions.push(Action::RenameDevice(draft.trim().to_string()));
                view.device_name_draft = None;
            }
        });
    }
    if !sync.is_on() {
        return;
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(!state.is_syncing(), egui::Button::new(icons::with_icon(icons::SYNC, i18n.t("sync-now"))))
            .clicked()
        {
            actions.push(Action::SyncNow);
        }
        if ui.button(i18n.t("sync-stop")).clicked() {
            actions.push(Action::StopSyncing);
        }
        if !sync.is_watched() {
            theme::hint(ui, i18n.t("sync-not-watched"));
        }
    });
    encryption(ui, state, view, actions);
    match &sync.phase {
        SyncPhase::Syncing => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(i18n.t("sync-syncing"));
            });
        }
        SyncPhase::Unlocking => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(i18n.t("sync-unlocking"));
            });
        }
        SyncPhase::Failed(why) => {
            ui.colored_label(
                theme::palette(ui).danger,
                i18n.f("sync-failed-detail", &[("detail", why.as_str().into())]),
            );
        }
        SyncPhase::Idle => {}
    }
    let last = sync.last_sync().map(|at| when(state, at)).unwrap_or_else(|| i18n.t("sync-not-yet").to_string());
    match &sync.last_report {
        Some(report) => {
            let summary = summary(state, report);
            ui.label(i18n.f("sync-last-summary", &[("when", last.into()), ("summary", summary.into())]))
        }
        None => ui.label(i18n.f("sync-last", &[("when", last.into())])),
    };
    devices(ui, state);
    problems(ui, state);
}

/// Shortest passphrase accepted when encryption is turned on.
const MIN_PASSPHRASE: usize = 8;

/// The folder's encryption: the passphrase to unlock an encrypted folder on this device, or to
/// encrypt a plain one (typed twice).
fn encryption(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let sync = state.sync();
    let busy = state.is_syncing();
    let i18n = state.i18n();
    if sync.is_locked() {
        ui.colored_label(theme::palette(ui).warning, i18n.t("sync-locked-intro"));
        ui.horizontal(|ui| {
            let label = ui.label(i18n.t("sync-passphrase"));
            let field = egui::TextEdit::singleline(&mut view.sync_passphrase).password(true).desired_width(220.0);
            ui.add(field).labelled_by(label.id);
            let ready = !view.sync_passphrase.is_empty() && !busy;
            if ui.add_enabled(ready, egui::Button::new(i18n.t("sync-unlock"))).clicked() {
                let passphrase = Passphrase(std::mem::take(&mut view.sync_passphrase));
                actions.push(Action::SyncPassphrase(passphrase, PassphraseUse::Unlock));
            }
        });
        return;
    }
    if sync.is_encrypted() {
        theme::hint(ui, i18n.t("sync-encrypted"));
        return;
    }
    if sync.status.is_none() {
        return;
    }
    egui::CollapsingHeader::new(i18n.t("sync-encrypt-header")).id_salt("sync_encrypt").show(ui, |ui| {
        theme::hint(ui, i18n.t("sync-encrypt-intro"));
        ui.horizontal(|ui| {
            let label = ui.label(i18n.t("sync-new-passphrase"));
            let field = egui::TextEdit::singleline(&mut view.sync_passphrase).password(true).desired_width(200.0);
            ui.add(field).labelled_by(label.id);
            let label = ui.label(i18n.t("sync-again"));
            let field = egui::TextEdit::singleline(&mut view.sync_passphrase_again).password(true).desired_width(200.0);
            ui.add(field).labelled_by(label.id);
        });
        let (typed, again) = (&view.sync_passphrase, &view.sync_passphrase_again);
        let started = !typed.is_empty();
        let problem = if typed.chars().count() < MIN_PASSPHRASE {
            Some(i18n.f("sync-passphrase-short", &[("count", MIN_PASSPHRASE.into())]))
        } else if typed != again {
            Some(i18n.t("sync-passphrases-differ").to_string())
        } else {
            None
        };
        ui.horizontal(|ui| {
            if ui.add_enabled(problem.is_none() && !busy, egui::Button::new(i18n.t("sync-encrypt"))).clicked() {
                view.sync_passphrase_again.clear();
                let passphrase = Passphrase(std::mem::take(&mut view.sync_passphrase));
                actions.push(Action::SyncPassphrase(passphrase, PassphraseUse::TurnOn));
            }
            if let Some(problem) = problem.filter(|_| started) {
                theme::hint(ui, problem);
            }
        });
    });
}

/// "sent 28 changes, received 0, 1 file skipped".
fn summary(state: &AppState, report: &SyncReport) -> String {
    let sent = report.written.as_ref().map_or(0, |w| w.events);
    let received = report.events_added();
    let args = [("sent", sent.into()), ("received", received.into()), ("count", report.skipped.len().into())];
    let id = if report.skipped.is_empty() { "sync-summary" } else { "sync-summary-skipped" };
    state.i18n().f(id, &args)
}

fn when(state: &AppState, at: DateTime<Utc>) -> String {
    state.i18n().date_time(at.with_timezone(&Local))
}

/// The devices in the folder: name, last seen, events.
fn devices(ui: &mut egui::Ui, state: &AppState) {
    let sync = state.sync();
    let devices = match (&sync.last_report, &sync.status) {
        (_, Some(status)) => &status.devices,
        (Some(report), None) => &report.devices,
        (None, None) => return,
    };
    if devices.is_empty() {
        return;
    }
    let i18n = state.i18n();
    ui.add_space(theme::GAP);
    ui.label(RichText::new(i18n.t("sync-devices")).strong());
    egui::Grid::new("sync_devices").striped(true).num_columns(3).show(ui, |ui| {
        for header in ["sync-device", "sync-last-seen", "sync-events"] {
            ui.label(RichText::new(i18n.t(header)).text_style(theme::text::hint()));
        }
        ui.end_row();
        for device in devices {
            let name = if device.this_device {
                i18n.f("sync-this-device-name", &[("name", device.name.as_str().into())])
            } else {
                device.name.clone()
            };
            ui.label(name);
            ui.label(device.last_file_at.map(|at| when(state, at)).unwrap_or_else(|| "—".into()));
            ui.label(theme::number(device.events.to_string()));
            ui.end_row();
        }
    });
}

/// Files skipped (and why) and sets changed on two devices.
fn problems(ui: &mut egui::Ui, state: &AppState) {
    let sync = state.sync();
    let skipped = match (&sync.last_report, &sync.status) {
        (Some(report), _) => &report.skipped,
        (None, Some(status)) => &status.skipped,
        (None, None) => return,
    };
    let i18n = state.i18n();
    if !skipped.is_empty() {
        ui.add_space(theme::GAP);
        ui.label(RichText::new(i18n.f("sync-skipped", &[("count", skipped.len().into())])).strong());
        theme::hint(ui, i18n.t("sync-skipped-hint"));
        for file in skipped.iter().take(20) {
            ui.label(format!("{}: {}", file.file, i18n.sync_skip(&file.reason)));
        }
    }
    let Some(report) = &sync.last_report else { return };
    if report.changed_on_two_devices.is_empty() {
        return;
    }
    ui.add_space(theme::GAP);
    ui.label(RichText::new(i18n.t("sync-changed-two")).strong());
    theme::hint(ui, i18n.t("sync-changed-two-hint"));
    for change in &report.changed_on_two_devices {
        let exercise = change.exercise.as_deref().map_or(i18n.t("sync-a-set"), |name| i18n.name(name));
        ui.label(i18n.f(
            "sync-changed-line",
            &[
                ("exercise", exercise.into()),
                ("kept", change.kept.device_name.as_str().into()),
                ("kept-at", when(state, change.kept.created_at).into()),
                ("aside", change.set_aside.device_name.as_str().into()),
                ("aside-at", when(state, change.set_aside.created_at).into()),
            ],
        ));
    }
}

/// The sync status under the navigation: "Synced 10:42", "Syncing…", or that it failed.
pub fn status(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    if let Some(wait) = state.next_sync_check() {
        ui.ctx().request_repaint_after(wait);
    }
    let sync = state.sync();
    if !sync.is_on() {
        return;
    }
    let i18n = state.i18n();
    let (icon, text, color) = match &sync.phase {
        SyncPhase::Syncing | SyncPhase::Unlocking => {
            (icons::SYNC, i18n.t("sync-syncing").to_string(), theme::palette(ui).muted)
        }
        SyncPhase::Failed(_) if sync.is_locked() => {
            (icons::SYNC_PROBLEM, i18n.t("sync-status-locked").to_string(), theme::palette(ui).warning)
        }
        SyncPhase::Failed(_) => {
            (icons::SYNC_PROBLEM, i18n.t("sync-status-failed").to_string(), theme::palette(ui).danger)
        }
        SyncPhase::Idle => {
            let text = match sync.last_sync() {
                Some(at) => {
                    let at = at.with_timezone(&Local).format("%H:%M").to_string();
                    i18n.f("sync-status-synced", &[("at", at.into())])
                }
                None => i18n.t("sync-status-not-yet").to_string(),
            };
            (icons::SYNC, text, theme::palette(ui).muted)
        }
    };
    let label = RichText::new(icons::with_icon(icon, &text)).color(color).text_style(theme::text::hint());
    let response = ui.add(egui::Button::new(label).frame(false)).on_hover_text(i18n.t("sync-status-hover"));
    super::widgets::name(ui, &response, &text);
    if response.clicked() {
        actions.push(Action::Show(crate::app::Screen::Settings));
    }
}
