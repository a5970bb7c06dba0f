history-empty-title = Nenhum treino ainda
history-empty-hint = Cada treino que você salva aparece aqui, do mais recente para o mais antigo, para rever, corrigir ou repetir. Comece um na tela Treino, ou traga seu histórico do Strong, Hevy, FitNotes, JEFIT, Liftosaur ou GymBook com Importar.
history-go-to-workout = Ir para Treino
history-choose = Escolha um treino à esquerda para vê-lo completo, corrigi-lo ou repeti-lo.
history-search = Buscar:
history-search-hint = nome do treino ou nota
history-exercise = Exercício:
history-all-exercises = Todos os exercícios
history-workouts-of = { $count ->
    [one] { $count } treino de { $total }
   *[other] { $count } treinos de { $total }
}
history-no-match-title = Nenhum treino encontrado
history-no-match-hint = Nenhum treino salvo tem isso no nome ou na nota, nem esse exercício. Tente outra palavra, ou Todos os exercícios.
history-minutes = { $minutes } min

history-imported-from = Importado do { $source }
history-note = Nota: { $note }
history-edit = Editar treino
history-edit-named = Editar { $workout }
history-repeat = Repetir este treino
history-save-as-routine = Salvar como rotina
history-save-as-routine-named = Salvar { $workout } como rotina
history-delete = Excluir treino…
history-delete-question = Excluir este treino?
history-delete-yes = Sim, excluir
history-superset = Bi-set { $letter }
history-records = Recordes
history-records-of = Recordes de { $exercise }
history-set = Série
history-type = Tipo
history-done = Feito
history-rpe = RPE
history-set-note = Nota
history-set-of = { $exercise } série { $number }

history-set-type-normal = Normal
history-set-type-warm-up = Aquecimento
history-set-type-drop = Drop set
history-set-type-failure = Até a falha
history-set-type-cool-down = Desaquecimento

history-change-history = Histórico de alterações ({ $count })
history-never-changed = Nunca alterado desde que foi registrado.
history-change-set-added = Série de { $exercise } adicionada: { $set }
history-change-set-removed = Série de { $exercise } removida: { $set }
history-change-set-changed = Série de { $exercise } alterada: { $changes }
history-change-became = { $before } virou { $after }
history-change-type = tipo { $before } virou { $after }
history-change-rpe = RPE { $before } virou { $after }
history-change-none = nenhum
history-change-note = nota “{ $note }”
history-change-nothing-visible = nenhuma mudança visível
history-change-separator = {", "}
history-change-no-name = (sem nome)
history-change-renamed = renomeado de “{ $before }” para “{ $after }”
history-change-moved = movido de { $before } para { $after }
history-change-unknown = desconhecida
history-change-duration = duração { $before } virou { $after }
history-change-workout = Treino: { $changes }

history-edit-title = Corrigir este treino
history-edit-hint = As alterações são registradas como novos eventos ao salvar: o original fica no registro, e Desfazer as reverte.
history-edit-name = Nome do treino
history-edit-start = Início (AAAA-MM-DD HH:MM)
history-edit-duration = Duração (minutos)
history-edit-remove = Remover
history-edit-remove-named = Remover { $set }
history-edit-add-set = + Adicionar série
history-edit-add-set-named = Adicionar uma série de { $exercise }
history-edit-save = Salvar alterações
history-edit-cancel = Cancelar

history-undo-correct = corrigir { $workout }
history-nothing-changed = Nada mudou.
history-corrected = Treino corrigido. Desfazer reverte.
history-refresh-failed = Não foi possível atualizar o histórico: { $detail }
history-start-invalid = o início “{ $start }” não é uma data e hora como 2026-03-14 18:30
history-start-not-on-clock = { $start } não existe no relógio deste computador
history-start-in-future = o início está no futuro
history-duration-invalid = a duração “{ $duration }” não é um número de minutos (0–1440)
history-set-problem = { $exercise } série { $number }: { $problem }
