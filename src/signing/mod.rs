//! Ký số: the electronic version's unsigned signature fields, and the signatures a
//! signing tool appends after thidua's bytes, checked for `verify`.

pub mod fields;
mod filled;
mod pkcs7;
pub mod signed;
mod tables;
