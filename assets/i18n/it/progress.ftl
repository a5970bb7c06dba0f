progress-empty-title = Ancora niente da mostrare
progress-empty-hint = Salva un allenamento e qui vedrai i tuoi giorni di allenamento, le serie di settimane e il volume settimanale per gruppo muscolare.
progress-weeks = { $count ->
    [one] { $count } settimana
   *[other] { $count } settimane
}
progress-streak = Costanza: { $current } di fila ora · la più lunga { $longest }
progress-updating = Aggiornamento…
progress-volume-per-week = Volume per settimana ({ $unit })
progress-all-muscle-groups = Tutti i gruppi muscolari
progress-muscle-group = Gruppo muscolare
progress-volume = Volume
progress-group-volume = Volume { $group }
progress-week-of = settimana del { $date }
progress-training-days = Giorni di allenamento
progress-earlier-year = Anno precedente
progress-later-year = Anno successivo
progress-year-summary = { $days ->
    [one] { $days } giorno di allenamento
   *[other] { $days } giorni di allenamento
} nel { $year } ({ $workouts ->
    [one] { $workouts } allenamento
   *[other] { $workouts } allenamenti
})
progress-day = { $date }: { $workouts }, { $sets }, { $volume }
progress-rest-day = { $date }: giorno di riposo
progress-heat-map-hint = Più scuro: più serie quel giorno. Passa sopra un giorno per vederne gli allenamenti.

progress-back-button = ⏴ Indietro
progress-back = Indietro
progress-exercise-empty-title = Ancora nessuna serie di questo esercizio
progress-exercise-empty-hint = I suoi record, il massimale stimato (1RM) e i grafici compaiono qui appena un allenamento salvato ne ha una serie.
progress-sessions-since = { $count ->
    [one] { $count } sessione dal { $date }
   *[other] { $count } sessioni dal { $date }
}
progress-sessions = Sessioni
progress-session-date = Data
progress-session-name = Nome
progress-session-best-set = Serie migliore
progress-session-sets = Serie
progress-records = Record
progress-record-e1rm = 1RM stimato
progress-record-heaviest = Carico massimo
progress-record-reps-at-weight = Più ripetizioni con questo carico
progress-record-set-volume = Miglior volume in una serie
progress-record-session-volume = Miglior volume in una sessione
progress-record-most-reps = Più ripetizioni
progress-record-longest-time = Tempo più lungo
progress-record-longest-distance = Distanza più lunga
progress-rep-max = { $reps }RM
progress-reps = { $count ->
    [one] { $count } rip.
   *[other] { $count } rip.
}
progress-rep-maxes = Massimali per ripetizioni (il carico più alto per almeno tante ripetizioni)
progress-reps-at-each-weight = Più ripetizioni a ogni carico
progress-kind-weight-reps = Carico × ripetizioni
progress-kind-bodyweight-reps = Corpo libero (+ zavorra)
progress-kind-reps-only = Solo ripetizioni
progress-kind-duration = Tempo
progress-kind-distance-duration = Distanza + tempo
progress-kind-weight-distance = Carico + distanza
progress-chart = Grafico:
progress-chart-best-e1rm = Miglior 1RM stimato ({ $unit })
progress-chart-most-reps = Più ripetizioni in una serie
progress-chart-longest-time = Tempo più lungo (s)
progress-chart-longest-distance = Distanza più lunga ({ $unit })
progress-chart-top-set-weight = Carico della serie più pesante ({ $unit })
progress-chart-session-volume = Volume della sessione ({ $unit })
progress-chart-hint = Trascina per spostare, Ctrl + rotellina per lo zoom, doppio clic per ripristinare.
