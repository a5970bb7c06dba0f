screen-workout = Entreno
screen-history = Historial
screen-progress = Progreso
screen-insights = Análisis
screen-exercises = Ejercicios
screen-body = Cuerpo
screen-settings = Ajustes
screen-programs = Programas

language-system = Idioma del sistema
language-system-named = Idioma del sistema ({ $language })
settings-language = Idioma
settings-language-hint = Los números y las fechas siguen el idioma: en español, 82,5 kg y 06/12/2026. Los pesos escritos se leen con coma o con punto en todos los idiomas.

count-workouts = { $count ->
    [one] { $count } entreno
   *[other] { $count } entrenos
}
count-sets = { $count ->
    [one] { $count } serie
   *[other] { $count } series
}
count-exercises = { $count ->
    [one] { $count } ejercicio
   *[other] { $count } ejercicios
}

# Botones y palabras comunes de los widgets que usa cada pantalla.
common-cancel = Cancelar
common-save = Guardar
common-remove = Quitar
common-edit = Editar
common-start = Empezar
common-dismiss = Descartar
common-delete = Borrar…
common-yes-delete = Sí, borrar
common-keep-it = Conservar
common-undo = Deshacer
common-redo = Rehacer
common-reps = Reps
common-time = Tiempo
# Nombres accesibles de los campos de una serie: «Press de banca serie 1 peso».
common-field-weight = peso
common-field-reps = repeticiones
common-field-distance = distancia
common-field-time = tiempo
common-field-type = tipo
common-field-note = nota
common-field-as = { $who } como { $type }
set-type-normal = Normal
set-type-warm-up = Calentamiento
set-type-drop = Drop set
set-type-failure = Al fallo
set-type-cool-down = Vuelta a la calma
common-refused-not-a-number = { $what }: «{ $text }» no es un número
common-refused-not-whole = { $what }: «{ $text }» no es un número entero
common-refused-not-a-time = { $what }: «{ $text }» no es un tiempo (m:ss)
common-refused-out-of-range = { $what }: { $text } está fuera de rango ({ $range })
