# Settings → Sync: the shared folder, this device, encryption, the status under the navigation.

sync-section = Sync between devices
sync-intro = One history on your laptop and your desktop: through a folder your sync tool (Syncthing, Nextcloud, Dropbox, a network share, a USB stick) keeps in step. No server, no account.
sync-folder = Sync folder:
sync-folder-hint = /home/you/Sync/GymLog
sync-browse = Browse…
sync-browse-name = Choose the sync folder
sync-use-folder = Sync through this folder
sync-this-device = This device:
sync-rename = Rename
sync-now = Sync now
sync-stop = Stop syncing
sync-not-watched = (this folder cannot be watched: GymLog looks every 5 minutes)
sync-syncing = Syncing…
sync-unlocking = Opening the folder's key…
sync-failed-detail = Sync failed: { $detail }
sync-not-yet = not yet
sync-last = Last sync: { $when }
sync-last-summary = Last sync: { $when } — { $summary }
sync-summary = sent { $sent } changes, received { $received }
sync-summary-skipped = sent { $sent } changes, received { $received }, { $count ->
    [one] { $count } file
   *[other] { $count } files
} skipped
sync-locked-intro = This folder is encrypted. Enter its passphrase — the one set on your other device — to sync.
sync-passphrase = Passphrase:
sync-unlock = Unlock
sync-encrypted = Encrypted: whoever hosts the folder cannot read your training (age, with your passphrase).
sync-encrypt-header = Encrypt the folder…
sync-encrypt-intro = For a folder on someone else's cloud: every file GymLog puts there is encrypted. Your other devices ask for the passphrase once. There is no way to recover it: keep it in your password manager.
sync-new-passphrase = New passphrase:
sync-again = Again:
sync-passphrase-short = At least { $count } characters (a few words are best).
sync-passphrases-differ = The two passphrases differ.
sync-encrypt = Encrypt
sync-devices = Devices in the folder
sync-device = Device
sync-last-seen = Last seen
sync-events = Events
sync-this-device-name = { $name } (this device)
sync-skipped = Skipped ({ $count ->
    [one] { $count } file
   *[other] { $count } files
})
sync-skipped-hint = Nothing of these was merged; each is looked at again at the next sync.
sync-changed-two = Changed on two devices
sync-changed-two-hint = Both edits are in the change history; the later one counts. Correct the set in History if needed.
sync-a-set = A set
sync-changed-line = { $exercise }: { $kept }'s edit ({ $kept-at }) counts, { $aside }'s ({ $aside-at }) was set aside
sync-status-locked = Sync locked
sync-status-failed = Sync failed
sync-status-not-yet = Not synced yet
sync-status-synced = Synced { $at }
sync-status-hover = Settings → Sync

sync-not-a-folder = { $path } is not a folder here: choose the folder your sync tool keeps in step.
sync-cannot-forget = Could not forget the sync folder: { $detail }
sync-off = Sync is off. The files in the folder stay; your other devices keep theirs.
sync-cannot-rename = Could not rename this device: { $detail }
sync-encrypted-now = The sync folder is encrypted from now on: give your other devices the same passphrase.
sync-unlocked = The sync folder is unlocked on this device: it syncs now.
sync-received = Synced { $count } changes from { $from }.
sync-changed-two-toast = { $count ->
    [one] A set was
   *[other] Sets were
} changed on two devices at once ({ $count }): see Settings → Sync.
sync-other-devices = your other devices
sync-and = { $rest } and { $last }
