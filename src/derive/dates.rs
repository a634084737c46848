//! Vietnamese date phrases: `ngày 05 tháng 3 năm 2024` and `05/3/2024`-style short dates.

use crate::model::Date;

/// `ngày 05 tháng 3 năm 2024`: days below 10 and months 1–2 take a leading zero.
pub fn long(d: Date) -> String {
    format!("ngày {:02} tháng {} năm {}", d.day, month(d.month), d.year)
}

/// `15/10/2024`, the short form printed on certificates.
pub fn short(d: Date) -> String {
    format!("{:02}/{:02}/{}", d.day, d.month, d.year)
}

fn month(m: u8) -> String {
    if m <= 2 {
        format!("{m:02}")
    } else {
        m.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn long_dates_for_every_month() {
        let want = [
            "ngày 05 tháng 01 năm 2024",
            "ngày 05 tháng 02 năm 2024",
            "ngày 05 tháng 3 năm 2024",
            "ngày 05 tháng 4 năm 2024",
            "ngày 05 tháng 5 năm 2024",
            "ngày 05 tháng 6 năm 2024",
            "ngày 05 tháng 7 năm 2024",
            "ngày 05 tháng 8 năm 2024",
            "ngày 05 tháng 9 năm 2024",
            "ngày 05 tháng 10 năm 2024",
            "ngày 05 tháng 11 năm 2024",
            "ngày 05 tháng 12 năm 2024",
        ];
        for (i, w) in want.iter().enumerate() {
            assert_eq!(long(d(&format!("2024-{:02}-05", i + 1))), *w);
        }
        assert_eq!(long(d("2024-10-20")), "ngày 20 tháng 10 năm 2024");
        assert_eq!(long(d("2024-01-15")), "ngày 15 tháng 01 năm 2024");
        assert_eq!(long(d("2020-02-05")), "ngày 05 tháng 02 năm 2020");
    }

    #[test]
    fn short_dates() {
        assert_eq!(short(d("2024-10-15")), "15/10/2024");
        assert_eq!(short(d("2024-03-05")), "05/03/2024");
    }
}
