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
