import CZ3
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What the watcher thread reads: the raw context (`Z3_interrupt` is the one
/// call Z3 allows from another thread), the predicate, and when to stop.
private final class Watcher: @unchecked Sendable {
  let raw: Z3_context
  let shouldStop: @Sendable () -> Bool
  let pollMicroseconds: UInt32
  let done = Atomic<Bool>(false)
  init(raw: Z3_context, shouldStop: @escaping @Sendable () -> Bool, pollMicroseconds: UInt32) {
    self.raw = raw; self.shouldStop = shouldStop; self.pollMicroseconds = pollMicroseconds
  }
}

extension Z3Context {
  /// Runs `body` while a watcher thread polls `shouldStop` every `pollMs`
  /// milliseconds; once it returns true, the watcher interrupts Z3
  /// (`Z3_interrupt`), so a check under way returns `unknown` ("canceled")
  /// instead of running to its time limit. The watcher is joined before
  /// this returns, so it never outlives the context.
  public func interruptible<T, E: Error>(when shouldStop: @escaping @Sendable () -> Bool, pollMs: UInt32 = 20,
                                         _ body: () throws(E) -> T) throws(E) -> T {
    let watcher = Watcher(raw: raw, shouldStop: shouldStop, pollMicroseconds: pollMs * 1000)
    var thread = pthread_t()
    let started = pthread_create(&thread, nil, { arg in
      let w = Unmanaged<Watcher>.fromOpaque(arg!).takeRetainedValue()
      while !w.done.load(ordering: .acquiring) {
        if w.shouldStop() { Z3_interrupt(w.raw) }
        usleep(w.pollMicroseconds)
      }
      return nil
    }, Unmanaged.passRetained(watcher).toOpaque())
    defer {
      if started == 0 {
        watcher.done.store(true, ordering: .releasing)
        pthread_join(thread, nil)
      }
    }
    // Without a watcher (no thread to be had) the run is only stopped between queries.
    if started != 0 { Unmanaged.passUnretained(watcher).release() }
    return try body()
  }
}
