//! `thidua serve`: the page lists the documents and shows their pages, an edit arrives
//! on its own, errors and warnings are shown with the pages kept, and what a page on
//! another site, a forged path or a link could ask for is refused.

use crate::support::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `thidua serve` on a free port, ended when dropped.
pub struct Served {
    child: Child,
    pub port: u16,
}

impl Served {
    /// Serves the project in `dir`, once its first build is shown.
    pub fn start(dir: &Path) -> Served {
        let mut child = crate::support::binary()
            .args(["serve", "--port", "0"])
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let err = child.stderr.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        // Its address is on the first line; the rest is drained so the pipe never fills.
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let first = rx.recv_timeout(Duration::from_secs(20)).unwrap();
        let port = first
            .strip_prefix("serving http://127.0.0.1:")
            .and_then(|r| r.split('/').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no address in `{first}`"));
        let served = Served { child, port };
        served.until("the first build", |s| !s["building"].as_bool().unwrap());
        served
    }

    /// The host this server answers to.
    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// `GET path` as a browser on this page asks for it.
    pub fn get(&self, path: &str) -> Answer {
        self.ask(&format!("GET {path} HTTP/1.1\r\nHost: {}\r\n", self.host()))
    }

    /// A request of its own (request line and headers, without the blank line).
    pub fn ask(&self, head: &str) -> Answer {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        write!(s, "{head}Connection: close\r\n\r\n").unwrap();
        let mut bytes = Vec::new();
        s.read_to_end(&mut bytes).unwrap();
        let split = bytes.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        // Header names in any case, as HTTP has them.
        let head = String::from_utf8_lossy(&bytes[..split]).to_ascii_lowercase();
        let code = head.split(' ').nth(1).unwrap().parse().unwrap();
        let mut body = bytes[split + 4..].to_vec();
        if head.contains("transfer-encoding: chunked") {
            body = unchunked(&body);
        }
        Answer { code, head, body }
    }

    /// The page's state.
    pub fn state(&self) -> serde_json::Value {
        let a = self.get("/api/state");
        assert_eq!(a.code, 200, "{}", a.head);
        serde_json::from_slice(&a.body).unwrap()
    }

    /// Waits for a state that is `done`, for at most 30 s; returns it.
    pub fn until(
        &self,
        what: &str,
        done: impl Fn(&serde_json::Value) -> bool,
    ) -> serde_json::Value {
        let start = Instant::now();
        loop {
            let s = self.state();
            if done(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "timed out waiting for {what}: {s:#}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A chunked body's bytes.
fn unchunked(mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let eol = rest.windows(2).position(|w| w == b"\r\n").unwrap();
        let size = std::str::from_utf8(&rest[..eol]).unwrap();
        let size = usize::from_str_radix(size.split(';').next().unwrap().trim(), 16).unwrap();
        if size == 0 {
            return body;
        }
        body.extend_from_slice(&rest[eol + 2..eol + 2 + size]);
        rest = &rest[eol + 2 + size + 2..];
    }
}

/// An answer: its status code, head and body.
pub struct Answer {
    pub code: u16,
    pub head: String,
    pub body: Vec<u8>,
}

/// The document of `state` whose PDF path ends with `end`.
pub fn document<'a>(state: &'a serde_json::Value, end: &str) -> &'a serde_json::Value {
    let docs = state["dossiers"].as_array().unwrap().iter();
    let mut all = docs.flat_map(|d| d["documents"].as_array().unwrap());
    all.find(|d| d["pdf"]["path"].as_str().unwrap().ends_with(end))
        .unwrap_or_else(|| panic!("no document `{end}` in {state:#}"))
}

/// A file of the state as the page asks for it.
fn url(file: &serde_json::Value) -> String {
    format!(
        "/out/{}?h={}",
        file["path"].as_str().unwrap(),
        file["hash"].as_str().unwrap()
    )
}

/// The text of a PDF's bytes, whitespace folded.
fn text_of(bytes: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(bytes).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const CERTIFICATES: &str = "2017/tong-ket-thi-dua-2017/giay-khen-1050.pdf";

#[test]
fn the_page_lists_documents_and_follows_an_edited_name() {
    let dir = sample();
    let served = Served::start(dir.path());
    let page = served.get("/");
    assert_eq!(page.code, 200);
    assert!(String::from_utf8_lossy(&page.body).contains("/app.js"));
    let state = served.state();
    let certs = document(&state, CERTIFICATES);
    let pages = certs["pages"].as_array().unwrap();
    assert_eq!(pages.len(), 23, "a page per certificate: {certs:#}");
    // Each document with what its kind is called, each dossier with its title, the
    // documents in the award cycle's order.
    assert_eq!(certs["label"], "Giấy khen, bằng khen");
    let dossier = &state["dossiers"][0];
    assert!(
        dossier["title"].as_str().unwrap().contains("2017"),
        "{}",
        dossier["title"]
    );
    let labels: Vec<&str> = dossier["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels.first(), Some(&"Báo cáo"), "{labels:?}");
    let decision = labels.iter().position(|l| *l == "Quyết định").unwrap();
    let certificate = labels
        .iter()
        .position(|l| *l == "Giấy khen, bằng khen")
        .unwrap();
    assert!(decision < certificate, "{labels:?}");
    assert!(pages[0]["path"]
        .as_str()
        .unwrap()
        .ends_with("/01-thanh-tra-so.svg"));
    let svg = served.get(&url(&pages[0]));
    assert_eq!(svg.code, 200);
    assert!(
        svg.head.contains("content-type: image/svg+xml"),
        "{}",
        svg.head
    );
    assert!(svg.body.starts_with(b"<svg"));
    // The decision's Word and Excel copies are there to download.
    let decision = document(&state, "2017/tong-ket-thi-dua-2017/quyet-dinh-1050.pdf");
    let copies: Vec<&str> = decision["copies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["path"].as_str().unwrap())
        .collect();
    assert!(
        copies.iter().any(|c| c.ends_with("quyet-dinh-1050.docx")),
        "{copies:?}"
    );
    let docx = served.get(&url(&decision["copies"][0]));
    assert_eq!(docx.code, 200);
    assert!(
        docx.head.contains("content-disposition: attachment"),
        "{}",
        docx.head
    );
    // The vote's warning is listed.
    let warnings = state["warnings"].to_string();
    assert!(warnings.contains("got 6 of 8 votes"), "{warnings}");

    // An edited name: the stream says so, and the page's files have the new name.
    let mut events = Events::open(&served);
    let seen = events.next();
    let list = dir.path().join("content/2017/danh-sach-giay-khen.csv");
    let text = std::fs::read_to_string(&list).unwrap();
    std::fs::write(&list, text.replace("Đỗ Minh Khoa", "Đỗ Minh Khải")).unwrap();
    let start = Instant::now();
    let mut now = events.next();
    assert!(now > seen);
    let state = loop {
        let s = served.state();
        if !s["building"].as_bool().unwrap() {
            break s;
        }
        now = events.next();
    };
    let took = start.elapsed();
    assert!(took < Duration::from_secs(10), "{took:?}");
    let certs = document(&state, CERTIFICATES);
    let page = certs["pages"].as_array().unwrap().iter().find(|p| {
        p["path"]
            .as_str()
            .unwrap()
            .ends_with("/10-do-minh-khai.svg")
    });
    assert!(page.is_some(), "{certs:#}");
    assert_eq!(served.get(&url(page.unwrap())).code, 200);
    let pdf = served.get(&url(&certs["pdf"]));
    assert_eq!(pdf.code, 200);
    let text = text_of(&pdf.body);
    assert!(
        text.contains("Đỗ Minh Khải") && !text.contains("Đỗ Minh Khoa"),
        "{text}"
    );
    // The old page's file is gone from the list, and no longer served.
    let old = format!(
        "/out/{}",
        CERTIFICATES.replace(".pdf", "/10-do-minh-khoa.svg")
    );
    assert_eq!(served.get(&old).code, 404);
    let _ = now;
}

/// The page's stream of changes, read as a browser's EventSource reads it.
pub struct Events(BufReader<TcpStream>);

impl Events {
    pub fn open(served: &Served) -> Events {
        let mut s = TcpStream::connect(("127.0.0.1", served.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        write!(
            s,
            "GET /events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
            served.host()
        )
        .unwrap();
        let mut r = BufReader::new(s);
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        assert!(line.starts_with("HTTP/1.1 200"), "{line}");
        Events(r)
    }

    /// The next version the server sends, within 30 s (keep-alive comments do not
    /// count: a stream that only keeps alive fails the test, never hangs it).
    pub fn next(&mut self) -> u64 {
        let start = Instant::now();
        loop {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "no new version in 30 s"
            );
            let mut line = String::new();
            assert!(self.0.read_line(&mut line).unwrap() > 0, "the stream ended");
            if let Some(v) = line.trim_end().strip_prefix("data: ") {
                return v.parse().unwrap();
            }
        }
    }
}

#[test]
fn errors_show_located_with_the_last_good_pages_kept() {
    let dir = sample();
    let served = Served::start(dir.path());
    let before = document(&served.state(), CERTIFICATES)["pages"]
        .as_array()
        .unwrap()
        .len();
    let dossier = dir.path().join("content/2025/binh-xet-2025.yaml");
    let good = std::fs::read_to_string(&dossier).unwrap();
    let bad = good.replacen(
        "        votes: 6\n",
        "        votes: sáu\n        rank: 1\n",
        1,
    );
    assert_ne!(bad, good);
    std::fs::write(&dossier, &bad).unwrap();
    let state = served.until("the errors", |s| {
        !s["errors"].as_array().unwrap().is_empty()
    });
    let errors: Vec<&str> = state["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect();
    let all = errors.join("\n");
    // Both mistakes, each with its file, line, column and the line itself under it.
    assert!(
        all.contains("content/2025/binh-xet-2025.yaml:67:16"),
        "{all}"
    );
    assert!(
        all.contains("votes: sáu") && all.contains("rank: 1") && all.contains('^'),
        "{all}"
    );
    assert!(errors.len() >= 2, "{all}");
    assert_eq!(
        document(&state, CERTIFICATES)["pages"]
            .as_array()
            .unwrap()
            .len(),
        before
    );
    std::fs::write(&dossier, &good).unwrap();
    served.until("the errors gone", |s| {
        s["errors"].as_array().unwrap().is_empty() && !s["building"].as_bool().unwrap()
    });
}

#[test]
fn what_another_site_or_a_forged_path_asks_is_refused() {
    let dir = sample();
    let served = Served::start(dir.path());
    let state = served.state();
    let page = document(&state, CERTIFICATES)["pages"][0].clone();
    let rel = page["path"].as_str().unwrap().to_string();
    // DNS rebinding: a name that resolves here, asked by another site's page.
    for host in [
        "evil.example:80",
        &format!("evil.example:{}", served.port),
        "127.0.0.1",
        "127.0.0.1:1",
    ] {
        let a = served.ask(&format!("GET /api/state HTTP/1.1\r\nHost: {host}\r\n"));
        assert_eq!(a.code, 403, "{host}");
    }
    let a = served.ask("GET /api/state HTTP/1.0\r\n");
    assert_eq!(a.code, 403, "no Host");
    // Two Hosts, or another address in the request line, are not this server's either.
    let ours = served.host();
    let two = format!("GET /api/state HTTP/1.1\r\nHost: {ours}\r\nHost: evil.example\r\n");
    assert_eq!(served.ask(&two).code, 403, "two Hosts");
    let absolute = format!("GET http://evil.example/api/state HTTP/1.1\r\nHost: {ours}\r\n");
    assert_eq!(served.ask(&absolute).code, 403, "another address");
    let absolute = format!("GET http://{ours}/api/state HTTP/1.1\r\nHost: {ours}\r\n");
    assert_eq!(served.ask(&absolute).code, 200, "its own address");
    assert_eq!(
        served
            .ask(&format!(
                "GET / HTTP/1.1\r\nHost: LOCALHOST:{}\r\n",
                served.port
            ))
            .code,
        200
    );
    // Nothing writes.
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let a = served.ask(&format!(
            "{method} /out/{rel} HTTP/1.1\r\nHost: {}\r\nContent-Length: 0\r\n",
            served.host()
        ));
        assert_eq!(a.code, 405, "{method}");
    }
    // Only the files the build listed, by their plain names.
    let secret = dir.path().join("thidua.yaml");
    for path in [
        "/out/../thidua.yaml",
        "/out/%2e%2e/thidua.yaml",
        "/out/%2E%2E%2Fthidua.yaml",
        "/out/..%2f..%2fthidua.yaml",
        "/out//etc/passwd",
        "/out/%2fetc%2fpasswd",
        &format!("/out/{}", secret.display()),
        "/out/.thidua-manifest.json",
        "/out/2017/..%5c..%5cthidua.yaml",
        "/out/2017/%00",
        "/../thidua.yaml",
        "/thidua.yaml",
        "/content/2025/binh-xet-2025.yaml",
        &format!("/out/./{rel}"),
        &format!("/out/{}", rel.replace('/', "//")),
    ] {
        let a = served.get(path);
        assert_eq!(a.code, 404, "{path}: {}", String::from_utf8_lossy(&a.body));
    }
    assert_eq!(served.get(&format!("/out/{rel}")).code, 200);
    // A listed file replaced by a link, or under a folder replaced by one, is not followed.
    #[cfg(unix)]
    {
        let file = dir.path().join("out").join(&rel);
        std::fs::remove_file(&file).unwrap();
        std::os::unix::fs::symlink(&secret, &file).unwrap();
        assert_eq!(served.get(&format!("/out/{rel}")).code, 404);
        let folder = file.parent().unwrap();
        let moved = folder.with_extension("moved");
        std::fs::rename(folder, &moved).unwrap();
        std::os::unix::fs::symlink(&moved, folder).unwrap();
        let other = document(&state, CERTIFICATES)["pages"][1]["path"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(served.get(&format!("/out/{other}")).code, 404);
    }
    // A FIFO put at a listed path is refused without waiting for a writer.
    #[cfg(unix)]
    {
        let rel = document(&state, "bao-cao-1102.pdf")["pdf"]["path"]
            .as_str()
            .unwrap()
            .to_string();
        let file = dir.path().join("out").join(&rel);
        std::fs::remove_file(&file).unwrap();
        let made = Command::new("mkfifo").arg(&file).status();
        if made.is_ok_and(|s| s.success()) {
            assert_eq!(served.get(&format!("/out/{rel}")).code, 404);
            assert_eq!(served.get("/").code, 200);
        } else {
            eprintln!("skipped the FIFO: no mkfifo here");
        }
    }
    // An image opened by itself runs nothing.
    let svg = served.get(&url(&document(&state, "bao-cao-1102.pdf")["pages"][0]));
    assert!(svg.head.contains("sandbox"), "{}", svg.head);
}

#[test]
fn it_listens_on_loopback_only() {
    let dir = sample();
    let served = Served::start(dir.path());
    // Every address of this machine but loopback: nothing answers there.
    let out = Command::new("hostname").arg("-I").output();
    let addrs = out
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let mut tried = 0;
    for addr in addrs
        .split_whitespace()
        .filter_map(|a| a.parse::<std::net::IpAddr>().ok())
    {
        if addr.is_loopback() {
            continue;
        }
        tried += 1;
        let to = std::net::SocketAddr::new(addr, served.port);
        assert!(
            TcpStream::connect_timeout(&to, Duration::from_secs(2)).is_err(),
            "{to}"
        );
    }
    if tried == 0 {
        eprintln!("skipped the other addresses: this machine has none besides loopback");
    }
    assert_eq!(served.get("/").code, 200);
}

#[cfg(unix)]
#[test]
fn an_output_folder_swapped_for_a_link_while_serving_is_not_followed() {
    let dir = sample();
    let served = Served::start(dir.path());
    let state = served.state();
    let rel = document(&state, "bao-cao-1102.pdf")["pdf"]["path"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(served.get(&format!("/out/{rel}")).code, 200);
    // Another folder with a file of the same name, put where out/ was.
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(elsewhere.join(&rel).parent().unwrap()).unwrap();
    std::fs::write(elsewhere.join(&rel), "SECRET").unwrap();
    std::fs::rename(dir.path().join("out"), dir.path().join("out.real")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("out")).unwrap();
    let a = served.get(&format!("/out/{rel}"));
    assert!(
        !String::from_utf8_lossy(&a.body).contains("SECRET"),
        "{}",
        a.code
    );
}

#[cfg(unix)]
#[test]
fn a_closed_standard_error_ends_serve_quietly() {
    let dir = sample();
    let mut child = crate::support::binary()
        .args(["serve", "--port", "0"])
        .current_dir(dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    err.read_line(&mut first).unwrap();
    assert!(first.starts_with("serving http://127.0.0.1:"), "{first}");
    drop(err);
    // The next thing it says goes nowhere: it ends, as `thidua build | head` does.
    let start = Instant::now();
    let list = dir.path().join("content/2017/danh-sach-giay-khen.csv");
    let status = loop {
        let text = std::fs::read_to_string(&list).unwrap();
        std::fs::write(&list, text.replace("Đỗ Minh Khoa", "Đỗ Minh Khải")).unwrap();
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "serve went on");
        std::thread::sleep(Duration::from_millis(200));
    };
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(libc::SIGPIPE), "{status:?}");
}
