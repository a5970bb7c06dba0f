insights-intro = Chiedi qualsiasi cosa alla tua cronologia di allenamento in SQL. Niente di ciò che esegui qui può modificarla.
insights-ready-made = Pronte all’uso:
insights-saved = Salvate:
insights-delete-saved-hover = Elimina la query salvata { $name }
insights-delete-saved = Elimina la query salvata { $name }
insights-run = Esegui (Ctrl+Invio)
insights-cancel = Annulla
insights-name-hint = nome
insights-query-name = Nome della query
insights-save-query = Salva query
insights-copy-csv = Copia come CSV
insights-copy-csv-hint = Tutta la risposta, con una riga di intestazione
insights-empty-title = Fai una domanda alla tua cronologia
insights-empty-hint = Scegli sopra una domanda pronta o scrivi SQL sulle viste sets, workouts, exercises, bodyweight e records: la risposta compare qui come tabella, e come grafico quando contiene numeri.
insights-status = { $count ->
    [one] { $count } riga in { $ms } ms
   *[other] { $count } righe in { $ms } ms
}
insights-status-first = { $count ->
    [one] { $count } riga in { $ms } ms (mostrate le prime { $shown })
   *[other] { $count } righe in { $ms } ms (mostrate le prime { $shown })
}
insights-sql = SQL
insights-sql-hint = SELECT exercise, max(weight_kg) FROM sets GROUP BY exercise
insights-null = NULL

insights-team-open = Cartella della squadra { $folder }: { $athletes ->
    [one] { $athletes } atleta
   *[other] { $athletes } atleti
}, { $events ->
    [one] { $events } evento
   *[other] { $events } eventi
}. Interroga team_sets, team_workouts, team_bodyweight, team_records, team_events.
insights-team-close = Torna alla mia cronologia
insights-coach = Vista allenatore:
insights-team-folder-hint = cartella dei dati della squadra
insights-team-folder = Cartella dei dati della squadra
insights-browse = Sfoglia…
insights-team-open-button = Apri cartella della squadra
insights-team-opening = Apertura di { $folder }…

insights-chart = Grafico:
insights-chart-across = Grafico lungo
insights-chart-by = per
insights-chart-of = Grafico di
insights-chart-line-per = una linea per
insights-chart-one-line = (una linea)
insights-chart-a-line-per = Grafico: una linea per
insights-chart-line = Linee
insights-chart-bar = Barre
insights-chart-off = Nessun grafico
insights-chart-no-numbers = { $column } non ha numeri da rappresentare.
insights-chart-title = { $y } per { $x }
insights-chart-described = Grafico di { $y } per { $x }

insights-ready-best-squat-each-year = Miglior squat di ogni anno
insights-ready-weekly-volume-per-muscle-group = Volume settimanale per gruppo muscolare
insights-ready-e1rm-trend-of-the-big-lifts = Andamento dell’e1RM dei fondamentali
insights-ready-all-records = Tutti i record
insights-ready-training-days-per-month = Giorni di allenamento al mese
insights-ready-longest-streaks-weeks-in-a-row = Serie più lunghe (settimane di fila)
insights-ready-volume-by-set-type = Volume per tipo di serie
insights-ready-workouts-volume-and-time-per-year = Allenamenti, volume e tempo all’anno
insights-ready-bodyweight-per-month = Peso corporeo al mese
insights-ready-measurements-first-latest-and-change = Misure: prima, ultima e variazione
insights-ready-running-distance-and-pace-per-month = Distanza e passo di corsa al mese
insights-ready-weekly-volume-per-athlete = Volume settimanale per atleta
insights-ready-e1rm-trend-per-athlete = Andamento dell’e1RM per atleta
insights-ready-who-has-not-trained-this-week = Chi non si è allenato questa settimana
insights-ready-best-lifts-per-athlete = Migliori alzate per atleta
insights-ready-workouts-per-athlete-per-month = Allenamenti per atleta al mese

insights-team-closed = la cartella della squadra è chiusa
insights-read-failed = impossibile leggere la cronologia
insights-run-failed = Impossibile eseguire la query: { $detail }
insights-save-needs-name = Dai alla query un nome e un po’ di SQL per salvarla.
insights-query-saved = Query salvata: { $name }.
insights-query-deleted = Query eliminata.
insights-team-opened = Cartella della squadra aperta: { $athletes }.
insights-team-open-failed = Impossibile aprire la cartella della squadra: { $detail }
