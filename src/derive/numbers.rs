//! Vietnamese number formatting: thousands groups, decimal comma, percent, padded counts.

/// Groups the digits of `n` by thousands with `.` (`178747` → `178.747`).
pub fn group(n: u64) -> String {
    group_wide(n as u128)
}

fn group_wide(n: u128) -> String {
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

/// Decimals a percentage may take to tell a near miss from the plan itself (more would
/// overflow the integers for the largest counts).
const MAX_DECIMALS: u32 = 16;

/// Plan completion as printed in reports: one decimal, half-up, in integers (`108,3%`).
/// Where one decimal would print `100,0%` for a plan missed or exceeded (beside its
/// `Chưa đạt` or `Vượt`), as many more as tell them apart (`99,95%`); `-` for a zero target.
pub fn percent(actual: u64, target: u64) -> String {
    percent_beside(actual, target, 10_000)
}

/// `actual` as a share of `total`, printed as [`percent`] prints it, but told apart
/// from `mark` (in hundredths of a percent) rather than from 100 %: with as many decimals
/// as put it on the mark's side it is on, so 1.599 votes of 2.000 members print `79,95%`
/// beside the 80 % threshold they miss, not `80,0%`.
pub fn percent_beside(actual: u64, total: u64, mark: u32) -> String {
    if total == 0 {
        return "-".to_string();
    }
    let (a, t, m) = (actual as u128, total as u128, mark as u128);
    // Rounded half-up to `decimals` places, in units of 10^-decimals percent.
    let at = |decimals: u32| (a * 200 * 10u128.pow(decimals) + t) / (2 * t);
    // The value printed with `decimals` places must fall on the mark's side the value does.
    let side = (a * 10_000).cmp(&(m * t));
    let printed = |decimals: u32| (at(decimals) * 100).cmp(&(m * 10u128.pow(decimals)));
    let found = (1..=MAX_DECIMALS).find(|&d| printed(d) == side);
    let decimals = found.unwrap_or(1);
    let (mut value, scale) = (at(decimals), 10u128.pow(decimals));
    // Closer to the mark than any decimals show (10¹⁹ − 1 of 10¹⁹): cut to its side.
    if found.is_none() {
        let down = a * 100 * scale / t;
        value = match side {
            std::cmp::Ordering::Less => down,
            std::cmp::Ordering::Greater => down + 1,
            std::cmp::Ordering::Equal => value,
        };
    }
    let width = decimals as usize;
    format!("{},{:0width$}%", group_wide(value / scale), value % scale)
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
            (10005, 10000, "100,1%"),  // 100.05 rounds half-up
            (10004, 10000, "100,04%"), // not 100,0% beside Vượt
            (1999, 2000, "99,95%"),    // not 100,0% beside Chưa đạt
            (99999, 100000, "99,999%"),
            (100001, 100000, "100,001%"),
            (
                999_999_999_999_999,
                1_000_000_000_000_000,
                "99,9999999999999%",
            ),
            (3, 4, "75,0%"),
            (0, 5, "0,0%"),
            (123456, 10, "1.234.560,0%"),
            (100_000_000_000_000_000, 1, "10.000.000.000.000.000.000,0%"),
            (5, 0, "-"),
        ];
        for (a, t, want) in cases {
            assert_eq!(percent(a, t), want, "{a}/{t}");
        }
    }

    #[test]
    fn vote_shares_beside_their_threshold() {
        let cases = [
            (8, 9, 9000, "88,9%"),
            (8, 10, 8000, "80,0%"),
            (9, 10, 9000, "90,0%"),
            (7, 9, 8000, "77,8%"),
            (1599, 2000, 8000, "79,95%"), // not 80,0% beside Không đạt
            (1801, 2001, 9000, "90,005%"),
            (2, 3, 6667, "66,667%"), // 66,7% and 66,67% would not read as below the mark
            (10, 10, 9000, "100,0%"),
            (0, 7, 8000, "0,0%"),
            (3, 0, 8000, "-"),
            // Closer to the mark than sixteen decimals: on its side, never on it.
            (
                9_999_999_999_999_999_999,
                10_000_000_000_000_000_000,
                10_000,
                "99,9%",
            ),
            (
                10_000_000_000_000_000_001,
                10_000_000_000_000_000_000,
                10_000,
                "100,1%",
            ),
        ];
        for (a, t, mark, want) in cases {
            assert_eq!(percent_beside(a, t, mark), want, "{a}/{t} beside {mark}");
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
