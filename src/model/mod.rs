//! Typed project data as written in `thidua.yaml` and `content/**/*.yaml`.

mod agency;
mod award;
mod certificate;
mod conference;
mod config;
mod council;
mod date;
mod dossier;
mod figure;
pub mod fold;
mod form_override;
mod forms;
mod history;
mod money;
mod organization;
pub mod provinces;
mod recipient;
pub mod reference;
mod requires;
pub mod schema;
mod threshold;

#[cfg(test)]
pub use agency::KINDS as AGENCY_KINDS;
pub use agency::{AgencyKind, Role};
pub use award::{Award, Decision, SortOrder};
pub use certificate::{default_fields, CertificateConfig, CertificateMode, Field, FIELD_NAMES};
pub use conference::{is_key, Invitation, Invitee, ProgrammeItem};
pub use config::{Config, ElectronicDate, Margins, Person, SignedBy, WordOptions};
pub use council::{Clock, Council, Meeting, Proposal, ProposedBy};
pub use date::Date;
pub use dossier::{Achievement, Better, Conference, Dossier, Report, Status};
pub use figure::Figure;
pub use forms::{Catalogue, Coefficient, Form, FormKind, Money, Percent};
pub use history::{Entry, HistoryRow, Named};
pub use organization::{Lines, Organization, Organizations};
pub use recipient::{householder, Gender, Recipient, Who};
pub use requires::{Basis, Rating, Ratio, Requires, Route, Within};
