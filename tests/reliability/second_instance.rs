//! Fault 6, a second instance: with the real window open on a store (under Xvfb), a second
//! `gymlog` window, `gymlog export` and `gymlog stats` each stop with a message that says
//! GymLog is already open (export points to Export backup in the window); nothing panics, no
//! file is written, the counter stays, and the store is intact afterwards. Skipped, visibly,
//! where there is no Xvfb.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use gymlog::paths::Paths;

use crate::support::{counter, fingerprint, gymlog, run, skipped, small_store, stderr};

/// A private X display, stopped on drop.
struct Display {
    name: String,
    server: Child,
}

impl Display {
    fn start() -> Result<Display, String> {
        let number = 300 + std::process::id() % 4000;
        let server = Command::new("Xvfb")
            .args([&format!(":{number}"), "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("Xvfb cannot start ({e}); .ci/run installs it"))?;
        let socket = format!("/tmp/.X11-unix/X{number}");
        wait_for("the X display", || Path::new(&socket).exists())?;
        Ok(Display { name: format!(":{number}"), server })
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// Polls `done` every 100 ms for up to a minute.
fn wait_for(what: &str, mut done: impl FnMut() -> bool) -> Result<(), String> {
    let started = Instant::now();
    while !done() {
        if started.elapsed() > Duration::from_secs(60) {
            return Err(format!("{what} was not ready after a minute"));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// The process holding a write lock on `path` (DuckDB locks its file with `fcntl`), found
/// with `F_GETLK`, which takes no lock.
fn lock_holder(path: &Path) -> Option<u32> {
    use std::os::fd::AsRawFd;
    let file = std::fs::OpenOptions::new().read(true).write(true).open(path).ok()?;
    // SAFETY: a plain C struct, zeroed, then filled in; fcntl only reads and writes it.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as libc::c_short;
    lock.l_whence = libc::SEEK_SET as libc::c_short;
    // SAFETY: a valid descriptor and a valid flock for the duration of the call.
    let asked = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GETLK, &mut lock) };
    (asked == 0 && lock.l_type != libc::F_UNLCK as libc::c_short).then_some(lock.l_pid as u32)
}

#[test]
fn a_second_gymlog_is_told_the_first_is_open() {
    let display = match Display::start() {
        Ok(display) => display,
        Err(why) => return skipped("a second instance beside the real window", &why),
    };
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(&dir.path().join("home"));
    small_store(&paths, 10);
    let before = fingerprint(&paths);
    let mut window = gymlog(&paths)
        .env("DISPLAY", &display.name)
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Open once its process holds the database's lock (asked without taking it: a probe
    // that opened the store could itself keep the window out).
    let store_file = paths.store_file();
    let opened = wait_for("the window", || {
        assert!(window.try_wait().unwrap().is_none(), "the window closed");
        lock_holder(&store_file) == Some(window.id())
    });
    if let Err(why) = opened {
        let _ = window.kill();
        panic!("{why}");
    }

    let dest = dir.path().join("b.parquet");
    let export = run(&paths, &["export", "--out", dest.to_str().unwrap()]);
    let said = stderr(&export);
    assert!(!export.status.success());
    assert!(said.contains("cannot export while GymLog is open: use Export backup in its window"), "{said}");
    assert!(!dest.exists(), "no file");

    let stats = run(&paths, &["stats"]);
    assert!(!stats.status.success());
    assert!(stderr(&stats).contains("already open in another process"), "{}", stderr(&stats));

    let second = gymlog(&paths).env("DISPLAY", &display.name).output().unwrap();
    let said = stderr(&second);
    assert!(!second.status.success(), "the second window does not open");
    assert!(said.contains("already open in another process") && said.contains("PID"), "{said}");
    for output in [&export, &stats, &second] {
        assert!(!stderr(output).contains("panicked"), "{}", stderr(output));
    }

    assert!(window.try_wait().unwrap().is_none(), "the window stayed open throughout");
    window.kill().unwrap();
    window.wait().unwrap();
    assert_eq!(fingerprint(&paths), before, "the store is intact");
    assert_eq!(counter(&paths), 10, "the counter is unchanged");
}
