
## engine


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
