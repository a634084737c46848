# Thông báo của thidua bằng tiếng Việt (mặc định). Mỗi thông báo có cùng mã, và dùng cùng
# các { $chỗ_điền }, như trong en.ftl: `cargo test` kiểm tra cả hai, và mọi
# `t!("mã", …)` trong mã nguồn đều có ở đây với đúng các tên được truyền.

files-count = { $count } tệp

## Nhãn của mọi thông báo (src/diagnostic.rs, src/cmd/mod.rs, main.rs)

label-error = lỗi: { $text }
label-warning = cảnh báo: { $text }
label-hint = gợi ý: { $hint }
errors-count = { $count } lỗi
suggest-near = có phải ý bạn là `{ $names }`?
suggest-known = các tên hợp lệ: { $names }
