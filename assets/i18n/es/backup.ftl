# Copias de seguridad: aviso, exportar, restaurar, copias automáticas, conjunto de datos del equipo.

backup-section = Copia de seguridad
backup-remind-after = Avisarme tras este número de entrenos sin copia:
backup-never = nunca
backup-since-last = Entrenos desde la última copia: { $count } (última copia: { $last })
backup-export-now = Exportar copia ahora…
backup-restore-button = Restaurar desde una copia…
backup-browse = Examinar…
backup-cancel = Cancelar
backup-close = Cerrar

backup-team = Datos del equipo
backup-team-intro = Para un entrenador: tu entreno como tu parte de una carpeta de equipo que DuckDB, Spark y Trino leen como una sola tabla.
backup-team-folder = Carpeta del equipo:
backup-team-folder-name = Carpeta del equipo
backup-team-your-name = Tu nombre:
backup-team-athlete-name = Nombre del atleta
backup-team-export = Exportar a la carpeta del equipo

backup-auto = Copias automáticas
backup-auto-enabled = Hacer copias automáticamente
backup-auto-folder = Carpeta:
backup-auto-choose = Elegir…
backup-auto-choose-name = Elegir la carpeta de copias automáticas
backup-auto-when = Cuándo:
backup-auto-every-workout = tras cada entreno guardado
backup-auto-daily = una vez al día
backup-auto-keep = Conservar las más recientes:
backup-auto-last = Última copia automática: { $at }
backup-auto-last-file = Última copia automática: { $path } ({ $events } eventos)
backup-auto-failed = La copia automática falló: { $detail }. El contador del aviso no cambia.
backup-auto-no-folder = Elige una carpeta existente para las copias automáticas ({ $path } no lo es).

backup-export-title = Exportar copia
backup-format-backup = Copia (Parquet, todos los eventos)
backup-format-csv = Series en CSV (para hojas de cálculo; no es una copia)
backup-export-backup-intro = Todos los entrenos que has registrado van a un único archivo Parquet, comprobado antes de contar.
backup-export-csv-intro = Una fila por serie de cada entreno guardado. Un CSV no es una copia: el aviso sigue.
backup-save-to = Guardar en:
backup-export = Exportar
backup-exporting = Exportando…
backup-export-loading = Tu historial aún se está cargando: la exportación podrá empezar cuando aparezca.
backup-waiting-save-dialog = Esperando el diálogo de guardar…
backup-in-progress = Hay un entreno en curso: la copia lo guardará como sin terminar. La exportación sigue adelante.
backup-export-no-choice = No se eligió ningún archivo. Escribe una ruta arriba y pulsa Exportar, o vuelve a Examinar….
backup-export-running = Ya hay una exportación en curso.
backup-export-cannot-start = no se pudo iniciar la exportación: { $detail }
backup-exporting-to = Exportando a { $path } …
backup-writing = Escribiendo { $path } …
backup-saved = Copia guardada: { $events } eventos, { $size } en { $path }
backup-failed = La copia falló: { $detail }. No se escribió nada; el aviso sigue.
backup-csv-written = { $detail } (un CSV no es una copia)
backup-csv-failed = La exportación CSV falló: { $detail }. No se escribió nada.
backup-team-cannot = No se pudo exportar a la carpeta del equipo: { $detail }
backup-team-written = { $events } eventos escritos en la carpeta del equipo { $path } (un conjunto de datos no es una copia)
backup-team-failed = La exportación del equipo falló: { $detail }. La carpeta conserva su versión anterior.

backup-restore-title = Restaurar desde una copia
backup-restore-intro = Restaurar añade los eventos de la copia que esta base de datos no tiene. Nada de lo que registraste aquí se cambia ni se borra.
backup-restore-file = Archivo de copia:
backup-check = Comprobar
backup-waiting-file-dialog = Esperando el diálogo de archivos…
backup-checking = Comprobando la copia: cada valor, su suma de control, cada evento…
backup-sound = La copia está bien: { $events }, { $workouts }, del { $from } al { $to } (escrita por GymLog { $version }).
backup-count-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
backup-count-saved-workouts = { $count ->
    [one] { $count } entreno guardado
   *[other] { $count } entrenos guardados
}
backup-would-add = Restaurar añade { $events }; { $present } { $present ->
    [one] ya está
   *[other] ya están
} aquí; { $conflicts ->
    [one] { $conflicts } conflicto
   *[other] { $conflicts } conflictos
} (se conserva tu versión).
backup-session-untouched = Tu entreno en curso no se toca.
backup-restore-events = Restaurar { $events }
backup-restoring = Restaurando: añadiendo los eventos en una sola transacción…
backup-restored-panel = Restaurado: { $added } añadidos; la base de datos tiene ahora { $total }.
backup-restore-no-choice = No se eligió ningún archivo. Escribe arriba la ruta de la copia y pulsa Comprobar, o vuelve a Examinar….
backup-restored = { $added } eventos restaurados ({ $present } ya estaban); tu historial se está actualizando.
backup-restore-failed = La restauración falló: { $detail }
