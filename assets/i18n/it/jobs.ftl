# Il lavoro in background (esportazioni, ripristini, importazioni, query, sincronizzazione), i filtri
# delle finestre dei file, e cosa dice la finestra quando questo lavoro non parte o fallisce.

jobs-busy-history = Il tuo storico si sta ancora caricando.
jobs-busy-file-dialog = Una finestra dei file è già aperta.
jobs-busy-export = Un'esportazione è già in corso.
jobs-busy-auto-backup = Un backup automatico è già in corso.
jobs-busy-restore = Un ripristino è già in corso.
jobs-busy-import = Un'importazione è già in corso.
jobs-busy-query = Una query è già in corso.
jobs-busy-recount = I tuoi record sono ancora in fase di calcolo.
jobs-busy-sync = Una sincronizzazione è già in corso.
jobs-history-loading = Il tuo storico si sta ancora caricando: riprova quando è sullo schermo.
jobs-no-thread = Impossibile avviare un'attività in background: { $detail }
jobs-crashed = Un'attività in background ({ $task }) non è riuscita: { $detail }
jobs-not-saved = Non salvato: { $detail }
jobs-not-saved-reloaded = Non salvato: { $detail }. L'allenamento è di nuovo mostrato come lo ha il database: controlla le ultime serie.
shell-dialog-filter-backup = Backup di GymLog (Parquet)
shell-dialog-filter-csv = CSV
shell-dialog-filter-exports = Esportazioni di app di allenamento
