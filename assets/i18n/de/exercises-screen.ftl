# The exercise picker and the Exercises screen (ui/exercise_picker.rs, ui/library.rs).
# Names of the built-in exercises are in exercises.ftl.

# The exercise picker (workout and routines).
exercises-search = Übungen suchen:
exercises-picker-hint = z. B. Bank, Kniebeuge, ohp
exercises-all-muscle-groups = Alle Muskelgruppen
exercises-filter-muscle-group = Nach Muskelgruppe filtern
exercises-add = { $name } hinzufügen
exercises-more = und { $count } weitere – tippe weiter
exercises-none-create = Keine Übung gefunden. Lege sie an:

# What a set of an exercise records.
exercises-kind-weight-reps = Gewicht × Wiederholungen
exercises-kind-bodyweight-reps = Wiederholungen mit Körpergewicht (+ Zusatzgewicht)
exercises-kind-reps-only = Nur Wiederholungen
exercises-kind-duration = Zeit
exercises-kind-distance-duration = Strecke + Zeit
exercises-kind-weight-distance = Gewicht + Strecke

# The Exercises screen.
exercises-library-hint = Name, Muskel oder ohp, rdl…
exercises-order = Reihenfolge:
exercises-order-library = Nach Muskelgruppe
exercises-order-most-done = Häufigste zuerst
exercises-order-last-done = Zuletzt gemachte zuerst
exercises-nothing-called = In der Bibliothek heißt nichts „{ $query }“ (gesucht wird in Namen, Muskeln und Abkürzungen wie ohp oder rdl). Lege die Übung oben mit „Eigene Übung anlegen“ an.
exercises-no-match = Keine Übung gefunden
exercises-column-exercise = Übung
exercises-column-muscle-group = Muskelgruppe
exercises-column-equipment = Gerät
exercises-column-logged-as = Erfasst als
exercises-column-sessions = Trainings
exercises-column-last-done = Zuletzt
exercises-sessions = { $count ->
    [one] { $count } Training
   *[other] { $count } Trainings
}
exercises-sets-in-all = { $count ->
    [one] { $count } Satz insgesamt
   *[other] { $count } Sätze insgesamt
}
exercises-last-done-on = { $name } zuletzt am { $day }
exercises-records-of = Rekorde: { $name }

# The lifter's own exercises: rename, merge, delete.
exercises-new-name-for = Neuer Name für { $name }
exercises-save-name = Namen speichern
exercises-cancel = Abbrechen
exercises-choose = auswählen…
exercises-merge-into = { $name } zusammenführen mit
exercises-merge = Zusammenführen
exercises-rename = Umbenennen
exercises-rename-named = { $name } umbenennen
exercises-merge-ellipsis = Zusammenführen…
exercises-merge-named = { $name } mit einer anderen Übung zusammenführen
exercises-delete-question = { $name } löschen?
exercises-delete = Löschen
exercises-delete-yes = Ja, löschen

# Creating a custom exercise (Exercises screen and workout).
exercises-create-custom = Eigene Übung anlegen
exercises-form-name = Name
exercises-form-name-hint = z. B. Belt Squat
exercises-form-equipment = Gerät
exercises-form-equipment-hint = z. B. Maschine
exercises-form-muscle-group = Muskelgruppe
exercises-form-records = Erfassung
exercises-form-create = Übung anlegen
