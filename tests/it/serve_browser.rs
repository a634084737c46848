//! The page of `thidua serve` in headless Chromium, where it is installed: it loads with
//! no console error, shows a document's pages, and follows an edit. Chromium is driven
//! over its DevTools pipe (no WebDriver, no JavaScript toolchain); screenshots are left
//! in the target folder to be looked at.

use crate::serve::Served;
use crate::support::*;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

/// Chromium, from `THIDUA_CHROMIUM` or the usual names on the path.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("THIDUA_CHROMIUM") {
        return Some(p.into());
    }
    let path = std::env::var_os("PATH")?;
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    std::env::split_paths(&path)
        .flat_map(|d| names.map(|n| d.join(n)))
        .find(|p| p.is_file())
}

/// A headless Chromium and its DevTools session with one page.
struct Browser {
    child: Child,
    to: std::fs::File,
    from: Receiver<Value>,
    next: u64,
    session: String,
    /// Console errors, exceptions and failed loads seen so far.
    complaints: Vec<String>,
    _profile: tempfile::TempDir,
}

impl Browser {
    #[cfg(unix)]
    fn start(program: &Path) -> Browser {
        use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
        use std::os::unix::process::CommandExt;
        let pipe = || {
            let mut fds = [0; 2];
            // SAFETY: pipe writes two new descriptors into `fds`.
            assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
            // SAFETY: both are open and owned here alone.
            unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) }
        };
        let (their_in, our_out) = pipe();
        let (our_in, their_out) = pipe();
        let (a, b) = (their_in.as_raw_fd(), their_out.as_raw_fd());
        let profile = tempfile::tempdir().unwrap();
        let mut command = Command::new(program);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-pipe",
                "--window-size=1280,900",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: only async-signal-safe calls, in the child before exec: its ends of the
        // pipes become descriptors 3 (commands in) and 4 (answers out).
        unsafe {
            command.pre_exec(move || {
                let a2 = libc::fcntl(a, libc::F_DUPFD, 10);
                let b2 = libc::fcntl(b, libc::F_DUPFD, 10);
                if a2 < 0 || b2 < 0 || libc::dup2(a2, 3) < 0 || libc::dup2(b2, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().unwrap();
        drop((their_in, their_out));
        let (tx, from) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(std::fs::File::from(our_in));
            let mut message = Vec::new();
            while r.read_until(0, &mut message).unwrap_or(0) > 0 {
                message.pop();
                if let Ok(v) = serde_json::from_slice(&message) {
                    if tx.send(v).is_err() {
                        return;
                    }
                }
                message.clear();
            }
        });
        let mut browser = Browser {
            child,
            to: std::fs::File::from(our_out),
            from,
            next: 0,
            session: String::new(),
            complaints: Vec::new(),
            _profile: profile,
        };
        let target = browser.call("Target.createTarget", json!({"url": "about:blank"}));
        let target = target["targetId"].clone();
        let attached = browser.call(
            "Target.attachToTarget",
            json!({"targetId": target, "flatten": true}),
        );
        browser.session = attached["sessionId"].as_str().unwrap().to_string();
        for domain in ["Runtime.enable", "Log.enable", "Page.enable"] {
            browser.call(domain, json!({}));
        }
        browser
    }

    /// Sends a command (to the page, once attached) and waits for its answer.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let mut message = json!({"id": id, "method": method, "params": params});
        if !self.session.is_empty() {
            message["sessionId"] = json!(self.session);
        }
        let mut bytes = serde_json::to_vec(&message).unwrap();
        bytes.push(0);
        self.to.write_all(&bytes).unwrap();
        loop {
            let m = self
                .from
                .recv_timeout(Duration::from_secs(30))
                .expect("Chromium answers");
            if m["id"] == json!(id) {
                assert!(m.get("error").is_none(), "{method}: {m}");
                return m["result"].clone();
            }
            self.heard(&m);
        }
    }

    /// Keeps what an event says went wrong on the page.
    fn heard(&mut self, m: &Value) {
        let p = &m["params"];
        match m["method"].as_str().unwrap_or("") {
            "Runtime.consoleAPICalled" if p["type"] == "error" || p["type"] == "warning" => {
                self.complaints.push(format!("console: {}", p["args"]))
            }
            "Runtime.exceptionThrown" => self
                .complaints
                .push(format!("exception: {}", p["exceptionDetails"])),
            "Log.entryAdded"
                if p["entry"]["level"] == "error" || p["entry"]["level"] == "warning" =>
            {
                self.complaints.push(format!("log: {}", p["entry"]))
            }
            _ => {}
        }
    }

    /// The value of a JavaScript expression on the page.
    fn eval(&mut self, expression: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        );
        r["result"]["value"].clone()
    }

    /// Waits until `expression` is true on the page, for at most 20 s; how long it took.
    fn until(&mut self, what: &str, expression: &str) -> Duration {
        let start = Instant::now();
        while self.eval(expression) != json!(true) {
            if start.elapsed() > Duration::from_secs(20) {
                let seen = self.eval("document.body.innerText.slice(0, 2000)");
                let imgs = self.eval("[...document.querySelectorAll('img.page')].filter((i) => !i.complete).map((i) => [i.src, performance.getEntriesByName(i.src).map((e) => [e.startTime, e.responseStart, e.responseEnd, e.encodedBodySize])])");
                panic!("timed out waiting for {what}: the page shows {seen}\nimages still loading: {imgs}\n{:#?}", self.complaints);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        start.elapsed()
    }

    /// A screenshot of the page, written to `path`.
    fn screenshot(&mut self, path: &Path) {
        use base64::Engine;
        let shot = self.call("Page.captureScreenshot", json!({"format": "png"}));
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap();
        std::fs::write(path, png).unwrap();
        eprintln!("screenshot: {}", path.display());
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every image of the shown document has loaded, and there are `n` of them.
fn loaded(n: usize) -> String {
    format!("(() => {{ const i = [...document.querySelectorAll('img.page')]; return i.length === {n} && i.every((x) => x.complete && x.naturalWidth > 0); }})()")
}

#[cfg(unix)]
#[test]
fn the_page_in_chromium_shows_a_document_and_follows_an_edit() {
    let Some(program) = chromium() else {
        eprintln!("skipped: no Chromium here (install chromium, or set THIDUA_CHROMIUM)");
        return;
    };
    let dir = sample();
    let served = Served::start(dir.path());
    let mut browser = Browser::start(&program);
    let certificates = "2017/tong-ket-thi-dua-2017/giay-khen-1050.pdf";
    let url = format!(
        "http://127.0.0.1:{}/#{}",
        served.port,
        certificates.replace('/', "%2F")
    );
    browser.call("Page.navigate", json!({"url": url}));
    browser.until("the certificates' pages", &loaded(23));
    let listed = browser.eval("document.querySelector('nav').textContent");
    assert!(
        listed.as_str().unwrap().contains("quyet-dinh-1050"),
        "{listed}"
    );
    let title = browser.eval("document.querySelector('#document h1').textContent");
    assert_eq!(title, json!("giay-khen-1050"));
    let warnings = browser.eval("document.querySelector('.warning').textContent");
    assert!(
        warnings.as_str().unwrap().contains("got 6 of 8 votes"),
        "{warnings}"
    );
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR"));
    browser.screenshot(&shots.join("serve-page.png"));

    // An edited name: the page shows the new certificate by itself.
    let list = dir.path().join("content/2017/danh-sach-giay-khen.csv");
    let text = std::fs::read_to_string(&list).unwrap();
    std::fs::write(&list, text.replace("Đỗ Minh Khoa", "Đỗ Minh Khải")).unwrap();
    let new = "(() => { const i = document.querySelector('img.page[src*=\"10-do-minh-khai.svg\"]'); return !!i && i.complete && i.naturalWidth > 0; })()";
    let took = browser.until("the edited name's page", new);
    eprintln!(
        "the edited certificate showed {} ms after the edit was written",
        took.as_millis()
    );
    assert!(took < Duration::from_secs(5), "{took:?}");
    browser.until("every page again", &loaded(23));

    // A mistake: shown located, the last good pages kept.
    let dossier = dir.path().join("content/2025/binh-xet-2025.yaml");
    let good = std::fs::read_to_string(&dossier).unwrap();
    std::fs::write(
        &dossier,
        good.replacen("        votes: 6\n", "        votes: sáu\n", 1),
    )
    .unwrap();
    browser.until("the error", "!!document.querySelector('.error pre')");
    let error = browser.eval("document.querySelector('.error pre').textContent");
    assert!(
        error
            .as_str()
            .unwrap()
            .contains("content/2025/binh-xet-2025.yaml:67:16"),
        "{error}"
    );
    assert_eq!(browser.eval(&loaded(23)), json!(true));
    browser.screenshot(&shots.join("serve-error.png"));
    // An address the page cannot decode still shows the documents.
    let odd = format!("http://127.0.0.1:{}/#%E0%A4%A", served.port);
    browser.call("Page.navigate", json!({"url": odd}));
    browser.until(
        "the list after an odd address",
        "document.querySelectorAll('nav a').length > 20",
    );
    // Flush the events that came with the last answers.
    browser.eval("1");
    while let Ok(m) = browser.from.try_recv() {
        browser.heard(&m);
    }
    assert!(browser.complaints.is_empty(), "{:#?}", browser.complaints);
}
