//! The native dialogs (rfd: the desktop portal on Linux): file dialogs parented to the window
//! and run on a background thread by the app layer, and the message box that explains why
//! GymLog cannot start.

use std::path::Path;
use std::sync::Mutex;

use crate::app::{DialogOutcome, FILE_FILTERS, FileDialog, FileFilter};
use crate::i18n::{I18n, Language};

/// rfd's dialogs, with the window as their parent once the window exists.
#[derive(Default)]
pub struct RfdFileDialog {
    base: Mutex<Option<rfd::FileDialog>>,
    titles: Mutex<Option<Titles>>,
}

/// The dialogs' titles in the window's language.
struct Titles {
    language: Language,
    export: String,
    open: String,
    folder: String,
    /// The file filters' names, by message id.
    filters: Vec<(&'static str, String)>,
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

    /// Titles the dialogs in the window's language (called each frame; only a change of
    /// language does anything).
    pub fn set_language(&self, i18n: &I18n) {
        let mut titles = self.titles.lock().unwrap_or_else(|e| e.into_inner());
        if titles.as_ref().is_none_or(|t| t.language != i18n.language()) {
            *titles = Some(Titles {
                language: i18n.language(),
                export: i18n.t("shell-dialog-export").to_string(),
                open: i18n.t("shell-dialog-open").to_string(),
                folder: i18n.t("shell-dialog-choose-folder").to_string(),
                filters: FILE_FILTERS.iter().map(|f| (f.name_id, i18n.t(f.name_id).to_string())).collect(),
            });
        }
    }

    /// A dialog's title: `pick` chooses it from the titles (English before the first frame).
    fn title(&self, pick: fn(&Titles) -> &str, id: &str) -> String {
        let titles = self.titles.lock().unwrap_or_else(|e| e.into_inner());
        titles.as_ref().map_or_else(|| super::widgets::english().t(id).to_string(), |t| pick(t).to_string())
    }

    /// A file filter's name (English before the first frame).
    fn filter_name(&self, filter: FileFilter) -> String {
        let titles = self.titles.lock().unwrap_or_else(|e| e.into_inner());
        let named = titles.as_ref().and_then(|t| t.filters.iter().find(|(id, _)| *id == filter.name_id));
        named.map_or_else(|| super::widgets::english().t(filter.name_id).to_string(), |(_, name)| name.clone())
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
        let title = self.title(|t| &t.export, "shell-dialog-export");
        let dialog =
            self.base(&title, folder).set_file_name(file_name).add_filter(self.filter_name(filter), filter.extensions);
        outcome(dialog.save_file())
    }

    fn open(&self, folder: &Path, filter: FileFilter) -> DialogOutcome {
        let title = self.title(|t| &t.open, "shell-dialog-open");
        outcome(self.base(&title, folder).add_filter(self.filter_name(filter), filter.extensions).pick_file())
    }

    fn pick_folder(&self, folder: &Path) -> DialogOutcome {
        let title = self.title(|t| &t.folder, "shell-dialog-choose-folder");
        outcome(self.base(&title, folder).pick_folder())
    }
}

/// Says in a window why GymLog cannot start (started from a desktop menu, nobody reads stderr),
/// titled in the system's language (the preferences are not read yet).
pub fn show_startup_error(message: &str) {
    let i18n = I18n::for_choice(crate::i18n::LanguageChoice::System);
    let _ = rfd::MessageDialog::new()
        .set_title(i18n.t("shell-startup-error-title"))
        .set_description(message)
        .set_level(rfd::MessageLevel::Error)
        .show();
}
