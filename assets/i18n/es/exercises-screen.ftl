# The exercise picker and the Exercises screen (ui/exercise_picker.rs, ui/library.rs).
# Names of the built-in exercises are in exercises.ftl.

# The exercise picker (workout and routines).
exercises-search = Buscar ejercicios:
exercises-picker-hint = p. ej. banca, sentadilla, ohp
exercises-all-muscle-groups = Todos los grupos musculares
exercises-filter-muscle-group = Filtrar por grupo muscular
exercises-add = Añadir { $name }
exercises-more = y { $count } más: sigue escribiendo
exercises-none-create = Ningún ejercicio coincide. Créalo:

# What a set of an exercise records.
exercises-kind-weight-reps = Peso × repeticiones
exercises-kind-bodyweight-reps = Repeticiones con peso corporal (+ lastre)
exercises-kind-reps-only = Solo repeticiones
exercises-kind-duration = Tiempo
exercises-kind-distance-duration = Distancia + tiempo
exercises-kind-weight-distance = Peso + distancia

# The Exercises screen.
exercises-library-hint = nombre, músculo, u ohp, rdl…
exercises-order = Orden:
exercises-order-library = Por grupo muscular
exercises-order-most-done = Los más hechos primero
exercises-order-last-done = Los últimos hechos primero
exercises-nothing-called = Nada en la biblioteca se llama «{ $query }» (se buscan nombres, músculos y abreviaturas como ohp o rdl). Créalo arriba con «Crear un ejercicio propio».
exercises-no-match = Ningún ejercicio coincide
exercises-column-exercise = Ejercicio
exercises-column-muscle-group = Grupo muscular
exercises-column-equipment = Material
exercises-column-logged-as = Se registra como
exercises-column-sessions = Entrenos
exercises-column-last-done = Última vez
exercises-sessions = { $count ->
    [one] { $count } entreno
   *[other] { $count } entrenos
}
exercises-sets-in-all = { $count ->
    [one] { $count } serie en total
   *[other] { $count } series en total
}
exercises-last-done-on = { $name }, última vez el { $day }
exercises-records-of = Récords de { $name }

# The lifter's own exercises: rename, merge, delete.
exercises-new-name-for = Nuevo nombre para { $name }
exercises-save-name = Guardar nombre
exercises-cancel = Cancelar
exercises-choose = elegir…
exercises-merge-into = Fusionar { $name } con
exercises-merge = Fusionar
exercises-rename = Renombrar
exercises-rename-named = Renombrar { $name }
exercises-merge-ellipsis = Fusionar…
exercises-merge-named = Fusionar { $name } con otro ejercicio
exercises-delete-question = ¿Eliminar { $name }?
exercises-delete = Eliminar
exercises-delete-yes = Sí, eliminar

# Creating a custom exercise (Exercises screen and workout).
exercises-create-custom = Crear un ejercicio propio
exercises-form-name = Nombre
exercises-form-name-hint = p. ej. Belt squat
exercises-form-equipment = Material
exercises-form-equipment-hint = p. ej. Máquina
exercises-form-muscle-group = Grupo muscular
exercises-form-records = Registra
exercises-form-create = Crear ejercicio
