import ExplicitChecker
import RuleKit
import SymbolicChecker
import Z3Kit

/// What one engine established about one property, in the units both
/// engines share: steps of a trace.
///
/// Lengths count every step of the trace, an assertion's failing step
/// included (the explicit engine's trace and the one decoded from Z3 are
/// the same kind of `Trace`). BMC's own "depth" is the depth of the state a
/// property fails in; an assertion (a `BUG_ON` in a step) fails on the step
/// *from* that state, so its trace is one step longer than that depth: the
/// off-by-one between "violated at depth 5" and "6 steps".
public struct EngineOutcome: Sendable {
  /// The shortest counterexample this engine found, if it found one.
  public var trace: Trace?
  /// How far the engine's "no violation" reaches, as a BMC depth: every
  /// state at most this deep was checked, so every counterexample that fails
  /// in such a state (`failingDepth`) would have been found. nil: every
  /// reachable state (an exhaustive search, or BMC to the diameter).
  public var coverage: Int?

  public init(trace: Trace?, coverage: Int?) { self.trace = trace; self.coverage = coverage }

  public var violated: Bool { trace != nil }
  /// Steps of the counterexample.
  public var steps: Int? { trace?.steps.count }
  /// The depth of the state in which the counterexample fails: its steps,
  /// less the failing step of an assertion.
  public var failingDepth: Int? { trace.map { EngineComparison.failingDepth(of: $0) } }

  /// "violated (24 steps)", "holds (every state)", "no violation to depth 12".
  public var summary: String {
    if let steps { return "violated (\(steps) steps)" }
    guard let coverage else { return "holds" }
    return coverage < 0 ? "nothing checked" : "none to depth \(coverage)"
  }
}

/// The depth of the state in which `t` fails (see `EngineOutcome`).
public func failingDepth(of t: Trace) -> Int {
  t.violation?.kind == .assertion ? t.steps.count - 1 : t.steps.count
}

/// The verdict of comparing two engines on one property.
public enum Agreement: Sendable, Equatable {
  /// Same verdict, and for a violation the same shortest length, with
  /// nothing left unchecked by either.
  case agree
  /// No contradiction, but one engine only reached this depth (say BMC
  /// within its budget): both agree on every counterexample failing at most
  /// this deep, and nothing is claimed beyond.
  case agreeToDepth(Int)
  /// A contradiction: one engine's counterexample within the other's reach,
  /// or two shortest lengths that differ.
  case disagree(String)

  public var isDisagreement: Bool { if case .disagree = self { return true } else { return false } }

  /// "agree", "agree to depth 12", "DISAGREE: …".
  public var description: String {
    switch self {
    case .agree: return "agree"
    case .agreeToDepth(let k): return "agree to depth \(k)"
    case .disagree(let why): return "DISAGREE: \(why)"
    }
  }

  /// The JSON word: "agree", "agree-to-depth", "disagree".
  public var kind: String {
    switch self {
    case .agree: return "agree"
    case .agreeToDepth: return "agree-to-depth"
    case .disagree: return "disagree"
    }
  }
}

/// Compares what the explicit engine and Z3 said about one property.
///
/// Two counterexamples agree when they have the same number of steps (both
/// engines find shortest ones). A counterexample of one engine that fails
/// within the other's coverage is a disagreement (the other should have
/// found one at least as short); one beyond it is not compared, and the
/// agreement is only to the depth the other reached. Two "no violation"s
/// agree to the smaller coverage (fully when both cover every state).
public func compareOutcomes(explicit e: EngineOutcome, symbolic s: EngineOutcome) -> Agreement {
  switch (e.trace, s.trace) {
  case let (et?, st?):
    if et.steps.count == st.steps.count { return .agree }
    return .disagree("shortest counterexample: explicit \(et.steps.count) steps, Z3 \(st.steps.count) steps")
  case let (et?, nil):
    let d = failingDepth(of: et)
    guard let c = s.coverage else { return .disagree("explicit violates it in \(et.steps.count) steps; Z3 found no violation at any depth") }
    if d <= c { return .disagree("explicit violates it in \(et.steps.count) steps (failing at depth \(d)); Z3 found none to depth \(c)") }
    return .agreeToDepth(c)
  case let (nil, st?):
    let d = failingDepth(of: st)
    guard let c = e.coverage else { return .disagree("Z3 violates it in \(st.steps.count) steps; the explicit search of every reachable state found none") }
    if d <= c { return .disagree("Z3 violates it in \(st.steps.count) steps (failing at depth \(d)); explicit found none to depth \(c)") }
    return .agreeToDepth(c)
  case (nil, nil):
    switch (e.coverage, s.coverage) {
    case (nil, nil): return .agree
    case let (c?, nil), let (nil, c?): return .agreeToDepth(c)
    case let (a?, b?): return .agreeToDepth(min(a, b))
    }
  }
}

/// Options of a cross-check; every field has a default.
public struct CrossCheckOptions: Sendable {
  /// Never unroll BMC deeper than this (nil: to the explicit diameter).
  public var maxDepth: Int? = nil
  /// Seconds BMC may take per spec; where the diameter is out of reach the
  /// comparison is to the depth reached.
  public var budgetSeconds: Double = 60
  /// Limits of the explicit search (the spec's own by default).
  public var maxStates: Int? = nil
  public var interrupt: InterruptFlag = .process
  public init(maxDepth: Int? = nil, budgetSeconds: Double = 60, maxStates: Int? = nil, interrupt: InterruptFlag = .process) {
    self.maxDepth = maxDepth; self.budgetSeconds = budgetSeconds; self.maxStates = maxStates; self.interrupt = interrupt
  }
}

/// One property compared.
public struct PropertyComparison: Sendable {
  public let property: String
  public let explicit: EngineOutcome
  public let symbolic: EngineOutcome
  /// Z3's own result (its reason when unknown, its depth).
  public let prove: ProveResult
  public let agreement: Agreement
}

/// One spec cross-checked: both engines' runs and the comparison per property.
public struct SpecCrossCheck: Sendable {
  public let explicit: CheckResult
  /// The explicit search's diameter: the deepest BFS level (every reachable
  /// state is at most this many steps from the initial one).
  public let diameter: Int
  /// The BMC depth asked for: the diameter, or `maxDepth` if smaller.
  public let targetDepth: Int
  /// The deepest BMC depth completed for the properties still open (the
  /// target when BMC got there, or when every property was violated first).
  public let reachedDepth: Int
  public let bmcSeconds: Double
  public let comparisons: [PropertyComparison]

  public var agrees: Bool { !comparisons.contains { $0.agreement.isDisagreement } }
}

/// Runs both engines on `model` and compares them, property by property.
///
/// The explicit engine explores every reachable state (within the spec's
/// limits); its diameter is how deep BMC must go to cover the same states:
/// every reachable state is then some BMC step's state, so a BMC "no
/// violation" to the diameter is as complete as the exhaustive search.
/// BMC runs to the diameter (or `maxDepth`) within `budgetSeconds`.
public func crossCheck(model: Model, properties: [String], options: CrossCheckOptions = CrossCheckOptions(),
                       explicitOptions: CheckOptions = CheckOptions(),
                       clock: @escaping @Sendable () -> Double) throws(Z3Error) -> SpecCrossCheck {
  var eo = explicitOptions
  eo.interrupt = options.interrupt
  if let m = options.maxStates { eo.maxStates = m }
  let explicit = BFSChecker(CompiledModel(model), options: eo, properties: Set(properties)).run()
  let stats = explicit.stats
  let diameter = stats.depth
  let target = min(diameter, options.maxDepth ?? diameter)
  // BMC's depth covers every state to it; the explicit engine's, when it
  // stopped early, the levels it expanded in full (the states one level
  // deeper were made but not expanded: no assertion or deadlock checked there).
  let explicitCoverage: Int? = stats.complete ? nil : max(-1, stats.depth - 1)
  let prover = BoundedModelChecker(
    model: model,
    options: ProveOptions(depth: target, timeoutMs: UInt32(max(1, options.budgetSeconds) * 1000), induction: false,
                          budgetSeconds: options.budgetSeconds, interrupt: options.interrupt),
    properties: properties)
  let t0 = clock()
  let symbolic = try prover.run(clock: clock)
  let bmcSeconds = clock() - t0
  var comparisons: [PropertyComparison] = []
  var reached = target
  for s in symbolic {
    guard let e = explicit.result(for: s.property) else { continue }
    let sCoverage: Int?
    switch s.verdict {
    case .violated: sCoverage = nil  // not used: the trace is compared
    case .holds:
      // To the diameter of a complete search: every reachable state checked.
      sCoverage = stats.complete && s.depth >= diameter ? nil : s.depth
    case .unknown:
      sCoverage = s.depth
      reached = min(reached, s.depth)
    }
    let eOutcome = EngineOutcome(trace: e.trace, coverage: e.trace == nil ? explicitCoverage : nil)
    let sOutcome = EngineOutcome(trace: s.trace, coverage: sCoverage)
    comparisons.append(PropertyComparison(property: s.property, explicit: eOutcome, symbolic: sOutcome, prove: s,
                                          agreement: compareOutcomes(explicit: eOutcome, symbolic: sOutcome)))
  }
  return SpecCrossCheck(explicit: explicit, diameter: diameter, targetDepth: target, reachedDepth: reached,
                        bmcSeconds: bmcSeconds, comparisons: comparisons)
}
