//! Kinds of agency (`organization.kind`): what differs between a commune, a province, a
//! department, a school, an enterprise and a ministry — the header, the head's titles, the
//! signature marks of its papers, the Căn cứ its competence law adds, the default Lưu, the
//! money's source and the payment list's signers — as data, one row per kind.

use super::Date;
use schemars::JsonSchema;
use serde::Deserialize;

/// The kind of the issuing agency. Default: `so` (a provincial department).
///
/// Loại cơ quan ban hành. Mặc định: `so` (sở).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AgencyKind {
    /// A department of a province (Sở).
    ///
    /// Sở thuộc Ủy ban nhân dân tỉnh, thành phố.
    #[default]
    So,
    /// The People's Committee of a province or centrally-run city.
    ///
    /// Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương.
    #[serde(alias = "thanh-pho")]
    Tinh,
    /// The People's Committee of a commune, ward or special zone.
    ///
    /// Ủy ban nhân dân xã, phường, đặc khu.
    #[serde(alias = "phuong", alias = "dac-khu")]
    Xa,
    /// A school.
    ///
    /// Trường học.
    Truong,
    /// An enterprise.
    ///
    /// Doanh nghiệp.
    DoanhNghiep,
    /// A ministry.
    ///
    /// Bộ.
    Bo,
}

/// What an agency of one kind prints the same way every time.
#[derive(Debug)]
pub struct KindRow {
    /// Its key in `thidua.yaml`; what it is in a sentence is the catalogue's
    /// `agency-kind-KEY`.
    pub key: &'static str,
    /// For a collective body (an Ủy ban nhân dân): its name in the `TM.` line of the
    /// papers it issues as a body (reports, upward Tờ trình, invitations). A body run by
    /// one head never signs `TM.`.
    pub body: Option<&'static str>,
    /// Where a name given as one string breaks into the header's lines: after this
    /// opening (`ỦY BAN NHÂN DÂN` / `XÃ HÒA VANG`).
    pub breaks_after: Option<&'static str>,
    /// The head's title and the deputy's (`Chủ tịch`, `Phó Chủ tịch`).
    pub head: &'static str,
    pub deputy: &'static str,
    /// The drafting unit of `Lưu: VT, …` when the project names none.
    pub office: &'static str,
    /// The drafting unit's full name, when the kind has one that issues Tờ trình.
    pub office_name: Option<&'static str>,
    /// Who proposes its decisions when a decision names no one (`Theo đề nghị của …`).
    pub proposer: &'static str,
    /// The law on its competence, cited first among the Căn cứ, by date of the document.
    pub competence: &'static [(Date, &'static str)],
    /// Where award money comes from (`Nguồn kinh phí: …`).
    pub money_source: &'static str,
    /// The payment list's three signers: who draws it up, who keeps the accounts, who
    /// approves.
    pub payment_signers: [&'static str; 3],
}

const fn day(year: i32, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// Luật Tổ chức chính quyền địa phương: the 2015 law, then Luật số 72/2025/QH15 from
/// the day it was passed and took effect.
const LOCAL_GOVERNMENT: &[(Date, &str)] = &[
    (day(2016, 1, 1), "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019"),
    (day(2025, 6, 16), "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"),
];

const FUND: &str = "Quỹ thi đua, khen thưởng theo quy định";

/// The council's standing members, who propose most agencies' awards.
const COUNCIL: &str = "Thường trực Hội đồng Thi đua - Khen thưởng";

/// Every kind, in the order of [`AgencyKind`].
pub const KINDS: [KindRow; 6] = [
    KindRow {
        key: "so",
        body: None,
        breaks_after: None,
        head: "Giám đốc",
        deputy: "Phó Giám đốc",
        office: "TĐKT",
        office_name: None,
        proposer: COUNCIL,
        competence: &[],
        money_source: FUND,
        payment_signers: ["NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"],
    },
    KindRow {
        key: "tinh",
        body: Some("ỦY BAN NHÂN DÂN"),
        breaks_after: Some("ỦY BAN NHÂN DÂN"),
        head: "Chủ tịch",
        deputy: "Phó Chủ tịch",
        office: "TĐKT",
        office_name: None,
        proposer: COUNCIL,
        competence: LOCAL_GOVERNMENT,
        money_source: FUND,
        payment_signers: ["NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"],
    },
    KindRow {
        key: "xa",
        body: Some("ỦY BAN NHÂN DÂN"),
        breaks_after: Some("ỦY BAN NHÂN DÂN"),
        head: "Chủ tịch",
        deputy: "Phó Chủ tịch",
        office: "VHXH",
        office_name: Some("Phòng Văn hóa - Xã hội"),
        proposer: "Trưởng phòng Văn hóa - Xã hội",
        competence: LOCAL_GOVERNMENT,
        money_source: FUND,
        // A commune has no chief accountant: its accountant keeps the books.
        payment_signers: ["NGƯỜI LẬP BIỂU", "KẾ TOÁN", "CHỦ TỊCH"],
    },
    KindRow {
        key: "truong",
        body: None,
        breaks_after: None,
        head: "Hiệu trưởng",
        deputy: "Phó Hiệu trưởng",
        office: "VP",
        office_name: None,
        proposer: "Hội đồng Thi đua - Khen thưởng nhà trường",
        competence: &[],
        money_source: FUND,
        payment_signers: ["NGƯỜI LẬP BIỂU", "KẾ TOÁN", "HIỆU TRƯỞNG"],
    },
    KindRow {
        key: "doanh-nghiep",
        body: None,
        breaks_after: None,
        head: "Tổng Giám đốc",
        deputy: "Phó Tổng Giám đốc",
        office: "TĐKT",
        office_name: None,
        proposer: COUNCIL,
        competence: &[],
        money_source: "Quỹ khen thưởng của doanh nghiệp",
        payment_signers: ["NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "TỔNG GIÁM ĐỐC"],
    },
    KindRow {
        key: "bo",
        body: None,
        breaks_after: None,
        head: "Bộ trưởng",
        deputy: "Thứ trưởng",
        office: "TĐKT",
        office_name: None,
        proposer: COUNCIL,
        competence: &[],
        money_source: FUND,
        payment_signers: ["NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"],
    },
];

impl AgencyKind {
    /// Its row of [`KINDS`].
    pub fn row(self) -> &'static KindRow {
        &KINDS[self as usize]
    }

    /// The competence law in force on `date`, when the kind has one.
    pub fn competence_at(self, date: Date) -> Option<&'static str> {
        let mut laws = self.row().competence.iter().rev();
        laws.find(|(from, _)| *from <= date).map(|(_, law)| *law)
    }
}

/// Who a signer is to the agency: its head, a deputy, acting head, or staff signing by
/// order. With the kind and the document, it decides the marks above the title.
///
/// Vai trò của người ký: thủ trưởng, cấp phó, quyền thủ trưởng, hoặc cán bộ ký thừa
/// lệnh. Cùng với loại cơ quan và loại văn bản, vai trò quyết định các dòng `TM.`,
/// `KT.`, `Q.`, `TL.` phía trên chức danh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The head (Chủ tịch, Giám đốc, Hiệu trưởng …).
    ///
    /// Thủ trưởng (Chủ tịch, Giám đốc, Hiệu trưởng …).
    Head,
    /// A deputy, signing for the head (`KT.`).
    ///
    /// Cấp phó, ký thay thủ trưởng (`KT.`).
    Deputy,
    /// Acting head (`Q.`).
    ///
    /// Quyền thủ trưởng (`Q.`).
    Acting,
    /// Staff signing by order of the head (`TL.`).
    ///
    /// Cán bộ ký thừa lệnh thủ trưởng (`TL.`).
    Staff,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_the_enum_and_laws_their_dates() {
        let all = [
            AgencyKind::So,
            AgencyKind::Tinh,
            AgencyKind::Xa,
            AgencyKind::Truong,
            AgencyKind::DoanhNghiep,
            AgencyKind::Bo,
        ];
        let heads: Vec<&str> = all.iter().map(|k| k.row().head).collect();
        let want = [
            "Giám đốc",
            "Chủ tịch",
            "Chủ tịch",
            "Hiệu trưởng",
            "Tổng Giám đốc",
            "Bộ trưởng",
        ];
        assert_eq!(heads, want);
        assert_eq!(AgencyKind::Xa.row().office, "VHXH");
        let xa = AgencyKind::Xa;
        assert!(xa
            .competence_at(day(2025, 6, 15))
            .unwrap()
            .contains("năm 2015"));
        assert_eq!(
            xa.competence_at(day(2025, 6, 16)),
            Some("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025")
        );
        assert_eq!(AgencyKind::So.competence_at(day(2026, 1, 1)), None);
        assert_eq!(AgencyKind::Tinh.row().body, Some("ỦY BAN NHÂN DÂN"));
        assert_eq!(AgencyKind::Truong.row().body, None);
    }
}
