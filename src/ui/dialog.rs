//! The native dialogs (rfd: the desktop portal on Linux): file dialogs parented to the window
//! and run on a background thread by the app layer, and the message box that explains why
//! GymLog cannot start.

use std::path::Path;
use std::sync::Mutex;

use crate::app::{DialogOutcome, FileDialog, FileFilter};

/// rfd's dialogs, with the window as their parent once the window exists.
#[derive(Default)]
pub struct RfdFileDialog {
    base: Mutex<Option<rfd::FileDialog>>,
}

impl RfdFileDialog {
    /// Remembers the window as the dialogs' parent (called from the UI thread each frame;
    /// only the first call does anything).
    pub fn set_parent(&self, frame: &eframe::Frame) {
        let mut base = self.base.lock().unwrap_or_else(|e| e.into_inner());
        if base.is_none() {
            *base = Some(rfd::FileDialog::new().set_parent(frame));
        }
    }

    fn base(&self, title: &str, folder: &Path) -> rfd::FileDialog {
        let base = self.base.lock().unwrap_or_else(|e| e.into_inner()).clone().unwrap_or_default();
        base.set_title(title).set_directory(folder)
    }
}

fn outcome(path: Option<std::path::PathBuf>) -> DialogOutcome {
    path.map_or(DialogOutcome::NoChoice, DialogOutcome::Chosen)
}

impl FileDialog for RfdFileDialog {
    fn save(&self, folder: &Path, file_name: &str, filter: FileFilter) -> DialogOutcome {
        let dialog = self.base("Export", folder).set_file_name(file_name).add_filter(filter.name, filter.extensions);
        outcome(dialog.save_file())
    }

    fn open(&self, folder: &Path, filter: FileFilter) -> DialogOutcome {
        outcome(self.base("Open", folder).add_filter(filter.name, filter.extensions).pick_file())
    }

    fn pick_folder(&self, folder: &Path) -> DialogOutcome {
        outcome(self.base("Choose a folder", folder).pick_folder())
    }
}

/// Says in a window why GymLog cannot start (started from a desktop menu, nobody reads stderr).
pub fn show_startup_error(message: &str) {
    let _ = rfd::MessageDialog::new()
        .set_title("GymLog cannot open your workouts")
        .set_description(message)
        .set_level(rfd::MessageLevel::Error)
        .show();
}
