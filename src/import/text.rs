//! The bytes of an export as UTF-8 text, whatever wrote them: a UTF-8 file as it is (its
//! byte-order mark dropped), UTF-16 with a byte-order mark (what a spreadsheet's "Unicode
//! text" saves), and a file that is not UTF-8 read as Windows-1252 (a CSV saved again by a
//! spreadsheet on Windows), each decoded by `encoding_rs`. A file with NUL bytes and no UTF-16
//! mark is not text, and a file larger than any export is refused before it is read whole.

use std::borrow::Cow;

use super::ImportError;

/// The largest file an import reads: 128 MiB. The ten-year history of a lifter who trains
/// every day is ~10 MB; a million sets is ~50 MB. Anything larger is not an export (or is
/// endless, like `/dev/zero`) and is refused before memory runs out.
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// How many bytes of the start are looked at to tell text from binary.
const SNIFF: usize = 64 * 1024;

/// How a file's text was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Windows1252,
}

/// A file's text.
#[derive(Debug)]
pub struct Text<'a> {
    pub text: Cow<'a, str>,
    pub encoding: Encoding,
}

/// Refuses a file longer than [`MAX_FILE_BYTES`].
pub fn check_size(len: u64) -> Result<(), ImportError> {
    if len > MAX_FILE_BYTES {
        return Err(ImportError::file(format!(
            "the file is larger than {} MiB: no export is that large (a ten-year history is about 10 MB)",
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    Ok(())
}

/// Refuses the start of a file that is not text (NUL bytes without a UTF-16 mark), before the
/// rest is read.
pub fn check_text(head: &[u8]) -> Result<(), ImportError> {
    let head = &head[..head.len().min(SNIFF)];
    if encoding_rs::Encoding::for_bom(head).is_none() && head.contains(&0) {
        return Err(not_text());
    }
    Ok(())
}

fn not_text() -> ImportError {
    ImportError::at(
        1,
        "this is not a text file (it holds NUL bytes): not an export GymLog knows (expected a CSV of Strong, Hevy, \
         FitNotes, JEFIT, Liftosaur or GymBook)",
    )
}

/// The text of `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Text<'_>, ImportError> {
    check_size(bytes.len() as u64)?;
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[bom..];
        if encoding == encoding_rs::UTF_8 {
            return utf8_or_windows(body);
        }
        // UTF-16 (LE or BE): decoded without replacement, or refused.
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            return Err(ImportError::file("the file says it is UTF-16 text, but it is not"));
        }
        return Ok(Text { text, encoding: Encoding::Utf16 });
    }
    check_text(bytes)?;
    utf8_or_windows(bytes)
}

fn utf8_or_windows(bytes: &[u8]) -> Result<Text<'_>, ImportError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Text { text: Cow::Borrowed(text), encoding: Encoding::Utf8 }),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            if text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count() > text.len() / 100 {
                return Err(ImportError::at(1, "this is not a text file: not an export GymLog knows"));
            }
            Ok(Text { text, encoding: Encoding::Windows1252 })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_utf16_and_windows_1252_become_the_same_text() {
        let plain = "Datum,Übung\n2024-01-03,Kniebeuge\n";
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), plain.as_bytes()].concat();
        assert_eq!(decode(&with_bom).unwrap().text, plain);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(plain.encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode(&utf16).unwrap();
        assert_eq!((decoded.text.as_ref(), decoded.encoding), (plain, Encoding::Utf16));
        let windows: Vec<u8> = plain.chars().map(|c| if c == 'Ü' { 0xDC } else { c as u8 }).collect();
        let decoded = decode(&windows).unwrap();
        assert_eq!((decoded.text.as_ref(), decoded.encoding), (plain, Encoding::Windows1252));
    }

    #[test]
    fn binary_and_oversized_files_are_refused() {
        assert!(decode(&[0u8; 4096]).unwrap_err().reason.contains("not a text file"));
        assert!(check_size(MAX_FILE_BYTES + 1).unwrap_err().reason.contains("larger than 128 MiB"));
        assert!(check_size(MAX_FILE_BYTES).is_ok());
    }
}
