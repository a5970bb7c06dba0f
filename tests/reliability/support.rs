//! What the fault tests share: the real `gymlog` binary, a seeded random source (the seed is
//! printed, and `GYMLOG_FAULT_SEED` replays a run), a fingerprint of a store (event count and a
//! checksum of every id), small tmpfs mounts for full disks, and a visible "skipped".

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use gymlog::backup::state::{BackupState, BackupStateFile};
use gymlog::paths::Paths;
use gymlog::store::Store;

/// The real program, built by cargo for the integration tests.
pub fn gymlog(paths: &Paths) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gymlog"));
    command.arg("--data-dir").arg(&paths.data_dir).arg("--config-dir").arg(&paths.config_dir);
    command.env_remove("GYMLOG_DATA_DIR").env_remove("GYMLOG_CONFIG_DIR");
    command
}

pub fn run(paths: &Paths, args: &[&str]) -> Output {
    gymlog(paths).args(args).output().expect("gymlog runs")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Says on the real stderr (not swallowed by the test harness) that a check could not run here.
pub fn skipped(what: &str, why: &str) {
    let _ = writeln!(std::io::stderr(), "SKIPPED: {what}: {why}");
}

/// Says on the real stderr what a long fault test is doing.
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr(), "reliability: {text}");
}

/// xorshift64*: enough randomness to choose kill points, reproducible from its seed.
pub struct Rng(u64);

impl Rng {
    /// Seeded from `GYMLOG_FAULT_SEED`, else from the clock; the seed is printed either way.
    pub fn from_env(test: &str) -> Rng {
        let seed = std::env::var("GYMLOG_FAULT_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64)
        });
        note(&format!("{test}: seed {seed} (GYMLOG_FAULT_SEED={seed} replays it)"));
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `range`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// What a store holds, to compare before and after a fault: the event count and an
/// order-independent checksum of every event id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub events: u64,
    pub ids: u128,
}

pub fn fingerprint(paths: &Paths) -> Fingerprint {
    let store = Store::open(&paths.store_file()).expect("the store opens");
    let mut print = Fingerprint { events: 0, ids: 0 };
    store
        .for_each_event(|event| {
            print.events += 1;
            print.ids = print.ids.wrapping_add(event.id.as_u128().wrapping_mul(0x9e37_79b9_7f4a_7c15));
        })
        .expect("every event of the store decodes");
    store.close().expect("the store closes");
    print
}

/// A store and a backup state with a little history, the counter at `workouts_since_backup`.
pub fn small_store(paths: &Paths, workouts_since_backup: u32) {
    paths.create().unwrap();
    let store = Store::open(&paths.store_file()).unwrap();
    let mut events = Vec::new();
    for n in 0..3u128 {
        events.extend(crate::common::workout(n + 1, n as i64 * 1440, "Squat", 100.0 + n as f64, 4));
    }
    store.append(&events).unwrap();
    store.close().unwrap();
    set_counter(paths, workouts_since_backup);
}

pub fn set_counter(paths: &Paths, workouts_since_backup: u32) {
    let state = BackupState { workouts_since_backup, ..BackupState::default() };
    BackupStateFile::new(paths.backup_state_file()).save(&state).unwrap();
}

pub fn counter(paths: &Paths) -> u32 {
    let loaded = BackupStateFile::new(paths.backup_state_file()).load();
    assert_eq!(loaded.problem, None, "backup.json reads back");
    loaded.state.workouts_since_backup
}

/// The names in `dir`, sorted.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

/// A tmpfs of `size` mounted at a new folder, unmounted on drop; `None` (with the reason)
/// where this process may not mount one (not root, or no mount permission in a container).
pub struct Tmpfs {
    pub dir: PathBuf,
    _parent: tempfile::TempDir,
}

impl Tmpfs {
    pub fn mount(size: &str) -> Result<Tmpfs, String> {
        Tmpfs::mount_with(&format!("size={size},mode=0755"))
    }

    /// An empty tmpfs mounted read-only.
    pub fn mount_read_only(size: &str) -> Result<Tmpfs, String> {
        Tmpfs::mount_with(&format!("ro,size={size},mode=0755"))
    }

    fn mount_with(options: &str) -> Result<Tmpfs, String> {
        #[cfg(target_os = "linux")]
        {
            let parent = tempfile::tempdir().map_err(|e| e.to_string())?;
            let dir = parent.path().join("small-disk");
            std::fs::create_dir(&dir).map_err(|e| e.to_string())?;
            let mounted = Command::new("mount")
                .args(["-t", "tmpfs", "-o", options, "gymlog-test"])
                .arg(&dir)
                .output()
                .map_err(|e| format!("mount cannot run: {e}"))?;
            if !mounted.status.success() {
                return Err(format!("cannot mount a tmpfs here: {}", String::from_utf8_lossy(&mounted.stderr).trim()));
            }
            Ok(Tmpfs { dir, _parent: parent })
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = options;
            Err("small tmpfs disks are mounted on Linux only".into())
        }
    }

    /// Fills the disk: writes until the file system says it is full.
    pub fn fill(&self) -> PathBuf {
        let filler = self.dir.join("filler");
        let mut file = std::fs::File::create(&filler).unwrap();
        let block = vec![0xa5u8; 64 * 1024];
        loop {
            if let Err(e) = file.write_all(&block) {
                assert_eq!(e.raw_os_error(), Some(28), "the disk is full (ENOSPC): {e}");
                break;
            }
        }
        // The last partial block: byte by byte.
        while file.write_all(&[0]).is_ok() {}
        let _ = file.sync_all();
        filler
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
    }
}
