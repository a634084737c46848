//! Fonts: the built-in Tinos family embedded in the binary, plus the project's `fonts/`.
//! System fonts are never consulted, so output is the same on every machine.

use std::path::Path;
use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

/// The embedded fonts (SIL Open Font License; see `fonts/OFL-Tinos.txt`).
const BUILTIN: &[&[u8]] = &[
    include_bytes!("../../fonts/Tinos-Regular.ttf"),
    include_bytes!("../../fonts/Tinos-Bold.ttf"),
    include_bytes!("../../fonts/Tinos-Italic.ttf"),
    include_bytes!("../../fonts/Tinos-BoldItalic.ttf"),
];

/// Parsed fonts and their book, loaded once per process and shared by every document.
pub struct Fonts {
    /// Metadata of every font, as typst looks fonts up.
    pub book: LazyHash<FontBook>,
    /// The fonts, indexed like the book.
    pub fonts: Vec<Font>,
    /// Hash of the fonts' data.
    pub fingerprint: u128,
}

impl Fonts {
    /// The embedded fonts, then every `.ttf`/`.otf`/`.ttc` under the project's `fonts/`.
    pub fn load(root: &Path) -> Fonts {
        let mut fonts: Vec<Font> = BUILTIN
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        let dir = root.join("fonts");
        // A font folder linked from outside is none of the project's (said by the glyph
        // check if the fonts are missed).
        if dir.is_dir() && crate::inside::inside(root, &dir) {
            let walk = walkdir::WalkDir::new(&dir)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok);
            for entry in walk {
                let ext = entry
                    .path()
                    .extension()
                    .and_then(|e| e.to_str())
                    .map(str::to_ascii_lowercase);
                // A font file of the project's own: no link out of it, no pipe or device.
                let own = crate::inside::inside(root, entry.path())
                    && std::fs::metadata(entry.path()).is_ok_and(|m| m.is_file());
                if own && matches!(ext.as_deref(), Some("ttf" | "otf" | "ttc" | "otc")) {
                    if let Ok(data) = std::fs::read(entry.path()) {
                        fonts.extend(Font::iter(Bytes::new(data)));
                    }
                }
            }
        }
        let book = LazyHash::new(FontBook::from_fonts(&fonts));
        let data: Vec<(&[u8], u32)> = fonts
            .iter()
            .map(|f| (f.data().as_slice(), f.index()))
            .collect();
        let fingerprint = typst::utils::hash128(&data);
        Fonts {
            book,
            fonts,
            fingerprint,
        }
    }

    /// Whether some font has a glyph for `c` (typst falls back to any font of the book).
    pub fn covers(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
    }
}
