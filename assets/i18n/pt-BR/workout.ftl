# O treino em andamento: a tela inicial, as tabelas de séries, a barra do treino, as
# perguntas antes de registrar ou terminar e as metas de um dia de programa.

workout-start-title = Começar um treino
workout-empty-log = Seu diário de treino está vazio. Comece um treino, adicione exercícios e registre suas séries: cada série é salva assim que você a registra.
workout-start = Começar treino
workout-name = Nome (opcional):
workout-name-hint = ex.: Dia de empurrar
workout-bring-history = Traga seu histórico
workout-bring-history-hint = Do Strong, Hevy, FitNotes, JEFIT, Liftosaur ou GymBook: o GymLog reconhece o app pelo arquivo. Ou restaure um backup do GymLog de outro computador.
workout-import = Importar do Strong, Hevy, FitNotes…
workout-restore = Restaurar um backup…
workout-repeat-recent = Repetir um treino recente
workout-repeat = Repetir
workout-repeat-named = Repetir { $workout }
workout-untitled = Treino
workout-list-separator = {", "}
workout-this-week = Esta semana
workout-no-workout-this-week = Nenhum treino ainda esta semana.
workout-recent-records = Recordes recentes
workout-was = antes { $value }

workout-add-exercise = Adicionar um exercício
workout-add-exercise-below = Adicione um exercício abaixo para começar a registrar séries.
workout-discard = Descartar treino
workout-discard-question = Descartar este treino e suas séries?
workout-discard-yes = Sim, descartar

workout-sets-logged = { $count ->
    [one] { $count } série registrada
   *[other] { $count } séries registradas
}
workout-finish = Terminar
workout-add-exercise-bar = Adicionar exercício…
workout-rest = Descanso
workout-rest-over = Descanso acabou — próxima série!
workout-rest-minus = −15 s
workout-rest-plus = +15 s
workout-skip-rest = Pular descanso

workout-set = Série
workout-previous = Anterior
workout-pace = Ritmo
workout-plates = Anilhas / lado
workout-bar-only = só a barra
workout-set-of = { $exercise } série { $number }
workout-add-set = + Adicionar série
workout-add-set-of = Adicionar uma série de { $exercise }
workout-saving = Salvando no disco
workout-being-saved = { $who } está sendo salva
workout-pr = PR
workout-new-record = Novo recorde: { $records }
workout-is-record = { $who } é um recorde: { $records }
workout-logged = Registrada
workout-is-logged = { $who } está registrada
workout-edited = Editada, ainda não salva: pressione Enter ou Atualizar
workout-has-changes = { $who } tem alterações não salvas
workout-next-set = A próxima série
workout-is-next = { $who } é a próxima
workout-pace-of = { $who } ritmo { $pace }
workout-plates-of = { $who } anilhas { $plates }
workout-update = Atualizar
workout-done = Feita
workout-update-named = Atualizar { $who }
workout-complete-named = Concluir { $who }
workout-set-menu = Tipo, nota, remover
workout-more-for = Mais para { $name }
workout-note-of = { $who } nota { $note }
workout-set-type = Tipo de série
workout-note = Nota
workout-remove-set = Remover série
workout-remove-named = Remover { $name }

workout-records = Recordes
workout-records-of = Recordes de { $exercise }
workout-superset = Bi-set { $letter }
workout-rest-between = { $rest } entre as séries
workout-rests-between = { $exercise } descansa { $rest } entre as séries
workout-rest-shorter = { $exercise }: descanso mais curto
workout-rest-longer = { $exercise }: descanso mais longo
workout-more = Mais
workout-remove-question = { $count ->
    [one] Remover { $exercise } e sua série registrada?
   *[other] Remover { $exercise } e suas { $count } séries registradas?
}
workout-yes-remove = Sim, remover
workout-add-warm-ups = Adicionar séries de aquecimento
workout-add-warm-ups-to = Adicionar séries de aquecimento a { $exercise }
workout-leave-superset = Sair do bi-set
workout-leave-superset-named = Tirar { $exercise } do bi-set
workout-superset-with = Bi-set com
workout-superset-with-named = { $exercise } em bi-set com { $other }
workout-superset-with-menu = { $exercise } em bi-set com
workout-move-up = Mover para cima
workout-move-down = Mover para baixo
workout-move-up-named = Mover { $exercise } para cima
workout-move-down-named = Mover { $exercise } para baixo
workout-remove-exercise = Remover exercício
workout-remove-exercise-ask = Remover exercício…

workout-check-set = Confira esta série
workout-log-anyway = Registrar mesmo assim
workout-let-me-fix = Deixa eu corrigir
workout-not-in-log = Ainda não está no seu diário
workout-pending-typed = { $count ->
    [one] { $count } série digitada mas não registrada
   *[other] { $count } séries digitadas mas não registradas
}
workout-pending-edited = { $count ->
    [one] { $count } alteração em séries registradas não aplicada
   *[other] { $count } alterações em séries registradas não aplicadas
}
workout-pending = { $pending }.
workout-log-and-finish = Registrar e terminar
workout-drop-and-finish = Descartar e terminar
workout-keep-logging = Continuar treinando

workout-summary = Resumo do treino
workout-summary-duration = Duração: { $duration }
workout-summary-sets = Séries: { $count }
workout-summary-volume = Volume: { $volume } { $unit }
workout-no-new-records = Nenhum recorde novo desta vez.
workout-new-records = Recordes novos ({ $count }):
workout-record-line = { $exercise } — { $record }: { $now } (antes { $was })
workout-discard-ask = Descartar…
workout-save-as-routine = Salvar como rotina com o nome:
workout-save-routine = Salvar rotina

workout-target = Meta { $sets }
workout-target-overridden = Meta { $target } (alterada; a do programa: { $program })
workout-override-target = Alterar meta
workout-target-weight = Peso ({ $unit }):
workout-target-reps = Reps:
workout-target-same = igual
workout-apply = Aplicar
workout-override-named = Alterar a meta de { $exercise }
workout-target-weight-named = { $exercise } peso da meta
workout-target-reps-named = { $exercise } repetições da meta
workout-apply-named = Aplicar a meta de { $exercise }
