//! The two bodies the page streams: a file of the output folder, a piece at a time, and
//! the server-sent events that tell the page the state moved on.

use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use std::future::Future;
use std::io::Read;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::watch;

/// A stream says it is alive this often, so that a closed page's stream ends.
const KEEPALIVE: Duration = Duration::from_secs(15);

/// A file, read 64 KiB at a time as the connection takes it (a print file may be large).
pub struct FileBody {
    file: std::fs::File,
    left: u64,
}

impl FileBody {
    pub fn new(file: std::fs::File) -> FileBody {
        let left = file.metadata().map(|m| m.len()).unwrap_or(0);
        FileBody { file, left }
    }
}

impl Body for FileBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        // A local file's read is short: done here rather than on a thread of its own.
        let mut buf = vec![0; 64 << 10];
        let want = (self.left.min(buf.len() as u64)) as usize;
        if want == 0 {
            return Poll::Ready(None);
        }
        match self.file.read(&mut buf[..want]) {
            Ok(0) => Poll::Ready(Some(Err(std::io::ErrorKind::UnexpectedEof.into()))),
            Ok(n) => {
                self.left -= n as u64;
                buf.truncate(n);
                Poll::Ready(Some(Ok(Frame::data(Bytes::from(buf)))))
            }
            Err(e) => Poll::Ready(Some(Err(e))),
        }
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.left)
    }
}

/// What the events wait for: the next version, or the keepalive's time, with the
/// receiver handed back.
type Waiting = Pin<Box<dyn Future<Output = (watch::Receiver<u64>, Option<bool>)> + Send>>;

/// The server-sent events of one page: `data: VERSION` now and at each change.
pub struct Events {
    rx: Option<watch::Receiver<u64>>,
    waiting: Option<Waiting>,
    started: bool,
    /// The count of open streams, one less when this one ends.
    open: Arc<AtomicUsize>,
}

impl Events {
    pub fn new(rx: watch::Receiver<u64>, open: Arc<AtomicUsize>) -> Events {
        Events {
            rx: Some(rx),
            waiting: None,
            started: false,
            open,
        }
    }
}

impl Body for Events {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        let event = |text: String| Poll::Ready(Some(Ok(Frame::data(Bytes::from(text)))));
        if !self.started {
            self.started = true;
            let now = self.rx.as_mut().map_or(0, |rx| *rx.borrow_and_update());
            return event(format!("retry: 500\ndata: {now}\n\n"));
        }
        if self.waiting.is_none() {
            let Some(mut rx) = self.rx.take() else {
                return Poll::Ready(None);
            };
            self.waiting = Some(Box::pin(async move {
                let changed = tokio::time::timeout(KEEPALIVE, rx.changed()).await;
                // Some(true): changed; Some(false): the server ends; None: time to say alive.
                (rx, changed.ok().map(|r| r.is_ok()))
            }));
        }
        let Some(waiting) = self.waiting.as_mut() else {
            return Poll::Ready(None);
        };
        let (mut rx, changed) = std::task::ready!(waiting.as_mut().poll(cx));
        self.waiting = None;
        let now = *rx.borrow_and_update();
        self.rx = Some(rx);
        match changed {
            Some(true) => event(format!("data: {now}\n\n")),
            Some(false) => Poll::Ready(None),
            None => event(": alive\n\n".to_string()),
        }
    }
}

impl Drop for Events {
    fn drop(&mut self) {
        self.open.fetch_sub(1, Ordering::SeqCst);
    }
}
