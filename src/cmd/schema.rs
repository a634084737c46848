//! `thidua schema [dossier|config]`: the JSON Schema of a dossier or of thidua.yaml, as
//! `init` writes it into schema/.

use crate::cli::SchemaOf;
use crate::diagnostic::Failure;
use crate::model::schema::{self, Target};

/// `thidua schema`: prints the schema of a dossier or of thidua.yaml.
pub fn run(of: SchemaOf) -> Result<(), Failure> {
    let target = match of {
        SchemaOf::Dossier => Target::Dossier,
        SchemaOf::Config => Target::Config,
    };
    print!("{}", text(target));
    Ok(())
}

/// A schema as a file holds it: pretty JSON, ending in a newline.
pub fn text(target: Target) -> String {
    let json = serde_json::to_string_pretty(&schema::schema(target)).unwrap_or_default();
    json + "\n"
}
