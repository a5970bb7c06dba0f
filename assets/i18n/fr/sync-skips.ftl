# Pourquoi une synchro a ignoré un fichier (Réglages → Synchro, sous « Ignorés »).
sync-skips-still-arriving = un fichier temporaire d'un outil de synchro ou de GymLog (encore en cours d'écriture ou d'arrivée)
sync-skips-lock-file = un fichier de verrou
sync-skips-conflict-copy = une copie de conflit faite par un outil de synchro (chaque appareil n'écrit que ses propres fichiers : elle ne contient rien de nouveau)
sync-skips-foreign = pas un fichier du format de synchro GymLog
sync-skips-plain-in-encrypted = un fichier non chiffré dans un dossier chiffré : non fusionné (quiconque peut écrire dans le dossier aurait pu l'y mettre)
sync-skips-plain-of-another-device = un fichier non chiffré dans un dossier chiffré : non fusionné (il disparaîtra quand { $device } aura reçu la phrase secrète)
sync-skips-own-plain-new-events = fichier non chiffré de cet appareil, laissé en place : il contient { $count ->
    [one] { $count } événement
   *[other] { $count } événements
} que cette base n'a pas (une restauration les fusionne)
sync-skips-own-plain-unchecked = fichier non chiffré de cet appareil, laissé en place : { $detail }
sync-skips-not-a-device-folder = pas le dossier d'un appareil (ils portent l'identifiant de l'appareil)
sync-skips-folder-in-device-folder = un dossier dans le dossier d'un appareil, ce que le format ne prévoit pas
sync-skips-newer-folder-format = { $folder } est un format de dossier de synchro plus récent : mettez GymLog à jour pour synchroniser avec les appareils qui l'écrivent
sync-skips-no-key-file = des fichiers chiffrés, mais le dossier n'a pas de fichier de clé (GymLog/v2/key.age encore en route, ou supprimé)
sync-skips-unreadable = illisible ({ $detail })
sync-skips-does-not-decrypt = ne se déchiffre pas, rien n'en a été fusionné : { $detail }
sync-skips-bad-device-file = une description d'appareil illisible ({ $detail })
sync-skips-newer-file = écrit au format de synchro { $found } ; ce GymLog lit jusqu'au format { $reads } : mettez GymLog à jour
sync-skips-bad-device-name = une description d'appareil au nom inutilisable ({ $detail })
sync-skips-not-readable-yet = pas encore un fichier lisible (encore en route, tronqué ou abîmé : { $detail })
sync-skips-no-sync-format = pas un fichier de synchro GymLog (il n'indique pas son format)
sync-skips-format-not-a-number = son format de synchro n'est pas un nombre
sync-skips-other-folder-format = il indique le format de synchro { $found }, qui n'est pas celui de ce dossier (format { $folder })
sync-skips-other-device = écrit par un autre appareil ({ $writer }) que celui dont il occupe le dossier
sync-skips-no-checksum = il n'a pas de somme de contrôle du contenu
sync-skips-does-not-check-out = ne passe pas la vérification, rien n'en a été fusionné (encore en route, tronqué ou abîmé) : { $detail }
