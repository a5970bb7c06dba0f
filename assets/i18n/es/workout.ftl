# El entrenamiento en curso: la pantalla de inicio, las tablas de series, la barra del
# entrenamiento, las preguntas antes de registrar o terminar y los objetivos de un programa.

workout-start-title = Empezar un entrenamiento
workout-empty-log = Tu registro de entrenamiento está vacío. Empieza un entrenamiento, añade ejercicios y registra tus series: cada serie se guarda en cuanto la registras.
workout-start = Empezar entrenamiento
workout-name = Nombre (opcional):
workout-name-hint = p. ej. Día de empuje
workout-bring-history = Trae tu historial
workout-bring-history-hint = Desde Strong, Hevy, FitNotes, JEFIT, Liftosaur o GymBook: GymLog reconoce la app por el archivo. O restaura una copia de seguridad de GymLog de otro ordenador.
workout-import = Importar desde Strong, Hevy, FitNotes…
workout-restore = Restaurar una copia de seguridad…
workout-repeat-recent = Repetir un entrenamiento reciente
workout-repeat = Repetir
workout-repeat-named = Repetir { $workout }
workout-untitled = Entrenamiento
workout-list-separator = {", "}
workout-this-week = Esta semana
workout-no-workout-this-week = Todavía ningún entrenamiento esta semana.
workout-recent-records = Récords recientes
workout-was = antes { $value }

workout-add-exercise = Añadir un ejercicio
workout-add-exercise-below = Añade un ejercicio abajo para empezar a registrar series.
workout-discard = Descartar entrenamiento
workout-discard-question = ¿Descartar este entrenamiento y sus series?
workout-discard-yes = Sí, descartar

workout-sets-logged = { $count ->
    [one] { $count } serie registrada
   *[other] { $count } series registradas
}
workout-finish = Terminar
workout-add-exercise-bar = Añadir ejercicio…
workout-rest = Descanso
workout-rest-over = Descanso terminado: ¡siguiente serie!
workout-rest-minus = −15 s
workout-rest-plus = +15 s
workout-skip-rest = Saltar descanso

workout-set = Serie
workout-previous = Anterior
workout-pace = Ritmo
workout-plates = Discos / lado
workout-bar-only = solo la barra
workout-set-of = { $exercise } serie { $number }
workout-add-set = + Añadir serie
workout-add-set-of = Añadir una serie de { $exercise }
workout-saving = Guardando en disco
workout-being-saved = { $who } se está guardando
workout-pr = PR
workout-new-record = Nuevo récord: { $records }
workout-is-record = { $who } es un récord: { $records }
workout-logged = Registrada
workout-is-logged = { $who } está registrada
workout-edited = Editada, aún sin guardar: pulsa Intro o Actualizar
workout-has-changes = { $who } tiene cambios sin guardar
workout-next-set = La siguiente serie
workout-is-next = { $who } es la siguiente
workout-pace-of = { $who } ritmo { $pace }
workout-plates-of = { $who } discos { $plates }
workout-update = Actualizar
workout-done = Hecha
workout-update-named = Actualizar { $who }
workout-complete-named = Completar { $who }
workout-set-menu = Tipo, nota, quitar
workout-more-for = Más de { $name }
workout-note-of = { $who } nota { $note }
workout-set-type = Tipo de serie
workout-note = Nota
workout-remove-set = Quitar serie
workout-remove-named = Quitar { $name }

workout-records = Récords
workout-records-of = Récords de { $exercise }
workout-superset = Superserie { $letter }
workout-rest-between = { $rest } entre series
workout-rests-between = { $exercise } descansa { $rest } entre series
workout-rest-shorter = { $exercise }: descanso más corto
workout-rest-longer = { $exercise }: descanso más largo
workout-more = Más
workout-remove-question = { $count ->
    [one] ¿Quitar { $exercise } y su serie registrada?
   *[other] ¿Quitar { $exercise } y sus { $count } series registradas?
}
workout-yes-remove = Sí, quitar
workout-add-warm-ups = Añadir series de calentamiento
workout-add-warm-ups-to = Añadir series de calentamiento a { $exercise }
workout-leave-superset = Salir de la superserie
workout-leave-superset-named = Sacar { $exercise } de la superserie
workout-superset-with = Superserie con
workout-superset-with-named = { $exercise } en superserie con { $other }
workout-superset-with-menu = { $exercise } en superserie con
workout-move-up = Subir
workout-move-down = Bajar
workout-move-up-named = Subir { $exercise }
workout-move-down-named = Bajar { $exercise }
workout-remove-exercise = Quitar ejercicio
workout-remove-exercise-ask = Quitar ejercicio…

workout-check-set = Revisa esta serie
workout-log-anyway = Registrarla igualmente
workout-let-me-fix = Déjame corregirla
workout-not-in-log = Aún no está en tu registro
workout-pending-typed = { $count ->
    [one] { $count } serie escrita pero no registrada
   *[other] { $count } series escritas pero no registradas
}
workout-pending-edited = { $count ->
    [one] { $count } cambio en series registradas sin aplicar
   *[other] { $count } cambios en series registradas sin aplicar
}
workout-pending = { $pending }.
workout-log-and-finish = Registrarlas y terminar
workout-drop-and-finish = Descartarlas y terminar
workout-keep-logging = Seguir entrenando

workout-summary = Resumen del entrenamiento
workout-summary-duration = Duración: { $duration }
workout-summary-sets = Series: { $count }
workout-summary-volume = Volumen: { $volume } { $unit }
workout-no-new-records = Esta vez no hay récords nuevos.
workout-new-records = Récords nuevos ({ $count }):
workout-record-line = { $exercise } — { $record }: { $now } (antes { $was })
workout-discard-ask = Descartar…
workout-save-as-routine = Guardar como rutina con el nombre:
workout-save-routine = Guardar rutina

workout-target = Objetivo { $sets }
workout-target-overridden = Objetivo { $target } (cambiado; el del programa: { $program })
workout-override-target = Cambiar objetivo
workout-target-weight = Peso ({ $unit }):
workout-target-reps = Reps:
workout-target-same = igual
workout-apply = Aplicar
workout-override-named = Cambiar el objetivo de { $exercise }
workout-target-weight-named = { $exercise } peso objetivo
workout-target-reps-named = { $exercise } repeticiones objetivo
workout-apply-named = Aplicar el objetivo de { $exercise }
