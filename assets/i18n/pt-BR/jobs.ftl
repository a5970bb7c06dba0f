# O trabalho em segundo plano (exportações, restaurações, importações, consultas, sincronização),
# os filtros das janelas de arquivos, e o que a janela diz quando esse trabalho não começa ou falha.

jobs-busy-history = Seu histórico ainda está carregando.
jobs-busy-file-dialog = Uma janela de arquivos já está aberta.
jobs-busy-export = Uma exportação já está em andamento.
jobs-busy-auto-backup = Um backup automático já está em andamento.
jobs-busy-restore = Uma restauração já está em andamento.
jobs-busy-import = Uma importação já está em andamento.
jobs-busy-query = Uma consulta já está em andamento.
jobs-busy-recount = Seus recordes ainda estão sendo contados.
jobs-busy-sync = Uma sincronização já está em andamento.
jobs-history-loading = Seu histórico ainda está carregando: tente de novo quando ele aparecer na tela.
jobs-no-thread = Não foi possível iniciar uma tarefa em segundo plano: { $detail }
jobs-crashed = Uma tarefa em segundo plano ({ $task }) falhou: { $detail }
jobs-not-saved = Não salvo: { $detail }
jobs-not-saved-reloaded = Não salvo: { $detail }. Seu treino aparece de novo como está no banco de dados: confira as últimas séries.
shell-dialog-filter-backup = Backup do GymLog (Parquet)
shell-dialog-filter-csv = CSV
shell-dialog-filter-exports = Exportações de apps de treino
