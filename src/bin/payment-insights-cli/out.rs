//! Standard output and error that a closed pipe cannot crash. `println!` panics when the reader
//! has gone (`payment-insights-cli predict --out p.csv | head -1`); these writers notice the
//! closed pipe once, drop the rest of the text and let the command finish its files. Any other
//! write error is kept for `main` to report.

use std::io::{ErrorKind, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Standard output was closed by its reader: nothing more is written to it.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
/// The first write error that was not a closed pipe (a full disk behind `> file`).
static STDOUT_ERROR: Mutex<Option<std::io::Error>> = Mutex::new(None);

/// Writes to standard output (what `out!`/`outln!` call).
pub fn stdout(args: std::fmt::Arguments) {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut lock = std::io::stdout().lock();
    if let Err(e) = lock.write_fmt(args) {
        stop(e);
    }
}

/// Writes to standard error (what `errln!` calls); a closed standard error is ignored.
pub fn stderr(args: std::fmt::Arguments) {
    let _ = std::io::stderr().lock().write_fmt(args);
}

fn stop(error: std::io::Error) {
    STDOUT_CLOSED.store(true, Ordering::Relaxed);
    if error.kind() != ErrorKind::BrokenPipe
        && let Ok(mut first) = STDOUT_ERROR.lock()
        && first.is_none()
    {
        *first = Some(error);
    }
}

/// Flushes standard output at the end of the program. A closed pipe is not an error (the
/// reader took what it wanted); another write error is returned.
pub fn finish() -> std::io::Result<()> {
    if !STDOUT_CLOSED.load(Ordering::Relaxed)
        && let Err(e) = std::io::stdout().lock().flush()
    {
        stop(e);
    }
    match STDOUT_ERROR.lock().ok().and_then(|mut e| e.take()) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
