#!/usr/bin/env python3
"""What reading the years costs (issue 33): `thidua check` of a project of ten years —
ten dossiers of 1000 recipients each and 20 000 rows of history/ for 10 000 people —
whose last dossier proposes Chiến sĩ thi đua cấp tỉnh for 1000 nominees (each checked
against the years before), against the same project without history/ and proposing a
form with no conditions. The two take turns, run by run; the difference is what the
years cost on top of the build. Prints each median (wall seconds) and the difference.

Usage: python3 benches/years.py [--runs 5]
Needs: target/release/thidua (cargo build --release), or the binary $THIDUA names.
"""
import argparse, os, pathlib, statistics, subprocess, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
THIDUA = pathlib.Path(os.environ.get("THIDUA", ROOT / "target/release/thidua"))
CONFIG = """organization:
  parent: ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
  name: SỞ NỘI VỤ
  short: SNV
  place: Quảng Ngãi
  head: Giám đốc Sở Nội vụ tỉnh Quảng Ngãi
people:
  lan: {name: Trần Thị Lan, position: Giám đốc}
forms:
  chien-si-thi-dua-tinh: {achievement_report: false}
"""
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc", "Đức"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Lan", "Long", "Mai", "Nam", "Sơn", "Tâm"]


def person(i):
    return f"{FAMILY[i % 10]} {MIDDLE[(i // 10) % 8]} {GIVEN[(i // 80) % 12]} {i:05d}"


def project(root, years):
    (root / "content").mkdir(parents=True)
    (root / "thidua.yaml").write_text(CONFIG)
    for k, year in enumerate(range(2018, 2028)):
        rows = "".join(f"{person((k * 1000 + j) % 10000)},male\n" for j in range(1000))
        (root / f"content/lao-dong-{year}.csv").write_text("name,gender\n" + rows)
        dossier = f"title: Năm {year}\nyear: {year}\nawards:\n  - form: lao-dong-tien-tien\n    decision: {{number: {k + 1}, date: {year}-12-10, signer: lan}}\n    recipients_file: lao-dong-{year}.csv\n"
        if year == 2027:
            form = "chien-si-thi-dua-tinh" if years else "giay-khen"
            (root / "content/de-nghi.csv").write_text("name,gender\n" + "".join(f"{person(j)},male\n" for j in range(1000)))
            dossier += f"  - form: {form}\n    proposal: {{number: 90, date: 2027-12-12, signer: lan, to: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi}}\n    recipients_file: de-nghi.csv\n"
        (root / f"content/nam-{year}.yaml").write_text(dossier)
    if years:
        (root / "history").mkdir()
        rows = "".join(
            f"{person(j % 10000)},male,{2018 + (j // 10000) * 5 + j % 5},chien-si-thi-dua-co-so,{j},QĐ-SNV\n"
            for j in range(20000)
        )
        (root / "history/khen-thuong.csv").write_text("name,gender,year,form,number,symbol\n" + rows)


def timed(root):
    start = time.perf_counter()
    run = subprocess.run([str(THIDUA), "check", str(root)], capture_output=True, text=True)
    took = time.perf_counter() - start
    if run.returncode != 0:
        raise SystemExit(f"check failed in {root}:\n{run.stderr[-2000:]}")
    return took, run.stderr.count("may not meet")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with_years, without = pathlib.Path(tmp, "years"), pathlib.Path(tmp, "plain")
        project(with_years, True)
        project(without, False)
        a, b, warned = [], [], 0
        for _ in range(args.runs):
            t, warned = timed(with_years)
            a.append(t)
            b.append(timed(without)[0])
        ma, mb = statistics.median(a), statistics.median(b)
        print(f"with the years:    {ma:.2f} s (1000 nominees checked, {warned} warned)")
        print(f"without them:      {mb:.2f} s")
        print(f"what the years cost: {ma - mb:+.2f} s (median of {args.runs} runs each, in turn)")


if __name__ == "__main__":
    main()
