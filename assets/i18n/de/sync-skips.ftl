# Warum ein Sync eine Datei übersprungen hat (Einstellungen → Sync, unter „Übersprungen“).
sync-skips-still-arriving = eine temporäre Datei eines Sync-Programms oder von GymLog (wird noch geschrieben oder kommt noch an)
sync-skips-lock-file = eine Sperrdatei
sync-skips-conflict-copy = eine Konfliktkopie eines Sync-Programms (jedes Gerät schreibt nur eigene Dateien, sie enthält also nichts Neues)
sync-skips-foreign = keine Datei des GymLog-Sync-Formats
sync-skips-plain-in-encrypted = eine unverschlüsselte Datei in einem verschlüsselten Ordner: nicht übernommen (jeder mit Schreibzugriff auf den Ordner könnte sie abgelegt haben)
sync-skips-plain-of-another-device = eine unverschlüsselte Datei in einem verschlüsselten Ordner: nicht übernommen (sie verschwindet, sobald { $device } die Passphrase bekommt)
sync-skips-own-plain-new-events = unverschlüsselte Datei dieses Geräts, bleibt liegen: sie enthält { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
}, die diese Datenbank nicht hat (eine Wiederherstellung übernimmt sie)
sync-skips-own-plain-unchecked = unverschlüsselte Datei dieses Geräts, bleibt liegen: { $detail }
sync-skips-not-a-device-folder = kein Geräteordner (die sind nach der Geräte-ID benannt)
sync-skips-folder-in-device-folder = ein Ordner in einem Geräteordner, den das Format nicht vorsieht
sync-skips-newer-folder-format = { $folder } ist ein neueres Sync-Ordnerformat: GymLog aktualisieren, um mit den Geräten zu synchronisieren, die es schreiben
sync-skips-no-key-file = verschlüsselte Dateien, aber der Ordner hat keine Schlüsseldatei (GymLog/v2/key.age kommt noch an oder wurde gelöscht)
sync-skips-unreadable = nicht lesbar ({ $detail })
sync-skips-does-not-decrypt = lässt sich nicht entschlüsseln, nichts davon übernommen: { $detail }
sync-skips-bad-device-file = eine Gerätebeschreibung, die sich nicht lesen lässt ({ $detail })
sync-skips-newer-file = in Sync-Format { $found } geschrieben; dieses GymLog liest bis Format { $reads }: GymLog aktualisieren
sync-skips-bad-device-name = eine Gerätebeschreibung mit unbrauchbarem Namen ({ $detail })
sync-skips-not-readable-yet = noch keine lesbare Datei (kommt noch an, abgeschnitten oder beschädigt: { $detail })
sync-skips-no-sync-format = keine GymLog-Sync-Datei (sie nennt kein Sync-Format)
sync-skips-format-not-a-number = ihr Sync-Format ist keine Zahl
sync-skips-other-folder-format = sie nennt Sync-Format { $found }, nicht das dieses Ordners (Format { $folder })
sync-skips-other-device = von einem anderen Gerät ({ $writer }) geschrieben als dem, in dessen Ordner sie liegt
sync-skips-no-checksum = sie hat keine Inhaltsprüfsumme
sync-skips-does-not-check-out = hält der Prüfung nicht stand, nichts davon übernommen (kommt noch an, abgeschnitten oder beschädigt): { $detail }
