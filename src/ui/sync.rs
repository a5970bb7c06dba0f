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
    theme::section(ui, "Sync between devices");
    theme::hint(
        ui,
        "One history on your laptop and your desktop: through a folder your sync tool (Syncthing, Nextcloud, \
         Dropbox, a network share, a USB stick) keeps in step. No server, no account.",
    );
    let sync = state.sync();
    ui.horizontal(|ui| {
        let label = ui.label("Sync folder:");
        let mut text = sync.folder_text.clone();
        let field =
            ui.add(egui::TextEdit::singleline(&mut text).desired_width(320.0).hint_text("/home/you/Sync/GymLog"));
        field.labelled_by(label.id);
        if text != sync.folder_text {
            actions.push(Action::SetSyncFolderText(text.clone()));
        }
        let browse = ui.add_enabled(!state.dialog_open(), egui::Button::new("Browse…"));
        super::widgets::name(ui, &browse, "Choose the sync folder");
        if browse.clicked() {
            actions.push(Action::BrowseSyncFolder);
        }
        let typed = std::path::PathBuf::from(text.trim());
        let new = !text.trim().is_empty() && sync.folder.as_ref() != Some(&typed);
        if ui.add_enabled(new, egui::Button::new("Sync through this folder")).clicked() {
            actions.push(Action::UseSyncFolder(typed));
        }
    });
    if let Some(device) = &sync.device {
        ui.horizontal(|ui| {
            let label = ui.label("This device:");
            let draft = view.device_name_draft.get_or_insert_with(|| device.name.clone());
            ui.add(egui::TextEdit::singleline(draft).desired_width(200.0)).labelled_by(label.id);
            let renamed = draft.trim() != device.name && !draft.trim().is_empty();
            if ui.add_enabled(renamed, egui::Button::new("Rename")).clicked() {
                actions.push(Action::RenameDevice(draft.trim().to_string()));
                view.device_name_draft = None;
            }
        });
    }
    if !sync.is_on() {
        return;
    }
    ui.horizontal(|ui| {
        if ui.add_enabled(!state.is_syncing(), egui::Button::new(icons::with_icon(icons::SYNC, "Sync now"))).clicked() {
            actions.push(Action::SyncNow);
        }
        if ui.button("Stop syncing").clicked() {
            actions.push(Action::StopSyncing);
        }
        if !sync.is_watched() {
            theme::hint(ui, "(this folder cannot be watched: GymLog looks every 5 minutes)");
        }
    });
    encryption(ui, state, view, actions);
    match &sync.phase {
        SyncPhase::Syncing => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Syncing…");
            });
        }
        SyncPhase::Unlocking => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Opening the folder's key…");
            });
        }
        SyncPhase::Failed(why) => {
            ui.colored_label(theme::palette(ui).danger, format!("Sync failed: {why}"));
        }
        SyncPhase::Idle => {}
    }
    let last = sync.last_sync().map(when).unwrap_or_else(|| "not yet".into());
    match &sync.last_report {
        Some(report) => ui.label(format!("Last sync: {last} — {}", summary(report))),
        None => ui.label(format!("Last sync: {last}")),
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
    if sync.is_locked() {
        ui.colored_label(
            theme::palette(ui).warning,
            "This folder is encrypted. Enter its passphrase — the one set on your other device — to sync.",
        );
        ui.horizontal(|ui| {
            let label = ui.label("Passphrase:");
            let field = egui::TextEdit::singleline(&mut view.sync_passphrase).password(true).desired_width(220.0);
            ui.add(field).labelled_by(label.id);
            let ready = !view.sync_passphrase.is_empty() && !busy;
            if ui.add_enabled(ready, egui::Button::new("Unlock")).clicked() {
                let passphrase = Passphrase(std::mem::take(&mut view.sync_passphrase));
                actions.push(Action::SyncPassphrase(passphrase, PassphraseUse::Unlock));
            }
        });
        return;
    }
    if sync.is_encrypted() {
        theme::hint(ui, "Encrypted: whoever hosts the folder cannot read your training (age, with your passphrase).");
        return;
    }
    if sync.status.is_none() {
        return;
    }
    egui::CollapsingHeader::new("Encrypt the folder…").id_salt("sync_encrypt").show(ui, |ui| {
        theme::hint(
            ui,
            "For a folder on someone else's cloud: every file GymLog puts there is encrypted. Your other \
             devices ask for the passphrase once. There is no way to recover it: keep it in your password manager.",
        );
        ui.horizontal(|ui| {
            let label = ui.label("New passphrase:");
            let field = egui::TextEdit::singleline(&mut view.sync_passphrase).password(true).desired_width(200.0);
            ui.add(field).labelled_by(label.id);
            let label = ui.label("Again:");
            let field = egui::TextEdit::singleline(&mut view.sync_passphrase_again).password(true).desired_width(200.0);
            ui.add(field).labelled_by(label.id);
        });
        let (typed, again) = (&view.sync_passphrase, &view.sync_passphrase_again);
        let started = !typed.is_empty();
        let problem = if typed.chars().count() < MIN_PASSPHRASE {
            Some(format!("At least {MIN_PASSPHRASE} characters (a few words are best)."))
        } else if typed != again {
            Some("The two passphrases differ.".to_string())
        } else {
            None
        };
        ui.horizontal(|ui| {
            if ui.add_enabled(problem.is_none() && !busy, egui::Button::new("Encrypt")).clicked() {
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
fn summary(report: &SyncReport) -> String {
    let sent = report.written.as_ref().map_or(0, |w| w.events);
    let mut text = format!("sent {sent} changes, received {}", report.events_added());
    if !report.skipped.is_empty() {
        text.push_str(&format!(", {} skipped", files(report.skipped.len())));
    }
    text
}

fn files(n: usize) -> String {
    if n == 1 { "1 file".into() } else { format!("{n} files") }
}

fn when(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string()
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
    ui.add_space(theme::GAP);
    ui.label(RichText::new("Devices in the folder").strong());
    egui::Grid::new("sync_devices").striped(true).num_columns(3).show(ui, |ui| {
        for header in ["Device", "Last seen", "Events"] {
            ui.label(RichText::new(header).text_style(theme::text::hint()));
        }
        ui.end_row();
        for device in devices {
            let name = if device.this_device { format!("{} (this device)", device.name) } else { device.name.clone() };
            ui.label(name);
            ui.label(device.last_file_at.map(when).unwrap_or_else(|| "—".into()));
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
    if !skipped.is_empty() {
        ui.add_space(theme::GAP);
        ui.label(RichText::new(format!("Skipped ({})", files(skipped.len()))).strong());
        theme::hint(ui, "Nothing of these was merged; each is looked at again at the next sync.");
        for file in skipped.iter().take(20) {
            ui.label(format!("{}: {}", file.file, file.reason));
        }
    }
    let Some(report) = &sync.last_report else { return };
    if report.changed_on_two_devices.is_empty() {
        return;
    }
    ui.add_space(theme::GAP);
    ui.label(RichText::new("Changed on two devices").strong());
    theme::hint(
        ui,
        "Both edits are in the change history; the later one counts. Correct the set in History if needed.",
    );
    for change in &report.changed_on_two_devices {
        let exercise = change.exercise.as_deref().unwrap_or("A set");
        ui.label(format!(
            "{exercise}: {}'s edit ({}) counts, {}'s ({}) was set aside",
            change.kept.device_name,
            when(change.kept.created_at),
            change.set_aside.device_name,
            when(change.set_aside.created_at),
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
    let (icon, text, color) = match &sync.phase {
        SyncPhase::Syncing | SyncPhase::Unlocking => (icons::SYNC, "Syncing…".to_string(), theme::palette(ui).muted),
        SyncPhase::Failed(_) if sync.is_locked() => {
            (icons::SYNC_PROBLEM, "Sync locked".to_string(), theme::palette(ui).warning)
        }
        SyncPhase::Failed(_) => (icons::SYNC_PROBLEM, "Sync failed".to_string(), theme::palette(ui).danger),
        SyncPhase::Idle => {
            let at = sync.last_sync().map(|at| at.with_timezone(&Local).format("%H:%M").to_string());
            (icons::SYNC, at.map_or("Not synced yet".into(), |at| format!("Synced {at}")), theme::palette(ui).muted)
        }
    };
    let label = RichText::new(icons::with_icon(icon, &text)).color(color).text_style(theme::text::hint());
    let response = ui.add(egui::Button::new(label).frame(false)).on_hover_text("Settings → Sync");
    super::widgets::name(ui, &response, &text);
    if response.clicked() {
        actions.push(Action::Show(crate::app::Screen::Settings));
    }
}
