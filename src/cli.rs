//! Command-line arguments (clap), resolved once into the options each command takes.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// thidua: official documents of emulation and commendation work, from YAML.
#[derive(Debug, Parser)]
#[command(name = "thidua", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build every document of the project into the output folder.
    Build(BuildArgs),
    /// Validate everything and print every problem; write nothing.
    Check {
        /// Project folder.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Start a new project with a worked example (never overwrites a file).
    Init {
        /// Folder of the new project.
        dir: PathBuf,
        /// Also write the built-in templates into templates/ for editing.
        #[arg(long)]
        templates: bool,
    },
    /// Build, then rebuild what an edit affects whenever content, templates or settings change.
    Watch(BuildArgs),
    /// Print the Typst source a dossier's documents are made from.
    Render {
        /// A dossier file (`content/2024/tong-ket.yaml`).
        file: PathBuf,
        /// Only the document with this name (`bao-cao-312`, `quyet-dinh-1520`, `giay-khen-1520`).
        #[arg(long)]
        doc: Option<String>,
    },
}

/// Options of `thidua build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Project folder.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Output folder (default: DIR/out).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Also write page previews beside the PDFs.
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    pub format: Format,
    /// Pixels per inch of PNG previews.
    #[arg(long, default_value_t = 144.0)]
    pub ppi: f32,
    /// Mark every page `DỰ THẢO`.
    #[arg(long)]
    pub draft: bool,
    /// Documents typeset at once (default: all cores).
    #[arg(long, short)]
    pub jobs: Option<usize>,
    /// Only dossiers whose path under content/ matches this glob (`2024/*`).
    #[arg(long)]
    pub only: Option<String>,
    /// Conform to these PDF standards (a-2b for archive copies; also a-1b, a-3b, a-2u, ua-1, 1.7, …).
    #[arg(long = "pdf-standard")]
    pub pdf_standard: Vec<String>,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Rebuild even what is up to date (every build does so today: outputs are rewritten only when their bytes change).
    #[arg(long)]
    pub force: bool,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// PDF only.
    Pdf,
    /// PDF and PNG page previews.
    Png,
    /// PDF and SVG page previews.
    Svg,
}

impl Command {
    /// The project folder the command works on, for reading sources into messages.
    pub fn root(&self) -> PathBuf {
        match self {
            Command::Build(a) | Command::Watch(a) => a.dir.clone(),
            Command::Check { dir } | Command::Init { dir, .. } => dir.clone(),
            Command::Render { file, .. } => std::path::absolute(file)
                .ok()
                .and_then(|f| {
                    f.ancestors()
                        .skip(1)
                        .find(|d| d.join("thidua.yaml").is_file())
                        .map(PathBuf::from)
                })
                .unwrap_or_default(),
        }
    }
}
