# Backups: Erinnerung, Export, Wiederherstellung, automatische Backups, Team-Datensatz.

backup-section = Backup
backup-remind-after = Erinnern nach so vielen Trainings ohne Backup:
backup-never = nie
backup-since-last = Trainings seit dem letzten Backup: { $count } (letztes Backup: { $last })
backup-export-now = Jetzt Backup exportieren…
backup-restore-button = Aus Backup wiederherstellen…
backup-browse = Durchsuchen…
backup-cancel = Abbrechen
backup-close = Schließen

backup-team = Team-Datensatz
backup-team-intro = Für einen Coach: dein Training als dein Teil eines Team-Ordners, den DuckDB, Spark und Trino als eine Tabelle lesen.
backup-team-folder = Team-Ordner:
backup-team-folder-name = Team-Ordner
backup-team-your-name = Dein Name:
backup-team-athlete-name = Name des Athleten
backup-team-export = In den Team-Ordner exportieren

backup-auto = Automatische Backups
backup-auto-enabled = Automatisch sichern
backup-auto-folder = Ordner:
backup-auto-choose = Auswählen…
backup-auto-choose-name = Ordner für automatische Backups auswählen
backup-auto-when = Wann:
backup-auto-every-workout = nach jedem gespeicherten Training
backup-auto-daily = einmal am Tag
backup-auto-keep = Die neuesten behalten:
backup-auto-last = Letztes automatisches Backup: { $at }
backup-auto-last-file = Letztes automatisches Backup: { $path } ({ $events } Ereignisse)
backup-auto-failed = Automatisches Backup fehlgeschlagen: { $detail }. Der Erinnerungszähler bleibt unverändert.
backup-auto-no-folder = Wähle einen vorhandenen Ordner für automatische Backups ({ $path } ist keiner).

backup-export-title = Backup exportieren
backup-format-backup = Backup (Parquet, alle Ereignisse)
backup-format-csv = Sätze als CSV (für Tabellen; kein Backup)
backup-export-backup-intro = Jedes Training, das du erfasst hast, kommt in eine Parquet-Datei, die geprüft wird, bevor sie zählt.
backup-export-csv-intro = Eine Zeile pro Satz jedes gespeicherten Trainings. Eine CSV ist kein Backup: Die Erinnerung bleibt.
backup-save-to = Speichern unter:
backup-export = Exportieren
backup-exporting = Wird exportiert…
backup-export-loading = Dein Verlauf wird noch geladen: Der Export kann starten, sobald er angezeigt wird.
backup-waiting-save-dialog = Warte auf den Speichern-Dialog…
backup-in-progress = Ein Training läuft noch: Das Backup enthält es als nicht abgeschlossen. Der Export läuft trotzdem.
backup-export-no-choice = Keine Datei gewählt. Gib oben einen Pfad ein und drücke Exportieren, oder wähle erneut Durchsuchen….
backup-export-running = Ein Export läuft bereits.
backup-export-cannot-start = Der Export konnte nicht starten: { $detail }
backup-exporting-to = Export nach { $path } …
backup-writing = Schreibe { $path } …
backup-saved = Backup gespeichert: { $events } Ereignisse, { $size } nach { $path }
backup-failed = Backup fehlgeschlagen: { $detail }. Nichts wurde geschrieben; die Erinnerung bleibt.
backup-csv-written = { $detail } (eine CSV ist kein Backup)
backup-csv-failed = Der CSV-Export ist fehlgeschlagen: { $detail }. Nichts wurde geschrieben.
backup-team-cannot = Export in den Team-Ordner nicht möglich: { $detail }
backup-team-written = { $events } Ereignisse in den Team-Ordner { $path } geschrieben (ein Datensatz ist kein Backup)
backup-team-failed = Der Team-Export ist fehlgeschlagen: { $detail }. Der Ordner behält seine vorige Fassung.

backup-restore-title = Aus Backup wiederherstellen
backup-restore-intro = Eine Wiederherstellung fügt die Ereignisse des Backups hinzu, die diese Datenbank nicht hat. Nichts, was du hier erfasst hast, wird geändert oder entfernt.
backup-restore-file = Backup-Datei:
backup-check = Prüfen
backup-waiting-file-dialog = Warte auf den Dateidialog…
backup-checking = Backup wird geprüft: jeder Wert, seine Prüfsumme, jedes Ereignis…
backup-sound = Das Backup ist in Ordnung: { $events }, { $workouts }, { $from } bis { $to } (geschrieben von GymLog { $version }).
backup-count-events = { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
}
backup-count-saved-workouts = { $count ->
    [one] { $count } gespeichertes Training
   *[other] { $count } gespeicherte Trainings
}
backup-would-add = Die Wiederherstellung fügt { $events } hinzu; { $present } { $present ->
    [one] ist
   *[other] sind
} schon da; { $conflicts ->
    [one] { $conflicts } Konflikt
   *[other] { $conflicts } Konflikte
} (deine Fassung bleibt).
backup-session-untouched = Dein laufendes Training bleibt unberührt.
backup-restore-events = { $events } wiederherstellen
backup-restoring = Wird wiederhergestellt: Die Ereignisse werden in einer Transaktion hinzugefügt…
backup-restored-panel = Wiederhergestellt: { $added } hinzugefügt; die Datenbank enthält jetzt { $total }.
backup-restore-no-choice = Keine Datei gewählt. Gib oben den Pfad des Backups ein und drücke Prüfen, oder wähle erneut Durchsuchen….
backup-restored = { $added } Ereignisse wiederhergestellt ({ $present } waren schon da); dein Verlauf wird aktualisiert.
backup-restore-failed = Wiederherstellung fehlgeschlagen: { $detail }
