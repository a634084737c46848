//! What `forms:` in thidua.yaml may change of a built-in form, or say of a new one.

use super::forms::{FormKind, Money, Thresholds};
use super::Date;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A change to a built-in award form, or a new form: any field given replaces the
/// built-in one.
///
/// Sửa một hình thức khen thưởng có sẵn, hoặc thêm hình thức mới: trường nào được ghi sẽ
/// thay cho giá trị có sẵn.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormOverride {
    /// Its proper name (`Giấy khen`, `Chiến sĩ thi đua cơ sở`); required for a new form.
    ///
    /// Tên của hình thức (`Giấy khen`, `Chiến sĩ thi đua cơ sở`); bắt buộc với hình thức
    /// mới.
    pub name: Option<String>,
    /// A form of commendation (`form`) or a title (`title`). Default for a new form:
    /// `form`.
    ///
    /// Hình thức khen thưởng (`form`) hay danh hiệu thi đua (`title`). Mặc định với hình
    /// thức mới: `form`.
    pub kind: Option<FormKind>,
    /// Whether thidua prints certificates for it. Default for a new form: false.
    ///
    /// Có in bằng, giấy khen cho hình thức này hay không. Mặc định với hình thức mới:
    /// không.
    pub certificate: Option<bool>,
    /// The large heading of its certificate. Default: the name in upper case.
    ///
    /// Tiêu đề lớn trên bằng, giấy khen. Mặc định: tên hình thức viết chữ hoa.
    pub heading: Option<String>,
    /// Award money per regime key, as coefficients of the base salary:
    /// `[individual, collective]` or `[individual, collective, household]`, `~` where the
    /// form is not given to that kind (`B: [0.15, 0.3]`); merged into the built-in ones.
    ///
    /// Tiền thưởng theo từng chế độ, tính bằng hệ số nhân với mức lương cơ sở:
    /// `[cá nhân, tập thể]` hoặc `[cá nhân, tập thể, hộ gia đình]`, ghi `~` nếu hình thức
    /// không tặng cho đối tượng đó (`B: [0.15, 0.3]`); được gộp vào các hệ số có sẵn.
    #[serde(default)]
    pub money: BTreeMap<String, Money>,
    /// Vote thresholds, as a percentage of all the council's members: a number for every
    /// regime (`80`), or a table by regime key (`{ B: 80, C: 80 }`) merged into the
    /// built-in one.
    ///
    /// Tỷ lệ phiếu đồng ý cần đạt, tính trên tổng số thành viên Hội đồng: một số cho mọi
    /// chế độ (`80`), hoặc một bảng theo từng chế độ (`{ B: 80, C: 80 }`) được gộp vào
    /// bảng có sẵn.
    #[serde(default)]
    pub threshold: Thresholds,
    /// Where its awards come at a ceremony, highest authority first: 1 Chủ tịch nước,
    /// 2 Thủ tướng Chính phủ, 3 a ministry or province, 4 the agency's own. Default for
    /// a new form: 4.
    ///
    /// Thứ tự trao tại buổi lễ, cấp cao nhất trước: 1 Chủ tịch nước, 2 Thủ tướng Chính
    /// phủ, 3 cấp bộ, tỉnh, 4 của chính cơ quan. Mặc định với hình thức mới: 4.
    pub rank: Option<u32>,
    /// Who it is given to, when only some (`[households]`, `[individuals]`). Default:
    /// whoever its money is for.
    ///
    /// Đối tượng được tặng, khi chỉ một số (`[households]`, `[individuals]`). Mặc định:
    /// các đối tượng có mức tiền thưởng.
    pub given_to: Option<Vec<super::Who>>,
    /// `Căn cứ` lines its decisions add after the regime's (a circular on pupils'
    /// titles), each from its date; replaces the built-in ones.
    ///
    /// Các dòng `Căn cứ` mà quyết định tặng hình thức này thêm vào sau căn cứ của chế độ
    /// (thông tư về khen thưởng học sinh), mỗi dòng từ một ngày; thay cho các dòng có sẵn.
    pub bases: Option<Vec<FormBasis>>,
    /// What it asks of a nominee's earlier years, per regime key, replacing the built-in
    /// conditions of that regime: `{ C: { any: [ { consecutive: 3, of:
    /// [chien-si-thi-dua-co-so] } ] } }`.
    ///
    /// Điều kiện về những năm trước đối với người được đề nghị, theo từng chế độ, thay cho
    /// điều kiện có sẵn của chế độ đó: `{ C: { any: [ { consecutive: 3, of:
    /// [chien-si-thi-dua-co-so] } ] } }`.
    #[serde(default)]
    pub requires: BTreeMap<String, super::Requires>,
    /// Whether each nominee proposed for it submits a báo cáo thành tích (thidua makes
    /// one per nominee of a Tờ trình). Built in for the forms a higher level decides.
    ///
    /// Mỗi người được đề nghị hình thức này có nộp báo cáo thành tích hay không (thidua
    /// lập một báo cáo cho mỗi người trong Tờ trình). Có sẵn cho các hình thức do cấp
    /// trên quyết định.
    #[serde(default)]
    pub achievement_report: Option<bool>,
    /// A cap on its share of a year: `{ of: lao-dong-tien-tien, max: 15 }` warns when its
    /// awards of a year are more than 15 % of that year's Lao động tiên tiến.
    ///
    /// Giới hạn tỷ lệ trong năm: `{ of: lao-dong-tien-tien, max: 15 }` cảnh báo khi số được
    /// tặng trong năm vượt 15% số Lao động tiên tiến của năm đó.
    #[serde(default)]
    pub ratio: Option<super::Ratio>,
}

/// A `Căn cứ` line of a form's decisions, from a date on.
///
/// Một dòng `Căn cứ` của các quyết định tặng hình thức này, áp dụng từ một ngày.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormBasis {
    /// First day it applies to.
    ///
    /// Ngày bắt đầu áp dụng.
    pub from: Date,
    /// The line (`Nghị định số 86/2023/NĐ-CP …`).
    ///
    /// Nội dung dòng căn cứ (`Nghị định số 86/2023/NĐ-CP …`).
    pub text: String,
}
