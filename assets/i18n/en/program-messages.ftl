# What the programs feature says back: following, stopping and starting a program day,
# copying, saving and deleting a program, a program day's target in the live workout, and why
# a program or one of its rules cannot run. Program names stay as written; exercise names and
# the built-in programs' day names come translated.

# Following, stopping, starting the next day.
program-messages-gone = That program no longer exists.
# "StrongLifts 5×5 cannot be followed: Squat: needs at least one set of at least one rep."
program-messages-cannot-follow = { $program } cannot be followed: { $problem }.
program-messages-following = Following { $program }.
program-messages-stopped = Program stopped.
program-messages-finish-workout-first = Finish or discard the current workout first.
program-messages-follow-first = Follow a program first.
# The name a workout started from a program day gets: "Workout A of StrongLifts 5×5".
program-messages-workout-name = { $day } of { $program }

# Copying, editing, saving and deleting a program.
program-messages-only-own-edited = Only your own programs can be edited: copy a built-in one first.
program-messages-only-own-deleted = Only your own programs can be deleted.
program-messages-stop-before-deleting = You follow { $program }: stop following it before deleting it.
program-messages-deleted = Deleted { $program }.
program-messages-saved = Saved { $program }.

# A program day's target, overridden in the live workout.
program-messages-not-a-program-day = This workout is not a program day.
program-messages-no-target = The program sets no target for { $exercise }.
program-messages-weight-or-reps = Type a weight or reps for the new target.
# What Undo takes back, after "Undo:" and "Undone:".
program-messages-undo-override-target = override the target of { $exercise }

# Why a program cannot run (after "… cannot be saved:" or "… cannot be followed:").
program-messages-no-days = the program has no days
program-messages-empty-day = day “{ $day }” has no exercises
program-messages-exercise-twice = day “{ $day }” has exercise “{ $exercise }” twice
program-messages-track-twice = day “{ $day }” has track “{ $track }” twice
program-messages-track-rules-differ = track “{ $track }” has rules of different kinds or increments on different days
# "Squat: the deload must be above 0 and at most 100 %".
program-messages-bad-rule = { $exercise }: { $problem }

# Why a rule's numbers cannot run, shown under the exercise in the program editor.
program-messages-rule-no-set-or-rep = needs at least one set of at least one rep
program-messages-rule-no-sets = needs at least one set
program-messages-rule-no-stages = needs at least one stage
program-messages-rule-empty-week = every week needs at least one set
program-messages-rule-raise-below-reps = the reps that raise the weight are below the target reps
program-messages-rule-range-upside-down = the top of the rep range is below its bottom
program-messages-rule-off-the-rpe-chart = the RPE chart covers 1–10 reps at RPE 6–10 in half steps
program-messages-rule-deload-percent = the deload must be above 0 and at most 100 %
program-messages-rule-reset-percent = the reset must be above 0 and at most 100 %
program-messages-rule-week-percent = a week's percentage must be above 0 and at most 100 %
program-messages-rule-supplemental-percent = the supplemental percentage must be above 0 and at most 100 %
program-messages-rule-percent = a percentage must be above 0 and at most 100 %
program-messages-rule-negative-reset = the reset amount is negative
program-messages-rule-negative-increment = the increment must be zero or more
