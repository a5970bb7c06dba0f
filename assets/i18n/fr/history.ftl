history-empty-title = Aucune séance pour l’instant
history-empty-hint = Chaque séance enregistrée apparaît ici, la plus récente en premier, pour la revoir, la corriger ou la refaire. Commencez-en une sur l’écran Séance, ou importez votre historique depuis Strong, Hevy, FitNotes, JEFIT, Liftosaur ou GymBook avec Importer.
history-go-to-workout = Aller à la séance
history-choose = Choisissez une séance à gauche pour la voir en entier, la corriger ou la refaire.
history-search = Rechercher :
history-search-hint = nom de séance ou note
history-exercise = Exercice :
history-all-exercises = Tous les exercices
history-workouts-of = { $count ->
    [one] { $count } séance sur { $total }
   *[other] { $count } séances sur { $total }
}
history-no-match-title = Aucune séance ne correspond
history-no-match-hint = Aucune séance enregistrée n’a cela dans son nom ou sa note, ni cet exercice. Essayez un autre mot, ou Tous les exercices.
history-minutes = { $minutes } min

history-imported-from = Importée depuis { $source }
history-note = Note : { $note }
history-edit = Modifier la séance
history-edit-named = Modifier { $workout }
history-repeat = Refaire cette séance
history-save-as-routine = Enregistrer comme routine
history-save-as-routine-named = Enregistrer { $workout } comme routine
history-delete = Supprimer la séance…
history-delete-question = Supprimer cette séance ?
history-delete-yes = Oui, supprimer
history-superset = Superset { $letter }
history-records = Records
history-records-of = Records de { $exercise }
history-set = Série
history-type = Type
history-done = Réalisé
history-rpe = RPE
history-set-note = Note
history-set-of = { $exercise } série { $number }

history-set-type-normal = Normale
history-set-type-warm-up = Échauffement
history-set-type-drop = Dégressive
history-set-type-failure = Échec
history-set-type-cool-down = Retour au calme

history-change-history = Historique des modifications ({ $count })
history-never-changed = Jamais modifiée depuis son enregistrement.
history-change-set-added = Série de { $exercise } ajoutée : { $set }
history-change-set-removed = Série de { $exercise } supprimée : { $set }
history-change-set-changed = Série de { $exercise } modifiée : { $changes }
history-change-became = { $before } est devenu { $after }
history-change-type = type { $before } devenu { $after }
history-change-rpe = RPE { $before } devenu { $after }
history-change-none = aucun
history-change-note = note « { $note } »
history-change-nothing-visible = aucun changement visible
history-change-separator = {", "}
history-change-no-name = (sans nom)
history-change-renamed = renommée de « { $before } » en « { $after } »
history-change-moved = déplacée du { $before } au { $after }
history-change-unknown = inconnue
history-change-duration = durée { $before } devenue { $after }
history-change-workout = Séance : { $changes }

history-edit-title = Corriger cette séance
history-edit-hint = Les modifications sont enregistrées comme de nouveaux événements : l’original reste dans le journal, et Annuler les reprend.
history-edit-name = Nom de la séance
history-edit-start = Début (AAAA-MM-JJ HH:MM)
history-edit-duration = Durée (minutes)
history-edit-remove = Retirer
history-edit-remove-named = Retirer { $set }
history-edit-add-set = + Ajouter une série
history-edit-add-set-named = Ajouter une série de { $exercise }
history-edit-save = Enregistrer les modifications
history-edit-cancel = Annuler

history-undo-correct = corriger { $workout }
history-nothing-changed = Rien n’a changé.
history-corrected = Séance corrigée. Annuler la rétablit.
history-refresh-failed = Impossible d’actualiser l’historique : { $detail }
history-start-invalid = le début « { $start } » n’est pas une date et une heure comme 2026-03-14 18:30
history-start-not-on-clock = { $start } n’existe pas sur l’horloge de cet ordinateur
history-start-in-future = le début est dans le futur
history-duration-invalid = la durée « { $duration } » n’est pas un nombre de minutes (0–1440)
history-set-problem = { $exercise } série { $number } : { $problem }
