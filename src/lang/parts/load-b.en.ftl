
## load-b

# src/load/agency.rs
agency-date-range = a date outside 1945–2100
agency-from-order = each name after the first needs its `from` date, later than the one before
agency-from-order-hint = list the agency's names oldest first, each from the day it took it
agency-blank = empty (or YAML's null, `~`): it would print a blank or `~`
agency-blank-hint = write it, or leave the key out where it may be
agency-province-unknown = `{ $typed }` is not one of the 34 provinces and centrally-run cities: the province's awards keep the word `tỉnh`
agency-province-near = did you mean { $names }?
agency-province-missing = an Ủy ban nhân dân names its province: the province's awards would read `… Ủy ban nhân dân tỉnh`
agency-province-missing-hint = write `province:` (one of the 34, as `thành phố Đà Nẵng`)
agency-parent-body = the header of an { $body } has no line above its name
agency-parent-body-hint = remove `parent`: the issuing body's own name is its whole header
agency-body-name = an Ủy ban nhân dân's name begins `ỦY BAN NHÂN DÂN` (then its unit and place)
agency-body-name-hint = write it whole, as `ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU`
agency-in-text = the agency's name in running text cannot be told from capitals
agency-in-text-hint = write `in_text` (as a sentence names it) or `head`; meanwhile it reads `{ $in_text }`
agency-by-president = the Chủ tịch nước
agency-by-prime-minister = the Thủ tướng Chính phủ
agency-head-of = the head of { $kind } (`{ $key }`)
agency-or = {" "}or{" "}
agency-decided-elsewhere = { $form } is decided by { $who }, not by the head of { $kind } (`{ $key }`)
agency-decided-elsewhere-hint = if another authority signed it, give the decision its `issuer`; if you ask for it, write a `proposal`
agency-kind-so = a department (sở)
agency-kind-tinh = a province's Ủy ban nhân dân
agency-kind-xa = a commune's or ward's Ủy ban nhân dân
agency-kind-truong = a school
agency-kind-doanh-nghiep = an enterprise
agency-kind-bo = a ministry
agency-amount-implausible = an amount of { $each } đồng each is not a prize
agency-amount-implausible-hint = write the prize each recipient gets, in đồng, on the award: `amount: 200000`
agency-no-prize = { $form } has no prize built in: its decision gives no money
agency-no-prize-hint = write the prize each recipient gets, in đồng, on the award: `amount: 200000` (`amount: 0` if there is none)
agency-school-year = `{ $typed }` is not a school year
agency-school-year-hint = write its two years, as `2025-2026`
agency-office-to-head = an office proposes only to its own agency's head
agency-office-to-head-hint = address it `to: { $head }`, or leave out `from` to ask a higher level as the agency
agency-office-unnamed = `from: office` (Tờ trình { $number }), but the agency's office has no name
agency-office-unnamed-hint = write `organization.office_name` (as `Phòng Tổ chức - Hành chính`)
agency-before-first-name = its first document is dated { $start }, before the agency's first name holds (from { $first }): printed under that name
agency-before-first-name-hint = list the name the agency had then in `organization`, with its own `from`
agency-across-renaming = its documents run from { $start } to { $end }, across the agency's new name from { $within }: all print under the name in force on { $start }
agency-across-renaming-hint = put the documents of after the renaming in a dossier of their own

# src/load/ceremony.rs
ceremony-no-awards-item = no item of the programme hands out the awards: the script calls no one and the slides show none
ceremony-no-awards-item-hint = mark the item where they are handed out with `awards: true`
ceremony-decision-after = a decision announced at the conference of { $conference } is dated { $date }, after it
ceremony-report-after = the report read at the conference of { $conference } is dated { $date }, after it
ceremony-dated-after-hint = a conference announces decisions already signed and reads a report already written: check both dates
ceremony-stage-too-many = a turn of { $n } is more than a stage holds; { $max } at most
ceremony-stage-zero = `stage: 0` calls no one to the stage
ceremony-stage-zero-hint = write how many recipients go on stage at once, e.g. 10
ceremony-before-invitation = the conference of { $conference } is before its invitation of { $invitation }
ceremony-number-zero = document number 0: numbers start at 1
ceremony-no-invitees = an invitation with no one invited: no Giấy mời is made
ceremony-no-invitees-hint = list them under `conference.invitees`
ceremony-invitee-both = an invitee has either `name` (a person) or `collective`, not both
ceremony-invitee-neither = an invitee needs `name` or `collective`
ceremony-gender = unknown gender `{ $gender }`
ceremony-gender-hint = write `male` or `female` (`nam`, `nữ`)
ceremony-by-unknown = `{ $by }` is no one's key under `people:`
ceremony-by-near = { $suggestion } (or write who in words, e.g. `Đại diện Công đoàn Sở`)
ceremony-by-hint = write a key of `people:`, or who in words (with a space)
ceremony-time-order = { $later } comes after { $earlier } in the programme
ceremony-time-order-hint = items print in the order written: check the time or the order
ceremony-guests-twice = the guests are introduced at programme[{ $first }] already: the script introduces them there, once
ceremony-guests-twice-hint = write `guests: false` on the item that does not introduce them
ceremony-awards-items = awards are handed out at one item of the programme

# src/load/csv.rs
csv-outside = `{ $name }` is outside the project folder
csv-not-found = file `{ $file }` not found
csv-unreadable = cannot read `{ $file }`
csv-leads-outside = `{ $name }` leads outside the project folder
csv-empty = the file is empty: no header, no recipients
csv-empty-hint = export the list again, or remove `recipients_file`
csv-row = row { $line }
csv-header-row = header, row { $line }
csv-row-column = { $row }, column { $column }
csv-too-large = file is { $size } MB; lists over { $max } MB are refused
csv-read-failed = cannot read: { $error }
csv-not-utf8 = not UTF-8 text
csv-not-utf8-hint = in Excel choose File › Save As › "CSV UTF-8 (Comma delimited)"
csv-row-width = this row has { $fields } fields where the header has { $header }
csv-votes-hint = write the number of votes in favour, e.g. 9

# src/load/columns.rs
columns-votes = votes `{ $value }` is not a whole number
columns-none = no row names the list's columns
columns-unknown-one = unknown column { $column }
columns-unknown-many = unknown columns { $columns }
columns-known = a list's columns are { $known }; STT and Ghi chú are left out
columns-known-near = { $suggestion }; a list's columns are { $known }; STT and Ghi chú are left out

# src/load/xlsx.rs
xlsx-sheet-row = sheet "{ $name }", row { $row }
xlsx-cell = sheet "{ $name }", row { $row }, column { $column }
xlsx-too-large = the spreadsheet unpacks to { $size } MB; more than { $max } MB is refused
xlsx-too-large-hint = a list of recipients is far smaller: save only its sheet
xlsx-unreadable = cannot read the spreadsheet: { $error }
xlsx-unreadable-hint = save it again from Excel as .xlsx
xlsx-no-sheet = no sheet named `{ $sheet }`
xlsx-no-sheets = the workbook has no sheet
xlsx-cell-error = the cell holds the error { $error }
xlsx-gender = unknown gender `{ $gender }`
xlsx-gender-hint = write `male` or `female`
xlsx-too-many-cells = sheet `{ $sheet }` has more than { $max } cells; a list of recipients is far smaller
xlsx-sheet-unreadable = cannot read sheet `{ $sheet }`: { $error }

# src/load/recipients.rs
recipients-individuals = individuals
recipients-collectives = collectives
recipients-households = households
recipients-line-break = `{ $field }` holds a line break or a tab: printed on one line, as `{ $text }`
recipients-pupils = { $form } is a pupils' title: a pupil has a `class`
recipients-pupils-hint = write the pupil's class: `class: 9A`
recipients-genderless = `{ $name }` without `gender`: printed without Ông/Bà
recipients-genderless-more = { $others ->
    [one] `{ $name }` and 1 other without `gender`: printed without Ông/Bà
   *[other] `{ $name }` and { $others } others without `gender`: printed without Ông/Bà
}
recipients-genderless-hint = write `gender: male` or `female` (`nam`, `nữ`); the first without is shown
recipients-genderless-column-hint = fill the `gender` column with `male` or `female` (`nam`, `nữ`); the first without is shown
recipients-amount-replaces = `amount: { $each }` replaces the { $money } đồng { $form } gives each of its { $who }
recipients-amount-replaces-hint = an amount is for everyone of the award: put those of another prize in an award of their own
recipients-not-given = `{ $form }` is not given to { $who }
recipients-not-given-household-hint = a title goes to households only where its form says so (`given_to: [households]`); a Giấy khen or a Bằng khen goes to them
recipients-unpaid = { $form } has no money for { $who } in the regime in force
recipients-unpaid-hint = give it a coefficient under `forms: {"{"} { $key }: {"{"} money: … {"}"} {"}"}`, or put them in an award of their own with `amount` in đồng
recipients-unpaid-household-hint = give it a third coefficient under `forms: {"{"} { $key }: {"{"} money: … {"}"} {"}"}`, or put them in an award of their own with `amount` in đồng
recipients-born = `born: { $born }` is not a date of birth
recipients-born-hint = write the day (`12/05/1985` or `1985-05-12`), or the year alone (`1985`)
recipients-too-long = `{ $field }` of { $n } characters; { $max } at most
recipients-long-word = `{ $field }` has a word of { $w } characters, longer than a line
recipients-long-word-hint = words are separated by spaces; a word of 40 characters at most
recipients-unnamed = a recipient needs `name` (an individual), `collective` or `household`
recipients-named-twice = a recipient has one of `name` (an individual), `collective` or `household`, not two
recipients-gender = unknown gender `{ $gender }`
recipients-gender-hint = write `male` or `female` (`nam`, `nữ`)
recipients-household-nobody = household `{ $household }` names nobody
recipients-household-nobody-hint = write `Hộ ông Nguyễn Văn An`
recipients-household-field = a household has no `{ $field }`
recipients-household-field-hint = its thôn or tổ dân phố goes in `unit`
recipients-household-gender = household `{ $household }` says { $written }, its `gender` { $said }: it prints as written
recipients-lower-case = `{ $name }` is written in lower case, and prints so
recipients-lower-case-hint = write names as they should print: Nguyễn Thị Hồng
recipients-reads-household = `{ $field }: { $value }` reads as a household, and is counted among the { $counted }
recipients-reads-household-hint = write `household: { $value }`
recipients-honorific = `name: { $value }` starts with its honorific, which is printed from `gender` too
recipients-honorific-hint = write the name alone: Nguyễn Văn An

# src/load/texts.rs
texts-nothing = empty (or YAML's null, `~`): it would print as a blank or as `~`
texts-nothing-hint = write the text, or leave the line out

# src/load/history.rs, src/load/history_lists.rs
history-not-folder = history/ is not a folder of the project: its lists are not read
history-link = a link: history/ reads the project's own files, not links
history-header = header
history-columns-hint = the columns are { $columns }
history-unknown-columns = unknown column { $columns }
history-form-or-rating = a history list has a `form` column (earlier awards) or a `rating` column (yearly ratings), not both nor neither
history-needs-column = a history list needs a `{ $column }` column
history-row-both = a row names a person (`name`) or a collective (`collective`), not both
history-row-unnamed = a row needs `name`, `collective` or `id`
history-year-empty = `year` is empty
history-year-bad = `year` `{ $value }` is not a year
history-year-future = `year` { $year } is after the project's latest year, { $latest }
history-name-long = a name of over 500 characters
history-invisible = a name or id holds the invisible character U+{ $code }
history-born = `born` `{ $value }` is not a date of birth (`12/05/1985`, `1985-05-12` or `1985`)
history-cell-long = a cell of over 500 characters
history-cell-word = a cell has a word of over 40 characters, longer than a line
history-gender = `gender` `{ $value }` is neither male nor female (Nam, Nữ)
history-date-year = `date` { $date } is not of the year { $year }: a year's decision is dated in it or early the next
history-form = unknown form `{ $form }` (`thidua forms` lists the keys)
history-basis = unknown basis `{ $basis }`; one of { $keys }
history-date = `date` `{ $value }` is not a date (2024-11-20 or 20/11/2024)
history-rating = unknown rating `{ $rating }`; one of { $keys }
history-initiatives = `initiatives` `{ $value }` is not a count (0 to 1000)
history-id-born = `id` { $id } was born { $first } at { $at }, here { $born }
history-id-name = `id` { $id } is `{ $first }` at { $at } and `{ $name }` here

# src/load/glyphs.rs
glyphs-missing = `{ $character }` ({ $code }) is in no font: it would print as an empty box
glyphs-font-hint = put a font that has it (a .ttf or .otf file with an open licence) in the project's `fonts/` folder, or correct the text
glyphs-control = a control character ({ $code }) cannot be printed
glyphs-control-hint = delete it: it comes from a broken export or a copied page, not from typing
glyphs-reorders = a direction control ({ $code }) would print the letters after it in another order
glyphs-reorders-hint = delete it: it comes with text copied from a web page or a chat
glyphs-retype-space = retype it as an ordinary space
glyphs-delete = delete it
glyphs-text-long = a text of { $length } characters; more than { $max } is refused
glyphs-text-long-hint = a long report runs to 20 000 characters; split it into sections
glyphs-cell-long = a text of { $length } characters; a spreadsheet's cell holds { $max } at most
glyphs-row-column = row { $row }, column { $column }
glyphs-more = { $n } more characters that cannot be printed
glyphs-times = { $message } ({ $n } times in this file; the first is shown)
glyphs-invisible = a { $what } ({ $code }) pasted with the text: { $effect }
glyphs-non-breaking-space = non-breaking space
glyphs-zero-width-space = zero-width space
glyphs-zero-width-joiner = zero-width joiner or mark
glyphs-direction-mark = direction mark
glyphs-soft-hyphen = soft hyphen
glyphs-line-separator = line separator
glyphs-variation-selector = variation selector
glyphs-effect-space = it prints as a space but is not one, so searching and sorting treat the text apart
glyphs-effect-line = it breaks the line where it stands
glyphs-effect-nothing = it prints nothing but is there, so searching and sorting treat the text apart
