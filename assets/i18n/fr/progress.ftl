progress-empty-title = Rien à afficher pour l’instant
progress-empty-hint = Enregistrez une séance : vos jours d’entraînement, vos séries de semaines et votre volume hebdomadaire par groupe musculaire s’affichent ici.
progress-weeks = { $count ->
    [one] { $count } semaine
   *[other] { $count } semaines
}
progress-streak = Régularité : { $current } d’affilée en ce moment · record { $longest }
progress-updating = Mise à jour…
progress-volume-per-week = Volume par semaine ({ $unit })
progress-all-muscle-groups = Tous les groupes musculaires
progress-muscle-group = Groupe musculaire
progress-volume = Volume
progress-group-volume = Volume { $group }
progress-week-of = semaine du { $date }
progress-training-days = Jours d’entraînement
progress-earlier-year = Année précédente
progress-later-year = Année suivante
progress-year-summary = { $days ->
    [one] { $days } jour d’entraînement
   *[other] { $days } jours d’entraînement
} en { $year } ({ $workouts ->
    [one] { $workouts } séance
   *[other] { $workouts } séances
})
progress-day = { $date } : { $workouts }, { $sets }, { $volume }
progress-rest-day = { $date } : jour de repos
progress-heat-map-hint = Plus foncé : plus de séries ce jour-là. Survolez un jour pour voir ses séances.

progress-back-button = ⏴ Retour
progress-back = Retour
progress-exercise-empty-title = Aucune série de cet exercice pour l’instant
progress-exercise-empty-hint = Ses records, son 1RM estimé et ses graphiques s’affichent ici dès qu’une séance enregistrée en contient une série.
progress-sessions-since = { $count ->
    [one] { $count } séance depuis le { $date }
   *[other] { $count } séances depuis le { $date }
}
progress-sessions = Séances
progress-session-date = Date
progress-session-name = Nom
progress-session-best-set = Meilleure série
progress-session-sets = Séries
progress-records = Records
progress-record-e1rm = 1RM estimé
progress-record-heaviest = Charge la plus lourde
progress-record-reps-at-weight = Plus de répétitions à cette charge
progress-record-set-volume = Meilleur volume sur une série
progress-record-session-volume = Meilleur volume sur une séance
progress-record-most-reps = Plus de répétitions
progress-record-longest-time = Temps le plus long
progress-record-longest-distance = Distance la plus longue
progress-rep-max = { $reps }RM
progress-reps = { $count ->
    [one] { $count } rép.
   *[other] { $count } rép.
}
progress-rep-maxes = Maximums par répétitions (le plus lourd pour au moins ce nombre de répétitions)
progress-reps-at-each-weight = Plus de répétitions à chaque charge
progress-kind-weight-reps = Charge × répétitions
progress-kind-bodyweight-reps = Poids du corps (+ lest)
progress-kind-reps-only = Répétitions seules
progress-kind-duration = Temps
progress-kind-distance-duration = Distance + temps
progress-kind-weight-distance = Charge + distance
progress-chart = Graphique :
progress-chart-best-e1rm = Meilleur 1RM estimé ({ $unit })
progress-chart-most-reps = Plus de répétitions sur une série
progress-chart-longest-time = Temps le plus long (s)
progress-chart-longest-distance = Distance la plus longue ({ $unit })
progress-chart-top-set-weight = Charge de la meilleure série ({ $unit })
progress-chart-session-volume = Volume de la séance ({ $unit })
progress-chart-hint = Glissez pour vous déplacer, Ctrl + molette pour zoomer, double-clic pour réinitialiser.
