# La séance en cours : l'écran de départ, les tableaux de séries, la barre de séance, les
# questions avant d'enregistrer ou de terminer, et les objectifs d'un jour de programme.

workout-start-title = Commencer une séance
workout-empty-log = Ton carnet d'entraînement est vide. Commence une séance, ajoute des exercices et enregistre tes séries : chaque série est sauvegardée dès que tu l'enregistres.
workout-start = Commencer la séance
workout-name = Nom (facultatif) :
workout-name-hint = p. ex. Jour push
workout-bring-history = Apporte ton historique
workout-bring-history-hint = Depuis Strong, Hevy, FitNotes, JEFIT, Liftosaur ou GymBook : GymLog reconnaît l'appli d'après le fichier. Ou restaure une sauvegarde GymLog d'un autre ordinateur.
workout-import = Importer depuis Strong, Hevy, FitNotes…
workout-restore = Restaurer une sauvegarde…
workout-repeat-recent = Refaire une séance récente
workout-repeat = Refaire
workout-repeat-named = Refaire { $workout }
workout-untitled = Séance
workout-list-separator = {", "}
workout-this-week = Cette semaine
workout-no-workout-this-week = Pas encore de séance cette semaine.
workout-recent-records = Records récents
workout-was = avant { $value }

workout-add-exercise = Ajouter un exercice
workout-add-exercise-below = Ajoute un exercice ci-dessous pour enregistrer tes séries.
workout-discard = Abandonner la séance
workout-discard-question = Abandonner cette séance et ses séries ?
workout-discard-yes = Oui, abandonner

workout-sets-logged = { $count ->
    [one] { $count } série enregistrée
   *[other] { $count } séries enregistrées
}
workout-finish = Terminer
workout-add-exercise-bar = Ajouter un exercice…
workout-rest = Repos
workout-rest-over = Repos terminé — série suivante !
workout-rest-minus = −15 s
workout-rest-plus = +15 s
workout-skip-rest = Passer le repos

workout-set = Série
workout-previous = Précédent
workout-pace = Allure
workout-plates = Disques / côté
workout-bar-only = barre seule
workout-set-of = { $exercise } série { $number }
workout-add-set = + Ajouter une série
workout-add-set-of = Ajouter une série de { $exercise }
workout-saving = Sauvegarde en cours
workout-being-saved = { $who } est en cours de sauvegarde
workout-pr = PR
workout-new-record = Nouveau record : { $records }
workout-is-record = { $who } est un record : { $records }
workout-logged = Enregistrée
workout-is-logged = { $who } est enregistrée
workout-edited = Modifiée, pas encore sauvegardée : appuie sur Entrée ou Mettre à jour
workout-has-changes = { $who } a des modifications non sauvegardées
workout-next-set = La prochaine série
workout-is-next = { $who } est la prochaine
workout-pace-of = { $who } allure { $pace }
workout-plates-of = { $who } disques { $plates }
workout-update = Mettre à jour
workout-done = Fait
workout-update-named = Mettre à jour { $who }
workout-complete-named = Valider { $who }
workout-set-menu = Type, note, supprimer
workout-more-for = Plus pour { $name }
workout-note-of = { $who } note { $note }
workout-set-type = Type de série
workout-note = Note
workout-remove-set = Supprimer la série
workout-remove-named = Supprimer { $name }

workout-records = Records
workout-records-of = Records de { $exercise }
workout-superset = Superset { $letter }
workout-rest-between = { $rest } entre les séries
workout-rests-between = { $exercise } : { $rest } de repos entre les séries
workout-rest-shorter = { $exercise } : repos plus court
workout-rest-longer = { $exercise } : repos plus long
workout-more = Plus
workout-remove-question = { $count ->
    [one] Supprimer { $exercise } et sa série enregistrée ?
   *[other] Supprimer { $exercise } et ses { $count } séries enregistrées ?
}
workout-yes-remove = Oui, supprimer
workout-add-warm-ups = Ajouter des séries d'échauffement
workout-add-warm-ups-to = Ajouter des séries d'échauffement à { $exercise }
workout-leave-superset = Quitter le superset
workout-leave-superset-named = Sortir { $exercise } du superset
workout-superset-with = Superset avec
workout-superset-with-named = { $exercise } en superset avec { $other }
workout-superset-with-menu = { $exercise } en superset avec
workout-move-up = Monter
workout-move-down = Descendre
workout-move-up-named = Monter { $exercise }
workout-move-down-named = Descendre { $exercise }
workout-remove-exercise = Supprimer l'exercice
workout-remove-exercise-ask = Supprimer l'exercice…

workout-check-set = Vérifie cette série
workout-log-anyway = L'enregistrer quand même
workout-let-me-fix = Je corrige
workout-not-in-log = Pas encore dans ton carnet
workout-pending-typed = { $count ->
    [one] { $count } série saisie mais pas enregistrée
   *[other] { $count } séries saisies mais pas enregistrées
}
workout-pending-edited = { $count ->
    [one] { $count } modification de séries enregistrées non appliquée
   *[other] { $count } modifications de séries enregistrées non appliquées
}
workout-pending = { $pending }.
workout-log-and-finish = Les enregistrer et terminer
workout-drop-and-finish = Les abandonner et terminer
workout-keep-logging = Continuer la séance

workout-summary = Résumé de la séance
workout-summary-duration = Durée : { $duration }
workout-summary-sets = Séries : { $count }
workout-summary-volume = Volume : { $volume } { $unit }
workout-no-new-records = Pas de nouveau record cette fois.
workout-new-records = Nouveaux records ({ $count }) :
workout-record-line = { $exercise } — { $record } : { $now } (avant { $was })
workout-discard-ask = Abandonner…
workout-save-as-routine = Enregistrer comme routine nommée :
workout-save-routine = Enregistrer la routine

workout-target = Objectif { $sets }
workout-target-overridden = Objectif { $target } (modifié ; celui du programme : { $program })
workout-override-target = Modifier l'objectif
workout-target-weight = Charge ({ $unit }) :
workout-target-reps = Rép. :
workout-target-same = pareil
workout-apply = Appliquer
workout-override-named = Modifier l'objectif de { $exercise }
workout-target-weight-named = { $exercise } charge visée
workout-target-reps-named = { $exercise } répétitions visées
workout-apply-named = Appliquer l'objectif de { $exercise }
