
## load-a

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
cycle-meeting-after-proposal = cuộc họp ngày { $meeting } diễn ra sau tờ trình của awards[{ $index }] ({ $date }), trong khi cuộc họp phải diễn ra trước
cycle-meeting-after-decision = cuộc họp ngày { $meeting } diễn ra sau quyết định của awards[{ $index }] ({ $date }), trong khi cuộc họp phải diễn ra trước
cycle-meeting-ends-first = cuộc họp bắt đầu lúc { $start } nhưng kết thúc lúc { $end }
cycle-proposal-after-decision = tờ trình đề ngày { $date }, sau quyết định của nó ngày { $decision }
cycle-proposal-to-no-one = tờ trình không gửi đến ai
cycle-proposal-shared-differs = Tờ trình số { $number } cũng là tờ trình của awards[{ $other }], nhưng trường `{ $field }` khác nhau: một Tờ trình chỉ có một ngày, một người ký và một nơi nhận, và chỉ đề nghị một trong hai: khen thưởng thuộc thẩm quyền của cơ quan, đơn vị hoặc khen thưởng thuộc thẩm quyền của cấp trên
cycle-proposal-shared-differs-hint = hãy cho tờ trình này một số riêng
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
cycle-votes-missing = người được đề nghị này không có `votes`, trong khi những người khác của cùng khen thưởng đều có
cycle-votes-missing-hint = hãy ghi số phiếu đồng ý, ghi 0 nếu không có phiếu nào
cycle-no-ballot = `{ $form }` không bỏ phiếu: số phiếu được ghi vào biên bản mà không có kết luận
cycle-no-ballot-hint = nếu hội đồng bỏ phiếu cho hình thức khen thưởng này, hãy đặt `threshold` cho nó trong `forms:` ở thidua.yaml
cycle-votes-below = `{ $name }` được { $votes } trên { $members } phiếu, thấp hơn tỷ lệ phiếu tối thiểu { $threshold } mà hình thức khen thưởng yêu cầu: không được đưa vào tờ trình, quyết định, bằng khen/giấy khen và danh sách chi thưởng
cycle-none-passed = không người được đề nghị nào của awards[{ $index }] đạt số phiếu: khen thưởng này không có tờ trình, quyết định hay bằng khen/giấy khen

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
validate-basis-empty = một dòng `Căn cứ` để trống
validate-basis-date = dòng `Căn cứ` từ { $date } không hợp lý
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
validate-unknown-person-hint = { $suggestion } (mọi người được khai báo trong `people:` ở thidua.yaml)
validate-no-signer = quyết định của cơ quan, đơn vị cần có `signer`
validate-no-signer-hint = hoặc ghi `issuer` và `symbol` nếu quyết định do nơi khác ban hành
validate-no-regime = không có luật, nghị định về thi đua, khen thưởng nào có hiệu lực vào ngày { $date }
validate-no-regime-hint = hãy khai báo luật, nghị định áp dụng trong `regimes:` ở thidua.yaml

## src/load/plausible.rs

plausible-number-zero = số văn bản 0: số bắt đầu từ 1
plausible-date = ngày { $date } không hợp lý: nằm ngoài khoảng năm { $first }–{ $last }
plausible-key-chars = không thể nêu `{ $key }` trong văn bản: khóa chỉ gồm chữ cái ASCII, chữ số, `-` và `_`
plausible-key-twice = một thành tích khác đã có `key: { $key }`
plausible-name-long = tên (name) của thành tích dài { $count } ký tự; tối đa { $most } ký tự
plausible-unit-long = đơn vị tính (unit) của thành tích dài { $count } ký tự; tối đa { $most } ký tự
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
load-not-a-project = không có `thidua.yaml` trong `{ $folder }`: đây không phải dự án thidua (hãy tạo dự án bằng `thidua init DIR`)
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

numbered-report-used = số của báo cáo { $number }/BC năm { $year } đã được dùng tại `{ $at }`
numbered-invitation-used = số của giấy mời { $number }/GM năm { $year } đã được dùng tại `{ $at }`
numbered-minutes-used = số của biên bản { $number }/BB năm { $year } đã được dùng tại `{ $at }`
numbered-proposal-used = số của tờ trình { $number }/TTr năm { $year } đã được dùng tại `{ $at }`
numbered-decision-used = số của quyết định { $number }/QĐ năm { $year } đã được dùng tại `{ $at }`
numbered-used-hint = mỗi văn bản trong năm có một số riêng

## src/load/references.rs

refs-not-a-reference = `{ $raw }` không phải là một tham chiếu: đoạn văn chỉ được nêu dữ kiện, như `{"{{"}awards.all.recipients{"}}"}`
refs-not-a-reference-hint = không được dùng helper, block, partial hay giá trị thô trong đoạn văn
refs-names-no-fact = `{"{{"}{ $name }{"}}"}` không chỉ đến dữ kiện nào
refs-guide-hint = chương về báo cáo trong hướng dẫn (docs/src/report.md) liệt kê những gì đoạn văn có thể nêu
refs-no-achievement = không có thành tích nào của hồ sơ này có `key: { $key }`
refs-rate-percent = `{ $key }` là một tỷ lệ (`unit: "%"`), được đánh giá theo điểm phần trăm: tỷ lệ so với kế hoạch không có ý nghĩa; hãy ghi `.actual` hoặc `.verdict`
refs-no-form = hồ sơ này (kể cả `awards_from`) không có khen thưởng nào đã có quyết định thuộc hình thức `{ $form }`
refs-no-conference = hồ sơ này không có `conference`

## src/load/lenient.rs

load-file-unread = không đọc được tệp
