# Settings: unit, theme, e1RM formula, training, where the data lives.

settings-weight-unit = Weight unit:
settings-theme = Theme:
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-formula = Estimated 1RM formula:
settings-formula-epley-hint = weight × (1 + reps / 30)
settings-formula-brzycki-hint = weight × 36 / (37 − reps)
settings-formula-range = (from sets of 1–12 reps)
settings-training = Training
settings-rest-chime = Chime when a rest is over
settings-bar = Bar ({ $unit }):
settings-plates = Plates (size×pairs):
settings-plates-hint = e.g. 20×4, 10×2, 1.25×2
settings-save-plates = Save plates
settings-standard-plates = Standard plates
settings-import = Import
settings-import-apps = Strong, Hevy, FitNotes, JEFIT, Liftosaur or GymBook: GymLog finds the app from the file.
settings-import-button = Import from another app…
settings-data = Where your data lives
settings-database = Database: { $path }
settings-backup-state = Backup state: { $path }
