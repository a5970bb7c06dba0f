history-empty-title = Ancora nessun allenamento
history-empty-hint = Ogni allenamento che salvi compare qui, dal più recente, per rivederlo, correggerlo o ripeterlo. Iniziane uno nella schermata Allenamento, oppure porta la tua cronologia da Strong, Hevy, FitNotes, JEFIT, Liftosaur o GymBook con Importa.
history-go-to-workout = Vai ad Allenamento
history-choose = Scegli un allenamento a sinistra per vederlo per intero, correggerlo o ripeterlo.
history-search = Cerca:
history-search-hint = nome dell’allenamento o nota
history-exercise = Esercizio:
history-all-exercises = Tutti gli esercizi
history-workouts-of = { $count ->
    [one] { $count } allenamento su { $total }
   *[other] { $count } allenamenti su { $total }
}
history-no-match-title = Nessun allenamento corrisponde
history-no-match-hint = Nessun allenamento salvato ha questo nel nome o nella nota, né quell’esercizio. Prova un’altra parola, oppure Tutti gli esercizi.
history-minutes = { $minutes } min

history-imported-from = Importato da { $source }
history-note = Nota: { $note }
history-edit = Modifica allenamento
history-edit-named = Modifica { $workout }
history-repeat = Ripeti questo allenamento
history-save-as-routine = Salva come routine
history-save-as-routine-named = Salva { $workout } come routine
history-delete = Elimina allenamento…
history-delete-question = Eliminare questo allenamento?
history-delete-yes = Sì, elimina
history-superset = Superserie { $letter }
history-records = Record
history-records-of = Record di { $exercise }
history-set = Serie
history-type = Tipo
history-done = Fatto
history-rpe = RPE
history-set-note = Nota
history-set-of = { $exercise } serie { $number }

history-set-type-normal = Normale
history-set-type-warm-up = Riscaldamento
history-set-type-drop = Drop set
history-set-type-failure = A cedimento
history-set-type-cool-down = Defaticamento

history-change-history = Cronologia delle modifiche ({ $count })
history-never-changed = Mai modificato da quando è stato registrato.
history-change-set-added = Aggiunta una serie di { $exercise }: { $set }
history-change-set-removed = Tolta una serie di { $exercise }: { $set }
history-change-set-changed = Modificata una serie di { $exercise }: { $changes }
history-change-became = { $before } è diventato { $after }
history-change-type = tipo { $before } diventato { $after }
history-change-rpe = RPE { $before } diventato { $after }
history-change-none = nessuno
history-change-note = nota «{ $note }»
history-change-nothing-visible = nessuna modifica visibile
history-change-separator = {", "}
history-change-no-name = (senza nome)
history-change-renamed = rinominato da «{ $before }» a «{ $after }»
history-change-moved = spostato da { $before } a { $after }
history-change-unknown = sconosciuta
history-change-duration = durata { $before } diventata { $after }
history-change-workout = Allenamento: { $changes }

history-edit-title = Correggi questo allenamento
history-edit-hint = Le modifiche vengono registrate come nuovi eventi quando salvi: l’originale resta nel registro, e Annulla le ritira.
history-edit-name = Nome dell’allenamento
history-edit-start = Inizio (AAAA-MM-GG HH:MM)
history-edit-duration = Durata (minuti)
history-edit-remove = Togli
history-edit-remove-named = Togli { $set }
history-edit-add-set = + Aggiungi serie
history-edit-add-set-named = Aggiungi una serie di { $exercise }
history-edit-save = Salva modifiche
history-edit-cancel = Annulla

history-undo-correct = correggere { $workout }
history-nothing-changed = Nessuna modifica.
history-corrected = Allenamento corretto. Annulla lo ripristina.
history-refresh-failed = Impossibile aggiornare la cronologia: { $detail }
history-start-invalid = l’inizio «{ $start }» non è una data e ora come 2026-03-14 18:30
history-start-not-on-clock = { $start } non esiste sull’orologio di questo computer
history-start-in-future = l’inizio è nel futuro
history-duration-invalid = la durata «{ $duration }» non è un numero di minuti (0–1440)
history-set-problem = { $exercise } serie { $number }: { $problem }
