//! What the current sources make of one file a build recorded (for `verify`): the hash
//! of its unit's inputs, and for a file typeset by its unit alone, its bytes, made in
//! memory again.

use super::prepare::{Export, Prepared};
use super::produce::produce;
use super::units::Renderer;
use crate::diagnostic::Diagnostic;
use crate::kinds::Cut;
use crate::manifest;

/// What the sources make now of a recorded file.
pub enum Remade {
    /// No document of the sources makes it any more.
    Gone,
    /// Made from inputs of this hash; with the bytes of the file, when it is not joined
    /// from parts (a print file, a decision in pieces), which are checked by inputs alone.
    Made {
        inputs: String,
        bytes: Option<Vec<u8>>,
    },
    /// The sources fail to make it.
    Failed(Vec<Diagnostic>),
}

/// The file `file` (under the output folder) of the unit `key`, as the documents of `p`
/// make it with `export`.
pub fn remake(p: &Prepared, export: &Export, key: &str, file: &str) -> Remade {
    let renderer = Renderer::new(p, export);
    let doc_key = key.split('#').next().unwrap_or(key);
    let jobs: Vec<usize> = (0..renderer.jobs.len())
        .filter(|&k| p.docs[renderer.jobs[k].0].key == doc_key)
        .collect();
    if jobs.is_empty() {
        return Remade::Gone;
    }
    let mut units = Vec::new();
    for k in jobs {
        match renderer.render(k) {
            Ok(unit) => units.push(unit),
            Err(d) => return Remade::Failed(vec![d]),
        }
    }
    // The print file of certificates is recorded as the hash of its batches' inputs.
    let doc = &p.docs[units[0].doc];
    if let (Cut::PerPage { .. }, true) = (doc.kind.cut, key == doc_key) {
        let inputs: Vec<u128> = units.iter().map(|u| u.inputs).collect();
        return Remade::Made {
            inputs: manifest::hex(typst::utils::hash128(&inputs)),
            bytes: None,
        };
    }
    let Some(unit) = units.into_iter().find(|u| u.key == key) else {
        return Remade::Gone;
    };
    let inputs = manifest::hex(unit.inputs);
    if unit.pieces {
        return Remade::Made {
            inputs,
            bytes: None,
        };
    }
    match produce(p, &unit, export) {
        Ok(produced) => {
            let bytes = produced
                .files
                .into_iter()
                .find(|(path, _)| crate::kinds::slash(path) == file)
                .map(|(_, bytes)| bytes);
            match bytes {
                Some(bytes) => Remade::Made {
                    inputs,
                    bytes: Some(bytes),
                },
                None => Remade::Gone,
            }
        }
        Err(d) => Remade::Failed(d),
    }
}
