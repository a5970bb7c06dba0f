program-messages-gone = Ese programa ya no existe.
program-messages-cannot-follow = No se puede seguir { $program }: { $problem }.
program-messages-following = Ahora sigues { $program }.
program-messages-stopped = Programa detenido.
program-messages-finish-workout-first = Termina o descarta primero el entreno en curso.
program-messages-follow-first = Sigue primero un programa.
program-messages-workout-name = { $day } de { $program }

program-messages-only-own-edited = Solo se pueden editar tus propios programas: copia primero uno integrado.
program-messages-only-own-deleted = Solo se pueden eliminar tus propios programas.
program-messages-stop-before-deleting = Sigues { $program }: deja de seguirlo antes de eliminarlo.
program-messages-deleted = { $program } eliminado.
program-messages-saved = { $program } guardado.

program-messages-not-a-program-day = Este entreno no es un día de programa.
program-messages-no-target = El programa no fija ningún objetivo para { $exercise }.
program-messages-weight-or-reps = Escribe un peso o unas repeticiones para el nuevo objetivo.
program-messages-undo-override-target = cambiar el objetivo de { $exercise }

program-messages-no-days = el programa no tiene días
program-messages-empty-day = el día «{ $day }» no tiene ejercicios
program-messages-exercise-twice = el día «{ $day }» tiene dos veces el ejercicio «{ $exercise }»
program-messages-track-twice = el día «{ $day }» tiene dos veces «{ $track }»
program-messages-track-rules-differ = «{ $track }» tiene reglas de tipos distintos o incrementos distintos según el día
program-messages-bad-rule = { $exercise }: { $problem }

program-messages-rule-no-set-or-rep = necesita al menos una serie de al menos una repetición
program-messages-rule-no-sets = necesita al menos una serie
program-messages-rule-no-stages = necesita al menos una etapa
program-messages-rule-empty-week = cada semana necesita al menos una serie
program-messages-rule-raise-below-reps = las repeticiones que suben el peso están por debajo de las repeticiones objetivo
program-messages-rule-range-upside-down = el máximo del rango de repeticiones está por debajo del mínimo
program-messages-rule-off-the-rpe-chart = la tabla de RPE cubre de 1 a 10 repeticiones a RPE 6–10 en medios puntos
program-messages-rule-deload-percent = la descarga debe ser mayor que 0 y como mucho 100 %
program-messages-rule-reset-percent = el reinicio debe ser mayor que 0 y como mucho 100 %
program-messages-rule-week-percent = el porcentaje de una semana debe ser mayor que 0 y como mucho 100 %
program-messages-rule-supplemental-percent = el porcentaje de las series complementarias debe ser mayor que 0 y como mucho 100 %
program-messages-rule-percent = un porcentaje debe ser mayor que 0 y como mucho 100 %
program-messages-rule-negative-reset = lo que se suma al reiniciar es negativo
program-messages-rule-negative-increment = el incremento debe ser cero o más
