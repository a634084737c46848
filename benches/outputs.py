#!/usr/bin/env python3
"""The bytes of everything thidua builds for three projects, as SHA-256 per file, so that a
change meant to leave outputs alone (a refactor) can show it did.

Projects: the repository's sample, the shared example (../shared/examples/hanoi-2024) and
benches/bench.py's W1 (one decision, 1000 recipients). Each is copied to a temp folder and
built with target/release/thidua, or the binary $THIDUA names (SOURCE_DATE_EPOCH unset:
PDFs are dated from the documents). A PDF is hashed without the provenance thidua appends
to it (see src/provenance), which names the commit and so changes with every one.

Usage: python3 benches/outputs.py > hashes.json          (record)
       python3 benches/outputs.py --check hashes.json    (compare; exit 1 on a difference)
"""
import argparse, hashlib, importlib.util, json, os, pathlib, shutil, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
THIDUA = pathlib.Path(os.environ.get("THIDUA", ROOT / "target/release/thidua"))
MARK = b"\n%thidua-provenance\n"


def body(bytes):
    """What typst wrote: the bytes before thidua's provenance, when there is one."""
    at = bytes.rfind(MARK)
    return bytes if at < 0 else bytes[:at]


def w1(dir):
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benches/bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.project(dir, recipients=1000)


def hashes(project):
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    subprocess.run([str(THIDUA), "build", "-q"], cwd=project, check=True, env=env)
    out = project / "out"
    return {
        str(p.relative_to(out)): hashlib.sha256(body(p.read_bytes())).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", type=pathlib.Path)
    args = ap.parse_args()
    tmp = pathlib.Path(tempfile.mkdtemp())
    try:
        sample = tmp / "sample"
        sample.mkdir()
        shutil.copy(ROOT / "thidua.yaml", sample)
        shutil.copytree(ROOT / "content", sample / "content")
        example = tmp / "example"
        shutil.copytree(ROOT.parent / "shared/examples/hanoi-2024", example)
        got = {
            "sample": hashes(sample),
            "example": hashes(example),
            "w1": hashes(w1(tmp / "w1")),
        }
    finally:
        shutil.rmtree(tmp)
    if not args.check:
        json.dump(got, sys.stdout, indent=1, sort_keys=True)
        print()
        return 0
    want = json.loads(args.check.read_text())
    bad = 0
    for project in sorted(set(want) | set(got)):
        w, g = want.get(project, {}), got.get(project, {})
        for f in sorted(set(w) | set(g)):
            if w.get(f) != g.get(f):
                bad += 1
                if bad <= 20:
                    print(f"{project}: {f}: {'missing' if f not in g else 'new' if f not in w else 'differs'}")
        print(f"{project}: {len(g)} files, {sum(1 for f in g if w.get(f) == g[f])} the same")
    print("same bytes" if bad == 0 else f"{bad} files differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
