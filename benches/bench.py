#!/usr/bin/env python3
"""Batch benchmark of thidua against the Typst CLI of the same version (issue 6).

Workloads, generated here into a temp folder:
  W1  one Giấy khen decision with 1000 recipients (decision + annex + 1000 certificates + merged file)
  W2  a report with a 500-row achievements table
  W3  W1 rebuilt after changing one recipient's name
  W4  W1 with 5000 recipients (peak memory)
Baselines, on the very Typst sources thidua renders (`thidua render`):
  (a) the CLI, one process per certificate, sequentially
  (b) the CLI, one process for the document holding all certificate pages
Each figure is the median of RUNS runs (wall and CPU seconds, peak RSS), each process
timed from its spawn to its reaping (time.perf_counter, wait4): (a) is the sum over its
1000 processes, start-up included, as a script that runs the CLI per certificate pays it.
W1, (b), W3 and a fifth of (a)'s processes are run in turn (W1, (b), W3, 200 × (a), W1,
…), and so are W2 and its CLI run, so that each ratio compares runs made in the same
states of the machine.

Usage: python3 benches/bench.py [--runs 5] [--typst PATH]
Needs: target/release/thidua (cargo build --release) and a typst 0.15.x CLI
(default: target/bench-tools/bin/typst, from `cargo install typst-cli --locked
--version 0.15.1 --root target/bench-tools`).
"""
import argparse, os, random, shutil, statistics, subprocess, sys, tempfile, time, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
THIDUA = ROOT / "target/release/thidua"
CONFIG = (ROOT / "tests/fixtures/hanoi-2024/thidua.yaml").read_text()
FAM = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MID = "Văn Thị Hữu Minh Thanh Quốc Ngọc Thu Đức Kim".split()
GIV = "An Bình Chi Dũng Đạt Giang Hà Hải Hằng Hiếu Hoa Hùng Lan Linh Mai Nam Ngân Oanh Phong Quân Sơn Tâm Thảo Trang Tuấn Vinh Yến".split()


def project(dir, recipients=0, rows=0):
    """A project with one dossier: `recipients` for one Giấy khen, or a report of `rows` targets."""
    random.seed(1)
    (dir / "content").mkdir(parents=True)
    # The workloads of issue 6: the payment list (issue 15) is another document, off here
    # so that W1 stays the certificates, the decision and the print file.
    (dir / "thidua.yaml").write_text(CONFIG.rstrip("\n") + "\npayment_list: false\n")
    if recipients:
        lines = ["name,gender,position,unit,collective"]
        for i in range(recipients):
            name = f"{random.choice(FAM)} {random.choice(MID)} {random.choice(GIV)}"
            lines.append(f"{name},{random.choice(['male', 'female'])},Chuyên viên,Phòng {i % 40 + 1},")
        (dir / "content/ds.csv").write_text("\n".join(lines) + "\n")
        (dir / "content/w.yaml").write_text(
            "title: W\nawards:\n  - form: giay-khen\n    decision: {number: 77, date: 2024-10-15, signer: huong}\n"
            "    reason: Đã có thành tích xuất sắc\n    recipients_file: ds.csv\n")
    else:
        ach = "".join(f"  - {{name: Chỉ tiêu số {i}, unit: người, target: {1000 + i}, actual: {990 + 2 * i}}}\n" for i in range(rows))
        (dir / "content/w.yaml").write_text(
            f"title: W\nachievements:\n{ach}report:\n  number: 5\n  date: 2024-10-20\n  signer: huong\n"
            "  sections:\n    - heading: Kết quả\n      table: achievements\n")
    return dir


def timed(cmd, cwd):
    """(wall s, cpu s, peak RSS MB) of one run: the wall time from spawning the process to
    reaping it, its own CPU time and peak RSS (from wait4, so no rounding to 10 ms). The
    peak RSS is at least this script's own (about 15 MB, inherited through the spawn):
    every process measured here peaks well above it. The file system is synced before each
    run (not timed)."""
    # Files written by earlier runs are flushed first, so that no run pays for writing back
    # (or journalling) another's: each starts from the same state of the file system.
    os.sync()
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            err.seek(0)
            sys.exit(f"failed: {' '.join(map(str, cmd))}\n{err.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def median(samples):
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))


def cli_dir(base, src):
    """A folder the Typst CLI can compile: the rendered source, the style library, the fonts."""
    base.mkdir()
    (base / "main.typ").write_text(src)
    shutil.copy(ROOT / "templates/thidua.typ", base / "thidua.typ")
    return base


def render(proj, doc):
    return subprocess.run([str(THIDUA), "render", "content/w.yaml", "--doc", doc], cwd=proj, capture_output=True, text=True, check=True).stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--typst", default=str(ROOT / "target/bench-tools/bin/typst"))
    args = ap.parse_args()
    typst = [args.typst, "compile", "--root", ".", "--font-path", str(ROOT / "fonts"), "--ignore-system-fonts"]
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="thidua-bench-"))
    rows = []

    w1 = project(tmp / "w1", recipients=1000)
    build = [str(THIDUA), "build", "-q"]
    # Each run writes into a new output folder (deleting 1000 files between runs would
    # slow the next run's file creation on ext4, and time the file system, not thidua).
    fresh = lambda i: ["--out", f"out-run{i}"]
    # (b): all certificate pages in one CLI process; (a): one CLI process per certificate,
    # on a one-recipient source, 1000 times in sequence.
    b_dir = cli_dir(tmp / "cli-b", render(w1, "giay-khen-77"))
    one = project(tmp / "one", recipients=1)
    a_dir = cli_dir(tmp / "cli-a", render(one, "giay-khen-77"))
    # W1, (b), W3 and a share of (a) take turns, so that each ratio compares runs made in
    # the same states of the machine (its speed drifts by tens of per cent over minutes).
    # W3 rebuilds W1's own folder after changing one name.
    subprocess.run(build, cwd=w1, check=True)
    csv = w1 / "content/ds.csv"
    original = csv.read_text()
    w1_s, b_s, w3_s = [], [], []
    a_total = [0.0, 0.0, 0.0]
    share = -(-1000 // args.runs)
    for i in range(args.runs):
        w1_s.append(timed(build + fresh(i), w1))
        b_s.append(timed(typst + ["main.typ", "all.pdf"], b_dir))
        lines = original.splitlines()
        lines[500] = lines[500].replace(lines[500].split(",")[0], f"Tên Mới Số {i}", 1)
        csv.write_text("\n".join(lines) + "\n")
        w3_s.append(timed(build, w1))
        for c in range(i * share, min(1000, (i + 1) * share)):
            wall, cpu, rss = timed(typst + ["main.typ", f"c{c}.pdf"], a_dir)
            a_total = [a_total[0] + wall, a_total[1] + cpu, max(a_total[2], rss)]
    w1_t, b_t, w3_t = median(w1_s), median(b_s), median(w3_s)
    rows += [("W1 thidua, 1000 certificates + decision + merged", w1_t),
             ("(a) typst CLI, 1000 processes, sequential", tuple(a_total)),
             ("(b) typst CLI, one 1000-page document", b_t)]

    w2 = project(tmp / "w2", rows=500)
    c2 = cli_dir(tmp / "cli-w2", render(w2, "bao-cao-5"))
    w2_s, c2_s = [], []
    for i in range(args.runs):
        w2_s.append(timed(build + fresh(i), w2))
        c2_s.append(timed(typst + ["main.typ", "r.pdf"], c2))
    w2_t, c2_t = median(w2_s), median(c2_s)
    rows += [("W2 thidua, report with 500 rows", w2_t), ("W2 typst CLI, same source", c2_t)]
    rows.append(("W3 thidua, W1 after one name changed", w3_t))

    w4 = project(tmp / "w4", recipients=5000)
    rows.append(("W4 thidua, 5000 certificates", median([timed(build + fresh(i), w4) for i in range(max(1, args.runs // 2))])))

    print(f"| workload | wall s | CPU s | peak RSS MB |\n|---|---|---|---|")
    for name, (wall, cpu, rss) in rows:
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {rss:.0f} |")
    print()
    print(f"W1 vs (a): {a_total[0] / w1_t[0]:.1f}× faster (target ≥ 12×)")
    print(f"W1 vs (b): {w1_t[0] / b_t[0]:.2f}× the time (target ≤ 1.5×)")
    print(f"W2 vs CLI: {w2_t[0] / c2_t[0]:.2f}× the time (target ≤ 1.2×)")
    print(f"W3 vs W1: {100 * rows[5][1][0] / w1_t[0]:.0f} % (target ≤ 10 %)")
    print(f"W1 wall: {w1_t[0]:.2f} s (target ≤ 2.5 s); W1 peak RSS: {w1_t[2]:.0f} MB (target ≤ 150 MB); W4 peak RSS: {rows[6][1][2]:.0f} MB (target ≤ 400 MB)")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
