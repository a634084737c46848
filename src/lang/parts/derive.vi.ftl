
## derive

# src/derive/duplicates.rs
derive-listed-twice = `{ $name }` được ghi hai lần trong khen thưởng này
derive-listed-twice-hint = hãy xóa một trong hai
derive-namesakes = có hai người được khen cùng tên `{ $name }` trong khen thưởng này mà không có gì để phân biệt
derive-namesakes-hint = hãy ghi cho mỗi người một `id` (hoặc ngày sinh `born`), để các năm của họ không bị tính chung cho một người
derive-also-at = cũng có ở { $place }; { $hint }

# src/derive/years/
years-ratio-over = { $form } năm { $year }: { $count }, bằng { $percent } của { $base } { $of } — vượt tỷ lệ { $max }% mà `ratio:` cho phép
years-conditions-unmet = `{ $name }` có thể chưa đủ điều kiện về các năm trước để được { $form }: { $missing }
years-conditions-hint = `thidua history "{ $asked }"` cho biết những gì đã được ghi nhận; hãy bổ sung phần còn thiếu vào history/, hoặc để Hội đồng Thi đua - Khen thưởng quyết định
years-id-born-twice = `id` { $id } ở đây có ngày sinh { $born }, còn ở { $place } là { $other }
years-id-two-names = `id` { $id } ở đây là `{ $name }`, còn ở { $place } là `{ $other }`
years-id-born-twice-hint = mỗi `id` là một người: hãy sửa lại ngày sinh, hoặc ghi cho một trong hai người một `id` khác
years-register-overlap = số sổ vàng { $from }–{ $to } của sổ `{ $register }` ({ $year }) trùng với số { $other_from }–{ $other_to } của { $other }
years-register-overlap-hint = hãy ghi `register_from` của quyết định sau lớn hơn số cuối cùng của quyết định trước
years-register-gap = số sổ vàng { $from }–{ $to } của sổ `{ $register }` ({ $year }) không thuộc quyết định nào, nằm giữa { $before } và { $after }
years-report-no-nominee = `{ $stem }` không phải `id` hay tên (dạng tên tệp: `{ $example }`) của người được đề nghị nào trong Tờ trình của hồ sơ này
years-report-shared = `{ $stem }.md` đang là phần II trong báo cáo thành tích của { $count } người được đề nghị: { $names }
years-report-shared-hint = hãy đặt cho mỗi người một tệp riêng theo `id` của họ (`thanh-tich/<id>.md`)

# src/model/figure.rs
model-figure-not = `{ $text }` không phải là con số: hãy ghi bằng chữ số, dùng dấu chấm trước phần thập phân (94.5)
model-figure-places = `{ $text }` có { $places } chữ số thập phân; tối đa { $max }
model-figure-too-large = `{ $text }` là con số quá lớn
model-figure-negative = `{ $text }` không phải là con số hợp lệ: con số phải từ 0 trở lên
model-figure-quoted = "{ $text }" được ghi trong dấu ngoặc kép: hãy ghi riêng con số, như { $text }
model-figure-text = `{ $text }` không phải là con số: hãy ghi số, dùng dấu chấm trước phần thập phân (94.5) và không dùng dấu phân cách hàng nghìn
model-figure-expected = cần một con số (94.5, 1200)

# src/model/date.rs, council.rs, award.rs
model-date-invalid = `{ $text }` không phải là ngày hợp lệ; hãy ghi ngày dạng 2024-10-15
model-clock-number = `{ $text }` không phải là giờ trong ngày; hãy ghi giờ và phút, như "08:00"
model-clock-invalid = `{ $text }` không phải là giờ trong ngày; hãy ghi giờ dạng 08:00
model-register-number = số sổ vàng { $n } không hợp lệ: sổ vàng đánh số từ 1 đến 99 999 999

# src/model/threshold.rs, money.rs
model-threshold-range = tỷ lệ phiếu tối thiểu (threshold) { $x } phải là tỷ lệ phần trăm lớn hơn 0 và không quá 100, tối đa hai chữ số thập phân
model-threshold-expected = cần một tỷ lệ phần trăm (`threshold: 80`) hoặc một tỷ lệ cho từng chế độ (`threshold: {"{"} B: 80, C: 80 {"}"}`), mỗi tỷ lệ lớn hơn 0 và không quá 100
model-coefficient-range = hệ số { $x } không phải là hệ số mức lương cơ sở hợp lệ: hãy ghi số từ 0 đến 10000, tối đa hai chữ số thập phân
model-coefficients-count = có { $count } hệ số: hãy ghi [cá nhân, tập thể] hoặc [cá nhân, tập thể, hộ gia đình]

# src/model/organization.rs, config.rs (what serde expected)
model-organization-expected = thông tin cơ quan, đơn vị (name, short, place, …), hoặc danh sách các tên gọi kèm ngày `from`
model-organization-at-least-one = ít nhất một cơ quan, đơn vị
model-signer-expected = khóa của một người (`huong`), hoặc `{"{"} person: huong, authority: [KT. GIÁM ĐỐC] {"}"}`

# src/model/forms.rs (after `forms.<key>.…: `)
forms-unknown-regime = không có chế độ `{ $key }`; các chế độ là { $regimes }
forms-unknown-regime-near = không có chế độ `{ $key }`; các chế độ là { $regimes } (có phải ý bạn là `{ $near }`?)
forms-unknown-form = không có hình thức khen thưởng `{ $form }`
forms-too-long = tối đa 50 năm và 1000 sáng kiến: không có quá trình công tác nào dài hơn
forms-consecutive-zero = `consecutive: 0` không yêu cầu năm nào
forms-route-needs = mỗi cách đạt điều kiện (route) cần có `of` (hình thức khen thưởng mỗi năm) hoặc `rating`
forms-new-needs-name = hình thức khen thưởng mới cần có `name`
