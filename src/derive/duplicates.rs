//! Recipients listed twice in one award, found with the collation's identity of names.

use super::collate::identity_key;
use crate::diagnostic::Diagnostic;
use crate::load::{Origin, Project};
use crate::model::Recipient;

/// A warning for each recipient listed twice in one award of the project.
pub fn warnings(project: &Project) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for dossier in &project.dossiers {
        for list in &dossier.recipients {
            duplicates(list, &mut found);
        }
    }
    found
}

/// Warns of a recipient listed twice in one award (also `hòa`/`hoà` spellings of one name),
/// naming both places. A warning, not an error: a collective may rightly appear twice
/// (the shared Hà Nội example lists one inline and in its CSV), but it is worth a look.
fn duplicates(list: &[(Recipient, Origin)], warnings: &mut Vec<Diagnostic>) {
    let mut seen: std::collections::HashMap<String, &Origin> = std::collections::HashMap::new();
    for (r, o) in list {
        let name = r.written_name();
        if name.is_empty() {
            continue;
        }
        let unit = r.unit.as_deref().map(identity_key).unwrap_or_default();
        // A household is its head's: `Hộ ông An` and `Gia đình ông An` are one.
        let who = match r.household.as_deref() {
            Some(h) => identity_key(crate::model::householder(h).1),
            None => identity_key(name),
        };
        let key = format!("{:?}|{who}|{unit}", r.who());
        if let Some(first) = seen.get(&key) {
            let here = o
                .diagnostic(format!("`{name}` is listed twice in this award"))
                .hint(format!(
                    "also at {}:{}:{} ({})",
                    first.file.display(),
                    first.line,
                    first.column,
                    first.path
                ));
            warnings.push(here);
        } else {
            seen.insert(key, o);
        }
    }
}
