programs-built-in = Intégré
programs-your-own = Le vôtre
programs-following-mark = (suivi)
programs-day-line = { $day } : { $exercises }
programs-rules = Règles : { $source }
programs-following = Programme suivi : { $program }
programs-follow = Suivre…
programs-follow-named = Suivre { $program }
programs-replay = Rejouer
programs-replay-named = Rejouer { $program }
programs-copy-and-edit = Copier et modifier
programs-copy-and-edit-named = Copier et modifier { $program }
programs-edit-named = Modifier { $program }
programs-start-next-day = Commencer la prochaine séance
programs-stop-following = Arrêter de suivre

programs-day-workout-a = Séance A
programs-day-workout-b = Séance B
programs-day-day-1 = Jour 1
programs-day-day-2 = Jour 2
programs-day-day-3 = Jour 3
programs-day-day-4 = Jour 4
programs-day-press-day = Jour développé militaire
programs-day-deadlift-day = Jour soulevé de terre
programs-day-bench-day = Jour développé couché
programs-day-squat-day = Jour squat
programs-day-push = Poussée
programs-day-pull = Tirage
programs-day-legs = Jambes
programs-wave-week-1 = Semaine 1
programs-wave-week-2 = Semaine 2
programs-wave-week-3 = Semaine 3
programs-wave-deload = Décharge

programs-week = Semaine { $number }
programs-coming-weeks = { $weeks ->
    [one] La semaine à venir de { $program }
   *[other] Les { $weeks } semaines à venir de { $program }
}
programs-coming-note = { $days ->
    [one] Si chaque série est réussie ; une semaine est un tour de son { $days } jour.
   *[other] Si chaque série est réussie ; une semaine est un tour de ses { $days } jours.
}
programs-exercise-line = { $exercise } : { $sets }
programs-sets-of = { $count ->
    [one] { $count } série de { $set }
   *[other] { $count } séries de { $set }
}

programs-follow-hint = Charges de départ, proposées d’après vos propres séries ; modifiez-les avant de suivre.
programs-starting-load = Charge de départ { $exercise }
programs-follow-with-loads = Suivre avec ces charges
programs-kind-working-weight = charge de travail
programs-kind-training-max = max d’entraînement
programs-source = d’après { $set } le { $date } · e1RM { $e1rm } · { $how }
programs-source-working-weight = { $share } % du max sur { $reps } répétitions que donne le meilleur e1RM des { $weeks } dernières semaines
programs-source-training-max = { $share } % du meilleur e1RM des { $weeks } dernières semaines
programs-source-one-rep-max = le meilleur e1RM des { $weeks } dernières semaines
programs-source-none = aucune série ces { $weeks } dernières semaines — valeur par défaut du programme

programs-replay-title = Ce que { $program } aurait prescrit sur les { $weeks } dernières semaines
programs-replay-session = { $date } · { $day }
programs-replay-none = Aucune de vos séances depuis le { $date } ne correspond à un jour de { $program }.
programs-replay-note = { $count ->
    [one] { $count } séance depuis le { $date }, avec les charges qu’il aurait proposées ce jour-là ; prescrit, puis soulevé.
   *[other] { $count } séances depuis le { $date }, avec les charges qu’il aurait proposées ce jour-là ; prescrit, puis soulevé.
}
programs-replay-weeks = Semaines :
programs-replay-exercise = Exercice
programs-replay-prescribed = Prescrit
programs-replay-lifted = Soulevé

programs-section = Programme
programs-next = Prochaine : { $day } de { $program }
programs-start-day = Commencer { $day }
programs-all = Tous les programmes
programs-none-followed = Aucun programme suivi : un programme donne à chaque jour ses séries cibles.
programs-choose = Choisir un programme
programs-next-time = La prochaine fois :

programs-outcome-weight-up = { $exercise } +{ $by } la prochaine fois ({ $to })
programs-outcome-same-weight = { $exercise } : encore { $weight } la prochaine fois
programs-outcome-same-weight-missed = { $exercise } : encore { $weight } la prochaine fois ({ $failures } échec(s) sur { $deload } avant une décharge)
programs-outcome-deload = { $exercise } : décharge à { $to }
programs-outcome-next-stage = { $exercise } : palier { $stage } ({ $scheme }) la prochaine fois, à { $weight }
programs-outcome-reset = { $exercise } : retour à { $scheme } à { $weight }
programs-outcome-next-week = { $exercise } : semaine { $week } sur { $weeks } la prochaine fois
programs-outcome-training-max-up = { $exercise } : max d’entraînement +{ $by } ({ $to })
programs-outcome-training-max-down = { $exercise } : max d’entraînement abaissé à { $to } (des répétitions ont été manquées ce cycle)
programs-outcome-training-max-set = { $exercise } : max d’entraînement fixé à { $to } d’après cette séance
programs-outcome-e1rm = { $exercise } : prochaines charges d’après un e1RM de { $e1rm }
programs-outcome-not-done = { $exercise } : pas fait, rien ne change
programs-outcome-counted-as-lifted = { $exercise } : compté sur les { $lifted } soulevés, pas les { $planned } prévus

programs-editor-name = Nom :
programs-editor-program-name = Nom du programme
programs-editor-unit = Charges et incréments en { $unit }.
programs-editor-add-day = Ajouter un jour
programs-editor-add-exercise = Ajouter un exercice :
programs-editor-save = Enregistrer le programme
programs-editor-delete = Supprimer le programme
programs-editor-delete-question = Supprimer ce programme ? Ses séances passées restent.
programs-editor-delete-yes = Supprimer
programs-editor-copy-name = { $program } (copie)
programs-editor-copy-name-numbered = { $program } (copie { $number })
programs-editor-day = Jour { $number }
programs-editor-move-up = Monter { $what }
programs-editor-move-down = Descendre { $what }
programs-editor-remove = Retirer { $what }
programs-editor-add-to = Ajouter { $exercise } à { $day }
programs-editor-add-exercise-to = Ajouter un exercice à { $day }
programs-editor-day-name = Nom de { $day }
programs-editor-exercise-tag = { $day } : { $exercise }
programs-editor-field = { $what } { $field }
programs-editor-rule-label = Règle de { $what }
programs-editor-shared = Incrément et type de règle partagés avec { $days }
programs-editor-add-stage = Ajouter un palier
programs-editor-add-stage-of = Ajouter un palier à { $what }
programs-editor-remove-stage = Retirer le dernier palier
programs-editor-remove-stage-of = Retirer le dernier palier de { $what }
programs-editor-add-group = Ajouter un groupe de séries
programs-editor-add-group-of = Ajouter un groupe de séries à { $what }
programs-editor-remove-group = Retirer le dernier groupe de séries
programs-editor-remove-group-of = Retirer le dernier groupe de séries de { $what }
programs-editor-needs-name = Le programme a besoin d’un nom.
programs-editor-fix-first = Corrigez d’abord ceci : { $problem }.
programs-editor-cannot-save = { $program } ne peut pas être enregistré : { $problem }.
programs-editor-field-gone = { $what } n’existe plus
programs-editor-field-switch = { $what } est un interrupteur

programs-rule-linear = Linéaire (séries × répétitions)
programs-rule-double-progression = Double progression (fourchette de répétitions)
programs-rule-wave = Vagues sur max d’entraînement (5/3/1)
programs-rule-stages = Paliers en cas d’échec (GZCLP T1/T2)
programs-rule-amrap = Seuil AMRAP (GZCLP T3)
programs-rule-rpe = RPE cible
programs-rule-percent-of-max = Pourcentage du 1RM

programs-param-increment = incrément
programs-param-sets = séries
programs-param-reps = répétitions
programs-param-last-set-amrap = dernière série AMRAP
programs-param-failures-before-deload = échecs avant décharge (0 : jamais)
programs-param-deload-percent = décharge %
programs-param-reps-from = répétitions de
programs-param-reps-up-to = répétitions jusqu’à
programs-param-raise-at = répétitions de la dernière série qui augmentent la charge
programs-param-stage-sets = palier { $number } séries
programs-param-stage-reps = palier { $number } répétitions
programs-param-stage-amrap = palier { $number } dernière série AMRAP
programs-param-restart-percent = reprendre à % de la charge échouée
programs-param-restart-plus = reprendre au dernier premier palier plus
programs-param-week-set-percent = { $week } série { $number } % du TM
programs-param-week-set-reps = { $week } série { $number } répétitions
programs-param-week-set-amrap = { $week } série { $number } AMRAP
programs-param-extra-sets = { $label } séries
programs-param-extra-reps = { $label } répétitions
programs-param-extra-percent = { $label } % du TM
programs-param-training-max-down = baisse du max d’entraînement en % après des répétitions manquées
programs-param-group-sets = groupe { $number } séries
programs-param-group-reps = groupe { $number } répétitions
programs-param-group-rpe = groupe { $number } RPE
programs-param-group-percent = groupe { $number } % du 1RM
