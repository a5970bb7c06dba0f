insights-intro = Pergunte qualquer coisa ao seu histórico de treinos em SQL. Nada do que você executa aqui pode alterá-lo.
insights-ready-made = Prontas:
insights-saved = Salvas:
insights-delete-saved-hover = Excluir a consulta salva { $name }
insights-delete-saved = Excluir a consulta salva { $name }
insights-run = Executar (Ctrl+Enter)
insights-cancel = Cancelar
insights-name-hint = nome
insights-query-name = Nome da consulta
insights-save-query = Salvar consulta
insights-copy-csv = Copiar como CSV
insights-copy-csv-hint = A resposta inteira, com uma linha de cabeçalho
insights-empty-title = Faça uma pergunta ao seu histórico
insights-empty-hint = Escolha acima uma pergunta pronta ou escreva SQL sobre as views sets, workouts, exercises, bodyweight e records: a resposta aparece aqui como tabela, e como gráfico quando tiver números.
insights-status = { $count ->
    [one] { $count } linha em { $ms } ms
   *[other] { $count } linhas em { $ms } ms
}
insights-status-first = { $count ->
    [one] { $count } linha em { $ms } ms (mostrando as primeiras { $shown })
   *[other] { $count } linhas em { $ms } ms (mostrando as primeiras { $shown })
}
insights-sql = SQL
insights-sql-hint = SELECT exercise, max(weight_kg) FROM sets GROUP BY exercise
insights-null = NULL

insights-team-open = Pasta da equipe { $folder }: { $athletes ->
    [one] { $athletes } atleta
   *[other] { $athletes } atletas
}, { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}. Consulte team_sets, team_workouts, team_bodyweight, team_records, team_events.
insights-team-close = Voltar ao meu histórico
insights-coach = Visão do treinador:
insights-team-folder-hint = pasta de dados da equipe
insights-team-folder = Pasta de dados da equipe
insights-browse = Procurar…
insights-team-open-button = Abrir pasta da equipe
insights-team-opening = Abrindo { $folder }…

insights-chart = Gráfico:
insights-chart-across = Gráfico ao longo de
insights-chart-by = por
insights-chart-of = Gráfico de
insights-chart-line-per = uma linha por
insights-chart-one-line = (uma linha)
insights-chart-a-line-per = Gráfico: uma linha por
insights-chart-line = Linhas
insights-chart-bar = Barras
insights-chart-off = Sem gráfico
insights-chart-no-numbers = { $column } não tem números para um gráfico.
insights-chart-title = { $y } por { $x }
insights-chart-described = Gráfico de { $y } por { $x }

insights-ready-best-squat-each-year = Melhor agachamento de cada ano
insights-ready-weekly-volume-per-muscle-group = Volume semanal por grupo muscular
insights-ready-e1rm-trend-of-the-big-lifts = Evolução do e1RM dos básicos
insights-ready-all-records = Todos os recordes
insights-ready-training-days-per-month = Dias de treino por mês
insights-ready-longest-streaks-weeks-in-a-row = Maiores sequências (semanas seguidas)
insights-ready-volume-by-set-type = Volume por tipo de série
insights-ready-workouts-volume-and-time-per-year = Treinos, volume e tempo por ano
insights-ready-bodyweight-per-month = Peso corporal por mês
insights-ready-measurements-first-latest-and-change = Medidas: primeira, última e variação
insights-ready-running-distance-and-pace-per-month = Distância e ritmo de corrida por mês
insights-ready-weekly-volume-per-athlete = Volume semanal por atleta
insights-ready-e1rm-trend-per-athlete = Evolução do e1RM por atleta
insights-ready-who-has-not-trained-this-week = Quem não treinou esta semana
insights-ready-best-lifts-per-athlete = Melhores marcas por atleta
insights-ready-workouts-per-athlete-per-month = Treinos por atleta por mês

insights-team-closed = a pasta da equipe está fechada
insights-read-failed = não foi possível ler o histórico
insights-run-failed = Não foi possível executar a consulta: { $detail }
insights-save-needs-name = Dê um nome e algum SQL à consulta para salvá-la.
insights-query-saved = Consulta salva: { $name }.
insights-query-deleted = Consulta excluída.
insights-team-opened = Pasta da equipe aberta: { $athletes }.
insights-team-open-failed = Não foi possível abrir a pasta da equipe: { $detail }
