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
