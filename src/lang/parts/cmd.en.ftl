
## cmd

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

