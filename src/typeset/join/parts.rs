//! A joined file from its parts in order: each typeset now, or taken from the previous
//! joined file where it was a part with the same inputs and pages.

use super::{Joined, Joiner, Old, Previous, Source};

/// A part to join: the hash of its inputs, its number of pages, and its PDF when typeset
/// now (`None`: its pages are taken from the previous file).
pub struct JoinPart {
    pub inputs: u128,
    pub pages: usize,
    pub pdf: Option<Vec<u8>>,
}

/// The file joined from `parts` in order, identified by `id` (by default, the hash of the
/// parts' inputs in order), with the number of objects of each part, written to `file`
/// as it is joined. `previous` is the previous file with its parts. `None` when the
/// iterator gives `None` (a part failed).
pub fn join(
    parts: impl IntoIterator<Item = Option<JoinPart>>,
    previous: Option<(&[Old], &Previous)>,
    id: Option<u128>,
    file: std::fs::File,
) -> Result<Option<Joined>, String> {
    let (olds, previous) = match previous {
        Some((olds, file)) => (olds, Some(file)),
        None => (&[][..], None),
    };
    // One part loaded at a time, and written at once.
    let mut joiner = Joiner::into_file(file);
    let mut inputs = Vec::new();
    for part in parts {
        let Some(part) = part else {
            return Ok(None);
        };
        inputs.push(part.inputs);
        match (part.pdf, previous) {
            (Some(bytes), _) => joiner.add(&Source::parse(&bytes)?, 0..part.pages)?,
            (None, Some(previous)) => {
                let at = olds
                    .iter()
                    .position(|o| o.inputs == part.inputs && o.pages == part.pages)
                    .ok_or_else(|| t!("join-part-missing"))?;
                joiner.take(previous, at, olds)?;
            }
            (None, None) => return Err(t!("join-no-previous")),
        };
    }
    let id = id.unwrap_or_else(|| typst::utils::hash128(&inputs));
    joiner.finish(id).map(Some)
}
