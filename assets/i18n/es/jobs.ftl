# El trabajo en segundo plano (exportaciones, restauraciones, importaciones, consultas, sincronización),
# los filtros de los diálogos de archivos, y lo que dice la ventana cuando no puede empezar o falla.

jobs-busy-history = Tu historial todavía se está cargando.
jobs-busy-file-dialog = Ya hay un diálogo de archivos abierto.
jobs-busy-export = Ya hay una exportación en curso.
jobs-busy-auto-backup = Ya hay una copia de seguridad automática en curso.
jobs-busy-restore = Ya hay una restauración en curso.
jobs-busy-import = Ya hay una importación en curso.
jobs-busy-query = Ya hay una consulta en curso.
jobs-busy-recount = Tus récords todavía se están contando.
jobs-busy-sync = Ya hay una sincronización en curso.
jobs-history-loading = Tu historial todavía se está cargando: vuelve a intentarlo cuando aparezca en pantalla.
jobs-no-thread = No se pudo iniciar una tarea en segundo plano: { $detail }
jobs-crashed = Una tarea en segundo plano ({ $task }) falló: { $detail }
jobs-not-saved = No guardado: { $detail }
jobs-not-saved-reloaded = No guardado: { $detail }. Tu entrenamiento se muestra de nuevo tal como está en la base de datos: revisa las últimas series.
shell-dialog-filter-backup = Copia de seguridad de GymLog (Parquet)
shell-dialog-filter-csv = CSV
shell-dialog-filter-exports = Exportaciones de apps de entrenamiento
