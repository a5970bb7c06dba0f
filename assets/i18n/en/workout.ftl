# The live workout: the start screen, the set tables, the workout's bar, the questions before
# logging or finishing, and a program day's targets.

# The start screen.
workout-start-title = Start a workout
workout-empty-log = Your training log is empty. Start a workout, add exercises and log your sets: each set is saved the moment you log it.
workout-start = Start workout
workout-name = Name (optional):
workout-name-hint = e.g. Push day
workout-bring-history = Bring your history along
workout-bring-history-hint = From Strong, Hevy, FitNotes, JEFIT, Liftosaur or GymBook: GymLog finds the app from the file. Or restore a GymLog backup from another computer.
workout-import = Import from Strong, Hevy, FitNotes…
workout-restore = Restore a backup…
workout-repeat-recent = Repeat a recent workout
workout-repeat = Repeat
workout-repeat-named = Repeat { $workout }
# A workout without a name or exercises.
workout-untitled = Workout
# Between names in a list: "Squat, Bench Press", "Mon, Wed".
workout-list-separator = {", "}
workout-this-week = This week
workout-no-workout-this-week = No workout yet this week.
workout-recent-records = Recent records
# The value a record beat.
workout-was = was { $value }

# The live workout.
workout-add-exercise = Add an exercise
workout-add-exercise-below = Add an exercise below to start logging sets.
workout-discard = Discard workout
workout-discard-question = Discard this workout and its sets?
workout-discard-yes = Yes, discard

# The workout's bar.
workout-sets-logged = { $count ->
    [one] { $count } set logged
   *[other] { $count } sets logged
}
workout-finish = Finish
workout-add-exercise-bar = Add exercise…
# Before the rest left: "Rest 2:58".
workout-rest = Rest
workout-rest-over = Rest over — next set!
workout-rest-minus = -15 s
workout-rest-plus = +15 s
workout-skip-rest = Skip rest

# The set table's headings.
workout-set = Set
workout-previous = Previous
workout-pace = Pace
workout-plates = Plates / side
workout-bar-only = bar only
# One set of an exercise, for screen readers: "Squat set 2" (then "weight", "reps"…).
workout-set-of = { $exercise } set { $number }
workout-add-set = + Add set
workout-add-set-of = Add a set of { $exercise }
workout-saving = Saving to disk
workout-being-saved = { $who } is being saved
# The mark of a set that set a personal record.
workout-pr = PR
workout-new-record = New record: { $records }
workout-is-record = { $who } is a record: { $records }
workout-logged = Logged
workout-is-logged = { $who } is logged
workout-edited = Edited, not saved yet: press Enter or Update
workout-has-changes = { $who } has changes not saved yet
workout-next-set = The next set
workout-is-next = { $who } is next
workout-pace-of = { $who } pace { $pace }
workout-plates-of = { $who } plates { $plates }
workout-update = Update
workout-done = Done
workout-update-named = Update { $who }
workout-complete-named = Complete { $who }
workout-set-menu = Type, note, remove
workout-more-for = More for { $name }
workout-note-of = { $who } note { $note }
workout-set-type = Set type
workout-note = Note
workout-remove-set = Remove set
workout-remove-named = Remove { $name }

# An exercise's header and its menu.
workout-records = Records
workout-records-of = Records of { $exercise }
workout-superset = Superset { $letter }
workout-rest-between = { $rest } between sets
workout-rests-between = { $exercise } rests { $rest } between sets
workout-rest-shorter = { $exercise } rest shorter
workout-rest-longer = { $exercise } rest longer
workout-more = More
workout-remove-question = Remove { $exercise } and its { $count } logged sets?
workout-yes-remove = Yes, remove
workout-add-warm-ups = Add warm-up sets
workout-add-warm-ups-to = Add warm-up sets to { $exercise }
workout-leave-superset = Leave superset
workout-leave-superset-named = Take { $exercise } out of the superset
workout-superset-with = Superset with
workout-superset-with-named = Superset { $exercise } with { $other }
workout-superset-with-menu = Superset { $exercise } with
workout-move-up = Move up
workout-move-down = Move down
workout-move-up-named = Move { $exercise } up
workout-move-down-named = Move { $exercise } down
workout-remove-exercise = Remove exercise
workout-remove-exercise-ask = Remove exercise…

# A set that looks like a typo, and input not in the log at Finish.
workout-check-set = Check this set
workout-log-anyway = Log it anyway
workout-let-me-fix = Let me fix it
workout-not-in-log = Not in your log yet
workout-pending-typed = { $count ->
    [one] { $count } set typed but not logged
   *[other] { $count } sets typed but not logged
}
workout-pending-edited = { $count ->
    [one] { $count } edit to logged sets not applied
   *[other] { $count } edits to logged sets not applied
}
workout-pending = { $pending }.
workout-log-and-finish = Log them and finish
workout-drop-and-finish = Drop them and finish
workout-keep-logging = Keep logging

# The summary before saving.
workout-summary = Workout summary
workout-summary-duration = Duration: { $duration }
workout-summary-sets = Sets: { $count }
workout-summary-volume = Volume: { $volume } { $unit }
workout-no-new-records = No new records this time.
workout-new-records = New records ({ $count }):
workout-record-line = { $exercise } — { $record }: { $now } (was { $was })
workout-discard-ask = Discard…
workout-save-as-routine = Save as a routine named:
workout-save-routine = Save routine

# A program day's target and its override, this session only.
workout-target = Target { $sets }
workout-target-overridden = Target { $target } (overridden; the program's: { $program })
workout-override-target = Override target
workout-target-weight = Weight ({ $unit }):
workout-target-reps = Reps:
workout-target-same = same
workout-apply = Apply
workout-override-named = Override the { $exercise } target
workout-target-weight-named = { $exercise } target weight
workout-target-reps-named = { $exercise } target reps
workout-apply-named = Apply the { $exercise } target
