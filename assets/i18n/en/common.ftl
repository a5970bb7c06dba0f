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
