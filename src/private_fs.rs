//! Training data is health data: the folders GymLog creates are `0700` and the files it
//! creates (the database, `backup.json`, exports, automatic backups) `0600` on Unix, so other
//! accounts on a shared machine cannot read them. What already exists keeps the mode its
//! owner gave it: a file GymLog replaces takes the old file's mode. Elsewhere (Windows) the
//! folders inherit the user profile's access rules and these are plain creates.

use std::path::Path;

/// The mode of a folder GymLog creates.
#[cfg(unix)]
pub const DIR_MODE: u32 = 0o700;
/// The mode of a file GymLog creates.
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;

/// Creates `dir` and any missing parents, each readable by its owner only. Folders that
/// already exist are left as they are.
pub fn create_dir_all(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
    builder.create(dir)
}

/// Gives `file` (just created by GymLog or by DuckDB for it) owner-only access.
pub fn restrict(file: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(FILE_MODE))?;
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// Prepares `temp`, about to be renamed over `dest`: it takes `dest`'s permissions when
/// `dest` exists (the owner's choice stays), else owner-only access.
pub fn like_destination(temp: &Path, dest: &Path) -> std::io::Result<()> {
    match std::fs::metadata(dest) {
        Ok(existing) if existing.is_file() => std::fs::set_permissions(temp, existing.permissions()),
        _ => restrict(temp),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_folders_and_files_are_the_owners_alone() {
        let root = tempfile::tempdir().unwrap();
        let deep = root.path().join("a/b");
        create_dir_all(&deep).unwrap();
        assert_eq!(mode(&root.path().join("a")), 0o700);
        assert_eq!(mode(&deep), 0o700);
        let file = deep.join("f");
        std::fs::write(&file, b"x").unwrap();
        restrict(&file).unwrap();
        assert_eq!(mode(&file), 0o600);
    }

    #[test]
    fn an_existing_folder_and_a_replaced_file_keep_their_owners_choice() {
        let root = tempfile::tempdir().unwrap();
        std::fs::set_permissions(root.path(), std::fs::Permissions::from_mode(0o750)).unwrap();
        create_dir_all(root.path()).unwrap();
        assert_eq!(mode(root.path()), 0o750);
        let (temp, dest) = (root.path().join("t"), root.path().join("d"));
        std::fs::write(&temp, b"new").unwrap();
        like_destination(&temp, &dest).unwrap();
        assert_eq!(mode(&temp), 0o600, "nothing to replace: owner only");
        std::fs::write(&dest, b"old").unwrap();
        std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o644)).unwrap();
        like_destination(&temp, &dest).unwrap();
        assert_eq!(mode(&temp), 0o644, "the replaced file's mode");
    }
}
