# L'allenamento in corso: la schermata iniziale, le tabelle delle serie, la barra
# dell'allenamento, le domande prima di registrare o finire e gli obiettivi di un programma.

workout-start-title = Inizia un allenamento
workout-empty-log = Il tuo diario di allenamento è vuoto. Inizia un allenamento, aggiungi esercizi e registra le serie: ogni serie viene salvata appena la registri.
workout-start = Inizia allenamento
workout-name = Nome (facoltativo):
workout-name-hint = es. Giorno push
workout-bring-history = Porta con te il tuo storico
workout-bring-history-hint = Da Strong, Hevy, FitNotes, JEFIT, Liftosaur o GymBook: GymLog riconosce l'app dal file. Oppure ripristina un backup di GymLog da un altro computer.
workout-import = Importa da Strong, Hevy, FitNotes…
workout-restore = Ripristina un backup…
workout-repeat-recent = Ripeti un allenamento recente
workout-repeat = Ripeti
workout-repeat-named = Ripeti { $workout }
workout-untitled = Allenamento
workout-list-separator = {", "}
workout-this-week = Questa settimana
workout-no-workout-this-week = Ancora nessun allenamento questa settimana.
workout-recent-records = Record recenti
workout-was = prima { $value }

workout-add-exercise = Aggiungi un esercizio
workout-add-exercise-below = Aggiungi un esercizio qui sotto per iniziare a registrare le serie.
workout-discard = Scarta allenamento
workout-discard-question = Scartare questo allenamento e le sue serie?
workout-discard-yes = Sì, scarta

workout-sets-logged = { $count ->
    [one] { $count } serie registrata
   *[other] { $count } serie registrate
}
workout-finish = Fine
workout-add-exercise-bar = Aggiungi esercizio…
workout-rest = Recupero
workout-rest-over = Recupero finito — prossima serie!
workout-rest-minus = −15 s
workout-rest-plus = +15 s
workout-skip-rest = Salta recupero

workout-set = Serie
workout-previous = Precedente
workout-pace = Passo
workout-plates = Dischi / lato
workout-bar-only = solo bilanciere
workout-set-of = { $exercise } serie { $number }
workout-add-set = + Aggiungi serie
workout-add-set-of = Aggiungi una serie di { $exercise }
workout-saving = Salvataggio in corso
workout-being-saved = { $who } in salvataggio
workout-pr = PR
workout-new-record = Nuovo record: { $records }
workout-is-record = { $who } è un record: { $records }
workout-logged = Registrata
workout-is-logged = { $who } è registrata
workout-edited = Modificata, non ancora salvata: premi Invio o Aggiorna
workout-has-changes = { $who } ha modifiche non salvate
workout-next-set = La prossima serie
workout-is-next = { $who } è la prossima
workout-pace-of = { $who } passo { $pace }
workout-plates-of = { $who } dischi { $plates }
workout-update = Aggiorna
workout-done = Fatta
workout-update-named = Aggiorna { $who }
workout-complete-named = Completa { $who }
workout-set-menu = Tipo, nota, rimuovi
workout-more-for = Altro per { $name }
workout-note-of = { $who } nota { $note }
workout-set-type = Tipo di serie
workout-note = Nota
workout-remove-set = Rimuovi serie
workout-remove-named = Rimuovi { $name }

workout-records = Record
workout-records-of = Record di { $exercise }
workout-superset = Superserie { $letter }
workout-rest-between = { $rest } tra le serie
workout-rests-between = { $exercise }: { $rest } di recupero tra le serie
workout-rest-shorter = { $exercise }: recupero più breve
workout-rest-longer = { $exercise }: recupero più lungo
workout-more = Altro
workout-remove-question = { $count ->
    [one] Rimuovere { $exercise } e la sua serie registrata?
   *[other] Rimuovere { $exercise } e le sue { $count } serie registrate?
}
workout-yes-remove = Sì, rimuovi
workout-add-warm-ups = Aggiungi serie di riscaldamento
workout-add-warm-ups-to = Aggiungi serie di riscaldamento a { $exercise }
workout-leave-superset = Esci dalla superserie
workout-leave-superset-named = Togli { $exercise } dalla superserie
workout-superset-with = Superserie con
workout-superset-with-named = { $exercise } in superserie con { $other }
workout-superset-with-menu = { $exercise } in superserie con
workout-move-up = Sposta su
workout-move-down = Sposta giù
workout-move-up-named = Sposta su { $exercise }
workout-move-down-named = Sposta giù { $exercise }
workout-remove-exercise = Rimuovi esercizio
workout-remove-exercise-ask = Rimuovi esercizio…

workout-check-set = Controlla questa serie
workout-log-anyway = Registrala comunque
workout-let-me-fix = La correggo
workout-not-in-log = Non ancora nel diario
workout-pending-typed = { $count ->
    [one] { $count } serie scritta ma non registrata
   *[other] { $count } serie scritte ma non registrate
}
workout-pending-edited = { $count ->
    [one] { $count } modifica a serie registrate non applicata
   *[other] { $count } modifiche a serie registrate non applicate
}
workout-pending = { $pending }.
workout-log-and-finish = Registrale e finisci
workout-drop-and-finish = Scartale e finisci
workout-keep-logging = Continua ad allenarti

workout-summary = Riepilogo dell'allenamento
workout-summary-duration = Durata: { $duration }
workout-summary-sets = Serie: { $count }
workout-summary-volume = Volume: { $volume } { $unit }
workout-no-new-records = Nessun nuovo record questa volta.
workout-new-records = Nuovi record ({ $count }):
workout-record-line = { $exercise } — { $record }: { $now } (prima { $was })
workout-discard-ask = Scarta…
workout-save-as-routine = Salva come routine con il nome:
workout-save-routine = Salva routine

workout-target = Obiettivo { $sets }
workout-target-overridden = Obiettivo { $target } (modificato; quello del programma: { $program })
workout-override-target = Modifica obiettivo
workout-target-weight = Peso ({ $unit }):
workout-target-reps = Rip.:
workout-target-same = uguale
workout-apply = Applica
workout-override-named = Modifica l'obiettivo di { $exercise }
workout-target-weight-named = { $exercise } peso obiettivo
workout-target-reps-named = { $exercise } ripetizioni obiettivo
workout-apply-named = Applica l'obiettivo di { $exercise }
