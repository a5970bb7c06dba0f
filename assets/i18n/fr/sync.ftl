# Réglages → Synchro : le dossier partagé, cet appareil, le chiffrement, l'état sous la navigation.

sync-section = Synchronisation entre appareils
sync-intro = Un seul historique sur votre portable et votre ordinateur fixe : via un dossier que votre outil de synchro (Syncthing, Nextcloud, Dropbox, un partage réseau, une clé USB) tient à jour. Pas de serveur, pas de compte.
sync-folder = Dossier de synchro :
sync-folder-hint = /home/vous/Sync/GymLog
sync-browse = Parcourir…
sync-browse-name = Choisir le dossier de synchro
sync-use-folder = Synchroniser via ce dossier
sync-this-device = Cet appareil :
sync-rename = Renommer
sync-now = Synchroniser
sync-stop = Arrêter la synchro
sync-not-watched = (ce dossier ne peut pas être surveillé : GymLog regarde toutes les 5 minutes)
sync-syncing = Synchronisation…
sync-unlocking = Ouverture de la clé du dossier…
sync-failed-detail = La synchro a échoué : { $detail }
sync-not-yet = pas encore
sync-last = Dernière synchro : { $when }
sync-last-summary = Dernière synchro : { $when } — { $summary }
sync-summary = { $sent } modifications envoyées, { $received } reçues
sync-summary-skipped = { $sent } modifications envoyées, { $received } reçues, { $count ->
    [one] { $count } fichier ignoré
   *[other] { $count } fichiers ignorés
}
sync-locked-intro = Ce dossier est chiffré. Saisissez sa phrase secrète — celle définie sur votre autre appareil — pour synchroniser.
sync-passphrase = Phrase secrète :
sync-unlock = Déverrouiller
sync-encrypted = Chiffré : l'hébergeur du dossier ne peut pas lire votre entraînement (age, avec votre phrase secrète).
sync-encrypt-header = Chiffrer le dossier…
sync-encrypt-intro = Pour un dossier sur le cloud de quelqu'un d'autre : chaque fichier que GymLog y dépose est chiffré. Vos autres appareils demandent la phrase secrète une fois. Impossible de la récupérer : gardez-la dans votre gestionnaire de mots de passe.
sync-new-passphrase = Nouvelle phrase secrète :
sync-again = Confirmer :
sync-passphrase-short = Au moins { $count } caractères (quelques mots, c'est le mieux).
sync-passphrases-differ = Les deux phrases secrètes diffèrent.
sync-encrypt = Chiffrer
sync-devices = Appareils dans le dossier
sync-device = Appareil
sync-last-seen = Vu pour la dernière fois
sync-events = Événements
sync-this-device-name = { $name } (cet appareil)
sync-skipped = Ignorés ({ $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
})
sync-skipped-hint = Rien de tout cela n'a été fusionné ; chacun est réexaminé à la prochaine synchro.
sync-changed-two = Modifiées sur deux appareils
sync-changed-two-hint = Les deux modifications figurent dans l'historique des changements ; la plus récente compte. Corrigez la série dans l'historique si besoin.
sync-a-set = Une série
sync-changed-line = { $exercise } : la modification de { $kept } ({ $kept-at }) compte, celle de { $aside } ({ $aside-at }) a été mise de côté
sync-status-locked = Synchro verrouillée
sync-status-failed = Synchro échouée
sync-status-not-yet = Pas encore synchronisé
sync-status-synced = Synchronisé à { $at }
sync-status-hover = Réglages → Synchro

sync-not-a-folder = { $path } n'est pas un dossier ici : choisissez le dossier que votre outil de synchro tient à jour.
sync-cannot-forget = Impossible d'oublier le dossier de synchro : { $detail }
sync-off = La synchro est désactivée. Les fichiers du dossier restent ; vos autres appareils gardent les leurs.
sync-cannot-rename = Impossible de renommer cet appareil : { $detail }
sync-encrypted-now = Le dossier de synchro est désormais chiffré : donnez la même phrase secrète à vos autres appareils.
sync-unlocked = Le dossier de synchro est déverrouillé sur cet appareil : la synchro démarre.
sync-received = { $count ->
    [one] { $count } modification synchronisée
   *[other] { $count } modifications synchronisées
} depuis { $from }.
sync-changed-two-toast = { $count ->
    [one] Une série a été modifiée
   *[other] Des séries ont été modifiées
} sur deux appareils en même temps ({ $count }) : voir Réglages → Synchro.
sync-other-devices = vos autres appareils
sync-and = { $rest } et { $last }
