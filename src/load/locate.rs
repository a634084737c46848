//! Positions of YAML fields by path (`awards[0].decision.signer` → line 31, column 15),
//! so that problems found after parsing can still point at the text.

use std::collections::HashMap;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// A map from field path to the 1-based line and column where its value starts.
#[derive(Debug, Default)]
pub struct Locations {
    found: HashMap<String, (usize, usize)>,
    /// Where each key is written, for messages about the key itself (an unknown field).
    keys: HashMap<String, (usize, usize)>,
    /// The first key written twice in one mapping: its path and the second occurrence's position.
    pub duplicate: Option<(String, (usize, usize))>,
}

impl Locations {
    /// Scans `text`; a syntax error simply leaves the later fields unknown.
    #[cfg(test)]
    pub fn scan(text: &str) -> Locations {
        Locations::scan_values(text, &mut |_, _, _| {})
    }

    /// Scans `text`, also handing every scalar value to `each` with its path and position.
    pub fn scan_values(text: &str, each: &mut OnValue) -> Locations {
        let mut walker = Walker {
            each: Some(each),
            ..Walker::default()
        };
        let _ = Parser::new_from_str(text).load(&mut walker, false);
        Locations {
            found: walker.found,
            keys: walker.keys,
            duplicate: walker.duplicate,
        }
    }

    /// The position of the key that ends `path`, or of its value when unknown.
    pub fn find_key(&self, path: &str) -> Option<(usize, usize)> {
        self.keys.get(path).copied().or_else(|| self.find(path))
    }

    /// The position of `path`, or of its nearest located ancestor.
    pub fn find(&self, path: &str) -> Option<(usize, usize)> {
        let mut p = path;
        loop {
            if let Some(pos) = self.found.get(p) {
                return Some(*pos);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }
}

/// What a scan hands each scalar value: its path, its position and its text.
pub type OnValue<'a> = dyn FnMut(&str, (usize, usize), &str) + 'a;

enum Frame {
    Map {
        key: Option<String>,
        keys: Vec<String>,
    },
    Seq {
        index: usize,
    },
}

#[derive(Default)]
struct Walker<'a> {
    stack: Vec<Frame>,
    found: HashMap<String, (usize, usize)>,
    keys: HashMap<String, (usize, usize)>,
    each: Option<&'a mut OnValue<'a>>,
    /// Collections whose start the parser marks late: they take the position of their first scalar.
    pending: Vec<String>,
    duplicate: Option<(String, (usize, usize))>,
}

impl Walker<'_> {
    fn path(&self) -> String {
        let mut out = String::new();
        for f in &self.stack {
            match f {
                Frame::Map { key: Some(k), .. } => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Frame::Map { key: None, .. } => {}
                Frame::Seq { index } => out.push_str(&format!("[{index}]")),
            }
        }
        out
    }

    fn value(&mut self, mark: Marker) {
        let pos = (mark.line(), mark.col() + 1);
        let here = self.path();
        self.settle(pos);
        self.found.entry(here).or_insert(pos);
    }

    fn settle(&mut self, pos: (usize, usize)) {
        for p in self.pending.drain(..) {
            self.found.entry(p).or_insert(pos);
        }
    }

    fn collection(&mut self) {
        self.pending.push(self.path());
    }

    fn done_value(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Map { key, .. }) => *key = None,
            Some(Frame::Seq { index }) => *index += 1,
            None => {}
        }
    }
}

impl MarkedEventReceiver for Walker<'_> {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(s, ..) => {
                let pos = (mark.line(), mark.col() + 1);
                let path = self.path();
                if let Some(Frame::Map {
                    key: key @ None,
                    keys,
                }) = self.stack.last_mut()
                {
                    let full = if path.is_empty() {
                        s.clone()
                    } else {
                        format!("{path}.{s}")
                    };
                    if keys.contains(&s) && self.duplicate.is_none() {
                        self.duplicate = Some((full.clone(), pos));
                    }
                    self.keys.entry(full).or_insert(pos);
                    keys.push(s.clone());
                    *key = Some(s);
                    self.settle(pos);
                    return;
                }
                self.value(mark);
                if let Some(each) = self.each.as_mut() {
                    each(&path, (mark.line(), mark.col() + 1), &s);
                }
                self.done_value();
            }
            Event::Alias(_) => {
                self.value(mark);
                self.done_value();
            }
            Event::MappingStart(..) => {
                self.collection();
                self.stack.push(Frame::Map {
                    key: None,
                    keys: Vec::new(),
                });
            }
            Event::SequenceStart(..) => {
                self.collection();
                self.stack.push(Frame::Seq { index: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.done_value();
            }
            _ => {}
        }
    }
}

/// Whether the field at `path` is the one at `outer` or inside it.
pub fn within(path: &str, outer: &str) -> bool {
    let rest = path.strip_prefix(outer);
    rest.is_some_and(|r| r.is_empty() || r.starts_with('.') || r.starts_with('['))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_fields() {
        let text = "title: T\nawards:\n  - form: giay-khen\n    decision:\n      signer: dan\n    recipients:\n      - name: A\n      - collective: B\n";
        let loc = Locations::scan(text);
        assert_eq!(loc.find("title"), Some((1, 8)));
        assert_eq!(loc.find("awards[0].form"), Some((3, 11)));
        assert_eq!(loc.find("awards[0].decision.signer"), Some((5, 15)));
        assert_eq!(
            loc.find("awards[0].recipients[1].collective"),
            Some((8, 21))
        );
        assert_eq!(loc.find("awards[0].recipients[1]"), Some((8, 9)));
        assert_eq!(
            loc.find("awards[0].decision.nothing"),
            loc.find("awards[0].decision")
        );
    }

    #[test]
    fn a_field_is_within_itself_and_its_parents_only() {
        use super::within;
        assert!(within("a[1].b", "a[1]") && within("a[1]", "a[1]") && within("a[1][2]", "a[1]"));
        assert!(!within("a[10]", "a[1]") && !within("a[1]b", "a[1]") && !within("a", "a[1]"));
    }
}
