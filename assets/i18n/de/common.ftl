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

# Gemeinsame Schaltflächen und Wörter der Widgets, die jeder Bildschirm nutzt.
common-cancel = Abbrechen
common-save = Speichern
common-remove = Entfernen
common-edit = Bearbeiten
common-start = Starten
common-dismiss = Ausblenden
common-delete = Löschen…
common-yes-delete = Ja, löschen
common-keep-it = Behalten
common-undo = Rückgängig
common-redo = Wiederholen
common-reps = Wdh.
common-time = Zeit
# Barrierefreie Namen der Felder eines Satzes: „Bankdrücken Satz 1 Gewicht“.
common-field-weight = Gewicht
common-field-reps = Wiederholungen
common-field-distance = Strecke
common-field-time = Zeit
common-field-type = Art
common-field-note = Notiz
common-field-as = { $who } als { $type }
set-type-normal = Normal
set-type-warm-up = Aufwärmen
set-type-drop = Drop
set-type-failure = Bis Versagen
set-type-cool-down = Abwärmen
common-refused-not-a-number = { $what }: „{ $text }“ ist keine Zahl
common-refused-not-whole = { $what }: „{ $text }“ ist keine ganze Zahl
common-refused-not-a-time = { $what }: „{ $text }“ ist keine Zeit (m:ss)
common-refused-out-of-range = { $what }: { $text } liegt außerhalb des Bereichs ({ $range })
