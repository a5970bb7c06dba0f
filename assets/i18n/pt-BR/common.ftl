screen-workout = Treino
screen-history = Histórico
screen-progress = Progresso
screen-insights = Análises
screen-exercises = Exercícios
screen-body = Corpo
screen-settings = Ajustes
screen-programs = Programas

language-system = Idioma do sistema
language-system-named = Idioma do sistema ({ $language })
settings-language = Idioma
settings-language-hint = Números e datas seguem o idioma: em português, 82,5 kg e 06/12/2026. As cargas digitadas são lidas com vírgula ou ponto em todos os idiomas.

count-workouts = { $count ->
    [one] { $count } treino
   *[other] { $count } treinos
}
count-sets = { $count ->
    [one] { $count } série
   *[other] { $count } séries
}
count-exercises = { $count ->
    [one] { $count } exercício
   *[other] { $count } exercícios
}
