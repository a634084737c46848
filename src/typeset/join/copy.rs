//! The objects of a piece being added, renumbered from its first number as they are
//! reached.

use super::err;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;

/// The objects of the piece being added, numbered from `base` as they are reached.
pub(super) struct Numbering {
    pub(super) base: u32,
    pub(super) objects: Vec<Option<Object>>,
    /// The source's objects copied so far, by their new numbers.
    pub(super) map: HashMap<ObjectId, u32>,
}

impl Numbering {
    pub(super) fn reserve(&mut self, id: ObjectId) -> u32 {
        let n = self.base + self.objects.len() as u32;
        self.objects.push(None);
        self.map.insert(id, n);
        n
    }

    /// `value` from `src` with every object it references copied (once).
    pub(super) fn copy(&mut self, src: &Document, value: &Object) -> Result<Object, String> {
        Ok(match value {
            Object::Reference(id) => {
                if let Some(&n) = self.map.get(id) {
                    return Ok(Object::Reference((n, 0)));
                }
                let n = self.reserve(*id);
                let target = src.get_object(*id).map_err(err)?;
                let copied = self.copy(src, target)?;
                self.objects[(n - self.base) as usize] = Some(copied);
                Object::Reference((n, 0))
            }
            Object::Array(items) => Object::Array(
                items
                    .iter()
                    .map(|v| self.copy(src, v))
                    .collect::<Result<_, _>>()?,
            ),
            Object::Dictionary(d) => Object::Dictionary(self.copy_dict(src, d)?),
            Object::Stream(s) => {
                let mut s = s.clone();
                s.dict = self.copy_dict(src, &s.dict)?;
                Object::Stream(s)
            }
            other => other.clone(),
        })
    }

    pub(super) fn copy_dict(
        &mut self,
        src: &Document,
        d: &Dictionary,
    ) -> Result<Dictionary, String> {
        let mut copied = Dictionary::new();
        // Back-links to a page or the page tree would drag the source's other pages along.
        for (k, v) in d
            .iter()
            .filter(|(k, _)| !matches!(k.as_slice(), b"Parent" | b"P"))
        {
            copied.set(k.clone(), self.copy(src, v)?);
        }
        Ok(copied)
    }
}
