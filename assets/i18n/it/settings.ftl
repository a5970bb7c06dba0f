# Impostazioni: unità, tema, formula dell'1RM stimato, allenamento, dove sono i dati.

settings-weight-unit = Unità di peso:
settings-theme = Tema:
settings-theme-system = Come il sistema
settings-theme-light = Chiaro
settings-theme-dark = Scuro
settings-formula = Formula dell'1RM stimato:
settings-formula-epley-hint = carico × (1 + ripetizioni / 30)
settings-formula-brzycki-hint = carico × 36 / (37 − ripetizioni)
settings-formula-range = (da serie di 1–12 ripetizioni)
settings-training = Allenamento
settings-rest-chime = Suono a fine recupero
settings-bar = Bilanciere ({ $unit }):
settings-plates = Dischi (misura×coppie):
settings-plates-hint = es. 20×4, 10×2, 1,25×2
settings-save-plates = Salva i dischi
settings-standard-plates = Dischi standard
settings-import = Importa
settings-import-apps = Strong, Hevy, FitNotes, JEFIT, Liftosaur o GymBook: GymLog riconosce l'app dal file.
settings-import-button = Importa da un'altra app…
settings-data = Dove sono i tuoi dati
settings-database = Database: { $path }
settings-backup-state = Stato dei backup: { $path }
