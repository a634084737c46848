//! The cross-reference tables of an update after thidua's bytes, read strictly, so that
//! thidua and every viewer see the same objects: classic tables only (what a signing tool
//! writes after a classic file), each entry its 20 bytes, no object listed twice, every
//! object of the update listed where it stands and every entry pointing at its object;
//! none freeing an object of thidua's, which would take it out of the document unseen.

use std::ops::Range;

/// Whether the update `at` of `bytes` (a signature's, up to its `%%EOF`) is as above;
/// thidua's objects are those numbered below `size`.
pub fn check(bytes: &[u8], at: Range<usize>, size: u32) -> Result<(), String> {
    let update = &bytes[at.clone()];
    let text = String::from_utf8_lossy(update);
    if text.contains("/XRef") {
        return Err(t!("signing-xref-stream"));
    }
    let mut listed: Vec<(u32, usize)> = Vec::new();
    let mut tables = 0;
    let mut from = 0;
    while let Some(i) = find(&update[from..], b"xref") {
        let start = from + i;
        from = start + 4;
        // `startxref` holds `xref` too: a table starts a line.
        if start > 0 && !matches!(update[start - 1], b'\n' | b'\r') {
            continue;
        }
        tables += 1;
        read(update, start + 4, at.start, size, &mut listed)?;
    }
    if tables == 0 {
        return Err(t!("signing-no-xref"));
    }
    // Every object the update holds is one its tables list, where it stands.
    for (n, offset) in objects(update, at.start) {
        if !listed.contains(&(n, offset)) {
            return Err(t!("signing-unlisted-object", object = n));
        }
    }
    Ok(())
}

/// The table whose entries start after `xref` at `pos` of `update` (which starts at
/// `base` in the file): each entry read, checked and added to `listed`.
fn read(
    update: &[u8],
    mut pos: usize,
    base: usize,
    size: u32,
    listed: &mut Vec<(u32, usize)>,
) -> Result<(), String> {
    let unreadable = || t!("signing-xref-unreadable");
    pos = eol(update, pos).ok_or_else(unreadable)?;
    let mut numbers = Vec::new();
    loop {
        if update[pos..].starts_with(b"trailer") {
            return Ok(());
        }
        let end = update[pos..]
            .iter()
            .position(|b| matches!(b, b'\n' | b'\r'))
            .ok_or_else(unreadable)?
            + pos;
        let head = std::str::from_utf8(&update[pos..end]).map_err(|_| unreadable())?;
        let words: Vec<&str> = head.split(' ').collect();
        let [first, count] = words[..] else {
            return Err(unreadable());
        };
        let first: u32 = first.parse().map_err(|_| unreadable())?;
        let count: u32 = count.parse().map_err(|_| unreadable())?;
        pos = eol(update, end).ok_or_else(unreadable)?;
        for k in 0..count {
            let entry = update.get(pos..pos + 20).ok_or_else(unreadable)?;
            let n = first.checked_add(k).ok_or_else(unreadable)?;
            let digits = |r: Range<usize>| entry[r.clone()].iter().all(u8::is_ascii_digit);
            let eol_ok = matches!(&entry[18..20], b" \n" | b" \r" | b"\r\n");
            if !digits(0..10)
                || entry[10] != b' '
                || !digits(11..16)
                || entry[16] != b' '
                || !eol_ok
            {
                return Err(unreadable());
            }
            if numbers.contains(&n) {
                return Err(t!("signing-listed-twice", object = n));
            }
            numbers.push(n);
            let offset: usize = String::from_utf8_lossy(&entry[0..10])
                .parse()
                .map_err(|_| unreadable())?;
            match entry[17] {
                b'f' if n != 0 && n < size => {
                    return Err(t!("signing-object-freed", object = n));
                }
                b'f' => {}
                b'n' => {
                    // An entry points at its own object, inside the update.
                    let inside = offset.checked_sub(base).filter(|o| *o < update.len());
                    let head = format!("{n} ");
                    if !inside.is_some_and(|o| update[o..].starts_with(head.as_bytes())) {
                        return Err(t!("signing-object-elsewhere", object = n));
                    }
                    listed.push((n, offset));
                }
                _ => return Err(unreadable()),
            }
            pos += 20;
        }
    }
}

/// Past the end of the line at `pos`: one `\n`, `\r` or `\r\n`.
fn eol(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos..)? {
        [b'\r', b'\n', ..] => Some(pos + 2),
        [b'\n' | b'\r', ..] => Some(pos + 1),
        _ => None,
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Each `N G obj` starting a line of `update` (which starts at `base`): its number and
/// where it starts in the file.
fn objects(update: &[u8], base: usize) -> Vec<(u32, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = find(&update[from..], b" obj") {
        let end = from + i;
        from = end + 4;
        let line = update[..end]
            .iter()
            .rposition(|b| matches!(b, b'\n' | b'\r'))
            .map_or(0, |p| p + 1);
        let words: Vec<&[u8]> = update[line..end].split(|b| *b == b' ').collect();
        if let [n, g] = words[..] {
            let digits = |w: &[u8]| !w.is_empty() && w.iter().all(u8::is_ascii_digit);
            if digits(n) && digits(g) {
                if let Ok(n) = String::from_utf8_lossy(n).parse() {
                    out.push((n, base + line));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn update(text: &str) -> Result<(), String> {
        let mut file = vec![b'x'; 1000];
        file.extend_from_slice(text.as_bytes());
        check(&file, 1000..file.len(), 119)
    }

    #[test]
    fn an_update_lists_each_of_its_objects_once_where_it_stands() {
        // `120 0 obj` at offset 1001 (after the leading newline).
        let fine = "\n120 0 obj\n<<>>\nendobj\nxref\n0 1\n0000000000 65535 f \n120 1\n0000001001 00000 n \ntrailer\n<<>>\n";
        assert_eq!(update(fine), Ok(()));
        let cases = [
            ("\nxref\n0 1\n0000000000 65535 f \n106 1\n0000000000 00001 f \ntrailer\n", "takes out thidua's object 106"),
            ("\n130 0 obj\n<</Type/XRef/Size 131>>stream\nendstream\n", "cross-reference stream"),
            ("nothing", "no cross-reference table"),
            ("\n120 0 obj\n<<>>\nendobj\nxref\n120 1\n0000001001 00000 n \n120 1\n0000001001 00000 n \ntrailer\n", "lists object 120 twice"),
            ("\n120 0 obj\n<<>>\nendobj\nxref\n120 1\n1001 0 n \ntrailer\n", "cannot be read"),
            ("\n120 0 obj\n<<>>\nendobj\n92 0 obj\n<<>>\nendobj\nxref\n120 1\n0000001001 00000 n \ntrailer\n", "object 92 its table does not list"),
            ("\n120 0 obj\n<<>>\nendobj\nxref\n92 1\n0000001001 00000 n \ntrailer\n", "sends object 92 elsewhere"),
        ];
        for (text, said) in cases {
            let got = update(text).unwrap_err();
            assert!(got.contains(said), "{text:?}: {got}");
        }
    }
}
