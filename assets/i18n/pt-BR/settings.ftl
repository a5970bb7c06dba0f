# Configurações: unidade, tema, fórmula do 1RM estimado, treino, onde ficam os dados.

settings-weight-unit = Unidade de peso:
settings-theme = Tema:
settings-theme-system = Igual ao sistema
settings-theme-light = Claro
settings-theme-dark = Escuro
settings-formula = Fórmula do 1RM estimado:
settings-formula-epley-hint = carga × (1 + repetições / 30)
settings-formula-brzycki-hint = carga × 36 / (37 − repetições)
settings-formula-range = (a partir de séries de 1 a 12 repetições)
settings-training = Treino
settings-rest-chime = Tocar um som quando o descanso acabar
settings-bar = Barra ({ $unit }):
settings-plates = Anilhas (tamanho×pares):
settings-plates-hint = ex.: 20×4, 10×2, 1,25×2
settings-save-plates = Salvar anilhas
settings-standard-plates = Anilhas padrão
settings-import = Importar
settings-import-apps = Strong, Hevy, FitNotes, JEFIT, Liftosaur ou GymBook: o GymLog reconhece o app pelo arquivo.
settings-import-button = Importar de outro app…
settings-data = Onde ficam seus dados
settings-database = Banco de dados: { $path }
settings-backup-state = Estado dos backups: { $path }
