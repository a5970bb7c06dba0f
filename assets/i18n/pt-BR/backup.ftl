# Backups: lembrete, exportação, restauração, backups automáticos, conjunto de dados da equipe.

backup-section = Backup
backup-remind-after = Me lembrar depois de tantos treinos sem backup:
backup-never = nunca
backup-since-last = Treinos desde o último backup: { $count } (último backup: { $last })
backup-export-now = Exportar backup agora…
backup-restore-button = Restaurar de um backup…
backup-browse = Procurar…
backup-cancel = Cancelar
backup-close = Fechar

backup-team = Dados da equipe
backup-team-intro = Para um treinador: seu treino como a sua parte de uma pasta da equipe que DuckDB, Spark e Trino leem como uma única tabela.
backup-team-folder = Pasta da equipe:
backup-team-folder-name = Pasta da equipe
backup-team-your-name = Seu nome:
backup-team-athlete-name = Nome do atleta
backup-team-export = Exportar para a pasta da equipe

backup-auto = Backups automáticos
backup-auto-enabled = Fazer backup automaticamente
backup-auto-folder = Pasta:
backup-auto-choose = Escolher…
backup-auto-choose-name = Escolher a pasta dos backups automáticos
backup-auto-when = Quando:
backup-auto-every-workout = depois de cada treino salvo
backup-auto-daily = uma vez por dia
backup-auto-keep = Manter os mais recentes:
backup-auto-last = Último backup automático: { $at }
backup-auto-last-file = Último backup automático: { $path } ({ $events } eventos)
backup-auto-failed = O backup automático falhou: { $detail }. O contador do lembrete não mudou.
backup-auto-no-folder = Escolha uma pasta existente para os backups automáticos ({ $path } não é uma).

backup-export-title = Exportar backup
backup-format-backup = Backup (Parquet, todos os eventos)
backup-format-csv = Séries em CSV (para planilhas; não é backup)
backup-export-backup-intro = Todos os treinos que você registrou vão para um único arquivo Parquet, verificado antes de valer.
backup-export-csv-intro = Uma linha por série de cada treino salvo. Um CSV não é backup: o lembrete continua.
backup-save-to = Salvar em:
backup-export = Exportar
backup-exporting = Exportando…
backup-export-loading = Seu histórico ainda está carregando: a exportação pode começar assim que ele aparecer.
backup-waiting-save-dialog = Aguardando a janela de salvar…
backup-in-progress = Há um treino em andamento: o backup vai guardá-lo como não concluído. A exportação continua.
backup-export-no-choice = Nenhum arquivo escolhido. Digite um caminho acima e clique em Exportar, ou em Procurar… de novo.
backup-export-running = Já há uma exportação em andamento.
backup-export-cannot-start = não foi possível iniciar a exportação: { $detail }
backup-exporting-to = Exportando para { $path } …
backup-writing = Gravando { $path } …
backup-saved = Backup salvo: { $events } eventos, { $size } em { $path }
backup-failed = O backup falhou: { $detail }. Nada foi gravado; o lembrete continua.
backup-csv-written = { $detail } (um CSV não é backup)
backup-csv-failed = A exportação em CSV falhou: { $detail }. Nada foi gravado.
backup-team-cannot = Não foi possível exportar para a pasta da equipe: { $detail }
backup-team-written = { $events } eventos gravados na pasta da equipe { $path } (um conjunto de dados não é backup)
backup-team-failed = A exportação da equipe falhou: { $detail }. A pasta mantém a versão anterior.

backup-restore-title = Restaurar de um backup
backup-restore-intro = Uma restauração adiciona os eventos do backup que este banco de dados não tem. Nada do que você registrou aqui é alterado ou removido.
backup-restore-file = Arquivo de backup:
backup-check = Verificar
backup-waiting-file-dialog = Aguardando a janela de arquivos…
backup-checking = Verificando o backup: cada valor, sua soma de verificação, cada evento…
backup-sound = O backup está íntegro: { $events }, { $workouts }, de { $from } a { $to } (gravado pelo GymLog { $version }).
backup-count-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
backup-count-saved-workouts = { $count ->
    [one] { $count } treino salvo
   *[other] { $count } treinos salvos
}
backup-would-add = A restauração adiciona { $events }; { $present } { $present ->
    [one] já está
   *[other] já estão
} aqui; { $conflicts ->
    [one] { $conflicts } conflito
   *[other] { $conflicts } conflitos
} (a sua versão é mantida).
backup-session-untouched = Seu treino em andamento não é alterado.
backup-restore-events = Restaurar { $events }
backup-restoring = Restaurando: adicionando os eventos em uma única transação…
backup-restored-panel = Restaurado: { $added } adicionados; o banco de dados agora tem { $total }.
backup-restore-no-choice = Nenhum arquivo escolhido. Digite acima o caminho do backup e clique em Verificar, ou em Procurar… de novo.
backup-restored = { $added } eventos restaurados ({ $present } já estavam aqui); seu histórico está sendo atualizado.
backup-restore-failed = A restauração falhou: { $detail }
