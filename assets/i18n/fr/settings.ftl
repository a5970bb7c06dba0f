# Réglages : unité, thème, formule du 1RM estimé, entraînement, emplacement des données.

settings-weight-unit = Unité de poids :
settings-theme = Thème :
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-formula = Formule du 1RM estimé :
settings-formula-epley-hint = charge × (1 + répétitions / 30)
settings-formula-brzycki-hint = charge × 36 / (37 − répétitions)
settings-formula-range = (à partir de séries de 1 à 12 répétitions)
settings-training = Entraînement
settings-rest-chime = Son à la fin du repos
settings-bar = Barre ({ $unit }) :
settings-plates = Disques (taille×paires) :
settings-plates-hint = p. ex. 20×4, 10×2, 1,25×2
settings-save-plates = Enregistrer les disques
settings-standard-plates = Disques standard
settings-import = Importer
settings-import-apps = Strong, Hevy, FitNotes, JEFIT, Liftosaur ou GymBook : GymLog reconnaît l'appli d'après le fichier.
settings-import-button = Importer depuis une autre appli…
settings-data = Où sont vos données
settings-database = Base de données : { $path }
settings-backup-state = État des sauvegardes : { $path }
