screen-workout = Allenamento
screen-history = Storico
screen-progress = Progressi
screen-insights = Analisi
screen-exercises = Esercizi
screen-body = Corpo
screen-settings = Impostazioni
screen-programs = Programmi

language-system = Lingua di sistema
language-system-named = Lingua di sistema ({ $language })
settings-language = Lingua
settings-language-hint = Numeri e date seguono la lingua: in italiano 82,5 kg e 06/12/2026. I carichi digitati si leggono con la virgola o con il punto in tutte le lingue.

count-workouts = { $count ->
    [one] { $count } allenamento
   *[other] { $count } allenamenti
}
count-sets = { $count ->
    [one] { $count } serie
   *[other] { $count } serie
}
count-exercises = { $count ->
    [one] { $count } esercizio
   *[other] { $count } esercizi
}
