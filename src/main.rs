use std::process::ExitCode;

/// Returns the status rather than calling `process::exit`, so that
/// destructors run (temporary files and folders are removed).
fn main() -> ExitCode {
    ExitCode::from(ctg::app::run())
}
