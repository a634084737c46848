//! Whether a file a build reads lies inside the project once its links are resolved: a
//! source linked from outside (the settings, a template, a font folder) would make the
//! documents depend on files no commit of the project records.

use std::path::Path;

/// Whether `path` (existing) resolves inside `root`; a path that cannot be resolved is
/// said where it is read.
pub fn inside(root: &Path, path: &Path) -> bool {
    match (root.canonicalize(), path.canonicalize()) {
        (Ok(root), Ok(path)) => path.starts_with(root),
        _ => true,
    }
}

/// The message for a source of the project at `rel` that leads outside it.
pub fn outside(rel: &Path) -> String {
    t!("inside-outside", path = rel.display().to_string())
}
