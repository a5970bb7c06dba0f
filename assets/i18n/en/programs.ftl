# The Programs screen: the programs to follow, the Follow panel with its starting loads, the
# followed program's coming weeks, the replay; the start screen's program section, what a
# session changes, and the program editor. Program names and their sources stay as written.

programs-built-in = Built-in
programs-your-own = Your own
programs-following-mark = (following)
# A day of a program and its exercises: "Workout A: Squat, Bench Press, Barbell Row".
programs-day-line = { $day }: { $exercises }
programs-rules = Rules: { $source }
programs-following = Following { $program }
programs-follow = Follow…
programs-follow-named = Follow { $program }
programs-replay = Replay
programs-replay-named = Replay { $program }
programs-copy-and-edit = Copy and edit
programs-copy-and-edit-named = Copy and edit { $program }
programs-edit-named = Edit { $program }
programs-start-next-day = Start the next day
programs-stop-following = Stop following

# The built-in programs' days.
programs-day-workout-a = Workout A
programs-day-workout-b = Workout B
programs-day-day-1 = Day 1
programs-day-day-2 = Day 2
programs-day-day-3 = Day 3
programs-day-day-4 = Day 4
programs-day-press-day = Press day
programs-day-deadlift-day = Deadlift day
programs-day-bench-day = Bench day
programs-day-squat-day = Squat day
programs-day-push = Push
programs-day-pull = Pull
programs-day-legs = Legs
# 5/3/1's weeks.
programs-wave-week-1 = Week 1
programs-wave-week-2 = Week 2
programs-wave-week-3 = Week 3
programs-wave-deload = Deload

# The coming weeks of the followed program.
programs-week = Week { $number }
programs-coming-weeks = { $weeks ->
    [one] The coming week of { $program }
   *[other] The coming { $weeks } weeks of { $program }
}
programs-coming-note = { $days ->
    [one] If every set is made; a week is one round of its { $days } day.
   *[other] If every set is made; a week is one round of its { $days } days.
}
# An exercise of a day and its sets: "Squat: 5 sets of 62.5 kg × 5".
programs-exercise-line = { $exercise }: { $sets }
# A run of the same set: "5 sets of 100 kg × 5".
programs-sets-of = { $count ->
    [one] { $count } set of { $set }
   *[other] { $count } sets of { $set }
}

# The Follow panel.
programs-follow-hint = Starting loads, proposed from your own sets; change any before following.
programs-starting-load = { $exercise } starting load
programs-follow-with-loads = Follow with these loads
programs-kind-working-weight = working weight
programs-kind-training-max = training max
# Where a proposed load comes from: "from 100 kg × 5 on 20 Nov 2026 · e1RM 116.7 kg · …".
programs-source = from { $set } on { $date } · e1RM { $e1rm } · { $how }
programs-source-working-weight = { $share } % of the { $reps }-rep max the best e1RM of the last { $weeks } weeks gives
programs-source-training-max = { $share } % of the best e1RM of the last { $weeks } weeks
programs-source-one-rep-max = the best e1RM of the last { $weeks } weeks
programs-source-none = no sets in the last { $weeks } weeks — program default

# The replay.
programs-replay-title = What { $program } would have prescribed over the last { $weeks } weeks
# A workout of the replay: "Fri 20 Nov 2026 · Workout A".
programs-replay-session = { $date } · { $day }
programs-replay-none = None of your workouts since { $date } matches a day of { $program }.
programs-replay-note = { $count ->
    [one] { $count } workout since { $date }, from the loads it would have proposed that day; prescribed, then lifted.
   *[other] { $count } workouts since { $date }, from the loads it would have proposed that day; prescribed, then lifted.
}
programs-replay-weeks = Weeks:
programs-replay-exercise = Exercise
programs-replay-prescribed = Prescribed
programs-replay-lifted = Lifted

# The start screen's program section and the workout summary.
programs-section = Program
programs-next = Next: { $day } of { $program }
programs-start-day = Start { $day }
programs-all = All programs
programs-none-followed = No program followed: a program gives every day its target sets.
programs-choose = Choose a program
programs-next-time = Next time:

# What a session changes, an exercise at a time.
programs-outcome-weight-up = { $exercise } +{ $by } next time ({ $to })
programs-outcome-same-weight = { $exercise }: { $weight } again next time
programs-outcome-same-weight-missed = { $exercise }: { $weight } again next time (missed { $failures } of { $deload } before a deload)
programs-outcome-deload = { $exercise }: deload to { $to }
# "Bench Press: stage 2 (6×2+) next time, at 100 kg".
programs-outcome-next-stage = { $exercise }: stage { $stage } ({ $scheme }) next time, at { $weight }
programs-outcome-reset = { $exercise }: reset to { $scheme } at { $weight }
programs-outcome-next-week = { $exercise }: week { $week } of { $weeks } next time
programs-outcome-training-max-up = { $exercise }: training max +{ $by } ({ $to })
programs-outcome-training-max-down = { $exercise }: training max down to { $to } (reps were missed this cycle)
programs-outcome-training-max-set = { $exercise }: training max set to { $to } from this session
programs-outcome-e1rm = { $exercise }: next weights from an e1RM of { $e1rm }
programs-outcome-not-done = { $exercise }: not done, nothing changes
programs-outcome-counted-as-lifted = { $exercise }: counted from the { $lifted } lifted, not the { $planned } planned

# The program editor.
programs-editor-name = Name:
programs-editor-program-name = Program name
programs-editor-unit = Weights and increments in { $unit }.
programs-editor-add-day = Add day
programs-editor-add-exercise = Add exercise:
programs-editor-save = Save program
programs-editor-delete = Delete program
programs-editor-delete-question = Delete this program? Its past workouts stay.
programs-editor-delete-yes = Delete
# A copy's name: "StrongLifts 5×5 (copy)", "StrongLifts 5×5 (copy 2)".
programs-editor-copy-name = { $program } (copy)
programs-editor-copy-name-numbered = { $program } (copy { $number })
programs-editor-day = Day { $number }
# The widgets of a day or an exercise, for screen readers ("Move Day 1: Squat up").
programs-editor-move-up = Move { $what } up
programs-editor-move-down = Move { $what } down
programs-editor-remove = Remove { $what }
programs-editor-add-to = Add { $exercise } to { $day }
programs-editor-add-exercise-to = Add exercise to { $day }
programs-editor-day-name = { $day } name
programs-editor-exercise-tag = { $day }: { $exercise }
# A number field: "Day 1: Squat reps", "Squat deload %".
programs-editor-field = { $what } { $field }
programs-editor-rule-label = { $what } rule
programs-editor-shared = Increment and kind of rule shared with { $days }
programs-editor-add-stage = Add a stage
programs-editor-add-stage-of = Add a stage to { $what }
programs-editor-remove-stage = Remove the last stage
programs-editor-remove-stage-of = Remove the last stage of { $what }
programs-editor-add-group = Add a group of sets
programs-editor-add-group-of = Add a group of sets to { $what }
programs-editor-remove-group = Remove the last group of sets
programs-editor-remove-group-of = Remove the last group of sets of { $what }
programs-editor-needs-name = The program needs a name.
programs-editor-fix-first = Fix this first: { $problem }.
programs-editor-cannot-save = { $program } cannot be saved: { $problem }.
programs-editor-field-gone = { $what } is no longer there
programs-editor-field-switch = { $what } is a switch

# The kinds of rule.
programs-rule-linear = Linear (sets × reps)
programs-rule-double-progression = Double progression (rep range)
programs-rule-wave = Training-max waves (5/3/1)
programs-rule-stages = Stages on failure (GZCLP T1/T2)
programs-rule-amrap = AMRAP threshold (GZCLP T3)
programs-rule-rpe = RPE target
programs-rule-percent-of-max = Percent of 1RM

# The numbers of a rule, as shown beside their fields.
programs-param-increment = increment
programs-param-sets = sets
programs-param-reps = reps
programs-param-last-set-amrap = last set AMRAP
programs-param-failures-before-deload = failures before deload (0: never)
programs-param-deload-percent = deload %
programs-param-reps-from = reps from
programs-param-reps-up-to = reps up to
programs-param-raise-at = last-set reps that raise the weight
programs-param-stage-sets = stage { $number } sets
programs-param-stage-reps = stage { $number } reps
programs-param-stage-amrap = stage { $number } last set AMRAP
programs-param-restart-percent = restart at % of the failed weight
programs-param-restart-plus = restart at the last first stage plus
# "Week 1 set 2 % of TM".
programs-param-week-set-percent = { $week } set { $number } % of TM
programs-param-week-set-reps = { $week } set { $number } reps
programs-param-week-set-amrap = { $week } set { $number } AMRAP
# The supplemental work: "BBB sets".
programs-param-extra-sets = { $label } sets
programs-param-extra-reps = { $label } reps
programs-param-extra-percent = { $label } % of TM
programs-param-training-max-down = training max down % after missed reps
programs-param-group-sets = group { $number } sets
programs-param-group-reps = group { $number } reps
programs-param-group-rpe = group { $number } RPE
programs-param-group-percent = group { $number } % of 1RM
