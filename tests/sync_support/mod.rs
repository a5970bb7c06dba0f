//! Devices for the sync tests: each a store, a config dir and an identity of its own in temp
//! folders, synced with a folder through the library's `sync::run`; and a stand-in for a sync
//! tool that copies files between folders in any order.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use gymlog::domain::event::{Event, EventKind, SetFacts};
use gymlog::paths::Paths;
use gymlog::store::Store;
use gymlog::sync::{Device, SyncOptions, SyncReport};
use uuid::Uuid;

pub struct TestDevice {
    pub root: tempfile::TempDir,
    pub paths: Paths,
    pub store: Store,
    pub device: Device,
}

impl TestDevice {
    pub fn new(name: &str) -> TestDevice {
        let root = tempfile::tempdir().unwrap();
        let paths = Paths::under(root.path());
        paths.create().unwrap();
        let store = Store::open(&paths.store_file()).unwrap();
        let device = Device::rename(&paths.sync_device_file(), name).unwrap();
        TestDevice { root, paths, store, device }
    }

    pub fn sync(&self, folder: &Path) -> SyncReport {
        gymlog::sync::run(&self.store, folder, &self.device, &self.paths.config_dir).unwrap()
    }

    pub fn sync_with(&self, folder: &Path, options: &SyncOptions) -> SyncReport {
        gymlog::sync::run_with(&self.store, folder, &self.device, &self.paths.config_dir, options).unwrap()
    }

    /// This device's folder inside `folder`.
    pub fn dir_in(&self, folder: &Path) -> PathBuf {
        gymlog::sync::layout::device_dir(folder, self.device.id)
    }

    pub fn append(&self, events: &[Event]) {
        self.store.append(events).unwrap();
    }

    pub fn ids(&self) -> Vec<Uuid> {
        self.store.events().unwrap().iter().map(|e| e.id).collect()
    }

    /// What every screen is made of: every event in log order, and the `sets` and `workouts`
    /// views as the Insights console reads them.
    pub fn everything(&self) -> (Vec<Event>, String, String) {
        let db = self.store.query_db().unwrap();
        let view = |sql: &str| db.run(sql).unwrap().to_csv();
        (
            self.store.events().unwrap(),
            view("SELECT * FROM sets ORDER BY ALL"),
            view("SELECT * FROM workouts ORDER BY ALL"),
        )
    }

    /// The reps of set `set_id` as the projection has it now.
    pub fn reps_of(&self, set_id: Uuid) -> Option<u32> {
        let history = self.store.history().unwrap();
        let found = history.completed().flat_map(|w| w.sets.clone()).find(|s| s.set_id == set_id);
        found.and_then(|s| s.facts.reps)
    }
}

/// A temp folder standing in for the synced folder.
pub fn folder() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// The first set of a workout made by `common::workout`, and its facts.
pub fn first_set(workout: &[Event]) -> (Uuid, Uuid, SetFacts) {
    workout
        .iter()
        .find_map(|e| match &e.kind {
            EventKind::SetLogged { workout_id, set_id, set } => Some((*workout_id, *set_id, set.clone())),
            _ => None,
        })
        .unwrap()
}

/// A `set_updated` of the first set of `workout` to `reps`, recorded at `at`.
pub fn edit(id: Uuid, at: DateTime<Utc>, workout: &[Event], reps: u32) -> Event {
    let (workout_id, set_id, mut set) = first_set(workout);
    set.reps = Some(reps);
    Event::new(id, at, EventKind::SetUpdated { workout_id, set_id, set })
}

/// Every file (relative path) under `dir`, sorted.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    found.sort();
    found
}

/// What a sync tool does: copies `file` (relative) from one copy of the folder to another,
/// complete, under its final name; a file deleted at the source is deleted at the copy.
pub fn carry(file: &Path, from: &Path, to: &Path) {
    let (source, target) = (from.join(file), to.join(file));
    if source.exists() {
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&source, &target).unwrap();
    } else {
        let _ = std::fs::remove_file(&target);
    }
}

/// Rewrites the Parquet file `path` as `SELECT … FROM src` (a value changed, say) with the
/// very key-value metadata it had: a structurally perfect file whose checksum no longer
/// agrees with its rows, as a silently damaged page reads back.
pub fn rewrite_keeping_metadata(path: &Path, select: &str) {
    let summary = gymlog::store::ParquetFile::open(path).unwrap().summary().unwrap();
    let quote = |t: &str| format!("'{}'", t.replace('\'', "''"));
    let kv: Vec<String> = summary.metadata.iter().map(|(k, v)| format!("{}: {}", quote(k), quote(v))).collect();
    let copy = path.with_extension("rewritten");
    let conn = duckdb::Connection::open_in_memory().unwrap();
    conn.execute_batch(&format!(
        "CREATE VIEW src AS SELECT * FROM read_parquet({});
         COPY ({select}) TO {} (FORMAT parquet, COMPRESSION zstd, KV_METADATA {{{}}})",
        quote(&path.display().to_string()),
        quote(&copy.display().to_string()),
        kv.join(", ")
    ))
    .unwrap();
    std::fs::rename(copy, path).unwrap();
}
