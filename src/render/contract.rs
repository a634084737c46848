//! Every name a template asks of its data, checked before anything is rendered against
//! the JSON Schema of the data its kind receives (`thidua schema --template`): in every
//! branch, also those the current data never takes, and all problems at once. A name the
//! schema cannot vouch for (a block parameter, a partial's context, a helper's result)
//! is left to the render's own check.

use handlebars::template::{BlockParam, HelperTemplate, Parameter, Template, TemplateElement};
use serde_json::Value;

/// The helpers thidua registers and those Handlebars has: their names are no data.
const HELPERS: [&str; 18] = [
    "if",
    "unless",
    "each",
    "with",
    "lookup",
    "log",
    "markdown",
    "str",
    "lower",
    "upper",
    "vn_number",
    "vn_count",
    "vn_percent",
    "vn_money_words",
    "longest",
    "rows",
    "em_width",
    "vn_date",
];

/// What a name may be: some of a schema's shapes, or anything (`None`).
type Shape<'a> = Option<Vec<&'a Value>>;

/// One level of context: its shapes and the block parameters it names.
#[derive(Clone)]
struct Scope<'a> {
    shape: Shape<'a>,
    params: Vec<String>,
}

/// The names of `template` that name nothing in any of `schemas` (a template two kinds
/// share may name what either has), each with its line and column and the nearest name
/// there is.
pub fn check(template: &Template, schemas: &[Value]) -> Vec<((usize, usize), String)> {
    // The kinds' data as alternatives: a name is right when one of them has it.
    let mut w = Walker {
        roots: schemas.iter().collect(),
        out: Vec::new(),
        depth: 0,
    };
    let top = Scope {
        shape: Some(schemas.iter().collect()),
        params: Vec::new(),
    };
    w.walk(template, &mut vec![top], (1, 1));
    w.out
}

struct Walker<'a> {
    /// The schemas, whose definitions their references name.
    roots: Vec<&'a Value>,
    out: Vec<((usize, usize), String)>,
    /// How many `#each` the walk is inside: lists within lists multiply what is rendered.
    depth: usize,
}

/// How deep `#each` may nest: a table's rows within its sections within a document is 3;
/// 20 over one list render its rows to the 20th power, for good.
const EACH_DEPTH: usize = 6;

impl<'a> Walker<'a> {
    fn walk(&mut self, t: &Template, scopes: &mut Vec<Scope<'a>>, at: (usize, usize)) {
        for (i, e) in t.elements.iter().enumerate() {
            let at = t.mapping.get(i).map_or(at, |m| (m.0, m.1));
            match e {
                TemplateElement::Expression(h) | TemplateElement::HtmlExpression(h) => {
                    let shape = self.expression(h, scopes, at);
                    let printed = h.params.is_empty()
                        && h.name.as_name().is_none_or(|n| !HELPERS.contains(&n));
                    if printed && shape.as_ref().is_some_and(|s| self.composite(s)) {
                        let name = match &h.name {
                            Parameter::Name(n) => n.clone(),
                            Parameter::Path(handlebars::Path::Relative((_, raw))) => raw.clone(),
                            _ => String::new(),
                        };
                        let msg = t!("render-composite-printed", name = name);
                        self.out.push((at, msg));
                    }
                }
                TemplateElement::HelperBlock(h) => self.block(h, scopes, at),
                _ => {}
            }
        }
    }

    /// `{{name}}` or `{{helper args}}`: the name, or the helper's arguments.
    fn expression(
        &mut self,
        h: &HelperTemplate,
        scopes: &[Scope<'a>],
        at: (usize, usize),
    ) -> Shape<'a> {
        match &h.name {
            Parameter::Name(n) if HELPERS.contains(&n.as_str()) => {
                self.helper(n, &h.params, scopes, at)
            }
            Parameter::Name(n) if h.params.is_empty() => self.path(n, scopes, at),
            Parameter::Path(handlebars::Path::Relative((_, raw))) if h.params.is_empty() => {
                self.path(raw, scopes, at)
            }
            _ => {
                self.params(&h.params, scopes, at);
                None
            }
        }
    }

    /// A helper's arguments checked; what it gives, when it is a list of `rows`.
    fn helper(
        &mut self,
        name: &str,
        params: &[Parameter],
        scopes: &[Scope<'a>],
        at: (usize, usize),
    ) -> Shape<'a> {
        let shapes = self.params(params, scopes, at);
        match (name, shapes.first()) {
            ("rows", Some(list)) => list.clone(),
            ("longest", Some(Some(list))) => {
                if let Some(Parameter::Literal(Value::String(field))) = params.get(1) {
                    let rows = self.items(list);
                    if let Some(rows) = &rows {
                        if !rows.is_empty() && self.property(rows, field).is_none() {
                            let msg = match self.nearest(rows, field) {
                                Some(near) => {
                                    t!("render-longest-no-field-near", field = field, near = near)
                                }
                                None => t!("render-longest-no-field", field = field),
                            };
                            self.out.push((at, msg));
                        }
                    }
                }
                None
            }
            _ => None,
        }
    }

    fn params(
        &mut self,
        params: &[Parameter],
        scopes: &[Scope<'a>],
        at: (usize, usize),
    ) -> Vec<Shape<'a>> {
        params
            .iter()
            .map(|p| match p {
                Parameter::Path(handlebars::Path::Relative((_, raw))) => self.path(raw, scopes, at),
                Parameter::Name(n) => self.path(n, scopes, at),
                Parameter::Subexpression(s) => match s.as_element() {
                    TemplateElement::Expression(h) => self.expression(h, scopes, at),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    }

    fn block(&mut self, h: &HelperTemplate, scopes: &mut Vec<Scope<'a>>, at: (usize, usize)) {
        let name = h.name.as_name().unwrap_or_default();
        if name == "each" {
            self.depth += 1;
            if self.depth == EACH_DEPTH + 1 {
                let msg = t!("render-each-too-deep", depth = EACH_DEPTH);
                self.out.push((at, msg));
            }
        }
        let first = self
            .params(&h.params, scopes, at)
            .into_iter()
            .next()
            .flatten();
        let inner = match name {
            "each" => Some(first.and_then(|s| self.items(&s))),
            "with" => Some(first),
            _ => None,
        };
        if let Some(t) = &h.template {
            match inner {
                Some(shape) => {
                    let params = match &h.block_param {
                        Some(BlockParam::Single(Parameter::Name(n))) => vec![n.clone()],
                        Some(BlockParam::Pair((Parameter::Name(a), Parameter::Name(b)))) => {
                            vec![a.clone(), b.clone()]
                        }
                        _ => Vec::new(),
                    };
                    scopes.push(Scope { shape, params });
                    self.walk(t, scopes, at);
                    scopes.pop();
                }
                None => self.walk(t, scopes, at),
            }
        }
        if let Some(t) = &h.inverse {
            self.walk(t, scopes, at);
        }
        if name == "each" {
            self.depth -= 1;
        }
    }

    /// The shapes `raw` names from the innermost scope; an error where it names nothing.
    fn path(&mut self, raw: &str, scopes: &[Scope<'a>], at: (usize, usize)) -> Shape<'a> {
        let mut rest = raw.trim();
        let mut level = scopes.len().saturating_sub(1);
        if let Some(r) = rest.strip_prefix("@root") {
            level = 0;
            rest = r.trim_start_matches(['.', '/']);
        }
        while let Some(r) = rest.strip_prefix("../") {
            level = level.saturating_sub(1);
            rest = r;
        }
        for this in ["this.", "this/", "./"] {
            rest = rest.strip_prefix(this).unwrap_or(rest);
        }
        let segs: Vec<&str> = rest
            .split(['.', '/'])
            .map(|s| s.trim_matches(['[', ']']))
            .filter(|s| !s.is_empty() && *s != "this")
            .collect();
        let scope = &scopes[level];
        match segs.first() {
            None => return scope.shape.clone(),
            Some(s) if s.starts_with('@') => return None,
            Some(s) if scopes.iter().any(|sc| sc.params.iter().any(|p| p == s)) => return None,
            _ => {}
        }
        let mut shape = scope.shape.clone();
        for (k, seg) in segs.iter().enumerate() {
            let now = shape?;
            let next = if seg.chars().all(|c| c.is_ascii_digit()) {
                Some(self.items(&now))
            } else {
                self.property(&now, seg)
            };
            if next.is_none() && self.closed(&now) {
                let name = segs[..=k].join(".");
                let msg = match self.nearest(&now, seg) {
                    Some(near) => t!("render-names-nothing-near", path = name, near = near),
                    None => t!("render-names-nothing", path = name),
                };
                self.out.push((at, msg));
                return None;
            }
            shape = next.unwrap_or(None);
        }
        shape
    }

    /// The concrete schemas `s` stands for: references followed, unions opened.
    fn resolve(&self, s: &'a Value) -> Vec<&'a Value> {
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let name = r.trim_start_matches("#/definitions/");
            let defined = self
                .roots
                .iter()
                .find_map(|root| root.get("definitions")?.get(name));
            return defined.map_or(Vec::new(), |d| self.resolve(d));
        }
        let mut out = Vec::new();
        for key in ["allOf", "anyOf", "oneOf"] {
            for branch in s.get(key).and_then(Value::as_array).into_iter().flatten() {
                out.extend(self.resolve(branch));
            }
        }
        if out.is_empty() || s.get("properties").is_some() {
            out.push(s);
        }
        out
    }

    /// What property `name` of `shapes` may be: `Some(None)` anything, `None` nothing.
    fn property(&self, shapes: &[&'a Value], name: &str) -> Option<Shape<'a>> {
        let mut out = Vec::new();
        let mut any = false;
        for s in shapes.iter().flat_map(|s| self.resolve(s)) {
            if let Some(p) = s.get("properties").and_then(|p| p.get(name)) {
                out.push(p);
            } else if let Some(more) = s.get("additionalProperties").filter(|a| a.is_object()) {
                out.push(more);
            } else if !self.closed(&[s]) {
                any = true;
            }
        }
        match (out.is_empty(), any) {
            (_, true) => Some(None),
            (true, false) => None,
            (false, false) => Some(Some(out)),
        }
    }

    /// Whether every shape is a map of fields or a list: nothing a page can print.
    fn composite(&self, shapes: &[&'a Value]) -> bool {
        let all: Vec<&Value> = shapes.iter().flat_map(|s| self.resolve(s)).collect();
        !all.is_empty()
            && all.iter().all(|s| {
                let kind = |k: &str| match s.get("type") {
                    Some(Value::String(t)) => t == k,
                    Some(Value::Array(ts)) => ts.iter().all(|t| t == k),
                    _ => false,
                };
                s.get("properties").is_some()
                    || s.get("items").is_some()
                    || kind("object")
                    || kind("array")
            })
    }

    /// The shapes of the items of a list (`None`: anything).
    fn items(&self, shapes: &[&'a Value]) -> Shape<'a> {
        let items: Vec<&Value> = shapes
            .iter()
            .flat_map(|s| self.resolve(s))
            .filter_map(|s| s.get("items"))
            .collect();
        (!items.is_empty()).then_some(items)
    }

    /// Whether the schema says every property it may have (an object with `properties`
    /// and no others, or a value that has none: text, a number, a list).
    fn closed(&self, shapes: &[&'a Value]) -> bool {
        shapes.iter().flat_map(|s| self.resolve(s)).all(|s| {
            let typed = s.get("type").is_some();
            let open = s
                .get("additionalProperties")
                .is_some_and(|a| a != &Value::Bool(false));
            (s.get("properties").is_some() || typed) && !open
        })
    }

    /// The nearest property of `shapes` to `name`, when one is near.
    fn nearest(&self, shapes: &[&'a Value], name: &str) -> Option<String> {
        let names = shapes
            .iter()
            .flat_map(|s| self.resolve(s))
            .filter_map(|s| s.get("properties").and_then(Value::as_object))
            .flat_map(|p| p.keys());
        let best = names.min_by_key(|k| strsim::damerau_levenshtein(k, name));
        best.filter(|k| strsim::damerau_levenshtein(k, name) <= (name.chars().count() / 3).max(2))
            .cloned()
    }
}
