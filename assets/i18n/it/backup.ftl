# Backup: promemoria, esportazione, ripristino, backup automatici, dataset della squadra.

backup-section = Backup
backup-remind-after = Ricordamelo dopo questo numero di allenamenti senza backup:
backup-never = mai
backup-since-last = Allenamenti dall'ultimo backup: { $count } (ultimo backup: { $last })
backup-export-now = Esporta un backup ora…
backup-restore-button = Ripristina da un backup…
backup-browse = Sfoglia…
backup-cancel = Annulla
backup-close = Chiudi

backup-team = Dataset della squadra
backup-team-intro = Per un coach: il tuo allenamento come tua parte di una cartella di squadra che DuckDB, Spark e Trino leggono come un'unica tabella.
backup-team-folder = Cartella della squadra:
backup-team-folder-name = Cartella della squadra
backup-team-your-name = Il tuo nome:
backup-team-athlete-name = Nome dell'atleta
backup-team-export = Esporta nella cartella della squadra

backup-auto = Backup automatici
backup-auto-enabled = Fai il backup in automatico
backup-auto-folder = Cartella:
backup-auto-choose = Scegli…
backup-auto-choose-name = Scegli la cartella dei backup automatici
backup-auto-when = Quando:
backup-auto-every-workout = dopo ogni allenamento salvato
backup-auto-daily = una volta al giorno
backup-auto-keep = Conserva i più recenti:
backup-auto-last = Ultimo backup automatico: { $at }
backup-auto-last-file = Ultimo backup automatico: { $path } ({ $events } eventi)
backup-auto-failed = Backup automatico non riuscito: { $detail }. Il contatore del promemoria non cambia.
backup-auto-no-folder = Scegli una cartella esistente per i backup automatici ({ $path } non lo è).

backup-export-title = Esporta backup
backup-format-backup = Backup (Parquet, tutti gli eventi)
backup-format-csv = Serie in CSV (per fogli di calcolo; non è un backup)
backup-export-backup-intro = Ogni allenamento che hai registrato finisce in un unico file Parquet, verificato prima che conti.
backup-export-csv-intro = Una riga per serie di ogni allenamento salvato. Un CSV non è un backup: il promemoria resta.
backup-save-to = Salva in:
backup-export = Esporta
backup-exporting = Esportazione in corso…
backup-export-loading = Lo storico si sta ancora caricando: l'esportazione può partire appena è visibile.
backup-waiting-save-dialog = In attesa della finestra di salvataggio…
backup-in-progress = C'è un allenamento in corso: il backup lo conterrà come non concluso. L'esportazione prosegue.
backup-export-no-choice = Nessun file scelto. Scrivi un percorso qui sopra e premi Esporta, oppure di nuovo Sfoglia….
backup-export-running = C'è già un'esportazione in corso.
backup-export-cannot-start = impossibile avviare l'esportazione: { $detail }
backup-exporting-to = Esportazione in { $path } …
backup-writing = Scrittura di { $path } …
backup-saved = Backup salvato: { $events } eventi, { $size } in { $path }
backup-failed = Backup non riuscito: { $detail }. Non è stato scritto nulla; il promemoria resta.
backup-csv-written = { $detail } (un CSV non è un backup)
backup-csv-failed = Esportazione CSV non riuscita: { $detail }. Non è stato scritto nulla.
backup-team-cannot = Impossibile esportare nella cartella della squadra: { $detail }
backup-team-written = { $events } eventi scritti nella cartella della squadra { $path } (un dataset non è un backup)
backup-team-failed = Esportazione della squadra non riuscita: { $detail }. La cartella mantiene la versione precedente.

backup-restore-title = Ripristina da un backup
backup-restore-intro = Un ripristino aggiunge gli eventi del backup che questo database non ha. Niente di ciò che hai registrato qui viene modificato o rimosso.
backup-restore-file = File di backup:
backup-check = Verifica
backup-waiting-file-dialog = In attesa della finestra dei file…
backup-checking = Verifica del backup: ogni valore, il suo checksum, ogni evento…
backup-sound = Il backup è integro: { $events }, { $workouts }, dal { $from } al { $to } (scritto da GymLog { $version }).
backup-count-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventi
}
backup-count-saved-workouts = { $count ->
    [one] { $count } allenamento salvato
   *[other] { $count } allenamenti salvati
}
backup-would-add = Il ripristino aggiunge { $events }; { $present } { $present ->
    [one] è
   *[other] sono
} già qui; { $conflicts ->
    [one] { $conflicts } conflitto
   *[other] { $conflicts } conflitti
} (resta la tua versione).
backup-session-untouched = Il tuo allenamento in corso non viene toccato.
backup-restore-events = Ripristina { $events }
backup-restoring = Ripristino: aggiunta degli eventi in un'unica transazione…
backup-restored-panel = Ripristinato: { $added } aggiunti; ora il database contiene { $total }.
backup-restore-no-choice = Nessun file scelto. Scrivi qui sopra il percorso del backup e premi Verifica, oppure di nuovo Sfoglia….
backup-restored = { $added } eventi ripristinati ({ $present } erano già qui); lo storico si sta aggiornando.
backup-restore-failed = Ripristino non riuscito: { $detail }
