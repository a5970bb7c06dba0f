# Importar desde otra app: la ventana, el informe de la prueba, el resultado.

import-title = Importar tu historial
import-intro = Se leen las exportaciones de Strong, Hevy, FitNotes, JEFIT, Liftosaur y GymBook; GymLog reconoce la app y su formato por el propio archivo. Suelta el archivo en la ventana, o:
import-choose = Elegir archivo…
import-or-path = o su ruta:
import-check = Comprobar
import-where = Dónde guarda cada app su exportación
import-hint-strong = Strong: Ajustes → Exportar datos de Strong
import-hint-hevy = Hevy: Perfil → Ajustes → Exportar e importar datos → Exportar entrenamientos
import-hint-fitnotes = FitNotes: Ajustes → Exportar hoja de cálculo → Datos de entrenamiento
import-hint-jefit = JEFIT: jefit.com → My Jefit → Ajustes → Control de datos → Exportar datos
import-hint-liftosaur = Liftosaur: Yo → Exportar historial a CSV
import-hint-gymbook = GymBook: Ajustes → Exportar → Entrenamientos (CSV)
import-waiting-dialog = Esperando el diálogo de archivos…
import-no-choice = No se eligió ningún archivo. Escribe arriba la ruta de la exportación y pulsa Comprobar, o vuelve a elegir.
import-reading = Leyendo la exportación…
import-found-layout = Encontrado: { $layout }.
import-which-unit = Este archivo no indica su unidad de peso. Sus pesos están en:
import-button = Importar { $count ->
    [one] { $count } entreno
   *[other] { $count } entrenos
}
import-cancel = Cancelar
import-importing = Importando, todo en una sola transacción…
import-done = { $count ->
    [one] { $count } entreno importado
   *[other] { $count } entrenos importados
}: { $added } eventos añadidos ({ $present } ya estaban). Tu historial los muestra por fecha.
import-close = Cerrar
import-found = Encontrado: { $app } — { $layout }.
import-summary = { $workouts ->
    [one] { $workouts } entreno
   *[other] { $workouts } entrenos
} del { $from } al { $to }: { $sets ->
    [one] { $sets } serie
   *[other] { $sets } series
}; { $skipped ->
    [one] { $skipped } fila omitida
   *[other] { $skipped } filas omitidas
} (de { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}).
import-sets-by-type = Series: { $types }.
import-set-type = { $count } { $type }
import-set-type-normal = normales
import-set-type-warm-up = de calentamiento
import-set-type-cool-down = de vuelta a la calma
import-set-type-drop = descendentes
import-set-type-failure = al fallo
import-weigh-ins = { $count ->
    [one] { $count } pesaje
   *[other] { $count } pesajes
} de tu peso corporal.
import-measurements = { $count ->
    [one] { $count } medida corporal
   *[other] { $count } medidas corporales
}.
import-already-present = { $count } de sus eventos ya están aquí (importados antes): se omiten.
import-duplicates = { $count ->
    [one] { $count } entreno ya está
   *[other] { $count } entrenos ya están
} en GymLog desde otro archivo: no se añaden de nuevo
import-duplicate-line = línea { $line }: { $date } { $name } es { $same }
import-renamed = { $from } es { $to }
import-exercises = Ejercicios: { $matched } reconocidos, { $created } nuevos
import-new-exercise = nuevo: { $name }
import-warnings = Importado tal cual, conviene revisarlo: { $count }
import-line = línea { $line }: { $text }
import-skipped-rows = Filas omitidas: { $count }
import-the-file = el archivo
import-imported = { $count } entrenos importados desde { $app } ({ $added } eventos añadidos, { $present } ya estaban, { $duplicates } entrenos ya en GymLog desde otro archivo).
import-failed = La importación falló: { $detail }
