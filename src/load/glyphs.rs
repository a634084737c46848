//! Glyph preflight: every character that data puts on a page is checked against the
//! fonts before anything is typeset, because typst prints a character no font has as an
//! empty box, without a word. Control characters are errors; invisible characters pasted
//! from the web (non-breaking and zero-width spaces) are warnings that name their place.

use crate::diagnostic::Diagnostic;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// How a character prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Fine,
    /// No font has it: an empty box.
    Missing,
    /// A control character: nothing sensible can print it.
    Control,
    /// A bidirectional override or isolate: it reorders the letters after it.
    Reorders,
    /// Prints as nothing or as a space, but is not one: worth a look.
    Invisible(&'static str),
}

/// The longest text one field may hold, and one that is no body of prose (Excel's limit).
const MAX_TEXT: usize = 100_000;
const MAX_CELL: usize = 32_767;

/// Errors shown per file before the rest are only counted.
const MAX_PER_FILE: usize = 20;

/// Collects the printing problems of every text checked, with their places.
pub struct Glyphs<'a> {
    covers: &'a dyn Fn(char) -> bool,
    memo: HashMap<char, Class>,
    errors: Vec<Diagnostic>,
    /// Per file, the errors shown and those not shown.
    shown: HashMap<PathBuf, usize>,
    hidden: BTreeMap<PathBuf, usize>,
    /// Per file and character, the first place of an invisible character and its count.
    invisible: BTreeMap<(PathBuf, char), (Diagnostic, usize)>,
}

impl<'a> Glyphs<'a> {
    /// A preflight against fonts that print exactly the characters `covers` accepts.
    pub fn new(covers: &'a dyn Fn(char) -> bool) -> Glyphs<'a> {
        Glyphs {
            covers,
            memo: HashMap::new(),
            errors: Vec::new(),
            shown: HashMap::new(),
            hidden: BTreeMap::new(),
            invisible: BTreeMap::new(),
        }
    }

    fn class(&mut self, c: char) -> Class {
        if c.is_ascii_graphic() || c == ' ' || c == '\n' || c == '\t' {
            return Class::Fine;
        }
        let covers = self.covers;
        *self.memo.entry(c).or_insert_with(|| classify(c, covers))
    }

    /// Checks `text` of `file`; `at` gives the diagnostic for the character at a char
    /// index (asked only for the problems shown: placing one reads the file).
    pub fn text(&mut self, file: &Path, text: &str, at: &dyn Fn(usize, char) -> Diagnostic) {
        for (i, c) in text.chars().enumerate() {
            let class = self.class(c);
            let hidden = match class {
                Class::Fine => continue,
                Class::Invisible(_) => self.invisible.get_mut(&(file.to_path_buf(), c)),
                _ if self.shown.get(file).copied().unwrap_or(0) >= MAX_PER_FILE => {
                    *self.hidden.entry(file.to_path_buf()).or_default() += 1;
                    continue;
                }
                _ => None,
            };
            if let Some((_, count)) = hidden {
                *count += 1;
                continue;
            }
            match class {
                Class::Fine => {}
                Class::Missing => self.error(at(i, c).with_message(missing(c)).hint(font_hint())),
                Class::Control => {
                    let msg = t!("glyphs-control", code = describe(c));
                    let hint = t!("glyphs-control-hint");
                    self.error(at(i, c).with_message(msg).hint(hint))
                }
                Class::Reorders => {
                    let msg = t!("glyphs-reorders", code = describe(c));
                    let hint = t!("glyphs-reorders-hint");
                    self.error(at(i, c).with_message(msg).hint(hint))
                }
                Class::Invisible(what) => {
                    let d = at(i, c);
                    let key = (d.file.clone(), c);
                    let hint = if what.ends_with("space") && !what.starts_with("zero") {
                        t!("glyphs-retype-space")
                    } else {
                        t!("glyphs-delete")
                    };
                    self.invisible
                        .entry(key)
                        .or_insert_with(|| (d.with_message(invisible(what, c)).hint(hint), 0))
                        .1 += 1;
                }
            }
        }
    }

    fn error(&mut self, d: Diagnostic) {
        let shown = self.shown.entry(d.file.clone()).or_default();
        if *shown < MAX_PER_FILE {
            *shown += 1;
            self.errors.push(d);
        } else {
            *self.hidden.entry(d.file).or_default() += 1;
        }
    }

    /// Checks every scalar value of a YAML file, each problem placed at its character; a
    /// text longer than any document prints is refused (it would take minutes to typeset).
    pub fn yaml(
        &mut self,
        file: &Path,
        text: &str,
        path: &str,
        start: (usize, usize),
        value: &str,
    ) {
        let length = value.chars().count();
        if length > MAX_TEXT {
            let msg = t!("glyphs-text-long", length = length, max = MAX_TEXT);
            let d = Diagnostic::file(file, msg).at(start.0, start.1).field(path);
            self.error(d.hint(t!("glyphs-text-long-hint")));
            return;
        }
        // What is not a body of prose (`text`) may land in a spreadsheet's cell.
        let prose = path.rsplit('.').next() == Some("text");
        if length > MAX_CELL && !prose {
            let msg = t!("glyphs-cell-long", length = length, max = MAX_CELL);
            self.error(Diagnostic::file(file, msg).at(start.0, start.1).field(path));
            return;
        }
        if value.chars().all(|c| self.class(c) == Class::Fine) {
            return;
        }
        // The lines the value spans: a block scalar (`|`, `>`) starts on the next line.
        let marker = text
            .lines()
            .nth(start.0.saturating_sub(1))
            .and_then(|l| l.chars().nth(start.1.saturating_sub(1)));
        let block = matches!(marker, Some('|' | '>'));
        let more = value.matches('\n').count() + usize::from(block);
        let at = |i: usize, c: char| {
            let nth = value.chars().take(i).filter(|x| *x == c).count();
            let (line, column) = find_from(text, start, more, c, nth).unwrap_or(start);
            Diagnostic::file(file, "").at(line, column).field(path)
        };
        self.text(file, value, &at);
    }

    /// Checks a CSV file's rows (the header excluded), each problem placed at its
    /// character and named by its column.
    pub fn csv(&mut self, file: &Path, text: &str, headers: &[String], delimiter: u8) {
        // Lines end in `\n`, `\r\n`, or `\r` alone (Excel's "CSV (Macintosh)").
        let lines = text
            .split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .flat_map(|l| l.split('\r'));
        for (n, line) in lines.enumerate().skip(1) {
            if line.chars().all(|c| self.class(c) == Class::Fine) {
                continue;
            }
            let at = |i: usize, _: char| {
                let column = column_of(line, i, delimiter as char);
                let name = headers.get(column).map_or("?", String::as_str);
                // The row a spreadsheet shows, as every other message of a list names it.
                Diagnostic::file(file, "").at(n + 1, i + 1).field(t!(
                    "glyphs-row-column",
                    row = n + 1,
                    column = name
                ))
            };
            self.text(file, line, &at);
        }
    }

    /// The errors and warnings found.
    pub fn finish(self) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
        let mut errors = self.errors;
        for (file, n) in self.hidden {
            let msg = t!("glyphs-more", n = n);
            errors.push(Diagnostic::file(file, msg).hint(font_hint()));
        }
        let warnings = self
            .invisible
            .into_values()
            .map(|(d, n)| {
                if n > 1 {
                    let msg = t!("glyphs-times", message = &d.message, n = n);
                    d.with_message(msg)
                } else {
                    d
                }
            })
            .collect();
        (errors, warnings)
    }
}

/// What to do about a character no font has.
fn font_hint() -> String {
    t!("glyphs-font-hint")
}

pub(super) fn classify(c: char, covers: &dyn Fn(char) -> bool) -> Class {
    let invisible = match c {
        '\u{a0}' | '\u{2007}' | '\u{202f}' => Some("non-breaking space"),
        '\u{200b}' => Some("zero-width space"),
        '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => Some("zero-width joiner or mark"),
        '\u{200e}' | '\u{200f}' => Some("direction mark"),
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => return Class::Reorders,
        '\u{ad}' => Some("soft hyphen"),
        '\u{2028}' | '\u{2029}' => Some("line separator"),
        '\u{fe00}'..='\u{fe0f}' => Some("variation selector"),
        _ => None,
    };
    match invisible {
        Some(what) => Class::Invisible(what),
        None if c.is_control() => Class::Control,
        None if covers(c) => Class::Fine,
        None => Class::Missing,
    }
}

fn missing(c: char) -> String {
    t!(
        "glyphs-missing",
        character = c.to_string(),
        code = describe(c)
    )
}

/// The message of an invisible character `c` of kind `what` (a key of [`classify`]).
fn invisible(what: &str, c: char) -> String {
    let effect = match what {
        "non-breaking space" => t!("glyphs-effect-space"),
        "line separator" => t!("glyphs-effect-line"),
        _ => t!("glyphs-effect-nothing"),
    };
    let what = match what {
        "non-breaking space" => t!("glyphs-non-breaking-space"),
        "zero-width space" => t!("glyphs-zero-width-space"),
        "zero-width joiner or mark" => t!("glyphs-zero-width-joiner"),
        "direction mark" => t!("glyphs-direction-mark"),
        "soft hyphen" => t!("glyphs-soft-hyphen"),
        "line separator" => t!("glyphs-line-separator"),
        "variation selector" => t!("glyphs-variation-selector"),
        other => other.to_string(),
    };
    t!(
        "glyphs-invisible",
        what = what,
        code = describe(c),
        effect = effect
    )
}

/// `U+20000 CJK UNIFIED IDEOGRAPH-20000`: the code point and, where it has one, its name.
pub fn describe(c: char) -> String {
    match unicode_names2::name(c) {
        Some(name) => format!("U+{:04X} {name}", c as u32),
        None => format!("U+{:04X}", c as u32),
    }
}

/// The place of the `nth` (0-based) `c` at or after `start` (1-based line and column),
/// on that line and the `lines` after it: where a scalar's character stands in its file. Escaped characters
/// (`"\0"`) are not found; their scalar's start is used instead.
pub(super) fn find_from(
    text: &str,
    start: (usize, usize),
    lines: usize,
    c: char,
    nth: usize,
) -> Option<(usize, usize)> {
    let (line0, col0) = start;
    let mut left = nth;
    for (k, line) in text
        .lines()
        .skip(line0.checked_sub(1)?)
        .take(lines + 1)
        .enumerate()
    {
        let skip = if k == 0 { col0.saturating_sub(1) } else { 0 };
        for (i, x) in line.chars().skip(skip).enumerate() {
            if x == c {
                if left == 0 {
                    return Some((line0 + k, skip + i + 1));
                }
                left -= 1;
            }
        }
    }
    None
}

/// The 0-based CSV column of the character at char index `i` of `line`.
pub(super) fn column_of(line: &str, i: usize, delimiter: char) -> usize {
    let mut quoted = false;
    let mut column = 0;
    for c in line.chars().take(i) {
        match c {
            '"' => quoted = !quoted,
            c if c == delimiter && !quoted => column += 1,
            _ => {}
        }
    }
    column
}
