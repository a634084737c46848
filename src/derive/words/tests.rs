//! Money in words against a table of known-correct readings and the spelling options.

use super::*;

const D: WordOptions = WordOptions {
    le: false,
    ngan: false,
    tu: false,
};

/// Known-correct readings, checked against how Vietnamese writes amounts in words and
/// common usage.
const TABLE: &[(u64, &str)] = &[
    (0, "không"),
    (1, "một"),
    (4, "bốn"),
    (5, "năm"),
    (9, "chín"),
    (10, "mười"),
    (11, "mười một"),
    (12, "mười hai"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (19, "mười chín"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (24, "hai mươi bốn"),
    (25, "hai mươi lăm"),
    (30, "ba mươi"),
    (31, "ba mươi mốt"),
    (44, "bốn mươi bốn"),
    (45, "bốn mươi lăm"),
    (55, "năm mươi lăm"),
    (71, "bảy mươi mốt"),
    (99, "chín mươi chín"),
    (100, "một trăm"),
    (101, "một trăm linh một"),
    (105, "một trăm linh năm"),
    (110, "một trăm mười"),
    (111, "một trăm mười một"),
    (115, "một trăm mười lăm"),
    (121, "một trăm hai mươi mốt"),
    (125, "một trăm hai mươi lăm"),
    (200, "hai trăm"),
    (204, "hai trăm linh bốn"),
    (210, "hai trăm mười"),
    (305, "ba trăm linh năm"),
    (999, "chín trăm chín mươi chín"),
    (1_000, "một nghìn"),
    (1_001, "một nghìn không trăm linh một"),
    (1_005, "một nghìn không trăm linh năm"),
    (1_010, "một nghìn không trăm mười"),
    (1_015, "một nghìn không trăm mười lăm"),
    (1_021, "một nghìn không trăm hai mươi mốt"),
    (1_100, "một nghìn một trăm"),
    (1_101, "một nghìn một trăm linh một"),
    (2_024, "hai nghìn không trăm hai mươi bốn"),
    (5_555, "năm nghìn năm trăm năm mươi lăm"),
    (10_000, "mười nghìn"),
    (11_000, "mười một nghìn"),
    (15_000, "mười lăm nghìn"),
    (21_000, "hai mươi mốt nghìn"),
    (25_500, "hai mươi lăm nghìn năm trăm"),
    (100_000, "một trăm nghìn"),
    (105_000, "một trăm linh năm nghìn"),
    (110_000, "một trăm mười nghìn"),
    (360_000, "ba trăm sáu mươi nghìn"),
    (450_000, "bốn trăm năm mươi nghìn"),
    (710_000, "bảy trăm mười nghìn"),
    (780_000, "bảy trăm tám mươi nghìn"),
    (999_999, "chín trăm chín mươi chín nghìn chín trăm chín mươi chín"),
    (1_000_000, "một triệu"),
    (1_000_001, "một triệu không trăm linh một"),
    (1_000_010, "một triệu không trăm mười"),
    (1_001_000, "một triệu không trăm linh một nghìn"),
    (1_005_000, "một triệu không trăm linh năm nghìn"),
    (1_010_000, "một triệu không trăm mười nghìn"),
    (1_050_000, "một triệu không trăm năm mươi nghìn"),
    (1_300_000, "một triệu ba trăm nghìn"),
    (1_390_000, "một triệu ba trăm chín mươi nghìn"),
    (1_410_000, "một triệu bốn trăm mười nghìn"),
    (1_490_000, "một triệu bốn trăm chín mươi nghìn"),
    (1_800_000, "một triệu tám trăm nghìn"),
    (2_340_000, "hai triệu ba trăm bốn mươi nghìn"),
    (2_530_000, "hai triệu năm trăm ba mươi nghìn"),
    (3_510_000, "ba triệu năm trăm mười nghìn"),
    (7_020_000, "bảy triệu không trăm hai mươi nghìn"),
    (8_860_000, "tám triệu tám trăm sáu mươi nghìn"),
    (10_000_000, "mười triệu"),
    (14_670_000, "mười bốn triệu sáu trăm bảy mươi nghìn"),
    (15_000_000, "mười lăm triệu"),
    (21_060_000, "hai mươi mốt triệu không trăm sáu mươi nghìn"),
    (25_000_005, "hai mươi lăm triệu không trăm linh năm"),
    (100_000_000, "một trăm triệu"),
    (101_000_000, "một trăm linh một triệu"),
    (115_015_015, "một trăm mười lăm triệu không trăm mười lăm nghìn không trăm mười lăm"),
    (999_000_000, "chín trăm chín mươi chín triệu"),
    (1_000_000_000, "một tỷ"),
    (1_000_000_001, "một tỷ không trăm linh một"),
    (1_000_001_000, "một tỷ không trăm linh một nghìn"),
    (1_001_000_000, "một tỷ không trăm linh một triệu"),
    (1_200_000_000, "một tỷ hai trăm triệu"),
    (2_000_000_000, "hai tỷ"),
    (10_000_000_000, "mười tỷ"),
    (21_000_000_000, "hai mươi mốt tỷ"),
    (100_000_000_000, "một trăm tỷ"),
    (105_000_000_000, "một trăm linh năm tỷ"),
    (1_000_000_000_000, "một nghìn tỷ"),
    (1_005_000_000_000, "một nghìn không trăm linh năm tỷ"),
    (1_000_000_000_005, "một nghìn tỷ không trăm linh năm"),
    (2_500_000_000_000, "hai nghìn năm trăm tỷ"),
    (10_000_000_000_000, "mười nghìn tỷ"),
    (123_456_789_012_345, "một trăm hai mươi ba nghìn bốn trăm năm mươi sáu tỷ bảy trăm tám mươi chín triệu không trăm mười hai nghìn ba trăm bốn mươi lăm"),
    (999_999_999_999_999, "chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"),
];

#[test]
fn table_of_known_readings() {
    assert!(TABLE.len() >= 100, "{} rows", TABLE.len());
    for (n, want) in TABLE {
        assert_eq!(number(*n, D), *want, "{n}");
    }
}

#[test]
fn money_is_capitalised_and_ends_in_dong() {
    let cases = [
        (0, "Không đồng"),
        (360_000, "Ba trăm sáu mươi nghìn đồng"),
        (710_000, "Bảy trăm mười nghìn đồng"),
        (1_410_000, "Một triệu bốn trăm mười nghìn đồng"),
        (
            21_060_000,
            "Hai mươi mốt triệu không trăm sáu mươi nghìn đồng",
        ),
        (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
        (1_000_000_001, "Một tỷ không trăm linh một đồng"),
        (1_000_000_000_000, "Một nghìn tỷ đồng"),
    ];
    for (n, want) in cases {
        assert_eq!(money(n, D), want, "{n}");
    }
}

#[test]
fn regional_options() {
    let le = WordOptions { le: true, ..D };
    let ngan = WordOptions { ngan: true, ..D };
    let tu = WordOptions { tu: true, ..D };
    assert_eq!(number(105, le), "một trăm lẻ năm");
    assert_eq!(number(1_005_000, le), "một triệu không trăm lẻ năm nghìn");
    assert_eq!(number(21_000, ngan), "hai mươi mốt ngàn");
    assert_eq!(number(24, tu), "hai mươi tư");
    assert_eq!(number(14, tu), "mười bốn", "tư only after tens ≥ 2");
    assert_eq!(number(34_000, tu), "ba mươi tư nghìn");
    assert_eq!(
        money(
            1_524_000,
            WordOptions {
                le: true,
                ngan: true,
                tu: true
            }
        ),
        "Một triệu năm trăm hai mươi tư ngàn đồng"
    );
}
