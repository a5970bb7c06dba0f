# Das laufende Training: Startbildschirm, Satztabellen, Trainingsleiste, Rückfragen vor dem
# Eintragen oder Beenden und die Vorgaben eines Programmtags.

workout-start-title = Neues Training
workout-empty-log = Dein Trainingstagebuch ist leer. Starte ein Training, füge Übungen hinzu und trag deine Sätze ein: Jeder Satz wird gespeichert, sobald du ihn einträgst.
workout-start = Training starten
workout-name = Name (optional):
workout-name-hint = z. B. Push-Tag
workout-bring-history = Bring deinen Verlauf mit
workout-bring-history-hint = Aus Strong, Hevy, FitNotes, JEFIT, Liftosaur oder GymBook: GymLog erkennt die App an der Datei. Oder stell ein GymLog-Backup von einem anderen Computer wieder her.
workout-import = Aus Strong, Hevy, FitNotes importieren…
workout-restore = Backup wiederherstellen…
workout-repeat-recent = Ein letztes Training wiederholen
workout-repeat = Wiederholen
workout-repeat-named = { $workout } wiederholen
workout-untitled = Training
workout-list-separator = {", "}
workout-this-week = Diese Woche
workout-no-workout-this-week = Diese Woche noch kein Training.
workout-recent-records = Neue Rekorde
workout-was = vorher { $value }

workout-add-exercise = Übung hinzufügen
workout-add-exercise-below = Füge unten eine Übung hinzu, um Sätze einzutragen.
workout-discard = Training verwerfen
workout-discard-question = Dieses Training mit allen Sätzen verwerfen?
workout-discard-yes = Ja, verwerfen

workout-sets-logged = { $count ->
    [one] { $count } Satz eingetragen
   *[other] { $count } Sätze eingetragen
}
workout-finish = Beenden
workout-add-exercise-bar = Übung hinzufügen…
workout-rest = Pause
workout-rest-over = Pause vorbei – nächster Satz!
workout-rest-minus = −15 s
workout-rest-plus = +15 s
workout-skip-rest = Pause überspringen

workout-set = Satz
workout-previous = Letztes Mal
workout-pace = Tempo
workout-plates = Scheiben / Seite
workout-bar-only = nur Stange
workout-set-of = { $exercise } Satz { $number }
workout-add-set = + Satz hinzufügen
workout-add-set-of = Satz zu { $exercise } hinzufügen
workout-saving = Wird gespeichert
workout-being-saved = { $who } wird gespeichert
workout-pr = PR
workout-new-record = Neuer Rekord: { $records }
workout-is-record = { $who } ist ein Rekord: { $records }
workout-logged = Eingetragen
workout-is-logged = { $who } ist eingetragen
workout-edited = Geändert, noch nicht gespeichert: Enter oder Aktualisieren drücken
workout-has-changes = { $who } hat ungespeicherte Änderungen
workout-next-set = Der nächste Satz
workout-is-next = { $who } ist als Nächstes dran
workout-pace-of = { $who } Tempo { $pace }
workout-plates-of = { $who } Scheiben { $plates }
workout-update = Aktualisieren
workout-done = Geschafft
workout-update-named = { $who } aktualisieren
workout-complete-named = { $who } abschließen
workout-set-menu = Art, Notiz, entfernen
workout-more-for = Mehr zu { $name }
workout-note-of = { $who } Notiz { $note }
workout-set-type = Satzart
workout-note = Notiz
workout-remove-set = Satz entfernen
workout-remove-named = { $name } entfernen

workout-records = Rekorde
workout-records-of = Rekorde von { $exercise }
workout-superset = Supersatz { $letter }
workout-rest-between = { $rest } Pause zwischen den Sätzen
workout-rests-between = { $exercise }: { $rest } Pause zwischen den Sätzen
workout-rest-shorter = { $exercise }: Pause kürzer
workout-rest-longer = { $exercise }: Pause länger
workout-more = Mehr
workout-remove-question = { $count ->
    [one] { $exercise } und seinen eingetragenen Satz entfernen?
   *[other] { $exercise } und seine { $count } eingetragenen Sätze entfernen?
}
workout-yes-remove = Ja, entfernen
workout-add-warm-ups = Aufwärmsätze hinzufügen
workout-add-warm-ups-to = Aufwärmsätze zu { $exercise } hinzufügen
workout-leave-superset = Supersatz verlassen
workout-leave-superset-named = { $exercise } aus dem Supersatz nehmen
workout-superset-with = Supersatz mit
workout-superset-with-named = { $exercise } im Supersatz mit { $other }
workout-superset-with-menu = { $exercise } im Supersatz mit
workout-move-up = Nach oben
workout-move-down = Nach unten
workout-move-up-named = { $exercise } nach oben
workout-move-down-named = { $exercise } nach unten
workout-remove-exercise = Übung entfernen
workout-remove-exercise-ask = Übung entfernen…

workout-check-set = Diesen Satz prüfen
workout-log-anyway = Trotzdem eintragen
workout-let-me-fix = Ich korrigiere das
workout-not-in-log = Noch nicht eingetragen
workout-pending-typed = { $count ->
    [one] { $count } Satz eingetippt, aber nicht eingetragen
   *[other] { $count } Sätze eingetippt, aber nicht eingetragen
}
workout-pending-edited = { $count ->
    [one] { $count } Änderung an eingetragenen Sätzen nicht übernommen
   *[other] { $count } Änderungen an eingetragenen Sätzen nicht übernommen
}
workout-pending = { $pending }.
workout-log-and-finish = Eintragen und beenden
workout-drop-and-finish = Verwerfen und beenden
workout-keep-logging = Weiter trainieren

workout-summary = Trainingsübersicht
workout-summary-duration = Dauer: { $duration }
workout-summary-sets = Sätze: { $count }
workout-summary-volume = Volumen: { $volume } { $unit }
workout-no-new-records = Diesmal keine neuen Rekorde.
workout-new-records = Neue Rekorde ({ $count }):
workout-record-line = { $exercise } – { $record }: { $now } (vorher { $was })
workout-discard-ask = Verwerfen…
workout-save-as-routine = Als Routine speichern unter:
workout-save-routine = Routine speichern

workout-target = Ziel { $sets }
workout-target-overridden = Ziel { $target } (angepasst; laut Programm: { $program })
workout-override-target = Ziel anpassen
workout-target-weight = Gewicht ({ $unit }):
workout-target-reps = Wdh.:
workout-target-same = gleich
workout-apply = Übernehmen
workout-override-named = Ziel für { $exercise } anpassen
workout-target-weight-named = { $exercise } Zielgewicht
workout-target-reps-named = { $exercise } Ziel-Wiederholungen
workout-apply-named = Ziel für { $exercise } übernehmen
