progress-empty-title = Noch nichts für Diagramme
progress-empty-hint = Speichere ein Training, dann siehst du hier deine Trainingstage, Serien und das Wochenvolumen je Muskelgruppe.
progress-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
progress-streak = Trainingsserie: jetzt { $current } am Stück · längste { $longest }
progress-updating = Wird aktualisiert…
progress-volume-per-week = Volumen pro Woche ({ $unit })
progress-all-muscle-groups = Alle Muskelgruppen
progress-muscle-group = Muskelgruppe
progress-volume = Volumen
progress-group-volume = Volumen { $group }
progress-week-of = Woche vom { $date }
progress-training-days = Trainingstage
progress-earlier-year = Früheres Jahr
progress-later-year = Späteres Jahr
progress-year-summary = { $days ->
    [one] { $days } Trainingstag
   *[other] { $days } Trainingstage
} in { $year } ({ $workouts ->
    [one] { $workouts } Training
   *[other] { $workouts } Trainings
})
progress-day = { $date }: { $workouts }, { $sets }, { $volume }
progress-rest-day = { $date }: Ruhetag
progress-heat-map-hint = Dunkler: mehr Sätze an dem Tag. Fahr über einen Tag, um seine Trainings zu sehen.

progress-back-button = ⏴ Zurück
progress-back = Zurück
progress-exercise-empty-title = Noch keine Sätze dieser Übung
progress-exercise-empty-hint = Rekorde, geschätztes Maximum (1RM) und Diagramme erscheinen hier, sobald ein gespeichertes Training einen Satz davon hat.
progress-sessions-since = { $count ->
    [one] { $count } Einheit seit { $date }
   *[other] { $count } Einheiten seit { $date }
}
progress-sessions = Einheiten
progress-session-date = Datum
progress-session-name = Name
progress-session-best-set = Bester Satz
progress-session-sets = Sätze
progress-records = Rekorde
progress-record-e1rm = Geschätztes 1RM
progress-record-heaviest = Höchstes Gewicht
progress-record-reps-at-weight = Meiste Wiederholungen bei diesem Gewicht
progress-record-set-volume = Bestes Satzvolumen
progress-record-session-volume = Bestes Einheitsvolumen
progress-record-most-reps = Meiste Wiederholungen
progress-record-longest-time = Längste Zeit
progress-record-longest-distance = Längste Strecke
progress-rep-max = { $reps }RM
progress-reps = { $count ->
    [one] { $count } Wdh.
   *[other] { $count } Wdh.
}
progress-rep-maxes = Wiederholungsmaxima (am schwersten für mindestens so viele Wiederholungen)
progress-reps-at-each-weight = Meiste Wiederholungen je Gewicht
progress-kind-weight-reps = Gewicht × Wiederholungen
progress-kind-bodyweight-reps = Körpergewicht-Wdh. (+ Zusatzgewicht)
progress-kind-reps-only = Nur Wiederholungen
progress-kind-duration = Zeit
progress-kind-distance-duration = Strecke + Zeit
progress-kind-weight-distance = Gewicht + Strecke
progress-chart = Diagramm:
progress-chart-best-e1rm = Bestes geschätztes 1RM ({ $unit })
progress-chart-most-reps = Meiste Wiederholungen in einem Satz
progress-chart-longest-time = Längste Zeit (s)
progress-chart-longest-distance = Längste Strecke ({ $unit })
progress-chart-top-set-weight = Gewicht des Topsatzes ({ $unit })
progress-chart-session-volume = Volumen der Einheit ({ $unit })
progress-chart-hint = Ziehen zum Verschieben, Strg + Mausrad zum Zoomen, Doppelklick zum Zurücksetzen.
