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
