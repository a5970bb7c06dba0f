# Importação de outro app: a janela, o relatório do teste, o resultado.

import-title = Importar seu histórico
import-intro = Exportações do Strong, Hevy, FitNotes, JEFIT, Liftosaur e GymBook são lidas; o GymLog reconhece o app e o formato pelo próprio arquivo. Solte o arquivo na janela, ou:
import-choose = Escolher arquivo…
import-or-path = ou o caminho dele:
import-check = Verificar
import-where = Onde cada app guarda a exportação
import-hint-strong = Strong: Configurações → Exportar dados do Strong
import-hint-hevy = Hevy: Perfil → Configurações → Exportar e importar dados → Exportar treinos
import-hint-fitnotes = FitNotes: Configurações → Exportar planilha → Dados de treino
import-hint-jefit = JEFIT: jefit.com → My Jefit → Configurações → Controle de dados → Exportar dados
import-hint-liftosaur = Liftosaur: Eu → Exportar histórico para CSV
import-hint-gymbook = GymBook: Configurações → Exportar → Treinos (CSV)
import-waiting-dialog = Aguardando a janela de arquivos…
import-no-choice = Nenhum arquivo escolhido. Digite acima o caminho da exportação e clique em Verificar, ou escolha de novo.
import-reading = Lendo a exportação…
import-found-layout = Encontrado: { $layout }.
import-which-unit = Este arquivo não informa a unidade de peso. As cargas estão em:
import-button = Importar { $count ->
    [one] { $count } treino
   *[other] { $count } treinos
}
import-cancel = Cancelar
import-importing = Importando, tudo em uma única transação…
import-done = { $count ->
    [one] { $count } treino importado
   *[other] { $count } treinos importados
}: { $added } eventos adicionados ({ $present } já estavam aqui). Seu Histórico os mostra por data.
import-close = Fechar
import-found = Encontrado: { $app } — { $layout }.
import-summary = { $workouts ->
    [one] { $workouts } treino
   *[other] { $workouts } treinos
} de { $from } a { $to }: { $sets ->
    [one] { $sets } série
   *[other] { $sets } séries
}; { $skipped ->
    [one] { $skipped } linha ignorada
   *[other] { $skipped } linhas ignoradas
} (de { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
}).
import-sets-by-type = Séries: { $types }.
import-set-type = { $count } { $type }
import-set-type-normal = normais
import-set-type-warm-up = de aquecimento
import-set-type-cool-down = de desaquecimento
import-set-type-drop = drop set
import-set-type-failure = até a falha
import-weigh-ins = { $count ->
    [one] { $count } pesagem
   *[other] { $count } pesagens
} do seu peso corporal.
import-measurements = { $count ->
    [one] { $count } medida corporal
   *[other] { $count } medidas corporais
}.
import-already-present = { $count } dos eventos dele já estão aqui (importados antes): são ignorados.
import-duplicates = { $count ->
    [one] { $count } treino já está
   *[other] { $count } treinos já estão
} no GymLog por outro arquivo: não adicionados de novo
import-duplicate-line = linha { $line }: { $date } { $name } é { $same }
import-renamed = { $from } é { $to }
import-exercises = Exercícios: { $matched } reconhecidos, { $created } novos
import-new-exercise = novo: { $name }
import-warnings = Importado como está, vale conferir: { $count }
import-line = linha { $line }: { $text }
import-skipped-rows = Linhas ignoradas: { $count }
import-the-file = o arquivo
import-imported = { $count } treinos importados de { $app } ({ $added } eventos adicionados, { $present } já estavam aqui, { $duplicates } treinos já no GymLog por outro arquivo).
import-failed = A importação falhou: { $detail }
