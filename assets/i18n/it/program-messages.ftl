program-messages-gone = Questo programma non esiste più.
program-messages-cannot-follow = Non si può seguire { $program }: { $problem }.
program-messages-following = Ora stai seguendo { $program }.
program-messages-stopped = Programma interrotto.
program-messages-finish-workout-first = Prima termina o scarta l’allenamento in corso.
program-messages-follow-first = Prima segui un programma.
program-messages-workout-name = { $day } di { $program }

program-messages-only-own-edited = Puoi modificare solo i tuoi programmi: prima copia uno di quelli integrati.
program-messages-only-own-deleted = Puoi eliminare solo i tuoi programmi.
program-messages-stop-before-deleting = Stai seguendo { $program }: smetti di seguirlo prima di eliminarlo.
program-messages-deleted = { $program } eliminato.
program-messages-saved = { $program } salvato.

program-messages-not-a-program-day = Questo allenamento non è un giorno del programma.
program-messages-no-target = Il programma non fissa alcun obiettivo per { $exercise }.
program-messages-weight-or-reps = Scrivi un carico o delle ripetizioni per il nuovo obiettivo.
program-messages-undo-override-target = cambiare l’obiettivo di { $exercise }

program-messages-no-days = il programma non ha giorni
program-messages-empty-day = il giorno «{ $day }» non ha esercizi
program-messages-exercise-twice = il giorno «{ $day }» ha due volte l’esercizio «{ $exercise }»
program-messages-track-twice = il giorno «{ $day }» ha due volte «{ $track }»
program-messages-track-rules-differ = «{ $track }» ha regole di tipo diverso o incrementi diversi nei vari giorni
program-messages-bad-rule = { $exercise }: { $problem }

program-messages-rule-no-set-or-rep = servono almeno una serie e almeno una ripetizione
program-messages-rule-no-sets = serve almeno una serie
program-messages-rule-no-stages = serve almeno una fase
program-messages-rule-empty-week = ogni settimana ha bisogno di almeno una serie
program-messages-rule-raise-below-reps = le ripetizioni che alzano il carico sono sotto le ripetizioni obiettivo
program-messages-rule-range-upside-down = il massimo dell’intervallo di ripetizioni è sotto il minimo
program-messages-rule-off-the-rpe-chart = la tabella RPE copre da 1 a 10 ripetizioni a RPE 6–10 a mezzi punti
program-messages-rule-deload-percent = lo scarico deve essere sopra 0 e al massimo 100 %
program-messages-rule-reset-percent = la ripartenza deve essere sopra 0 e al massimo 100 %
program-messages-rule-week-percent = la percentuale di una settimana deve essere sopra 0 e al massimo 100 %
program-messages-rule-supplemental-percent = la percentuale delle serie complementari deve essere sopra 0 e al massimo 100 %
program-messages-rule-percent = una percentuale deve essere sopra 0 e al massimo 100 %
program-messages-rule-negative-reset = l’aggiunta alla ripartenza è negativa
program-messages-rule-negative-increment = l’incremento deve essere zero o più
