
## engine


### git (src/git.rs)

git-not-installed = chưa cài chương trình `git` (cần có nó để đọc các phiên bản (revision))
git-cannot-run = không chạy được git: { $error }
git-not-in-repository = `{ $dir }` không nằm trong kho git nào: hãy chạy `git init` và commit dự án để so sánh các phiên bản của nó
git-not-a-revision = `{ $rev }` không phải là một phiên bản (revision)
git-no-revision-shallow = không có phiên bản (revision) `{ $rev }` trong bản sao nông (shallow clone) này (chỉ một phần lịch sử được tải về): hãy tải thêm (`git fetch --unshallow`, hoặc `fetch-depth: 0` trong CI)
git-no-revision = không có phiên bản (revision) `{ $rev }` trong kho này (xem `git log --oneline`)
git-cannot-run-checkout = không chạy được `git checkout-index`
git-input = đầu vào của git

### deadline, inside, output (src/deadline.rs, src/inside.rs, src/output.rs)

deadline-overdue = { $what }: việc dàn trang chạy quá { $limit } giây nên đã bị dừng (mẫu (template) `{ $template }` có lặp mãi không?)
deadline-overdue-hint = xem mã nguồn của nó bằng `thidua render { $dossier } --doc { $what }`; văn bản cần lâu hơn thì tạo với `--timeout SECONDS`
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
tally-nothing-to-make = không hồ sơ nào có báo cáo hay quyết định cần tạo

### engine: making documents (src/engine/)

clean-kept-changed = giữ lại `{ $file }`: tệp đã bị sửa từ khi thidua ghi nó
outcome-no-provenance = { $file }: không ghi được bản ghi nguồn gốc: { $error }
outcome-spreadsheet = { $stem }: bảng tính: { $error }
pieces-unreadable = không đọc lại được tệp quyết định
pieces-cannot-split = không chia được phụ lục thành các trang
# $one is what one page of the document is: certificate, invitation or page.
print-pages-mismatch = { $stem }: tệp in ra { $pages } trang cho { $recipients } { $one ->
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
produce-no-signature-place = bản điện tử của văn bản không đánh dấu chỗ ký nào mà thidua đọc được (`signature-room` trong khối chữ ký của mẫu (template): một dấu `thidua-sign` có `field` là người ký (signer) hoặc cơ quan (agency), `name`, và `w`, `h` tính bằng mm)
produce-signature-zone = vùng chữ ký { $w } × { $h } mm không vừa một chữ ký, hoặc nằm ra ngoài trang
produce-typst-hint = khi dàn trang { $stem } của `{ $dossier }`; xem mã nguồn bằng `thidua render { $dossier } --doc { $stem }`
produce-typst-generated = typst: { $message } (mã sinh ra { $file }:{ $line }:{ $column })
prepare-written-twice = `{ $file }.pdf` sẽ bị ghi bởi cả { $first } lẫn { $second }
prepare-written-twice-hint = hãy đặt cho hình thức khen thưởng (trong `forms:`) một khóa mà không tên văn bản nào bắt đầu bằng nó, hoặc đánh số khác cho các văn bản
prepare-no-emblem = bằng khen/giấy khen của hồ sơ đã ở trạng thái chính thức nhưng vẫn in hình giữ chỗ ở vị trí quốc huy/biểu trưng
prepare-no-emblem-hint = hãy đặt quốc huy/biểu trưng vào assets/emblem.png (hoặc .svg, .jpg)

## The kinds of document, as messages name them (their `name`)

kinds-name-achievement-report = báo cáo thành tích (achievement-report)
kinds-name-invitations = giấy mời (invitations)
kinds-name-programme = chương trình (programme)
kinds-name-script = kịch bản (script)
kinds-name-slides = trình chiếu (slides)
kinds-name-certificates = bằng khen/giấy khen (certificates)
kinds-name-calibration = trang căn chỉnh in (calibration)
kinds-name-decision = quyết định (decision)
kinds-name-minutes = biên bản (minutes)
kinds-name-payment = danh sách chi thưởng (payment)
kinds-name-proposal = tờ trình (proposal)
kinds-name-report = báo cáo (report)
stamp-unreadable = không đọc lại được tệp
stamp-no-provenance = không ghi được bản ghi nguồn gốc của `{ $file }`: { $error }

### render: templates (src/render/)

render-schema-hint = `thidua schema --template { $kind }` liệt kê mọi tên dùng được
render-template-error = lỗi mẫu (template): { $message }
render-stray = không mẫu (template) nào được đọc từ tệp này: thidua dùng mẫu có sẵn
render-stray-hint = các mẫu (template) là { $names }; có phải ý bạn là `{ $near }`?
# Where a template came from, when the project has no file of its own for it.
render-builtin-origin = mẫu có sẵn { $name }
render-names-nothing = `{ $path }` không khớp với tên nào trong dữ liệu
render-names-nothing-near = `{ $path }` không khớp với tên nào trong dữ liệu; có phải ý bạn là `{ $near }`?
render-names-nothing-in = `{ $path }` trong `#{ $helper }` không khớp với tên nào trong dữ liệu
render-near-hint = có phải ý bạn là `{ $near }`? (`thidua schema --template { $kind }` liệt kê mọi tên dùng được)
render-partial-document = `{"{{"}> { $used }{"}}"}` chèn mẫu (template) của một văn bản: hãy chép phần cần dùng vào một partial nội tuyến (`{"{{"}#*inline "…"{"}}"}`)
render-partial-unknown = `{"{{"}> { $used }{"}}"}` không phải partial nội tuyến nào của mẫu này
render-partial-itself = partial nội tuyến `{ $start }` tự chèn chính nó: việc dựng sẽ không bao giờ kết thúc
render-partial-computed = tên của partial phải được viết rõ, không được tính ra
render-inline-computed = tên của partial nội tuyến phải được viết rõ
render-composite-printed = `{ $name }` là một bảng khóa hoặc một danh sách, sẽ in ra thành `[object]`: hãy ghi tên một trường của nó, hoặc duyệt qua nó bằng `#each`
render-longest-no-field = `{ $field }` không phải trường nào của các hàng trong `longest`
render-longest-no-field-near = `{ $field }` không phải trường nào của các hàng trong `longest`; có phải ý bạn là `{ $near }`?
render-each-too-deep = `#each` lồng nhau quá { $depth } cấp: việc dựng sẽ không bao giờ kết thúc

### typeset (src/typeset/)

typeset-assets-only = mẫu (template) chỉ được đọc các tệp trong thư mục `assets/` của dự án
typeset-rows-mismatch = phụ lục ra { $rows } hàng cho một danh sách { $expected } hàng (các hàng thiếu: { $missing }; các hàng lặp: { $twice })
join-pages-out-of-range = một phần cần các trang { $pages } trong tổng số { $total } trang
join-object-not-copied = một đối tượng của một phần chưa bao giờ được chép
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
signing-not-signed-data = không phải dữ liệu đã ký (signed data) ({ $error })
signing-no-signer = không có người ký
signing-many-signers = một chữ ký có nhiều hơn một người ký
signing-no-certificate = chữ ký không kèm chứng thư số của nó
signing-sha1 = hàm băm của chữ ký là SHA-1, vốn đã bị phá
signing-unknown-digest = thidua không kiểm tra loại hàm băm của chữ ký này
signing-rsa-pss = chữ ký dùng RSA-PSS, loại thidua không kiểm tra
signing-not-rsa = chữ ký không phải loại RSA mà thidua kiểm tra (PKCS#1 v1.5)
signing-no-digest = không có giá trị băm của thông điệp (message digest)
signing-changed = các byte mà chữ ký bảo vệ đã bị thay đổi
signing-no-attributes = chữ ký không ký thuộc tính nào (không có message digest)
signing-unknown-key = khóa của chữ ký không phải khóa RSA mà thidua kiểm tra
signing-short-key = khóa RSA của chữ ký ngắn hơn 2048 bit
signing-wrong-signer = chữ ký không phải của người ký được nêu
signing-nameless-certificate = (chứng thư số không có tên)
signing-no-field = thidua không tạo trường chữ ký nào trong tệp
signing-unsigned-bytes = có các byte được thêm vào sau phần của thidua mà không chữ ký nào bao gồm
signing-same-end = có hai chữ ký kết thúc ở cùng một chỗ
signing-after-last = có các byte được thêm vào sau chữ ký cuối cùng
signing-not-a-pdf = không đọc được tệp như một tệp PDF
signing-no-field-filled = có một chữ ký không nằm trong trường chữ ký nào của thidua
signing-wrong-kind = chữ ký trong “{ $field }” không thuộc loại dùng để ký PDF (adbe.pkcs7.detached, ETSI.CAdES.detached)
signing-signs-nothing = có một trường chứa chữ ký không ký phần nào của tệp
signing-range-unreadable = không đọc được phạm vi byte (byte range) của một chữ ký
signing-range-leaves-out = phạm vi byte (byte range) của một chữ ký bỏ ra ngoài nhiều hơn chính chữ ký đó
signing-revision-not-a-pdf = không đọc được một phiên bản đã ký như một tệp PDF
signing-field-changed = một lần cập nhật đã ký làm thay đổi trường chữ ký hoặc biểu mẫu của thidua (đối tượng { $object }) quá phạm vi chữ ký của nó
signing-object-changed = một lần cập nhật đã ký ghi lại đối tượng { $object } của thidua theo cách khác
signing-other-catalog = một lần cập nhật đã ký gán cho tệp một catalog khác
signing-xref-stream = một lần cập nhật sau phần của thidua có luồng tham chiếu chéo (cross-reference stream), loại thidua không đọc
signing-no-xref = một lần cập nhật sau phần của thidua không có bảng tham chiếu chéo (cross-reference table)
signing-unlisted-object = một lần cập nhật sau phần của thidua chứa đối tượng { $object } mà bảng tham chiếu chéo của nó không liệt kê
signing-xref-unreadable = không đọc được một bảng tham chiếu chéo sau phần của thidua
signing-listed-twice = một bảng tham chiếu chéo sau phần của thidua liệt kê đối tượng { $object } hai lần
signing-object-freed = một lần cập nhật sau phần của thidua loại bỏ đối tượng { $object } của thidua
signing-object-elsewhere = một bảng tham chiếu chéo sau phần của thidua trỏ đối tượng { $object } đến chỗ khác
signing-not-as-typst = bảng tham chiếu chéo hoặc các trang của tệp không đúng như typst ghi

### provenance: each PDF's record (src/provenance/)

provenance-unreadable = không đọc được tệp
provenance-not-as-typst = bảng tham chiếu chéo hoặc catalog của tệp không đúng như typst ghi
provenance-no-rdf = siêu dữ liệu XMP của tệp không có RDF
