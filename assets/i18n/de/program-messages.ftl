program-messages-gone = Dieses Programm gibt es nicht mehr.
program-messages-cannot-follow = Du kannst { $program } nicht folgen: { $problem }.
program-messages-following = Du folgst jetzt { $program }.
program-messages-stopped = Programm beendet.
program-messages-finish-workout-first = Beende oder verwirf zuerst das laufende Training.
program-messages-follow-first = Folge zuerst einem Programm.
program-messages-workout-name = { $day } von { $program }

program-messages-only-own-edited = Nur deine eigenen Programme lassen sich bearbeiten: Kopiere zuerst ein eingebautes.
program-messages-only-own-deleted = Nur deine eigenen Programme lassen sich löschen.
program-messages-stop-before-deleting = Du folgst { $program }: Folge ihm nicht mehr, bevor du es löschst.
program-messages-deleted = { $program } gelöscht.
program-messages-saved = { $program } gespeichert.

program-messages-not-a-program-day = Dieses Training ist kein Programmtag.
program-messages-no-target = Das Programm gibt für { $exercise } kein Ziel vor.
program-messages-weight-or-reps = Gib ein Gewicht oder Wiederholungen für das neue Ziel ein.
program-messages-undo-override-target = Ziel für { $exercise } überschreiben

program-messages-no-days = das Programm hat keine Tage
program-messages-empty-day = Tag „{ $day }“ hat keine Übungen
program-messages-exercise-twice = Tag „{ $day }“ hat die Übung „{ $exercise }“ zweimal
program-messages-track-twice = Tag „{ $day }“ hat „{ $track }“ zweimal
program-messages-track-rules-differ = „{ $track }“ hat an verschiedenen Tagen verschiedene Regelarten oder Steigerungen
program-messages-bad-rule = { $exercise }: { $problem }

program-messages-rule-no-set-or-rep = braucht mindestens einen Satz mit mindestens einer Wdh.
program-messages-rule-no-sets = braucht mindestens einen Satz
program-messages-rule-no-stages = braucht mindestens eine Stufe
program-messages-rule-empty-week = jede Woche braucht mindestens einen Satz
program-messages-rule-raise-below-reps = die Wdh., die das Gewicht erhöhen, liegen unter den Ziel-Wdh.
program-messages-rule-range-upside-down = das obere Ende des Wdh.-Bereichs liegt unter dem unteren
program-messages-rule-off-the-rpe-chart = die RPE-Tabelle reicht von 1–10 Wdh. bei RPE 6–10 in halben Schritten
program-messages-rule-deload-percent = der Deload muss über 0 und höchstens 100 % sein
program-messages-rule-reset-percent = der Neustart muss über 0 und höchstens 100 % sein
program-messages-rule-week-percent = der Prozentsatz einer Woche muss über 0 und höchstens 100 % sein
program-messages-rule-supplemental-percent = der Prozentsatz der Zusatzsätze muss über 0 und höchstens 100 % sein
program-messages-rule-percent = ein Prozentsatz muss über 0 und höchstens 100 % sein
program-messages-rule-negative-reset = der Neustart-Zuschlag ist negativ
program-messages-rule-negative-increment = die Steigerung muss null oder mehr sein
