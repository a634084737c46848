//! ASCII file names from Vietnamese text (`Nguyễn Thị Mai` → `nguyen-thi-mai`).

use unicode_normalization::UnicodeNormalization;

/// Lower-case ASCII words joined by `-`; diacritics dropped, `đ` read as `d`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            _ => {
                dash = !out.is_empty();
                continue;
            }
        };
        if dash {
            out.push('-');
            dash = false;
        }
        out.push(c);
    }
    if out.is_empty() {
        out.push('x');
    }
    cut(out)
}

/// The longest slug kept: with a number before it, an extension and a temporary prefix
/// after it, a file name stays far below the 255 bytes file systems allow.
const MAX_SLUG: usize = 100;

/// `s` cut to [`MAX_SLUG`] characters, at a word's end where one is near.
fn cut(mut s: String) -> String {
    if s.len() > MAX_SLUG {
        let end = match s[..=MAX_SLUG].rfind('-') {
            Some(dash) if dash > MAX_SLUG / 2 => dash,
            _ => MAX_SLUG,
        };
        s.truncate(end);
    }
    s
}

/// `slug` prefixed with a zero-padded position so that files sort in list order.
pub fn numbered(index: usize, total: usize, s: &str) -> String {
    let width = total.to_string().len().max(2);
    format!("{index:0width$}-{}", slug(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_cut_at_a_word() {
        let long = "Tổ công tác liên ngành ".repeat(20);
        let s = slug(&long);
        assert!(s.len() <= MAX_SLUG, "{s}");
        assert!(s.starts_with("to-cong-tac-lien-nganh-to-cong"), "{s}");
        assert!(!s.ends_with('-'), "{s}");
        assert_eq!(slug(&"a".repeat(300)), "a".repeat(MAX_SLUG));
        assert_eq!(numbered(7, 120, &long).len(), 4 + s.len());
    }

    #[test]
    fn ascii_slugs() {
        let cases = [
            ("Nguyễn Thị Mai", "nguyen-thi-mai"),
            ("Đặng Thị Ánh", "dang-thi-anh"),
            (
                "Phòng Việc làm - An toàn lao động",
                "phong-viec-lam-an-toan-lao-dong",
            ),
            (
                "Trường Cao đẳng nghề Công nghệ cao",
                "truong-cao-dang-nghe-cong-nghe-cao",
            ),
            ("Ông Ích Khiêm", "ong-ich-khiem"),
            ("Trung tâm số 1 (cơ sở 2)", "trung-tam-so-1-co-so-2"),
            ("  Lý   Ưng  ", "ly-ung"),
            ("Nguye\u{0302}\u{0303}n", "nguyen"),
            ("#read(\"/etc/passwd\")", "read-etc-passwd"),
            ("***", "x"),
        ];
        for (s, want) in cases {
            assert_eq!(slug(s), want, "{s}");
        }
    }

    #[test]
    fn numbered_sorts_in_list_order() {
        assert_eq!(numbered(1, 9, "A"), "01-a");
        assert_eq!(numbered(32, 32, "Nguyễn Thị Mai"), "32-nguyen-thi-mai");
        assert_eq!(numbered(7, 1000, "B"), "0007-b");
    }
}
