
## load-a

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
