# El marco de cada pantalla: navegación, deshacer y rehacer, el recordatorio de copia de
# seguridad, los mensajes, el editor de notas y las rutinas, y los mensajes de la app sobre ellos.

shell-screen-live = { $screen } (en curso)
shell-export-backup-ellipsis = Exportar copia de seguridad…
shell-export-backup = Exportar copia de seguridad
shell-hide-message = Ocultar este mensaje
shell-closing = Terminando tu copia de seguridad… GymLog se cierra en cuanto esté escrita.
shell-loading = Cargando tu historial…
shell-undo-hint = Deshacer: { $label } (Ctrl+Z)
shell-redo-hint = Rehacer: { $label } (Ctrl+Mayús+Z)
shell-backup-never = nunca
shell-backup-reminder = { $count ->
    [one] { $count } entreno desde tu última copia de seguridad (última: { $last })
   *[other] { $count } entrenos desde tu última copia de seguridad (última: { $last })
}
shell-no-cjk-font = No se encontró ninguna fuente china — instala Noto Sans CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk)
shell-window-failed = no se pudo abrir la ventana: { $detail } (GymLog necesita una pantalla; la línea de comandos funciona sin ella: gymlog --help)
shell-startup-error-title = GymLog no puede abrir tus entrenos
shell-dialog-export = Exportar
shell-dialog-open = Abrir
shell-dialog-choose-folder = Elegir una carpeta

shell-nothing-to-undo = Nada que deshacer.
shell-nothing-to-redo = Nada que rehacer.
shell-undone = Deshecho: { $label }.
shell-redone = Rehecho: { $label }.
shell-undo-make-superset = hacer una superserie
shell-undo-leave-superset = salir de una superserie
shell-undo-move-exercise = mover un ejercicio

shell-note = Nota
shell-note-add = Añadir una nota a { $exercise }
shell-note-hint = p. ej. asiento 4, pies altos, pausa abajo
shell-note-field = Nota de { $exercise }
shell-note-save = Guardar nota
shell-note-shown = Nota de { $exercise }: { $note }
shell-note-edit = Editar nota
shell-note-edit-named = Editar la nota de { $exercise }

shell-routines = Rutinas
shell-routines-empty = Aún no hay rutinas
shell-routines-empty-hint = Una rutina es un entreno que repites: crea una abajo, o guarda un entreno terminado como rutina desde el Historial.
shell-routine-start = Empezar { $name }
shell-routine-edit = Editar { $name }
shell-routine-delete-question = ¿Borrar la rutina { $name }?
shell-routine-new = Nueva rutina
shell-routine-window = Rutina
shell-routine-name = Nombre de la rutina:
shell-routine-superset = superserie { $group }
shell-routine-move-up = Subir { $exercise } en la rutina
shell-routine-move-down = Bajar { $exercise } en la rutina
shell-routine-leave-superset = Salir de la superserie
shell-routine-superset-with-above = Superserie con el de arriba
shell-routine-remove-exercise = Quitar { $exercise } de la rutina
shell-routine-target = { $exercise } serie objetivo { $number }
shell-routine-remove-target = Quitar { $target }
shell-routine-add-target = + Serie objetivo
shell-routine-add-target-named = Añadir una serie objetivo a { $exercise }
shell-routine-save = Guardar rutina
shell-routine-reps-unit = reps
shell-routine-gone = Esa rutina ya no existe.
shell-routine-needs-name = Ponle un nombre a la rutina.
shell-routine-needs-exercise = Añade primero un ejercicio a la rutina.
shell-routine-saved = Rutina { $name } guardada.
shell-routine-deleted = Rutina borrada.

shell-warm-ups-need-weight = Escribe primero el peso de trabajo: el calentamiento sube hasta él.
shell-warm-ups-not-needed = Ese peso no necesita calentamiento desde la barra.
shell-warm-ups-already = Tu calentamiento ya llega a ese peso.

shell-exercise-rename-own-only = Solo puedes renombrar tus propios ejercicios.
shell-exercise-needs-name = Ponle un nombre al ejercicio.
shell-exercise-exists = { $existing } ya existe: usa Fusionar para unir { $name } con él.
shell-exercise-merge-own-only = Fusiona uno de tus propios ejercicios con otro ejercicio.
shell-exercise-delete-own-only = Solo puedes borrar tus propios ejercicios.
shell-exercise-has-sets = { $name } tiene series registradas: mejor fusiónalo con otro ejercicio.
shell-exercise-deleted = { $name } borrado.
shell-exercise-renamed = { $from } ahora se llama { $to }.
