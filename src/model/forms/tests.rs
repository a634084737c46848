//! The forms catalogue: worked values of DOMAIN.md section 3, regimes by date, overrides.

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
        [Some(360_000), Some(710_000)]
    );
    assert_eq!(
        cat.money(gk, d("2019-10-01")),
        [Some(450_000), Some(900_000)]
    );
    assert_eq!(
        cat.money(gk, d("2018-01-10")),
        [Some(390_000), Some(780_000)]
    );
    let ttg = &cat.forms["bang-khen-thu-tuong"];
    assert_eq!(
        cat.money(ttg, d("2026-08-01")),
        [Some(8_860_000), Some(17_710_000)]
    );
    let cstd = &cat.forms["chien-si-thi-dua-co-so"];
    assert_eq!(cat.money(cstd, d("2024-10-15")), [Some(2_340_000), None]);
    let ntvt = &cat.forms["nguoi-tot-viec-tot"];
    assert_eq!(cat.money(ntvt, d("2024-10-15")), [None, None]);
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
        [Some(400_000), Some(800_000)]
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
        [Some(760_000), Some(1_520_000)],
        "regime C's coefficients carry on"
    );
}
