# Impostazioni → Sincronizzazione: la cartella condivisa, questo dispositivo, la cifratura, lo stato sotto la navigazione.

sync-section = Sincronizzazione tra dispositivi
sync-intro = Un solo storico sul portatile e sul fisso: tramite una cartella che il tuo strumento di sincronizzazione (Syncthing, Nextcloud, Dropbox, una cartella di rete, una chiavetta USB) tiene allineata. Niente server, niente account.
sync-folder = Cartella di sincronizzazione:
sync-folder-hint = /home/tu/Sync/GymLog
sync-browse = Sfoglia…
sync-browse-name = Scegli la cartella di sincronizzazione
sync-use-folder = Sincronizza tramite questa cartella
sync-this-device = Questo dispositivo:
sync-rename = Rinomina
sync-now = Sincronizza ora
sync-stop = Interrompi la sincronizzazione
sync-not-watched = (questa cartella non può essere monitorata: GymLog controlla ogni 5 minuti)
sync-syncing = Sincronizzazione…
sync-unlocking = Apertura della chiave della cartella…
sync-failed-detail = Sincronizzazione non riuscita: { $detail }
sync-not-yet = non ancora
sync-last = Ultima sincronizzazione: { $when }
sync-last-summary = Ultima sincronizzazione: { $when } — { $summary }
sync-summary = { $sent } modifiche inviate, { $received } ricevute
sync-summary-skipped = { $sent } modifiche inviate, { $received } ricevute, { $count ->
    [one] { $count } file saltato
   *[other] { $count } file saltati
}
sync-locked-intro = Questa cartella è cifrata. Inserisci la sua passphrase — quella impostata sull'altro dispositivo — per sincronizzare.
sync-passphrase = Passphrase:
sync-unlock = Sblocca
sync-encrypted = Cifrata: chi ospita la cartella non può leggere il tuo allenamento (age, con la tua passphrase).
sync-encrypt-header = Cifra la cartella…
sync-encrypt-intro = Per una cartella sul cloud di qualcun altro: ogni file che GymLog vi mette è cifrato. Gli altri dispositivi chiedono la passphrase una volta. Non c'è modo di recuperarla: conservala nel tuo gestore di password.
sync-new-passphrase = Nuova passphrase:
sync-again = Ripeti:
sync-passphrase-short = Almeno { $count } caratteri (meglio qualche parola).
sync-passphrases-differ = Le due passphrase non coincidono.
sync-encrypt = Cifra
sync-devices = Dispositivi nella cartella
sync-device = Dispositivo
sync-last-seen = Visto l'ultima volta
sync-events = Eventi
sync-this-device-name = { $name } (questo dispositivo)
sync-skipped = Saltati ({ $count ->
    [one] { $count } file
   *[other] { $count } file
})
sync-skipped-hint = Nessuno di questi è stato unito; ognuno viene riesaminato alla prossima sincronizzazione.
sync-changed-two = Modificate su due dispositivi
sync-changed-two-hint = Entrambe le modifiche sono nello storico delle modifiche; conta la più recente. Correggi la serie nello Storico se serve.
sync-a-set = Una serie
sync-changed-line = { $exercise }: conta la modifica di { $kept } ({ $kept-at }), quella di { $aside } ({ $aside-at }) è stata messa da parte
sync-status-locked = Sincronizzazione bloccata
sync-status-failed = Sincronizzazione non riuscita
sync-status-not-yet = Non ancora sincronizzato
sync-status-synced = Sincronizzato alle { $at }
sync-status-hover = Impostazioni → Sincronizzazione

sync-not-a-folder = { $path } qui non è una cartella: scegli la cartella che il tuo strumento di sincronizzazione tiene allineata.
sync-cannot-forget = Impossibile dimenticare la cartella di sincronizzazione: { $detail }
sync-off = La sincronizzazione è disattivata. I file nella cartella restano; gli altri dispositivi tengono i loro.
sync-cannot-rename = Impossibile rinominare questo dispositivo: { $detail }
sync-encrypted-now = D'ora in poi la cartella di sincronizzazione è cifrata: dai la stessa passphrase agli altri dispositivi.
sync-unlocked = La cartella di sincronizzazione è sbloccata su questo dispositivo: ora si sincronizza.
sync-received = { $count ->
    [one] { $count } modifica sincronizzata
   *[other] { $count } modifiche sincronizzate
} da { $from }.
sync-changed-two-toast = { $count ->
    [one] Una serie è stata modificata
   *[other] Alcune serie sono state modificate
} su due dispositivi contemporaneamente ({ $count }): vedi Impostazioni → Sincronizzazione.
sync-other-devices = i tuoi altri dispositivi
sync-and = { $rest } e { $last }
