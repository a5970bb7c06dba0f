//! Sync through a folder (issue #36, docs/sync.md): several installations share one history
//! through a folder that a tool the lifter already trusts keeps in step (Syncthing, Nextcloud,
//! Dropbox, a USB stick). This module owns the protocol — this device's identity, the folder's
//! layout and file names, writing this device's immutable event files, reading and merging
//! every other device's, compaction, and what a sync reports. It uses `store` and `backup`,
//! never `app` or `ui`.

pub mod device;

pub use device::{Device, DeviceError};
