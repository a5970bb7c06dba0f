program-messages-gone = Ce programme n’existe plus.
program-messages-cannot-follow = Impossible de suivre { $program } : { $problem }.
program-messages-following = Vous suivez maintenant { $program }.
program-messages-stopped = Programme arrêté.
program-messages-finish-workout-first = Terminez ou abandonnez d’abord la séance en cours.
program-messages-follow-first = Suivez d’abord un programme.
program-messages-workout-name = { $day } de { $program }

program-messages-only-own-edited = Seuls vos propres programmes peuvent être modifiés : copiez d’abord un programme intégré.
program-messages-only-own-deleted = Seuls vos propres programmes peuvent être supprimés.
program-messages-stop-before-deleting = Vous suivez { $program } : arrêtez de le suivre avant de le supprimer.
program-messages-deleted = { $program } supprimé.
program-messages-saved = { $program } enregistré.

program-messages-not-a-program-day = Cette séance n’est pas un jour de programme.
program-messages-no-target = Le programme ne fixe aucune cible pour { $exercise }.
program-messages-weight-or-reps = Saisissez une charge ou des répétitions pour la nouvelle cible.
program-messages-undo-override-target = modifier la cible de { $exercise }

program-messages-no-days = le programme n’a aucun jour
program-messages-empty-day = le jour « { $day } » n’a aucun exercice
program-messages-exercise-twice = le jour « { $day } » contient deux fois l’exercice « { $exercise } »
program-messages-track-twice = le jour « { $day } » contient deux fois « { $track } »
program-messages-track-rules-differ = « { $track } » a des règles de types différents ou des incréments différents selon les jours
program-messages-bad-rule = { $exercise } : { $problem }

program-messages-rule-no-set-or-rep = il faut au moins une série d’au moins une répétition
program-messages-rule-no-sets = il faut au moins une série
program-messages-rule-no-stages = il faut au moins un palier
program-messages-rule-empty-week = chaque semaine doit avoir au moins une série
program-messages-rule-raise-below-reps = les répétitions qui augmentent la charge sont inférieures aux répétitions visées
program-messages-rule-range-upside-down = le haut de la fourchette de répétitions est inférieur au bas
program-messages-rule-off-the-rpe-chart = le tableau RPE couvre 1 à 10 répétitions à RPE 6–10 par demi-points
program-messages-rule-deload-percent = la décharge doit être supérieure à 0 et au plus 100 %
program-messages-rule-reset-percent = la reprise doit être supérieure à 0 et au plus 100 %
program-messages-rule-week-percent = le pourcentage d’une semaine doit être supérieur à 0 et au plus 100 %
program-messages-rule-supplemental-percent = le pourcentage des séries complémentaires doit être supérieur à 0 et au plus 100 %
program-messages-rule-percent = un pourcentage doit être supérieur à 0 et au plus 100 %
program-messages-rule-negative-reset = l’ajout à la reprise est négatif
program-messages-rule-negative-increment = l’incrément doit être nul ou positif
