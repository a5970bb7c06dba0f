programs-built-in = Incluido
programs-your-own = Tuyo
programs-following-mark = (siguiendo)
programs-day-line = { $day }: { $exercises }
programs-rules = Reglas: { $source }
programs-following = Siguiendo { $program }
programs-follow = Seguir…
programs-follow-named = Seguir { $program }
programs-replay = Repasar
programs-replay-named = Repasar { $program }
programs-copy-and-edit = Copiar y editar
programs-copy-and-edit-named = Copiar y editar { $program }
programs-edit-named = Editar { $program }
programs-start-next-day = Empezar el siguiente día
programs-stop-following = Dejar de seguir

programs-day-workout-a = Entreno A
programs-day-workout-b = Entreno B
programs-day-day-1 = Día 1
programs-day-day-2 = Día 2
programs-day-day-3 = Día 3
programs-day-day-4 = Día 4
programs-day-press-day = Día de press militar
programs-day-deadlift-day = Día de peso muerto
programs-day-bench-day = Día de press banca
programs-day-squat-day = Día de sentadilla
programs-day-push = Empuje
programs-day-pull = Tirón
programs-day-legs = Pierna
programs-wave-week-1 = Semana 1
programs-wave-week-2 = Semana 2
programs-wave-week-3 = Semana 3
programs-wave-deload = Descarga

programs-week = Semana { $number }
programs-coming-weeks = { $weeks ->
    [one] La próxima semana de { $program }
   *[other] Las próximas { $weeks } semanas de { $program }
}
programs-coming-note = { $days ->
    [one] Si sale cada serie; una semana es una vuelta a su { $days } día.
   *[other] Si sale cada serie; una semana es una vuelta a sus { $days } días.
}
programs-exercise-line = { $exercise }: { $sets }
programs-sets-of = { $count ->
    [one] { $count } serie de { $set }
   *[other] { $count } series de { $set }
}

programs-follow-hint = Pesos iniciales, propuestos a partir de tus propias series; cambia los que quieras antes de seguir.
programs-starting-load = Peso inicial de { $exercise }
programs-follow-with-loads = Seguir con estos pesos
programs-kind-working-weight = peso de trabajo
programs-kind-training-max = máximo de entrenamiento
programs-source = de { $set } el { $date } · e1RM { $e1rm } · { $how }
programs-source-working-weight = { $share } % del máximo a { $reps } repeticiones que da el mejor e1RM de las últimas { $weeks } semanas
programs-source-training-max = { $share } % del mejor e1RM de las últimas { $weeks } semanas
programs-source-one-rep-max = el mejor e1RM de las últimas { $weeks } semanas
programs-source-none = sin series en las últimas { $weeks } semanas — valor por defecto del programa

programs-replay-title = Lo que { $program } habría prescrito en las últimas { $weeks } semanas
programs-replay-session = { $date } · { $day }
programs-replay-none = Ninguno de tus entrenos desde el { $date } coincide con un día de { $program }.
programs-replay-note = { $count ->
    [one] { $count } entreno desde el { $date }, con los pesos que habría propuesto ese día; lo prescrito y luego lo levantado.
   *[other] { $count } entrenos desde el { $date }, con los pesos que habría propuesto ese día; lo prescrito y luego lo levantado.
}
programs-replay-weeks = Semanas:
programs-replay-exercise = Ejercicio
programs-replay-prescribed = Prescrito
programs-replay-lifted = Levantado

programs-section = Programa
programs-next = Siguiente: { $day } de { $program }
programs-start-day = Empezar { $day }
programs-all = Todos los programas
programs-none-followed = No sigues ningún programa: un programa le da a cada día sus series objetivo.
programs-choose = Elegir un programa
programs-next-time = La próxima vez:

programs-outcome-weight-up = { $exercise } +{ $by } la próxima vez ({ $to })
programs-outcome-same-weight = { $exercise }: otra vez { $weight } la próxima vez
programs-outcome-same-weight-missed = { $exercise }: otra vez { $weight } la próxima vez ({ $failures } de { $deload } fallos antes de una descarga)
programs-outcome-deload = { $exercise }: descarga a { $to }
programs-outcome-next-stage = { $exercise }: etapa { $stage } ({ $scheme }) la próxima vez, con { $weight }
programs-outcome-reset = { $exercise }: vuelta a { $scheme } con { $weight }
programs-outcome-next-week = { $exercise }: semana { $week } de { $weeks } la próxima vez
programs-outcome-training-max-up = { $exercise }: máximo de entrenamiento +{ $by } ({ $to })
programs-outcome-training-max-down = { $exercise }: máximo de entrenamiento baja a { $to } (se fallaron repeticiones este ciclo)
programs-outcome-training-max-set = { $exercise }: máximo de entrenamiento fijado en { $to } a partir de este entreno
programs-outcome-e1rm = { $exercise }: próximos pesos a partir de un e1RM de { $e1rm }
programs-outcome-not-done = { $exercise }: no hecho, nada cambia
programs-outcome-counted-as-lifted = { $exercise }: contado con los { $lifted } levantados, no los { $planned } previstos

programs-editor-name = Nombre:
programs-editor-program-name = Nombre del programa
programs-editor-unit = Pesos e incrementos en { $unit }.
programs-editor-add-day = Añadir día
programs-editor-add-exercise = Añadir ejercicio:
programs-editor-save = Guardar programa
programs-editor-delete = Eliminar programa
programs-editor-delete-question = ¿Eliminar este programa? Sus entrenos pasados se quedan.
programs-editor-delete-yes = Eliminar
programs-editor-copy-name = { $program } (copia)
programs-editor-copy-name-numbered = { $program } (copia { $number })
programs-editor-day = Día { $number }
programs-editor-move-up = Subir { $what }
programs-editor-move-down = Bajar { $what }
programs-editor-remove = Quitar { $what }
programs-editor-add-to = Añadir { $exercise } a { $day }
programs-editor-add-exercise-to = Añadir ejercicio a { $day }
programs-editor-day-name = Nombre de { $day }
programs-editor-exercise-tag = { $day }: { $exercise }
programs-editor-field = { $what } { $field }
programs-editor-rule-label = Regla de { $what }
programs-editor-shared = Incremento y tipo de regla compartidos con { $days }
programs-editor-add-stage = Añadir una etapa
programs-editor-add-stage-of = Añadir una etapa a { $what }
programs-editor-remove-stage = Quitar la última etapa
programs-editor-remove-stage-of = Quitar la última etapa de { $what }
programs-editor-add-group = Añadir un grupo de series
programs-editor-add-group-of = Añadir un grupo de series a { $what }
programs-editor-remove-group = Quitar el último grupo de series
programs-editor-remove-group-of = Quitar el último grupo de series de { $what }
programs-editor-needs-name = El programa necesita un nombre.
programs-editor-fix-first = Corrige esto primero: { $problem }.
programs-editor-cannot-save = No se puede guardar { $program }: { $problem }.
programs-editor-field-gone = { $what } ya no existe
programs-editor-field-switch = { $what } es un interruptor

programs-rule-linear = Lineal (series × repeticiones)
programs-rule-double-progression = Doble progresión (rango de repeticiones)
programs-rule-wave = Oleadas sobre máximo de entrenamiento (5/3/1)
programs-rule-stages = Etapas al fallar (GZCLP T1/T2)
programs-rule-amrap = Umbral AMRAP (GZCLP T3)
programs-rule-rpe = RPE objetivo
programs-rule-percent-of-max = Porcentaje del 1RM

programs-param-increment = incremento
programs-param-sets = series
programs-param-reps = repeticiones
programs-param-last-set-amrap = última serie AMRAP
programs-param-failures-before-deload = fallos antes de descarga (0: nunca)
programs-param-deload-percent = descarga %
programs-param-reps-from = repeticiones desde
programs-param-reps-up-to = repeticiones hasta
programs-param-raise-at = repeticiones de la última serie que suben el peso
programs-param-stage-sets = etapa { $number } series
programs-param-stage-reps = etapa { $number } repeticiones
programs-param-stage-amrap = etapa { $number } última serie AMRAP
programs-param-restart-percent = reiniciar al % del peso fallado
programs-param-restart-plus = reiniciar en la última primera etapa más
programs-param-week-set-percent = { $week } serie { $number } % del TM
programs-param-week-set-reps = { $week } serie { $number } repeticiones
programs-param-week-set-amrap = { $week } serie { $number } AMRAP
programs-param-extra-sets = { $label } series
programs-param-extra-reps = { $label } repeticiones
programs-param-extra-percent = { $label } % del TM
programs-param-training-max-down = bajada del máximo de entrenamiento en % tras fallar repeticiones
programs-param-group-sets = grupo { $number } series
programs-param-group-reps = grupo { $number } repeticiones
programs-param-group-rpe = grupo { $number } RPE
programs-param-group-percent = grupo { $number } % del 1RM
