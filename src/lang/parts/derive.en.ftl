
## derive

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
