//! The page's requests: its embedded assets, the state, the stream of changes, and the
//! files of the output folder the manifest lists. Read-only, and for this machine only:
//! a request naming another host (DNS rebinding) or another method is refused, and a
//! path is served only when it is, decoded, one of the listed files, reached without a
//! link.

use super::bodies::{Events, FileBody};
use super::state::Shared;
use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use std::convert::Infallible;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

type Request = hyper::Request<Incoming>;
type Response = hyper::Response<UnsyncBoxBody<Bytes, std::io::Error>>;

const INDEX: &str = include_str!("page/index.html");
const SCRIPT: &str = include_str!("page/app.js");
const STYLE: &str = include_str!("page/app.css");
const ICON: &str = include_str!("page/favicon.svg");

/// The page may load only its own script, style, images and state.
const PAGE_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/// A page image opened by itself runs nothing.
const IMAGE_POLICY: &str = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";

/// Open streams of changes at most.
const STREAMS: usize = 64;
/// Open connections at most.
const CONNECTIONS: usize = 256;
/// How long a connection may take to send a request's head.
const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Where requests are answered from.
pub struct Site {
    shared: Arc<Shared>,
    /// The output folder, as given.
    out: PathBuf,
    /// The output folder, its links resolved once it exists: a link put in its place
    /// later is not followed.
    root: std::sync::OnceLock<PathBuf>,
    /// The `Host` headers of this server (`127.0.0.1:PORT`, `localhost:PORT`).
    hosts: Vec<String>,
    streams: Arc<AtomicUsize>,
}

impl Site {
    pub fn new(shared: Arc<Shared>, out: PathBuf, port: u16) -> Site {
        let hosts = vec![format!("127.0.0.1:{port}"), format!("localhost:{port}")];
        Site {
            shared,
            out,
            root: std::sync::OnceLock::new(),
            hosts,
            streams: Arc::default(),
        }
    }
}

/// Answers the connections of `listener` until the process ends: each on a task of one
/// thread, so that no connection, idle or streaming, keeps another waiting.
pub fn serve(listener: std::net::TcpListener, site: Arc<Site>) -> std::io::Result<()> {
    quiet_on_closed_connections();
    listener.set_nonblocking(true)?;
    let open = Arc::new(tokio::sync::Semaphore::new(CONNECTIONS));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        loop {
            let (stream, _) = match listener.accept().await {
                Ok(accepted) => accepted,
                // Out of descriptors, say: the next connection may do.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            };
            // Past the limit, a connection is closed at once rather than held.
            let Ok(slot) = open.clone().try_acquire_owned() else {
                continue;
            };
            let site = site.clone();
            tokio::spawn(async move {
                let _slot = slot;
                let service = hyper::service::service_fn(move |request: Request| {
                    let response = answer(&site, &request);
                    async move { Ok::<_, Infallible>(response) }
                });
                let io = hyper_util::rt::TokioIo::new(stream);
                let mut connection = hyper::server::conn::http1::Builder::new();
                // A request must come whole within this time, so that a connection that
                // sends nothing, or a byte at a time, is closed.
                connection
                    .timer(hyper_util::rt::TokioTimer::new())
                    .header_read_timeout(HEADER_TIMEOUT);
                // A page closed mid-answer is no error of the server's.
                let _ = connection.serve_connection(io, service).await;
            });
        }
    })
}

/// A write to a connection the browser closed says so (EPIPE) on this thread, instead of
/// ending the process: SIGPIPE is blocked here only, so that a closed standard error
/// still ends thidua quietly, as it ends every other command.
fn quiet_on_closed_connections() {
    #[cfg(unix)]
    // SAFETY: changes this thread's signal mask only, from a set made here.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGPIPE);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

fn answer(site: &Site, request: &Request) -> Response {
    if let Some(refused) = refusal(site, request) {
        return refused;
    }
    match request.uri().path() {
        "/" => asset(INDEX, "text/html; charset=utf-8"),
        "/app.js" => asset(SCRIPT, "text/javascript; charset=utf-8"),
        "/app.css" => asset(STYLE, "text/css; charset=utf-8"),
        "/favicon.svg" => asset(ICON, "image/svg+xml"),
        "/api/state" => asset(&site.shared.json(), "application/json"),
        "/events" => stream(site),
        p => match p.strip_prefix("/out/") {
            Some(rel) => file(site, rel, request),
            None => status(404, &t!("serve-not-found")),
        },
    }
}

/// Why `request` is refused, whatever it asks: another host, another method.
fn refusal(site: &Site, request: &Request) -> Option<Response> {
    // One Host, this server's; an address in the request line, this server's too.
    let hosts = request.headers().get_all("host");
    let host = hosts.iter().next().and_then(|h| h.to_str().ok());
    let host = host
        .map(str::to_ascii_lowercase)
        .filter(|_| hosts.iter().count() == 1);
    let named = request
        .uri()
        .authority()
        .map(|a| a.as_str().to_ascii_lowercase());
    let ours = |h: &String| site.hosts.contains(h);
    if !host.as_ref().is_some_and(ours) || !named.as_ref().is_none_or(ours) {
        return Some(status(403, &t!("serve-other-host")));
    }
    if !matches!(request.method().as_str(), "GET" | "HEAD") {
        let mut r = status(405, &t!("serve-read-only"));
        set(&mut r, "Allow", "GET, HEAD");
        return Some(r);
    }
    None
}

/// A response of `code` with `body`, and every answer's headers: nothing sniffed, framed
/// or told where it came from.
fn response(
    code: u16,
    body: UnsyncBoxBody<Bytes, std::io::Error>,
    kind: &str,
    policy: &str,
) -> Response {
    let mut r = Response::new(body);
    *r.status_mut() = hyper::StatusCode::from_u16(code).unwrap_or_default();
    set(&mut r, "Content-Type", kind);
    set(&mut r, "X-Content-Type-Options", "nosniff");
    set(&mut r, "Referrer-Policy", "no-referrer");
    set(&mut r, "Cross-Origin-Resource-Policy", "same-origin");
    set(&mut r, "Content-Security-Policy", policy);
    r
}

/// Sets a header (the values here are all plain ASCII).
fn set(r: &mut Response, name: &'static str, value: &str) {
    if let Ok(v) = value.parse() {
        r.headers_mut().insert(name, v);
    }
}

/// A whole text as a body.
fn whole(text: &str) -> UnsyncBoxBody<Bytes, std::io::Error> {
    Full::new(Bytes::from(text.to_string()))
        .map_err(|never| match never {})
        .boxed_unsync()
}

fn asset(text: &str, kind: &str) -> Response {
    let mut r = response(200, whole(text), kind, PAGE_POLICY);
    set(&mut r, "Cache-Control", "no-store");
    r
}

fn status(code: u16, text: &str) -> Response {
    response(code, whole(text), "text/plain; charset=utf-8", PAGE_POLICY)
}

/// A file of the output folder, by its path under it as the page asks for it.
fn file(site: &Site, encoded: &str, request: &Request) -> Response {
    let Some(rel) = decoded(encoded) else {
        return status(404, &t!("serve-not-found"));
    };
    // Only what the last build listed; then only a regular file, reached without a link.
    let Some(hash) = site.shared.file(&rel) else {
        return status(404, &t!("serve-not-found"));
    };
    let root = match site.root.get() {
        Some(root) => root,
        None => match site.out.canonicalize() {
            Ok(root) => site.root.get_or_init(|| root),
            Err(_) => return status(404, &t!("serve-not-found")),
        },
    };
    let Some(file) = open(root, Path::new(&rel)) else {
        return status(404, &t!("serve-not-found"));
    };
    let etag = format!("\"{hash}\"");
    let fresh = request
        .headers()
        .get("if-none-match")
        .is_some_and(|h| h.as_bytes() == etag.as_bytes());
    let ext = rel.rsplit('.').next().unwrap_or("");
    let policy = if ext == "svg" {
        IMAGE_POLICY
    } else {
        PAGE_POLICY
    };
    let mut r = match fresh {
        true => response(304, whole(""), kind(ext), policy),
        false => response(200, FileBody::new(file).boxed_unsync(), kind(ext), policy),
    };
    set(&mut r, "Cache-Control", "no-cache");
    set(&mut r, "ETag", &etag);
    if matches!(ext, "docx" | "xlsx") {
        let name = rel.rsplit('/').next().unwrap_or("");
        // The name as ASCII for old browsers, and as written (RFC 6266) for the rest.
        let plain = |c: char| c.is_ascii_alphanumeric() || ".-_".contains(c);
        let ascii: String = name
            .chars()
            .map(|c| if plain(c) { c } else { '_' })
            .collect();
        let utf8 = percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC);
        let value = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{utf8}");
        set(&mut r, "Content-Disposition", &value);
    }
    r
}

/// A path under the output folder as it was asked for, decoded once: UTF-8, relative,
/// and made of names only (no `..`, `.`, empty part, backslash or NUL).
fn decoded(encoded: &str) -> Option<String> {
    let rel = percent_encoding::percent_decode_str(encoded)
        .decode_utf8()
        .ok()?;
    let plain = !rel.is_empty() && !rel.contains(['\\', '\0']) && !rel.starts_with('/');
    let names = rel
        .split('/')
        .all(|n| !n.is_empty() && n != "." && n != "..");
    let normal = Path::new(rel.as_ref())
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    (plain && names && normal).then(|| rel.into_owned())
}

/// The regular file `rel` under `out`, reached without a link at any step: each folder
/// opened from the one before it, so that a folder swapped for a link while it is being
/// opened is refused, not followed; a FIFO put there is opened without waiting for it.
#[cfg(unix)]
fn open(out: &Path, rel: &Path) -> Option<std::fs::File> {
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::os::unix::ffi::OsStrExt;
    let name = |p: &std::ffi::OsStr| std::ffi::CString::new(p.as_bytes()).ok();
    let flags = libc::O_RDONLY | libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK;
    let owned = |fd: libc::c_int| {
        // SAFETY: a descriptor just opened, owned here alone.
        (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd) })
    };
    let root = name(out.as_os_str())?;
    // SAFETY: a NUL-terminated path.
    let mut at = owned(unsafe { libc::open(root.as_ptr(), flags | libc::O_DIRECTORY) })?;
    let parts: Vec<Component> = rel.components().collect();
    for (i, part) in parts.iter().enumerate() {
        let part = name(part.as_os_str())?;
        let folder = if i + 1 < parts.len() {
            libc::O_DIRECTORY
        } else {
            0
        };
        // SAFETY: an open folder's descriptor and a NUL-terminated name.
        at = owned(unsafe { libc::openat(at.as_raw_fd(), part.as_ptr(), flags | folder) })?;
    }
    let file = std::fs::File::from(at);
    file.metadata().ok()?.is_file().then_some(file)
}

/// The regular file `rel` under `out`, when no folder on the way nor the file is a link.
#[cfg(not(unix))]
fn open(out: &Path, rel: &Path) -> Option<std::fs::File> {
    let mut at = out.to_path_buf();
    for part in rel.components() {
        at.push(part);
        if std::fs::symlink_metadata(&at)
            .ok()?
            .file_type()
            .is_symlink()
        {
            return None;
        }
    }
    let file = std::fs::File::open(&at).ok()?;
    file.metadata().ok()?.is_file().then_some(file)
}

/// The media type of a file of the output folder, by its extension.
fn kind(ext: &str) -> &'static str {
    match ext {
        "pdf" => "application/pdf",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    }
}

/// `/events`: a server-sent event with the state's version now and at every change,
/// until the page goes away.
fn stream(site: &Site) -> Response {
    if site.streams.fetch_add(1, Ordering::SeqCst) >= STREAMS {
        site.streams.fetch_sub(1, Ordering::SeqCst);
        return status(503, &t!("serve-too-many"));
    }
    let events = Events::new(site.shared.follow(), site.streams.clone());
    let mut r = response(200, events.boxed_unsync(), "text/event-stream", PAGE_POLICY);
    set(&mut r, "Cache-Control", "no-store");
    r
}

#[cfg(test)]
mod tests {
    use super::decoded;

    #[test]
    fn only_plain_relative_names_are_decoded() {
        assert_eq!(decoded("2025/a/b.svg").as_deref(), Some("2025/a/b.svg"));
        assert_eq!(
            decoded("2025/t%E1%BB%95ng.pdf").as_deref(),
            Some("2025/tổng.pdf")
        );
        for bad in [
            "",
            "../x",
            "a/../x",
            "%2e%2e/x",
            "a/%2E%2E%2Fx",
            "/etc/passwd",
            "%2fetc/passwd",
            "a//b",
            "./a",
            "a/.",
            "a%5cb",
            "a%00b",
            "%ff",
            "a/",
        ] {
            assert_eq!(decoded(bad), None, "{bad}");
        }
    }
}
