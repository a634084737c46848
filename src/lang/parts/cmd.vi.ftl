
## cmd

## check (src/cmd/check.rs)

check-ok = ok: { $dossiers } hồ sơ, { $documents } văn bản

## render (src/cmd/render.rs)

render-cmd-unreadable = không đọc được `{ $file }`
render-cmd-no-project = `{ $file }` không nằm trong dự án thidua nào (không có thidua.yaml ở thư mục trên nó)
render-cmd-not-dossier = `{ $file }` không phải là hồ sơ trong content/
render-cmd-no-document = hồ sơ này không có văn bản `{ $doc }`; các văn bản của hồ sơ: { $names }

## diff (src/cmd/diff.rs)

diff-no-project = không có dự án thidua trong `{ $dir }` hay thư mục trên nó (không có thidua.yaml): hãy chạy diff trong dự án, hoặc ghi --project DIR
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
forms-cmd-too-large = `{ $file }` lớn hơn 16 MB: xem `thidua check`
forms-cmd-unreadable = không đọc được `{ $file }`
forms-cmd-invalid = không đọc được `{ $file }`: xem `thidua check`
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
history-cmd-workbook = không tạo được sổ (tệp Excel): { $error }
history-cmd-unwritable = không ghi được `{ $file }`: { $error }
history-cmd-wrote = đã ghi { $file }
history-cmd-not-xlsx = `{ $file }`: sổ theo dõi là tệp Excel: hãy đặt tên `….xlsx`
history-cmd-link = `{ $file }`: là liên kết (link): sổ theo dõi được ghi vào một tệp riêng, không ghi qua liên kết
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
serve-failed = không phục vụ được trang: { $error }
serve-serving = đang phục vụ { $url } (nhấn Ctrl-C để dừng)
serve-no-browser = không mở được trình duyệt: hãy tự mở { $url }
serve-not-found = không tìm thấy
serve-other-host = máy chủ này chỉ trả lời 127.0.0.1 và localhost
serve-read-only = chỉ đọc
serve-too-many = có quá nhiều trang đang mở

## verify (src/cmd/verify): what is said of each file after its name. The verdict words
## OK, EDITED, STALE and DIFFERENT open their lines in every language: scripts read them.

verify-unreadable = không đọc được: { $error }
verify-not-checked = { $count } tệp không kiểm tra được (xem ở trên)
verify-not-file = đây không phải là tệp
verify-too-large = { $bytes } byte, lớn hơn mọi tệp thidua tạo ra
verify-not-thidua = không do thidua tạo ra (tệp không có bản ghi nguồn gốc)
# $made: what the file's record says it was made from (verify-made-…).
verify-other-version = do thidua { $version } tạo ra ({ $made }); đây là thidua { $ours }: hãy kiểm tra bằng phiên bản đó
verify-edited-signed = EDITED: tệp đã bị sửa sau khi thidua tạo ra: { $why } ({ $made })
verify-edited-after = EDITED: tệp đã bị sửa sau khi thidua tạo ra ({ $made })
verify-record-unreadable = không đọc được bản ghi nguồn gốc của tệp ({ $made })
verify-no-project = tạo từ { $made }; không tìm thấy dự án để so sánh (hãy ghi --project DIR)
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
verify-fails = đã xảy ra lỗi
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
review-same-data = (dữ liệu không đổi: mẫu (template), thư viện định dạng, phông chữ hoặc tài nguyên (assets) đã thay đổi)
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

