# thidua's messages in English (`--lang en`, `THIDUA_LANG=en`). Each message has the same
# id, and uses the same { $placeholders }, in vi.ftl: `cargo test` checks both, and that
# every `t!("id", …)` of the code is here with the names it passes.

files-count = { $count ->
    [one] { $count } file
   *[other] { $count } files
}

## Labels of every message (src/diagnostic.rs, src/cmd/mod.rs, main.rs)

label-error = error: { $text }
label-warning = warning: { $text }
label-hint = hint: { $hint }
errors-count = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
suggest-near = did you mean `{ $names }`?
suggest-known = known: { $names }

## serde's and the YAML parser's messages (src/lang/serde.rs): English keeps serde's own
## words, so these are only its frames, as serde writes them.

serde-invalid-type = invalid type: { $found }, expected { $expected }
serde-invalid-value = invalid value: { $found }, expected { $expected }
serde-invalid-length = invalid length { $length }, expected { $expected }
serde-unknown-field = unknown field `{ $name }`, expected { $expected }
serde-unknown-field-none = unknown field `{ $name }`, there are no fields
serde-unknown-variant = unknown variant `{ $name }`, expected { $expected }
serde-unknown-variant-none = unknown variant `{ $name }`, there are no variants
serde-missing-field = missing field `{ $name }`
serde-duplicate-field = duplicate field `{ $name }`
serde-at = { $said } at line { $line } column { $column }
serde-one-of = one of `{ $names }`
serde-found-boolean = boolean { $value }
serde-found-integer = integer { $value }
serde-found-float = floating point { $value }
serde-found-string = string { $value }
serde-found-character = character { $value }
serde-found-huge = integer { $value }
serde-found-nothing = unit value
serde-found-list = sequence
serde-found-map = map
serde-found-bytes = byte array
serde-found-tagged = enum
serde-expected-string = a string
serde-expected-whole = a whole number
serde-expected-number = a number
serde-expected-boolean = a boolean
serde-expected-list = a sequence
serde-expected-map = a map
serde-expected-character = a character
serde-expected-nothing = unit
serde-expected-option = option
serde-expected-value = any YAML value
serde-expected-name = a name
yaml-expected-key = did not find expected key
yaml-mapping-here = mapping values are not allowed in this context
yaml-end = found unexpected end of stream
yaml-bad-character = found character that cannot start any token
yaml-open-list = did not find expected ',' or ']'
yaml-open-map = did not find expected ',' or '{"}"}'
yaml-expected-dash = did not find expected '-' indicator
yaml-expected-value = did not find expected node content
yaml-escape = found unknown escape character
yaml-tab = found a tab character that violates indentation
yaml-dash-here = block sequence entries are not allowed in this context
yaml-expected-colon = could not find expected ':'
yaml-tag = found undefined tag handle
yaml-document = found unexpected document indicator
yaml-duplicate = duplicate entry with key
yaml-deep = recursion limit exceeded
yaml-repeated = repetition limit exceeded
yaml-anchor = unknown anchor
yaml-control = control characters are not allowed

load-no-thousands-separator = write whole numbers without a thousands separator: 1200, not 1.200

## The command line: help (src/cli/speak.rs: cli-COMMAND, cli-COMMAND-ARGUMENT, else
## cli-arg-ARGUMENT), headings, notes and usage errors

cli-thidua = Turns YAML describing Vietnamese emulation-and-commendation work into official documents (reports, decisions, certificates) as PDF
cli-thidua-build = Build every document of the project into the output folder
cli-thidua-check = Validate everything and print every problem; write nothing
cli-thidua-check-registers = Also say the số sổ vàng no decision of a year gives, between the first and the last of a register
cli-thidua-check-timeout = Seconds a document may take to typeset before the run stops
cli-thidua-init = Start a new project with a worked example (never overwrites a file)
cli-thidua-init-dir = Folder of the new project
cli-thidua-init-templates = Also write the built-in templates into templates/ for editing
cli-thidua-init-kind = The kind of agency of the example: so (a department, the default), tinh (a province's or city's Ủy ban nhân dân), xa (a commune's or ward's), truong (a school), doanh-nghiep (an enterprise), bo (a ministry)
cli-thidua-watch = Build, then rebuild what an edit affects whenever content, templates or settings change
cli-thidua-serve = Show the documents on a local web page (127.0.0.1) that follows every rebuild: each document's pages, its PDF, Word and Excel files, and every error and warning
cli-thidua-serve-port = Port on 127.0.0.1 (0: any free one, printed when it starts)
cli-thidua-serve-open = Open the page in the browser
cli-thidua-diff = Show what a change does to the documents: between two git revisions (default HEAD and the working tree). Exits 1 when the documents differ
cli-thidua-diff-old = The older revision
cli-thidua-diff-new = The newer revision (default: the working tree)
cli-thidua-history = Every award and yearly rating of a person or collective, by year, with its decision and where it was read (the dossiers and history/); without WHO, the whole register (sổ theo dõi khen thưởng)
cli-thidua-history-who = An `id`, or a name (case, spacing and the placement of tone marks do not matter)
cli-thidua-history-xlsx = Also write the records as a workbook (the sổ theo dõi khen thưởng) to this file
cli-thidua-verify = Say which dossier and commit made each PDF, whether it was edited since, and whether the current sources make the same bytes; or whose certificate a check code is
cli-thidua-verify-files = PDFs made by thidua
cli-thidua-verify-code = A certificate's check code (`7KQ2-M9XD`): print its recipient, decision and số sổ vàng
cli-thidua-verify-timeout = Seconds a document may take to typeset again before verifying stops
cli-thidua-schema = Print the JSON Schema of a dossier (or of thidua.yaml), for an editor's completion and checks as you type (`init` writes both into schema/); with `--template KIND`, of the data that kind's template receives
cli-thidua-schema-of = Which file it describes
cli-thidua-schema-template = The data a kind of document's template receives (`decision`, `report`, …): what a template of the project's own may name
cli-thidua-forms = List the award forms: key, name, title or form, which kinds of agency decide it, certificate, money per regime (× the base salary, individual / collective), vote
cli-thidua-forms-dir = Project folder (its own forms and changes; the built-in catalogue without one)
cli-thidua-forms-kind = Only the forms an agency of this kind decides (so, tinh, xa, truong, doanh-nghiep, bo)
cli-thidua-render = Print the Typst source a dossier's documents are made from
cli-thidua-render-file = A dossier file (`content/2024/tong-ket.yaml`)
cli-thidua-render-doc = Only the document with this name (`bao-cao-312`, `quyet-dinh-1520`, `giay-khen-1520`)
cli-arg-timeout = Seconds a document may take to typeset before the run stops (a template that loops for good)
cli-arg-lang = The language of messages and help: vi (the default) or en; the documents are the same in both
cli-arg-dir = Project folder
cli-arg-out = Output folder (default: DIR/out)
cli-arg-format = What to write beside the PDFs: page previews (png, svg), Word copies (docx) of the report, decisions, Tờ trình, báo cáo thành tích and invitations, spreadsheets (xlsx) of the annexes and the report's tables; several with commas (`--format docx,xlsx`)
cli-arg-ppi = Pixels per inch of PNG previews
cli-arg-draft = Mark every page `DỰ THẢO`
cli-arg-electronic = Also write each văn bản's electronic version for ký số (`…-dien-tu.pdf`), with unsigned signature fields
cli-arg-jobs = Documents typeset at once (default: all cores)
cli-arg-only = Only dossiers whose path under content/ matches this glob (`2024/*`)
cli-arg-pdf_standard = Conform to these PDF standards (a-2b for archive copies; also a-1b, a-3b, a-2u, ua-1, 1.7, …)
cli-arg-quiet = Print nothing but errors
cli-arg-force = Typeset everything again, even what is up to date (files are still rewritten only when their bytes change)
cli-arg-source_date_epoch = Date every PDF at this time, in seconds since 1970, instead of its document's date (reproducible builds; usually set in the environment)
cli-arg-project = Project folder
cli-thidua-diff-format = `text` for a terminal, `markdown` for a pull request's comment, `json` for scripts
cli-thidua-history-format = `text` for a terminal, `markdown` for a document, `json` for scripts
cli-thidua-verify-project = The project to compare with (default: the one the files lie in, else `.`)
cli-help = Print help
cli-version = Print version
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-value-command = COMMAND
cli-value-options = [OPTIONS]
cli-value-dir = DIR
cli-value-out = OUT
cli-value-format = FORMAT
cli-value-ppi = PPI
cli-value-jobs = JOBS
cli-value-only = ONLY
cli-value-pdf_standard = PDF_STANDARD
cli-value-timeout = TIMEOUT
cli-value-source_date_epoch = SECONDS
cli-value-lang = LANG
cli-value-kind = KIND
cli-value-template = KIND
cli-value-of = FILE
cli-value-who = WHO
cli-value-project = PROJECT
cli-value-xlsx = FILE.xlsx
cli-value-files = FILES
cli-value-code = CODE
cli-value-old = OLD
cli-value-new = NEW
cli-value-file = FILE
cli-value-doc = DOC
cli-value-port = PORT
cli-note-values = possible values: { $values }
cli-note-default = default: { $value }
cli-note-env = env: { $name }
cli-note-valid = possible values: { $value }
cli-note-suggested = tip: a similar one exists: '{ $value }'
cli-more = For more information, try '--help'.
cli-error-value = invalid value '{ $value }' for '{ $arg }'
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $value }'
cli-error-missing = the following required arguments were not provided: { $arg }
cli-error-no-command = a command is required
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $value }'
cli-error-validation = invalid value '{ $value }' for '{ $arg }'
cli-error-twice = the argument '{ $arg }' cannot be used multiple times
cli-lang-variable = THIDUA_LANG is `{ $value }`: thidua speaks vi (Vietnamese, the default) and en (English)
cli-lang-code = `{ $value }` is not a language thidua speaks: vi (Vietnamese) or en (English)
cli-not-a-number = it is not a whole number
cli-error-count = wrong number of values for '{ $arg }'
cli-error-other = the command line could not be read: '{ $arg }' '{ $value }'
cli-png-or-svg = page previews are PNG or SVG: ask for one of them
cli-ppi-number = `{ $value }` is not a number
cli-ppi-range = PNG previews take 10 to 1200 pixels per inch
cli-epoch-number = `{ $value }` is not a whole number of seconds since 1970
cli-epoch-range = { $value } seconds since 1970 is past the year 9999
cli-pdf-standard = unknown PDF standard `{ $value }` (e.g. a-2b, a-3b, a-2u, ua-1, 1.7)
cli-seconds = `{ $value }` is not a whole number of seconds of at least 1

## The JSON Schema (src/model/schema.rs)

schema-title-config = thidua.yaml — project settings
schema-title-dossier = A thidua dossier (content/**/*.yaml)
cli-only-pattern = Pattern syntax error near position { $position }: { $error }

## Reading the project (src/load)

## src/load/cycle.rs

cycle-council-no-members = a council needs its members
cycle-member-twice = `{ $key }` is a member twice
cycle-chair-not-member = the chair `{ $chair }` is not among the members
cycle-chair-not-member-hint = add the chair to `council.members`
cycle-vice-chair-again = `{ $key }` is the chair or a vice-chair already
cycle-vice-chair-again-hint = a vice-chair is another member, listed once
cycle-vice-chair-not-member = the vice-chair `{ $key }` is not among the members
cycle-vice-chair-not-member-hint = add them to `council.members`
cycle-meeting-no-council = a meeting needs the council that met
cycle-meeting-no-council-hint = declare `council:` (name, members, chair, secretary) in thidua.yaml
cycle-meeting-after-proposal = the meeting of { $meeting } comes after the proposal of awards[{ $index }] ({ $date }), which it must precede
cycle-meeting-after-decision = the meeting of { $meeting } comes after the decision of awards[{ $index }] ({ $date }), which it must precede
cycle-meeting-ends-first = the meeting starts at { $start } but ends at { $end }
cycle-proposal-after-decision = the proposal is dated { $date }, after its decision of { $decision }
cycle-proposal-to-no-one = the proposal is addressed to no one
cycle-proposal-shared-differs = Tờ trình { $number } is also awards[{ $other }]'s, whose `{ $field }` differs: one Tờ trình has one date, signer and addressee, and proposes either the agency's own awards or a higher authority's
cycle-proposal-shared-differs-hint = give it a number of its own
cycle-absent-not-member = `{ $key }` is absent but not a member of the council
cycle-meeting-chair-not-member = `{ $chair }` chairs the meeting but is not a member of the council
cycle-chair-absent = `{ $key }` chairs the meeting but is listed as absent
cycle-secretary-absent = `{ $key }` writes the minutes but is listed as absent
cycle-absent-hint = name who chaired under `meeting.chair`, or remove them from `absent`
cycle-quorum = only { $present } of the council's { $members } members were present
cycle-quorum-hint = a council meets with at least half of its members present
cycle-votes-no-meeting = { $count } nominee(s) of awards[{ $index }] have votes, but the dossier has no `meeting:`
cycle-votes-no-meeting-hint = describe the council meeting under `meeting:`, or remove the votes
cycle-votes-over-members = { $votes } votes, but the council has { $members } members
cycle-votes-missing = no `votes` for this nominee, while the award's others have them
cycle-votes-missing-hint = write the votes in favour, 0 if none
cycle-no-ballot = `{ $form }` takes no ballot: the votes are printed in the minutes without a verdict
cycle-no-ballot-hint = set `threshold` for the form under `forms:` in thidua.yaml if the council votes on it
cycle-votes-below = `{ $name }` got { $votes } of { $members } votes, below the { $threshold } the form needs: left out of the proposal, the decision, its certificates and the payment list
cycle-none-passed = no nominee of awards[{ $index }] passed the vote: it has no proposal, decision or certificates

## src/load/validate.rs

validate-unknown-certificate-field = unknown certificate field `{ $name }`
validate-base-salary = base salary { $amount } đồng is not plausible
validate-base-salary-hint = write the monthly mức lương cơ sở in đồng, e.g. 2340000
validate-certificate-field-numbers = positions, width, size and lines must be positive numbers
validate-margin = margin { $value } mm is outside Nghị định 30/2020/NĐ-CP's { $low }–{ $high } mm
validate-unknown-paper = unknown paper `{ $paper }`
validate-unknown-paper-hint = write `A4` or `A3`
validate-given-to-empty = `given_to` names no one
validate-given-to-empty-hint = name them: `[collectives, individuals, households]`, or leave it out
validate-basis-empty = an empty `Căn cứ` line
validate-basis-date = a `Căn cứ` line from { $date } is not plausible
validate-coefficient = a coefficient of { $coefficient } × the base salary is not plausible
validate-coefficient-hint = coefficients are multiples of the base salary: 0.3 for a Giấy khen, 4.5 for a Huân chương
validate-year = `year: { $year }` is no year of an agency's work
validate-unnumbered-twice = awards[{ $first }] is also a decision of `{ $form }` without `number`: the two would be written to one file
validate-unnumbered-twice-hint = give one of them its number
validate-unnumbered = no `number`: `Số:` is printed blank for the văn thư's system to give, on the decision and on what cites it (certificates, payment list)
validate-unnumbered-hint = write the number once it is given, and build again (files are named for the form until then)
validate-decision-number-used = decision number { $number } is already used by awards[{ $first }]
validate-no-recipient = an award needs at least one recipient
validate-unknown-table = unknown table `{ $table }`
validate-unknown-form = unknown award form `{ $form }`
validate-no-decision = an award needs its `decision`
validate-no-decision-hint = or, while it is only proposed, its `proposal`
validate-reason-long = a reason of { $count } characters cannot fit on a certificate; { $most } at most
validate-no-person = no person named here
validate-no-person-hint = write the key of someone under `people:` in thidua.yaml
validate-unknown-person = unknown person `{ $key }`
validate-person-by-name = write the key of { $name } in `people:`: `{ $key }`
validate-unknown-person-hint = { $suggestion } (people are declared under `people:` in thidua.yaml)
validate-no-signer = an own decision needs a `signer`
validate-no-signer-hint = or give `issuer` and `symbol` if someone else issued it
validate-no-regime = no legal regime is in force on { $date }
validate-no-regime-hint = add one under `regimes:` in thidua.yaml

## src/load/plausible.rs

plausible-number-zero = document number 0: numbers start at 1
plausible-date = the date { $date } is not plausible: it falls outside { $first }–{ $last }
plausible-key-chars = `{ $key }` cannot be named in a text: a key is ASCII letters, digits, `-` and `_`
plausible-key-twice = another achievement already has `key: { $key }`
plausible-name-long = an achievement's name of { $count } characters; { $most } at most
plausible-unit-long = an achievement's unit of { $count } characters; { $most } at most
plausible-figure-too-large = a figure too large for its decimals: at most 18 digits in all
plausible-over-plan = the result { $actual } is over { $times } times the plan { $target }: not plausible
plausible-three-decimals = `{ $figure }` is read as the decimal { $decimal }; a whole number is written without a thousands separator (`{ $units }`)

## src/load/achievements.rs

achievements-link = a link: a báo cáo thành tích is read from the project's own files
achievements-too-large = over 1 MB: a báo cáo thành tích is a few pages
achievements-long-word = a word of { $count } characters, longer than a line
achievements-unreadable = cannot be read as text: { $error }

## src/load/year.rs

year-not-a-pattern = `{ $pattern }` is not a pattern: { $error }
year-no-match = `{ $pattern }` matches no other dossier
year-no-match-hint = patterns are relative to `content/`, e.g. `2024/*.yaml`
year-counted-twice = decision { $decision } in `{ $file }` is already counted from `{ $first }`: it is counted once

## src/load/mod.rs

load-no-folder = there is no folder `{ $folder }`
load-not-a-project = no `thidua.yaml` in `{ $folder }`: not a thidua project (create one with `thidua init DIR`)
load-same-folder = `{ $first }` and `{ $file }` would both write to `out/{ $folder }/`, one over the other
load-same-folder-hint = rename one of them

## src/load/files.rs

files-read-failed = failed to read `{ $file }`
files-too-large = file is { $size } MB; files over { $most } MB are refused
files-too-large-hint = split it into several dossiers
files-not-utf8 = not UTF-8 text
files-not-utf8-hint = save the file as UTF-8
files-open-quote = line { $line } opens a quote (") that it does not close: the text runs on to here
files-tab-indent = line { $line } is indented with a tab: YAML indents with spaces only; put spaces in its place
files-written-twice = `{ $path }` is written twice
files-written-twice-hint = keep one of them

## src/load/numbered.rs

numbered-report-used = the number of report { $number }/BC of { $year } is already used in `{ $at }`
numbered-invitation-used = the number of invitation { $number }/GM of { $year } is already used in `{ $at }`
numbered-minutes-used = the number of minutes { $number }/BB of { $year } is already used in `{ $at }`
numbered-proposal-used = the number of proposal { $number }/TTr of { $year } is already used in `{ $at }`
numbered-decision-used = the number of decision { $number }/QĐ of { $year } is already used in `{ $at }`
numbered-used-hint = each document of a year has a number of its own

## src/load/references.rs

refs-not-a-reference = `{ $raw }` is not a reference: a text may only name facts, as `{"{{"}awards.all.recipients{"}}"}`
refs-not-a-reference-hint = helpers, blocks, partials and raw values are not allowed in a text
refs-names-no-fact = `{"{{"}{ $name }{"}}"}` names no fact
refs-guide-hint = the guide's chapter on the report (docs/src/report.md) lists what a text can name
refs-no-achievement = no achievement of this dossier has `key: { $key }`
refs-rate-percent = `{ $key }` is a rate (`unit: "%"`), judged in points: its share of the plan means nothing; write `.actual` or `.verdict`
refs-no-form = this dossier (with its `awards_from`) has no decided award of form `{ $form }`
refs-no-conference = this dossier has no `conference`

## src/load/lenient.rs

load-file-unread = the file could not be read



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

## The facts derived, and the model (src/derive, src/model)

# src/derive/duplicates.rs
derive-listed-twice = `{ $name }` is listed twice in this award
derive-listed-twice-hint = remove one of them
derive-namesakes = two recipients named `{ $name }` in this award, and nothing tells them apart
derive-namesakes-hint = give each an `id` (or `born`), so that their years are not taken for one person's
derive-also-at = also at { $place }; { $hint }

# src/derive/years/
years-ratio-over = { $form } in { $year }: { $count }, { $percent } of the { $base } { $of } — over the { $max }% `ratio:` allows
years-conditions-unmet = `{ $name }` may not meet the conditions on earlier years for { $form }: { $missing }
years-conditions-hint = `thidua history "{ $asked }"` shows what is recorded; add what is missing to history/, or the council decides
years-id-born-twice = `id` { $id } is born { $born } here and { $other } at { $place }
years-id-two-names = `id` { $id } is `{ $name }` here and `{ $other }` at { $place }
years-id-born-twice-hint = one `id` is one person: correct the date, or give one of them another `id`
years-register-overlap = số sổ vàng { $from }–{ $to } of register `{ $register }` ({ $year }) overlap { $other_from }–{ $other_to } of { $other }
years-register-overlap-hint = give the later decision `register_from` after the earlier one's last number
years-register-gap = số sổ vàng { $from }–{ $to } of register `{ $register }` ({ $year }) are given by no decision, between { $before } and { $after }
years-report-no-nominee = `{ $stem }` is no nominee's id nor name (as a file name: `{ $example }`) in this dossier's Tờ trình
years-report-shared = `{ $stem }.md` is part II of { $count } nominees' reports: { $names }
years-report-shared-hint = name a file for each by their `id` (`thanh-tich/<id>.md`)

# src/model/figure.rs
model-figure-not = `{ $text }` is not a figure: write digits, with a point before decimals (94.5)
model-figure-places = `{ $text }` has { $places } decimals; { $max } at most
model-figure-too-large = `{ $text }` is too large a figure
model-figure-negative = `{ $text }` is not a figure: a figure is 0 or more
model-figure-quoted = "{ $text }" is written in quotes: write the figure alone, as { $text }
model-figure-text = `{ $text }` is not a figure: write the number, with a point before decimals (94.5), and no thousands separator
model-figure-expected = expected a figure (94.5, 1200)

# src/model/date.rs, council.rs, award.rs
model-date-invalid = `{ $text }` is not a valid date; expected a date like 2024-10-15
model-clock-number = `{ $text }` is not a time of day; write hours and minutes, like "08:00"
model-clock-invalid = `{ $text }` is not a time of day; expected a time like 08:00
model-register-number = số sổ vàng { $n } is not one: a register numbers from 1 to 99 999 999

# src/model/threshold.rs, money.rs
model-threshold-range = threshold { $x } must be a percentage above 0 and at most 100, with at most two decimals
model-threshold-expected = expected a percentage (`threshold: 80`) or one per regime (`threshold: {"{"} B: 80, C: 80 {"}"}`), each above 0 and at most 100
model-coefficient-range = coefficient { $x } is no multiple of the base salary: a number from 0 to 10000 with at most two decimals
model-coefficients-count = { $count } coefficients: write [individual, collective] or [individual, collective, household]

# src/model/organization.rs, config.rs (what serde expected)
model-organization-expected = the agency (name, short, place, …), or a list of them with `from` dates
model-organization-at-least-one = at least one organization
model-signer-expected = the key of a person (`huong`), or `{"{"} person: huong, authority: [KT. GIÁM ĐỐC] {"}"}`

# src/model/forms.rs (after `forms.<key>.…: `)
forms-unknown-regime = unknown regime `{ $key }`; the regimes are { $regimes }
forms-unknown-regime-near = unknown regime `{ $key }`; the regimes are { $regimes } (did you mean `{ $near }`?)
forms-unknown-form = unknown form `{ $form }`
forms-too-long = at most 50 years and 1000 initiatives: a career is not longer
forms-consecutive-zero = `consecutive: 0` asks no year
forms-route-needs = a route needs `of` (forms each year) or `rating`
forms-new-needs-name = a new form needs a `name`

## Planning, rendering, typesetting, signing and writing (src/engine, src/render, src/typeset, src/signing, src/provenance, src/git.rs, src/output.rs)


### git (src/git.rs)

git-not-installed = the `git` program is not installed (it is needed to read revisions)
git-cannot-run = could not run git: { $error }
git-not-in-repository = `{ $dir }` is not inside a git repository: `git init` and commit the project to compare versions of it
git-not-a-revision = `{ $rev }` is not a revision
git-no-revision-shallow = there is no revision `{ $rev }` in this shallow clone (only part of the history was fetched): fetch more of it (`git fetch --unshallow`, or `fetch-depth: 0` in CI)
git-no-revision = there is no revision `{ $rev }` in this repository (see `git log --oneline`)
git-cannot-run-checkout = could not run `git checkout-index`
git-input = git's input

### deadline, inside, output (src/deadline.rs, src/inside.rs, src/output.rs)

deadline-overdue = { $what }: typesetting took more than { $limit } s and was stopped (does template `{ $template }` loop for good?)
deadline-overdue-hint = see its source with `thidua render { $dossier } --doc { $what }`; a document that needs longer builds with `--timeout SECONDS`
inside-outside = `{ $path }` leads outside the project folder (a link): a source must be the project's own
output-holds-sources = refusing to write output to `{ $path }`: it holds the project's sources
output-outside = refusing to write `{ $path }` outside the output folder
output-cannot-create = failed to create `{ $path }`
output-cannot-write = failed to write `{ $path }`
output-cannot-remove = failed to remove `{ $path }`
output-cannot-remove-link = failed to remove the link `{ $path }`

### engine: the build's summary (src/engine/tally.rs)

tally-certificates = { $certificates } certificates, { $pages } pages
tally-annex = annex { $rows } rows
tally-annexes = { $annexes } annexes { $rows } rows
tally-no-dossier = there is no dossier (`*.yaml`) under `content/`
tally-no-match = no dossier matches `--only { $pattern }` (it matches paths under `content/` without `.yaml`, as in `2024/*`)
tally-nothing-to-make = no dossier has a report or a decision to make

### engine: making documents (src/engine/)

clean-kept-changed = kept `{ $file }`: changed since thidua wrote it
outcome-no-provenance = { $file }: could not record its provenance: { $error }
outcome-spreadsheet = { $stem }: the spreadsheet: { $error }
pieces-unreadable = the decision cannot be read back
pieces-cannot-split = the annex could not be split into pages
# $one is what one page of the document is: certificate, invitation or page.
print-pages-mismatch = { $stem }: the print file came out with { $pages } pages for { $recipients } of its { $one }s
print-unreadable = { $doc }: the print file cannot be read back
produce-page-overflows = { $stem }: the { $one } `{ $name }` takes { $pages } pages: it does not fit on one page
produce-overflows = { $stem }: a { $one } does not fit on one page
produce-internal-error = { $stem }: internal error while typesetting (please report it)
produce-no-signature-place = its electronic version marks no place for a signature thidua reads (`signature-room` in the template's signature block: a `thidua-sign` mark of `field` signer or agency, `name`, and `w`, `h` in mm)
produce-signature-zone = a signature zone of { $w } × { $h } mm is not one a signature fits, or leaves its page
produce-typst-hint = while typesetting { $stem } of `{ $dossier }`; see it with `thidua render { $dossier } --doc { $stem }`
produce-typst-generated = typst: { $message } (generated { $file }:{ $line }:{ $column })
prepare-written-twice = `{ $file }.pdf` would be written by both the { $first } and the { $second }
prepare-written-twice-hint = give the form (under `forms:`) a key no document's name starts with, or the documents other numbers
prepare-no-emblem = its certificates are final but print a placeholder where the emblem belongs
prepare-no-emblem-hint = put the emblem in assets/emblem.png (or .svg, .jpg)

## The kinds of document, as messages name them (their `name`)

kinds-name-achievement-report = achievement-report
kinds-name-invitations = invitations
kinds-name-programme = programme
kinds-name-script = script
kinds-name-slides = slides
kinds-name-certificates = certificates
kinds-name-calibration = calibration
kinds-name-decision = decision
kinds-name-minutes = minutes
kinds-name-payment = payment
kinds-name-proposal = proposal
kinds-name-report = report
stamp-unreadable = it cannot be read back
stamp-no-provenance = could not record the provenance of `{ $file }`: { $error }

### render: templates (src/render/)

render-schema-hint = `thidua schema --template { $kind }` lists every name
render-template-error = template error: { $message }
render-stray = no template is read from this file: the built-in one is used
render-stray-hint = the templates are { $names }; did you mean `{ $near }`?
# Where a template came from, when the project has no file of its own for it.
render-builtin-origin = built-in { $name }
render-names-nothing = `{ $path }` names nothing in the data
render-names-nothing-near = `{ $path }` names nothing in the data; did you mean `{ $near }`?
render-names-nothing-in = `{ $path }` in `#{ $helper }` names nothing in the data
render-near-hint = did you mean `{ $near }`? (`thidua schema --template { $kind }` lists every name)
render-partial-document = `{"{{"}> { $used }{"}}"}` includes a document's template: copy what it needs into an inline partial (`{"{{"}#*inline "…"{"}}"}`)
render-partial-unknown = `{"{{"}> { $used }{"}}"}` names no inline partial of this template
render-partial-itself = the inline partial `{ $start }` includes itself: it would never end
render-partial-computed = a partial's name must be written out, not computed
render-inline-computed = an inline partial's name must be written out
render-composite-printed = `{ $name }` is a map or a list, printed as `[object]`: name one of its fields, or go through it with `#each`
render-longest-no-field = `{ $field }` names no field of the rows of `longest`
render-longest-no-field-near = `{ $field }` names no field of the rows of `longest`; did you mean `{ $near }`?
render-each-too-deep = `#each` nested more than { $depth } deep: it would render without end

### typeset (src/typeset/)

typeset-assets-only = templates may read only files under the project's `assets/` folder
typeset-rows-mismatch = the annex came out with { $rows } rows for a list of { $expected } (rows missing: { $missing }; shown twice: { $twice })
join-pages-out-of-range = a piece asks for pages { $pages } of { $total }
join-object-not-copied = an object of a piece was never copied
join-no-such-piece = no such piece in the previous file
join-nothing = nothing to join
join-failed = joining PDFs: { $error }
join-part-missing = a part is missing from the previous file
join-no-previous = no previous file to take a part from
join-cannot-read = reading a PDF back: { $error }
join-cannot-write = writing the joined PDF: { $error }

### signing: signatures checked (src/signing/)

signing-not-verified = a signature does not verify: { $why }
signing-not-hex = its contents are not hex
signing-not-cms = not a CMS signature ({ $error })
signing-trailing-bytes = bytes other than zeros follow it in its contents
signing-not-signed-data = not signed data ({ $error })
signing-no-signer = no signer
signing-many-signers = more than one signer in one signature
signing-no-certificate = its certificate is not in it
signing-sha1 = its digest is SHA-1, which is broken
signing-unknown-digest = its digest is not one thidua checks
signing-rsa-pss = it is RSA-PSS, which thidua does not check
signing-not-rsa = its signature is not an RSA one thidua checks (PKCS#1 v1.5)
signing-no-digest = no message digest
signing-changed = the bytes it covers were changed
signing-no-attributes = it signs no attributes (no message digest)
signing-unknown-key = its key is not an RSA key thidua checks
signing-short-key = its RSA key is shorter than 2048 bits
signing-wrong-signer = its signature is not its signer's
signing-nameless-certificate = (a certificate without a name)
signing-no-field = thidua made no signature field in it
signing-unsigned-bytes = bytes were added after thidua's, and no signature holds them
signing-same-end = two signatures end at one place
signing-after-last = bytes were added after the last signature
signing-not-a-pdf = it cannot be read as a PDF
signing-no-field-filled = a signature fills no signature field of thidua's
signing-wrong-kind = the signature in “{ $field }” is not of a kind that signs a PDF (adbe.pkcs7.detached, ETSI.CAdES.detached)
signing-signs-nothing = a field holds a signature that signs no part of the file
signing-range-unreadable = a signature's byte range cannot be read
signing-range-leaves-out = a signature's byte range leaves out more than its own signature
signing-revision-not-a-pdf = a signed revision cannot be read as a PDF
signing-field-changed = a signed update changes thidua's signature field or form (object { $object }) beyond its signature
signing-object-changed = a signed update writes thidua's object { $object } otherwise
signing-other-catalog = a signed update gives the file another catalog
signing-xref-stream = an update after thidua's bytes has a cross-reference stream, which thidua does not read
signing-no-xref = an update after thidua's bytes has no cross-reference table
signing-unlisted-object = an update after thidua's bytes holds an object { $object } its table does not list
signing-xref-unreadable = a cross-reference table after thidua's bytes cannot be read
signing-listed-twice = a cross-reference table after thidua's bytes lists object { $object } twice
signing-object-freed = an update after thidua's bytes takes out thidua's object { $object }
signing-object-elsewhere = a cross-reference table after thidua's bytes sends object { $object } elsewhere
signing-not-as-typst = its cross-reference table or pages are not as typst writes them

### provenance: each PDF's record (src/provenance/)

provenance-unreadable = it cannot be read
provenance-not-as-typst = its cross-reference table or catalog is not as typst writes them
provenance-no-rdf = its XMP metadata has no RDF

## The commands (src/cmd, src/review)

## check (src/cmd/check.rs)

check-ok = ok: { $dossiers ->
        [one] { $dossiers } dossier
       *[other] { $dossiers } dossiers
    }, { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }

## render (src/cmd/render.rs)

render-cmd-unreadable = failed to read `{ $file }`
render-cmd-no-project = `{ $file }` is not inside a thidua project (no thidua.yaml above it)
render-cmd-not-dossier = `{ $file }` is not a dossier under content/
render-cmd-no-document = no document `{ $doc }` in this dossier; it has: { $names }

## diff (src/cmd/diff.rs)

diff-no-project = no thidua project in `{ $dir }` or above it (no thidua.yaml): run diff in the project, or give --project DIR
# A version compared: the files as they are now, not a commit.
diff-working-tree = the working tree
diff-temporary = a temporary folder: { $error }
# `HEAD~1 (1a2b3c4d5e6f)`, a commit whose files have no project yet.
diff-without-project = { $label }, without the project
diff-has-errors = the project at { $label } has errors:
diff-cannot-compare = cannot compare with { $label }: its sources have errors (above)
diff-at = at { $label }: { $error }

## build (src/cmd/build.rs)

build-no-commit = the files cannot record their commit: { $why }
# Said within the summary, after the files written.
build-removed = , { $count } removed
# `built 26 documents (168 files, 12 written, 2 removed; typeset 30/30) into out in 0.4 s: 33 certificates, …`;
# $removed is build-removed or nothing, $counted `: ` and the counts of the kinds, or nothing.
build-summary = built { $docs ->
        [one] { $docs } document
       *[other] { $docs } documents
    } ({ $files } files, { $written } written{ $removed }; typeset { $typeset }/{ $units }) into { $out } in { $secs } s{ $counted }
# The progress bar: its placeholders are indicatif's own fields, put in as they are.
build-progress = { $bar } { $pos }/{ $len } typeset { $elapsed }

## forms (src/cmd/forms.rs)

forms-cmd-no-folder = there is no folder `{ $dir }`
forms-cmd-not-file = `{ $file }` is not a file
forms-cmd-too-large = `{ $file }` is over 16 MB: see `thidua check`
forms-cmd-unreadable = `{ $file }` cannot be read
forms-cmd-invalid = `{ $file }` cannot be read: see `thidua check`
# The table's heads: each form's key, name, title or form, who decides it, whether it
# has a certificate, its money per regime ($regime is the regime's key), its vote threshold.
forms-cmd-head-key = key
forms-cmd-head-name = name
forms-cmd-head-kind = title/form
forms-cmd-head-by = decided by
forms-cmd-head-certificate = certificate
forms-cmd-head-money = money { $regime }
forms-cmd-head-vote = vote
# Decided by: the head of any agency.
forms-cmd-by-any = any
forms-cmd-title = title
forms-cmd-form = form
# Whether the form has a certificate.
forms-cmd-yes = yes
forms-cmd-no = no

## init (src/cmd/init/mod.rs)

init-skipped = skipped { $file } (it exists; thidua never overwrites)
init-wrote = wrote { $count } files into { $dir }; now run `thidua build { $dir }`, or `thidua serve { $dir } --open` to see the documents in your browser as you edit

## history (src/cmd/history.rs)

history-cmd-no-one = no one named `{ $query }` in the dossiers or history/ (an `id` or a name)
history-cmd-many = { $count } people match `{ $query }`; ask for one by its `id`:
# A person to choose from, or whose records follow: name, date of birth, `id`.
history-cmd-person-born = { $name }, born { $born }
history-cmd-person-id = { $name } (id { $id })
history-cmd-person-born-id = { $name }, born { $born } (id { $id })
history-cmd-workbook = the workbook cannot be made: { $error }
history-cmd-unwritable = `{ $file }` cannot be written: { $error }
history-cmd-wrote = wrote { $file }
history-cmd-not-xlsx = `{ $file }`: the register is a workbook: name it `….xlsx`
history-cmd-link = `{ $file }`: a link: the register is written to a file of its own, not through a link
history-cmd-among-sources = `{ $file }`: inside `{ $dir }/`, among the project's sources: write it elsewhere (`out/so-theo-doi.xlsx`)
# The heads of the Markdown table (`--format markdown`), with and without whom each
# record is of: a Markdown table's row, each cell between `|`.
history-cmd-md-head-named = | Năm | Họ và tên | Khen thưởng, xếp loại | Quyết định | Nguồn |
history-cmd-md-head = | Năm | Khen thưởng, xếp loại | Quyết định | Nguồn |

## watch (src/cmd/watch.rs)

watch-no-ctrl-c = cannot handle Ctrl-C
watch-unreadable = cannot read `{ $dir }`
watch-no-watcher = cannot watch for changes
watch-cannot-watch = cannot watch `{ $dir }`
watch-watching = watching { $dir } (Ctrl-C to stop)
watch-failed = rebuild failed; previous outputs kept

## serve (src/cmd/serve): its terminal lines, and the plain text of the answers the
## page's server refuses or cannot give (the page itself is in src/cmd/serve/page).

serve-cannot-bind = cannot serve on 127.0.0.1:{ $port }: { $error } (another port: `--port 8080`, or `--port 0` for any free one)
serve-failed = the page cannot be served: { $error }
serve-serving = serving { $url } (Ctrl-C to stop)
serve-no-browser = no browser could be opened: open { $url } yourself
serve-not-found = not found
serve-other-host = this server answers only to 127.0.0.1 and localhost
serve-read-only = read only
serve-too-many = too many pages open

## verify (src/cmd/verify): what is said of each file after its name. The verdict words
## OK, EDITED, STALE and DIFFERENT open their lines in every language: scripts read them.

verify-unreadable = cannot be read: { $error }
verify-not-checked = { $count ->
        [one] { $count } file
       *[other] { $count } files
    } could not be checked (above)
verify-not-file = it is not a file
verify-too-large = { $bytes } bytes is more than any file thidua makes
verify-not-thidua = not made by thidua (it records no provenance)
# $made: what the file's record says it was made from (verify-made-…).
verify-other-version = made by thidua { $version } ({ $made }); this is thidua { $ours }: verify it with that version
verify-edited-signed = EDITED after thidua made it: { $why } ({ $made })
verify-edited-after = EDITED after thidua made it ({ $made })
verify-record-unreadable = its record cannot be read ({ $made })
verify-no-project = made from { $made }; no project found to compare with (use --project DIR)
verify-cannot-check = made from { $made }; { $why }
# $said: the sources compared with (verify-sources-…).
verify-cannot-make = made from { $made }; { $said } cannot make it: { $error }
verify-stale = STALE: { $said } no longer make this file ({ $made })
# $signed: verify-signed-by, or nothing for a file no one signed.
verify-ok = OK{ $signed }: { $made }; { $said } make the same bytes, its record included
# $fields: the fields of the record that differ (`commit`, `inputs`, verify-field-dirty, …).
verify-edited-record = EDITED: its record is not what thidua writes ({ $fields }) ({ $made })
verify-different = DIFFERENT: { $said } make other bytes ({ $made }): the file was edited, or the sources changed
# The signatures of a signed electronic version: the first signer, then each other, each
# with the signature field it signed.
verify-signer = { $name } (in “{ $field }”)
verify-signer-then = , then { $name } (in “{ $field }”)
# $fields: the signature fields not signed, each in quotes.
verify-unsigned = ; not signed yet: “{ $fields }”
verify-signed-by = , signed by { $signers }{ $unsigned } (each signature verifies over the bytes it covers; the certificate chain is not checked)
# A field of the record (the others are named by their keys).
verify-field-dirty = uncommitted changes
# What a record says a file was made from: its dossier, at a commit or not, by a version.
verify-made-dirty = { $dossier } at commit { $commit } with uncommitted changes, thidua { $version }
verify-made-commit = { $dossier } at commit { $commit }, thidua { $version }
verify-made-before-commit = { $dossier } (in git, before its first commit), thidua { $version }
verify-made-outside-git = { $dossier } (not in git), thidua { $version }

# The sources a file is made again from, as a verdict names them.
verify-sources-tree = the sources in the working tree
verify-sources-commit = the sources at commit { $commit }
# Why a file cannot be checked here.
verify-no-repository = it records no git repository, and the project is in one: it cannot be checked here
verify-git-unreadable = git cannot read the repository here: { $error }
verify-not-in-git = it records a git repository's uncommitted changes, and the project is not in git here
verify-other-commit = it records uncommitted changes on another commit than the one checked out ({ $commit }): verify it where it was made
verify-other-no-commit = it records uncommitted changes on another commit than the one checked out (no commit): verify it where it was made
verify-changes-gone = it records uncommitted changes, and the sources have none now: what it was made from is gone
verify-names-commit = it names commit { $commit }: { $error }
verify-commit-missing = commit { $commit } is not in this repository: it cannot be checked here
verify-temporary = a temporary folder: { $error }
verify-no-project-at = the project did not exist at commit { $commit }
verify-problems = { $count } problem(s) in them (see `thidua check`)
verify-fails = it fails
# `thidua verify --code`.
verify-not-code = `{ $typed }` is not a check code: eight letters and digits, as `7KQ2-M9XD`
verify-code-files = dossier { $dossier }, certificate { $certificate }
verify-code-none = no certificate the current sources make has this check code (a code changes with what its certificate prints: for one printed from an earlier version, run this in a checkout of that commit)

## review (src/review): what `diff` says of a change, as text and as Markdown.

review-no-difference = no difference in the documents
review-summary = { $dossiers ->
        [one] { $dossiers } dossier
       *[other] { $dossiers } dossiers
    }, { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    } and { $files ->
        [one] { $files } file
       *[other] { $files } files
    } change
# After a dossier or a document: what became of it (nothing when it changed).
review-status-added = (added)
review-status-removed = (removed)
review-status-renumbered = (renumbered)
# A document that prints the same data.
review-same-data = (its data is the same: its template, the style library, fonts or assets changed)
# What became of a person of a list, in a word that opens the line (padded to 8 characters).
review-person-added = added
review-person-removed = removed
review-person-renamed = renamed
review-person-moved = moved
review-person-changed = changed
# A value that is true or false.
review-yes = yes
review-no = no
review-files = files: { $changed } changed, { $added } new, { $removed } no longer made
# An entry of a list added or removed, said by its length.
review-entries = { $count } entries

