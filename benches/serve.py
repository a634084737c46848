#!/usr/bin/env python3
"""How soon `thidua serve` shows an edited name (issue 36): the time from writing the edit
to the page having the edited certificate's new page image, as the page gets it — the
stream of changes says the state moved on, the state lists the new page, its SVG is read.

Projects, each in a temp folder, served by target/release/thidua (or $THIDUA):
  sample  the repository's own sample (thidua.yaml and content/): a certificate's name
          in content/2017/danh-sach-giay-khen.csv
  W1s     benches/bench.py's W1s, one decision with 1000 certificates: the 500th name

Each figure is the median and the largest of RUNS edits, each a new name; the target the
issue names is 1 second on the sample, and each median is printed as a ratio to it.

Usage: python3 benches/serve.py [--runs 10]
"""
import argparse, json, os, pathlib, re, shutil, socket, statistics, subprocess, sys, tempfile, threading, time, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
THIDUA = pathlib.Path(os.environ.get("THIDUA", ROOT / "target/release/thidua"))
sys.path.insert(0, str(ROOT / "benches"))
import bench  # noqa: E402  (the W1s project)

TARGET = 1.0


def get(port, path):
    """The body of GET path (one request per connection)."""
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
    data = b""
    while chunk := s.recv(1 << 20):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    if b"transfer-encoding: chunked" in head.lower():
        out, rest = b"", body
        while True:
            size, _, rest = rest.partition(b"\r\n")
            n = int(size.split(b";")[0], 16)
            if n == 0:
                return out
            out, rest = out + rest[:n], rest[n + 2:]
    return body


class Served:
    def __init__(self, project):
        self.p = subprocess.Popen([str(THIDUA), "serve", "--port", "0", "-q"], cwd=project,
                                  stderr=subprocess.PIPE, text=True)
        first = self.p.stderr.readline()
        self.port = int(re.search(r"127\.0\.0\.1:(\d+)/", first).group(1))
        threading.Thread(target=lambda: [None for _ in self.p.stderr], daemon=True).start()
        while self.state()["building"]:
            time.sleep(0.05)
        # The page's stream of changes, read line by line.
        self.events = socket.create_connection(("127.0.0.1", self.port)).makefile("rb")
        self.events.raw._sock.sendall(f"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n\r\n".encode())
        self.next_event()

    def state(self):
        return json.loads(get(self.port, "/api/state"))

    def next_event(self):
        while True:
            line = self.events.readline()
            if not line:
                raise SystemExit("the stream of changes ended")
            m = re.search(rb"data: (\d+)", line)
            if m:
                return int(m.group(1))

    def stop(self):
        self.p.kill()
        self.p.wait()


def slug(name):
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def edit_to_page(served, listfile, old, new):
    """Seconds from writing `new` for `old` in `listfile` to the new name's page read."""
    text = listfile.read_text()
    start = time.perf_counter()
    listfile.write_text(text.replace(old, new, 1))
    want = "-" + slug(new) + ".svg"
    while True:
        served.next_event()
        s = served.state()
        if s["building"]:
            continue
        pages = [p for d in s["dossiers"] for doc in d["documents"] for p in doc["pages"]
                 if p["path"].endswith(want)]
        if pages:
            svg = get(served.port, f"/out/{pages[0]['path']}?h={pages[0]['hash']}")
            assert svg.startswith(b"<svg"), svg[:100]
            return time.perf_counter() - start


def measure(name, project, listfile, first, runs):
    served = Served(project)
    took, old = [], first
    try:
        for i in range(runs):
            new = f"{first.rsplit(' ', 1)[0]} {['Khải', 'Khang', 'Khánh', 'Khôi', 'Khoa'][i % 5]}"
            if new == old:
                new = first.rsplit(" ", 1)[0] + " Kiên"
            took.append(edit_to_page(served, listfile, old, new))
            old = new
    finally:
        served.stop()
    med = statistics.median(took)
    print(f"{name:8} edit → page: median {med:.3f} s, largest {max(took):.3f} s over {runs} edits;"
          f" median / {TARGET:.0f} s target = {med / TARGET:.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        sample = tmp / "sample"
        sample.mkdir()
        shutil.copy(ROOT / "thidua.yaml", sample / "thidua.yaml")
        shutil.copytree(ROOT / "content", sample / "content")
        measure("sample", sample, sample / "content/2017/danh-sach-giay-khen.csv", "Đỗ Minh Khoa", args.runs)
        w1s = bench.project(tmp / "w1s", recipients=1000)
        lines = (w1s / "content/ds.csv").read_text().splitlines()
        name = lines[500].split(",")[0]
        # A name of its own, so that the edit finds one row only.
        lines[500] = lines[500].replace(name, "Phan Hữu Tài", 1)
        (w1s / "content/ds.csv").write_text("\n".join(lines) + "\n")
        measure("W1s", w1s, w1s / "content/ds.csv", "Phan Hữu Tài", args.runs)


if __name__ == "__main__":
    main()
