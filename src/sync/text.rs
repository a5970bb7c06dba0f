//! A sync report and a folder's status as lines a lifter reads (`gymlog sync`): what was sent,
//! received, skipped and compacted, the devices in the folder and the sets changed on two
//! devices. Times in local time.

use std::io::Write;

use chrono::{DateTime, Local, Utc};

use super::report::{DeviceSeen, SkippedFile, SyncReport};
use super::run::FolderStatus;
use crate::backup::export::human_size;

fn local(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string()
}

/// `<device id>/events-000003.parquet` → `events-000003.parquet`.
fn file_name(key: &str) -> &str {
    key.rsplit('/').next().unwrap_or(key)
}

impl SyncReport {
    pub fn write_text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(out, "sync folder:   {}", self.folder.display())?;
        writeln!(out, "this device:   {} ({})", self.device_name, self.device_id)?;
        if self.encrypted {
            writeln!(out, "encryption:    on (every file this device writes is encrypted)")?;
        }
        if let Some(problem) = &self.state_problem {
            writeln!(out, "note:          {problem}")?;
        }
        match &self.written {
            Some(w) => {
                writeln!(out, "sent:          {} events in {} ({})", w.events, file_name(&w.file), human_size(w.bytes))?
            }
            None => writeln!(out, "sent:          nothing new")?,
        }
        if self.merged.is_empty() {
            writeln!(out, "received:      nothing new")?;
        }
        for m in &self.merged {
            let conflicts = match m.conflicts {
                0 => String::new(),
                n => format!(", {n} conflicts (this database's version kept)"),
            };
            writeln!(
                out,
                "received:      {} new events of {} from {} ({}){conflicts}",
                m.added,
                m.events,
                m.device_name,
                file_name(&m.file)
            )?;
        }
        if let Some(c) = &self.compacted {
            writeln!(
                out,
                "compacted:     {} files into {} ({} events)",
                c.removed.len(),
                file_name(&c.file),
                c.events
            )?;
        }
        if !self.plain_removed.is_empty() {
            writeln!(
                out,
                "encrypted:     {} plain files of this device removed (their events are in encrypted files)",
                self.plain_removed.len()
            )?;
        }
        write_skipped(&self.skipped, out)?;
        write_devices(&self.devices, out)?;
        for note in &self.changed_on_two_devices {
            writeln!(
                out,
                "changed on two devices: a set of {} — {}'s edit ({}) counts, {}'s ({}) was made without seeing it",
                note.exercise.as_deref().unwrap_or("an exercise"),
                note.kept.device_name,
                local(note.kept.created_at),
                note.set_aside.device_name,
                local(note.set_aside.created_at)
            )?;
        }
        writeln!(out, "database:      {} events", self.events_after)
    }
}

impl FolderStatus {
    pub fn write_text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(out, "sync folder:   {}", self.folder.display())?;
        let last = self.last_sync.map_or_else(|| "never".to_string(), local);
        writeln!(out, "last sync:     {last}")?;
        match (self.encrypted, self.unlocked) {
            (false, _) => writeln!(out, "encryption:    off")?,
            (true, true) => writeln!(out, "encryption:    on, unlocked (this device holds the folder's key)")?,
            (true, false) => {
                return writeln!(
                    out,
                    "encryption:    on, locked: give the folder's passphrase (gymlog sync --passphrase-file FILE)"
                );
            }
        }
        write_devices(&self.devices, out)?;
        match self.not_merged.len() {
            0 => writeln!(out, "to receive:    nothing")?,
            n => writeln!(out, "to receive:    {n} files (run gymlog sync)")?,
        }
        write_skipped(&self.skipped, out)
    }
}

fn write_skipped(skipped: &[SkippedFile], out: &mut dyn Write) -> std::io::Result<()> {
    for s in skipped {
        writeln!(out, "skipped:       {}: {}", s.file, s.reason)?;
    }
    Ok(())
}

fn write_devices(devices: &[DeviceSeen], out: &mut dyn Write) -> std::io::Result<()> {
    for (i, d) in devices.iter().enumerate() {
        let label = if i == 0 { "devices:" } else { "" };
        let this = if d.this_device { " (this device)" } else { "" };
        let last = d.last_file_at.map_or_else(|| "no file yet".to_string(), |t| format!("last file {}", local(t)));
        let files = if d.files == 1 { "file" } else { "files" };
        writeln!(out, "{label:<15}{}{this}: {} {files}, {} events, {last}", d.name, d.files, d.events)?;
    }
    Ok(())
}
