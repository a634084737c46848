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

impl Organization {
    /// The issuing body's lines in the header, in capitals.
    pub fn lines(&self) -> Vec<String> {
        match &self.name {
            Lines::Many(lines) => lines.iter().map(|l| l.trim().to_uppercase()).collect(),
            Lines::One(name) => {
                let name = name.trim().to_uppercase();
                let opening = self.kind.row().breaks_after;
                let rest = opening.and_then(|o| Some((o, name.strip_prefix(o)?.trim())));
                match rest {
                    Some((o, rest)) if !rest.is_empty() => vec![o.to_string(), rest.to_string()],
                    _ => vec![name],
                }
            }
        }
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
        let name = match &self.name {
            Lines::One(n) => n.trim().to_string(),
            Lines::Many(lines) => lines.join(" "),
        };
        running(&name, self.kind.row().breaks_after)
    }

    /// Whether its name in running text can be told from what is written: not when
    /// the name is all capitals and neither `head` nor `in_text` is given, for a kind
    /// whose name has no rule (a Sở, a school, an enterprise, a ministry).
    pub fn named_in_text(&self) -> bool {
        let name = match &self.name {
            Lines::One(n) => n.clone(),
            Lines::Many(lines) => lines.join(" "),
        };
        let capitals = !name.chars().any(char::is_lowercase);
        self.head.is_some()
            || self.in_text.is_some()
            || !capitals
            || self.kind.row().breaks_after.is_some()
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

/// `name` as running text writes it: as given when it is not all capitals; an Ủy ban
/// nhân dân's (`opening` first) with its unit in lower case and its place's syllables
/// capitalised (`Ủy ban nhân dân xã Hòa Vang`); else in sentence case.
fn running(name: &str, opening: Option<&str>) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let rest = opening.and_then(|o| name.strip_prefix(o)).map(str::trim);
    let Some(place) = rest else {
        return sentence(name);
    };
    format!("Ủy ban nhân dân {}", provinces::in_text(place))
}

/// `SỞ NỘI VỤ` → `Sở nội vụ`: the first letter alone in capitals.
fn sentence(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect()
}
