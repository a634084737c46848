#!/usr/bin/env python3
"""Batch benchmark of thidua against the Typst CLI of the same version (issue 6).

Workloads, generated here into a temp folder:
  W1s one Giấy khen decision with 1000 recipients (decision + annex + 1000 certificates +
      merged file), short strings (`Chuyên viên`, `Phòng N`, a 26-character reason)
  W1r the same with realistic lists (issue 20): positions and units as agencies write
      them (up to ~70 characters), names of 3-5 words, collectives mixed in, a
      90-character reason, a regime-C decision
  W2  a report with a 500-row achievements table
  W3s, W3r  W1s, W1r rebuilt after changing one recipient's name
  W4  W1s with 5000 recipients (peak memory)
  W5  W1r with 10 000 recipients (linear time, peak memory), in turn with a W1r
  Cold  the repository's own sample into a fresh output folder
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

       python3 benches/bench.py --against OTHER [--runs 5]
compares target/release/thidua (or the binary $THIDUA names) with another thidua binary
(the previous main, say) on
W1s, W1r, W3s, W3r, W2 and Cold, the two taking turns run by run, each on a project of
its own; no Typst CLI needed. Prints each median and the ratio this / other.
"""
import argparse, os, random, shutil, statistics, subprocess, sys, tempfile, time, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
THIDUA = pathlib.Path(os.environ.get("THIDUA", ROOT / "target/release/thidua"))
CONFIG = (ROOT / "tests/fixtures/hanoi-2024/thidua.yaml").read_text()
FAM = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MID = "Văn Thị Hữu Minh Thanh Quốc Ngọc Thu Đức Kim".split()
GIV = "An Bình Chi Dũng Đạt Giang Hà Hải Hằng Hiếu Hoa Hùng Lan Linh Mai Nam Ngân Oanh Phong Quân Sơn Tâm Thảo Trang Tuấn Vinh Yến".split()


# Realistic lists (issue 20): positions and units as agencies write them (the shared
# seeds and examples), up to ~70 characters; names of 3 to 5 words; collectives mixed in.
POSITIONS = ["Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng",
    "Phó Giám đốc Trung tâm", "Kế toán viên", "Thanh tra viên chính", "Nhân viên",
    "Phó Chánh Văn phòng Sở", "Giáo viên", "Cán sự", "Phó Trưởng ban Ban Thi đua - Khen thưởng"]
UNITS = ["Phòng Lao động - Tiền lương - Bảo hiểm xã hội", "Trung tâm Nuôi dưỡng và điều dưỡng người có công",
    "Văn phòng Sở", "Phòng Người có công", "Phòng Bảo trợ xã hội", "Thanh tra Sở",
    "Cơ sở cai nghiện ma túy số 2", "Trung tâm Dịch vụ việc làm Thành phố",
    "Phòng Trẻ em - Bình đẳng giới", "Trường Cao đẳng nghề Công nghệ cao",
    "Trung tâm Bảo trợ xã hội số 1", "Phòng Kế hoạch - Tài chính", "Phòng Việc làm - An toàn lao động",
    "Phòng Giáo dục nghề nghiệp và Quản lý lao động ngoài nước"]
MID2 = "Thị Văn Ngọc Minh Thanh Hoàng Quốc Thu Bảo Kim Gia Hữu".split()
REASON_R = ("Đã có thành tích xuất sắc trong thực hiện nhiệm vụ chuyên môn và phong trào thi đua "
            "yêu nước năm 2025")


def realistic_row(i):
    """One recipient of a realistic list: a collective every tenth row."""
    if i % 10 == 9:
        return f",,,{random.choice(UNITS)},{random.choice(['Phòng', 'Tổ', 'Đội'])} {random.choice(UNITS).split(' ', 1)[1]}"
    words = [random.choice(FAM)] + random.sample(MID2, random.choice([1, 2, 3])) + [random.choice(GIV)]
    return f"{' '.join(words)},{random.choice(['male', 'female'])},{random.choice(POSITIONS)},{random.choice(UNITS)},"


def project(dir, recipients=0, rows=0, realistic=False):
    """A project with one dossier: `recipients` for one Giấy khen (with `realistic`, the
    lists of issue 20 and a regime-C decision), or a report of `rows` targets."""
    random.seed(1)
    (dir / "content").mkdir(parents=True)
    # The workloads of issue 6: the payment list (issue 15) is another document, off here
    # so that W1 stays the certificates, the decision and the print file.
    (dir / "thidua.yaml").write_text(CONFIG.rstrip("\n") + "\npayment_list: false\n")
    if recipients:
        lines = ["name,gender,position,unit,collective"]
        for i in range(recipients):
            if realistic:
                lines.append(realistic_row(i))
                continue
            name = f"{random.choice(FAM)} {random.choice(MID)} {random.choice(GIV)}"
            lines.append(f"{name},{random.choice(['male', 'female'])},Chuyên viên,Phòng {i % 40 + 1},")
        (dir / "content/ds.csv").write_text("\n".join(lines) + "\n")
        date, reason = ("2025-10-15", REASON_R) if realistic else ("2024-10-15", "Đã có thành tích xuất sắc")
        (dir / "content/w.yaml").write_text(
            f"title: W\nawards:\n  - form: giay-khen\n    decision: {{number: 77, date: {date}, signer: huong}}\n"
            f"    reason: {reason}\n    recipients_file: ds.csv\n")
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


def batch(base, realistic, runs, typst, build, fresh):
    """W1 (1000 certificates) of one kind of list with its baselines and W3, taking turns:
    (median W1, (a) summed, median (b), median W3)."""
    w1 = project(base, recipients=1000, realistic=realistic)
    # (b): all certificate pages in one CLI process; (a): one CLI process per certificate,
    # on a one-recipient source, 1000 times in sequence.
    b_dir = cli_dir(base.with_name(base.name + "-cli-b"), render(w1, "giay-khen-77"))
    one = project(base.with_name(base.name + "-one"), recipients=1, realistic=realistic)
    a_dir = cli_dir(base.with_name(base.name + "-cli-a"), render(one, "giay-khen-77"))
    # W1, (b), W3 and a share of (a) take turns, so that each ratio compares runs made in
    # the same states of the machine (its speed drifts by tens of per cent over minutes).
    # W3 rebuilds W1's own folder after changing one name.
    subprocess.run(build, cwd=w1, check=True)
    csv = w1 / "content/ds.csv"
    original = csv.read_text()
    w1_s, b_s, w3_s = [], [], []
    a_total = [0.0, 0.0, 0.0]
    share = -(-1000 // runs)
    for i in range(runs):
        w1_s.append(timed(build + fresh(i), w1))
        b_s.append(timed(typst + ["main.typ", "all.pdf"], b_dir))
        # The 501st recipient, a person in both kinds of list.
        lines = original.splitlines()
        lines[502] = lines[502].replace(lines[502].split(",")[0], f"Tên Mới Số {i}", 1)
        csv.write_text("\n".join(lines) + "\n")
        w3_s.append(timed(build, w1))
        for c in range(i * share, min(1000, (i + 1) * share)):
            wall, cpu, rss = timed(typst + ["main.typ", f"c{c}.pdf"], a_dir)
            a_total = [a_total[0] + wall, a_total[1] + cpu, max(a_total[2], rss)]
    return median(w1_s), a_total, median(b_s), median(w3_s)


def against(other, runs):
    """This binary and `other` in turn on each workload, each on a copy of its own:
    rows of (workload, this median, other median)."""
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="thidua-against-"))
    bins = {"this": str(THIDUA), "other": str(other)}
    out = []
    try:
        for label, kw in [("W1s", {"recipients": 1000}), ("W1r", {"recipients": 1000, "realistic": True}),
                          ("W2", {"rows": 500})]:
            projs = {k: project(tmp / f"{label}-{k}", **kw) for k in bins}
            w1 = {k: [] for k in bins}
            w3 = {k: [] for k in bins}
            for k, b in bins.items():
                subprocess.run([b, "build", "-q"], cwd=projs[k], check=True)
            for i in range(runs):
                for k, b in bins.items():
                    w1[k].append(timed([b, "build", "-q", "--out", f"out-run{i}"], projs[k]))
                if label == "W2":
                    continue
                for k, b in bins.items():
                    csv = projs[k] / "content/ds.csv"
                    lines = csv.read_text().splitlines()
                    lines[502] = lines[502].replace(lines[502].split(",")[0], f"Tên Mới Số {i}", 1)
                    csv.write_text("\n".join(lines) + "\n")
                    w3[k].append(timed([b, "build", "-q"], projs[k]))
            out.append((label, median(w1["this"]), median(w1["other"])))
            if label != "W2":
                w3l = label.replace("1", "3")
                out.append((w3l, median(w3["this"]), median(w3["other"])))
        # The sample's settings and dossiers alone: the repository's templates/ are the
        # built-in ones of this version, which the other binary would take for its own.
        sample = tmp / "sample"
        sample.mkdir()
        shutil.copy(ROOT / "thidua.yaml", sample)
        shutil.copytree(ROOT / "content", sample / "content")
        cold = {k: [] for k in bins}
        for i in range(runs):
            for k, b in bins.items():
                cold[k].append(timed([b, "build", "-q", str(sample), "--out", str(tmp / f"cold-{k}-{i}")], tmp))
        out.append(("Cold", median(cold["this"]), median(cold["other"])))
    finally:
        shutil.rmtree(tmp)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--typst", default=str(ROOT / "target/bench-tools/bin/typst"))
    ap.add_argument("--against", help="another thidua binary, compared in turn (no CLI baselines)")
    args = ap.parse_args()
    if args.against:
        print("| workload | this wall s | other wall s | this / other | this CPU s | other CPU s | this RSS MB | other RSS MB |")
        print("|---|---|---|---|---|---|---|---|")
        for name, t, o in against(args.against, args.runs):
            print(f"| {name} | {t[0]:.3f} | {o[0]:.3f} | {t[0] / o[0]:.2f} | {t[1]:.2f} | {o[1]:.2f} | {t[2]:.0f} | {o[2]:.0f} |")
        return
    typst = [args.typst, "compile", "--root", ".", "--font-path", str(ROOT / "fonts"), "--ignore-system-fonts"]
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="thidua-bench-"))
    rows = []

    build = [str(THIDUA), "build", "-q"]
    # Each run writes into a new output folder (deleting 1000 files between runs would
    # slow the next run's file creation on ext4, and time the file system, not thidua).
    fresh = lambda i: ["--out", f"out-run{i}"]
    batches = {}
    for label, realistic in [("W1s", False), ("W1r", True)]:
        batches[label] = batch(tmp / label, realistic, args.runs, typst, build, fresh)
    for label, (w1_t, a_total, b_t, w3_t) in batches.items():
        kind = "realistic lists" if label == "W1r" else "short strings"
        rows += [(f"{label} thidua, 1000 certificates + decision + merged ({kind})", w1_t),
                 (f"{label} (a) typst CLI, 1000 processes, sequential", tuple(a_total)),
                 (f"{label} (b) typst CLI, one 1000-page document", b_t),
                 (f"{label.replace('1', '3')} thidua, {label} after one name changed", w3_t)]
    w2 = project(tmp / "w2", rows=500)
    c2 = cli_dir(tmp / "cli-w2", render(w2, "bao-cao-5"))
    w2_s, c2_s = [], []
    for i in range(args.runs):
        w2_s.append(timed(build + fresh(i), w2))
        c2_s.append(timed(typst + ["main.typ", "r.pdf"], c2))
    w2_t, c2_t = median(w2_s), median(c2_s)
    rows += [("W2 thidua, report with 500 rows", w2_t), ("W2 typst CLI, same source", c2_t)]

    w4 = project(tmp / "w4", recipients=5000)
    w4_t = median([timed(build + fresh(i), w4) for i in range(max(1, args.runs // 2))])
    rows.append(("W4 thidua, 5000 certificates", w4_t))
    # W5 takes turns with a W1r of its own (W1r's project, into a new folder), so that
    # their ratio compares runs made in the same state of the machine.
    w5 = project(tmp / "w5", recipients=10_000, realistic=True)
    w5_s, w1r_beside = [], []
    for i in range(max(1, args.runs // 2)):
        w1r_beside.append(timed(build + ["--out", f"out-beside-w5-{i}"], tmp / "W1r"))
        w5_s.append(timed(build + fresh(i), w5))
    w5_t, w1r_beside = median(w5_s), median(w1r_beside)
    rows.append(("W5 thidua, 10 000 certificates (realistic lists)", w5_t))
    rows.append(("W1r thidua, in turn with W5", w1r_beside))
    # Cold: the repository's own sample, from a fresh output folder.
    cold = median([timed(build + [str(ROOT), "--out", str(tmp / f"cold-{i}")], tmp) for i in range(args.runs)])
    rows.append(("Cold: the repository's sample, fresh output folder", cold))

    print(f"| workload | wall s | CPU s | peak RSS MB |\n|---|---|---|---|")
    for name, (wall, cpu, rss) in rows:
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {rss:.0f} |")
    print()
    for label, (w1_t, a_total, b_t, w3_t) in batches.items():
        print(f"{label} vs (a): {a_total[0] / w1_t[0]:.1f}× faster (target ≥ 20× for W1r)")
        print(f"{label} vs (b): {w1_t[0] / b_t[0]:.2f}× the time (target ≤ 1.0× for W1r)")
        print(f"{label.replace('1', '3')} vs {label}: {100 * w3_t[0] / w1_t[0]:.1f} % (target ≤ 5 % for W3r)")
    print(f"W2 vs CLI: {w2_t[0] / c2_t[0]:.2f}× the time (target ≤ 1.2×)")
    print(f"W5 vs W1r in turn with it: {w5_t[0] / w1r_beside[0]:.1f}× the time (target ≤ 10.5×); W5 peak RSS: {w5_t[2]:.0f} MB (target ≤ 200 MB)")
    print(f"Cold: {cold[0]:.2f} s (target ≤ 0.25 s)")
    print(f"W4 peak RSS: {w4_t[2]:.0f} MB (target ≤ 400 MB)")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
