//! A certificate's check code: eight characters printed on it (`7KQ2-M9XD`) with a QR
//! code, which `thidua verify --code` resolves to its recipient, decision and số sổ vàng.

use crate::derive::{AwardHead, RecipientFacts};
use std::collections::HashMap;

/// Whose certificate a check code is: page `page` of its document, and what that page
/// prints of its recipient and award.
pub struct Owner<'a> {
    pub page: usize,
    pub recipient: &'a RecipientFacts,
    pub award: &'a AwardHead,
}

/// Crockford's base 32: no I, L, O or U, so a code read aloud or retyped stays right.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The codes of the recipients `list` of the decision `a` of `org`, in order: each from
/// what its certificate prints (agency, decision, date, name, detail, số sổ vàng), not
/// from its place in the list, so that adding or moving others leaves it as it is;
/// namesakes that print the same are told apart by their order among themselves.
pub fn check_codes<'a>(
    org: &str,
    a: &AwardHead,
    list: impl Iterator<Item = &'a RecipientFacts>,
) -> Vec<String> {
    let mut seen: HashMap<(&str, &str, &str), u32> = HashMap::new();
    list.map(|r| {
        let nth = seen.entry((&r.name, &r.detail, &r.register)).or_insert(0);
        *nth += 1;
        let h = typst::utils::hash128(&(
            "thidua check code 1",
            org,
            &a.symbol,
            &a.date_short,
            &a.form,
            &r.name,
            &r.detail,
            &r.register,
            *nth,
        ));
        let chars: String = (0..8)
            .map(|i| ALPHABET[((h >> (5 * i)) & 31) as usize] as char)
            .collect();
        format!("{}-{}", &chars[..4], &chars[4..])
    })
    .collect()
}

/// A code as someone typed it, in the form [`check_code`] gives: capitals, the dash
/// anywhere or nowhere, O for 0 and I or L for 1 (as Crockford's base 32 reads them).
pub fn normal(typed: &str) -> Option<String> {
    let chars: String = typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '.'))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    let valid = chars.len() == 8 && chars.bytes().all(|b| ALPHABET.contains(&b));
    valid.then(|| format!("{}-{}", &chars[..4], &chars[4..]))
}

/// The QR code of a certificate as SVG (vector, no margin): its check code, decision and
/// số sổ vàng, readable by any phone without thidua.
pub fn qr(code: &str, a: &AwardHead, r: &RecipientFacts) -> Option<String> {
    let mut text = format!("THIDUA {code} QĐ {}", a.symbol);
    if !r.register.is_empty() {
        text.push_str(&format!(" SSV {}", r.register));
    }
    let qr = qrcode::QrCode::new(text.as_bytes()).ok()?;
    Some(
        qr.render::<qrcode::render::svg::Color>()
            .quiet_zone(false)
            .module_dimensions(1, 1)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::normal;

    #[test]
    fn namesakes_have_codes_of_their_own_and_others_keep_theirs() {
        use crate::derive::{AwardHead, RecipientFacts};
        let person = |name: &str| RecipientFacts {
            index: 1,
            row: 0,
            collective: false,
            household: false,
            honorific: String::new(),
            name: name.into(),
            display: name.into(),
            on_certificate: name.into(),
            detail: "Chuyên viên".into(),
            money: String::new(),
            amount: 0,
            register: String::new(),
            achievement: String::new(),
            votes: String::new(),
            file: String::new(),
        };
        let head = AwardHead::default();
        let list = [person("An"), person("Bình"), person("An")];
        let codes = super::check_codes("SỞ", &head, list.iter());
        assert_ne!(codes[0], codes[2]);
        // Bình removed: the others keep their codes.
        let fewer = super::check_codes("SỞ", &head, [&list[0], &list[2]].into_iter());
        assert_eq!(fewer, [codes[0].clone(), codes[2].clone()]);
        assert!(codes
            .iter()
            .all(|c| normal(c).as_deref() == Some(c.as_str())));
    }

    #[test]
    fn typed_codes_are_read_as_crockford_reads_them() {
        let table = [
            ("7KQ2-M9XD", Some("7KQ2-M9XD")),
            ("7kq2m9xd", Some("7KQ2-M9XD")),
            (" 7KQ2 M9XD ", Some("7KQ2-M9XD")),
            ("OIL0-0000", Some("0110-0000")),
            ("7KQ2-M9X", None),
            ("7KQ2-M9XDD", None),
            ("7KQ2-M9XU", None),
            ("", None),
        ];
        for (typed, want) in table {
            assert_eq!(normal(typed).as_deref(), want, "{typed:?}");
        }
    }
}
