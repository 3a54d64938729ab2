//! How a record's file is opened: never waiting on a FIFO, and looked at
//! through its descriptor rather than by a second look-up of its path.

use std::fs::File;
use std::path::Path;

/// `full`, opened for reading without waiting for a FIFO's writer and
/// without becoming a terminal's controlling process (`O_NONBLOCK`, which
/// changes nothing for a regular file, and `O_NOCTTY`). What it is, the
/// caller asks of the open file.
pub fn open_without_waiting(full: &Path) -> std::io::Result<File> {
    #[cfg(unix)]
    {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
        rustix::fs::open(full, flags, Mode::empty())
            .map(File::from)
            .map_err(std::io::Error::from)
    }
    // Elsewhere, the path is looked at first (no FIFO to wait on is opened).
    #[cfg(not(unix))]
    {
        if !std::fs::metadata(full)?.is_file() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "not a regular file",
            ));
        }
        File::open(full)
    }
}
