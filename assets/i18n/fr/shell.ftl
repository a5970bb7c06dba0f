# Le cadre autour de chaque écran : navigation, annuler et rétablir, le rappel de sauvegarde,
# les messages, l'éditeur de notes et les routines, et les messages de l'app à leur sujet.

shell-screen-live = { $screen } (en cours)
shell-export-backup-ellipsis = Exporter une sauvegarde…
shell-export-backup = Exporter une sauvegarde
shell-hide-message = Masquer ce message
shell-closing = Fin de la sauvegarde… GymLog se ferme dès qu'elle est écrite.
shell-loading = Chargement de ton historique…
shell-undo-hint = Annuler : { $label } (Ctrl+Z)
shell-redo-hint = Rétablir : { $label } (Ctrl+Maj+Z)
shell-backup-never = jamais
shell-backup-reminder = { $count ->
    [one] { $count } séance depuis ta dernière sauvegarde (dernière : { $last })
   *[other] { $count } séances depuis ta dernière sauvegarde (dernière : { $last })
}
shell-no-cjk-font = Aucune police chinoise trouvée — installe Noto Sans CJK (Debian/Ubuntu : sudo apt install fonts-noto-cjk)
shell-window-failed = impossible d'ouvrir la fenêtre : { $detail } (GymLog a besoin d'un écran ; la ligne de commande fonctionne sans : gymlog --help)
shell-startup-error-title = GymLog ne peut pas ouvrir tes séances
shell-dialog-export = Exporter
shell-dialog-open = Ouvrir
shell-dialog-choose-folder = Choisir un dossier

shell-nothing-to-undo = Rien à annuler.
shell-nothing-to-redo = Rien à rétablir.
shell-undone = Annulé : { $label }.
shell-redone = Rétabli : { $label }.
shell-undo-make-superset = faire un superset
shell-undo-leave-superset = quitter un superset
shell-undo-move-exercise = déplacer un exercice

shell-note = Note
shell-note-add = Ajouter une note à { $exercise }
shell-note-hint = ex. siège 4, pieds hauts, pause en bas
shell-note-field = Note sur { $exercise }
shell-note-save = Enregistrer la note
shell-note-shown = Note sur { $exercise } : { $note }
shell-note-edit = Modifier la note
shell-note-edit-named = Modifier la note sur { $exercise }

shell-routines = Routines
shell-routines-empty = Pas encore de routine
shell-routines-empty-hint = Une routine est une séance que tu refais : crées-en une ci-dessous, ou enregistre une séance terminée comme routine depuis l'Historique.
shell-routine-start = Démarrer { $name }
shell-routine-edit = Modifier { $name }
shell-routine-delete-question = Supprimer la routine { $name } ?
shell-routine-new = Nouvelle routine
shell-routine-window = Routine
shell-routine-name = Nom de la routine :
shell-routine-superset = superset { $group }
shell-routine-move-up = Monter { $exercise } dans la routine
shell-routine-move-down = Descendre { $exercise } dans la routine
shell-routine-leave-superset = Quitter le superset
shell-routine-superset-with-above = Superset avec celui du dessus
shell-routine-remove-exercise = Retirer { $exercise } de la routine
shell-routine-target = { $exercise } série cible { $number }
shell-routine-remove-target = Retirer { $target }
shell-routine-add-target = + Série cible
shell-routine-add-target-named = Ajouter une série cible à { $exercise }
shell-routine-save = Enregistrer la routine
shell-routine-reps-unit = rép.
shell-routine-gone = Cette routine n'existe plus.
shell-routine-needs-name = Donne un nom à la routine.
shell-routine-needs-exercise = Ajoute d'abord un exercice à la routine.
shell-routine-saved = Routine { $name } enregistrée.
shell-routine-deleted = Routine supprimée.

shell-warm-ups-need-weight = Saisis d'abord la charge de travail : les échauffements montent jusqu'à elle.
shell-warm-ups-not-needed = Cette charge ne demande pas d'échauffement depuis la barre.
shell-warm-ups-already = Tes échauffements atteignent déjà cette charge.

shell-exercise-rename-own-only = Seuls tes propres exercices peuvent être renommés.
shell-exercise-needs-name = Donne un nom à l'exercice.
shell-exercise-exists = { $existing } existe déjà : utilise Fusionner pour y intégrer { $name }.
shell-exercise-merge-own-only = Fusionne un de tes propres exercices dans un autre exercice.
shell-exercise-delete-own-only = Seuls tes propres exercices peuvent être supprimés.
shell-exercise-has-sets = { $name } a des séries enregistrées : fusionne-le plutôt dans un autre exercice.
shell-exercise-deleted = { $name } supprimé.
shell-exercise-renamed = { $from } s'appelle maintenant { $to }.
