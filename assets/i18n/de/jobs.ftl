# Arbeit im Hintergrund (Exporte, Wiederherstellungen, Importe, Abfragen, Sync), die Filter der
# Dateidialoge, und was das Fenster sagt, wenn solche Arbeit nicht starten kann oder scheitert.

jobs-busy-history = Dein Verlauf wird noch geladen.
jobs-busy-file-dialog = Ein Dateidialog ist schon offen.
jobs-busy-export = Ein Export läuft bereits.
jobs-busy-auto-backup = Eine automatische Sicherung läuft bereits.
jobs-busy-restore = Eine Wiederherstellung läuft bereits.
jobs-busy-import = Ein Import läuft bereits.
jobs-busy-query = Eine Abfrage läuft bereits.
jobs-busy-recount = Deine Rekorde werden noch gezählt.
jobs-busy-sync = Ein Sync läuft bereits.
jobs-history-loading = Dein Verlauf wird noch geladen: versuch es nochmal, sobald er angezeigt wird.
jobs-no-thread = Hintergrundaufgabe konnte nicht starten: { $detail }
jobs-crashed = Eine Hintergrundaufgabe ({ $task }) ist fehlgeschlagen: { $detail }
jobs-not-saved = Nicht gespeichert: { $detail }
jobs-not-saved-reloaded = Nicht gespeichert: { $detail }. Dein Training wird wieder so gezeigt, wie es in der Datenbank steht: prüf die letzten Sätze.
shell-dialog-filter-backup = GymLog-Sicherung (Parquet)
shell-dialog-filter-csv = CSV
shell-dialog-filter-exports = Exporte von Trainings-Apps
