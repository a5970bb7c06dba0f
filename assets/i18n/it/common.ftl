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

# Pulsanti e parole comuni dei widget che ogni schermata usa.
common-cancel = Annulla
common-save = Salva
common-remove = Togli
common-edit = Modifica
common-start = Inizia
common-dismiss = Chiudi
common-delete = Elimina…
common-yes-delete = Sì, elimina
common-keep-it = Tienilo
common-undo = Annulla
common-redo = Ripeti
common-reps = Rip.
common-time = Tempo
# Nomi accessibili dei campi di una serie: «Panca piana serie 1 carico».
common-field-weight = carico
common-field-reps = ripetizioni
common-field-distance = distanza
common-field-time = tempo
common-field-type = tipo
common-field-note = nota
common-field-as = { $who } come { $type }
set-type-normal = Normale
set-type-warm-up = Riscaldamento
set-type-drop = Stripping
set-type-failure = A cedimento
set-type-cool-down = Defaticamento
common-refused-not-a-number = { $what }: «{ $text }» non è un numero
common-refused-not-whole = { $what }: «{ $text }» non è un numero intero
common-refused-not-a-time = { $what }: «{ $text }» non è un tempo (m:ss)
common-refused-out-of-range = { $what }: { $text } è fuori intervallo ({ $range })
