//! The native save dialog (rfd: the desktop portal on Linux), parented to the window and run
//! on a background thread by the app layer.

use std::path::Path;
use std::sync::Mutex;

use crate::app::jobs::{DialogOutcome, SaveDialog};

/// rfd's dialog, with the window as its parent once the window exists.
#[derive(Default)]
pub struct RfdSaveDialog {
    base: Mutex<Option<rfd::FileDialog>>,
}

impl RfdSaveDialog {
    /// Remembers the window as the dialog's parent (called from the UI thread each frame;
    /// only the first call does anything).
    pub fn set_parent(&self, frame: &eframe::Frame) {
        let mut base = self.base.lock().unwrap_or_else(|e| e.into_inner());
        if base.is_none() {
            *base = Some(rfd::FileDialog::new().set_parent(frame));
        }
    }
}

impl SaveDialog for RfdSaveDialog {
    fn choose(&self, folder: &Path, file_name: &str) -> DialogOutcome {
        let base = self.base.lock().unwrap_or_else(|e| e.into_inner()).clone().unwrap_or_default();
        let dialog = base
            .set_title("Export backup")
            .set_directory(folder)
            .set_file_name(file_name)
            .add_filter("Parquet backup", &["parquet"]);
        match dialog.save_file() {
            Some(path) => DialogOutcome::Chosen(path),
            None => DialogOutcome::NoChoice,
        }
    }
}
