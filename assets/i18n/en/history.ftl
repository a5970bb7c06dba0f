# The History screen: the list of saved workouts, one workout in full, its change history,
# and correcting a saved workout.

history-empty-title = No workouts yet
history-empty-hint = Every workout you save is listed here, newest first, to look back on, correct or repeat. Start one on the Workout screen, or bring your history from Strong, Hevy, FitNotes, JEFIT, Liftosaur or GymBook with Import.
history-go-to-workout = Go to Workout
history-choose = Choose a workout on the left to see it in full, correct it or repeat it.
history-search = Search:
history-search-hint = workout name or note
history-exercise = Exercise:
history-all-exercises = All exercises
# How many workouts the filters leave, of all saved.
history-workouts-of = { $count ->
    [one] { $count } workout of { $total }
   *[other] { $count } workouts of { $total }
}
history-no-match-title = No workout matches
history-no-match-hint = No saved workout has that in its name or note, or that exercise. Try another word, or All exercises.
history-minutes = { $minutes } min

history-imported-from = Imported from { $source }
history-note = Note: { $note }
history-edit = Edit workout
history-edit-named = Edit { $workout }
history-repeat = Repeat this workout
history-save-as-routine = Save as routine
history-save-as-routine-named = Save { $workout } as a routine
history-delete = Delete workout…
history-delete-question = Delete this workout?
history-delete-yes = Yes, delete
# A superset's letter: A, B, C…
history-superset = Superset { $letter }
history-records = Records
history-records-of = Records of { $exercise }
history-set = Set
history-type = Type
history-done = Done
history-rpe = RPE
history-set-note = Note
# One set of an exercise, for screen readers: "Squat set 2".
history-set-of = { $exercise } set { $number }

history-set-type-normal = Normal
history-set-type-warm-up = Warm-up
history-set-type-drop = Drop
history-set-type-failure = Failure
history-set-type-cool-down = Cool-down

history-change-history = Change history ({ $count })
history-never-changed = Never changed since it was logged.
history-change-set-added = Added a set of { $exercise }: { $set }
history-change-set-removed = Removed a set of { $exercise }: { $set }
history-change-set-changed = Changed a set of { $exercise }: { $changes }
history-change-became = { $before } became { $after }
history-change-type = type { $before } became { $after }
history-change-rpe = RPE { $before } became { $after }
history-change-none = none
history-change-note = note "{ $note }"
history-change-nothing-visible = no visible change
history-change-separator = {", "}
history-change-no-name = (no name)
history-change-renamed = renamed "{ $before }" to "{ $after }"
history-change-moved = moved from { $before } to { $after }
history-change-unknown = unknown
history-change-duration = duration { $before } became { $after }
history-change-workout = Workout { $changes }

history-edit-title = Correct this workout
history-edit-hint = Changes are recorded as new events when you save: the original stays in the log, and Undo takes them back.
history-edit-name = Workout name
history-edit-start = Start (YYYY-MM-DD HH:MM)
history-edit-duration = Duration (minutes)
history-edit-remove = Remove
history-edit-remove-named = Remove { $set }
history-edit-add-set = + Add set
history-edit-add-set-named = Add a set of { $exercise }
history-edit-save = Save changes
history-edit-cancel = Cancel

# Messages of correcting a workout and of reading the history.
history-undo-correct = correct { $workout }
history-nothing-changed = Nothing changed.
history-corrected = Workout corrected. Undo takes it back.
history-refresh-failed = Could not refresh the history: { $detail }
history-start-invalid = start `{ $start }` is not a date and time like 2026-03-14 18:30
history-start-not-on-clock = { $start } does not exist on this computer's clock
history-start-in-future = the start is in the future
history-duration-invalid = duration `{ $duration }` is not a number of minutes (0–1440)
history-set-problem = { $exercise } set { $number }: { $problem }
