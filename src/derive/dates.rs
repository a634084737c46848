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

/// The weekday of `d` as Vietnamese writes it: `thứ Hai` … `thứ Bảy`, `Chủ nhật`.
pub fn weekday(d: Date) -> &'static str {
    let month = time::Month::try_from(d.month).unwrap_or(time::Month::January);
    let day = time::Date::from_calendar_date(d.year, month, d.day);
    match day.map(|x| x.weekday()) {
        Ok(time::Weekday::Monday) => "thứ Hai",
        Ok(time::Weekday::Tuesday) => "thứ Ba",
        Ok(time::Weekday::Wednesday) => "thứ Tư",
        Ok(time::Weekday::Thursday) => "thứ Năm",
        Ok(time::Weekday::Friday) => "thứ Sáu",
        Ok(time::Weekday::Saturday) => "thứ Bảy",
        Ok(time::Weekday::Sunday) => "Chủ nhật",
        // Dates are validated on load.
        Err(_) => "",
    }
}

/// `08 giờ 00, thứ Ba, ngày 22 tháng 10 năm 2024`.
pub fn at(time: crate::model::Clock, d: Date) -> String {
    format!("{}, {}, {}", hour(time), weekday(d), long(d))
}

/// `08 giờ 00`.
pub fn hour(time: crate::model::Clock) -> String {
    format!("{:02} giờ {:02}", time.hour, time.minute)
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
    fn weekdays_across_years() {
        let cases = [
            ("2024-10-22", "thứ Ba"),
            ("2024-02-29", "thứ Năm"), // a leap day
            ("2000-02-29", "thứ Ba"),  // a leap day of a century divisible by 400
            ("2023-01-01", "Chủ nhật"),
            ("2025-12-31", "thứ Tư"),
            ("2026-07-06", "thứ Hai"),
            ("2018-03-23", "thứ Sáu"),
            ("2100-03-01", "thứ Hai"), // 2100 is not a leap year
            ("1945-09-02", "Chủ nhật"),
            ("2027-01-09", "thứ Bảy"),
        ];
        for (day, want) in cases {
            assert_eq!(weekday(d(day)), want, "{day}");
        }
        let clock = crate::model::Clock { hour: 8, minute: 0 };
        assert_eq!(
            at(clock, d("2024-10-22")),
            "08 giờ 00, thứ Ba, ngày 22 tháng 10 năm 2024"
        );
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
