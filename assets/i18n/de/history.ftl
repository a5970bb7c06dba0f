history-empty-title = Noch keine Trainings
history-empty-hint = Jedes gespeicherte Training steht hier, das neueste zuerst – zum Nachschauen, Korrigieren oder Wiederholen. Starte eins auf dem Trainings-Bildschirm oder hol deinen Verlauf aus Strong, Hevy, FitNotes, JEFIT, Liftosaur oder GymBook über Import.
history-go-to-workout = Zum Training
history-choose = Wähle links ein Training, um es vollständig zu sehen, zu korrigieren oder zu wiederholen.
history-search = Suche:
history-search-hint = Trainingsname oder Notiz
history-exercise = Übung:
history-all-exercises = Alle Übungen
history-workouts-of = { $count ->
    [one] { $count } Training von { $total }
   *[other] { $count } Trainings von { $total }
}
history-no-match-title = Kein passendes Training
history-no-match-hint = Kein gespeichertes Training hat das im Namen oder in der Notiz, oder diese Übung. Versuch ein anderes Wort oder Alle Übungen.
history-minutes = { $minutes } Min.

history-imported-from = Importiert aus { $source }
history-note = Notiz: { $note }
history-edit = Training bearbeiten
history-edit-named = { $workout } bearbeiten
history-repeat = Dieses Training wiederholen
history-save-as-routine = Als Routine speichern
history-save-as-routine-named = { $workout } als Routine speichern
history-delete = Training löschen…
history-delete-question = Dieses Training löschen?
history-delete-yes = Ja, löschen
history-superset = Supersatz { $letter }
history-records = Rekorde
history-records-of = Rekorde von { $exercise }
history-set = Satz
history-type = Art
history-done = Geschafft
history-rpe = RPE
history-set-note = Notiz
history-set-of = { $exercise } Satz { $number }

history-set-type-normal = Normal
history-set-type-warm-up = Aufwärmen
history-set-type-drop = Drop
history-set-type-failure = Muskelversagen
history-set-type-cool-down = Cool-down

history-change-history = Änderungsverlauf ({ $count })
history-never-changed = Seit dem Eintragen nie geändert.
history-change-set-added = Satz von { $exercise } hinzugefügt: { $set }
history-change-set-removed = Satz von { $exercise } entfernt: { $set }
history-change-set-changed = Satz von { $exercise } geändert: { $changes }
history-change-became = { $before } wurde zu { $after }
history-change-type = Art { $before } wurde zu { $after }
history-change-rpe = RPE { $before } wurde zu { $after }
history-change-none = keine
history-change-note = Notiz „{ $note }“
history-change-nothing-visible = keine sichtbare Änderung
history-change-separator = {", "}
history-change-no-name = (ohne Namen)
history-change-renamed = umbenannt von „{ $before }“ in „{ $after }“
history-change-moved = verschoben von { $before } auf { $after }
history-change-unknown = unbekannt
history-change-duration = Dauer { $before } wurde zu { $after }
history-change-workout = Training: { $changes }

history-edit-title = Dieses Training korrigieren
history-edit-hint = Änderungen werden beim Speichern als neue Ereignisse erfasst: Das Original bleibt im Protokoll, und Rückgängig nimmt sie zurück.
history-edit-name = Trainingsname
history-edit-start = Beginn (JJJJ-MM-TT HH:MM)
history-edit-duration = Dauer (Minuten)
history-edit-remove = Entfernen
history-edit-remove-named = { $set } entfernen
history-edit-add-set = + Satz hinzufügen
history-edit-add-set-named = Satz zu { $exercise } hinzufügen
history-edit-save = Änderungen speichern
history-edit-cancel = Abbrechen

history-undo-correct = { $workout } korrigieren
history-nothing-changed = Nichts geändert.
history-corrected = Training korrigiert. Rückgängig nimmt es zurück.
history-refresh-failed = Der Verlauf konnte nicht neu geladen werden: { $detail }
history-start-invalid = Beginn „{ $start }“ ist kein Datum mit Uhrzeit wie 2026-03-14 18:30
history-start-not-on-clock = { $start } gibt es auf der Uhr dieses Computers nicht
history-start-in-future = der Beginn liegt in der Zukunft
history-duration-invalid = Dauer „{ $duration }“ ist keine Minutenzahl (0–1440)
history-set-problem = { $exercise } Satz { $number }: { $problem }
