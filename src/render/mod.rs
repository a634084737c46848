//! Render: Handlebars templates (built-in, or the project's own by the same name) turn
//! a document's facts into Typst source, escaping every data string by default.

mod contract;
#[cfg(test)]
mod contract_tests;
pub mod docx;
pub mod escape;
mod helpers;
mod markdown;
mod names;
mod partials;
pub mod xlsx;

use crate::diagnostic::Diagnostic;
use crate::kinds::KINDS;
use handlebars::Handlebars;
use std::path::Path;

/// The Typst style library every template imports, embedded, in two parts joined into
/// one `/thidua.typ`: the official layout and certificates, then the documents of the
/// award cycle and the conference. A project's own file of either name replaces that part.
const LIBRARY: [(&str, &str); 2] = [
    ("thidua.typ", include_str!("../../templates/thidua.typ")),
    (
        "thidua-cycle.typ",
        include_str!("../../templates/thidua-cycle.typ"),
    ),
];

/// The built-in files of `templates/` by name: the style library, then each kind's
/// template once. `thidua init --templates` writes the same.
pub fn builtin() -> Vec<(String, &'static str)> {
    let mut files: Vec<(String, &'static str)> =
        LIBRARY.iter().map(|(n, t)| (n.to_string(), *t)).collect();
    for kind in KINDS {
        let name = format!("{}.typ.hbs", kind.template);
        if !files.iter().any(|(n, _)| *n == name) {
            files.push((name, kind.builtin));
        }
    }
    files
}

/// The templates of a project, ready to render, and the Typst library they import.
pub struct Templates {
    /// Every template compiled, made when a document is first rendered: a build with
    /// nothing to typeset (a no-op rebuild, `check`) does not pay for the built-in ones.
    registry: std::sync::OnceLock<Handlebars<'static>>,
    /// The project's own templates, compiled and checked as they are read.
    own: Vec<(String, handlebars::Template)>,
    /// The built-in templates the project does not replace, by name (checked by the tests).
    builtins: Vec<(String, &'static str)>,
    /// How amounts are spelled out in words.
    words: crate::derive::words::WordOptions,
    /// The Typst style library's source.
    pub library: String,
    /// Where each template came from, for messages (`templates/report.typ.hbs` or `built-in …`).
    origins: Vec<(String, String)>,
    /// Files under `templates/` that are no template thidua reads (`decison.typ.hbs`).
    pub warnings: Vec<Diagnostic>,
}

/// The names template `stem` (from `origin`) asks that the data of its kinds lacks, each
/// an error at its place.
fn contracted(stem: &str, origin: &str, t: &handlebars::Template) -> Vec<Diagnostic> {
    let kinds: Vec<&crate::kinds::Kind> = KINDS.iter().filter(|k| k.template == stem).collect();
    if kinds.is_empty() {
        return Vec::new();
    }
    let schemas: Vec<serde_json::Value> = kinds.iter().map(|k| (k.schema)()).collect();
    let hint = t!("render-schema-hint", kind = kinds[0].name);
    contract::check(t, &schemas)
        .into_iter()
        .map(|((l, c), msg)| {
            Diagnostic::file(origin, t!("render-template-error", message = msg))
                .at(l, c)
                .hint(hint.clone())
        })
        .collect()
}

/// A warning for each file under `templates/` that no template is read from (a misspelt
/// name would leave the built-in one in use, unseen), with the nearest name.
fn strays(root: &Path, all: &[(String, &'static str)]) -> Vec<Diagnostic> {
    let Ok(entries) = std::fs::read_dir(root.join("templates")) else {
        return Vec::new();
    };
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    let mut found: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| !names.contains(&n.as_str()) && !n.starts_with('.'))
        .collect();
    found.sort();
    found
        .into_iter()
        .map(|n| {
            let near = names
                .iter()
                .min_by_key(|k| strsim::levenshtein(k, &n))
                .copied()
                .unwrap_or_default();
            let rel = Path::new("templates").join(&n);
            Diagnostic::file(&rel, t!("render-stray"))
                .hint(t!(
                    "render-stray-hint",
                    names = names.join(", "),
                    near = near
                ))
                .into_warning()
        })
        .collect()
}

impl Templates {
    /// Sets how amounts are spelled out in words (before anything is rendered).
    pub fn spell(&mut self, words: crate::derive::words::WordOptions) {
        self.words = words;
        self.registry = Default::default();
    }

    /// The registry of every template, the built-in ones compiled now.
    fn registry(&self) -> &Handlebars<'static> {
        self.registry.get_or_init(|| {
            let mut registry = Handlebars::new();
            registry.set_strict_mode(true);
            registry.register_escape_fn(escape::markup);
            helpers::register(&mut registry, self.words);
            for (stem, t) in &self.own {
                registry.register_template(stem, t.clone());
            }
            for (stem, text) in &self.builtins {
                // A built-in that did not compile is a test's failure; rendering with it
                // says "template not found", never a panic.
                if let Ok(t) = handlebars::Template::compile(text) {
                    registry.register_template(stem, names::checked(t));
                }
            }
            registry
        })
    }

    /// Loads the built-ins, replaced by the project's `templates/NAME` where present;
    /// amounts in words are spelled the default way until [`Templates::spell`] says
    /// otherwise (so templates are parsed before the project's settings are read).
    pub fn parse(root: &Path) -> Result<Templates, Vec<Diagnostic>> {
        let (mut own, mut builtins) = (Vec::new(), Vec::new());
        let mut library = String::new();
        let mut origins = Vec::new();
        let mut diags = Vec::new();
        let all = builtin();
        let stems: Vec<&str> = all
            .iter()
            .filter_map(|(n, _)| n.strip_suffix(".typ.hbs"))
            .collect();
        for (name, builtin) in builtin() {
            let rel = Path::new("templates").join(&name);
            if !crate::inside::inside(root, &root.join(&rel)) {
                diags.push(Diagnostic::file(&rel, crate::inside::outside(&rel)));
                continue;
            }
            let (text, origin, own_file) = match std::fs::read_to_string(root.join(&rel)) {
                Ok(t) => (t, rel.display().to_string(), true),
                Err(_) => (
                    builtin.to_string(),
                    t!("render-builtin-origin", name = &name),
                    false,
                ),
            };
            if let Some(stem) = name.strip_suffix(".typ.hbs") {
                origins.push((stem.to_string(), origin.clone()));
                // The built-in ones are checked by the tests (every kind's `init
                // --templates`): a build pays the checks for a project's own.
                if !own_file {
                    builtins.push((stem.to_string(), builtin));
                    continue;
                }
                match handlebars::Template::compile(&text) {
                    Ok(t) => match partials::problem(&t, &stems) {
                        Some(why) => diags.push(Diagnostic::file(
                            &origin,
                            t!("render-template-error", message = why),
                        )),
                        None => {
                            diags.extend(contracted(stem, &origin, &t));
                            own.push((stem.to_string(), names::checked(t)));
                        }
                    },
                    Err(e) => {
                        let mut d = Diagnostic::file(
                            &origin,
                            t!("render-template-error", message = e.reason().to_string()),
                        );
                        if let Some((l, c)) = e.pos() {
                            d = d.at(l, c);
                        }
                        diags.push(d);
                    }
                }
            } else {
                // The library's parts, in order, one after the other.
                if !library.is_empty() {
                    library.push('\n');
                }
                library.push_str(&text);
                origins.push((name.to_string(), origin));
            }
        }
        if diags.is_empty() {
            Ok(Templates {
                registry: Default::default(),
                own,
                builtins,
                words: Default::default(),
                library,
                origins,
                warnings: strays(root, &all),
            })
        } else {
            Err(diags)
        }
    }

    /// Renders template `name` (`report`, `decision`, `certificate`) with `data`.
    pub fn render(&self, name: &str, data: &serde_json::Value) -> Result<String, Diagnostic> {
        let rendered = self.registry().render(name, data);
        rendered.map_err(|e| self.problem(name, e, data))
    }

    /// A template's failure at its line; a name that names nothing in `data`, with the
    /// nearest name the data has.
    fn problem(
        &self,
        name: &str,
        e: handlebars::RenderError,
        data: &serde_json::Value,
    ) -> Diagnostic {
        let named = match e.reason() {
            handlebars::RenderErrorReason::NestedError(n) => {
                n.downcast_ref::<names::NamesNothing>()
            }
            _ => None,
        };
        let (message, path, missing) = match (e.reason(), named) {
            (_, Some(n)) => (n.to_string(), n.path.clone(), true),
            (handlebars::RenderErrorReason::MissingVariable(path), _) => {
                let path = path.clone().unwrap_or_default();
                (t!("render-names-nothing", path = &path), path, true)
            }
            (other, _) => {
                let text = other.to_string();
                let path = text.split('`').nth(1).unwrap_or_default().to_string();
                (text, path, false)
            }
        };
        let message = t!("render-template-error", message = message);
        let mut d = Diagnostic::file(self.origin(name), message);
        if let (Some(l), Some(c)) = (e.line_no, e.column_no) {
            d = d.at(l, c);
        }
        let kind = crate::kinds::KINDS.iter().find(|k| k.template == name);
        let kind = kind.map_or("KIND", |k| k.name);
        match names::nearest(data, &path) {
            Some(near) if missing => d.hint(t!("render-near-hint", near = near, kind = kind)),
            _ => d,
        }
    }

    /// Whether template `name` is the built-in one (not the project's own).
    pub fn is_builtin(&self, name: &str) -> bool {
        self.builtins.iter().any(|(n, _)| n == name)
    }

    /// Where template `name` came from.
    pub fn origin<'a>(&'a self, name: &'a str) -> &'a str {
        self.origins
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, o)| o.as_str())
            .unwrap_or(name)
    }
}
