programs-built-in = Incluso
programs-your-own = Tuo
programs-following-mark = (seguito)
programs-day-line = { $day }: { $exercises }
programs-rules = Regole: { $source }
programs-following = Stai seguendo { $program }
programs-follow = Segui…
programs-follow-named = Segui { $program }
programs-replay = Rivedi
programs-replay-named = Rivedi { $program }
programs-copy-and-edit = Copia e modifica
programs-copy-and-edit-named = Copia e modifica { $program }
programs-edit-named = Modifica { $program }
programs-start-next-day = Inizia il prossimo giorno
programs-stop-following = Smetti di seguire

programs-day-workout-a = Allenamento A
programs-day-workout-b = Allenamento B
programs-day-day-1 = Giorno 1
programs-day-day-2 = Giorno 2
programs-day-day-3 = Giorno 3
programs-day-day-4 = Giorno 4
programs-day-press-day = Giorno lento avanti
programs-day-deadlift-day = Giorno stacco
programs-day-bench-day = Giorno panca
programs-day-squat-day = Giorno squat
programs-day-push = Spinta
programs-day-pull = Trazione
programs-day-legs = Gambe
programs-wave-week-1 = Settimana 1
programs-wave-week-2 = Settimana 2
programs-wave-week-3 = Settimana 3
programs-wave-deload = Scarico

programs-week = Settimana { $number }
programs-coming-weeks = { $weeks ->
    [one] La prossima settimana di { $program }
   *[other] Le prossime { $weeks } settimane di { $program }
}
programs-coming-note = { $days ->
    [one] Se ogni serie riesce; una settimana è un giro del suo { $days } giorno.
   *[other] Se ogni serie riesce; una settimana è un giro dei suoi { $days } giorni.
}
programs-exercise-line = { $exercise }: { $sets }
programs-sets-of = { $count ->
    [one] { $count } serie da { $set }
   *[other] { $count } serie da { $set }
}

programs-follow-hint = Carichi di partenza, proposti dalle tue serie; cambiali come vuoi prima di seguire.
programs-starting-load = Carico di partenza { $exercise }
programs-follow-with-loads = Segui con questi carichi
programs-kind-working-weight = carico di lavoro
programs-kind-training-max = massimale di allenamento
programs-source = da { $set } il { $date } · e1RM { $e1rm } · { $how }
programs-source-working-weight = { $share } % del massimale su { $reps } ripetizioni dato dal miglior e1RM delle ultime { $weeks } settimane
programs-source-training-max = { $share } % del miglior e1RM delle ultime { $weeks } settimane
programs-source-one-rep-max = il miglior e1RM delle ultime { $weeks } settimane
programs-source-none = nessuna serie nelle ultime { $weeks } settimane — valore predefinito del programma

programs-replay-title = Cosa avrebbe prescritto { $program } nelle ultime { $weeks } settimane
programs-replay-session = { $date } · { $day }
programs-replay-none = Nessuno dei tuoi allenamenti dal { $date } corrisponde a un giorno di { $program }.
programs-replay-note = { $count ->
    [one] { $count } allenamento dal { $date }, con i carichi che avrebbe proposto quel giorno; prescritto, poi sollevato.
   *[other] { $count } allenamenti dal { $date }, con i carichi che avrebbe proposto quel giorno; prescritto, poi sollevato.
}
programs-replay-weeks = Settimane:
programs-replay-exercise = Esercizio
programs-replay-prescribed = Prescritto
programs-replay-lifted = Sollevato

programs-section = Programma
programs-next = Prossimo: { $day } di { $program }
programs-start-day = Inizia { $day }
programs-all = Tutti i programmi
programs-none-followed = Nessun programma seguito: un programma dà a ogni giorno le sue serie obiettivo.
programs-choose = Scegli un programma
programs-next-time = La prossima volta:

programs-outcome-weight-up = { $exercise } +{ $by } la prossima volta ({ $to })
programs-outcome-same-weight = { $exercise }: ancora { $weight } la prossima volta
programs-outcome-same-weight-missed = { $exercise }: ancora { $weight } la prossima volta ({ $failures } fallimenti su { $deload } prima di uno scarico)
programs-outcome-deload = { $exercise }: scarico a { $to }
programs-outcome-next-stage = { $exercise }: fase { $stage } ({ $scheme }) la prossima volta, con { $weight }
programs-outcome-reset = { $exercise }: si riparte da { $scheme } con { $weight }
programs-outcome-next-week = { $exercise }: settimana { $week } di { $weeks } la prossima volta
programs-outcome-training-max-up = { $exercise }: massimale di allenamento +{ $by } ({ $to })
programs-outcome-training-max-down = { $exercise }: massimale di allenamento giù a { $to } (ripetizioni mancate in questo ciclo)
programs-outcome-training-max-set = { $exercise }: massimale di allenamento fissato a { $to } da questo allenamento
programs-outcome-e1rm = { $exercise }: prossimi carichi da un e1RM di { $e1rm }
programs-outcome-not-done = { $exercise }: non fatto, non cambia nulla
programs-outcome-counted-as-lifted = { $exercise }: contato dai { $lifted } sollevati, non dai { $planned } previsti

programs-editor-name = Nome:
programs-editor-program-name = Nome del programma
programs-editor-unit = Carichi e incrementi in { $unit }.
programs-editor-add-day = Aggiungi giorno
programs-editor-add-exercise = Aggiungi esercizio:
programs-editor-save = Salva programma
programs-editor-delete = Elimina programma
programs-editor-delete-question = Eliminare questo programma? I suoi allenamenti passati restano.
programs-editor-delete-yes = Elimina
programs-editor-copy-name = { $program } (copia)
programs-editor-copy-name-numbered = { $program } (copia { $number })
programs-editor-day = Giorno { $number }
programs-editor-move-up = Sposta su { $what }
programs-editor-move-down = Sposta giù { $what }
programs-editor-remove = Rimuovi { $what }
programs-editor-add-to = Aggiungi { $exercise } a { $day }
programs-editor-add-exercise-to = Aggiungi esercizio a { $day }
programs-editor-day-name = Nome di { $day }
programs-editor-exercise-tag = { $day }: { $exercise }
programs-editor-field = { $what } { $field }
programs-editor-rule-label = Regola di { $what }
programs-editor-shared = Incremento e tipo di regola condivisi con { $days }
programs-editor-add-stage = Aggiungi una fase
programs-editor-add-stage-of = Aggiungi una fase a { $what }
programs-editor-remove-stage = Rimuovi l’ultima fase
programs-editor-remove-stage-of = Rimuovi l’ultima fase di { $what }
programs-editor-add-group = Aggiungi un gruppo di serie
programs-editor-add-group-of = Aggiungi un gruppo di serie a { $what }
programs-editor-remove-group = Rimuovi l’ultimo gruppo di serie
programs-editor-remove-group-of = Rimuovi l’ultimo gruppo di serie di { $what }
programs-editor-needs-name = Il programma ha bisogno di un nome.
programs-editor-fix-first = Prima correggi questo: { $problem }.
programs-editor-cannot-save = { $program } non si può salvare: { $problem }.
programs-editor-field-gone = { $what } non c’è più
programs-editor-field-switch = { $what } è un interruttore

programs-rule-linear = Lineare (serie × ripetizioni)
programs-rule-double-progression = Doppia progressione (intervallo di ripetizioni)
programs-rule-wave = Onde sul massimale di allenamento (5/3/1)
programs-rule-stages = Fasi in caso di fallimento (GZCLP T1/T2)
programs-rule-amrap = Soglia AMRAP (GZCLP T3)
programs-rule-rpe = RPE obiettivo
programs-rule-percent-of-max = Percentuale dell’1RM

programs-param-increment = incremento
programs-param-sets = serie
programs-param-reps = ripetizioni
programs-param-last-set-amrap = ultima serie AMRAP
programs-param-failures-before-deload = fallimenti prima dello scarico (0: mai)
programs-param-deload-percent = scarico %
programs-param-reps-from = ripetizioni da
programs-param-reps-up-to = ripetizioni fino a
programs-param-raise-at = ripetizioni dell’ultima serie che alzano il carico
programs-param-stage-sets = fase { $number } serie
programs-param-stage-reps = fase { $number } ripetizioni
programs-param-stage-amrap = fase { $number } ultima serie AMRAP
programs-param-restart-percent = ripartire al % del carico fallito
programs-param-restart-plus = ripartire dall’ultima prima fase più
programs-param-week-set-percent = { $week } serie { $number } % del TM
programs-param-week-set-reps = { $week } serie { $number } ripetizioni
programs-param-week-set-amrap = { $week } serie { $number } AMRAP
programs-param-extra-sets = { $label } serie
programs-param-extra-reps = { $label } ripetizioni
programs-param-extra-percent = { $label } % del TM
programs-param-training-max-down = calo del massimale di allenamento in % dopo ripetizioni mancate
programs-param-group-sets = gruppo { $number } serie
programs-param-group-reps = gruppo { $number } ripetizioni
programs-param-group-rpe = gruppo { $number } RPE
programs-param-group-percent = gruppo { $number } % dell’1RM
