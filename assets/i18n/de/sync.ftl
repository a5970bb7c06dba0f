# Einstellungen → Sync: der geteilte Ordner, dieses Gerät, Verschlüsselung, der Status unter der Navigation.

sync-section = Sync zwischen Geräten
sync-intro = Ein Verlauf auf Laptop und Desktop: über einen Ordner, den dein Sync-Tool (Syncthing, Nextcloud, Dropbox, eine Netzwerkfreigabe, ein USB-Stick) abgleicht. Kein Server, kein Konto.
sync-folder = Sync-Ordner:
sync-folder-hint = /home/du/Sync/GymLog
sync-browse = Durchsuchen…
sync-browse-name = Sync-Ordner auswählen
sync-use-folder = Über diesen Ordner syncen
sync-this-device = Dieses Gerät:
sync-rename = Umbenennen
sync-now = Jetzt syncen
sync-stop = Sync beenden
sync-not-watched = (dieser Ordner kann nicht überwacht werden: GymLog schaut alle 5 Minuten nach)
sync-syncing = Wird synchronisiert…
sync-unlocking = Schlüssel des Ordners wird geöffnet…
sync-failed-detail = Sync fehlgeschlagen: { $detail }
sync-not-yet = noch nicht
sync-last = Letzter Sync: { $when }
sync-last-summary = Letzter Sync: { $when } — { $summary }
sync-summary = { $sent } Änderungen gesendet, { $received } empfangen
sync-summary-skipped = { $sent } Änderungen gesendet, { $received } empfangen, { $count ->
    [one] { $count } Datei
   *[other] { $count } Dateien
} übersprungen
sync-locked-intro = Dieser Ordner ist verschlüsselt. Gib seine Passphrase ein — die auf deinem anderen Gerät festgelegte —, um zu syncen.
sync-passphrase = Passphrase:
sync-unlock = Entsperren
sync-encrypted = Verschlüsselt: Wer den Ordner hostet, kann dein Training nicht lesen (age, mit deiner Passphrase).
sync-encrypt-header = Ordner verschlüsseln…
sync-encrypt-intro = Für einen Ordner in fremder Cloud: Jede Datei, die GymLog dort ablegt, ist verschlüsselt. Deine anderen Geräte fragen einmal nach der Passphrase. Sie lässt sich nicht wiederherstellen: Bewahre sie in deinem Passwort-Manager auf.
sync-new-passphrase = Neue Passphrase:
sync-again = Wiederholen:
sync-passphrase-short = Mindestens { $count } Zeichen (ein paar Wörter sind am besten).
sync-passphrases-differ = Die beiden Passphrasen stimmen nicht überein.
sync-encrypt = Verschlüsseln
sync-devices = Geräte im Ordner
sync-device = Gerät
sync-last-seen = Zuletzt gesehen
sync-events = Ereignisse
sync-this-device-name = { $name } (dieses Gerät)
sync-skipped = Übersprungen ({ $count ->
    [one] { $count } Datei
   *[other] { $count } Dateien
})
sync-skipped-hint = Nichts davon wurde zusammengeführt; beim nächsten Sync wird jede erneut geprüft.
sync-changed-two = Auf zwei Geräten geändert
sync-changed-two-hint = Beide Änderungen stehen im Änderungsverlauf; die spätere zählt. Korrigiere den Satz bei Bedarf im Verlauf.
sync-a-set = Ein Satz
sync-changed-line = { $exercise }: Die Änderung von { $kept } ({ $kept-at }) zählt, die von { $aside } ({ $aside-at }) wurde zurückgestellt
sync-status-locked = Sync gesperrt
sync-status-failed = Sync fehlgeschlagen
sync-status-not-yet = Noch nicht synchronisiert
sync-status-synced = Synchronisiert { $at }
sync-status-hover = Einstellungen → Sync

sync-not-a-folder = { $path } ist hier kein Ordner: Wähle den Ordner, den dein Sync-Tool abgleicht.
sync-cannot-forget = Der Sync-Ordner konnte nicht vergessen werden: { $detail }
sync-off = Sync ist aus. Die Dateien im Ordner bleiben; deine anderen Geräte behalten ihre.
sync-cannot-rename = Dieses Gerät konnte nicht umbenannt werden: { $detail }
sync-encrypted-now = Der Sync-Ordner ist ab jetzt verschlüsselt: Gib deinen anderen Geräten dieselbe Passphrase.
sync-unlocked = Der Sync-Ordner ist auf diesem Gerät entsperrt: Er wird jetzt synchronisiert.
sync-received = { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
} von { $from } synchronisiert.
sync-changed-two-toast = { $count ->
    [one] Ein Satz wurde
   *[other] Sätze wurden
} gleichzeitig auf zwei Geräten geändert ({ $count }): siehe Einstellungen → Sync.
sync-other-devices = deinen anderen Geräten
sync-and = { $rest } und { $last }
