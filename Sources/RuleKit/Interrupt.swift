import Synchronization

/// A request to stop a search early, keeping what it found: the explicit
/// engine looks at it between batches of states, the symbolic engine
/// between depths (and interrupts Z3 while it solves).
///
/// `InterruptFlag.process` is the one the command line's SIGINT and SIGTERM
/// handlers set; an engine reads the flag its options name, so a test can
/// give a search a flag of its own without touching the process-wide one.
/// Setting and reading are single atomic operations (no lock, no
/// allocation), so a signal handler may set it.
public final class InterruptFlag: Sendable {
  /// 0 while not set; otherwise the signal number, or -1 when set without one.
  private let raw = Atomic<Int32>(0)

  public init() {}

  /// The flag of this process: set by the command line's signal handlers.
  public static let process = InterruptFlag()

  /// Whether a stop was requested.
  @inline(__always) public var isSet: Bool { raw.load(ordering: .relaxed) != 0 }

  /// The signal that requested the stop (nil when not set, or set without one).
  public var signal: Int32? {
    let v = raw.load(ordering: .acquiring)
    return v > 0 ? v : nil
  }

  /// Requests a stop; returns true for the first request, false when one was
  /// already pending (the caller may then give up waiting).
  @discardableResult public func set(signal: Int32 = -1) -> Bool {
    raw.compareExchange(expected: 0, desired: signal == 0 ? -1 : signal, ordering: .acquiringAndReleasing).exchanged
  }

  /// Withdraws the request (tests; a command runs once per process).
  public func clear() { raw.store(0, ordering: .releasing) }
}
