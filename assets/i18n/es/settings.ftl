# Ajustes: unidad, tema, fórmula del 1RM estimado, entreno, dónde están los datos.

settings-weight-unit = Unidad de peso:
settings-theme = Tema:
settings-theme-system = Como el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-formula = Fórmula del 1RM estimado:
settings-formula-epley-hint = peso × (1 + repeticiones / 30)
settings-formula-brzycki-hint = peso × 36 / (37 − repeticiones)
settings-formula-range = (a partir de series de 1 a 12 repeticiones)
settings-training = Entreno
settings-rest-chime = Aviso sonoro al terminar el descanso
settings-bar = Barra ({ $unit }):
settings-plates = Discos (tamaño×pares):
settings-plates-hint = p. ej. 20×4, 10×2, 1,25×2
settings-save-plates = Guardar discos
settings-standard-plates = Discos estándar
settings-import = Importar
settings-import-apps = Strong, Hevy, FitNotes, JEFIT, Liftosaur o GymBook: GymLog reconoce la app por el archivo.
settings-import-button = Importar desde otra app…
settings-data = Dónde están tus datos
settings-database = Base de datos: { $path }
settings-backup-state = Estado de las copias: { $path }
