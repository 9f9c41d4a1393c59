//! Many inputs in parallel, results handed on in input order, in bounded memory.
//!
//! A batch of thousands of reports must not hold every result until the end. Workers take
//! the inputs in order, but a worker only starts input `i` once fewer than `window` results
//! are waiting or being made ahead of the next one to hand on; the caller's sink gets each
//! result as soon as every result before it has been handed on. So at most `window` results
//! exist at any time, whatever the number of inputs, and a slow input holds up the others
//! by at most `window` places.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex, PoisonError};

/// Runs `work` over `items` on `threads` threads and calls `sink` with each result in the
/// order of `items`, keeping at most `window` results in memory.
///
/// `sink` may stop the batch by returning [`ControlFlow::Break`] (a write that failed):
/// no new work starts, the workers finish what they hold, and the value is returned.
/// `threads` and `window` are taken as at least 1; one thread runs everything on the
/// calling thread.
///
/// ```
/// use std::ops::ControlFlow;
/// let mut seen = Vec::new();
/// let out: Option<()> = ambtsreizen::batch::for_each_ordered(&[3, 1, 2], 2, 2, |n| n * 10, |i, r| {
///     seen.push((i, r));
///     ControlFlow::Continue(())
/// });
/// assert_eq!(out, None);
/// assert_eq!(seen, [(0, 30), (1, 10), (2, 20)]);
/// ```
pub fn for_each_ordered<T, R, B, W, S>(items: &[T], threads: usize, window: usize, work: W, mut sink: S) -> Option<B>
where
    T: Sync,
    R: Send,
    W: Fn(&T) -> R + Sync,
    S: FnMut(usize, R) -> ControlFlow<B>,
{
    let threads = threads.clamp(1, items.len().max(1));
    let window = window.max(1);
    if threads == 1 {
        for (i, item) in items.iter().enumerate() {
            if let ControlFlow::Break(b) = sink(i, work(item)) {
                return Some(b);
            }
        }
        return None;
    }

    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // How many results have been handed to the sink; workers wait on it.
    let handed = Mutex::new(0usize);
    let moved = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, R)>();

    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, stop, handed, moved, work) = (&next, &stop, &handed, &moved, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= items.len() {
                    break;
                }
                {
                    let mut done = handed.lock().unwrap_or_else(PoisonError::into_inner);
                    while i >= *done + window && !stop.load(Ordering::SeqCst) {
                        done = moved.wait(done).unwrap_or_else(PoisonError::into_inner);
                    }
                }
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                if tx.send((i, work(&items[i]))).is_err() {
                    break;
                }
            });
        }
        drop(tx);

        let mut pending: BTreeMap<usize, R> = BTreeMap::new();
        let mut expected = 0usize;
        let mut outcome = None;
        // Ends when every worker has finished (all senders dropped).
        for (i, result) in rx.iter() {
            if outcome.is_some() {
                continue;
            }
            pending.insert(i, result);
            while let Some(result) = pending.remove(&expected) {
                let flow = sink(expected, result);
                expected += 1;
                *handed.lock().unwrap_or_else(PoisonError::into_inner) = expected;
                moved.notify_all();
                if let ControlFlow::Break(b) = flow {
                    outcome = Some(b);
                    stop.store(true, Ordering::SeqCst);
                    moved.notify_all();
                    pending.clear();
                    break;
                }
            }
        }
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn results_come_in_input_order_whatever_the_finishing_order() {
        let items: Vec<u64> = (0..200).collect();
        let mut got = Vec::new();
        let out: Option<()> = for_each_ordered(
            &items,
            4,
            8,
            |&n| {
                // Later items finish sooner, so reordering is needed.
                std::thread::sleep(std::time::Duration::from_micros((200 - n) * 20));
                n * 2
            },
            |i, r| {
                got.push((i, r));
                ControlFlow::Continue(())
            },
        );
        assert_eq!(out, None);
        let want: Vec<(usize, u64)> = items.iter().map(|&n| (n as usize, n * 2)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn never_more_than_the_window_in_memory() {
        let items: Vec<usize> = (0..300).collect();
        let alive = AtomicUsize::new(0);
        let peak = AtomicUsize::new(0);
        struct Held<'a>(&'a AtomicUsize);
        impl Drop for Held<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::SeqCst);
            }
        }
        for_each_ordered::<_, _, (), _, _>(
            &items,
            3,
            5,
            |&n| {
                let now = alive.fetch_add(1, Ordering::SeqCst) + 1;
                peak.fetch_max(now, Ordering::SeqCst);
                if n % 7 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                Held(&alive)
            },
            |_, held| {
                drop(held);
                ControlFlow::Continue(())
            },
        );
        let peak = peak.load(Ordering::SeqCst);
        assert!(peak <= 5, "peak {peak} results alive with a window of 5");
        assert!(peak >= 2, "ran in parallel (peak {peak})");
        assert_eq!(alive.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn a_break_stops_new_work_and_is_returned() {
        let items: Vec<usize> = (0..1000).collect();
        let started = AtomicUsize::new(0);
        let out = for_each_ordered(
            &items,
            2,
            4,
            |&n| {
                started.fetch_add(1, Ordering::SeqCst);
                n
            },
            |i, _| if i == 10 { ControlFlow::Break("full disk") } else { ControlFlow::Continue(()) },
        );
        assert_eq!(out, Some("full disk"));
        assert!(started.load(Ordering::SeqCst) <= 10 + 1 + 4 + 2, "work went on after the break");
    }

    #[test]
    fn one_thread_and_empty_input() {
        let mut got = Vec::new();
        for_each_ordered::<_, _, (), _, _>(
            &[1, 2, 3],
            1,
            1,
            |n| n + 1,
            |_, r| {
                got.push(r);
                ControlFlow::Continue(())
            },
        );
        assert_eq!(got, [2, 3, 4]);
        let none: Option<()> = for_each_ordered(&[] as &[u8], 4, 4, |n| *n, |_, _| ControlFlow::Continue(()));
        assert_eq!(none, None);
    }
}
