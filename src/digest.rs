//! The hash of a file's bytes as the build manifest and the PDFs' records write it:
//! typst's 128-bit SipHash, in hex; a file's read a piece at a time.

use std::path::Path;

/// A hash as the manifest writes it.
pub fn hex(h: u128) -> String {
    format!("{h:032x}")
}

/// The hash of `bytes`.
pub fn of(bytes: &[u8]) -> String {
    hex(typst::utils::hash128(bytes))
}

/// [`of`] the first `length` bytes of the file at `path`, read a piece at a time (a print
/// file of 100 000 certificates is never held in memory to be hashed); `None` when they
/// cannot be read.
pub fn file_prefix(path: &Path, length: u64) -> Option<String> {
    use siphasher::sip128::{Hasher128, SipHasher13};
    use std::hash::Hasher;
    use std::io::Read;
    let file = std::fs::File::open(path).ok()?;
    let mut file = file.take(length);
    // As typst hashes a byte slice: its length as a u64, then its bytes.
    let mut state = SipHasher13::new();
    state.write_u64(length);
    let mut buffer = vec![0; 1 << 16];
    let mut read = 0;
    loop {
        let n = file.read(&mut buffer).ok()?;
        if n == 0 {
            break;
        }
        state.write(&buffer[..n]);
        read += n as u64;
    }
    (read == length).then(|| hex(state.finish128().as_u128()))
}
