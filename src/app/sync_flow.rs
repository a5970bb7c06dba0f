//! Sync from the window (Settings → Sync, docs/sync.md): choose the folder (native dialog or
//! the path field), name this device, and syncs in the background — when the history has
//! loaded, after a workout is saved, when the folder changes and every few minutes — one at a
//! time, on a connection of its own. What other devices sent is read into the history again;
//! the workout being logged is never touched (the logbook folds in what was recorded
//! meanwhile, and a workout in progress elsewhere is not resumed here).

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use super::file_dialog::{DialogOutcome, DialogPurpose, DialogRequest, default_folder};
use super::jobs::JobKind;
use super::state::{AppState, Done};
use super::sync_panel::{Passphrase, PassphraseUse, SETTLE_AFTER_CHANGE, SYNC_EVERY, SyncPhase};
use super::sync_watch::FolderWatch;
use crate::sync::{self, Device, FolderStatus, SyncReport, layout};

impl AppState {
    /// At start: the folder of the last sync (the CLI's too), watched; the first sync runs once
    /// the history is on screen.
    pub(super) fn open_sync(&mut self) {
        let Some(folder) = sync::last_folder(&self.paths.config_dir) else { return };
        self.sync.folder_text = folder.display().to_string();
        match Device::load_or_create(&self.paths.sync_device_file()) {
            Ok(device) => self.sync.device = Some(device),
            Err(e) => self.sync.phase = SyncPhase::Failed(e.to_string()),
        }
        self.sync.folder = Some(folder);
        self.watch_sync_folder();
    }

    pub(super) fn browse_sync_folder(&mut self) {
        let folder = self.sync.folder.clone().filter(|f| f.is_dir()).unwrap_or_else(default_folder);
        if let Err(busy) = self.ask_dialog(DialogPurpose::SyncFolder, DialogRequest::Folder { folder }) {
            self.sync.phase = SyncPhase::Failed(busy);
        }
    }

    pub(super) fn sync_folder_chosen(&mut self, outcome: DialogOutcome) {
        if let DialogOutcome::Chosen(folder) = outcome {
            self.use_sync_folder(folder);
        }
    }

    /// Syncs through `folder` from now on (remembered once a sync through it has run).
    pub(super) fn use_sync_folder(&mut self, folder: PathBuf) {
        self.sync.folder_text = folder.display().to_string();
        if !folder.is_dir() {
            let path = folder.display().to_string();
            self.sync.phase = SyncPhase::Failed(self.i18n.f("sync-not-a-folder", &[("path", path.into())]));
            return;
        }
        self.sync.folder = Some(folder);
        self.sync.status = None;
        self.sync.last_report = None;
        self.watch_sync_folder();
        self.sync_now();
    }

    /// Sync off: nothing more is written to or read from the folder (what is there stays).
    pub(super) fn stop_syncing(&mut self) {
        self.sync.folder = None;
        self.sync.watch = None;
        self.sync.changed_since = None;
        self.sync.again = false;
        if let Err(e) = sync::forget_folder(&self.paths.config_dir) {
            let text = self.i18n.f("sync-cannot-forget", &[("detail", e.to_string().into())]);
            self.error(text);
        }
        self.info(self.i18n.t("sync-off").to_string());
    }

    /// Names this device in the folder (its other devices show the name after their next sync).
    pub(super) fn rename_device(&mut self, name: String) {
        match Device::rename(&self.paths.sync_device_file(), &name) {
            Ok(device) => {
                self.sync.device = Some(device);
                self.sync_now();
            }
            Err(e) => {
                let text = self.i18n.f("sync-cannot-rename", &[("detail", e.to_string().into())]);
                self.error(text)
            }
        }
    }

    /// Turns encryption on for the folder, or opens its key, with `passphrase` — in the
    /// background (the passphrase is stretched on purpose: about a second) — then syncs.
    pub(super) fn use_sync_passphrase(&mut self, passphrase: Passphrase, purpose: PassphraseUse) {
        let Some(folder) = self.sync.folder.clone() else { return };
        let state_dir = self.paths.config_dir.clone();
        let job = move || {
            let secret = sync::SecretString::from(passphrase.0);
            let result = match purpose {
                PassphraseUse::TurnOn => sync::set_passphrase(&folder, &state_dir, &secret).map(|_| ()),
                PassphraseUse::Unlock => sync::unlock(&folder, &state_dir, &secret),
            };
            let result = result.map_err(|e| e.to_string());
            let done: Done = Box::new(move |app| app.sync_passphrase_used(purpose, result));
            done
        };
        match self.start_job(JobKind::Sync, job) {
            Ok(()) => self.sync.phase = SyncPhase::Unlocking,
            Err(busy) => self.sync.phase = SyncPhase::Failed(busy),
        }
    }

    fn sync_passphrase_used(&mut self, purpose: PassphraseUse, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.sync.phase = SyncPhase::Idle;
                let id = match purpose {
                    PassphraseUse::TurnOn => "sync-encrypted-now",
                    PassphraseUse::Unlock => "sync-unlocked",
                };
                self.info(self.i18n.t(id).to_string());
                self.sync_now();
            }
            Err(e) => {
                self.error(e.clone());
                self.sync.phase = SyncPhase::Failed(e);
            }
        }
    }

    fn watch_sync_folder(&mut self) {
        self.sync.watch = None;
        let (Some(folder), Some(device)) = (&self.sync.folder, &self.sync.device) else { return };
        let own = vec![layout::device_dir(folder, device.id), layout::encrypted_device_dir(folder, device.id)];
        // Without a watch (a share that cannot be watched) the timer still syncs.
        self.sync.watch = FolderWatch::start(folder, own, self.env.wake.clone()).ok();
    }

    /// Starts a sync now, or right after the one running.
    pub(super) fn sync_now(&mut self) {
        let Some(folder) = self.sync.folder.clone() else { return };
        if self.jobs.is_running(JobKind::Sync) {
            self.sync.again = true;
            return;
        }
        if self.is_loading() {
            // The first tick after the history is read starts it.
            self.sync.last_started = None;
            return;
        }
        let device = match &self.sync.device {
            Some(device) => device.clone(),
            None => match Device::load_or_create(&self.paths.sync_device_file()) {
                Ok(device) => {
                    self.sync.device = Some(device.clone());
                    self.watch_sync_folder();
                    device
                }
                Err(e) => return self.sync.phase = SyncPhase::Failed(e.to_string()),
            },
        };
        let store = match self.reader() {
            Ok(store) => store,
            Err(e) => return self.sync.phase = SyncPhase::Failed(e),
        };
        let state_dir = self.paths.config_dir.clone();
        let job = move || {
            let result = sync::run(&store, &folder, &device, &state_dir).map_err(|e| e.to_string());
            let status = sync::status(&folder, &device, &state_dir).ok();
            let finished: Done = Box::new(move |app| app.sync_finished(result, status));
            finished
        };
        self.sync.last_started = Some(self.now());
        self.sync.changed_since = None;
        match self.start_job(JobKind::Sync, job) {
            Ok(()) => self.sync.phase = SyncPhase::Syncing,
            Err(busy) => self.sync.phase = SyncPhase::Failed(busy),
        }
    }

    fn sync_finished(&mut self, result: Result<SyncReport, String>, status: Option<FolderStatus>) {
        if status.is_some() {
            self.sync.status = status;
        }
        match result {
            Ok(report) => {
                self.sync.phase = SyncPhase::Idle;
                let added = report.events_added();
                if added > 0 {
                    let from = self.senders(&report);
                    let text = self.i18n.f("sync-received", &[("count", added.into()), ("from", from.into())]);
                    self.info(text);
                    self.reload_history();
                }
                if !report.changed_on_two_devices.is_empty() {
                    let n = report.changed_on_two_devices.len();
                    let text = self.i18n.f("sync-changed-two-toast", &[("count", n.into())]);
                    self.info(text);
                }
                self.sync.last_report = Some(report);
            }
            Err(e) => {
                if self.sync.phase != SyncPhase::Failed(e.clone()) {
                    let text = self.i18n.f("sync-failed-detail", &[("detail", e.as_str().into())]);
                    self.error(text);
                }
                self.sync.phase = SyncPhase::Failed(e);
            }
        }
        if std::mem::take(&mut self.sync.again) {
            self.sync_now();
        }
    }

    /// Once a frame: a sync when the folder changed (once the change settled) or when one is
    /// due; none while the history loads or one runs.
    pub(super) fn sync_tick(&mut self, now: DateTime<Utc>) {
        if !self.sync.is_on() {
            return;
        }
        if self.sync.watch.as_ref().is_some_and(FolderWatch::take_changed) {
            self.sync.changed_since.get_or_insert(now);
        }
        if self.is_loading() || self.jobs.is_running(JobKind::Sync) {
            return;
        }
        let settled = self.sync.changed_since.is_some_and(|since| now - since >= SETTLE_AFTER_CHANGE);
        let due = self.sync.last_started.is_none_or(|last| now - last >= SYNC_EVERY);
        if settled || due {
            self.sync_now();
        }
    }

    /// How soon the window should look again for a sync to start (a change settling, the
    /// timer); `None` when sync is off.
    pub fn next_sync_check(&self) -> Option<std::time::Duration> {
        if !self.sync.is_on() {
            return None;
        }
        let wait = if self.sync.changed_since.is_some() { SETTLE_AFTER_CHANGE } else { chrono::TimeDelta::seconds(30) };
        wait.to_std().ok()
    }

    pub fn is_syncing(&self) -> bool {
        self.jobs.is_running(JobKind::Sync)
    }

    /// "laptop" or "laptop and desk": the devices whose files added events.
    fn senders(&self, report: &SyncReport) -> String {
        let mut names: Vec<&str> =
            report.merged.iter().filter(|m| m.added > 0).map(|m| m.device_name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        match names.as_slice() {
            [] => self.i18n.t("sync-other-devices").to_string(),
            [one] => (*one).to_string(),
            [rest @ .., last] => {
                let rest = rest.join(", ");
                self.i18n.f("sync-and", &[("rest", rest.into()), ("last", (*last).into())])
            }
        }
    }
}
