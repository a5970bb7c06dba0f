history-empty-title = Aún no hay entrenos
history-empty-hint = Cada entreno que guardas aparece aquí, el más reciente primero, para repasarlo, corregirlo o repetirlo. Empieza uno en la pantalla Entreno, o trae tu historial de Strong, Hevy, FitNotes, JEFIT, Liftosaur o GymBook con Importar.
history-go-to-workout = Ir a Entreno
history-choose = Elige un entreno a la izquierda para verlo completo, corregirlo o repetirlo.
history-search = Buscar:
history-search-hint = nombre del entreno o nota
history-exercise = Ejercicio:
history-all-exercises = Todos los ejercicios
history-workouts-of = { $count ->
    [one] { $count } entreno de { $total }
   *[other] { $count } entrenos de { $total }
}
history-no-match-title = Ningún entreno coincide
history-no-match-hint = Ningún entreno guardado tiene eso en su nombre o nota, ni ese ejercicio. Prueba otra palabra, o Todos los ejercicios.
history-minutes = { $minutes } min

history-imported-from = Importado de { $source }
history-note = Nota: { $note }
history-edit = Editar entreno
history-edit-named = Editar { $workout }
history-repeat = Repetir este entreno
history-save-as-routine = Guardar como rutina
history-save-as-routine-named = Guardar { $workout } como rutina
history-delete = Eliminar entreno…
history-delete-question = ¿Eliminar este entreno?
history-delete-yes = Sí, eliminar
history-superset = Superserie { $letter }
history-records = Récords
history-records-of = Récords de { $exercise }
history-set = Serie
history-type = Tipo
history-done = Hecho
history-rpe = RPE
history-set-note = Nota
history-set-of = { $exercise } serie { $number }

history-set-type-normal = Normal
history-set-type-warm-up = Calentamiento
history-set-type-drop = Drop set
history-set-type-failure = Al fallo
history-set-type-cool-down = Vuelta a la calma

history-change-history = Historial de cambios ({ $count })
history-never-changed = Sin cambios desde que se registró.
history-change-set-added = Serie de { $exercise } añadida: { $set }
history-change-set-removed = Serie de { $exercise } eliminada: { $set }
history-change-set-changed = Serie de { $exercise } cambiada: { $changes }
history-change-became = { $before } pasó a { $after }
history-change-type = tipo { $before } pasó a { $after }
history-change-rpe = RPE { $before } pasó a { $after }
history-change-none = ninguno
history-change-note = nota «{ $note }»
history-change-nothing-visible = ningún cambio visible
history-change-separator = {", "}
history-change-no-name = (sin nombre)
history-change-renamed = renombrado de «{ $before }» a «{ $after }»
history-change-moved = movido del { $before } al { $after }
history-change-unknown = desconocida
history-change-duration = duración { $before } pasó a { $after }
history-change-workout = Entreno: { $changes }

history-edit-title = Corregir este entreno
history-edit-hint = Los cambios se registran como eventos nuevos al guardar: el original queda en el registro, y Deshacer los revierte.
history-edit-name = Nombre del entreno
history-edit-start = Inicio (AAAA-MM-DD HH:MM)
history-edit-duration = Duración (minutos)
history-edit-remove = Quitar
history-edit-remove-named = Quitar { $set }
history-edit-add-set = + Añadir serie
history-edit-add-set-named = Añadir una serie de { $exercise }
history-edit-save = Guardar cambios
history-edit-cancel = Cancelar

history-undo-correct = corregir { $workout }
history-nothing-changed = No cambió nada.
history-corrected = Entreno corregido. Deshacer lo revierte.
history-refresh-failed = No se pudo actualizar el historial: { $detail }
history-start-invalid = el inicio «{ $start }» no es una fecha y hora como 2026-03-14 18:30
history-start-not-on-clock = { $start } no existe en el reloj de este ordenador
history-start-in-future = el inicio está en el futuro
history-duration-invalid = la duración «{ $duration }» no es un número de minutos (0–1440)
history-set-problem = { $exercise } serie { $number }: { $problem }
