# Der Rahmen um jeden Bildschirm: Navigation, Rückgängig und Wiederholen, die Erinnerung an die
# Sicherung, Meldungen, der Notiz-Editor und Routinen, und die Meldungen der App dazu.

shell-screen-live = { $screen } (läuft)
shell-export-backup-ellipsis = Sicherung exportieren…
shell-export-backup = Sicherung exportieren
shell-hide-message = Diese Meldung ausblenden
shell-closing = Sicherung wird abgeschlossen… GymLog schließt, sobald sie geschrieben ist.
shell-loading = Dein Verlauf wird geladen…
shell-undo-hint = Rückgängig: { $label } (Strg+Z)
shell-redo-hint = Wiederholen: { $label } (Strg+Umschalt+Z)
shell-backup-never = nie
shell-backup-reminder = { $count ->
    [one] { $count } Training seit deiner letzten Sicherung (zuletzt: { $last })
   *[other] { $count } Trainings seit deiner letzten Sicherung (zuletzt: { $last })
}
shell-no-cjk-font = Keine chinesische Schrift gefunden — installiere Noto Sans CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk)
shell-window-failed = Das Fenster konnte nicht geöffnet werden: { $detail } (GymLog braucht einen Bildschirm; die Kommandozeile geht auch ohne: gymlog --help)
shell-startup-error-title = GymLog kann deine Trainings nicht öffnen
shell-dialog-export = Exportieren
shell-dialog-open = Öffnen
shell-dialog-choose-folder = Ordner wählen

shell-nothing-to-undo = Nichts rückgängig zu machen.
shell-nothing-to-redo = Nichts zu wiederholen.
shell-undone = Rückgängig gemacht: { $label }.
shell-redone = Wiederholt: { $label }.
shell-undo-make-superset = Supersatz bilden
shell-undo-leave-superset = Supersatz verlassen
shell-undo-move-exercise = Übung verschieben

shell-note = Notiz
shell-note-add = Notiz zu { $exercise } hinzufügen
shell-note-hint = z. B. Sitz 4, Füße hoch, unten pausieren
shell-note-field = Notiz zu { $exercise }
shell-note-save = Notiz speichern
shell-note-shown = Notiz zu { $exercise }: { $note }
shell-note-edit = Notiz bearbeiten
shell-note-edit-named = Notiz zu { $exercise } bearbeiten

shell-routines = Routinen
shell-routines-empty = Noch keine Routinen
shell-routines-empty-hint = Eine Routine ist ein Training, das du wiederholst: Bau unten eine, oder speichere ein abgeschlossenes Training im Verlauf als Routine.
shell-routine-start = { $name } starten
shell-routine-edit = { $name } bearbeiten
shell-routine-delete-question = Routine { $name } löschen?
shell-routine-new = Neue Routine
shell-routine-window = Routine
shell-routine-name = Name der Routine:
shell-routine-superset = Supersatz { $group }
shell-routine-move-up = { $exercise } in der Routine nach oben schieben
shell-routine-move-down = { $exercise } in der Routine nach unten schieben
shell-routine-leave-superset = Supersatz verlassen
shell-routine-superset-with-above = Supersatz mit der Übung darüber
shell-routine-remove-exercise = { $exercise } aus der Routine entfernen
shell-routine-target = { $exercise } Zielsatz { $number }
shell-routine-remove-target = { $target } entfernen
shell-routine-add-target = + Zielsatz
shell-routine-add-target-named = Zielsatz für { $exercise } hinzufügen
shell-routine-save = Routine speichern
shell-routine-reps-unit = Wdh.
shell-routine-gone = Diese Routine gibt es nicht mehr.
shell-routine-needs-name = Gib der Routine einen Namen.
shell-routine-needs-exercise = Füge der Routine zuerst eine Übung hinzu.
shell-routine-saved = Routine { $name } gespeichert.
shell-routine-deleted = Routine gelöscht.

shell-warm-ups-need-weight = Gib zuerst das Arbeitsgewicht ein: Die Aufwärmsätze steigern sich bis dahin.
shell-warm-ups-not-needed = Für dieses Gewicht braucht es kein Aufwärmen ab der leeren Stange.
shell-warm-ups-already = Deine Aufwärmsätze reichen schon an dieses Gewicht heran.

shell-exercise-rename-own-only = Nur eigene Übungen lassen sich umbenennen.
shell-exercise-needs-name = Gib der Übung einen Namen.
shell-exercise-exists = { $existing } gibt es schon: Nimm „Zusammenführen“, um { $name } darin aufgehen zu lassen.
shell-exercise-merge-own-only = Führe eine deiner eigenen Übungen mit einer anderen Übung zusammen.
shell-exercise-delete-own-only = Nur eigene Übungen lassen sich löschen.
shell-exercise-has-sets = { $name } hat erfasste Sätze: Führe sie stattdessen mit einer anderen Übung zusammen.
shell-exercise-deleted = { $name } gelöscht.
shell-exercise-renamed = { $from } heißt jetzt { $to }.
