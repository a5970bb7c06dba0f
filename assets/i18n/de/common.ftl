screen-workout = Training
screen-history = Verlauf
screen-progress = Fortschritt
screen-insights = Auswertung
screen-exercises = Übungen
screen-body = Körper
screen-settings = Einstellungen
screen-programs = Programme

language-system = Systemsprache
language-system-named = Systemsprache ({ $language })
settings-language = Sprache
settings-language-hint = Zahlen und Daten folgen der Sprache: Auf Deutsch steht 82,5 kg und 06.12.2026. Eingaben werden in jeder Sprache mit Komma oder Punkt gelesen.

count-workouts = { $count ->
    [one] { $count } Training
   *[other] { $count } Trainings
}
count-sets = { $count ->
    [one] { $count } Satz
   *[other] { $count } Sätze
}
count-exercises = { $count ->
    [one] { $count } Übung
   *[other] { $count } Übungen
}
