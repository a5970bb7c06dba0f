program-messages-gone = Esse programa não existe mais.
program-messages-cannot-follow = Não dá para seguir { $program }: { $problem }.
program-messages-following = Agora você segue { $program }.
program-messages-stopped = Programa encerrado.
program-messages-finish-workout-first = Termine ou descarte primeiro o treino em andamento.
program-messages-follow-first = Siga um programa primeiro.
program-messages-workout-name = { $day } de { $program }

program-messages-only-own-edited = Só os seus próprios programas podem ser editados: copie um dos prontos primeiro.
program-messages-only-own-deleted = Só os seus próprios programas podem ser excluídos.
program-messages-stop-before-deleting = Você segue { $program }: pare de segui-lo antes de excluí-lo.
program-messages-deleted = { $program } excluído.
program-messages-saved = { $program } salvo.

program-messages-not-a-program-day = Este treino não é um dia de programa.
program-messages-no-target = O programa não define meta para { $exercise }.
program-messages-weight-or-reps = Digite uma carga ou repetições para a nova meta.
program-messages-undo-override-target = mudar a meta de { $exercise }

program-messages-no-days = o programa não tem dias
program-messages-empty-day = o dia "{ $day }" não tem exercícios
program-messages-exercise-twice = o dia "{ $day }" tem o exercício "{ $exercise }" duas vezes
program-messages-track-twice = o dia "{ $day }" tem "{ $track }" duas vezes
program-messages-track-rules-differ = "{ $track }" tem regras de tipos diferentes ou incrementos diferentes em dias diferentes
program-messages-bad-rule = { $exercise }: { $problem }

program-messages-rule-no-set-or-rep = precisa de pelo menos uma série de pelo menos uma repetição
program-messages-rule-no-sets = precisa de pelo menos uma série
program-messages-rule-no-stages = precisa de pelo menos um estágio
program-messages-rule-empty-week = toda semana precisa de pelo menos uma série
program-messages-rule-raise-below-reps = as repetições que sobem a carga estão abaixo das repetições da meta
program-messages-rule-range-upside-down = o topo da faixa de repetições está abaixo da base
program-messages-rule-off-the-rpe-chart = a tabela de RPE cobre de 1 a 10 repetições em RPE 6–10, de meio em meio ponto
program-messages-rule-deload-percent = o deload precisa ser maior que 0 e no máximo 100 %
program-messages-rule-reset-percent = o recomeço precisa ser maior que 0 e no máximo 100 %
program-messages-rule-week-percent = a porcentagem de uma semana precisa ser maior que 0 e no máximo 100 %
program-messages-rule-supplemental-percent = a porcentagem das séries complementares precisa ser maior que 0 e no máximo 100 %
program-messages-rule-percent = uma porcentagem precisa ser maior que 0 e no máximo 100 %
program-messages-rule-negative-reset = o acréscimo ao recomeçar é negativo
program-messages-rule-negative-increment = o incremento precisa ser zero ou mais
