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

# Botões e palavras comuns dos widgets que toda tela usa.
common-cancel = Cancelar
common-save = Salvar
common-remove = Tirar
common-edit = Editar
common-start = Começar
common-dismiss = Dispensar
common-delete = Excluir…
common-yes-delete = Sim, excluir
common-keep-it = Manter
common-undo = Desfazer
common-redo = Refazer
common-reps = Reps
common-time = Tempo
# Nomes acessíveis dos campos de uma série: "Supino reto série 1 carga".
common-field-weight = carga
common-field-reps = repetições
common-field-distance = distância
common-field-time = tempo
common-field-type = tipo
common-field-note = nota
common-field-as = { $who } como { $type }
set-type-normal = Normal
set-type-warm-up = Aquecimento
set-type-drop = Drop set
set-type-failure = Até a falha
set-type-cool-down = Desaquecimento
common-refused-not-a-number = { $what }: "{ $text }" não é um número
common-refused-not-whole = { $what }: "{ $text }" não é um número inteiro
common-refused-not-a-time = { $what }: "{ $text }" não é um tempo (m:ss)
common-refused-out-of-range = { $what }: { $text } está fora do intervalo ({ $range })
