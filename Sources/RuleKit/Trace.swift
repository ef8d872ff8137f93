/// One step of a trace: which actor did what. Enough to find the rule again
/// in a freshly built model, so traces replay deterministically.
public struct TraceStep: Codable, Sendable, Hashable {
  public let actor: String
  /// The actor's program-counter label when the step fired.
  public let at: String
  /// The kernel-level event name of the rule.
  public let rule: String
  public let args: [String: Int]

  public init(actor: String, at: String, rule: String, args: [String: Int]) {
    self.actor = actor; self.at = at; self.rule = rule; self.args = args
  }

  public init(model: Model, rule index: Int) {
    let r = model.rules[index]
    self.init(actor: model.actors[r.actor].name, at: model.actors[r.actor].pcLabels[r.pc], rule: r.name,
              args: Dictionary(uniqueKeysWithValues: r.args.map { ($0.name, $0.value) }))
  }
}

/// How a property was found violated at the end of a trace.
public struct Violation: Codable, Sendable, Hashable {
  public enum Kind: String, Codable, Sendable {
    /// The last state breaks an invariant.
    case invariant
    /// The last step fired with a failed assertion (a `BUG_ON`).
    case assertion
    /// In the last state no rule is enabled but some actor is not done.
    case deadlock
    /// Every actor is done and the end-state condition fails.
    case termination
  }
  public let property: String
  public let kind: Kind
  public let message: String
  public init(property: String, kind: Kind, message: String) {
    self.property = property; self.kind = kind; self.message = message
  }
}

/// A run of the model from its initial state: the steps and, for a
/// counterexample, the violation it ends in. Every engine produces this type.
public struct Trace: Codable, Sendable, Hashable {
  public var steps: [TraceStep]
  public var violation: Violation?
  public init(steps: [TraceStep], violation: Violation? = nil) { self.steps = steps; self.violation = violation }
}

/// Why a trace does not replay.
public struct ReplayError: Error, CustomStringConvertible, Sendable {
  public let stepIndex: Int
  public let step: TraceStep
  public let reason: String
  public var description: String {
    "step \(stepIndex + 1) (\(step.actor) \(step.rule) at \(step.at)): \(reason)"
  }
}

extension Model {
  /// Replays `steps` from the initial state with the reference (tree-walking)
  /// evaluator. Returns every state, initial first, and the rule indices.
  public func replay(_ steps: [TraceStep]) throws(ReplayError) -> (states: [[UInt8]], rules: [Int]) {
    var states = [initial]
    var rules: [Int] = []
    for (i, st) in steps.enumerated() {
      let s = states[states.count - 1]
      guard actors.contains(where: { $0.name == st.actor }) else {
        throw ReplayError(stepIndex: i, step: st, reason: "no actor named \(st.actor) in this model")
      }
      guard let r = rule(actor: st.actor, at: st.at, name: st.rule, args: st.args, enabledIn: s) else {
        throw ReplayError(stepIndex: i, step: st, reason: "not enabled in the state reached so far")
      }
      rules.append(r)
      states.append(apply(r, s))
    }
    return (states, rules)
  }

  /// The assertions of `rule` that fail when it fires from `state`.
  public func failedAssertions(_ rule: Int, _ state: [UInt8]) -> [Assertion] {
    rules[rule].assertions.filter { $0.condition.evaluate(layout, state) == 0 }
  }

  /// Whether some rule is enabled in `state`.
  public func anyEnabled(_ state: [UInt8]) -> Bool {
    rules.indices.contains { guardHolds($0, state) }
  }

  /// Checks that a trace ends in the violation it claims, with the reference
  /// evaluator. Returns nil when it does, else what went wrong.
  public func confirmViolation(_ trace: Trace) -> String? {
    guard let v = trace.violation else { return "the trace claims no violation" }
    let replayed: (states: [[UInt8]], rules: [Int])
    do { replayed = try replay(trace.steps) } catch { return error.description }
    let last = replayed.states[replayed.states.count - 1]
    guard let p = property(v.property) else { return "unknown property \(v.property)" }
    switch v.kind {
    case .invariant:
      guard let inv = p.invariant else { return "\(p.id) has no invariant" }
      return inv.evaluate(layout, last) == 0 ? nil : "the last state satisfies \(p.id)"
    case .assertion:
      guard let r = replayed.rules.last else { return "no step" }
      let before = replayed.states[replayed.states.count - 2]
      return failedAssertions(r, before).contains { $0.property == p.id } ? nil : "the last step's assertions of \(p.id) hold"
    case .deadlock:
      if allDone.evaluate(layout, last) != 0 { return "every actor is done" }
      return anyEnabled(last) ? "a rule is still enabled" : nil
    case .termination:
      guard let t = p.atTermination else { return "\(p.id) has no end-state condition" }
      if allDone.evaluate(layout, last) == 0 { return "not every actor is done" }
      return t.evaluate(layout, last) == 0 ? nil : "the end state satisfies \(p.id)"
    }
  }
}
