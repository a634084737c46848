//! `thidua init --kind K`: the worked example of each kind of agency — its own
//! `thidua.yaml`, and the Sở's dossier in that agency's words (its venues, units, the
//! head its Tờ trình is addressed to, the forms its head gives).

/// The example of one kind: its settings, and the words of the Sở's example it changes.
pub struct Example {
    pub config: &'static str,
    pub words: &'static [(&'static str, &'static str)],
}

/// The words every kind but the Sở changes: the Sở's name in sentences and places.
macro_rules! example {
    ($file:literal, $agency:literal, $head:literal, $upper:literal, $venue:literal, $office:literal $(, $more:expr)*) => {
        Example {
            config: include_str!(concat!("kinds/", $file)),
            words: &[
                ("Sở đã triển khai", concat!($agency, " đã triển khai")),
                ("Sở khen thưởng", concat!($agency, " khen thưởng")),
                ("Hội trường Sở Nội vụ", $venue),
                ("Phòng họp Sở", "Phòng họp số 1"),
                ("hồ sơ công chức của Sở", "hồ sơ cán bộ, công chức"),
                ("Lãnh đạo các phòng, đơn vị thuộc Sở", concat!("Lãnh đạo các đơn vị thuộc ", $agency)),
                ("by: Văn phòng Sở", concat!("by: Văn phòng ", $agency)),
                ("Văn phòng Sở", "Văn phòng"),
                ("UBND tỉnh (để b/c)", concat!($upper, " (để b/c)")),
                // Quoted: a colon would make the line a mapping.
                ("Lưu VT, TĐKT", concat!("\"Lưu: VT, ", $office, "\"")),
                ("Giám đốc Sở Nội vụ tỉnh Quảng Ngãi", $head),
                $($more,)*
            ],
        }
    };
}

/// What a commune's example adds to the Sở's: households on the Giấy khen, and a
/// decision on the Gia đình văn hóa, whose prize the commune sets.
const HOUSEHOLD: &str = "      - collective: Thôn Phước Thuận
      - { household: Hộ ông Lê Văn Sáu, unit: Thôn Phước Thuận }
";
/// The Gia đình văn hóa, after the Giấy khen.
const CULTURED: &str = "recipients_file: danh-sach-giay-khen.csv

  - form: gia-dinh-van-hoa       # hộ gia đình; xã tự quy định mức thưởng (amount, đồng)
    decision:
      number: 513
      date: 2025-12-20
      signer: lan
    amount: 500000
    recipients:
      - { household: Hộ ông Nguyễn Văn Tám, unit: Thôn Phước Thuận }
      - { household: Hộ bà Trần Thị Chín, unit: Thôn Phước Thuận }
      - { household: Hộ ông Phan Văn Mười, unit: Thôn An Trạch }
";

/// A school's example (an upper secondary school: classes 10 to 12) adds its pupils'
/// title, at a prize the school sets.
const PUPILS: &str = "recipients_file: danh-sach-giay-khen.csv

  - form: hoc-sinh-gioi          # học sinh (lớp); trường tự quy định mức thưởng (amount, đồng)
    decision:
      number: 513
      date: 2025-12-20
      signer: lan
    amount: 200000
    recipients:
      - { name: Nguyễn Văn An, class: 12A1 }
      - { name: Trần Thị Bích, class: 12A1 }
      - { name: Lê Minh Châu, class: 11A2 }
";

/// The example of `kind` (`xa`, …); the Sở's (`so`) is the example itself.
pub fn example(kind: &str) -> Option<Example> {
    Some(match kind {
        "xa" => example!(
            "xa.yaml",
            "Ủy ban nhân dân xã",
            "Chủ tịch Ủy ban nhân dân xã Hòa Vang",
            "UBND thành phố Đà Nẵng",
            "Hội trường Ủy ban nhân dân xã",
            "VHXH",
            ("Phòng Công chức - Viên chức", "Phòng Kinh tế"),
            ("Phòng Cải cách hành chính", "Thôn Phước Thuận"),
            (",Ban Thi đua - Khen thưởng", ",Phòng Văn hóa - Xã hội"),
            ("Khen thưởng tỉnh }", "Khen thưởng thành phố }"),
            // Households: on the Giấy khen (money of their own) and the Gia đình văn hóa.
            ("      - collective: Thôn Phước Thuận\n", HOUSEHOLD),
            ("recipients_file: danh-sach-giay-khen.csv\n", CULTURED),
            (
                "{{awards.all.collectives}} tập thể và\n        {{awards.all.individuals}} cá nhân,",
                "{{awards.all.collectives}} tập thể,\n        {{awards.all.individuals}} cá nhân và {{awards.all.households}} hộ gia đình,"
            )
        ),
        "tinh" => example!(
            "tinh.yaml",
            "Ủy ban nhân dân thành phố",
            "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ",
            "Văn phòng Chính phủ",
            "Hội trường Ủy ban nhân dân thành phố",
            "TĐKT",
            ("chien-si-thi-dua-co-so", "chien-si-thi-dua-tinh"),
            ("form: giay-khen", "form: bang-khen-ubnd-tinh"),
            ("votes: 4", "votes: 5"),
            ("Phòng Công chức - Viên chức", "Sở Nội vụ"),
            ("Phòng Cải cách hành chính", "Sở Tư pháp"),
            (",Ban Thi đua - Khen thưởng", ",Sở Y tế"),
            ("Khen thưởng tỉnh }", "Khen thưởng thành phố }")
        ),
        "truong" => example!(
            "truong.yaml",
            "Nhà trường",
            "Hiệu trưởng Trường THPT Lê Khiết",
            "Sở GD&ĐT",
            "Hội trường nhà trường",
            "VP",
            ("Phòng Công chức - Viên chức", "Tổ Toán"),
            ("Phòng Cải cách hành chính", "Tổ Ngữ văn"),
            (",Ban Thi đua - Khen thưởng", ",Tổ Văn phòng"),
            // A school's own words: its year, its results, its teachers, its pupils.
            ("year: 2025\n", "year: 2025\nschool_year: 2025-2026\n"),
            ("Hồ sơ thủ tục hành chính giải quyết đúng hạn", "Học sinh xếp loại học tập Tốt, Khá"),
            ("unit: hồ sơ", "unit: học sinh"),
            ("Công chức được bồi dưỡng chuyên môn", "Giáo viên đạt chuẩn nghề nghiệp"),
            ("- cải cách hành chính, chuyển đổi số: giải quyết đúng hạn", "- dạy và học: có"),
            ("hồ sơ, đạt", "học sinh xếp loại học tập Tốt, Khá, đạt"),
            ("- bồi dưỡng đội ngũ công chức.", "- bồi dưỡng đội ngũ giáo viên."),
            ("Chủ trì số hóa 100% hồ sơ cán bộ, công chức", "Có học sinh đạt giải Nhất môn Toán cấp tỉnh"),
            ("Tham mưu hoàn thành Đề án vị trí việc làm đúng hạn", "Chủ nhiệm lớp đạt danh hiệu Lớp tiên tiến"),
            ("Chuyên viên", "Giáo viên"),
            ("Phó Trưởng phòng", "Tổ trưởng"),
            ("recipients_file: danh-sach-giay-khen.csv\n", PUPILS)
        ),
        "doanh-nghiep" => example!(
            "doanh-nghiep.yaml",
            "Tổng công ty",
            "Tổng Giám đốc Tổng công ty Điện lực miền Trung",
            "Tập đoàn Điện lực Việt Nam",
            "Hội trường Tổng công ty",
            "TĐKT",
            ("Phòng Công chức - Viên chức", "Ban Kỹ thuật"),
            ("Phòng Cải cách hành chính", "Công ty Điện lực Đà Nẵng"),
            (",Ban Thi đua - Khen thưởng", ",Ban Tổ chức và Nhân sự"),
            ("Khen thưởng tỉnh }", "Khen thưởng thành phố }")
        ),
        "bo" => example!(
            "bo.yaml",
            "Bộ",
            "Bộ trưởng Bộ Y tế",
            "Văn phòng Chính phủ",
            "Hội trường Bộ Y tế",
            "TĐKT",
            ("chien-si-thi-dua-co-so", "chien-si-thi-dua-tinh"),
            ("form: giay-khen", "form: bang-khen-bo"),
            ("votes: 4", "votes: 5"),
            ("Phòng Công chức - Viên chức", "Vụ Tổ chức cán bộ"),
            ("Phòng Cải cách hành chính", "Cục Quản lý Khám, chữa bệnh"),
            (",Ban Thi đua - Khen thưởng", ",Vụ Kế hoạch - Tài chính")
        ),
        _ => return None,
    })
}

/// The history of a kind whose example proposes forms with conditions on earlier years
/// (a province's and a ministry's Chiến sĩ thi đua and Bằng khen): earlier awards and
/// ratings that meet them, so that the example builds with no warning.
pub fn history(kind: &str) -> &'static [(&'static str, &'static str)] {
    match kind {
        "tinh" => &[
            (
                "history/khen-thuong.csv",
                include_str!("kinds/tinh-khen-thuong.csv"),
            ),
            (
                "history/xep-loai.csv",
                include_str!("kinds/tinh-xep-loai.csv"),
            ),
        ],
        "bo" => &[
            (
                "history/khen-thuong.csv",
                include_str!("kinds/bo-khen-thuong.csv"),
            ),
            (
                "history/xep-loai.csv",
                include_str!("kinds/bo-xep-loai.csv"),
            ),
        ],
        _ => &[],
    }
}

impl Example {
    /// `text` (a file of the Sở's example) in this agency's words.
    pub fn say(&self, text: &str) -> String {
        let mut text = text.to_string();
        for (from, to) in self.words {
            text = text.replace(from, to);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    /// Each word an example changes is there to change, at its turn: a word changed
    /// before it by another pair would leave the Sở's words in that agency's example.
    #[test]
    fn every_change_of_words_finds_its_words() {
        for kind in ["tinh", "xa", "truong", "doanh-nghiep", "bo"] {
            let example = super::example(kind).unwrap();
            let mut texts: Vec<String> = super::super::EXAMPLE
                .iter()
                .map(|(_, t)| t.to_string())
                .collect();
            for (from, to) in example.words {
                assert!(
                    texts.iter().any(|t| t.contains(from)),
                    "{kind}: `{from}` is nowhere at its turn"
                );
                texts = texts.iter().map(|t| t.replace(from, to)).collect();
            }
        }
    }
}
