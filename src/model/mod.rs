//! Typed project data as written in `thidua.yaml` and `content/**/*.yaml`.

mod config;
mod date;
mod dossier;
mod forms;

pub use config::{CertificateMode, Config, Person};
pub use date::Date;
pub use dossier::{Award, Dossier, Recipient, Report, SortOrder, Status};
pub use forms::{Catalogue, FormKind};
