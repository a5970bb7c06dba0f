programs-built-in = Eingebaut
programs-your-own = Eigenes
programs-following-mark = (aktiv)
programs-day-line = { $day }: { $exercises }
programs-rules = Regeln: { $source }
programs-following = Du folgst { $program }
programs-follow = Folgen…
programs-follow-named = { $program } folgen
programs-replay = Nachspielen
programs-replay-named = { $program } nachspielen
programs-copy-and-edit = Kopieren und bearbeiten
programs-copy-and-edit-named = { $program } kopieren und bearbeiten
programs-edit-named = { $program } bearbeiten
programs-start-next-day = Nächsten Tag starten
programs-stop-following = Nicht mehr folgen

programs-day-workout-a = Training A
programs-day-workout-b = Training B
programs-day-day-1 = Tag 1
programs-day-day-2 = Tag 2
programs-day-day-3 = Tag 3
programs-day-day-4 = Tag 4
programs-day-press-day = Drück-Tag
programs-day-deadlift-day = Kreuzheben-Tag
programs-day-bench-day = Bankdrück-Tag
programs-day-squat-day = Kniebeuge-Tag
programs-day-push = Drücken
programs-day-pull = Ziehen
programs-day-legs = Beine
programs-wave-week-1 = Woche 1
programs-wave-week-2 = Woche 2
programs-wave-week-3 = Woche 3
programs-wave-deload = Deload

programs-week = Woche { $number }
programs-coming-weeks = { $weeks ->
    [one] Die kommende Woche von { $program }
   *[other] Die kommenden { $weeks } Wochen von { $program }
}
programs-coming-note = { $days ->
    [one] Wenn jeder Satz klappt; eine Woche ist eine Runde seines { $days } Tages.
   *[other] Wenn jeder Satz klappt; eine Woche ist eine Runde seiner { $days } Tage.
}
programs-exercise-line = { $exercise }: { $sets }
programs-sets-of = { $count ->
    [one] { $count } Satz mit { $set }
   *[other] { $count } Sätze mit { $set }
}

programs-follow-hint = Startgewichte, vorgeschlagen aus deinen eigenen Sätzen; ändere sie vor dem Folgen nach Belieben.
programs-starting-load = Startgewicht { $exercise }
programs-follow-with-loads = Mit diesen Gewichten folgen
programs-kind-working-weight = Arbeitsgewicht
programs-kind-training-max = Trainingsmaximum
programs-source = aus { $set } am { $date } · e1RM { $e1rm } · { $how }
programs-source-working-weight = { $share } % des { $reps }er-Wiederholungsmaximums, das das beste e1RM der letzten { $weeks } Wochen ergibt
programs-source-training-max = { $share } % des besten e1RM der letzten { $weeks } Wochen
programs-source-one-rep-max = das beste e1RM der letzten { $weeks } Wochen
programs-source-none = keine Sätze in den letzten { $weeks } Wochen – Vorgabe des Programms

programs-replay-title = Was { $program } in den letzten { $weeks } Wochen vorgegeben hätte
programs-replay-session = { $date } · { $day }
programs-replay-none = Keines deiner Trainings seit { $date } passt zu einem Tag von { $program }.
programs-replay-note = { $count ->
    [one] { $count } Training seit { $date }, mit den Gewichten, die es an dem Tag vorgeschlagen hätte; erst vorgegeben, dann gehoben.
   *[other] { $count } Trainings seit { $date }, mit den Gewichten, die es an dem Tag vorgeschlagen hätte; erst vorgegeben, dann gehoben.
}
programs-replay-weeks = Wochen:
programs-replay-exercise = Übung
programs-replay-prescribed = Vorgegeben
programs-replay-lifted = Gehoben

programs-section = Programm
programs-next = Als Nächstes: { $day } von { $program }
programs-start-day = { $day } starten
programs-all = Alle Programme
programs-none-followed = Du folgst keinem Programm: Ein Programm gibt jedem Tag seine Zielsätze.
programs-choose = Programm wählen
programs-next-time = Nächstes Mal:

programs-outcome-weight-up = { $exercise } +{ $by } beim nächsten Mal ({ $to })
programs-outcome-same-weight = { $exercise }: nächstes Mal wieder { $weight }
programs-outcome-same-weight-missed = { $exercise }: nächstes Mal wieder { $weight } ({ $failures } von { $deload } Fehlversuchen vor einem Deload)
programs-outcome-deload = { $exercise }: Deload auf { $to }
programs-outcome-next-stage = { $exercise }: nächstes Mal Stufe { $stage } ({ $scheme }) mit { $weight }
programs-outcome-reset = { $exercise }: zurück auf { $scheme } mit { $weight }
programs-outcome-next-week = { $exercise }: nächstes Mal Woche { $week } von { $weeks }
programs-outcome-training-max-up = { $exercise }: Trainingsmaximum +{ $by } ({ $to })
programs-outcome-training-max-down = { $exercise }: Trainingsmaximum runter auf { $to } (in diesem Zyklus wurden Wiederholungen verpasst)
programs-outcome-training-max-set = { $exercise }: Trainingsmaximum aus diesem Training auf { $to } gesetzt
programs-outcome-e1rm = { $exercise }: nächste Gewichte aus einem e1RM von { $e1rm }
programs-outcome-not-done = { $exercise }: nicht gemacht, nichts ändert sich
programs-outcome-counted-as-lifted = { $exercise }: gezählt mit den gehobenen { $lifted }, nicht den geplanten { $planned }

programs-editor-name = Name:
programs-editor-program-name = Programmname
programs-editor-unit = Gewichte und Steigerungen in { $unit }.
programs-editor-add-day = Tag hinzufügen
programs-editor-add-exercise = Übung hinzufügen:
programs-editor-save = Programm speichern
programs-editor-delete = Programm löschen
programs-editor-delete-question = Dieses Programm löschen? Seine vergangenen Trainings bleiben.
programs-editor-delete-yes = Löschen
programs-editor-copy-name = { $program } (Kopie)
programs-editor-copy-name-numbered = { $program } (Kopie { $number })
programs-editor-day = Tag { $number }
programs-editor-move-up = { $what } nach oben
programs-editor-move-down = { $what } nach unten
programs-editor-remove = { $what } entfernen
programs-editor-add-to = { $exercise } zu { $day } hinzufügen
programs-editor-add-exercise-to = Übung zu { $day } hinzufügen
programs-editor-day-name = Name von { $day }
programs-editor-exercise-tag = { $day }: { $exercise }
programs-editor-field = { $what } { $field }
programs-editor-rule-label = { $what } Regel
programs-editor-shared = Steigerung und Art der Regel geteilt mit { $days }
programs-editor-add-stage = Stufe hinzufügen
programs-editor-add-stage-of = Stufe zu { $what } hinzufügen
programs-editor-remove-stage = Letzte Stufe entfernen
programs-editor-remove-stage-of = Letzte Stufe von { $what } entfernen
programs-editor-add-group = Satzgruppe hinzufügen
programs-editor-add-group-of = Satzgruppe zu { $what } hinzufügen
programs-editor-remove-group = Letzte Satzgruppe entfernen
programs-editor-remove-group-of = Letzte Satzgruppe von { $what } entfernen
programs-editor-needs-name = Das Programm braucht einen Namen.
programs-editor-fix-first = Erst das korrigieren: { $problem }.
programs-editor-cannot-save = { $program } kann nicht gespeichert werden: { $problem }.
programs-editor-field-gone = { $what } gibt es nicht mehr
programs-editor-field-switch = { $what } ist ein Schalter

programs-rule-linear = Linear (Sätze × Wdh.)
programs-rule-double-progression = Doppelte Progression (Wdh.-Bereich)
programs-rule-wave = Trainingsmaximum-Wellen (5/3/1)
programs-rule-stages = Stufen bei Fehlversuch (GZCLP T1/T2)
programs-rule-amrap = AMRAP-Schwelle (GZCLP T3)
programs-rule-rpe = RPE-Ziel
programs-rule-percent-of-max = Prozent vom 1RM

programs-param-increment = Steigerung
programs-param-sets = Sätze
programs-param-reps = Wdh.
programs-param-last-set-amrap = letzter Satz AMRAP
programs-param-failures-before-deload = Fehlversuche bis zum Deload (0: nie)
programs-param-deload-percent = Deload %
programs-param-reps-from = Wdh. von
programs-param-reps-up-to = Wdh. bis
programs-param-raise-at = Wdh. im letzten Satz, die das Gewicht erhöhen
programs-param-stage-sets = Stufe { $number } Sätze
programs-param-stage-reps = Stufe { $number } Wdh.
programs-param-stage-amrap = Stufe { $number } letzter Satz AMRAP
programs-param-restart-percent = Neustart bei % des verfehlten Gewichts
programs-param-restart-plus = Neustart bei der letzten ersten Stufe plus
programs-param-week-set-percent = { $week } Satz { $number } % vom TM
programs-param-week-set-reps = { $week } Satz { $number } Wdh.
programs-param-week-set-amrap = { $week } Satz { $number } AMRAP
programs-param-extra-sets = { $label } Sätze
programs-param-extra-reps = { $label } Wdh.
programs-param-extra-percent = { $label } % vom TM
programs-param-training-max-down = Trainingsmaximum runter um % nach verpassten Wdh.
programs-param-group-sets = Gruppe { $number } Sätze
programs-param-group-reps = Gruppe { $number } Wdh.
programs-param-group-rpe = Gruppe { $number } RPE
programs-param-group-percent = Gruppe { $number } % vom 1RM
