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

## Thông báo của serde và của bộ đọc YAML (src/lang/serde.rs)

serde-invalid-type = sai kiểu: đã ghi { $found }, cần { $expected }
serde-invalid-value = giá trị không hợp lệ: đã ghi { $found }, cần { $expected }
serde-invalid-length = số phần tử không đúng: có { $length }, cần { $expected }
serde-unknown-field = không có trường `{ $name }`; các trường hợp lệ: { $expected }
serde-unknown-field-none = không có trường `{ $name }`: ở đây không ghi trường nào
serde-unknown-variant = không có giá trị `{ $name }`; các giá trị hợp lệ: { $expected }
serde-unknown-variant-none = không có giá trị `{ $name }`: ở đây không có giá trị nào được chọn
serde-missing-field = thiếu trường `{ $name }`
serde-duplicate-field = trường `{ $name }` được ghi hai lần
serde-one-of = `{ $names }`
serde-found-boolean = giá trị đúng/sai { $value }
serde-found-integer = số nguyên { $value }
serde-found-float = số thập phân { $value }
serde-found-string = chữ { $value }
serde-found-character = ký tự { $value }
serde-found-nothing = giá trị trống
serde-found-list = một danh sách
serde-found-map = một nhóm khóa: giá trị
serde-found-bytes = dữ liệu nhị phân
serde-found-tagged = một giá trị có thẻ (!tag)
serde-expected-string = chữ (văn bản)
serde-expected-whole = một số nguyên
serde-expected-number = một số
serde-expected-boolean = true hoặc false
serde-expected-list = một danh sách (mỗi mục một dòng bắt đầu bằng `- `)
serde-expected-map = một nhóm khóa: giá trị
serde-expected-character = một ký tự
serde-expected-nothing = để trống
serde-expected-option = một giá trị hoặc để trống
serde-expected-name = một tên trong danh sách cho phép
yaml-expected-key = không tìm thấy khóa (key) như mong đợi: kiểm tra thụt lề và dấu hai chấm của dòng này
yaml-mapping-here = không được ghi `khóa: giá trị` ở chỗ này: kiểm tra thụt lề, hoặc đặt giá trị có dấu hai chấm trong ngoặc kép
yaml-end = tệp kết thúc giữa chừng: một ngoặc hoặc dấu nháy chưa được đóng
yaml-bad-character = có ký tự không thể mở đầu một giá trị (như `@` hay `` ` ``): đặt giá trị trong ngoặc kép
yaml-open-list = thiếu dấu `,` hoặc `]`: danh sách mở bằng `[` chưa được đóng
yaml-open-map = thiếu dấu `,` hoặc `{"}"}`: nhóm mở bằng `{"{"}` chưa được đóng
yaml-expected-dash = thiếu dấu `-` ở đầu mục danh sách: kiểm tra thụt lề
yaml-expected-value = thiếu giá trị ở chỗ này
yaml-escape = có ký tự thoát (`\`) không hợp lệ trong ngoặc kép: viết `\\`, hoặc dùng ngoặc đơn
yaml-tab = có ký tự tab trong thụt lề: YAML chỉ cho phép dấu cách
yaml-dash-here = không được bắt đầu mục danh sách (`- `) ở chỗ này: kiểm tra thụt lề
yaml-expected-colon = thiếu dấu hai chấm (`:`) sau khóa
yaml-tag = có thẻ (`!`) không xác định: đặt giá trị trong ngoặc kép
yaml-document = có dấu phân cách tài liệu (`---` hoặc `...`) ở giữa tệp
yaml-duplicate = có khóa được ghi hai lần
yaml-deep = cấu trúc lồng nhau quá sâu
yaml-repeated = có quá nhiều tham chiếu lặp lại (alias)
yaml-anchor = tham chiếu (`*tên`) tới một neo (`&tên`) không có

load-no-thousands-separator = ghi số nguyên không có dấu phân cách hàng nghìn: 1200, không phải 1.200

## Dòng lệnh: trợ giúp, tiêu đề, ghi chú và lỗi cách dùng (src/cli/speak.rs)

cli-thidua = Chuyển tệp YAML mô tả công tác thi đua, khen thưởng thành các văn bản chính thức (báo cáo, quyết định, bằng khen, giấy khen) dạng PDF
cli-thidua-build = Tạo mọi văn bản của dự án vào thư mục kết quả
cli-thidua-check = Kiểm tra toàn bộ dự án và nêu mọi lỗi; không ghi tệp nào
cli-thidua-check-registers = Nêu thêm những số sổ vàng chưa quyết định nào của năm dùng đến, giữa số đầu và số cuối của một sổ
cli-thidua-check-timeout = Số giây tối đa để dàn trang một văn bản; quá thời gian này thì dừng
cli-thidua-init = Tạo dự án mới kèm một ví dụ hoàn chỉnh (không bao giờ ghi đè tệp đã có)
cli-thidua-init-dir = Thư mục của dự án mới
cli-thidua-init-templates = Ghi thêm các mẫu (template) có sẵn vào templates/ để sửa
cli-thidua-init-kind = Loại cơ quan của ví dụ: so (sở, ngành — mặc định), tinh (Ủy ban nhân dân tỉnh, thành phố), xa (Ủy ban nhân dân xã, phường), truong (trường học), doanh-nghiep (doanh nghiệp), bo (bộ)
cli-thidua-watch = Tạo văn bản, rồi tạo lại phần bị ảnh hưởng mỗi khi nội dung, mẫu hoặc thiết lập thay đổi
cli-thidua-serve = Xem các văn bản trên một trang web cục bộ (127.0.0.1), tự cập nhật sau mỗi lần tạo lại: các trang của từng văn bản, tệp PDF, Word và Excel, cùng mọi lỗi và cảnh báo
cli-thidua-serve-port = Cổng trên 127.0.0.1 (0: một cổng trống bất kỳ, in ra khi khởi động)
cli-thidua-serve-open = Mở trang trong trình duyệt
cli-thidua-diff = Cho biết một thay đổi làm các văn bản khác đi thế nào: giữa hai phiên bản (revision) git (mặc định HEAD và thư mục làm việc). Trả mã 1 khi văn bản khác nhau
cli-thidua-diff-old = Phiên bản cũ hơn
cli-thidua-diff-new = Phiên bản mới hơn (mặc định: thư mục làm việc)
cli-thidua-history = Mọi khen thưởng và danh hiệu hằng năm của một cá nhân hoặc tập thể, theo năm, kèm quyết định và nơi ghi (các hồ sơ và history/); không ghi WHO thì in cả sổ theo dõi khen thưởng
cli-thidua-history-who = Một `id`, hoặc họ tên (không phân biệt chữ hoa, khoảng trắng hay vị trí dấu thanh)
cli-thidua-history-xlsx = Ghi thêm sổ theo dõi khen thưởng ra tệp Excel này
cli-thidua-verify = Cho biết hồ sơ và commit nào đã tạo mỗi tệp PDF, tệp có bị sửa sau đó không, và nguồn hiện tại có tạo ra đúng từng byte như vậy không; hoặc mã kiểm tra là của bằng/giấy khen nào
cli-thidua-verify-files = Các tệp PDF do thidua tạo
cli-thidua-verify-code = Mã kiểm tra in trên bằng/giấy khen (`7KQ2-M9XD`): in người được khen, quyết định và số sổ vàng
cli-thidua-verify-timeout = Số giây tối đa để dàn trang lại một văn bản; quá thời gian này thì dừng kiểm tra
cli-thidua-schema = In JSON Schema của hồ sơ (hoặc của thidua.yaml) để trình soạn thảo gợi ý và kiểm tra khi gõ (`init` ghi cả hai vào schema/); với `--template KIND`: dữ liệu mà mẫu của loại văn bản đó nhận
cli-thidua-schema-of = Tệp được mô tả
cli-thidua-schema-template = Dữ liệu mà mẫu của một loại văn bản nhận (`decision`, `report`, …): những tên mà mẫu riêng của dự án được dùng
cli-thidua-forms = Liệt kê các hình thức khen thưởng: khóa, tên, danh hiệu hay hình thức, loại cơ quan quyết định, mẫu bằng/giấy, tiền thưởng theo từng chế độ (× mức lương cơ sở, cá nhân / tập thể), tỷ lệ phiếu
cli-thidua-forms-dir = Thư mục dự án (có hình thức và thay đổi riêng; không có thì dùng danh mục có sẵn)
cli-thidua-forms-kind = Chỉ các hình thức mà loại cơ quan này quyết định (so, tinh, xa, truong, doanh-nghiep, bo)
cli-thidua-render = In mã nguồn Typst mà các văn bản của một hồ sơ được tạo từ đó
cli-thidua-render-file = Một tệp hồ sơ (`content/2024/tong-ket.yaml`)
cli-thidua-render-doc = Chỉ văn bản có tên này (`bao-cao-312`, `quyet-dinh-1520`, `giay-khen-1520`)
cli-arg-timeout = Số giây tối đa để dàn trang một văn bản; quá thời gian này thì dừng (phòng khi mẫu chạy mãi không xong)
cli-arg-lang = Ngôn ngữ của thông báo và trợ giúp: vi (mặc định) hoặc en; văn bản tạo ra như nhau ở cả hai
cli-arg-dir = Thư mục dự án
cli-arg-out = Thư mục kết quả (mặc định: DIR/out)
cli-arg-format = Ghi thêm gì bên cạnh PDF: ảnh xem trước trang (png, svg), bản Word (docx) của báo cáo, quyết định, Tờ trình, báo cáo thành tích và giấy mời, bảng tính (xlsx) của phụ lục và các bảng của báo cáo; nhiều loại thì cách nhau bằng dấu phẩy (`--format docx,xlsx`)
cli-arg-ppi = Số điểm ảnh mỗi inch của ảnh xem trước PNG
cli-arg-draft = Đóng dấu `DỰ THẢO` lên mọi trang
cli-arg-electronic = Ghi thêm bản điện tử của mỗi văn bản để ký số (`…-dien-tu.pdf`), có sẵn các ô chữ ký chưa ký
cli-arg-jobs = Số văn bản dàn trang cùng lúc (mặc định: theo số lõi CPU)
cli-arg-only = Chỉ các hồ sơ có đường dẫn dưới content/ khớp mẫu này (`2024/*`)
cli-arg-pdf_standard = Tuân theo các chuẩn PDF này (a-2b cho bản lưu trữ; và a-1b, a-3b, a-2u, ua-1, 1.7, …)
cli-arg-quiet = Chỉ in lỗi
cli-arg-force = Dàn trang lại tất cả, kể cả những gì đã mới nhất (tệp vẫn chỉ được ghi lại khi nội dung đổi)
cli-arg-source_date_epoch = Ghi ngày của mọi PDF là thời điểm này, tính bằng giây từ năm 1970, thay cho ngày của văn bản (để tạo lại đúng từng byte; thường đặt bằng biến môi trường)
cli-arg-project = Thư mục dự án
cli-thidua-diff-format = `text` để đọc trên màn hình, `markdown` cho lời bình của pull request, `json` cho chương trình
cli-thidua-history-format = `text` để đọc trên màn hình, `markdown` cho văn bản, `json` cho chương trình
cli-thidua-verify-project = Dự án để so sánh (mặc định: dự án chứa các tệp, nếu không thì `.`)
cli-help = In trợ giúp
cli-version = In số phiên bản
cli-heading-usage = Cách dùng:
cli-heading-commands = Các lệnh
cli-heading-options = Tùy chọn
cli-heading-arguments = Đối số
cli-value-command = LỆNH
cli-note-values = giá trị: { $values }
cli-note-default = mặc định: { $value }
cli-note-env = biến môi trường: { $name }
cli-note-valid = các giá trị hợp lệ: { $value }
cli-note-suggested = gợi ý: có phải ý bạn là '{ $value }'?
cli-more = Xem hướng dẫn: thêm `--help` sau lệnh.
cli-error-value = giá trị '{ $value }' không hợp lệ cho '{ $arg }'
cli-error-unknown-argument = không có đối số '{ $arg }'
cli-error-unknown-command = không có lệnh '{ $value }'
cli-error-missing = thiếu đối số bắt buộc: { $arg }
cli-error-no-command = cần ghi một lệnh
cli-error-conflict = không dùng '{ $arg }' cùng với '{ $value }'
cli-error-validation = giá trị '{ $value }' không hợp lệ cho '{ $arg }'
cli-error-count = số giá trị cho '{ $arg }' không đúng
cli-error-other = không đọc được dòng lệnh: '{ $arg }' '{ $value }'
cli-png-or-svg = ảnh xem trước trang là PNG hoặc SVG: hãy chọn một trong hai
cli-ppi-number = `{ $value }` không phải là số
cli-ppi-range = ảnh xem trước PNG nhận từ 10 đến 1200 điểm ảnh mỗi inch
cli-epoch-number = `{ $value }` không phải số giây nguyên tính từ năm 1970
cli-epoch-range = { $value } giây tính từ năm 1970 đã vượt quá năm 9999
cli-pdf-standard = không có chuẩn PDF `{ $value }` (ví dụ: a-2b, a-3b, a-2u, ua-1, 1.7)
cli-seconds = `{ $value }` không phải số giây nguyên từ 1 trở lên

## JSON Schema (src/model/schema.rs)

schema-title-config = thidua.yaml — thiết lập dự án
schema-title-dossier = Hồ sơ thi đua, khen thưởng (content/**/*.yaml)
