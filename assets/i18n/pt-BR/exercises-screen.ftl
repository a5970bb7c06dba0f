# The exercise picker and the Exercises screen (ui/exercise_picker.rs, ui/library.rs).
# Names of the built-in exercises are in exercises.ftl.

# The exercise picker (workout and routines).
exercises-search = Buscar exercícios:
exercises-picker-hint = ex.: supino, agachamento, ohp
exercises-all-muscle-groups = Todos os grupos musculares
exercises-filter-muscle-group = Filtrar por grupo muscular
exercises-add = Adicionar { $name }
exercises-more = e mais { $count }: continue digitando
exercises-none-create = Nenhum exercício encontrado. Crie:

# What a set of an exercise records.
exercises-kind-weight-reps = Carga × repetições
exercises-kind-bodyweight-reps = Repetições com peso corporal (+ carga)
exercises-kind-reps-only = Só repetições
exercises-kind-duration = Tempo
exercises-kind-distance-duration = Distância + tempo
exercises-kind-weight-distance = Carga + distância

# The Exercises screen.
exercises-library-hint = nome, músculo, ou ohp, rdl…
exercises-order = Ordem:
exercises-order-library = Por grupo muscular
exercises-order-most-done = Mais feitos primeiro
exercises-order-last-done = Últimos feitos primeiro
exercises-nothing-called = Nada na biblioteca se chama "{ $query }" (a busca olha nomes, músculos e abreviações como ohp ou rdl). Crie com "Criar um exercício próprio" acima.
exercises-no-match = Nenhum exercício encontrado
exercises-column-exercise = Exercício
exercises-column-muscle-group = Grupo muscular
exercises-column-equipment = Equipamento
exercises-column-logged-as = Registrado como
exercises-column-sessions = Treinos
exercises-column-last-done = Última vez
exercises-sessions = { $count ->
    [one] { $count } treino
   *[other] { $count } treinos
}
exercises-sets-in-all = { $count ->
    [one] { $count } série no total
   *[other] { $count } séries no total
}
exercises-last-done-on = { $name }, última vez em { $day }
exercises-records-of = Recordes de { $name }

# The lifter's own exercises: rename, merge, delete.
exercises-new-name-for = Novo nome para { $name }
exercises-save-name = Salvar nome
exercises-cancel = Cancelar
exercises-choose = escolher…
exercises-merge-into = Juntar { $name } com
exercises-merge = Juntar
exercises-rename = Renomear
exercises-rename-named = Renomear { $name }
exercises-merge-ellipsis = Juntar…
exercises-merge-named = Juntar { $name } com outro exercício
exercises-delete-question = Excluir { $name }?
exercises-delete = Excluir
exercises-delete-yes = Sim, excluir

# Creating a custom exercise (Exercises screen and workout).
exercises-create-custom = Criar um exercício próprio
exercises-form-name = Nome
exercises-form-name-hint = ex.: Belt squat
exercises-form-equipment = Equipamento
exercises-form-equipment-hint = ex.: Máquina
exercises-form-muscle-group = Grupo muscular
exercises-form-records = Registra
exercises-form-create = Criar exercício
