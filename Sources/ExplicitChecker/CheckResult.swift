import RuleKit

/// Limits and reporting for one exploration; every field has a default.
public struct CheckOptions: Sendable {
  /// Stop after this many distinct states (verdicts not yet violated become unknown).
  public var maxStates: Int? = nil
  /// Do not expand states at this BFS depth or deeper.
  public var maxDepth: Int? = nil
  /// Seconds between progress reports.
  public var progressInterval: Double = 2.0
  /// Evaluate every invariant in full on every new state instead of only the
  /// conjuncts a step can change (slower; used to cross-check the latter).
  public var fullInvariantChecks = false
  /// Looked at between batches of states: once set, the search stops and
  /// reports what it found (`stoppedBy` "interrupted"; the properties not
  /// yet violated are unknown).
  public var interrupt: InterruptFlag = .process
  public init(maxStates: Int? = nil, maxDepth: Int? = nil, progressInterval: Double = 2.0, fullInvariantChecks: Bool = false,
              interrupt: InterruptFlag = .process) {
    self.maxStates = maxStates; self.maxDepth = maxDepth; self.progressInterval = progressInterval
    self.fullInvariantChecks = fullInvariantChecks; self.interrupt = interrupt
  }
}

/// The outcome for one property.
public struct PropertyResult: Sendable {
  public let property: String
  public let verdict: Verdict
  /// The shortest counterexample, when violated.
  public let trace: Trace?
}

/// How often one rule fired (counting every transition, duplicates included).
public struct RuleCoverage: Sendable {
  public let rule: Int
  public let fired: Int
}

/// Exploration statistics.
public struct CheckStats: Sendable {
  public var states = 0
  public var transitions = 0
  /// Deepest BFS level reached (length of the longest shortest path).
  public var depth = 0
  public var seconds = 0.0
  public var statesPerSecond: Double { seconds > 0 ? Double(states) / seconds : 0 }
  /// Processor time of the search (this thread), in seconds.
  public var cpuSeconds = 0.0
  /// Bytes the search held at its end: fingerprint table, parent links,
  /// frontier buffers (states themselves are kept only in the frontier).
  public var memoryBytes = 0
  public var bytesPerState: Double { states > 0 ? Double(memoryBytes) / Double(states) : 0 }
  /// Upper bound on the probability that two distinct states shared a
  /// fingerprint and one was never explored: lookups × states / 2^64.
  public var collisionProbability: Double { Double(transitions) * Double(states) / 18_446_744_073_709_551_616.0 }
  /// Whether the whole reachable state space was explored.
  public var complete = true
  /// Which limit stopped the search, if any ("max-states N", "max-depth N",
  /// "model error", "interrupted").
  public var stoppedBy: String? = nil
  /// Whether an interrupt (`CheckOptions.interrupt`) stopped the search.
  public var interrupted: Bool { stoppedBy == "interrupted" }
}

/// Everything one explicit-state run established.
public struct CheckResult: Sendable {
  public let properties: [PropertyResult]
  public let stats: CheckStats
  public let coverage: [RuleCoverage]
  /// A modelling error (a rule wrote outside a domain), if the run hit one.
  public let modelError: ModelError?

  public func result(for property: String) -> PropertyResult? { properties.first { $0.property == property } }
}

/// Progress of a running search, reported every few seconds.
public struct CheckProgress: Sendable {
  public let states: Int
  public let transitions: Int
  public let depth: Int
  public let frontier: Int
  public let seconds: Double
  public let violations: Int
}
