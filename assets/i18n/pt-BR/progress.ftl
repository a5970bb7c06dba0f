progress-empty-title = Nada para mostrar ainda
progress-empty-hint = Salve um treino e aqui aparecem seus dias de treino, suas sequências e o volume semanal por grupo muscular.
progress-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
progress-streak = Sequência de treinos: { $current } seguidas agora · a maior { $longest }
progress-updating = Atualizando…
progress-volume-per-week = Volume por semana ({ $unit })
progress-all-muscle-groups = Todos os grupos musculares
progress-muscle-group = Grupo muscular
progress-volume = Volume
progress-group-volume = Volume de { $group }
progress-week-of = semana de { $date }
progress-training-days = Dias de treino
progress-earlier-year = Ano anterior
progress-later-year = Ano seguinte
progress-year-summary = { $days ->
    [one] { $days } dia de treino
   *[other] { $days } dias de treino
} em { $year } ({ $workouts ->
    [one] { $workouts } treino
   *[other] { $workouts } treinos
})
progress-day = { $date }: { $workouts }, { $sets }, { $volume }
progress-rest-day = { $date }: dia de descanso
progress-heat-map-hint = Mais escuro: mais séries naquele dia. Passe o mouse sobre um dia para ver os treinos.

progress-back-button = ⏴ Voltar
progress-back = Voltar
progress-exercise-empty-title = Nenhuma série deste exercício ainda
progress-exercise-empty-hint = Os recordes, o 1RM estimado e os gráficos aparecem aqui assim que um treino salvo tiver uma série dele.
progress-sessions-since = { $count ->
    [one] { $count } sessão desde { $date }
   *[other] { $count } sessões desde { $date }
}
progress-sessions = Sessões
progress-session-date = Data
progress-session-name = Nome
progress-session-best-set = Melhor série
progress-session-sets = Séries
progress-records = Recordes
progress-record-e1rm = 1RM estimado
progress-record-heaviest = Maior carga
progress-record-reps-at-weight = Mais repetições com esta carga
progress-record-set-volume = Melhor volume numa série
progress-record-session-volume = Melhor volume numa sessão
progress-record-most-reps = Mais repetições
progress-record-longest-time = Maior tempo
progress-record-longest-distance = Maior distância
progress-rep-max = { $reps }RM
progress-reps = { $count ->
    [one] { $count } rep.
   *[other] { $count } reps.
}
progress-rep-maxes = Máximas por repetições (a maior carga para pelo menos essas repetições)
progress-reps-at-each-weight = Mais repetições em cada carga
progress-kind-weight-reps = Carga × repetições
progress-kind-bodyweight-reps = Peso corporal (+ carga extra)
progress-kind-reps-only = Só repetições
progress-kind-duration = Tempo
progress-kind-distance-duration = Distância + tempo
progress-kind-weight-distance = Carga + distância
progress-chart = Gráfico:
progress-chart-best-e1rm = Melhor 1RM estimado ({ $unit })
progress-chart-most-reps = Mais repetições numa série
progress-chart-longest-time = Maior tempo (s)
progress-chart-longest-distance = Maior distância ({ $unit })
progress-chart-top-set-weight = Carga da série mais pesada ({ $unit })
progress-chart-session-volume = Volume da sessão ({ $unit })
progress-chart-hint = Arraste para mover, Ctrl + roda do mouse para zoom, clique duplo para redefinir.
