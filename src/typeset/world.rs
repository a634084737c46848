//! The typst World of one document: its generated main file, the style library, the
//! project's assets and the fonts — nothing else, and a fixed date.

use super::Env;
use std::path::{Component, Path};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

/// The virtual path of the generated document.
pub const MAIN: &str = "/main.typ";
/// The virtual path of the style library.
pub const LIBRARY: &str = "/thidua.typ";

/// Interns a virtual path of the project (ids are reused across documents).
pub fn file_id(path: &str) -> FileId {
    RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("valid virtual path"),
    )
    .intern()
}

/// One document's world.
pub struct DocWorld<'a> {
    env: &'a Env,
    main: Source,
    today: Datetime,
}

impl<'a> DocWorld<'a> {
    /// A world whose main file is `source`, dated `today`.
    pub fn new(env: &'a Env, source: String, today: Datetime) -> Self {
        DocWorld {
            env,
            main: Source::new(file_id(MAIN), source),
            today,
        }
    }

    /// Reads an asset under the project's `assets/`, refusing anything that leaves it.
    fn asset(&self, id: FileId) -> FileResult<Bytes> {
        let vpath = id.vpath().get_without_slash();
        let rel = Path::new(vpath);
        let inside = rel.starts_with("assets")
            && rel.components().all(|c| matches!(c, Component::Normal(_)));
        let full = self.env.root.join(rel);
        if !inside {
            return Err(FileError::AccessDenied);
        }
        // Inside the project's own `assets/`: a folder linked from outside is not.
        let (Ok(canon), Ok(root)) = (
            full.canonicalize(),
            self.env.root.canonicalize().map(|r| r.join("assets")),
        ) else {
            return Err(FileError::NotFound(rel.to_path_buf()));
        };
        if !canon.starts_with(root) {
            return Err(FileError::AccessDenied);
        }
        std::fs::read(&canon)
            .map(Bytes::new)
            .map_err(|_| FileError::NotFound(rel.to_path_buf()))
    }
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.env.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.env.fonts.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.env.library_source.id() {
            Ok(self.env.library_source.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() || id == self.env.library_source.id() {
            return Ok(Bytes::from_string(self.source(id)?));
        }
        match id.root() {
            VirtualRoot::Project => self.asset(id),
            _ => Err(FileError::AccessDenied),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.env.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
