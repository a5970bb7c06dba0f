# The exercise picker and the Exercises screen (ui/exercise_picker.rs, ui/library.rs).
# Names of the built-in exercises are in exercises.ftl.

# The exercise picker (workout and routines).
exercises-search = Cerca esercizi:
exercises-picker-hint = es. panca, squat, ohp
exercises-all-muscle-groups = Tutti i gruppi muscolari
exercises-filter-muscle-group = Filtra per gruppo muscolare
exercises-add = Aggiungi { $name }
exercises-more = e altri { $count }: continua a scrivere
exercises-none-create = Nessun esercizio trovato. Crealo:

# What a set of an exercise records.
exercises-kind-weight-reps = Carico × ripetizioni
exercises-kind-bodyweight-reps = Ripetizioni a corpo libero (+ zavorra)
exercises-kind-reps-only = Solo ripetizioni
exercises-kind-duration = Tempo
exercises-kind-distance-duration = Distanza + tempo
exercises-kind-weight-distance = Carico + distanza

# The Exercises screen.
exercises-library-hint = nome, muscolo, o ohp, rdl…
exercises-order = Ordine:
exercises-order-library = Per gruppo muscolare
exercises-order-most-done = I più fatti prima
exercises-order-last-done = Gli ultimi fatti prima
exercises-nothing-called = Nella libreria nulla si chiama "{ $query }" (si cercano nomi, muscoli e abbreviazioni come ohp o rdl). Crealo qui sopra con "Crea un esercizio personalizzato".
exercises-no-match = Nessun esercizio trovato
exercises-column-exercise = Esercizio
exercises-column-muscle-group = Gruppo muscolare
exercises-column-equipment = Attrezzo
exercises-column-logged-as = Registrato come
exercises-column-sessions = Allenamenti
exercises-column-last-done = Ultima volta
exercises-sessions = { $count ->
    [one] { $count } allenamento
   *[other] { $count } allenamenti
}
exercises-sets-in-all = { $count ->
    [one] { $count } serie in tutto
   *[other] { $count } serie in tutto
}
exercises-last-done-on = { $name }, ultima volta il { $day }
exercises-records-of = Record di { $name }

# The lifter's own exercises: rename, merge, delete.
exercises-new-name-for = Nuovo nome per { $name }
exercises-save-name = Salva nome
exercises-cancel = Annulla
exercises-choose = scegli…
exercises-merge-into = Unisci { $name } a
exercises-merge = Unisci
exercises-rename = Rinomina
exercises-rename-named = Rinomina { $name }
exercises-merge-ellipsis = Unisci…
exercises-merge-named = Unisci { $name } a un altro esercizio
exercises-delete-question = Eliminare { $name }?
exercises-delete = Elimina
exercises-delete-yes = Sì, elimina

# Creating a custom exercise (Exercises screen and workout).
exercises-create-custom = Crea un esercizio personalizzato
exercises-form-name = Nome
exercises-form-name-hint = es. Belt squat
exercises-form-equipment = Attrezzo
exercises-form-equipment-hint = es. Macchina
exercises-form-muscle-group = Gruppo muscolare
exercises-form-records = Registra
exercises-form-create = Crea esercizio
