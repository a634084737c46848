//! The loader never panics: arbitrary dossier text and CSV bytes end in a project or in
//! diagnostics.

use proptest::prelude::*;

const CONFIG: &str =
    "organization: {name: X, short: X, place: X, head: X}\npeople: {a: {name: A, position: P}}\n";

/// Fragments that steer random text into the loader's deeper paths.
const PIECES: &[&str] = &[
    "title: T\n",
    "awards:\n",
    "  - form: giay-khen\n",
    "    decision: {number: 1, date: 2024-01-01, signer: a}\n",
    "    recipients:\n",
    "      - name: X\n",
    "      - collective: Y\n",
    "    recipients_file: r.csv\n",
    "report: {number: 1, date: 2024-02-30, signer: a}\n",
    "achievements: [{name: n, target: 0, actual: 5}]\n",
    "&a [*a]\n",
    "- ",
    ": ",
    "{",
    "}",
    "[",
    "]",
    "~",
    "\"",
    "'",
    "\t",
    "\n",
    "#",
    "đ",
    "\u{301}",
    "2024-13-01",
    "-1",
    "1e400",
    "!!binary",
    "<<: *x",
    "? ",
    "|\n  x",
    "...",
    "---",
];

proptest! {
    // A fixed seed keeps CI deterministic; change it to explore new cases locally.
    #![proptest_config(ProptestConfig {
        cases: 300,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x6c6f_6164),
        ..ProptestConfig::default()
    })]

    #[test]
    fn loader_never_panics(
        yaml in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
        csv in proptest::collection::vec(any::<u8>(), 0..200),
    ) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("thidua.yaml"), CONFIG).unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        std::fs::write(dir.path().join("content/d.yaml"), yaml.concat()).unwrap();
        let mut csv_text = b"name,gender,position,unit,collective\n".to_vec();
        csv_text.extend(csv);
        std::fs::write(dir.path().join("content/r.csv"), csv_text).unwrap();
        let _ = super::load(dir.path(), &|c| (c as u32) < 0x2000);
    }
}
