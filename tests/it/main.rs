//! Integration tests: the real binary on fixture projects in temp folders, with the
//! text and pages of the generated PDFs read back.

mod agency;
mod agency_examples;
mod agency_input;
mod agency_papers;
mod build;
mod ceremony;
mod cycle;
mod cycle_input;
mod errors;
mod faults;
mod figures;
mod forgery;
mod harm;
mod headers;
mod households;
mod incremental;
mod layers;
mod limits;
mod lists;
mod office;
mod payment;
mod pieces;
mod pipes;
mod preflight;
mod projects;
mod prose;
mod provenance;
mod review;
mod schema;
mod shape;
mod support;
mod text;
mod trust;
mod watch;
mod year;
