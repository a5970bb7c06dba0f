# The exercise picker and the Exercises screen (ui/exercise_picker.rs, ui/library.rs).
# Names of the built-in exercises are in exercises.ftl.

# The exercise picker (workout and routines).
exercises-search = Rechercher un exercice :
exercises-picker-hint = ex. couché, squat, ohp
exercises-all-muscle-groups = Tous les groupes musculaires
exercises-filter-muscle-group = Filtrer par groupe musculaire
exercises-add = Ajouter { $name }
exercises-more = et { $count } autres — affinez la recherche
exercises-none-create = Aucun exercice trouvé. Créez-le :

# What a set of an exercise records.
exercises-kind-weight-reps = Charge × répétitions
exercises-kind-bodyweight-reps = Répétitions au poids du corps (+ lest)
exercises-kind-reps-only = Répétitions seules
exercises-kind-duration = Durée
exercises-kind-distance-duration = Distance + durée
exercises-kind-weight-distance = Charge + distance

# The Exercises screen.
exercises-library-hint = nom, muscle, ou ohp, rdl…
exercises-order = Ordre :
exercises-order-library = Par groupe musculaire
exercises-order-most-done = Les plus pratiqués d'abord
exercises-order-last-done = Les plus récents d'abord
exercises-nothing-called = Rien dans la bibliothèque ne s'appelle « { $query } » (la recherche porte sur les noms, les muscles et les abréviations comme ohp ou rdl). Créez-le avec « Créer un exercice personnalisé » ci-dessus.
exercises-no-match = Aucun exercice trouvé
exercises-column-exercise = Exercice
exercises-column-muscle-group = Groupe musculaire
exercises-column-equipment = Matériel
exercises-column-logged-as = Saisi en
exercises-column-sessions = Séances
exercises-column-last-done = Dernière fois
exercises-sessions = { $count ->
    [one] { $count } séance
   *[other] { $count } séances
}
exercises-sets-in-all = { $count ->
    [one] { $count } série en tout
   *[other] { $count } séries en tout
}
exercises-last-done-on = { $name } fait pour la dernière fois le { $day }
exercises-records-of = Records de { $name }

# The lifter's own exercises: rename, merge, delete.
exercises-new-name-for = Nouveau nom pour { $name }
exercises-save-name = Enregistrer le nom
exercises-cancel = Annuler
exercises-choose = choisir…
exercises-merge-into = Fusionner { $name } avec
exercises-merge = Fusionner
exercises-rename = Renommer
exercises-rename-named = Renommer { $name }
exercises-merge-ellipsis = Fusionner…
exercises-merge-named = Fusionner { $name } avec un autre exercice
exercises-delete-question = Supprimer { $name } ?
exercises-delete = Supprimer
exercises-delete-yes = Oui, supprimer

# Creating a custom exercise (Exercises screen and workout).
exercises-create-custom = Créer un exercice personnalisé
exercises-form-name = Nom
exercises-form-name-hint = ex. Belt squat
exercises-form-equipment = Matériel
exercises-form-equipment-hint = ex. Machine
exercises-form-muscle-group = Groupe musculaire
exercises-form-records = Saisie
exercises-form-create = Créer l'exercice
