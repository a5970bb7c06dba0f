# Le travail en arrière-plan (exports, restaurations, imports, requêtes, synchro), les filtres
# des sélecteurs de fichiers, et ce que dit la fenêtre quand ce travail ne peut pas démarrer ou échoue.

jobs-busy-history = Ton historique est encore en cours de chargement.
jobs-busy-file-dialog = Une fenêtre de fichiers est déjà ouverte.
jobs-busy-export = Un export est déjà en cours.
jobs-busy-auto-backup = Une sauvegarde automatique est déjà en cours.
jobs-busy-restore = Une restauration est déjà en cours.
jobs-busy-import = Un import est déjà en cours.
jobs-busy-query = Une requête est déjà en cours.
jobs-busy-recount = Tes records sont encore en cours de calcul.
jobs-busy-sync = Une synchro est déjà en cours.
jobs-history-loading = Ton historique est encore en cours de chargement : réessaie dès qu'il s'affiche.
jobs-no-thread = Impossible de lancer une tâche en arrière-plan : { $detail }
jobs-crashed = Une tâche en arrière-plan ({ $task }) a échoué : { $detail }
jobs-not-saved = Non enregistré : { $detail }
jobs-not-saved-reloaded = Non enregistré : { $detail }. Ta séance est réaffichée telle que la base de données la contient : vérifie les dernières séries.
shell-dialog-filter-backup = Sauvegarde GymLog (Parquet)
shell-dialog-filter-csv = CSV
shell-dialog-filter-exports = Exports d'applis de muscu
