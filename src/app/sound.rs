//! Playing the rest-end chime (`domain::tone`) without an audio library: the WAV is written
//! once to the temp folder and handed to the platform's own player on a background thread —
//! PipeWire's `pw-play`, PulseAudio's `paplay` or ALSA's `aplay` on Linux, `afplay` on macOS,
//! the .NET `SoundPlayer` through PowerShell on Windows. An audio crate (cpal, rodio) would
//! need the ALSA development headers to build on Linux, which a fresh machine lacks; a
//! missing player only means no sound, never an error in the lifter's way.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// Something that can play the chime (a fake in tests counts the plays).
pub trait Chime: Send + Sync {
    /// Starts the chime and returns at once.
    fn play(&self);
}

/// The chime through the system's player.
pub struct SystemChime;

impl Chime for SystemChime {
    fn play(&self) {
        std::thread::spawn(|| {
            if let Err(e) = play_blocking() {
                // Once per run is enough: the timer still shows "Rest over".
                static WARNED: OnceLock<()> = OnceLock::new();
                WARNED.get_or_init(|| eprintln!("gymlog: no rest-end sound: {e}"));
            }
        });
    }
}

/// The chime's WAV in the temp folder, written on first use.
fn chime_file() -> std::io::Result<&'static Path> {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    if let Some(path) = FILE.get() {
        return Ok(path);
    }
    let path = std::env::temp_dir().join(format!("gymlog-chime-{}.wav", std::process::id()));
    std::fs::write(&path, crate::domain::tone::chime_wav())?;
    Ok(FILE.get_or_init(|| path))
}

/// The players to try, in order, for this platform.
fn players(file: &Path) -> Vec<Command> {
    let command = |program: &str, args: &[&str]| {
        let mut c = Command::new(program);
        c.args(args).arg(file);
        c
    };
    if cfg!(target_os = "macos") {
        vec![command("afplay", &[])]
    } else if cfg!(windows) {
        let script = format!("(New-Object Media.SoundPlayer '{}').PlaySync()", file.display());
        let mut c = Command::new("powershell");
        c.args(["-NoProfile", "-NonInteractive", "-Command", &script]);
        vec![c]
    } else {
        vec![command("pw-play", &[]), command("paplay", &[]), command("aplay", &["-q"])]
    }
}

fn play_blocking() -> Result<(), String> {
    let file = chime_file().map_err(|e| format!("could not write the chime: {e}"))?;
    let mut tried = Vec::new();
    for mut player in players(file) {
        let name = player.get_program().to_string_lossy().into_owned();
        match player.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).status() {
            Ok(status) if status.success() => return Ok(()),
            Ok(status) => tried.push(format!("{name} ({status})")),
            Err(_) => tried.push(format!("{name} (not installed)")),
        }
    }
    Err(format!("no audio player worked: {}", tried.join(", ")))
}
