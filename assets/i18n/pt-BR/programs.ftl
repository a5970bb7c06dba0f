programs-built-in = Incluído
programs-your-own = Seu
programs-following-mark = (seguindo)
programs-day-line = { $day }: { $exercises }
programs-rules = Regras: { $source }
programs-following = Seguindo { $program }
programs-follow = Seguir…
programs-follow-named = Seguir { $program }
programs-replay = Rever
programs-replay-named = Rever { $program }
programs-copy-and-edit = Copiar e editar
programs-copy-and-edit-named = Copiar e editar { $program }
programs-edit-named = Editar { $program }
programs-start-next-day = Começar o próximo dia
programs-stop-following = Parar de seguir

programs-day-workout-a = Treino A
programs-day-workout-b = Treino B
programs-day-day-1 = Dia 1
programs-day-day-2 = Dia 2
programs-day-day-3 = Dia 3
programs-day-day-4 = Dia 4
programs-day-press-day = Dia de desenvolvimento
programs-day-deadlift-day = Dia de levantamento terra
programs-day-bench-day = Dia de supino
programs-day-squat-day = Dia de agachamento
programs-day-push = Empurrar
programs-day-pull = Puxar
programs-day-legs = Pernas
programs-wave-week-1 = Semana 1
programs-wave-week-2 = Semana 2
programs-wave-week-3 = Semana 3
programs-wave-deload = Deload

programs-week = Semana { $number }
programs-coming-weeks = { $weeks ->
    [one] A próxima semana de { $program }
   *[other] As próximas { $weeks } semanas de { $program }
}
programs-coming-note = { $days ->
    [one] Se cada série sair; uma semana é uma volta pelo seu { $days } dia.
   *[other] Se cada série sair; uma semana é uma volta pelos seus { $days } dias.
}
programs-exercise-line = { $exercise }: { $sets }
programs-sets-of = { $count ->
    [one] { $count } série de { $set }
   *[other] { $count } séries de { $set }
}

programs-follow-hint = Cargas iniciais, sugeridas a partir das suas próprias séries; mude qualquer uma antes de seguir.
programs-starting-load = Carga inicial de { $exercise }
programs-follow-with-loads = Seguir com estas cargas
programs-kind-working-weight = carga de trabalho
programs-kind-training-max = máximo de treino
programs-source = de { $set } em { $date } · e1RM { $e1rm } · { $how }
programs-source-working-weight = { $share } % do máximo para { $reps } repetições que o melhor e1RM das últimas { $weeks } semanas dá
programs-source-training-max = { $share } % do melhor e1RM das últimas { $weeks } semanas
programs-source-one-rep-max = o melhor e1RM das últimas { $weeks } semanas
programs-source-none = nenhuma série nas últimas { $weeks } semanas — padrão do programa

programs-replay-title = O que { $program } teria prescrito nas últimas { $weeks } semanas
programs-replay-session = { $date } · { $day }
programs-replay-none = Nenhum dos seus treinos desde { $date } corresponde a um dia de { $program }.
programs-replay-note = { $count ->
    [one] { $count } treino desde { $date }, com as cargas que ele teria sugerido naquele dia; prescrito, depois levantado.
   *[other] { $count } treinos desde { $date }, com as cargas que ele teria sugerido naquele dia; prescrito, depois levantado.
}
programs-replay-weeks = Semanas:
programs-replay-exercise = Exercício
programs-replay-prescribed = Prescrito
programs-replay-lifted = Levantado

programs-section = Programa
programs-next = Próximo: { $day } de { $program }
programs-start-day = Começar { $day }
programs-all = Todos os programas
programs-none-followed = Nenhum programa seguido: um programa dá a cada dia as suas séries-alvo.
programs-choose = Escolher um programa
programs-next-time = Da próxima vez:

programs-outcome-weight-up = { $exercise } +{ $by } da próxima vez ({ $to })
programs-outcome-same-weight = { $exercise }: { $weight } de novo da próxima vez
programs-outcome-same-weight-missed = { $exercise }: { $weight } de novo da próxima vez ({ $failures } de { $deload } falhas antes de um deload)
programs-outcome-deload = { $exercise }: deload para { $to }
programs-outcome-next-stage = { $exercise }: estágio { $stage } ({ $scheme }) da próxima vez, com { $weight }
programs-outcome-reset = { $exercise }: volta para { $scheme } com { $weight }
programs-outcome-next-week = { $exercise }: semana { $week } de { $weeks } da próxima vez
programs-outcome-training-max-up = { $exercise }: máximo de treino +{ $by } ({ $to })
programs-outcome-training-max-down = { $exercise }: máximo de treino cai para { $to } (repetições falharam neste ciclo)
programs-outcome-training-max-set = { $exercise }: máximo de treino definido em { $to } a partir deste treino
programs-outcome-e1rm = { $exercise }: próximas cargas a partir de um e1RM de { $e1rm }
programs-outcome-not-done = { $exercise }: não feito, nada muda
programs-outcome-counted-as-lifted = { $exercise }: contado pelos { $lifted } levantados, não pelos { $planned } previstos

programs-editor-name = Nome:
programs-editor-program-name = Nome do programa
programs-editor-unit = Cargas e incrementos em { $unit }.
programs-editor-add-day = Adicionar dia
programs-editor-add-exercise = Adicionar exercício:
programs-editor-save = Salvar programa
programs-editor-delete = Excluir programa
programs-editor-delete-question = Excluir este programa? Os treinos passados ficam.
programs-editor-delete-yes = Excluir
programs-editor-copy-name = { $program } (cópia)
programs-editor-copy-name-numbered = { $program } (cópia { $number })
programs-editor-day = Dia { $number }
programs-editor-move-up = Mover { $what } para cima
programs-editor-move-down = Mover { $what } para baixo
programs-editor-remove = Remover { $what }
programs-editor-add-to = Adicionar { $exercise } a { $day }
programs-editor-add-exercise-to = Adicionar exercício a { $day }
programs-editor-day-name = Nome de { $day }
programs-editor-exercise-tag = { $day }: { $exercise }
programs-editor-field = { $what } { $field }
programs-editor-rule-label = Regra de { $what }
programs-editor-shared = Incremento e tipo de regra compartilhados com { $days }
programs-editor-add-stage = Adicionar um estágio
programs-editor-add-stage-of = Adicionar um estágio a { $what }
programs-editor-remove-stage = Remover o último estágio
programs-editor-remove-stage-of = Remover o último estágio de { $what }
programs-editor-add-group = Adicionar um grupo de séries
programs-editor-add-group-of = Adicionar um grupo de séries a { $what }
programs-editor-remove-group = Remover o último grupo de séries
programs-editor-remove-group-of = Remover o último grupo de séries de { $what }
programs-editor-needs-name = O programa precisa de um nome.
programs-editor-fix-first = Corrija isto primeiro: { $problem }.
programs-editor-cannot-save = Não dá para salvar { $program }: { $problem }.
programs-editor-field-gone = { $what } não existe mais
programs-editor-field-switch = { $what } é uma chave

programs-rule-linear = Linear (séries × repetições)
programs-rule-double-progression = Progressão dupla (faixa de repetições)
programs-rule-wave = Ondas sobre máximo de treino (5/3/1)
programs-rule-stages = Estágios ao falhar (GZCLP T1/T2)
programs-rule-amrap = Limite AMRAP (GZCLP T3)
programs-rule-rpe = RPE-alvo
programs-rule-percent-of-max = Porcentagem do 1RM

programs-param-increment = incremento
programs-param-sets = séries
programs-param-reps = repetições
programs-param-last-set-amrap = última série AMRAP
programs-param-failures-before-deload = falhas antes do deload (0: nunca)
programs-param-deload-percent = deload %
programs-param-reps-from = repetições de
programs-param-reps-up-to = repetições até
programs-param-raise-at = repetições da última série que sobem a carga
programs-param-stage-sets = estágio { $number } séries
programs-param-stage-reps = estágio { $number } repetições
programs-param-stage-amrap = estágio { $number } última série AMRAP
programs-param-restart-percent = recomeçar em % da carga falhada
programs-param-restart-plus = recomeçar no último primeiro estágio mais
programs-param-week-set-percent = { $week } série { $number } % do TM
programs-param-week-set-reps = { $week } série { $number } repetições
programs-param-week-set-amrap = { $week } série { $number } AMRAP
programs-param-extra-sets = { $label } séries
programs-param-extra-reps = { $label } repetições
programs-param-extra-percent = { $label } % do TM
programs-param-training-max-down = queda do máximo de treino em % após repetições falhadas
programs-param-group-sets = grupo { $number } séries
programs-param-group-reps = grupo { $number } repetições
programs-param-group-rpe = grupo { $number } RPE
programs-param-group-percent = grupo { $number } % do 1RM
