# Ajustes → Sincronización: la carpeta compartida, este dispositivo, el cifrado, el estado bajo la navegación.

sync-section = Sincronización entre dispositivos
sync-intro = Un solo historial en tu portátil y tu ordenador de sobremesa: a través de una carpeta que tu herramienta de sincronización (Syncthing, Nextcloud, Dropbox, una carpeta de red, un USB) mantiene al día. Sin servidor, sin cuenta.
sync-folder = Carpeta de sincronización:
sync-folder-hint = /home/tu/Sync/GymLog
sync-browse = Examinar…
sync-browse-name = Elegir la carpeta de sincronización
sync-use-folder = Sincronizar con esta carpeta
sync-this-device = Este dispositivo:
sync-rename = Renombrar
sync-now = Sincronizar ahora
sync-stop = Dejar de sincronizar
sync-not-watched = (esta carpeta no se puede vigilar: GymLog la revisa cada 5 minutos)
sync-syncing = Sincronizando…
sync-unlocking = Abriendo la clave de la carpeta…
sync-failed-detail = La sincronización falló: { $detail }
sync-not-yet = todavía no
sync-last = Última sincronización: { $when }
sync-last-summary = Última sincronización: { $when } — { $summary }
sync-summary = { $sent } cambios enviados, { $received } recibidos
sync-summary-skipped = { $sent } cambios enviados, { $received } recibidos, { $count ->
    [one] { $count } archivo omitido
   *[other] { $count } archivos omitidos
}
sync-locked-intro = Esta carpeta está cifrada. Escribe su frase de contraseña — la que pusiste en tu otro dispositivo — para sincronizar.
sync-passphrase = Frase de contraseña:
sync-unlock = Desbloquear
sync-encrypted = Cifrada: quien aloja la carpeta no puede leer tu entreno (age, con tu frase de contraseña).
sync-encrypt-header = Cifrar la carpeta…
sync-encrypt-intro = Para una carpeta en la nube de otro: cada archivo que GymLog pone ahí va cifrado. Tus otros dispositivos piden la frase una vez. No hay forma de recuperarla: guárdala en tu gestor de contraseñas.
sync-new-passphrase = Nueva frase de contraseña:
sync-again = Repetir:
sync-passphrase-short = Al menos { $count } caracteres (mejor unas cuantas palabras).
sync-passphrases-differ = Las dos frases no coinciden.
sync-encrypt = Cifrar
sync-devices = Dispositivos en la carpeta
sync-device = Dispositivo
sync-last-seen = Visto por última vez
sync-events = Eventos
sync-this-device-name = { $name } (este dispositivo)
sync-skipped = Omitidos ({ $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
})
sync-skipped-hint = Nada de esto se fusionó; cada uno se vuelve a revisar en la próxima sincronización.
sync-changed-two = Cambiadas en dos dispositivos
sync-changed-two-hint = Las dos ediciones están en el historial de cambios; cuenta la más reciente. Corrige la serie en el Historial si hace falta.
sync-a-set = Una serie
sync-changed-line = { $exercise }: cuenta la edición de { $kept } ({ $kept-at }); la de { $aside } ({ $aside-at }) quedó apartada
sync-status-locked = Sincronización bloqueada
sync-status-failed = Sincronización fallida
sync-status-not-yet = Aún sin sincronizar
sync-status-synced = Sincronizado a las { $at }
sync-status-hover = Ajustes → Sincronización

sync-not-a-folder = { $path } no es una carpeta aquí: elige la carpeta que mantiene al día tu herramienta de sincronización.
sync-cannot-forget = No se pudo olvidar la carpeta de sincronización: { $detail }
sync-off = La sincronización está desactivada. Los archivos de la carpeta se quedan; tus otros dispositivos conservan los suyos.
sync-cannot-rename = No se pudo renombrar este dispositivo: { $detail }
sync-encrypted-now = La carpeta de sincronización queda cifrada desde ahora: da la misma frase de contraseña a tus otros dispositivos.
sync-unlocked = La carpeta de sincronización está desbloqueada en este dispositivo: ya se sincroniza.
sync-received = { $count ->
    [one] { $count } cambio sincronizado
   *[other] { $count } cambios sincronizados
} desde { $from }.
sync-changed-two-toast = { $count ->
    [one] Una serie se cambió
   *[other] Se cambiaron series
} en dos dispositivos a la vez ({ $count }): mira Ajustes → Sincronización.
sync-other-devices = tus otros dispositivos
sync-and = { $rest } y { $last }
