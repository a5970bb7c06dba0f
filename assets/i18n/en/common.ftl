# Shared words: the navigation, counts, units, the language picker.
# Message ids are kebab-case, prefixed by their area (docs/languages.md).

screen-workout = Workout
screen-history = History
screen-progress = Progress
screen-insights = Insights
screen-exercises = Exercises
screen-body = Body
screen-settings = Settings
screen-programs = Programs

language-system = System language
language-system-named = System language ({ $language })
settings-language = Language
settings-language-hint = Numbers and dates follow the language: a German window writes 82,5 kg and 06.12.2026. Typed amounts are read with a comma or a point in every language.

count-workouts = { $count ->
    [one] { $count } workout
   *[other] { $count } workouts
}
count-sets = { $count ->
    [one] { $count } set
   *[other] { $count } sets
}
count-exercises = { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
}

# Shared buttons and words of the widgets every screen uses (the shell's helper).
common-cancel = Cancel
common-save = Save
common-remove = Remove
common-edit = Edit
common-start = Start
common-dismiss = Dismiss
common-delete = Delete…
common-yes-delete = Yes, delete
common-keep-it = Keep it
common-undo = Undo
common-redo = Redo
common-reps = Reps
common-time = Time
# Accessible names of a set's fields: "Bench Press set 1 weight".
common-field-weight = weight
common-field-reps = reps
common-field-distance = distance
common-field-time = time
common-field-type = type
common-field-note = note
common-field-as = { $who } as { $type }
set-type-normal = Normal
set-type-warm-up = Warm-up
set-type-drop = Drop
set-type-failure = Failure
set-type-cool-down = Cool-down
common-refused-not-a-number = { $what } `{ $text }` is not a number
common-refused-not-whole = { $what } `{ $text }` is not a whole number
common-refused-not-a-time = { $what } `{ $text }` is not a time (m:ss)
common-refused-out-of-range = { $what } { $text } is out of range ({ $range })
