//! Giving the heap memory a large, passing piece of work freed back to the operating system.
//!
//! Reading the whole log at start-up (and a full recount) allocates and frees tens of MiB on
//! worker threads: Arrow batches, decoded events, DuckDB's scan buffers. glibc keeps what is
//! freed in its per-thread arenas, below memory still in use, so the process's resident memory
//! stays near its peak although the memory is free. Measured on ten years of training: the
//! window's resident memory 175 → 168 MiB once the read's freed memory is handed back (the read
//! alone, without the window: 12 MiB). `malloc_trim` hands the free pages of every arena back. Elsewhere (other C libraries, macOS, Windows) this does
//! nothing: their allocators return memory by their own rules.
//!
//! glibc also gives each thread that allocates while another holds the lock an arena of its
//! own, up to eight per core: the reader and folder of the log, the recount, the writer and
//! Mesa's rendering threads each keep freed memory apart, and the start-up peak is the sum of
//! their high-water marks. Two arenas, set before any thread starts ([`limit_arenas`]):
//! the ten-year window's peak 179 → 166 MiB, its start-up as fast (one arena: 165 MiB, but a
//! million events ready in 1.2–1.7 s instead of 0.8–0.9 s, the threads waiting on its lock).

/// Returns the free pages of the heap to the operating system; takes a few milliseconds. Call
/// it after a large piece of work, on the thread that did it.
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists, under the allocator's
    // locks; it is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Caps glibc's heap at two arenas (see the module's note). Call it first thing in `main`,
/// before any thread is started: arenas already made stay.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt sets a tunable of the allocator under the allocator's own lock.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}
