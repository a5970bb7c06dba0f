# Perché una sincronizzazione ha saltato un file (Impostazioni → Sincronizzazione, sotto «Saltati»).
sync-skips-still-arriving = un file temporaneo di uno strumento di sincronizzazione o di GymLog (ancora in scrittura o in arrivo)
sync-skips-lock-file = un file di blocco
sync-skips-conflict-copy = una copia di conflitto creata da uno strumento di sincronizzazione (ogni dispositivo scrive solo i propri file, quindi non contiene nulla di nuovo)
sync-skips-foreign = non è un file del formato di sincronizzazione di GymLog
sync-skips-plain-in-encrypted = un file in chiaro in una cartella cifrata: non unito (chiunque possa scrivere nella cartella potrebbe averlo messo lì)
sync-skips-plain-of-another-device = un file in chiaro in una cartella cifrata: non unito (sparirà quando { $device } riceverà la passphrase)
sync-skips-own-plain-new-events = file in chiaro di questo dispositivo, lasciato dov'è: contiene { $count ->
    [one] { $count } evento
   *[other] { $count } eventi
} che questo database non ha (un ripristino li unisce)
sync-skips-own-plain-unchecked = file in chiaro di questo dispositivo, lasciato dov'è: { $detail }
sync-skips-not-a-device-folder = non è la cartella di un dispositivo (hanno come nome l'id del dispositivo)
sync-skips-folder-in-device-folder = una cartella dentro la cartella di un dispositivo, che il formato non prevede
sync-skips-newer-folder-format = { $folder } è un formato di cartella di sincronizzazione più recente: aggiorna GymLog per sincronizzarti con i dispositivi che lo scrivono
sync-skips-no-key-file = file cifrati, ma la cartella non ha un file di chiave (GymLog/v2/key.age ancora in arrivo, o rimosso)
sync-skips-unreadable = illeggibile ({ $detail })
sync-skips-does-not-decrypt = non si decifra, non è stato unito nulla: { $detail }
sync-skips-bad-device-file = una descrizione del dispositivo illeggibile ({ $detail })
sync-skips-newer-file = scritto nel formato di sincronizzazione { $found }; questo GymLog legge fino al formato { $reads }: aggiorna GymLog
sync-skips-bad-device-name = una descrizione del dispositivo con un nome inutilizzabile ({ $detail })
sync-skips-not-readable-yet = non ancora un file leggibile (in arrivo, troncato o danneggiato: { $detail })
sync-skips-no-sync-format = non è un file di sincronizzazione di GymLog (non indica il suo formato)
sync-skips-format-not-a-number = il suo formato di sincronizzazione non è un numero
sync-skips-other-folder-format = indica il formato di sincronizzazione { $found }, che non è quello di questa cartella (formato { $folder })
sync-skips-other-device = scritto da un altro dispositivo ({ $writer }) rispetto a quello della cartella in cui si trova
sync-skips-no-checksum = non ha un checksum del contenuto
sync-skips-does-not-check-out = non supera il controllo, non è stato unito nulla (in arrivo, troncato o danneggiato): { $detail }
