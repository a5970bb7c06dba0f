progress-empty-title = Aún no hay nada que mostrar
progress-empty-hint = Guarda un entreno y aquí verás tus días de entrenamiento, tus rachas y el volumen semanal por grupo muscular.
progress-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
progress-streak = Racha de entrenamiento: { $current } seguidas ahora · la más larga { $longest }
progress-updating = Actualizando…
progress-volume-per-week = Volumen por semana ({ $unit })
progress-all-muscle-groups = Todos los grupos musculares
progress-muscle-group = Grupo muscular
progress-volume = Volumen
progress-group-volume = Volumen de { $group }
progress-week-of = semana del { $date }
progress-training-days = Días de entrenamiento
progress-earlier-year = Año anterior
progress-later-year = Año siguiente
progress-year-summary = { $days ->
    [one] { $days } día de entrenamiento
   *[other] { $days } días de entrenamiento
} en { $year } ({ $workouts ->
    [one] { $workouts } entreno
   *[other] { $workouts } entrenos
})
progress-day = { $date }: { $workouts }, { $sets }, { $volume }
progress-rest-day = { $date }: día de descanso
progress-heat-map-hint = Más oscuro: más series ese día. Pasa el ratón por un día para ver sus entrenos.

progress-back-button = ⏴ Atrás
progress-back = Atrás
progress-exercise-empty-title = Aún no hay series de este ejercicio
progress-exercise-empty-hint = Sus récords, el 1RM estimado y los gráficos aparecen aquí en cuanto un entreno guardado tenga una serie de él.
progress-sessions-since = { $count ->
    [one] { $count } sesión desde el { $date }
   *[other] { $count } sesiones desde el { $date }
}
progress-sessions = Sesiones
progress-session-date = Fecha
progress-session-name = Nombre
progress-session-best-set = Mejor serie
progress-session-sets = Series
progress-records = Récords
progress-record-e1rm = 1RM estimado
progress-record-heaviest = Peso más alto
progress-record-reps-at-weight = Más repeticiones con este peso
progress-record-set-volume = Mejor volumen en una serie
progress-record-session-volume = Mejor volumen en una sesión
progress-record-most-reps = Más repeticiones
progress-record-longest-time = Tiempo más largo
progress-record-longest-distance = Distancia más larga
progress-rep-max = { $reps }RM
progress-reps = { $count ->
    [one] { $count } rep.
   *[other] { $count } reps.
}
progress-rep-maxes = Máximos por repeticiones (lo más pesado para al menos esas repeticiones)
progress-reps-at-each-weight = Más repeticiones con cada peso
progress-kind-weight-reps = Peso × repeticiones
progress-kind-bodyweight-reps = Peso corporal (+ lastre)
progress-kind-reps-only = Solo repeticiones
progress-kind-duration = Tiempo
progress-kind-distance-duration = Distancia + tiempo
progress-kind-weight-distance = Peso + distancia
progress-chart = Gráfico:
progress-chart-best-e1rm = Mejor 1RM estimado ({ $unit })
progress-chart-most-reps = Más repeticiones en una serie
progress-chart-longest-time = Tiempo más largo (s)
progress-chart-longest-distance = Distancia más larga ({ $unit })
progress-chart-top-set-weight = Peso de la serie más pesada ({ $unit })
progress-chart-session-volume = Volumen de la sesión ({ $unit })
progress-chart-hint = Arrastra para desplazar, Ctrl + rueda para hacer zoom, doble clic para restablecer.
