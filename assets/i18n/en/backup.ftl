# Backups: the reminder, export, restore, automatic backups, the team dataset.

backup-section = Backup
backup-remind-after = Remind me after this many workouts without a backup:
backup-never = never
backup-since-last = Workouts since the last backup: { $count } (last backup: { $last })
backup-export-now = Export backup now…
backup-restore-button = Restore from backup…
backup-browse = Browse…
backup-cancel = Cancel
backup-close = Close

backup-team = Team dataset
backup-team-intro = For a coach: your training as your part of a team folder that DuckDB, Spark and Trino read as one table.
backup-team-folder = Team folder:
backup-team-folder-name = Team folder
backup-team-your-name = Your name:
backup-team-athlete-name = Athlete name
backup-team-export = Export to team folder

backup-auto = Automatic backups
backup-auto-enabled = Back up automatically
backup-auto-folder = Folder:
backup-auto-choose = Choose…
backup-auto-choose-name = Choose the automatic backup folder
backup-auto-when = When:
backup-auto-every-workout = after every saved workout
backup-auto-daily = once a day
backup-auto-keep = Keep the newest:
backup-auto-last = Last automatic backup: { $at }
backup-auto-last-file = Last automatic backup: { $path } ({ $events } events)
backup-auto-failed = Automatic backup failed: { $detail }. The reminder counter is unchanged.
backup-auto-no-folder = Choose an existing folder for automatic backups ({ $path } is not one).

backup-export-title = Export backup
backup-format-backup = Backup (Parquet, every event)
backup-format-csv = Sets as CSV (for spreadsheets; not a backup)
backup-export-backup-intro = Every workout you have logged goes into one Parquet file, checked before it counts.
backup-export-csv-intro = One row per set of every saved workout. A CSV is not a backup: the reminder stays.
backup-save-to = Save to:
backup-export = Export
backup-exporting = Exporting…
backup-export-loading = Your history is still loading: the export can start once it is on screen.
backup-waiting-save-dialog = Waiting for the save dialog…
backup-in-progress = A workout is in progress: the backup will hold it as unfinished. The export goes ahead.
backup-export-no-choice = No file chosen. Type a path above and press Export, or Browse… again.
backup-export-running = An export is already running.
backup-export-cannot-start = could not start the export: { $detail }
backup-exporting-to = Exporting to { $path } …
backup-writing = Writing { $path } …
backup-saved = Backup saved: { $events } events, { $size } to { $path }
backup-failed = Backup failed: { $detail }. Nothing was written; the reminder stays.
backup-csv-written = { $detail } (a CSV is not a backup)
backup-csv-failed = The CSV export failed: { $detail }. Nothing was written.
backup-team-cannot = Could not export to the team folder: { $detail }
backup-team-written = Wrote { $events } events to the team folder { $path } (a dataset is not a backup)
backup-team-failed = The team export failed: { $detail }. The folder keeps its previous version.

backup-restore-title = Restore from backup
backup-restore-intro = A restore adds the backup's events that this database does not have. Nothing you logged here is changed or removed.
backup-restore-file = Backup file:
backup-check = Check
backup-waiting-file-dialog = Waiting for the file dialog…
backup-checking = Checking the backup: every value, its checksum, every event…
backup-sound = The backup is sound: { $events }, { $workouts }, { $from } to { $to } (written by GymLog { $version }).
backup-count-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
backup-count-saved-workouts = { $count ->
    [one] { $count } saved workout
   *[other] { $count } saved workouts
}
backup-would-add = Restoring adds { $events }; { $present ->
    [one] { $present } is
   *[other] { $present } are
} already here; { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
} (your version is kept).
backup-session-untouched = Your workout in progress is not touched.
backup-restore-events = Restore { $events }
backup-restoring = Restoring: adding the events in one transaction…
backup-restored-panel = Restored: { $added } added; the database now holds { $total }.
backup-restore-no-choice = No file chosen. Type the backup's path above and press Check, or Browse… again.
backup-restored = Restored { $added } events ({ $present } were already here); your History is being refreshed.
backup-restore-failed = Restore failed: { $detail }
