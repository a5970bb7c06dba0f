# Why a sync skipped a file (Settings → Sync, under "Skipped"). Nothing of a skipped file is
# merged; it is looked at again at the next sync. { $detail } is what a library said, as it said it.
sync-skips-still-arriving = a temporary file of a sync tool or of GymLog (still being written or arriving)
sync-skips-lock-file = a lock file
sync-skips-conflict-copy = a conflict copy made by a sync tool (each device writes only its own files, so it holds nothing new)
sync-skips-foreign = not a file of the GymLog sync format
sync-skips-plain-in-encrypted = a plain file in an encrypted folder: not merged (anyone who can write to the folder could have put it there)
sync-skips-plain-of-another-device = a plain file in an encrypted folder: not merged (it goes once { $device } is given the passphrase)
sync-skips-own-plain-new-events = this device's plain file, left in place: it holds { $count ->
    [one] { $count } event
   *[other] { $count } events
} this database does not have (a restore merges it)
sync-skips-own-plain-unchecked = this device's plain file, left in place: { $detail }
sync-skips-not-a-device-folder = not a device's folder (those are named by the device's id)
sync-skips-folder-in-device-folder = a folder inside a device's folder, which the format does not have
sync-skips-newer-folder-format = { $folder } is a newer sync folder format: update GymLog to sync with the devices writing it
sync-skips-no-key-file = encrypted files, but the folder has no key file (GymLog/v2/key.age still arriving, or removed)
sync-skips-unreadable = cannot be read ({ $detail })
sync-skips-does-not-decrypt = does not decrypt, nothing of it was merged: { $detail }
sync-skips-bad-device-file = a device description that cannot be read ({ $detail })
sync-skips-newer-file = written in sync format { $found }; this GymLog reads up to format { $reads }: update GymLog
sync-skips-bad-device-name = a device description with an unusable name ({ $detail })
sync-skips-not-readable-yet = not a readable file yet (still arriving, truncated or damaged: { $detail })
sync-skips-no-sync-format = not a GymLog sync file (it does not say its sync format)
sync-skips-format-not-a-number = its sync format is not a number
sync-skips-other-folder-format = it says sync format { $found }, which is not this folder's (format { $folder })
sync-skips-other-device = written by another device ({ $writer }) than the one whose folder it is in
sync-skips-no-checksum = it has no content checksum
sync-skips-does-not-check-out = does not check out, nothing of it was merged (still arriving, truncated or damaged): { $detail }
