# La cornice di ogni schermata: navigazione, annulla e ripeti, il promemoria del backup, i
# messaggi, l'editor delle note e le routine, e i messaggi dell'app su di essi.

shell-screen-live = { $screen } (in corso)
shell-export-backup-ellipsis = Esporta backup…
shell-export-backup = Esporta backup
shell-hide-message = Nascondi questo messaggio
shell-closing = Completamento del backup… GymLog si chiude appena è scritto.
shell-loading = Caricamento del tuo storico…
shell-undo-hint = Annulla: { $label } (Ctrl+Z)
shell-redo-hint = Ripeti: { $label } (Ctrl+Maiusc+Z)
shell-backup-never = mai
shell-backup-reminder = { $count ->
    [one] { $count } allenamento dall'ultimo backup (ultimo: { $last })
   *[other] { $count } allenamenti dall'ultimo backup (ultimo: { $last })
}
shell-no-cjk-font = Nessun font cinese trovato — installa Noto Sans CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk)
shell-window-failed = impossibile aprire la finestra: { $detail } (GymLog ha bisogno di uno schermo; la riga di comando funziona anche senza: gymlog --help)
shell-startup-error-title = GymLog non riesce ad aprire i tuoi allenamenti
shell-dialog-export = Esporta
shell-dialog-open = Apri
shell-dialog-choose-folder = Scegli una cartella

shell-nothing-to-undo = Niente da annullare.
shell-nothing-to-redo = Niente da ripetere.
shell-undone = Annullato: { $label }.
shell-redone = Ripetuto: { $label }.
shell-undo-make-superset = creare un superset
shell-undo-leave-superset = uscire da un superset
shell-undo-move-exercise = spostare un esercizio

shell-note = Nota
shell-note-add = Aggiungi una nota a { $exercise }
shell-note-hint = es. sedile 4, piedi alti, pausa in basso
shell-note-field = Nota su { $exercise }
shell-note-save = Salva nota
shell-note-shown = Nota su { $exercise }: { $note }
shell-note-edit = Modifica nota
shell-note-edit-named = Modifica la nota su { $exercise }

shell-routines = Routine
shell-routines-empty = Ancora nessuna routine
shell-routines-empty-hint = Una routine è un allenamento che ripeti: creane una qui sotto, o salva un allenamento finito come routine dallo Storico.
shell-routine-start = Inizia { $name }
shell-routine-edit = Modifica { $name }
shell-routine-delete-question = Eliminare la routine { $name }?
shell-routine-new = Nuova routine
shell-routine-window = Routine
shell-routine-name = Nome della routine:
shell-routine-superset = superset { $group }
shell-routine-move-up = Sposta { $exercise } in su nella routine
shell-routine-move-down = Sposta { $exercise } in giù nella routine
shell-routine-leave-superset = Esci dal superset
shell-routine-superset-with-above = Superset con quello sopra
shell-routine-remove-exercise = Togli { $exercise } dalla routine
shell-routine-target = { $exercise } serie obiettivo { $number }
shell-routine-remove-target = Togli { $target }
shell-routine-add-target = + Serie obiettivo
shell-routine-add-target-named = Aggiungi una serie obiettivo a { $exercise }
shell-routine-save = Salva routine
shell-routine-reps-unit = rip.
shell-routine-gone = Questa routine non esiste più.
shell-routine-needs-name = Dai un nome alla routine.
shell-routine-needs-exercise = Aggiungi prima un esercizio alla routine.
shell-routine-saved = Routine { $name } salvata.
shell-routine-deleted = Routine eliminata.

shell-warm-ups-need-weight = Scrivi prima il carico di lavoro: il riscaldamento sale fino a lì.
shell-warm-ups-not-needed = Questo carico non richiede riscaldamento dal bilanciere scarico.
shell-warm-ups-already = Il tuo riscaldamento arriva già a questo carico.

shell-exercise-rename-own-only = Puoi rinominare solo i tuoi esercizi.
shell-exercise-needs-name = Dai un nome all'esercizio.
shell-exercise-exists = { $existing } esiste già: usa Unisci per farvi confluire { $name }.
shell-exercise-merge-own-only = Unisci uno dei tuoi esercizi a un altro esercizio.
shell-exercise-delete-own-only = Puoi eliminare solo i tuoi esercizi.
shell-exercise-has-sets = { $name } ha serie registrate: uniscilo invece a un altro esercizio.
shell-exercise-deleted = { $name } eliminato.
shell-exercise-renamed = { $from } ora si chiama { $to }.
