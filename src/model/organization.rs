//! The issuing agency as `thidua.yaml` gives it, and what its kind derives from it: the
//! header's lines, the head who awards, its name in running text, its office.

use super::agency::AgencyKind;
use super::provinces;
use schemars::JsonSchema;
use serde::Deserialize;

/// The agency that issues the documents.
///
/// Cơ quan ban hành văn bản.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// The day from which this name and these details hold, when `organization` is a
    /// list of them (an agency renamed or merged: the 2025 reform): each dossier prints
    /// under the one in force on its first document's date.
    ///
    /// Ngày bắt đầu áp dụng tên gọi và thông tin này, khi `organization` là danh sách
    /// (cơ quan đổi tên hoặc sáp nhập: cuộc sắp xếp năm 2025): mỗi hồ sơ in theo thông tin
    /// có hiệu lực vào ngày của văn bản sớm nhất trong hồ sơ.
    #[serde(default)]
    pub from: Option<super::Date>,
    /// The kind of agency (`so`, `tinh`, `xa`, `truong`, `doanh-nghiep`, `bo`): it decides
    /// the header, the signature marks, the Căn cứ its competence law adds, the default
    /// Lưu, the money's source and the payment list's signers. Default: `so`.
    ///
    /// Loại cơ quan (`so`, `tinh`, `xa`, `truong`, `doanh-nghiep`, `bo`): quyết định phần
    /// đầu văn bản, các dòng ký thay, ký thừa lệnh, căn cứ luật về thẩm quyền, dòng Lưu
    /// mặc định, nguồn kinh phí và người ký danh sách chi tiền. Mặc định: `so`.
    #[serde(default)]
    pub kind: AgencyKind,
    /// The province or centrally-run city it is in (one of the 34, written with or
    /// without `tỉnh` or `thành phố`): it names the province's awards (`Bằng khen của Chủ
    /// tịch Ủy ban nhân dân thành phố Đà Nẵng`).
    ///
    /// Tỉnh, thành phố trực thuộc trung ương nơi cơ quan đóng (một trong 34, có hoặc
    /// không có chữ `tỉnh`, `thành phố`): dùng để gọi tên khen thưởng của tỉnh (`Bằng khen
    /// của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng`).
    #[serde(default)]
    pub province: Option<String>,
    /// Cơ quan chủ quản (parent agency), the first line of the agency's name at the head
    /// of each document.
    ///
    /// Tên cơ quan chủ quản, dòng thứ nhất của tên cơ quan ở đầu văn bản.
    #[serde(default)]
    pub parent: Option<String>,
    /// Cơ quan ban hành (issuing agency) at the head of each document: its lines as a
    /// list (`[ỦY BAN NHÂN DÂN, XÃ HÒA VANG]`), or one text, which an Ủy ban nhân dân's
    /// name breaks after `ỦY BAN NHÂN DÂN`.
    ///
    /// Tên cơ quan ban hành ở đầu văn bản: các dòng dạng danh sách (`[ỦY BAN NHÂN DÂN, XÃ
    /// HÒA VANG]`), hoặc một chuỗi; tên Ủy ban nhân dân được ngắt dòng sau `ỦY BAN NHÂN
    /// DÂN`.
    pub name: Lines,
    /// Short name used in document symbols (`SLĐTBXH` in `1520/QĐ-SLĐTBXH`).
    ///
    /// Tên viết tắt dùng trong ký hiệu văn bản (`SLĐTBXH` trong `1520/QĐ-SLĐTBXH`).
    pub short: String,
    /// Place name of the date line (`Hà Nội, ngày … tháng … năm …`).
    ///
    /// Địa danh ở dòng ghi ngày tháng (`Hà Nội, ngày … tháng … năm …`).
    pub place: String,
    /// Title of the head who awards (`Giám đốc Sở …`). A Tờ trình addressed to this
    /// title asks for an award the agency decides itself. Default: the kind's head and
    /// the agency's name (`Chủ tịch Ủy ban nhân dân xã Hòa Vang`).
    ///
    /// Chức danh thủ trưởng cơ quan, người quyết định khen thưởng (`Giám đốc Sở …`). Tờ
    /// trình kính gửi chức danh này là đề nghị khen thưởng do chính cơ quan quyết định.
    /// Mặc định: chức danh thủ trưởng theo loại cơ quan và tên cơ quan (`Chủ tịch Ủy ban
    /// nhân dân xã Hòa Vang`).
    #[serde(default)]
    pub head: Option<String>,
    /// The agency's name in running text (`Ủy ban nhân dân xã Hòa Vang`). Default: `head`
    /// without the head's title.
    ///
    /// Tên cơ quan khi viết trong câu văn (`Ủy ban nhân dân xã Hòa Vang`). Mặc định: `head`
    /// bỏ chức danh thủ trưởng.
    #[serde(default)]
    pub in_text: Option<String>,
    /// The drafting unit named in `Lưu: VT, …` (`VHXH`). Default: the kind's (`TĐKT`, or
    /// `VHXH` for a commune).
    ///
    /// Đơn vị soạn thảo ghi ở dòng `Lưu: VT, …` (`VHXH`). Mặc định: theo loại cơ quan
    /// (`TĐKT`; xã, phường: `VHXH`).
    #[serde(default)]
    pub office: Option<String>,
    /// The drafting unit's full name (`Phòng Văn hóa - Xã hội`), which issues a Tờ
    /// trình written `from: office`. Default: a commune's Phòng Văn hóa - Xã hội.
    ///
    /// Tên đầy đủ của đơn vị tham mưu (`Phòng Văn hóa - Xã hội`), nơi trình các Tờ trình
    /// ghi `from: office`. Mặc định: Phòng Văn hóa - Xã hội của xã, phường.
    #[serde(default)]
    pub office_name: Option<String>,
    /// Where its award money comes from (`Nguồn kinh phí: …` in a decision). Default: the
    /// kind's (`Quỹ thi đua, khen thưởng theo quy định`; an enterprise's `Quỹ khen thưởng
    /// của doanh nghiệp`).
    ///
    /// Nguồn kinh phí khen thưởng (dòng `Nguồn kinh phí: …` của quyết định). Mặc định: theo
    /// loại cơ quan (`Quỹ thi đua, khen thưởng theo quy định`; doanh nghiệp: `Quỹ khen
    /// thưởng của doanh nghiệp`).
    #[serde(default)]
    pub money_source: Option<String>,
    /// `Căn cứ` lines before the regime's, for every decision (the kind's competence law
    /// comes first by itself).
    ///
    /// Các dòng `Căn cứ` đặt trước căn cứ của chế độ khen thưởng, cho mọi quyết định (luật
    /// về thẩm quyền của loại cơ quan tự đứng đầu).
    #[serde(default)]
    pub bases_first: Vec<String>,
    /// Extra `Căn cứ` (legal bases) lines for every decision.
    ///
    /// Các dòng `Căn cứ` bổ sung cho mọi quyết định.
    #[serde(default)]
    pub bases: Vec<String>,
}

/// The agency as `thidua.yaml` gives it: one, or several dated (`from`), oldest first.
///
/// Cơ quan ban hành: một mục, hoặc nhiều mục có ngày áp dụng (`from`), cũ nhất trước.
#[derive(Debug, Clone, JsonSchema)]
#[serde(untagged)]
pub enum Organizations {
    /// The agency.
    ///
    /// Cơ quan ban hành.
    One(Box<Organization>),
    /// Its names over the years, each with its `from` date.
    ///
    /// Các tên gọi qua các năm, mỗi mục kèm ngày `from`.
    Dated(Vec<Organization>),
}

impl<'de> Deserialize<'de> for Organizations {
    /// A map is the agency, a list its dated variants: read as each is, so that a
    /// mistake in either is said at its field.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Organizations;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&t!("model-organization-expected"))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Self::Value, A::Error> {
                let map = serde::de::value::MapAccessDeserializer::new(map);
                Ok(Organizations::One(Box::new(Organization::deserialize(
                    map,
                )?)))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<Self::Value, A::Error> {
                let seq = serde::de::value::SeqAccessDeserializer::new(seq);
                let list: Vec<Organization> = Vec::deserialize(seq)?;
                // Never empty: every document names its agency.
                if list.is_empty() {
                    let expected = t!("model-organization-at-least-one");
                    return Err(serde::de::Error::invalid_length(0, &expected.as_str()));
                }
                Ok(Organizations::Dated(list))
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl Organizations {
    /// Every variant, oldest first as written.
    pub fn all(&self) -> &[Organization] {
        match self {
            Organizations::One(o) => std::slice::from_ref(o),
            Organizations::Dated(list) => list,
        }
    }

    /// The variant in force on `date`: the last whose `from` is not after it (the first
    /// when `date` is before them all, or unknown).
    pub fn at(&self, date: Option<super::Date>) -> &Organization {
        let all = self.all();
        let held = |o: &&Organization| date.is_some_and(|d| o.from.is_none_or(|f| f <= d));
        all.iter().rev().find(held).unwrap_or(&all[0])
    }

    /// The latest variant: what names the forms of the catalogue and `thidua forms`.
    pub fn latest(&self) -> &Organization {
        self.all().last().expect("an organization is given")
    }
}

/// A text of one or several lines: one string, or a list of lines.
///
/// Văn bản một hoặc nhiều dòng: một chuỗi, hoặc danh sách các dòng.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Lines {
    /// One text.
    ///
    /// Một chuỗi.
    One(String),
    /// Its lines, in order.
    ///
    /// Các dòng, theo thứ tự.
    Many(Vec<String>),
}

impl Lines {
    /// The text on one line: the lines joined by spaces.
    pub fn joined(&self) -> String {
        match self {
            Lines::One(n) => n.trim().to_string(),
            Lines::Many(lines) => lines.join(" "),
        }
    }
}

impl Organization {
    /// The issuing body's lines in the header, in capitals.
    pub fn lines(&self) -> Vec<String> {
        match (&self.name, self.body_place()) {
            (Lines::Many(lines), _) => lines.iter().map(|l| l.trim().to_uppercase()).collect(),
            (Lines::One(_), Some((opening, place))) => vec![opening.to_string(), place],
            (Lines::One(name), None) => vec![name.trim().to_uppercase()],
        }
    }

    /// For a collective body's name (`ỦY BAN NHÂN DÂN XÃ HÒA VANG`, `UBND xã Hòa Vang`,
    /// `UỶ BAN …`): its opening as the kind writes it, and the rest (`XÃ HÒA VANG`), in
    /// capitals. `None` for another kind, or a name that does not open so.
    fn body_place(&self) -> Option<(&'static str, String)> {
        let opening = self.kind.row().breaks_after?;
        let name = self.name.joined().to_uppercase();
        let words: Vec<&str> = name.split_whitespace().collect();
        let n = opening.split_whitespace().count();
        let rest = match words.first() {
            Some(&"UBND") => &words[1..],
            _ if words.len() > n && super::fold::same(&words[..n].join(" "), opening) => {
                &words[n..]
            }
            _ => return None,
        };
        (!rest.is_empty()).then(|| (opening, rest.join(" ")))
    }

    /// Whether a collective body's name opens as such (see `body_place`).
    pub fn opens_as_body(&self) -> bool {
        self.body_place().is_some()
    }

    /// Who awards (`Giám đốc Sở …`): as written, else the kind's head and the name in
    /// running text.
    pub fn head(&self) -> String {
        match &self.head {
            Some(head) => head.clone(),
            None => format!("{} {}", self.kind.row().head, self.in_text()),
        }
    }

    /// The agency's name in running text (`Ủy ban nhân dân xã Hòa Vang`): as written,
    /// else `head` without the head's title, else the name as a sentence writes it.
    pub fn in_text(&self) -> String {
        if let Some(t) = &self.in_text {
            return t.clone();
        }
        let title = self.kind.row().head;
        if let Some(head) = &self.head {
            // The title's letters, in any case, then a space.
            let at = head.char_indices().nth(title.chars().count());
            return match at {
                Some((i, ' ')) if head[..i].to_lowercase() == title.to_lowercase() => {
                    head[i..].trim().to_string()
                }
                _ => head.clone(),
            };
        }
        let name = self.name.joined();
        if name.chars().any(char::is_lowercase) {
            return name;
        }
        match self.body_place() {
            Some((_, place)) => format!("Ủy ban nhân dân {}", provinces::in_text(&place)),
            // `SỞ NỘI VỤ` → `Sở nội vụ`: the first letter alone in capitals.
            None => provinces::capitalised(&name),
        }
    }

    /// Whether its name in running text can be told from what is written: not when
    /// the name is all capitals, neither `head` nor `in_text` is given, and the kind has
    /// no rule for it (a Sở, a school, an enterprise, a ministry; a body's name that does
    /// not open as one).
    pub fn named_in_text(&self) -> bool {
        let capitals = !self.name.joined().chars().any(char::is_lowercase);
        self.head.is_some() || self.in_text.is_some() || !capitals || self.opens_as_body()
    }

    /// The drafting unit's full name, when written or the kind has one.
    pub fn office_name(&self) -> Option<String> {
        let default = self.kind.row().office_name.map(String::from);
        self.office_name.clone().or(default)
    }

    /// The drafting unit of `Lưu: VT, …`.
    pub fn office(&self) -> String {
        self.office
            .clone()
            .unwrap_or_else(|| self.kind.row().office.to_string())
    }

    /// A form's name with the agency's places filled in: `{tỉnh}` is its province as the
    /// province's awards name it (`tỉnh`, or `thành phố Đà Nẵng` in a centrally-run
    /// city), `{bộ}` a ministry's name after its minister (`Bộ trưởng Bộ Y tế`), nothing
    /// elsewhere.
    pub fn form_name(&self, name: &str) -> String {
        let province = self.province().map_or("tỉnh".to_string(), |p| p.in_award());
        let ministry = match self.kind {
            AgencyKind::Bo => format!(" {}", self.in_text()),
            _ => String::new(),
        };
        name.replace("{tỉnh}", &province)
            .replace(" {bộ}", &ministry)
    }

    /// Its province, as the 34 are written, when `province` names one.
    pub fn province(&self) -> Option<&'static provinces::Province> {
        provinces::find(self.province.as_deref()?)
    }
}
