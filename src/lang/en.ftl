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
serde-one-of = one of `{ $names }`
serde-found-boolean = boolean { $value }
serde-found-integer = integer { $value }
serde-found-float = floating point { $value }
serde-found-string = string { $value }
serde-found-character = character { $value }
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
