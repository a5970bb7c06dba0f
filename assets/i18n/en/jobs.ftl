# Work the window does in the background (exports, restores, imports, queries, sync), the
# native file dialogs' filters, and what the window says when such work cannot start or fails.

jobs-busy-history = Your history is still loading.
jobs-busy-file-dialog = A file dialog is already open.
jobs-busy-export = An export is already running.
jobs-busy-auto-backup = An automatic backup is already running.
jobs-busy-restore = A restore is already running.
jobs-busy-import = An import is already running.
jobs-busy-query = A query is already running.
jobs-busy-recount = Your records are still being counted.
jobs-busy-sync = A sync is already running.
jobs-history-loading = Your history is still loading: try again once it is on screen.
jobs-no-thread = Could not start a background task: { $detail }
jobs-crashed = A background task ({ $task }) failed: { $detail }
jobs-not-saved = Not saved: { $detail }
jobs-not-saved-reloaded = Not saved: { $detail }. Your workout is shown again as the database has it: check the last sets.
shell-dialog-filter-backup = GymLog backup (Parquet)
shell-dialog-filter-csv = CSV
shell-dialog-filter-exports = Workout app exports
