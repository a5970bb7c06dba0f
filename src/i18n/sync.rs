//! Why a sync skipped a file, in the window's language (`sync-skips.ftl`): the words for
//! `sync::SkipReason`, shown in Settings → Sync. Device names, folder names and what a library
//! said (`detail`) stay as they are.

use fluent_bundle::FluentValue;

use super::I18n;
use crate::sync::SkipReason;

impl I18n {
    /// `eine Sperrdatei`, `in Sync-Format 3 geschrieben; dieses GymLog liest bis Format 2 …`.
    pub fn sync_skip(&self, reason: &SkipReason) -> String {
        let text = |s: &str| -> FluentValue<'_> { s.to_string().into() };
        let number = |n: u32| -> FluentValue<'_> { n.into() };
        match reason {
            SkipReason::StillArriving => self.t("sync-skips-still-arriving").to_string(),
            SkipReason::LockFile => self.t("sync-skips-lock-file").to_string(),
            SkipReason::ConflictCopy => self.t("sync-skips-conflict-copy").to_string(),
            SkipReason::Foreign => self.t("sync-skips-foreign").to_string(),
            SkipReason::PlainInEncrypted => self.t("sync-skips-plain-in-encrypted").to_string(),
            SkipReason::PlainOfAnotherDevice { device } => {
                self.f("sync-skips-plain-of-another-device", &[("device", text(device))])
            }
            SkipReason::OwnPlainFileWithNewEvents { events } => {
                self.f("sync-skips-own-plain-new-events", &[("count", (*events).into())])
            }
            SkipReason::OwnPlainFileUnchecked { detail } => {
                self.f("sync-skips-own-plain-unchecked", &[("detail", text(detail))])
            }
            SkipReason::NotADeviceFolder => self.t("sync-skips-not-a-device-folder").to_string(),
            SkipReason::FolderInDeviceFolder => self.t("sync-skips-folder-in-device-folder").to_string(),
            SkipReason::NewerFolderFormat { folder } => {
                self.f("sync-skips-newer-folder-format", &[("folder", text(folder))])
            }
            SkipReason::NoKeyFile => self.t("sync-skips-no-key-file").to_string(),
            SkipReason::Unreadable { detail } => self.f("sync-skips-unreadable", &[("detail", text(detail))]),
            SkipReason::DeviceFileDoesNotDecrypt { detail } | SkipReason::DoesNotDecrypt { detail } => {
                self.f("sync-skips-does-not-decrypt", &[("detail", text(detail))])
            }
            SkipReason::BadDeviceFile { detail } => self.f("sync-skips-bad-device-file", &[("detail", text(detail))]),
            SkipReason::NewerDeviceFile { found, reads } | SkipReason::NewerFile { found, reads } => {
                self.f("sync-skips-newer-file", &[("found", number(*found)), ("reads", number(*reads))])
            }
            SkipReason::BadDeviceName { detail } => self.f("sync-skips-bad-device-name", &[("detail", text(detail))]),
            SkipReason::NotReadableYet { detail } => self.f("sync-skips-not-readable-yet", &[("detail", text(detail))]),
            SkipReason::NoSyncFormat => self.t("sync-skips-no-sync-format").to_string(),
            SkipReason::SyncFormatNotANumber => self.t("sync-skips-format-not-a-number").to_string(),
            SkipReason::OtherFolderFormat { found, folder } => {
                self.f("sync-skips-other-folder-format", &[("found", number(*found)), ("folder", number(*folder))])
            }
            SkipReason::OtherDevice { writer } => self.f("sync-skips-other-device", &[("writer", text(writer))]),
            SkipReason::NoChecksum => self.t("sync-skips-no-checksum").to_string(),
            SkipReason::DoesNotCheckOut { problems } => {
                self.f("sync-skips-does-not-check-out", &[("detail", text(problems))])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn skip_reasons_read_in_the_window_language() {
        let english = I18n::new(Language::English, None);
        assert_eq!(english.sync_skip(&SkipReason::LockFile), "a lock file");
        assert_eq!(
            english.sync_skip(&SkipReason::OwnPlainFileWithNewEvents { events: 1 }),
            "this device's plain file, left in place: it holds 1 event this database does not have (a restore merges it)"
        );
        let german = I18n::new(Language::German, None);
        assert_eq!(german.sync_skip(&SkipReason::LockFile), "eine Sperrdatei");
        assert_eq!(
            german.sync_skip(&SkipReason::NewerFile { found: 3, reads: 2 }),
            "in Sync-Format 3 geschrieben; dieses GymLog liest bis Format 2: GymLog aktualisieren"
        );
        let french = I18n::new(Language::French, None);
        assert!(french.sync_skip(&SkipReason::ConflictCopy).contains("conflit"));
        for language in Language::ALL {
            let i18n = I18n::new(language, None);
            let plain = i18n.sync_skip(&SkipReason::PlainOfAnotherDevice { device: "Laptop".into() });
            assert!(plain.contains("Laptop"), "{language:?}: {plain}");
        }
    }
}
