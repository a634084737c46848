//! Vietnamese number formatting: thousands groups, decimal comma, percent, padded counts.

/// Groups the digits of `n` by thousands with `.` (`178747` → `178.747`).
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// `actual / target` in tenths of a percent, rounded half-up in integers; `None` for a zero target.
pub fn percent_tenths(actual: u64, target: u64) -> Option<u64> {
    if target == 0 {
        return None;
    }
    let (a, t) = (actual as u128, target as u128);
    Some(((a * 2000 + t) / (2 * t)) as u64)
}

/// Formats tenths with a decimal comma and grouped integer part (`1083` → `108,3`).
pub fn tenths(value: u64) -> String {
    format!("{},{}", group(value / 10), value % 10)
}

/// Plan completion as printed in reports (`108,3%`), or `-` when the target is zero.
pub fn percent(actual: u64, target: u64) -> String {
    match percent_tenths(actual, target) {
        Some(t) => format!("{}%", tenths(t)),
        None => "-".to_string(),
    }
}

/// Counts below 10 take a leading zero, as the field's documents write them (`09`).
pub fn pad2(n: usize) -> String {
    format!("{n:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        let cases = [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1.000"),
            (178747, "178.747"),
            (2340000, "2.340.000"),
            (1000000001, "1.000.000.001"),
            (u64::MAX, "18.446.744.073.709.551.615"),
        ];
        for (n, want) in cases {
            assert_eq!(group(n), want, "{n}");
        }
    }

    #[test]
    fn percent_half_up() {
        let cases = [
            (178747, 165000, "108,3%"),
            (206790, 235000, "88,0%"),
            (714, 714, "100,0%"),
            (1, 3, "33,3%"),
            (2, 3, "66,7%"),
            (1005, 1000, "100,5%"),
            (10005, 10000, "100,1%"), // 100.05 rounds half-up
            (10004, 10000, "100,0%"),
            (0, 5, "0,0%"),
            (123456, 10, "1.234.560,0%"),
            (5, 0, "-"),
        ];
        for (a, t, want) in cases {
            assert_eq!(percent(a, t), want, "{a}/{t}");
        }
    }

    #[test]
    fn pads_counts() {
        assert_eq!(pad2(0), "00");
        assert_eq!(pad2(9), "09");
        assert_eq!(pad2(23), "23");
        assert_eq!(pad2(123), "123");
    }
}
