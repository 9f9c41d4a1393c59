//! Panic containment around third-party parsing of hostile input.

/// Runs `f`, turning a panic into an error message without printing it.
///
/// The panic hook is process-wide, so it is replaced once by one that stays silent for
/// threads inside this function and defers to the previous hook everywhere else; that
/// keeps extractions on many threads independent.
///
/// Under `cfg(fuzzing)` nothing is caught, so that the fuzzer sees every panic.
#[cfg(fuzzing)]
pub(crate) fn silent_catch_unwind<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    Ok(f())
}

/// See the `cfg(fuzzing)` twin above.
#[cfg(not(fuzzing))]
pub(crate) fn silent_catch_unwind<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    use std::cell::Cell;
    use std::sync::Once;
    thread_local! {
        static CONTAINED: Cell<bool> = const { Cell::new(false) };
    }
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !CONTAINED.with(Cell::get) {
                previous(info);
            }
        }));
    });
    let outer = CONTAINED.with(|c| c.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(outer));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string())
    })
}
