# A moldura de cada tela: navegação, desfazer e refazer, o lembrete de backup, as mensagens,
# o editor de notas e as rotinas, e as mensagens do app sobre eles.

shell-screen-live = { $screen } (em andamento)
shell-export-backup-ellipsis = Exportar backup…
shell-export-backup = Exportar backup
shell-hide-message = Ocultar esta mensagem
shell-closing = Terminando seu backup… O GymLog fecha assim que ele for gravado.
shell-loading = Carregando seu histórico…
shell-undo-hint = Desfazer: { $label } (Ctrl+Z)
shell-redo-hint = Refazer: { $label } (Ctrl+Shift+Z)
shell-backup-never = nunca
shell-backup-reminder = { $count ->
    [one] { $count } treino desde seu último backup (último: { $last })
   *[other] { $count } treinos desde seu último backup (último: { $last })
}
shell-no-cjk-font = Nenhuma fonte chinesa encontrada — instale a Noto Sans CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk)
shell-window-failed = não foi possível abrir a janela: { $detail } (o GymLog precisa de uma tela; a linha de comando funciona sem ela: gymlog --help)
shell-startup-error-title = O GymLog não consegue abrir seus treinos
shell-dialog-export = Exportar
shell-dialog-open = Abrir
shell-dialog-choose-folder = Escolher uma pasta

shell-nothing-to-undo = Nada para desfazer.
shell-nothing-to-redo = Nada para refazer.
shell-undone = Desfeito: { $label }.
shell-redone = Refeito: { $label }.
shell-undo-make-superset = fazer um superset
shell-undo-leave-superset = sair de um superset
shell-undo-move-exercise = mover um exercício

shell-note = Nota
shell-note-add = Adicionar uma nota a { $exercise }
shell-note-hint = ex.: banco 4, pés altos, pausa embaixo
shell-note-field = Nota sobre { $exercise }
shell-note-save = Salvar nota
shell-note-shown = Nota sobre { $exercise }: { $note }
shell-note-edit = Editar nota
shell-note-edit-named = Editar a nota sobre { $exercise }

shell-routines = Rotinas
shell-routines-empty = Nenhuma rotina ainda
shell-routines-empty-hint = Uma rotina é um treino que você repete: monte uma abaixo, ou salve um treino concluído como rotina no Histórico.
shell-routine-start = Começar { $name }
shell-routine-edit = Editar { $name }
shell-routine-delete-question = Excluir a rotina { $name }?
shell-routine-new = Nova rotina
shell-routine-window = Rotina
shell-routine-name = Nome da rotina:
shell-routine-superset = superset { $group }
shell-routine-move-up = Subir { $exercise } na rotina
shell-routine-move-down = Descer { $exercise } na rotina
shell-routine-leave-superset = Sair do superset
shell-routine-superset-with-above = Superset com o de cima
shell-routine-remove-exercise = Tirar { $exercise } da rotina
shell-routine-target = { $exercise } série-alvo { $number }
shell-routine-remove-target = Tirar { $target }
shell-routine-add-target = + Série-alvo
shell-routine-add-target-named = Adicionar uma série-alvo a { $exercise }
shell-routine-save = Salvar rotina
shell-routine-reps-unit = reps
shell-routine-gone = Essa rotina não existe mais.
shell-routine-needs-name = Dê um nome à rotina.
shell-routine-needs-exercise = Adicione primeiro um exercício à rotina.
shell-routine-saved = Rotina { $name } salva.
shell-routine-deleted = Rotina excluída.

shell-warm-ups-need-weight = Digite primeiro a carga de trabalho: o aquecimento sobe até ela.
shell-warm-ups-not-needed = Essa carga não precisa de aquecimento a partir da barra.
shell-warm-ups-already = Seu aquecimento já chega a essa carga.

shell-exercise-rename-own-only = Só os seus próprios exercícios podem ser renomeados.
shell-exercise-needs-name = Dê um nome ao exercício.
shell-exercise-exists = { $existing } já existe: use Mesclar para juntar { $name } a ele.
shell-exercise-merge-own-only = Mescle um dos seus próprios exercícios com outro exercício.
shell-exercise-delete-own-only = Só os seus próprios exercícios podem ser excluídos.
shell-exercise-has-sets = { $name } tem séries registradas: mescle-o com outro exercício.
shell-exercise-deleted = { $name } excluído.
shell-exercise-renamed = { $from } agora se chama { $to }.
