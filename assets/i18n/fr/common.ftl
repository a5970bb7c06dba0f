screen-workout = Séance
screen-history = Historique
screen-progress = Progression
screen-insights = Analyses
screen-exercises = Exercices
screen-body = Corps
screen-settings = Réglages
screen-programs = Programmes

language-system = Langue du système
language-system-named = Langue du système ({ $language })
settings-language = Langue
settings-language-hint = Les nombres et les dates suivent la langue : en français, 82,5 kg et 06/12/2026. Les charges saisies sont lues avec une virgule ou un point dans toutes les langues.

count-workouts = { $count ->
    [one] { $count } séance
   *[other] { $count } séances
}
count-sets = { $count ->
    [one] { $count } série
   *[other] { $count } séries
}
count-exercises = { $count ->
    [one] { $count } exercice
   *[other] { $count } exercices
}

# Boutons et mots communs des widgets que chaque écran utilise.
common-cancel = Annuler
common-save = Enregistrer
common-remove = Retirer
common-edit = Modifier
common-start = Démarrer
common-dismiss = Ignorer
common-delete = Supprimer…
common-yes-delete = Oui, supprimer
common-keep-it = Garder
common-undo = Annuler
common-redo = Rétablir
common-reps = Rép.
common-time = Temps
# Noms accessibles des champs d'une série : « Développé couché série 1 charge ».
common-field-weight = charge
common-field-reps = répétitions
common-field-distance = distance
common-field-time = temps
common-field-type = type
common-field-note = note
common-field-as = { $who } en { $type }
set-type-normal = Normale
set-type-warm-up = Échauffement
set-type-drop = Dégressive
set-type-failure = Échec
set-type-cool-down = Retour au calme
common-refused-not-a-number = { $what } : « { $text } » n'est pas un nombre
common-refused-not-whole = { $what } : « { $text } » n'est pas un nombre entier
common-refused-not-a-time = { $what } : « { $text } » n'est pas une durée (m:ss)
common-refused-out-of-range = { $what } : { $text } est hors limites ({ $range })
