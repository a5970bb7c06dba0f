insights-intro = Frag deinen Trainingsverlauf alles, was du willst, in SQL. Nichts, was du hier ausführst, kann ihn verändern.
insights-ready-made = Fertige Abfragen:
insights-saved = Gespeichert:
insights-delete-saved-hover = Die gespeicherte Abfrage { $name } löschen
insights-delete-saved = Gespeicherte Abfrage { $name } löschen
insights-run = Ausführen (Strg+Enter)
insights-cancel = Abbrechen
insights-name-hint = Name
insights-query-name = Name der Abfrage
insights-save-query = Abfrage speichern
insights-copy-csv = Als CSV kopieren
insights-copy-csv-hint = Die ganze Antwort, mit Kopfzeile
insights-empty-title = Stell deinem Verlauf eine Frage
insights-empty-hint = Wähl oben eine fertige Frage oder schreib SQL über die Views sets, workouts, exercises, bodyweight und records: Die Antwort erscheint hier als Tabelle und, wenn sie Zahlen hat, als Diagramm.
insights-status = { $count ->
    [one] { $count } Zeile in { $ms } ms
   *[other] { $count } Zeilen in { $ms } ms
}
insights-status-first = { $count ->
    [one] { $count } Zeile in { $ms } ms (die ersten { $shown } angezeigt)
   *[other] { $count } Zeilen in { $ms } ms (die ersten { $shown } angezeigt)
}
insights-sql = SQL
insights-sql-hint = SELECT exercise, max(weight_kg) FROM sets GROUP BY exercise
insights-null = NULL

insights-team-open = Team-Ordner { $folder }: { $athletes ->
    [one] { $athletes } Athlet
   *[other] { $athletes } Athleten
}, { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}. Abfragbar: team_sets, team_workouts, team_bodyweight, team_records, team_events.
insights-team-close = Zurück zu meinem Verlauf
insights-coach = Trainer-Ansicht:
insights-team-folder-hint = Ordner mit Team-Daten
insights-team-folder = Ordner mit Team-Daten
insights-browse = Durchsuchen…
insights-team-open-button = Team-Ordner öffnen
insights-team-opening = { $folder } wird geöffnet…

insights-chart = Diagramm:
insights-chart-across = Diagramm über
insights-chart-by = nach
insights-chart-of = Diagramm von
insights-chart-line-per = eine Linie pro
insights-chart-one-line = (eine Linie)
insights-chart-a-line-per = Diagramm: eine Linie pro
insights-chart-line = Linie
insights-chart-bar = Balken
insights-chart-off = Kein Diagramm
insights-chart-no-numbers = { $column } hat keine Zahlen für ein Diagramm.
insights-chart-title = { $y } nach { $x }
insights-chart-described = Diagramm von { $y } nach { $x }

insights-ready-best-squat-each-year = Beste Kniebeuge pro Jahr
insights-ready-weekly-volume-per-muscle-group = Wochenvolumen pro Muskelgruppe
insights-ready-e1rm-trend-of-the-big-lifts = e1RM-Verlauf der Grundübungen
insights-ready-all-records = Alle Rekorde
insights-ready-training-days-per-month = Trainingstage pro Monat
insights-ready-longest-streaks-weeks-in-a-row = Längste Serien (Wochen am Stück)
insights-ready-volume-by-set-type = Volumen nach Satzart
insights-ready-workouts-volume-and-time-per-year = Trainings, Volumen und Zeit pro Jahr
insights-ready-bodyweight-per-month = Körpergewicht pro Monat
insights-ready-measurements-first-latest-and-change = Körpermaße: erste, letzte und Veränderung
insights-ready-running-distance-and-pace-per-month = Laufstrecke und Tempo pro Monat
insights-ready-weekly-volume-per-athlete = Wochenvolumen pro Athlet
insights-ready-e1rm-trend-per-athlete = e1RM-Verlauf pro Athlet
insights-ready-who-has-not-trained-this-week = Wer hat diese Woche nicht trainiert
insights-ready-best-lifts-per-athlete = Beste Leistungen pro Athlet
insights-ready-workouts-per-athlete-per-month = Trainings pro Athlet und Monat

insights-team-closed = der Team-Ordner ist geschlossen
insights-read-failed = der Verlauf konnte nicht gelesen werden
insights-run-failed = Die Abfrage konnte nicht ausgeführt werden: { $detail }
insights-save-needs-name = Gib der Abfrage einen Namen und etwas SQL zum Speichern.
insights-query-saved = Abfrage gespeichert: { $name }.
insights-query-deleted = Abfrage gelöscht.
insights-team-opened = Team-Ordner geöffnet: { $athletes }.
insights-team-open-failed = Der Team-Ordner konnte nicht geöffnet werden: { $detail }
