//! Command-line arguments (clap): the subcommands and their flags.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

mod speak;
#[cfg(test)]
mod speak_tests;

/// thidua: official documents of emulation and commendation work, from YAML.
#[derive(Debug, Parser)]
#[command(name = "thidua", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// The language of messages and help: vi (the default) or en; the documents are the
    /// same in both.
    #[arg(long, global = true, value_parser = language_code)]
    pub lang: Option<String>,
}

impl Cli {
    /// The command line, or clap's usage error (exit 2) for what clap cannot check by
    /// itself: two kinds of page preview at once.
    pub fn parsed() -> Cli {
        use clap::{CommandFactory, FromArgMatches};
        let command = speak::spoken(Cli::command());
        let matches = command
            .clone()
            .try_get_matches()
            .unwrap_or_else(|e| speak::refused(e, &command));
        let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| speak::refused(e, &command));
        if let Command::Build(a) | Command::Watch(a) | Command::Serve(ServeArgs { build: a, .. }) =
            &cli.command
        {
            if a.format.contains(&Format::Png) && a.format.contains(&Format::Svg) {
                let kind = clap::error::ErrorKind::ArgumentConflict;
                speak::mistaken(kind, t!("cli-png-or-svg"), &command);
            }
        }
        cli
    }
}

/// The language of messages and help: `--lang` (anywhere on the line), else `THIDUA_LANG`,
/// else Vietnamese; never the system's `LANG`. Read before clap, whose help is in it; a
/// flag's code thidua does not speak is left for clap to refuse, the variable's is the
/// error here (`Err` with the value).
pub fn language() -> Result<crate::lang::Lang, String> {
    use crate::lang::Lang;
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let flag = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some(rest) => match rest.strip_prefix('=') {
                Some(v) => Some(v.to_string()),
                None if rest.is_empty() => args.get(i + 1).cloned(),
                None => None,
            },
            None => None,
        });
    if let Some(flag) = flag {
        return Ok(Lang::named(&flag).unwrap_or(Lang::Vi));
    }
    match std::env::var("THIDUA_LANG") {
        Ok(v) if v.trim().is_empty() => Ok(Lang::Vi),
        Ok(v) => Lang::named(&v).ok_or(v),
        Err(_) => Ok(Lang::Vi),
    }
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
        /// Also say the số sổ vàng no decision of a year gives, between the first and the
        /// last of a register.
        #[arg(long)]
        registers: bool,
        /// Seconds a document may take to typeset before the run stops.
        #[arg(long, default_value_t = crate::deadline::DEFAULT_SECS, value_parser = seconds)]
        timeout: u64,
    },
    /// Start a new project with a worked example (never overwrites a file).
    Init {
        /// Folder of the new project.
        dir: PathBuf,
        /// Also write the built-in templates into templates/ for editing.
        #[arg(long)]
        templates: bool,
        /// The kind of agency of the example: so (a department, the default), tinh (a
        /// province's or city's Ủy ban nhân dân), xa (a commune's or ward's), truong (a
        /// school), doanh-nghiep (an enterprise), bo (a ministry).
        #[arg(long, default_value = "so", value_parser = ["so", "tinh", "xa", "truong", "doanh-nghiep", "bo"])]
        kind: String,
    },
    /// Build, then rebuild what an edit affects whenever content, templates or settings change.
    Watch(BuildArgs),
    /// Show the documents on a local web page (127.0.0.1) that follows every rebuild: each
    /// document's pages, its PDF, Word and Excel files, and every error and warning.
    Serve(ServeArgs),
    /// Show what a change does to the documents: between two git revisions (default
    /// HEAD and the working tree). Exits 1 when the documents differ.
    Diff {
        /// The older revision.
        old: Option<String>,
        /// The newer revision (default: the working tree).
        new: Option<String>,
        /// Project folder.
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// `text` for a terminal, `markdown` for a pull request's comment, `json` for scripts.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Every award and yearly rating of a person or collective, by year, with its decision
    /// and where it was read (the dossiers and history/); without WHO, the whole register
    /// (sổ theo dõi khen thưởng).
    History {
        /// An `id`, or a name (case, spacing and the placement of tone marks do not matter).
        who: Option<String>,
        /// Project folder.
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// `text` for a terminal, `markdown` for a document, `json` for scripts.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// Also write the records as a workbook (the sổ theo dõi khen thưởng) to this file.
        #[arg(long, value_name = "FILE.xlsx")]
        xlsx: Option<PathBuf>,
    },
    /// Say which dossier and commit made each PDF, whether it was edited since, and
    /// whether the current sources make the same bytes; or whose certificate a check code is.
    Verify {
        /// PDFs made by thidua.
        #[arg(required_unless_present = "code")]
        files: Vec<PathBuf>,
        /// The project to compare with (default: the one the files lie in, else `.`).
        #[arg(long)]
        project: Option<PathBuf>,
        /// A certificate's check code (`7KQ2-M9XD`): print its recipient, decision and số sổ vàng.
        #[arg(long, conflicts_with = "files")]
        code: Option<String>,
        /// Seconds a document may take to typeset again before verifying stops.
        #[arg(long, default_value_t = crate::deadline::DEFAULT_SECS, value_parser = seconds)]
        timeout: u64,
    },
    /// Print the JSON Schema of a dossier (or of thidua.yaml), for an editor's completion
    /// and checks as you type (`init` writes both into schema/); with `--template KIND`,
    /// of the data that kind's template receives.
    Schema {
        /// Which file it describes.
        #[arg(value_enum, value_name = "FILE", default_value_t = SchemaOf::Dossier)]
        of: SchemaOf,
        /// The data a kind of document's template receives (`decision`, `report`, …): what
        /// a template of the project's own may name.
        #[arg(long, value_name = "KIND", conflicts_with = "of", value_parser = clap::builder::PossibleValuesParser::new(crate::kinds::KINDS.iter().map(|k| k.name)))]
        template: Option<String>,
    },
    /// List the award forms: key, name, title or form, which kinds of agency decide it,
    /// certificate, money per regime (× the base salary, individual / collective), vote.
    Forms {
        /// Project folder (its own forms and changes; the built-in catalogue without one).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Only the forms an agency of this kind decides (so, tinh, xa, truong, doanh-nghiep, bo).
        #[arg(long, value_parser = ["so", "tinh", "xa", "truong", "doanh-nghiep", "bo"])]
        kind: Option<String>,
    },
    /// Print the Typst source a dossier's documents are made from.
    Render {
        /// A dossier file (`content/2024/tong-ket.yaml`).
        file: PathBuf,
        /// Only the document with this name (`bao-cao-312`, `quyet-dinh-1520`, `giay-khen-1520`).
        #[arg(long)]
        doc: Option<String>,
    },
}

/// Options of `thidua serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub build: BuildArgs,
    /// Port on 127.0.0.1 (0: any free one, printed when it starts).
    #[arg(long, default_value_t = 8484)]
    pub port: u16,
    /// Open the page in the browser.
    #[arg(long)]
    pub open: bool,
}

/// Options of `thidua build`.
#[derive(Debug, Clone, clap::Args)]
pub struct BuildArgs {
    /// Project folder.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Output folder (default: DIR/out).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// What to write beside the PDFs: page previews (png, svg), Word copies (docx) of the
    /// report, decisions, Tờ trình, báo cáo thành tích and invitations, spreadsheets (xlsx) of the annexes and
    /// the report's tables; several with commas (`--format docx,xlsx`).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "pdf")]
    pub format: Vec<Format>,
    /// Pixels per inch of PNG previews.
    #[arg(long, default_value_t = 144.0, value_parser = ppi)]
    pub ppi: f32,
    /// Mark every page `DỰ THẢO`.
    #[arg(long)]
    pub draft: bool,
    /// Also write each văn bản's electronic version for ký số (`…-dien-tu.pdf`), with
    /// unsigned signature fields.
    #[arg(long)]
    pub electronic: bool,
    /// Documents typeset at once (default: all cores).
    #[arg(long, short)]
    pub jobs: Option<usize>,
    /// Only dossiers whose path under content/ matches this glob (`2024/*`).
    #[arg(long, value_parser = glob_pattern)]
    pub only: Option<glob::Pattern>,
    /// Conform to these PDF standards (a-2b for archive copies; also a-1b, a-3b, a-2u, ua-1, 1.7, …).
    #[arg(long = "pdf-standard", value_parser = pdf_standard)]
    pub pdf_standard: Vec<typst_pdf::PdfStandard>,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Typeset everything again, even what is up to date (files are still rewritten only when their bytes change).
    #[arg(long)]
    pub force: bool,
    /// Seconds a document may take to typeset before the run stops (a template that loops for good).
    #[arg(long, default_value_t = crate::deadline::DEFAULT_SECS, value_parser = seconds)]
    pub timeout: u64,
    /// Date every PDF at this time, in seconds since 1970, instead of its document's date
    /// (reproducible builds; usually set in the environment).
    #[arg(long, env = "SOURCE_DATE_EPOCH", value_name = "SECONDS", value_parser = epoch)]
    pub source_date_epoch: Option<String>,
}

/// How `diff` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Markdown,
    Json,
}

/// Which file `schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaOf {
    /// A dossier, `content/**/*.yaml`.
    Dossier,
    /// `thidua.yaml`.
    Config,
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
    /// PDF and Word copies.
    Docx,
    /// PDF and spreadsheet copies.
    Xlsx,
}

impl Command {
    /// `build`, `watch` and `check` work on the project their folder is in: a folder
    /// with no `thidua.yaml` of its own stands for the nearest above it that has one
    /// (none: left as given, and said so where it is read).
    pub fn find_project(&mut self) {
        let dir = match self {
            Command::Build(a) | Command::Watch(a) => &mut a.dir,
            Command::Serve(a) => &mut a.build.dir,
            Command::Check { dir, .. } => dir,
            _ => return,
        };
        if !dir.join("thidua.yaml").is_file() {
            if let Some(found) = crate::load::find_project(dir) {
                *dir = found;
            }
        }
    }

    /// The project folder the command works on, for reading sources into messages.
    pub fn root(&self) -> PathBuf {
        match self {
            Command::Build(a) | Command::Watch(a) => a.dir.clone(),
            Command::Serve(a) => a.build.dir.clone(),
            Command::Check { dir, .. } | Command::Init { dir, .. } => dir.clone(),
            Command::Forms { dir, .. } => dir.clone(),
            Command::Diff { project, .. } | Command::History { project, .. } => project.clone(),
            Command::Schema { .. } => ".".into(),
            Command::Verify { project, .. } => project.clone().unwrap_or_else(|| ".".into()),
            Command::Render { file, .. } => crate::load::project_root(file).unwrap_or_default(),
        }
    }
}

/// `--ppi`: a resolution a page image can be made at.
fn ppi(s: &str) -> Result<f32, String> {
    let v: f32 = s.parse().map_err(|_| t!("cli-ppi-number", value = s))?;
    if (10.0..=1200.0).contains(&v) {
        Ok(v)
    } else {
        Err(t!("cli-ppi-range"))
    }
}

/// `--source-date-epoch` (or `SOURCE_DATE_EPOCH`): whole seconds since 1970 that date a
/// PDF (years 1 to 9999), written without spaces; empty is unset. A malformed value is
/// refused, as the reproducible-builds convention asks, rather than silently ignored.
fn epoch(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    let secs: i64 = s.parse().map_err(|_| t!("cli-epoch-number", value = s))?;
    let t = time::OffsetDateTime::from_unix_timestamp(secs)
        .map_err(|_| t!("cli-epoch-range", value = secs.to_string()))?;
    match t.year() {
        1..=9999 => Ok(secs.to_string()),
        _ => Err(t!("cli-epoch-range", value = secs.to_string())),
    }
}

/// `--lang`: a language thidua speaks, by any code `THIDUA_LANG` takes (`vi`, `EN`, `vi-VN`).
fn language_code(s: &str) -> Result<String, String> {
    match crate::lang::Lang::named(s) {
        Some(crate::lang::Lang::Vi) => Ok("vi".into()),
        Some(crate::lang::Lang::En) => Ok("en".into()),
        None => Err(t!("cli-lang-code", value = s)),
    }
}

/// `--timeout`: a whole number of seconds, at least 1.
fn seconds(s: &str) -> Result<u64, String> {
    match s.trim().parse::<u64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(t!("cli-seconds", value = s)),
    }
}

/// `--only`: a glob over dossier paths.
fn glob_pattern(s: &str) -> Result<glob::Pattern, String> {
    glob::Pattern::new(s).map_err(|e| t!("cli-only-pattern", position = e.pos, error = e.msg))
}

/// `--pdf-standard`: a standard typst-pdf enforces, by its usual name.
fn pdf_standard(s: &str) -> Result<typst_pdf::PdfStandard, String> {
    serde_json::from_value(serde_json::Value::String(s.to_string()))
        .map_err(|_| t!("cli-pdf-standard", value = s))
}
