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
serde-unknown-field-none = không có trường `{ $name }`: ở đây không nhận trường nào
serde-unknown-variant = không có giá trị `{ $name }`; các giá trị hợp lệ: { $expected }
serde-unknown-variant-none = không có giá trị `{ $name }`: ở đây không nhận giá trị nào
serde-missing-field = thiếu trường `{ $name }`
serde-duplicate-field = trường `{ $name }` được ghi hai lần
serde-at = { $said } (dòng { $line }, cột { $column })
serde-one-of = `{ $names }`
serde-found-boolean = giá trị đúng/sai { $value }
serde-found-integer = số { $value }
serde-found-float = số thập phân { $value }
serde-found-string = chữ { $value }
serde-found-character = ký tự { $value }
serde-found-nothing = giá trị trống
serde-found-list = một danh sách
serde-found-map = một nhóm khóa: giá trị
serde-found-bytes = dữ liệu nhị phân
serde-found-tagged = một giá trị có thẻ (!tag)
serde-expected-string = chữ (văn bản)
serde-expected-whole = một số nguyên không âm (0, 1, 2, …)
serde-expected-number = một số
serde-expected-boolean = true hoặc false
serde-expected-list = một danh sách (mỗi mục một dòng bắt đầu bằng `- `)
serde-expected-map = một nhóm khóa: giá trị
serde-expected-character = một ký tự
serde-expected-nothing = để trống
serde-expected-option = một giá trị hoặc để trống
serde-expected-name = một tên trong danh sách cho phép
yaml-expected-key = thiếu khóa ở chỗ này: hãy kiểm tra thụt lề và dấu hai chấm của dòng này
yaml-mapping-here = không được ghi `khóa: giá trị` ở chỗ này: hãy kiểm tra thụt lề, hoặc đặt giá trị có dấu hai chấm trong ngoặc kép
yaml-end = tệp kết thúc giữa chừng: một ngoặc hoặc dấu nháy chưa được đóng
yaml-bad-character = có ký tự không thể mở đầu một giá trị (như `@`, `` ` `` hoặc ký tự tab): nếu giá trị bắt đầu bằng ký tự đó, hãy đặt giá trị trong ngoặc kép
yaml-open-list = thiếu dấu `,` hoặc `]`: danh sách mở bằng `[` chưa được đóng
yaml-open-map = thiếu dấu `,` hoặc `{"}"}`: nhóm mở bằng `{"{"}` chưa được đóng
yaml-expected-dash = thiếu dấu `-` ở đầu mục danh sách: hãy kiểm tra thụt lề
yaml-expected-value = thiếu giá trị ở chỗ này
yaml-escape = có ký tự thoát (`\`) không hợp lệ trong ngoặc kép: hãy viết `\\`, hoặc dùng ngoặc đơn
yaml-tab = có ký tự tab trong thụt lề: YAML chỉ cho phép dấu cách
yaml-dash-here = không được bắt đầu mục danh sách (`- `) ở chỗ này: hãy kiểm tra thụt lề
yaml-expected-colon = thiếu dấu hai chấm (`:`) sau khóa
yaml-tag = có thẻ (`!`) không xác định: hãy đặt giá trị trong ngoặc kép
yaml-document = có dấu phân cách tài liệu (`---` hoặc `...`) ở giữa tệp
yaml-duplicate = có khóa được ghi hai lần
yaml-deep = cấu trúc lồng nhau quá sâu
yaml-repeated = có quá nhiều tham chiếu lặp lại (alias)
yaml-anchor = tham chiếu (`*tên`) tới một neo (`&tên`) chưa được khai báo

load-no-thousands-separator = hãy ghi số nguyên không có dấu phân cách hàng nghìn: 1200, không phải 1.200

## Dòng lệnh: trợ giúp, tiêu đề, ghi chú và lỗi cách dùng (src/cli/speak.rs)

cli-thidua = Chuyển tệp YAML mô tả công tác thi đua, khen thưởng thành các văn bản chính thức (báo cáo, quyết định, bằng khen, giấy khen) dạng PDF
cli-thidua-build = Tạo mọi văn bản của dự án vào thư mục kết quả
cli-thidua-check = Kiểm tra toàn bộ dự án và nêu mọi lỗi; không ghi tệp nào
cli-thidua-check-registers = Nêu thêm những số sổ vàng chưa được quyết định nào trong năm cấp, nằm giữa số đầu và số cuối của một sổ
cli-thidua-check-timeout = Số giây tối đa để dàn trang một văn bản; quá thời gian này thì dừng
cli-thidua-init = Tạo dự án mới kèm một ví dụ hoàn chỉnh (không bao giờ ghi đè tệp đã có)
cli-thidua-init-dir = Thư mục của dự án mới
cli-thidua-init-templates = Ghi thêm các mẫu (template) có sẵn vào templates/ để sửa
cli-thidua-init-kind = Loại cơ quan của ví dụ: so (sở, ngành — mặc định), tinh (Ủy ban nhân dân tỉnh, thành phố), xa (Ủy ban nhân dân xã, phường), truong (trường học), doanh-nghiep (doanh nghiệp), bo (bộ)
cli-thidua-watch = Tạo văn bản, rồi tạo lại phần bị ảnh hưởng mỗi khi nội dung, mẫu hoặc thiết lập thay đổi
cli-thidua-serve = Xem các văn bản trên một trang web cục bộ (127.0.0.1), tự cập nhật sau mỗi lần tạo lại: các trang của từng văn bản, tệp PDF, Word và Excel, cùng mọi lỗi và cảnh báo
cli-thidua-serve-port = Cổng trên 127.0.0.1 (0: một cổng trống bất kỳ, in ra khi khởi động)
cli-thidua-serve-open = Mở trang trong trình duyệt
cli-thidua-diff = Cho biết một thay đổi làm các văn bản khác đi thế nào: giữa hai phiên bản (revision) git (mặc định HEAD và thư mục làm việc). Thoát với mã 1 khi các văn bản khác nhau
cli-thidua-diff-old = Phiên bản cũ hơn
cli-thidua-diff-new = Phiên bản mới hơn (mặc định: thư mục làm việc)
cli-thidua-history = Mọi khen thưởng và danh hiệu hằng năm của một cá nhân hoặc tập thể, theo năm, kèm quyết định và nơi ghi (các hồ sơ và history/); không ghi NGƯỜI thì in cả sổ theo dõi khen thưởng
cli-thidua-history-who = Một `id`, hoặc họ tên (không phân biệt chữ hoa, khoảng trắng hay vị trí dấu thanh)
cli-thidua-history-xlsx = Ghi thêm sổ theo dõi khen thưởng ra tệp Excel này
cli-thidua-verify = Cho biết hồ sơ và commit nào đã tạo mỗi tệp PDF, tệp có bị sửa sau đó không, và nguồn hiện tại có tạo ra đúng từng byte như vậy không; hoặc mã kiểm tra là của bằng/giấy khen nào
cli-thidua-verify-files = Các tệp PDF do thidua tạo
cli-thidua-verify-code = Mã kiểm tra in trên bằng/giấy khen (`7KQ2-M9XD`): in người được khen, quyết định và số sổ vàng
cli-thidua-verify-timeout = Số giây tối đa để dàn trang lại một văn bản; quá thời gian này thì dừng kiểm tra
cli-thidua-schema = In JSON Schema của hồ sơ (hoặc của thidua.yaml) để trình soạn thảo gợi ý và kiểm tra khi gõ (`init` ghi cả hai vào schema/); với `--template LOẠI`: in schema của dữ liệu mà mẫu của loại văn bản đó nhận
cli-thidua-schema-of = Tệp được mô tả
cli-thidua-schema-template = Dữ liệu mà mẫu của một loại văn bản nhận (`decision`, `report`, …): những tên mà mẫu riêng của dự án có thể dùng
cli-thidua-forms = Liệt kê các hình thức khen thưởng: khóa, tên, danh hiệu hay hình thức, loại cơ quan quyết định, mẫu bằng khen/giấy khen, tiền thưởng theo từng chế độ (× mức lương cơ sở, cá nhân / tập thể), tỷ lệ phiếu
cli-thidua-forms-dir = Thư mục dự án (có hình thức và thay đổi riêng; không có thì dùng danh mục có sẵn)
cli-thidua-forms-kind = Chỉ các hình thức mà loại cơ quan này quyết định (so, tinh, xa, truong, doanh-nghiep, bo)
cli-thidua-render = In mã nguồn Typst mà các văn bản của một hồ sơ được tạo từ đó
cli-thidua-render-file = Một tệp hồ sơ (`content/2024/tong-ket.yaml`)
cli-thidua-render-doc = Chỉ văn bản có tên này (`bao-cao-312`, `quyet-dinh-1520`, `giay-khen-1520`)
cli-arg-timeout = Số giây tối đa để dàn trang một văn bản; quá thời gian này thì dừng (phòng khi mẫu chạy mãi không xong)
cli-arg-lang = Ngôn ngữ của thông báo và trợ giúp: vi (mặc định) hoặc en; văn bản tạo ra như nhau ở cả hai
cli-arg-dir = Thư mục dự án
cli-arg-out = Thư mục kết quả (mặc định: THƯ_MỤC/out)
cli-arg-format = Ghi thêm gì bên cạnh PDF: ảnh xem trước trang (png, svg), bản Word (docx) của báo cáo, quyết định, tờ trình, báo cáo thành tích và giấy mời, bảng tính (xlsx) của phụ lục và các bảng của báo cáo; nhiều loại thì cách nhau bằng dấu phẩy (`--format docx,xlsx`)
cli-arg-ppi = Số điểm ảnh mỗi inch của ảnh xem trước PNG
cli-arg-draft = Đóng dấu `DỰ THẢO` lên mọi trang
cli-arg-electronic = Ghi thêm bản điện tử của mỗi văn bản để ký số (`…-dien-tu.pdf`), có sẵn các ô chữ ký chưa ký
cli-arg-jobs = Số văn bản dàn trang cùng lúc (mặc định: theo số lõi CPU)
cli-arg-only = Chỉ các hồ sơ có đường dẫn dưới content/ khớp mẫu này (`2024/*`)
cli-arg-pdf_standard = Tuân theo các chuẩn PDF này (a-2b cho bản lưu trữ; và a-1b, a-3b, a-2u, ua-1, 1.7, …)
cli-arg-quiet = Chỉ in lỗi
cli-arg-force = Dàn trang lại tất cả, kể cả những văn bản không thay đổi (tệp vẫn chỉ được ghi lại khi nội dung thay đổi)
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
cli-value-options = [TÙY_CHỌN]
cli-value-dir = THƯ_MỤC
cli-value-out = THƯ_MỤC
cli-value-format = ĐỊNH_DẠNG
cli-value-ppi = SỐ
cli-value-jobs = SỐ
cli-value-only = MẪU
cli-value-pdf_standard = CHUẨN
cli-value-timeout = GIÂY
cli-value-source_date_epoch = GIÂY
cli-value-lang = NGÔN_NGỮ
cli-value-kind = LOẠI
cli-value-template = LOẠI
cli-value-of = TỆP
cli-value-who = NGƯỜI
cli-value-project = THƯ_MỤC
cli-value-xlsx = TỆP.xlsx
cli-value-files = TỆP
cli-value-code = MÃ
cli-value-old = CŨ
cli-value-new = MỚI
cli-value-file = TỆP
cli-value-doc = VĂN_BẢN
cli-value-port = CỔNG
cli-note-values = các giá trị hợp lệ: { $values }
cli-note-default = mặc định: { $value }
cli-note-env = biến môi trường: { $name }
cli-note-valid = các giá trị hợp lệ: { $value }
cli-note-suggested = gợi ý: có phải ý bạn là '{ $value }'?
cli-more = Xem hướng dẫn: thêm `--help` sau lệnh.
cli-error-value = giá trị '{ $value }' không hợp lệ cho '{ $arg }'
cli-error-unknown-argument = đối số '{ $arg }' không hợp lệ ở đây
cli-error-unknown-command = không có lệnh '{ $value }'
cli-error-missing = thiếu đối số bắt buộc: { $arg }
cli-error-no-command = cần ghi một lệnh
cli-error-conflict = không dùng được '{ $arg }' cùng với '{ $value }'
cli-error-validation = giá trị '{ $value }' không hợp lệ cho '{ $arg }'
cli-lang-code = thidua không dùng ngôn ngữ `{ $value }`: hãy ghi vi (tiếng Việt) hoặc en (tiếng Anh)
cli-not-a-number = đây không phải một số nguyên
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
cli-only-pattern = mẫu đường dẫn sai cú pháp ở gần ký tự thứ { $position } (`{ $error }`): hãy kiểm tra các dấu `[`, `]`, `*`, `?`

## Đọc dự án (src/load)

## src/load/cycle.rs

cycle-council-no-members = Hội đồng Thi đua - Khen thưởng cần có thành viên
cycle-member-twice = `{ $key }` được ghi hai lần trong danh sách thành viên
cycle-chair-not-member = chủ tịch hội đồng `{ $chair }` không có trong danh sách thành viên
cycle-chair-not-member-hint = hãy thêm chủ tịch hội đồng vào `council.members`
cycle-vice-chair-again = `{ $key }` đã là chủ tịch hoặc phó chủ tịch hội đồng
cycle-vice-chair-again-hint = phó chủ tịch là một thành viên khác, chỉ ghi một lần
cycle-vice-chair-not-member = phó chủ tịch hội đồng `{ $key }` không có trong danh sách thành viên
cycle-vice-chair-not-member-hint = hãy thêm người này vào `council.members`
cycle-meeting-no-council = cuộc họp cần có Hội đồng Thi đua - Khen thưởng đã họp
cycle-meeting-no-council-hint = hãy khai báo `council:` (tên, thành viên, chủ tịch, thư ký) trong thidua.yaml
cycle-meeting-after-proposal = cuộc họp ngày { $meeting } diễn ra sau tờ trình của awards[{ $index }] ({ $date }), trong khi cuộc họp phải diễn ra trước tờ trình
cycle-meeting-after-decision = cuộc họp ngày { $meeting } diễn ra sau quyết định của awards[{ $index }] ({ $date }), trong khi cuộc họp phải diễn ra trước quyết định
cycle-meeting-ends-first = cuộc họp bắt đầu lúc { $start } nhưng kết thúc lúc { $end }
cycle-proposal-after-decision = tờ trình đề ngày { $date }, sau ngày của quyết định tương ứng ({ $decision })
cycle-proposal-to-no-one = tờ trình không gửi đến ai
cycle-proposal-shared-differs = Tờ trình số { $number } cũng là tờ trình của awards[{ $other }], nhưng trường `{ $field }` khác nhau: một tờ trình chỉ có một ngày, một người ký và một nơi nhận, và chỉ đề nghị một trong hai: khen thưởng thuộc thẩm quyền của cơ quan, đơn vị hoặc khen thưởng thuộc thẩm quyền của cấp trên
cycle-proposal-shared-differs-hint = hãy đặt cho tờ trình này một số riêng
cycle-absent-not-member = `{ $key }` vắng mặt nhưng không phải thành viên Hội đồng Thi đua - Khen thưởng
cycle-meeting-chair-not-member = `{ $chair }` chủ trì cuộc họp nhưng không phải thành viên Hội đồng Thi đua - Khen thưởng
cycle-chair-absent = `{ $key }` chủ trì cuộc họp nhưng lại được ghi là vắng mặt
cycle-secretary-absent = `{ $key }` ghi biên bản nhưng lại được ghi là vắng mặt
cycle-absent-hint = hãy ghi người chủ trì vào `meeting.chair`, hoặc xóa người này khỏi `absent`
cycle-quorum = chỉ có { $present } trong số { $members } thành viên hội đồng có mặt
cycle-quorum-hint = hội đồng họp khi có ít nhất một nửa số thành viên có mặt
cycle-votes-no-meeting = { $count } người được đề nghị của awards[{ $index }] có số phiếu, nhưng hồ sơ không có `meeting:`
cycle-votes-no-meeting-hint = hãy mô tả cuộc họp của hội đồng trong `meeting:`, hoặc xóa số phiếu
cycle-votes-over-members = { $votes } phiếu, nhưng hội đồng chỉ có { $members } thành viên
cycle-votes-missing = người được đề nghị này không có `votes`, trong khi những người được đề nghị khác trong cùng khen thưởng đều có
cycle-votes-missing-hint = hãy ghi số phiếu đồng ý, ghi 0 nếu không có phiếu nào
cycle-no-ballot = `{ $form }` không xét bằng bỏ phiếu: số phiếu được in vào biên bản nhưng không có kết luận
cycle-no-ballot-hint = nếu hội đồng bỏ phiếu cho hình thức khen thưởng này, hãy đặt `threshold` cho nó trong `forms:` ở thidua.yaml
cycle-votes-below = `{ $name }` được { $votes } trên { $members } phiếu, thấp hơn tỷ lệ phiếu tối thiểu { $threshold } mà hình thức khen thưởng yêu cầu: không được đưa vào tờ trình, quyết định, bằng khen/giấy khen và danh sách chi thưởng
cycle-none-passed = không có người được đề nghị nào của awards[{ $index }] đạt đủ số phiếu: khen thưởng này không có tờ trình, quyết định hay bằng khen/giấy khen

## src/load/validate.rs

validate-unknown-certificate-field = không có trường `{ $name }` trên bằng khen/giấy khen
validate-base-salary = mức lương cơ sở { $amount } đồng không hợp lý
validate-base-salary-hint = hãy ghi mức lương cơ sở hằng tháng bằng đồng, ví dụ 2340000
validate-certificate-field-numbers = vị trí, độ rộng, cỡ chữ và số dòng phải là số dương
validate-margin = lề { $value } mm nằm ngoài khoảng { $low }–{ $high } mm theo Nghị định 30/2020/NĐ-CP
validate-unknown-paper = không có khổ giấy `{ $paper }`
validate-unknown-paper-hint = hãy ghi `A4` hoặc `A3`
validate-given-to-empty = `given_to` không nêu đối tượng nào
validate-given-to-empty-hint = hãy nêu đối tượng: `[collectives, individuals, households]`, hoặc bỏ trường này
validate-basis-empty = có một dòng `Căn cứ` để trống
validate-basis-date = dòng `Căn cứ` có ngày { $date } không hợp lý
validate-coefficient = hệ số { $coefficient } × mức lương cơ sở không hợp lý
validate-coefficient-hint = hệ số là bội số của mức lương cơ sở: 0.3 cho Giấy khen, 4.5 cho Huân chương
validate-year = `year: { $year }` không phải là năm công tác của một cơ quan, đơn vị
validate-unnumbered-twice = awards[{ $first }] cũng là một quyết định `{ $form }` không có `number`: hai quyết định sẽ được ghi vào cùng một tệp
validate-unnumbered-twice-hint = hãy ghi số cho một trong hai quyết định
validate-unnumbered = không có `number`: `Số:` được để trống để văn thư cấp số, trên quyết định và trên các văn bản dẫn chiếu đến nó (bằng khen/giấy khen, danh sách chi thưởng)
validate-unnumbered-hint = khi đã có số, hãy ghi số và tạo lại văn bản (đến lúc đó tệp được đặt tên theo hình thức khen thưởng)
validate-decision-number-used = số quyết định { $number } đã được dùng cho awards[{ $first }]
validate-no-recipient = khen thưởng cần có ít nhất một người được khen
validate-unknown-table = không có bảng `{ $table }`
validate-unknown-form = không có hình thức khen thưởng `{ $form }`
validate-no-decision = khen thưởng cần có `decision`
validate-no-decision-hint = hoặc, khi mới đề nghị, cần có `proposal`
validate-reason-long = lý do dài { $count } ký tự, không in vừa trên bằng khen/giấy khen; tối đa { $most } ký tự
validate-no-person = chưa ghi người nào ở đây
validate-no-person-hint = hãy ghi khóa của một người trong `people:` ở thidua.yaml
validate-unknown-person = không có người `{ $key }`
validate-unknown-person-hint = { $suggestion } (danh sách người được khai báo trong `people:` ở thidua.yaml)
validate-no-signer = quyết định của cơ quan, đơn vị cần có `signer`
validate-no-signer-hint = hoặc ghi `issuer` và `symbol` nếu quyết định do nơi khác ban hành
validate-no-regime = không có luật, nghị định về thi đua, khen thưởng nào có hiệu lực vào ngày { $date }
validate-no-regime-hint = hãy khai báo luật, nghị định áp dụng trong `regimes:` ở thidua.yaml

## src/load/plausible.rs

plausible-number-zero = số văn bản 0: số bắt đầu từ 1
plausible-date = ngày { $date } không hợp lý: nằm ngoài khoảng năm { $first }–{ $last }
plausible-key-chars = không thể nêu `{ $key }` trong đoạn văn: khóa chỉ gồm chữ cái ASCII, chữ số, `-` và `_`
plausible-key-twice = một thành tích khác đã có `key: { $key }`
plausible-name-long = tên (`name`) của thành tích dài { $count } ký tự; tối đa { $most } ký tự
plausible-unit-long = đơn vị tính (`unit`) của thành tích dài { $count } ký tự; tối đa { $most } ký tự
plausible-figure-too-large = số liệu quá lớn so với số chữ số thập phân: tổng cộng tối đa 18 chữ số
plausible-over-plan = kết quả { $actual } vượt quá { $times } lần kế hoạch { $target }: không hợp lý
plausible-three-decimals = `{ $figure }` được đọc là số thập phân { $decimal }; số nguyên được ghi không có dấu phân cách hàng nghìn (`{ $units }`)

## src/load/achievements.rs

achievements-link = tệp này là một liên kết: báo cáo thành tích chỉ được đọc từ các tệp của chính dự án
achievements-too-large = lớn hơn 1 MB: một báo cáo thành tích chỉ dài vài trang
achievements-long-word = một từ dài { $count } ký tự, dài hơn một dòng
achievements-unreadable = không đọc được tệp dưới dạng văn bản: { $error }

## src/load/year.rs

year-not-a-pattern = `{ $pattern }` không phải là mẫu tên tệp hợp lệ: { $error }
year-no-match = `{ $pattern }` không khớp với hồ sơ nào khác
year-no-match-hint = mẫu tên tệp được tính từ thư mục `content/`, ví dụ `2024/*.yaml`
year-counted-twice = quyết định { $decision } trong `{ $file }` đã được tính từ `{ $first }`: mỗi quyết định chỉ được tính một lần

## src/load/mod.rs

load-no-folder = không có thư mục `{ $folder }`
load-not-a-project = không có `thidua.yaml` trong `{ $folder }`: đây không phải dự án thidua (hãy tạo dự án bằng `thidua init THƯ_MỤC`)
load-same-folder = `{ $first }` và `{ $file }` sẽ cùng ghi vào `out/{ $folder }/`, tệp này đè lên tệp kia
load-same-folder-hint = hãy đổi tên một trong hai tệp

## src/load/files.rs

files-read-failed = không đọc được `{ $file }`
files-too-large = tệp có dung lượng { $size } MB; không nhận tệp lớn hơn { $most } MB
files-too-large-hint = hãy tách thành nhiều hồ sơ
files-not-utf8 = không phải văn bản UTF-8
files-not-utf8-hint = hãy lưu tệp ở dạng UTF-8
files-open-quote = dòng { $line } mở dấu ngoặc kép (") nhưng không đóng: văn bản kéo dài đến tận đây
files-written-twice = `{ $path }` được ghi hai lần
files-written-twice-hint = hãy chỉ giữ lại một lần ghi

## src/load/numbered.rs

numbered-report-used = số báo cáo { $number }/BC năm { $year } đã được dùng tại `{ $at }`
numbered-invitation-used = số giấy mời { $number }/GM năm { $year } đã được dùng tại `{ $at }`
numbered-minutes-used = số biên bản { $number }/BB năm { $year } đã được dùng tại `{ $at }`
numbered-proposal-used = số tờ trình { $number }/TTr năm { $year } đã được dùng tại `{ $at }`
numbered-decision-used = số quyết định { $number }/QĐ năm { $year } đã được dùng tại `{ $at }`
numbered-used-hint = mỗi văn bản trong năm có một số riêng

## src/load/references.rs

refs-not-a-reference = `{ $raw }` không phải là một tham chiếu: đoạn văn chỉ được nêu dữ kiện, như `{"{{"}awards.all.recipients{"}}"}`
refs-not-a-reference-hint = không được dùng hàm trợ giúp, khối lệnh, mẫu con (`{"{{"}#…{"}}"}`, `{"{{"}>…{"}}"}`) hay giá trị thô trong một đoạn văn
refs-names-no-fact = `{"{{"}{ $name }{"}}"}` không chỉ đến dữ kiện nào
refs-guide-hint = chương về báo cáo trong hướng dẫn (docs/src/report.md) liệt kê những gì đoạn văn có thể nêu
refs-no-achievement = không có thành tích nào của hồ sơ này có `key: { $key }`
refs-rate-percent = `{ $key }` là một tỷ lệ (`unit: "%"`), được đánh giá theo điểm phần trăm: tỷ lệ so với kế hoạch không có ý nghĩa; hãy ghi `.actual` hoặc `.verdict`
refs-no-form = hồ sơ này (kể cả `awards_from`) không có khen thưởng nào đã có quyết định thuộc hình thức `{ $form }`
refs-no-conference = hồ sơ này không có `conference`

## src/load/lenient.rs

load-file-unread = không đọc được tệp



# src/load/agency.rs
agency-date-range = ngày nằm ngoài khoảng 1945–2100
agency-from-order = mỗi tên sau tên đầu tiên cần có ngày `from`, muộn hơn ngày của tên liền trước
agency-from-order-hint = hãy liệt kê các tên của cơ quan, đơn vị theo thứ tự từ cũ đến mới, mỗi tên kèm ngày bắt đầu mang tên đó
agency-blank = để trống (hoặc ghi giá trị null của YAML, `~`): văn bản sẽ in ra chỗ trống hoặc `~`
agency-blank-hint = hãy ghi giá trị, hoặc bỏ khóa này đi nếu khóa được phép bỏ
agency-province-unknown = `{ $typed }` không thuộc 34 tỉnh, thành phố trực thuộc trung ương: khen thưởng của tỉnh vẫn giữ chữ `tỉnh`
agency-province-near = có phải ý bạn là { $names }?
agency-province-missing = Ủy ban nhân dân phải ghi tỉnh, thành phố của mình: nếu không, khen thưởng của tỉnh sẽ in là `… Ủy ban nhân dân tỉnh`
agency-province-missing-hint = hãy ghi `province:` (một trong 34 tỉnh, thành phố, ví dụ `thành phố Đà Nẵng`)
agency-parent-body = tiêu đề của { $body } không có dòng nào phía trên tên cơ quan
agency-parent-body-hint = hãy xóa `parent`: tên của chính cơ quan ban hành là toàn bộ tiêu đề
agency-body-name = tên của Ủy ban nhân dân phải bắt đầu bằng `ỦY BAN NHÂN DÂN` (tiếp theo là cấp và địa danh)
agency-body-name-hint = hãy ghi đầy đủ, ví dụ `ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU`
agency-in-text = không suy ra được cách viết tên cơ quan, đơn vị trong câu văn từ tên viết in hoa
agency-in-text-hint = hãy ghi `in_text` (tên như khi viết trong câu) hoặc `head`; hiện tại tên được in là `{ $in_text }`
agency-by-president = Chủ tịch nước
agency-by-prime-minister = Thủ tướng Chính phủ
agency-head-of = người đứng đầu { $kind } (`{ $key }`)
agency-or = {" "}hoặc{" "}
agency-decided-elsewhere = { $form } do { $who } quyết định, không phải do người đứng đầu { $kind } (`{ $key }`)
agency-decided-elsewhere-hint = nếu cấp khác đã ký quyết định, hãy ghi `issuer` cho quyết định; nếu cơ quan, đơn vị đề nghị khen thưởng, hãy ghi `proposal`
agency-kind-so = sở
agency-kind-tinh = Ủy ban nhân dân cấp tỉnh
agency-kind-xa = Ủy ban nhân dân cấp xã
agency-kind-truong = trường học
agency-kind-doanh-nghiep = doanh nghiệp
agency-kind-bo = bộ
agency-amount-implausible = số tiền { $each } đồng mỗi người không hợp lý cho một mức tiền thưởng
agency-amount-implausible-hint = hãy ghi tiền thưởng mỗi người được khen nhận, tính bằng đồng, trong khen thưởng: `amount: 200000`
agency-no-prize = { $form } không có sẵn mức tiền thưởng: quyết định sẽ không ghi tiền thưởng
agency-no-prize-hint = hãy ghi tiền thưởng mỗi người được khen nhận, tính bằng đồng, trong khen thưởng: `amount: 200000` (`amount: 0` nếu không có tiền thưởng)
agency-school-year = `{ $typed }` không phải là năm học
agency-school-year-hint = hãy ghi hai năm của năm học, ví dụ `2025-2026`
agency-office-to-head = văn phòng chỉ đề nghị lên thủ trưởng cơ quan, đơn vị của mình
agency-office-to-head-hint = hãy ghi `to: { $head }`, hoặc bỏ `from` để cơ quan, đơn vị đề nghị lên cấp trên
agency-office-unnamed = `from: office` (tờ trình số { $number }), nhưng văn phòng của cơ quan, đơn vị chưa có tên
agency-office-unnamed-hint = hãy ghi `organization.office_name` (ví dụ `Phòng Tổ chức - Hành chính`)
agency-before-first-name = văn bản đầu tiên của hồ sơ đề ngày { $start }, trước khi cơ quan, đơn vị mang tên đầu tiên (từ { $first }): vẫn in dưới tên đó
agency-before-first-name-hint = hãy thêm vào `organization` tên cơ quan, đơn vị dùng khi đó, kèm ngày `from` của tên đó
agency-across-renaming = các văn bản của hồ sơ đề ngày từ { $start } đến { $end }, qua thời điểm cơ quan, đơn vị đổi tên từ { $within }: tất cả đều in dưới tên có hiệu lực ngày { $start }
agency-across-renaming-hint = hãy chuyển các văn bản sau khi đổi tên sang một hồ sơ riêng

# src/load/ceremony.rs
ceremony-no-awards-item = không có mục nào của chương trình trao khen thưởng: kịch bản không mời ai lên nhận và trình chiếu không hiện ai
ceremony-no-awards-item-hint = hãy ghi `awards: true` ở mục trao khen thưởng
ceremony-decision-after = quyết định được công bố tại hội nghị ngày { $conference } lại đề ngày { $date }, sau ngày hội nghị
ceremony-report-after = báo cáo được đọc tại hội nghị ngày { $conference } lại đề ngày { $date }, sau ngày hội nghị
ceremony-dated-after-hint = hội nghị công bố các quyết định đã ký và đọc báo cáo đã viết xong: hãy kiểm tra lại cả hai ngày
ceremony-stage-too-many = mỗi lượt { $n } người là quá nhiều so với sức chứa của sân khấu; tối đa { $max } người
ceremony-stage-zero = `stage: 0` không mời ai lên sân khấu
ceremony-stage-zero-hint = hãy ghi số người được khen lên sân khấu mỗi lượt, ví dụ 10
ceremony-before-invitation = hội nghị ngày { $conference } diễn ra trước ngày giấy mời { $invitation }
ceremony-number-zero = số văn bản 0: số văn bản bắt đầu từ 1
ceremony-no-invitees = giấy mời không có ai được mời: sẽ không tạo giấy mời nào
ceremony-no-invitees-hint = hãy liệt kê người được mời trong `conference.invitees`
ceremony-invitee-both = người được mời chỉ có `name` (một người) hoặc `collective` (tập thể), không có cả hai
ceremony-invitee-neither = người được mời cần có `name` hoặc `collective`
ceremony-gender = giới tính `{ $gender }` không hợp lệ
ceremony-gender-hint = hãy ghi `nam` hoặc `nữ` (hoặc `male`, `female`)
ceremony-by-unknown = `{ $by }` không phải là khóa của người nào trong `people:`
ceremony-by-near = { $suggestion } (hoặc ghi người thực hiện bằng chữ, ví dụ `Đại diện Công đoàn Sở`)
ceremony-by-hint = hãy ghi một khóa trong `people:`, hoặc ghi người thực hiện bằng chữ (có dấu cách)
ceremony-time-order = giờ { $later } lại đứng sau giờ { $earlier } trong chương trình
ceremony-time-order-hint = các mục được in theo thứ tự đã ghi: hãy kiểm tra lại giờ hoặc thứ tự
ceremony-guests-twice = khách mời đã được giới thiệu ở programme[{ $first }]: kịch bản chỉ giới thiệu khách mời một lần, tại mục đó
ceremony-guests-twice-hint = hãy ghi `guests: false` ở mục không giới thiệu khách mời
ceremony-awards-items = khen thưởng chỉ được trao tại một mục của chương trình

# src/load/csv.rs
csv-outside = `{ $name }` nằm ngoài thư mục dự án
csv-not-found = không tìm thấy tệp `{ $file }`
csv-unreadable = không đọc được `{ $file }`
csv-leads-outside = `{ $name }` dẫn ra ngoài thư mục dự án
csv-empty = tệp trống: không có hàng tiêu đề, không có người được khen
csv-empty-hint = hãy xuất lại danh sách, hoặc xóa `recipients_file`
csv-row = hàng { $line }
csv-header-row = hàng tiêu đề (hàng { $line })
csv-row-column = { $row }, cột { $column }
csv-too-large = tệp có dung lượng { $size } MB; không nhận danh sách lớn hơn { $max } MB
csv-read-failed = không đọc được tệp: { $error }
csv-not-utf8 = tệp không phải văn bản UTF-8
csv-not-utf8-hint = trong Excel, chọn Tệp › Lưu như (`File › Save As`) › "CSV UTF-8 (Comma delimited)"
csv-row-width = hàng này có { $fields } ô, trong khi hàng tiêu đề có { $header } ô
csv-votes-hint = hãy ghi số phiếu đồng ý, ví dụ 9

# src/load/columns.rs
columns-votes = số phiếu (`votes`) `{ $value }` không phải là số nguyên
columns-none = không có hàng nào ghi tên các cột của danh sách
columns-unknown-one = không có cột { $column }
columns-unknown-many = không có các cột { $columns }
columns-known = các cột của danh sách là { $known }; cột STT và Ghi chú được bỏ qua
columns-known-near = { $suggestion }; các cột của danh sách là { $known }; cột STT và Ghi chú được bỏ qua

# src/load/xlsx.rs
xlsx-sheet-row = trang tính "{ $name }", hàng { $row }
xlsx-cell = trang tính "{ $name }", hàng { $row }, cột { $column }
xlsx-too-large = bảng tính khi giải nén có dung lượng { $size } MB; không nhận tệp lớn hơn { $max } MB
xlsx-too-large-hint = danh sách người được khen nhỏ hơn nhiều: hãy chỉ lưu trang tính chứa danh sách
xlsx-unreadable = không đọc được bảng tính: { $error }
xlsx-unreadable-hint = hãy lưu lại tệp từ Excel dưới dạng .xlsx
xlsx-no-sheet = không có trang tính tên `{ $sheet }`
xlsx-no-sheets = tệp bảng tính không có trang tính nào
xlsx-cell-error = ô chứa lỗi { $error }
xlsx-gender = giới tính `{ $gender }` không hợp lệ
xlsx-gender-hint = hãy ghi `nam` hoặc `nữ` (hoặc `male`, `female`)
xlsx-too-many-cells = trang tính `{ $sheet }` có hơn { $max } ô; danh sách người được khen nhỏ hơn nhiều
xlsx-sheet-unreadable = không đọc được trang tính `{ $sheet }`: { $error }

# src/load/recipients.rs
recipients-individuals = cá nhân
recipients-collectives = tập thể
recipients-households = hộ gia đình
recipients-line-break = `{ $field }` chứa dấu xuống dòng hoặc dấu tab: sẽ in trên một dòng, thành `{ $text }`
recipients-pupils = { $form } là danh hiệu dành cho học sinh: học sinh phải có `class` (lớp)
recipients-pupils-hint = hãy ghi lớp của học sinh: `class: 9A`
recipients-genderless = `{ $name }` thiếu giới tính (`gender`): sẽ in không có Ông/Bà
recipients-genderless-more = `{ $name }` và { $others } người khác thiếu giới tính (`gender`): sẽ in không có Ông/Bà
recipients-genderless-hint = hãy ghi `gender: nam` hoặc `nữ` (hoặc `male`, `female`); chỉ nêu người đầu tiên, có thể còn người khác cũng thiếu
recipients-genderless-column-hint = hãy điền cột `gender` bằng `nam` hoặc `nữ` (hoặc `male`, `female`); chỉ nêu người đầu tiên, có thể còn người khác cũng thiếu
recipients-amount-replaces = `amount: { $each }` thay cho mức { $money } đồng mà { $form } trao cho mỗi { $who }
recipients-amount-replaces-hint = số tiền áp dụng cho mọi người được khen của khen thưởng: hãy tách những người có mức thưởng khác sang một khen thưởng riêng
recipients-not-given = `{ $form }` không được trao cho { $who }
recipients-not-given-household-hint = danh hiệu chỉ trao cho hộ gia đình khi hình thức khen thưởng quy định như vậy (`given_to: [households]`); Giấy khen hoặc Bằng khen thì trao được cho hộ gia đình
recipients-unpaid = { $form } không có mức tiền thưởng cho { $who } theo chế độ hiện hành
recipients-unpaid-hint = hãy thêm hệ số trong `forms: {"{"} { $key }: {"{"} money: … {"}"} {"}"}`, hoặc tách những người này sang một khen thưởng riêng có `amount` tính bằng đồng
recipients-unpaid-household-hint = hãy thêm hệ số thứ ba trong `forms: {"{"} { $key }: {"{"} money: … {"}"} {"}"}`, hoặc tách những người này sang một khen thưởng riêng có `amount` tính bằng đồng
recipients-born = `born: { $born }` không phải là ngày sinh
recipients-born-hint = hãy ghi ngày sinh (`12/05/1985` hoặc `1985-05-12`), hoặc chỉ ghi năm sinh (`1985`)
recipients-too-long = `{ $field }` dài { $n } ký tự; tối đa { $max } ký tự
recipients-long-word = `{ $field }` có một từ dài { $w } ký tự, dài hơn một dòng
recipients-long-word-hint = các từ cách nhau bằng dấu cách; mỗi từ dài tối đa 40 ký tự
recipients-unnamed = người được khen cần có `name` (cá nhân), `collective` (tập thể) hoặc `household` (hộ gia đình)
recipients-named-twice = người được khen chỉ có một trong các khóa `name` (cá nhân), `collective` (tập thể) hoặc `household` (hộ gia đình), không ghi cùng lúc hai khóa
recipients-gender = giới tính `{ $gender }` không hợp lệ
recipients-gender-hint = hãy ghi `nam` hoặc `nữ` (hoặc `male`, `female`)
recipients-household-nobody = hộ gia đình `{ $household }` không ghi tên ai
recipients-household-nobody-hint = hãy ghi `Hộ ông Nguyễn Văn An`
recipients-household-field = hộ gia đình không có `{ $field }`
recipients-household-field-hint = hãy ghi thôn hoặc tổ dân phố của hộ vào `unit`
recipients-household-gender = hộ gia đình `{ $household }` ghi { $written }, còn giới tính (`gender`) là { $said }: sẽ in như đã ghi
recipients-lower-case = `{ $name }` được viết bằng chữ thường và sẽ được in như vậy
recipients-lower-case-hint = hãy ghi tên đúng như khi in: Nguyễn Thị Hồng
recipients-reads-household = `{ $field }: { $value }` được hiểu là hộ gia đình, nhưng lại được tính vào số { $counted }
recipients-reads-household-hint = hãy ghi `household: { $value }`
recipients-honorific = `name: { $value }` bắt đầu bằng danh xưng, trong khi danh xưng đã được in theo `gender`
recipients-honorific-hint = hãy chỉ ghi họ tên: Nguyễn Văn An

# src/load/texts.rs
texts-nothing = để trống (hoặc ghi giá trị null của YAML, `~`): văn bản sẽ in ra chỗ trống hoặc `~`
texts-nothing-hint = hãy ghi nội dung, hoặc bỏ dòng này đi

# src/load/history.rs, src/load/history_lists.rs
history-not-folder = history/ không phải là thư mục của dự án: không đọc các danh sách trong đó
history-link = đây là liên kết: history/ chỉ đọc các tệp của chính dự án, không đọc liên kết
history-header = hàng tiêu đề
history-columns-hint = các cột là { $columns }
history-unknown-columns = không có cột { $columns }
history-form-or-rating = danh sách lịch sử khen thưởng phải có đúng một trong hai cột: `form` (các khen thưởng trước đây) hoặc `rating` (xếp loại hằng năm)
history-needs-column = danh sách lịch sử khen thưởng cần có cột `{ $column }`
history-row-both = mỗi hàng ghi một cá nhân (`name`) hoặc một tập thể (`collective`), không ghi cả hai
history-row-unnamed = mỗi hàng cần có `name`, `collective` hoặc `id`
history-year-empty = `year` để trống
history-year-bad = `year` `{ $value }` không phải là năm
history-year-future = `year` { $year } muộn hơn năm mới nhất của dự án ({ $latest })
history-name-long = tên dài hơn 500 ký tự
history-invisible = tên hoặc mã (`id`) chứa ký tự ẩn U+{ $code }
history-born = `born` `{ $value }` không phải là ngày sinh (`12/05/1985`, `1985-05-12` hoặc `1985`)
history-cell-long = ô dài hơn 500 ký tự
history-cell-word = ô có một từ dài hơn 40 ký tự, dài hơn một dòng
history-gender = `gender` `{ $value }` không phải nam cũng không phải nữ (Nam, Nữ)
history-date-year = `date` { $date } không thuộc năm { $year }: quyết định khen thưởng của một năm đề ngày trong năm đó hoặc đầu năm sau
history-form = không có hình thức khen thưởng `{ $form }` (lệnh `thidua forms` liệt kê các khóa)
history-basis = không có loại hình khen thưởng `{ $basis }`; phải là một trong { $keys }
history-date = `date` `{ $value }` không phải là ngày (2024-11-20 hoặc 20/11/2024)
history-rating = không có mức xếp loại `{ $rating }`; phải là một trong { $keys }
history-initiatives = `initiatives` `{ $value }` không phải là số đếm (từ 0 đến 1000)
history-id-born = `id` { $id } có ngày sinh { $first } tại { $at }, còn ở đây là { $born }
history-id-name = `id` { $id } là `{ $first }` tại { $at }, còn ở đây là `{ $name }`

# src/load/glyphs.rs
glyphs-missing = `{ $character }` ({ $code }) không có trong phông chữ nào: sẽ in thành một ô trống
glyphs-font-hint = hãy đặt một phông chữ có ký tự này (tệp .ttf hoặc .otf có giấy phép mở) vào thư mục `fonts/` của dự án, hoặc sửa lại văn bản
glyphs-control = không in được ký tự điều khiển ({ $code })
glyphs-control-hint = hãy xóa ký tự này: ký tự này do xuất tệp bị lỗi hoặc do sao chép trang mà có, không phải do gõ phím
glyphs-reorders = ký tự điều khiển hướng viết ({ $code }) sẽ làm các chữ sau nó in theo thứ tự khác
glyphs-reorders-hint = hãy xóa ký tự này: nó đi kèm văn bản sao chép từ trang web hoặc tin nhắn
glyphs-retype-space = hãy gõ lại thành dấu cách thông thường
glyphs-delete = hãy xóa ký tự này
glyphs-text-long = văn bản dài { $length } ký tự; không nhận văn bản dài hơn { $max } ký tự
glyphs-text-long-hint = một báo cáo dài thường khoảng 20 000 ký tự; hãy chia thành các mục
glyphs-cell-long = văn bản dài { $length } ký tự; một ô bảng tính chứa tối đa { $max } ký tự
glyphs-row-column = hàng { $row }, cột { $column }
glyphs-more = còn { $n } ký tự khác không in được
glyphs-times = { $message } ({ $n } lần trong tệp này; chỉ hiện lần đầu tiên)
glyphs-invisible = có { $what } ({ $code }) dán lẫn trong văn bản: { $effect }
glyphs-non-breaking-space = dấu cách không ngắt dòng
glyphs-zero-width-space = dấu cách độ rộng bằng không
glyphs-zero-width-joiner = ký tự nối hoặc dấu độ rộng bằng không
glyphs-direction-mark = dấu chỉ hướng viết
glyphs-soft-hyphen = dấu gạch nối mềm
glyphs-line-separator = ký tự phân cách dòng
glyphs-variation-selector = ký tự chọn biến thể
glyphs-effect-space = ký tự này in ra như dấu cách nhưng không phải dấu cách, nên khi tìm kiếm và sắp xếp, văn bản bị coi là khác với văn bản gõ thông thường
glyphs-effect-line = ký tự này ngắt dòng ngay tại chỗ nó đứng
glyphs-effect-nothing = ký tự này không in ra gì nhưng vẫn có mặt, nên khi tìm kiếm và sắp xếp, văn bản bị coi là khác với văn bản gõ thông thường

## The facts derived, and the model (src/derive, src/model)

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
years-register-gap = số sổ vàng { $from }–{ $to } của sổ `{ $register }` ({ $year }) không được quyết định nào cấp, nằm giữa { $before } và { $after }
years-report-no-nominee = `{ $stem }` không phải `id` hay tên (dạng tên tệp: `{ $example }`) của người được đề nghị nào trong tờ trình của hồ sơ này
years-report-shared = `{ $stem }.md` đang là phần II trong báo cáo thành tích của { $count } người được đề nghị: { $names }
years-report-shared-hint = hãy đặt cho mỗi người một tệp riêng theo `id` của họ (`thanh-tich/<id>.md`)

# src/model/figure.rs
model-figure-not = `{ $text }` không phải là con số: hãy ghi bằng chữ số, dùng dấu chấm trước phần thập phân (94.5)
model-figure-places = `{ $text }` có { $places } chữ số thập phân; tối đa { $max } chữ số
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
model-threshold-range = tỷ lệ phiếu tối thiểu (`threshold`) { $x } phải là tỷ lệ phần trăm lớn hơn 0 và không quá 100, tối đa hai chữ số thập phân
model-threshold-expected = cần một tỷ lệ phần trăm (`threshold: 80`) hoặc một tỷ lệ cho từng chế độ (`threshold: {"{"} B: 80, C: 80 {"}"}`), mỗi tỷ lệ lớn hơn 0 và không quá 100
model-coefficient-range = hệ số { $x } không phải là hệ số mức lương cơ sở hợp lệ: hãy ghi số từ 0 đến 10000, tối đa hai chữ số thập phân
model-coefficients-count = có { $count } hệ số: hãy ghi [cá nhân, tập thể] hoặc [cá nhân, tập thể, hộ gia đình]

# src/model/organization.rs, config.rs (what serde expected)
model-organization-expected = thông tin cơ quan, đơn vị (`name`, `short`, `place`, …), hoặc danh sách các tên gọi kèm ngày `from`
model-organization-at-least-one = ít nhất một cơ quan, đơn vị
model-signer-expected = khóa của một người (`huong`), hoặc `{"{"} person: huong, authority: [KT. GIÁM ĐỐC] {"}"}`

# src/model/forms.rs (after `forms.<key>.…: `)
forms-unknown-regime = không có chế độ `{ $key }`; các chế độ là { $regimes }
forms-unknown-regime-near = không có chế độ `{ $key }`; các chế độ là { $regimes } (có phải ý bạn là `{ $near }`?)
forms-unknown-form = không có hình thức khen thưởng `{ $form }`
forms-too-long = tối đa 50 năm và 1000 sáng kiến: không có quá trình công tác nào dài hơn
forms-consecutive-zero = `consecutive: 0` không yêu cầu năm nào
forms-route-needs = mỗi cách đạt điều kiện cần có `of` (hình thức khen thưởng mỗi năm) hoặc `rating`
forms-new-needs-name = hình thức khen thưởng mới cần có `name`

## Planning, rendering, typesetting, signing and writing (src/engine, src/render, src/typeset, src/signing, src/provenance, src/git.rs, src/output.rs)


### git (src/git.rs)

git-not-installed = chưa cài chương trình `git` (cần có `git` để đọc các phiên bản)
git-cannot-run = không chạy được git: { $error }
git-not-in-repository = `{ $dir }` không nằm trong kho git nào: hãy chạy `git init` và commit dự án để so sánh các phiên bản của nó
git-not-a-revision = `{ $rev }` không phải là một phiên bản (revision)
git-no-revision-shallow = không có phiên bản (revision) `{ $rev }` trong bản sao chỉ có một phần lịch sử này: hãy tải thêm lịch sử (`git fetch --unshallow`, hoặc `fetch-depth: 0` trong CI)
git-no-revision = không có phiên bản (revision) `{ $rev }` trong kho này (xem `git log --oneline`)
git-cannot-run-checkout = không chạy được `git checkout-index`
git-input = đầu vào của git

### deadline, inside, output (src/deadline.rs, src/inside.rs, src/output.rs)

deadline-overdue = { $what }: việc dàn trang chạy quá { $limit } giây nên đã bị dừng (có phải mẫu `{ $template }` bị lặp vô hạn?)
deadline-overdue-hint = hãy xem mã nguồn bằng `thidua render { $dossier } --doc { $what }`; nếu văn bản cần nhiều thời gian hơn, hãy tạo với `--timeout SECONDS`
inside-outside = `{ $path }` dẫn ra ngoài thư mục dự án (một liên kết): tệp nguồn phải là của chính dự án
output-holds-sources = không ghi kết quả vào `{ $path }`: thư mục này chứa tệp nguồn của dự án
output-outside = không ghi `{ $path }` ra ngoài thư mục kết quả
output-cannot-create = không tạo được `{ $path }`
output-cannot-write = không ghi được `{ $path }`
output-cannot-remove = không xóa được `{ $path }`
output-cannot-remove-link = không xóa được liên kết `{ $path }`

### engine: the build's summary (src/engine/tally.rs)

tally-certificates = { $certificates } bằng khen/giấy khen, { $pages } trang
tally-annex = phụ lục { $rows } hàng
tally-annexes = { $annexes } phụ lục { $rows } hàng
tally-no-dossier = không có hồ sơ (`*.yaml`) nào trong `content/`
tally-no-match = không có hồ sơ nào khớp với `--only { $pattern }` (mẫu này khớp với đường dẫn trong `content/`, không kèm `.yaml`, ví dụ `2024/*`)
tally-nothing-to-make = không có hồ sơ nào có báo cáo hay quyết định cần tạo

### engine: making documents (src/engine/)

clean-kept-changed = giữ lại `{ $file }`: tệp đã bị sửa từ khi thidua ghi nó
outcome-no-provenance = { $file }: không ghi được thông tin nguồn gốc: { $error }
outcome-spreadsheet = { $stem }: bảng tính: { $error }
pieces-unreadable = không đọc lại được tệp quyết định
pieces-cannot-split = không chia được phụ lục thành các trang
# $one is what one page of the document is: certificate, invitation or page.
print-pages-mismatch = { $stem }: tệp in có { $pages } trang cho { $recipients } { $one ->
        [certificate] bằng khen/giấy khen
        [invitation] giấy mời
       *[other] trang
    } của văn bản
print-unreadable = { $doc }: không đọc lại được tệp in
produce-page-overflows = { $stem }: { $one ->
        [certificate] bằng khen/giấy khen
        [invitation] giấy mời
       *[other] trang
    } `{ $name }` chiếm { $pages } trang: không vừa một trang
produce-overflows = { $stem }: có { $one ->
        [certificate] bằng khen/giấy khen
        [invitation] giấy mời
       *[other] trang
    } không vừa một trang
produce-internal-error = { $stem }: lỗi nội bộ khi dàn trang (xin hãy báo lỗi này)
produce-no-signature-place = bản điện tử của văn bản không đánh dấu chỗ ký nào mà thidua đọc được (`signature-room` trong khối chữ ký của mẫu (template): một dấu `thidua-sign` có `field` là `signer` (người ký) hoặc `agency` (cơ quan), có `name`, và `w`, `h` tính bằng mm)
produce-signature-zone = vùng chữ ký { $w } × { $h } mm không phù hợp để đặt chữ ký, hoặc nằm ra ngoài trang
produce-typst-hint = khi dàn trang { $stem } của `{ $dossier }`; hãy xem mã nguồn bằng `thidua render { $dossier } --doc { $stem }`
produce-typst-generated = typst: { $message } (trong mã được sinh ra { $file }:{ $line }:{ $column })
prepare-written-twice = `{ $file }.pdf` sẽ bị ghi bởi cả { $first } lẫn { $second }
prepare-written-twice-hint = hãy đặt cho hình thức khen thưởng (trong `forms:`) một khóa mà không tên văn bản nào bắt đầu bằng nó, hoặc đánh số khác cho các văn bản
prepare-no-emblem = bằng khen/giấy khen của hồ sơ đã ở trạng thái chính thức nhưng vẫn in hình giữ chỗ ở vị trí quốc huy/biểu trưng
prepare-no-emblem-hint = hãy đặt quốc huy/biểu trưng vào assets/emblem.png (hoặc .svg, .jpg)

## The kinds of document, as messages name them (their `name`)

kinds-name-achievement-report = báo cáo thành tích (`achievement-report`)
kinds-name-invitations = giấy mời (`invitations`)
kinds-name-programme = chương trình (`programme`)
kinds-name-script = kịch bản (`script`)
kinds-name-slides = trình chiếu (`slides`)
kinds-name-certificates = bằng khen/giấy khen (`certificates`)
kinds-name-calibration = trang căn chỉnh in (`calibration`)
kinds-name-decision = quyết định (`decision`)
kinds-name-minutes = biên bản (`minutes`)
kinds-name-payment = danh sách chi thưởng (`payment`)
kinds-name-proposal = tờ trình (`proposal`)
kinds-name-report = báo cáo (`report`)
stamp-unreadable = không đọc lại được tệp
stamp-no-provenance = không ghi được thông tin nguồn gốc của `{ $file }`: { $error }

### render: templates (src/render/)

render-schema-hint = `thidua schema --template { $kind }` liệt kê mọi tên dùng được
render-template-error = lỗi mẫu (template): { $message }
render-stray = không có mẫu nào được đọc từ tệp này: thidua dùng mẫu có sẵn
render-stray-hint = các mẫu (template) là { $names }; có phải ý bạn là `{ $near }`?
# Where a template came from, when the project has no file of its own for it.
render-builtin-origin = mẫu có sẵn { $name }
render-names-nothing = `{ $path }` không khớp với tên nào trong dữ liệu
render-names-nothing-near = `{ $path }` không khớp với tên nào trong dữ liệu; có phải ý bạn là `{ $near }`?
render-names-nothing-in = `{ $path }` trong `#{ $helper }` không khớp với tên nào trong dữ liệu
render-near-hint = có phải ý bạn là `{ $near }`? (`thidua schema --template { $kind }` liệt kê mọi tên dùng được)
render-partial-document = `{"{{"}> { $used }{"}}"}` chèn mẫu (template) của một văn bản: hãy chép phần cần dùng vào một mẫu con nội tuyến (`{"{{"}#*inline "…"{"}}"}`)
render-partial-unknown = `{"{{"}> { $used }{"}}"}` không chỉ đến mẫu con nội tuyến nào của mẫu này
render-partial-itself = mẫu con nội tuyến `{ $start }` tự chèn chính nó: việc dựng sẽ không bao giờ kết thúc
render-partial-computed = tên của mẫu con phải được viết rõ, không được tính ra
render-inline-computed = tên của mẫu con nội tuyến phải được viết rõ
render-composite-printed = `{ $name }` là một bảng khóa hoặc một danh sách, sẽ in ra thành `[object]`: hãy ghi tên một trường của nó, hoặc duyệt qua nó bằng `#each`
render-longest-no-field = `{ $field }` không phải là trường của các hàng trong `longest`
render-longest-no-field-near = `{ $field }` không phải là trường của các hàng trong `longest`; có phải ý bạn là `{ $near }`?
render-each-too-deep = `#each` lồng nhau quá { $depth } cấp: việc dựng sẽ không bao giờ kết thúc

### typeset (src/typeset/)

typeset-assets-only = mẫu (template) chỉ được đọc các tệp trong thư mục `assets/` của dự án
typeset-rows-mismatch = phụ lục có { $rows } hàng trong khi danh sách có { $expected } hàng (các hàng thiếu: { $missing }; các hàng lặp: { $twice })
join-pages-out-of-range = một phần cần các trang { $pages } trong tổng số { $total } trang
join-object-not-copied = một đối tượng của một phần chưa được sao chép
join-no-such-piece = không có phần này trong tệp trước
join-nothing = không có gì để ghép
join-failed = khi ghép các tệp PDF: { $error }
join-part-missing = thiếu một phần trong tệp trước
join-no-previous = không có tệp trước để lấy một phần
join-cannot-read = khi đọc lại một tệp PDF: { $error }
join-cannot-write = khi ghi tệp PDF đã ghép: { $error }

### signing: signatures checked (src/signing/)

signing-not-verified = một chữ ký không xác thực được: { $why }
signing-not-hex = nội dung của chữ ký không phải dạng hex
signing-not-cms = không phải chữ ký CMS ({ $error })
signing-trailing-bytes = sau chữ ký, trong phần nội dung còn có các byte khác 0
signing-not-signed-data = không phải dữ liệu đã ký `SignedData` ({ $error })
signing-no-signer = không có người ký
signing-many-signers = một chữ ký có nhiều hơn một người ký
signing-no-certificate = chữ ký không kèm chứng thư số của nó
signing-sha1 = hàm băm của chữ ký là SHA-1, không còn an toàn
signing-unknown-digest = thidua không kiểm tra loại hàm băm của chữ ký này
signing-rsa-pss = chữ ký dùng RSA-PSS, loại thidua không kiểm tra
signing-not-rsa = chữ ký không phải loại RSA mà thidua kiểm tra (PKCS#1 v1.5)
signing-no-digest = thiếu giá trị băm của nội dung (`messageDigest`)
signing-changed = các byte mà chữ ký bảo vệ đã bị thay đổi
signing-no-attributes = chữ ký không ký thuộc tính nào (thiếu `messageDigest`)
signing-unknown-key = khóa của chữ ký không phải khóa RSA mà thidua kiểm tra
signing-short-key = khóa RSA của chữ ký ngắn hơn 2048 bit
signing-wrong-signer = chữ ký không phải của người ký được nêu
signing-nameless-certificate = (chứng thư số không có tên)
signing-no-field = thidua không tạo trường chữ ký nào trong tệp
signing-unsigned-bytes = có các byte được thêm vào sau phần của thidua mà không chữ ký nào bao gồm
signing-same-end = có hai chữ ký kết thúc ở cùng một chỗ
signing-after-last = có các byte được thêm vào sau chữ ký cuối cùng
signing-not-a-pdf = không đọc được tệp dưới dạng PDF
signing-no-field-filled = có một chữ ký không nằm trong trường chữ ký nào của thidua
signing-wrong-kind = chữ ký trong “{ $field }” không thuộc loại dùng để ký PDF (adbe.pkcs7.detached, ETSI.CAdES.detached)
signing-signs-nothing = có một trường chứa chữ ký không ký phần nào của tệp
signing-range-unreadable = không đọc được phạm vi byte (`/ByteRange`) của một chữ ký
signing-range-leaves-out = phạm vi byte (`/ByteRange`) của một chữ ký chừa ra nhiều hơn phần chứa chính chữ ký đó
signing-revision-not-a-pdf = không đọc được một phiên bản đã ký dưới dạng PDF
signing-field-changed = một lần cập nhật đã ký làm thay đổi trường chữ ký hoặc biểu mẫu của thidua (đối tượng { $object }) quá phạm vi chữ ký của nó
signing-object-changed = một lần cập nhật đã ký ghi lại đối tượng { $object } của thidua theo cách khác
signing-other-catalog = một lần cập nhật đã ký gán cho tệp một mục lục gốc (`/Catalog`) khác
signing-xref-stream = một lần cập nhật sau phần của thidua có luồng tham chiếu chéo (`/XRef`), loại mà thidua không đọc
signing-no-xref = một lần cập nhật sau phần của thidua không có bảng tham chiếu chéo (`xref`)
signing-unlisted-object = một lần cập nhật sau phần của thidua chứa đối tượng { $object } mà bảng tham chiếu chéo của nó không liệt kê
signing-xref-unreadable = không đọc được một bảng tham chiếu chéo sau phần của thidua
signing-listed-twice = một bảng tham chiếu chéo sau phần của thidua liệt kê đối tượng { $object } hai lần
signing-object-freed = một lần cập nhật sau phần của thidua loại bỏ đối tượng { $object } của thidua
signing-object-elsewhere = một bảng tham chiếu chéo sau phần của thidua trỏ đối tượng { $object } đến chỗ khác
signing-not-as-typst = bảng tham chiếu chéo hoặc các trang của tệp không đúng như typst ghi

### provenance: each PDF's record (src/provenance/)

provenance-unreadable = không đọc được tệp
provenance-not-as-typst = bảng tham chiếu chéo hoặc mục lục gốc (`/Catalog`) của tệp không đúng như typst ghi
provenance-no-rdf = siêu dữ liệu XMP của tệp không có RDF

## The commands (src/cmd, src/review)

## check (src/cmd/check.rs)

check-ok = không có lỗi: { $dossiers } hồ sơ, { $documents } văn bản

## render (src/cmd/render.rs)

render-cmd-unreadable = không đọc được `{ $file }`
render-cmd-no-project = `{ $file }` không nằm trong dự án thidua nào (không có thidua.yaml ở thư mục chứa tệp hay các thư mục cha)
render-cmd-not-dossier = `{ $file }` không phải là hồ sơ trong content/
render-cmd-no-document = hồ sơ này không có văn bản `{ $doc }`; các văn bản của hồ sơ: { $names }

## diff (src/cmd/diff.rs)

diff-no-project = không có dự án thidua trong `{ $dir }` hay các thư mục cha (không có thidua.yaml): hãy chạy `thidua diff` trong dự án, hoặc ghi `--project THƯ_MỤC`
# A version compared: the files as they are now, not a commit.
diff-working-tree = thư mục làm việc
diff-temporary = không tạo được thư mục tạm: { $error }
# `HEAD~1 (1a2b3c4d5e6f)`, a commit whose files have no project yet.
diff-without-project = { $label }, khi chưa có dự án
diff-has-errors = dự án tại { $label } có lỗi:
diff-cannot-compare = không so sánh được với { $label }: các tệp nguồn của phiên bản này có lỗi (xem ở trên)
diff-at = tại { $label }: { $error }

## build (src/cmd/build.rs)

build-no-commit = các tệp kết quả không ghi được commit nguồn của mình: { $why }
# Said within the summary, after the files written.
build-removed = , { $count } tệp đã xóa
# `built 26 documents (168 files, 12 written, 2 removed; typeset 30/30) into out in 0.4 s: 33 certificates, …`;
# $removed is build-removed or nothing, $counted `: ` and the counts of the kinds, or nothing.
build-summary = đã tạo { $docs } văn bản ({ $files } tệp, { $written } tệp ghi mới{ $removed }; dàn trang { $typeset }/{ $units }) vào { $out } trong { $secs } giây{ $counted }
# The progress bar: its placeholders are indicatif's own fields, put in as they are.
build-progress = { $bar } { $pos }/{ $len } đã dàn trang { $elapsed }

## forms (src/cmd/forms.rs)

forms-cmd-no-folder = không có thư mục `{ $dir }`
forms-cmd-not-file = `{ $file }` không phải là tệp
forms-cmd-too-large = `{ $file }` lớn hơn 16 MB: hãy xem `thidua check`
forms-cmd-unreadable = không đọc được `{ $file }`
forms-cmd-invalid = không đọc được `{ $file }`: hãy xem `thidua check`
# The table's heads: each form's key, name, title or form, who decides it, whether it
# has a certificate, its money per regime ($regime is the regime's key), its vote threshold.
forms-cmd-head-key = khóa
forms-cmd-head-name = tên
forms-cmd-head-kind = danh hiệu/hình thức
forms-cmd-head-by = cấp quyết định
forms-cmd-head-certificate = bằng khen/giấy khen
forms-cmd-head-money = tiền thưởng { $regime }
forms-cmd-head-vote = tỷ lệ phiếu
# Decided by: the head of any agency.
forms-cmd-by-any = mọi cấp
forms-cmd-title = danh hiệu
forms-cmd-form = hình thức
# Whether the form has a certificate.
forms-cmd-yes = có
forms-cmd-no = không

## init (src/cmd/init/mod.rs)

init-skipped = bỏ qua { $file } (tệp đã có; thidua không bao giờ ghi đè)
init-wrote = đã ghi { $count } tệp vào { $dir }; bây giờ hãy chạy `thidua build { $dir }`, hoặc `thidua serve { $dir } --open` để xem các văn bản trên trình duyệt trong khi soạn

## history (src/cmd/history.rs)

history-cmd-no-one = không có ai tên `{ $query }` trong các hồ sơ hay trong history/ (hãy ghi `id` hoặc họ và tên)
history-cmd-many = có { $count } người khớp với `{ $query }`; hãy chọn một người theo `id`:
# A person to choose from, or whose records follow: name, date of birth, `id`.
history-cmd-person-born = { $name }, sinh { $born }
history-cmd-person-id = { $name } (id { $id })
history-cmd-person-born-id = { $name }, sinh { $born } (id { $id })
history-cmd-workbook = không tạo được tệp Excel của sổ theo dõi: { $error }
history-cmd-unwritable = không ghi được `{ $file }`: { $error }
history-cmd-wrote = đã ghi { $file }
history-cmd-not-xlsx = `{ $file }`: sổ theo dõi là tệp Excel: hãy đặt tên `….xlsx`
history-cmd-link = `{ $file }` là một liên kết: sổ theo dõi được ghi vào một tệp riêng, không ghi qua liên kết
history-cmd-among-sources = `{ $file }`: nằm trong `{ $dir }/`, giữa các tệp nguồn của dự án: hãy ghi ở nơi khác (`out/so-theo-doi.xlsx`)
# The heads of the Markdown table (`--format markdown`), with and without whom each
# record is of: a Markdown table's row, each cell between `|`.
history-cmd-md-head-named = | Năm | Họ và tên | Khen thưởng, xếp loại | Quyết định | Nguồn |
history-cmd-md-head = | Năm | Khen thưởng, xếp loại | Quyết định | Nguồn |

## watch (src/cmd/watch.rs)

watch-no-ctrl-c = không bắt được Ctrl-C
watch-unreadable = không đọc được `{ $dir }`
watch-no-watcher = không theo dõi được các thay đổi
watch-cannot-watch = không theo dõi được `{ $dir }`
watch-watching = đang theo dõi { $dir } (nhấn Ctrl-C để dừng)
watch-failed = tạo lại không thành công; giữ nguyên các tệp kết quả trước

## serve (src/cmd/serve): its terminal lines, and the plain text of the answers the
## page's server refuses or cannot give (the page itself is in src/cmd/serve/page).

serve-cannot-bind = không mở được trang tại 127.0.0.1:{ $port }: { $error } (hãy dùng cổng khác: `--port 8080`, hoặc `--port 0` để chọn một cổng bất kỳ còn trống)
serve-failed = không mở được trang: { $error }
serve-serving = trang đang chạy tại { $url } (nhấn Ctrl-C để dừng)
serve-no-browser = không mở được trình duyệt: hãy tự mở { $url }
serve-not-found = không tìm thấy
serve-other-host = máy chủ này chỉ nhận truy cập qua 127.0.0.1 và localhost
serve-read-only = chỉ đọc
serve-too-many = có quá nhiều trang đang mở

## verify (src/cmd/verify): what is said of each file after its name. The verdict words
## OK, EDITED, STALE and DIFFERENT open their lines in every language: scripts read them.

verify-unreadable = không đọc được: { $error }
verify-not-checked = { $count } tệp không kiểm tra được (xem ở trên)
verify-not-file = đây không phải là tệp
verify-too-large = tệp có { $bytes } byte, lớn hơn mọi tệp do thidua tạo ra
verify-not-thidua = không do thidua tạo ra (tệp không có bản ghi nguồn gốc)
# $made: what the file's record says it was made from (verify-made-…).
verify-other-version = do thidua { $version } tạo ra ({ $made }); đây là thidua { $ours }: hãy kiểm tra bằng phiên bản đó
verify-edited-signed = EDITED sau khi thidua tạo ra, tệp đã bị sửa: { $why } ({ $made })
verify-edited-after = EDITED sau khi thidua tạo ra, tệp đã bị sửa ({ $made })
verify-record-unreadable = không đọc được bản ghi nguồn gốc của tệp ({ $made })
verify-no-project = tạo từ { $made }; không tìm thấy dự án để so sánh (hãy ghi `--project THƯ_MỤC`)
verify-cannot-check = tạo từ { $made }; { $why }
# $said: the sources compared with (verify-sources-…).
verify-cannot-make = tạo từ { $made }; { $said } không tạo lại được tệp: { $error }
verify-stale = STALE: { $said } không còn tạo ra tệp này ({ $made })
# $signed: verify-signed-by, or nothing for a file no one signed.
verify-ok = OK{ $signed }: { $made }; { $said } tạo ra đúng từng byte, kể cả bản ghi nguồn gốc
# $fields: the fields of the record that differ (`commit`, `inputs`, verify-field-dirty, …).
verify-edited-record = EDITED: bản ghi nguồn gốc của tệp khác với bản ghi thidua viết ({ $fields }) ({ $made })
verify-different = DIFFERENT: { $said } tạo ra các byte khác ({ $made }): tệp đã bị sửa, hoặc các tệp nguồn đã thay đổi
# The signatures of a signed electronic version: the first signer, then each other, each
# with the signature field it signed.
verify-signer = { $name } (tại “{ $field }”)
verify-signer-then = , sau đó { $name } (tại “{ $field }”)
# $fields: the signature fields not signed, each in quotes.
verify-unsigned = ; chưa ký: “{ $fields }”
verify-signed-by = , đã ký số: { $signers }{ $unsigned } (mỗi chữ ký số đều hợp lệ với phần dữ liệu nó ký; chuỗi chứng thư số không được kiểm tra)
# A field of the record (the others are named by their keys).
verify-field-dirty = thay đổi chưa commit
# What a record says a file was made from: its dossier, at a commit or not, by a version.
verify-made-dirty = { $dossier } tại commit { $commit } kèm thay đổi chưa commit, thidua { $version }
verify-made-commit = { $dossier } tại commit { $commit }, thidua { $version }
verify-made-before-commit = { $dossier } (trong git, trước commit đầu tiên), thidua { $version }
verify-made-outside-git = { $dossier } (ngoài git), thidua { $version }

# The sources a file is made again from, as a verdict names them.
verify-sources-tree = các tệp nguồn trong thư mục làm việc
verify-sources-commit = các tệp nguồn tại commit { $commit }
# Why a file cannot be checked here.
verify-no-repository = tệp không ghi kho git nào, còn dự án lại nằm trong một kho git: không kiểm tra được ở đây
verify-git-unreadable = git không đọc được kho ở đây: { $error }
verify-not-in-git = tệp ghi các thay đổi chưa commit của một kho git, còn dự án ở đây không nằm trong git
verify-other-commit = tệp ghi các thay đổi chưa commit trên một commit khác với commit đang checkout ({ $commit }): hãy kiểm tra tại nơi đã tạo tệp
verify-other-no-commit = tệp ghi các thay đổi chưa commit trên một commit khác với commit đang checkout (chưa có commit nào): hãy kiểm tra tại nơi đã tạo tệp
verify-changes-gone = tệp ghi các thay đổi chưa commit, nhưng các tệp nguồn hiện không còn thay đổi nào: những gì dùng để tạo tệp không còn nữa
verify-names-commit = tệp ghi commit { $commit }: { $error }
verify-commit-missing = commit { $commit } không có trong kho này: không kiểm tra được ở đây
verify-temporary = không tạo được thư mục tạm: { $error }
verify-no-project-at = dự án chưa có tại commit { $commit }
verify-problems = các tệp nguồn có { $count } lỗi (xem `thidua check`)
verify-fails = tạo lại không thành công
# `thidua verify --code`.
verify-not-code = `{ $typed }` không phải là mã kiểm tra: mã gồm tám chữ cái và chữ số, ví dụ `7KQ2-M9XD`
verify-code-files = hồ sơ { $dossier }, bằng khen/giấy khen { $certificate }
verify-code-none = các tệp nguồn hiện tại không tạo ra bằng khen/giấy khen nào có mã kiểm tra này (mã thay đổi theo nội dung in trên bằng khen/giấy khen: với bản in từ phiên bản trước, hãy chạy lệnh này trong bản checkout của commit đó)

## review (src/review): what `diff` says of a change, as text and as Markdown.

review-no-difference = các văn bản không có gì khác
review-summary = thay đổi { $dossiers } hồ sơ, { $documents } văn bản và { $files } tệp
# After a dossier or a document: what became of it (nothing when it changed).
review-status-added = (mới)
review-status-removed = (đã bỏ)
review-status-renumbered = (đổi số)
# A document that prints the same data.
review-same-data = (dữ liệu không đổi: mẫu (template), thư viện định dạng, phông chữ hoặc tệp trong `assets/` đã thay đổi)
# What became of a person of a list, in a word that opens the line (padded to 8 characters).
review-person-added = thêm
review-person-removed = bỏ
review-person-renamed = đổi tên
review-person-moved = đổi chỗ
review-person-changed = sửa
# A value that is true or false.
review-yes = có
review-no = không
review-files = tệp: { $changed } tệp thay đổi, { $added } tệp mới, { $removed } tệp không còn được tạo
# An entry of a list added or removed, said by its length.
review-entries = { $count } mục

## Thêm sau (được xếp theo mã trong en.ftl)

files-tab-indent = dòng { $line } thụt lề bằng ký tự tab: YAML chỉ thụt lề bằng dấu cách; hãy thay tab bằng dấu cách
validate-person-by-name = hãy ghi mã của { $name } trong `people:`: `{ $key }`
serde-found-huge = số { $value }, quá lớn
serde-expected-value = một giá trị nhỏ hơn
yaml-control = tệp có ký tự điều khiển (không in được): hãy xóa ký tự đó
cli-error-twice = '{ $arg }' được ghi hai lần: chỉ ghi một lần
cli-lang-variable = THIDUA_LANG đang là `{ $value }`: thidua dùng vi (tiếng Việt, mặc định) hoặc en (tiếng Anh)
