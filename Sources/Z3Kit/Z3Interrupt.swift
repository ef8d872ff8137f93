import CZ3
import Foundation
import Synchronization

/// The raw context handed to the watcher thread: `Z3_interrupt` is the one
/// call Z3 allows from another thread.
private struct InterruptTarget: @unchecked Sendable { let raw: Z3_context }

extension Z3Context {
  /// Runs `body` while a watcher thread polls `shouldStop` every `pollMs`
  /// milliseconds; once it returns true, the watcher interrupts Z3
  /// (`Z3_interrupt`), so a check under way returns `unknown` ("canceled")
  /// instead of running to its time limit. The watcher is stopped and
  /// joined before this returns, so it never outlives the context.
  public func interruptible<T, E: Error>(when shouldStop: @escaping @Sendable () -> Bool, pollMs: UInt32 = 20,
                                         _ body: () throws(E) -> T) throws(E) -> T {
    let target = InterruptTarget(raw: raw)
    let state = WatcherState()
    let thread = Thread {
      while !state.done.load(ordering: .acquiring) {
        if shouldStop() { Z3_interrupt(target.raw) }
        usleep(pollMs * 1000)
      }
      state.finished.signal()
    }
    thread.name = "z3-interrupt-watcher"
    thread.start()
    defer {
      state.done.store(true, ordering: .releasing)
      state.finished.wait()
    }
    return try body()
  }
}

private final class WatcherState: Sendable {
  let done = Atomic<Bool>(false)
  let finished = DispatchSemaphore(value: 0)
}
