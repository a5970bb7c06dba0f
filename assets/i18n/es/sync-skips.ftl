# Por qué una sincronización omitió un archivo (Ajustes → Sincronización, en «Omitidos»).
sync-skips-still-arriving = un archivo temporal de una herramienta de sincronización o de GymLog (aún escribiéndose o llegando)
sync-skips-lock-file = un archivo de bloqueo
sync-skips-conflict-copy = una copia de conflicto de una herramienta de sincronización (cada dispositivo solo escribe sus propios archivos, así que no trae nada nuevo)
sync-skips-foreign = no es un archivo del formato de sincronización de GymLog
sync-skips-plain-in-encrypted = un archivo sin cifrar en una carpeta cifrada: no se fusiona (cualquiera que pueda escribir en la carpeta podría haberlo puesto)
sync-skips-plain-of-another-device = un archivo sin cifrar en una carpeta cifrada: no se fusiona (desaparecerá cuando { $device } reciba la frase de contraseña)
sync-skips-own-plain-new-events = archivo sin cifrar de este dispositivo, se deja donde está: contiene { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
} que esta base de datos no tiene (una restauración los fusiona)
sync-skips-own-plain-unchecked = archivo sin cifrar de este dispositivo, se deja donde está: { $detail }
sync-skips-not-a-device-folder = no es la carpeta de un dispositivo (llevan el id del dispositivo)
sync-skips-folder-in-device-folder = una carpeta dentro de la carpeta de un dispositivo, que el formato no contempla
sync-skips-newer-folder-format = { $folder } es un formato de carpeta de sincronización más nuevo: actualiza GymLog para sincronizar con los dispositivos que lo escriben
sync-skips-no-key-file = archivos cifrados, pero la carpeta no tiene archivo de clave (GymLog/v2/key.age aún llegando, o borrado)
sync-skips-unreadable = no se puede leer ({ $detail })
sync-skips-does-not-decrypt = no se descifra, no se fusionó nada: { $detail }
sync-skips-bad-device-file = una descripción de dispositivo que no se puede leer ({ $detail })
sync-skips-newer-file = escrito en el formato de sincronización { $found }; este GymLog lee hasta el formato { $reads }: actualiza GymLog
sync-skips-bad-device-name = una descripción de dispositivo con un nombre inservible ({ $detail })
sync-skips-not-readable-yet = aún no es un archivo legible (llegando, truncado o dañado: { $detail })
sync-skips-no-sync-format = no es un archivo de sincronización de GymLog (no indica su formato)
sync-skips-format-not-a-number = su formato de sincronización no es un número
sync-skips-other-folder-format = dice formato de sincronización { $found }, que no es el de esta carpeta (formato { $folder })
sync-skips-other-device = escrito por otro dispositivo ({ $writer }) distinto del dueño de la carpeta en que está
sync-skips-no-checksum = no tiene suma de verificación del contenido
sync-skips-does-not-check-out = no pasa la comprobación, no se fusionó nada (llegando, truncado o dañado): { $detail }
