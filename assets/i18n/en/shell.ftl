# The frame around every screen: navigation, undo and redo, the backup reminder, messages,
# the shared note editor and routines, and the app's messages about them.

shell-screen-live = { $screen } (live)
shell-export-backup-ellipsis = Export backup…
shell-export-backup = Export backup
shell-hide-message = Hide this message
shell-closing = Finishing your backup… GymLog closes as soon as it is written.
shell-loading = Loading your history…
shell-undo-hint = Undo: { $label } (Ctrl+Z)
shell-redo-hint = Redo: { $label } (Ctrl+Shift+Z)
shell-backup-never = never
shell-backup-reminder = { $count ->
    [one] { $count } workout since your last backup (last: { $last })
   *[other] { $count } workouts since your last backup (last: { $last })
}
shell-no-cjk-font = No Chinese font found — install Noto Sans CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk)
shell-window-failed = could not open the window: { $detail } (GymLog needs a display; the command line works without one: gymlog --help)
shell-startup-error-title = GymLog cannot open your workouts
shell-dialog-export = Export
shell-dialog-open = Open
shell-dialog-choose-folder = Choose a folder

shell-nothing-to-undo = Nothing to undo.
shell-nothing-to-redo = Nothing to redo.
shell-undone = Undone: { $label }.
shell-redone = Redone: { $label }.
shell-undo-make-superset = make a superset
shell-undo-leave-superset = leave a superset
shell-undo-move-exercise = move an exercise

shell-note = Note
shell-note-add = Add a note to { $exercise }
shell-note-hint = e.g. seat 4, feet high, pause at the bottom
shell-note-field = Note on { $exercise }
shell-note-save = Save note
shell-note-shown = { $exercise } note: { $note }
shell-note-edit = Edit note
shell-note-edit-named = Edit the note on { $exercise }

shell-routines = Routines
shell-routines-empty = No routines yet
shell-routines-empty-hint = A routine is a workout you do again: build one below, or save a finished workout as one from History.
shell-routine-start = Start { $name }
shell-routine-edit = Edit { $name }
shell-routine-delete-question = Delete the routine { $name }?
shell-routine-new = New routine
shell-routine-window = Routine
shell-routine-name = Routine name:
shell-routine-superset = superset { $group }
shell-routine-move-up = Move { $exercise } up in the routine
shell-routine-move-down = Move { $exercise } down in the routine
shell-routine-leave-superset = Leave superset
shell-routine-superset-with-above = Superset with above
shell-routine-remove-exercise = Remove { $exercise } from the routine
shell-routine-target = { $exercise } target { $number }
shell-routine-remove-target = Remove { $target }
shell-routine-add-target = + Target set
shell-routine-add-target-named = Add a target set of { $exercise }
shell-routine-save = Save routine
shell-routine-reps-unit = reps
shell-routine-gone = That routine no longer exists.
shell-routine-needs-name = Give the routine a name.
shell-routine-needs-exercise = Add an exercise to the routine first.
shell-routine-saved = Routine { $name } saved.
shell-routine-deleted = Routine deleted.

shell-warm-ups-need-weight = Type the working weight first: the warm-ups ramp up to it.
shell-warm-ups-not-needed = That weight needs no warm-up from the bar.
shell-warm-ups-already = Your warm-ups already reach that weight.

shell-exercise-rename-own-only = Only your own exercises can be renamed.
shell-exercise-needs-name = Give the exercise a name.
shell-exercise-exists = { $existing } already exists: use Merge to fold { $name } into it.
shell-exercise-merge-own-only = Merge one of your own exercises into another exercise.
shell-exercise-delete-own-only = Only your own exercises can be deleted.
shell-exercise-has-sets = { $name } has logged sets: merge it into another exercise instead.
shell-exercise-deleted = Deleted { $name }.
shell-exercise-renamed = { $from } is now { $to }.
