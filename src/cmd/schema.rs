//! `thidua schema [dossier|config]`: the JSON Schema of a dossier or of thidua.yaml, as
//! `init` writes it into schema/; `--template KIND`: of the data KIND's template receives.

use crate::cli::SchemaOf;
use crate::diagnostic::Failure;
use crate::kinds::KINDS;
use crate::model::schema::{self, Target};

/// `thidua schema`: prints the schema of a dossier or of thidua.yaml, or of the data of
/// the template of kind `template`.
pub fn run(of: SchemaOf, template: Option<&str>) -> Result<(), Failure> {
    if let Some(kind) = template.and_then(|name| KINDS.iter().find(|k| k.name == name)) {
        let json = serde_json::to_string_pretty(&(kind.schema)()).unwrap_or_default();
        println!("{json}");
        return Ok(());
    }
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
