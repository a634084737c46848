//! The forms catalogue: worked values of the decrees' money, regimes by date, overrides.

use super::*;
use crate::model::Config;

fn config(extra: &str) -> Config {
    let yaml = format!("organization: {{name: X, short: X, place: X, head: X}}\n{extra}");
    serde_yaml::from_str(&yaml).unwrap()
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

#[test]
fn worked_values_of_domain_section_3() {
    let cat = Catalogue::new(&config("")).unwrap();
    let gk = &cat.forms["giay-khen"];
    assert_eq!(
        cat.money(gk, d("2024-10-15")),
        [Some(360_000), Some(710_000), None]
    );
    assert_eq!(
        cat.money(gk, d("2019-10-01")),
        [Some(450_000), Some(900_000), None]
    );
    assert_eq!(
        cat.money(gk, d("2018-01-10")),
        [Some(390_000), Some(780_000), None]
    );
    let ttg = &cat.forms["bang-khen-thu-tuong"];
    assert_eq!(
        cat.money(ttg, d("2026-08-01")),
        [Some(8_860_000), Some(17_710_000), None]
    );
    let cstd = &cat.forms["chien-si-thi-dua-co-so"];
    assert_eq!(
        cat.money(cstd, d("2024-10-15")),
        [Some(2_340_000), None, None]
    );
    let ntvt = &cat.forms["nguoi-tot-viec-tot"];
    assert_eq!(cat.money(ntvt, d("2024-10-15")), [None, None, None]);
}

#[test]
fn regimes_by_date() {
    let cat = Catalogue::new(&config("")).unwrap();
    assert_eq!(cat.regime_at(d("2017-09-30")).map(|r| r.key.as_str()), None);
    assert_eq!(cat.regime_at(d("2018-05-01")).unwrap().key, "A");
    assert_eq!(cat.regime_at(d("2023-12-31")).unwrap().key, "A");
    assert_eq!(cat.regime_at(d("2024-01-01")).unwrap().key, "B");
    assert_eq!(cat.regime_at(d("2025-06-30")).unwrap().key, "B");
    assert_eq!(cat.regime_at(d("2025-07-01")).unwrap().key, "C");
    assert_eq!(cat.base_salary_at(d("2024-06-30")), Some(1_800_000));
    assert_eq!(cat.base_salary_at(d("2024-07-01")), Some(2_340_000));
}

#[test]
fn overrides_and_additions() {
    let cat = Catalogue::new(&config(
        "base_salary: 2000000\nforms:\n  giay-khen: {money: {B: [0.2, 0.4]}}\n  ky-niem-chuong: {name: Kỷ niệm chương, certificate: true}",
    ))
    .unwrap();
    assert_eq!(
        cat.money(&cat.forms["giay-khen"], d("2024-10-15")),
        [Some(400_000), Some(800_000), None]
    );
    assert_eq!(cat.forms["ky-niem-chuong"].name, "Kỷ niệm chương");
    assert!(Catalogue::new(&config("forms:\n  moi: {certificate: true}")).is_err());
    let extended = Catalogue::new(&config(
        "regimes:\n  - {key: D, from: 2027-01-01, bases: [Luật mới]}",
    ))
    .unwrap();
    assert_eq!(extended.regime_at(d("2027-02-01")).unwrap().key, "D");
    let gk = &extended.forms["giay-khen"];
    assert_eq!(
        extended.money(gk, d("2027-02-01")),
        [Some(760_000), Some(1_520_000), Some(1_140_000)],
        "regime C's coefficients carry on"
    );
}

#[test]
fn a_households_giay_khen_is_once_and_a_half_an_individuals_rounded_once() {
    let cat = Catalogue::new(&config("")).unwrap();
    let gk = &cat.forms["giay-khen"];
    // 0,45 × 2.340.000 = 1.053.000 → 1.060.000; × 2.530.000 = 1.138.500 → 1.140.000.
    assert_eq!(cat.money(gk, d("2025-12-20"))[2], Some(1_060_000));
    assert_eq!(cat.money(gk, d("2026-12-20"))[2], Some(1_140_000));
    // None built in before NĐ 152/2025: a household needs the agency's amount.
    assert_eq!(cat.money(gk, d("2024-10-15"))[2], None);
    let given = |form: &str, date: &str, who| cat.given(&cat.forms[form], d(date), who);
    let unpaid = |form: &str, date: &str, who| cat.unpaid(&cat.forms[form], d(date), who);
    use crate::model::Who::{Collective, Household, Individual};
    // A Giấy khen or a Bằng khen goes to households; its money for them is the regime's.
    assert!(given("giay-khen", "2024-10-15", Household));
    assert!(given("bang-khen-ubnd-tinh", "2026-01-01", Household));
    assert!(!unpaid("giay-khen", "2026-01-01", Household));
    assert!(unpaid("giay-khen", "2024-10-15", Household));
    // Titles never, but the one for households.
    assert!(!given("chien-si-thi-dua-co-so", "2026-01-01", Household));
    assert!(!given("thon-van-hoa", "2026-01-01", Household));
    assert!(given("gia-dinh-van-hoa", "2026-01-01", Household));
    assert!(!given("gia-dinh-van-hoa", "2026-01-01", Collective));
    assert!(
        !unpaid("gia-dinh-van-hoa", "2026-01-01", Household),
        "no money built in"
    );
    assert!(!given("chien-si-thi-dua-co-so", "2026-01-01", Collective));
    assert!(given("nguoi-tot-viec-tot", "2024-10-15", Individual));
    assert!(given("nguoi-tot-viec-tot", "2024-10-15", Collective));
    assert!(!given("hoc-sinh-gioi", "2026-01-01", Collective));
    // Money for households alone: given to them alone.
    let own = Catalogue::new(&config(
        "forms:\n  ho: {name: Hộ, money: {C: [~, ~, 0.45]}}",
    ))
    .unwrap();
    let ho = &own.forms["ho"];
    assert!(!own.given(ho, d("2026-01-01"), Individual));
    assert!(!own.given(ho, d("2026-01-01"), Collective));
}

#[test]
fn money_is_written_with_two_coefficients_or_three() {
    let with = |m: &str| {
        Catalogue::new(&config(&format!(
            "forms:\n  giay-khen: {{money: {{C: {m}}}}}"
        )))
    };
    let cat = with("[0.3, 0.6, 0.5]").unwrap();
    assert_eq!(
        cat.money(&cat.forms["giay-khen"], d("2026-12-20"))[2],
        Some(1_270_000)
    );
    let cat = with("[0.3, 0.6]").unwrap();
    assert_eq!(cat.money(&cat.forms["giay-khen"], d("2026-12-20"))[2], None);
    for bad in ["[0.3]", "[0.3, 0.6, 0.45, 1]"] {
        let yaml = format!("organization: {{name: X, short: X, place: X, head: X}}\nforms:\n  giay-khen: {{money: {{C: {bad}}}}}");
        let err = serde_yaml::from_str::<Config>(&yaml)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("write [individual, collective] or [individual, collective, household]"),
            "{err}"
        );
    }
}
