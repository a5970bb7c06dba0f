//! Where GymLog keeps its files (DESIGN.md §3): the data dir (the event store) and the config
//! dir (backup state), from the platform's conventions unless overridden by a flag or an
//! environment variable.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};

pub const DATA_DIR_ENV: &str = "GYMLOG_DATA_DIR";
pub const CONFIG_DIR_ENV: &str = "GYMLOG_CONFIG_DIR";
pub const STORE_FILE: &str = "gymlog.duckdb";
pub const BACKUP_STATE_FILE: &str = "backup.json";
/// This installation's identity in sync folders (`sync::device`).
pub const SYNC_DEVICE_FILE: &str = "sync-device.json";

/// The two directories GymLog uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub data_dir: PathBuf,
    pub config_dir: PathBuf,
}

impl Paths {
    /// Resolves the directories: an explicit override (command-line flag, or the environment
    /// variable clap read for it) wins, else the platform default
    /// (`$XDG_DATA_HOME/gymlog`, `$XDG_CONFIG_HOME/gymlog` on Linux).
    pub fn resolve(data_dir: Option<PathBuf>, config_dir: Option<PathBuf>) -> Result<Paths> {
        let project = || {
            directories::ProjectDirs::from("", "", "gymlog")
                .ok_or_else(|| anyhow!("no home directory found: pass --data-dir and --config-dir"))
        };
        let data_dir = match data_dir {
            Some(dir) => dir,
            None => project()?.data_dir().to_path_buf(),
        };
        let config_dir = match config_dir {
            Some(dir) => dir,
            None => project()?.config_dir().to_path_buf(),
        };
        Ok(Paths { data_dir, config_dir })
    }

    /// Both directories under one root (tests, demos).
    pub fn under(root: &Path) -> Paths {
        Paths { data_dir: root.join("data"), config_dir: root.join("config") }
    }

    pub fn store_file(&self) -> PathBuf {
        self.data_dir.join(STORE_FILE)
    }

    pub fn backup_state_file(&self) -> PathBuf {
        self.config_dir.join(BACKUP_STATE_FILE)
    }

    pub fn sync_device_file(&self) -> PathBuf {
        self.config_dir.join(SYNC_DEVICE_FILE)
    }

    /// Creates both directories if they are missing, readable by their owner only.
    pub fn create(&self) -> Result<()> {
        for dir in [&self.data_dir, &self.config_dir] {
            crate::private_fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_win_and_files_live_inside() {
        let paths = Paths::resolve(Some("/d".into()), Some("/c".into())).unwrap();
        assert_eq!(paths.store_file(), PathBuf::from("/d/gymlog.duckdb"));
        assert_eq!(paths.backup_state_file(), PathBuf::from("/c/backup.json"));
    }

    #[test]
    fn create_makes_both_directories() {
        let root = tempfile::tempdir().unwrap();
        let paths = Paths::under(&root.path().join("deep"));
        paths.create().unwrap();
        assert!(paths.data_dir.is_dir() && paths.config_dir.is_dir());
    }
}
