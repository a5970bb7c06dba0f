# Einstellungen: Einheit, Design, e1RM-Formel, Training, wo die Daten liegen.

settings-weight-unit = Gewichtseinheit:
settings-theme = Design:
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-formula = Formel für das geschätzte 1RM:
settings-formula-epley-hint = Gewicht × (1 + Wdh. / 30)
settings-formula-brzycki-hint = Gewicht × 36 / (37 − Wdh.)
settings-formula-range = (aus Sätzen mit 1–12 Wiederholungen)
settings-training = Training
settings-rest-chime = Signalton, wenn die Pause vorbei ist
settings-bar = Stange ({ $unit }):
settings-plates = Scheiben (Größe×Paare):
settings-plates-hint = z. B. 20×4, 10×2, 1,25×2
settings-save-plates = Scheiben speichern
settings-standard-plates = Standardscheiben
settings-import = Import
settings-import-apps = Strong, Hevy, FitNotes, JEFIT, Liftosaur oder GymBook: GymLog erkennt die App an der Datei.
settings-import-button = Aus einer anderen App importieren…
settings-data = Wo deine Daten liegen
settings-database = Datenbank: { $path }
settings-backup-state = Backup-Status: { $path }
