# Import aus einer anderen App: das Fenster, der Bericht der Probe, das Ergebnis.

import-title = Deinen Verlauf importieren
import-intro = Exporte von Strong, Hevy, FitNotes, JEFIT, Liftosaur und GymBook werden gelesen; GymLog erkennt App und Aufbau an der Datei selbst. Zieh die Datei auf das Fenster, oder:
import-choose = Datei wählen…
import-or-path = oder ihr Pfad:
import-check = Prüfen
import-where = Wo jede App ihren Export ablegt
import-hint-strong = Strong: Einstellungen → Strong-Daten exportieren
import-hint-hevy = Hevy: Profil → Einstellungen → Daten exportieren & importieren → Trainings exportieren
import-hint-fitnotes = FitNotes: Einstellungen → Tabellenexport → Trainingsdaten
import-hint-jefit = JEFIT: jefit.com → My Jefit → Einstellungen → Datenverwaltung → Daten exportieren
import-hint-liftosaur = Liftosaur: Ich → Verlauf als CSV exportieren
import-hint-gymbook = GymBook: Einstellungen → Export → Trainings (CSV)
import-waiting-dialog = Warte auf den Dateidialog…
import-no-choice = Keine Datei gewählt. Gib oben den Pfad des Exports ein und drücke Prüfen, oder wähle erneut.
import-reading = Export wird gelesen…
import-found-layout = Gefunden: { $layout }.
import-which-unit = Diese Datei nennt ihre Gewichtseinheit nicht. Ihre Gewichte sind in:
import-button = { $count ->
    [one] { $count } Training importieren
   *[other] { $count } Trainings importieren
}
import-cancel = Abbrechen
import-importing = Wird importiert, alles in einer Transaktion…
import-done = { $count ->
    [one] { $count } Training
   *[other] { $count } Trainings
} importiert: { $added } Ereignisse hinzugefügt ({ $present } schon da). Dein Verlauf zeigt sie nach Datum.
import-close = Schließen
import-found = Gefunden: { $app } — { $layout }.
import-summary = { $workouts ->
    [one] { $workouts } Training
   *[other] { $workouts } Trainings
} vom { $from } bis { $to }: { $sets ->
    [one] { $sets } Satz
   *[other] { $sets } Sätze
}; { $skipped ->
    [one] { $skipped } Zeile
   *[other] { $skipped } Zeilen
} übersprungen (von { $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
}).
import-sets-by-type = Sätze: { $types }.
import-set-type = { $count } { $type }
import-set-type-normal = normal
import-set-type-warm-up = Aufwärmen
import-set-type-cool-down = Cool-down
import-set-type-drop = Dropsatz
import-set-type-failure = bis zum Versagen
import-weigh-ins = { $count ->
    [one] { $count } Wiegung
   *[other] { $count } Wiegungen
} deines Körpergewichts.
import-measurements = { $count ->
    [one] { $count } Körpermaß
   *[other] { $count } Körpermaße
}.
import-already-present = { $count } seiner Ereignisse sind schon da (früher importiert): Sie werden übersprungen.
import-duplicates = { $count ->
    [one] { $count } Training
   *[other] { $count } Trainings
} schon aus einer anderen Datei in GymLog: nicht erneut hinzugefügt
import-duplicate-line = Zeile { $line }: { $date } { $name } ist { $same }
import-renamed = { $from } ist { $to }
import-exercises = Übungen: { $matched } zugeordnet, { $created } neu
import-new-exercise = neu: { $name }
import-warnings = Wie geschrieben importiert, einen Blick wert: { $count }
import-line = Zeile { $line }: { $text }
import-skipped-rows = Übersprungene Zeilen: { $count }
import-the-file = der Datei
import-imported = { $count } Trainings aus { $app } importiert ({ $added } Ereignisse hinzugefügt, { $present } schon da, { $duplicates } Trainings schon aus einer anderen Datei in GymLog).
import-failed = Import fehlgeschlagen: { $detail }
