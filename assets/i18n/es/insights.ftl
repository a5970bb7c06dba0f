insights-intro = Pregúntale lo que quieras a tu historial de entrenamiento en SQL. Nada de lo que ejecutes aquí puede cambiarlo.
insights-ready-made = Listas para usar:
insights-saved = Guardadas:
insights-delete-saved-hover = Eliminar la consulta guardada { $name }
insights-delete-saved = Eliminar la consulta guardada { $name }
insights-run = Ejecutar (Ctrl+Intro)
insights-cancel = Cancelar
insights-name-hint = nombre
insights-query-name = Nombre de la consulta
insights-save-query = Guardar consulta
insights-copy-csv = Copiar como CSV
insights-copy-csv-hint = La respuesta completa, con una fila de encabezado
insights-empty-title = Hazle una pregunta a tu historial
insights-empty-hint = Elige arriba una pregunta lista para usar o escribe SQL sobre las vistas sets, workouts, exercises, bodyweight y records: la respuesta aparece aquí como tabla, y como gráfico si tiene números.
insights-status = { $count ->
    [one] { $count } fila en { $ms } ms
   *[other] { $count } filas en { $ms } ms
}
insights-status-first = { $count ->
    [one] { $count } fila en { $ms } ms (se muestran las primeras { $shown })
   *[other] { $count } filas en { $ms } ms (se muestran las primeras { $shown })
}
insights-sql = SQL
insights-sql-hint = SELECT exercise, max(weight_kg) FROM sets GROUP BY exercise
insights-null = NULL

insights-team-open = Carpeta del equipo { $folder }: { $athletes ->
    [one] { $athletes } atleta
   *[other] { $athletes } atletas
}, { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}. Consulta team_sets, team_workouts, team_bodyweight, team_records, team_events.
insights-team-close = Volver a mi historial
insights-coach = Vista de entrenador:
insights-team-folder-hint = carpeta de datos del equipo
insights-team-folder = Carpeta de datos del equipo
insights-browse = Examinar…
insights-team-open-button = Abrir carpeta del equipo
insights-team-opening = Abriendo { $folder }…

insights-chart = Gráfico:
insights-chart-across = Gráfico a lo largo de
insights-chart-by = por
insights-chart-of = Gráfico de
insights-chart-line-per = una línea por
insights-chart-one-line = (una línea)
insights-chart-a-line-per = Gráfico: una línea por
insights-chart-line = Líneas
insights-chart-bar = Barras
insights-chart-off = Sin gráfico
insights-chart-no-numbers = { $column } no tiene números para un gráfico.
insights-chart-title = { $y } por { $x }
insights-chart-described = Gráfico de { $y } por { $x }

insights-ready-best-squat-each-year = Mejor sentadilla de cada año
insights-ready-weekly-volume-per-muscle-group = Volumen semanal por grupo muscular
insights-ready-e1rm-trend-of-the-big-lifts = Evolución del e1RM de los básicos
insights-ready-all-records = Todos los récords
insights-ready-training-days-per-month = Días de entrenamiento por mes
insights-ready-longest-streaks-weeks-in-a-row = Rachas más largas (semanas seguidas)
insights-ready-volume-by-set-type = Volumen por tipo de serie
insights-ready-workouts-volume-and-time-per-year = Entrenos, volumen y tiempo por año
insights-ready-bodyweight-per-month = Peso corporal por mes
insights-ready-measurements-first-latest-and-change = Medidas: primera, última y cambio
insights-ready-running-distance-and-pace-per-month = Distancia y ritmo de carrera por mes
insights-ready-weekly-volume-per-athlete = Volumen semanal por atleta
insights-ready-e1rm-trend-per-athlete = Evolución del e1RM por atleta
insights-ready-who-has-not-trained-this-week = Quién no ha entrenado esta semana
insights-ready-best-lifts-per-athlete = Mejores marcas por atleta
insights-ready-workouts-per-athlete-per-month = Entrenos por atleta y mes

insights-team-closed = la carpeta del equipo está cerrada
insights-read-failed = no se pudo leer el historial
insights-run-failed = No se pudo ejecutar la consulta: { $detail }
insights-save-needs-name = Dale a la consulta un nombre y algo de SQL para guardarla.
insights-query-saved = Consulta guardada: { $name }.
insights-query-deleted = Consulta eliminada.
insights-team-opened = Carpeta del equipo abierta: { $athletes }.
insights-team-open-failed = No se pudo abrir la carpeta del equipo: { $detail }
