import RuleKit
import Z3Kit

/// Options of a symbolic run; every field has a default.
public struct ProveOptions: Sendable {
  /// Unroll this many steps (BMC) and try induction up to this depth.
  public var depth: Int = 20
  /// Per-query time limit in milliseconds (0 = none). A query that hits it
  /// gives `unknown`.
  public var timeoutMs: UInt32 = 60_000
  /// Try k-induction for the properties that hold to `depth`.
  public var induction: Bool = true
  /// Largest k tried by induction (never more than `depth`). Induction
  /// queries have no initial state to prune them and grow fast with k.
  public var maxInduction: Int = 4
  /// Also write each verdict's obligation as SMT-LIB 2 (`ProveResult.obligations`).
  public var emit: Bool = false
  public init(depth: Int = 20, timeoutMs: UInt32 = 60_000, induction: Bool = true, maxInduction: Int = 4, emit: Bool = false) {
    self.depth = depth; self.timeoutMs = timeoutMs; self.induction = induction; self.maxInduction = maxInduction
    self.emit = emit
  }
}

/// The symbolic outcome for one property.
public struct ProveResult: Sendable {
  public let property: String
  public let verdict: Verdict
  /// "z3-bmc", or "z3-kind" when induction proved it for every depth.
  public let engine: String
  /// Steps explored without a violation (or the violation's depth).
  public let depth: Int
  /// k of the k-induction proof, when it closed.
  public let inductionDepth: Int?
  /// The counterexample, decoded from the Z3 model into the common trace type.
  public let trace: Trace?
  /// Why the verdict is unknown.
  public let reason: String?
  public let seconds: Double
  /// With `ProveOptions.emit`: the obligations behind the verdict.
  public var obligations: [Obligation] = []

  /// "violated at depth 22", "proved for every depth (3-induction)", "holds to depth 20".
  public var bound: String {
    switch verdict {
    case .violated: return "violated at depth \(depth)"
    case .holds: return inductionDepth.map { "proved for every depth (\($0)-induction)" } ?? "holds to depth \(depth)"
    case .unknown: return "unknown after depth \(depth): \(reason ?? "")"
    }
  }
}

/// One proof obligation as a stand-alone SMT-LIB 2 script, with the answer
/// Z3 gave for exactly that script.
public struct Obligation: Sendable {
  /// "bmc" (no violation within the depth: unsat), "cex" (the violation:
  /// sat) or "induction" (the step case: unsat).
  public let kind: String
  public let depth: Int
  public let smtlib: String
  public let result: String
  public let seconds: Double
}

/// Progress of a symbolic run, reported after each depth.
public struct ProveProgress: Sendable {
  public let depth: Int
  public let seconds: Double
  public let open: Int
}

/// Bounded model checking and k-induction of a model's properties with Z3.
public struct BoundedModelChecker {
  public let model: Model
  public let options: ProveOptions
  public let properties: [String]

  public init(model: Model, options: ProveOptions = ProveOptions(), properties: [String]? = nil) {
    self.model = model
    self.options = options
    self.properties = properties ?? model.properties.map(\.id)
  }

  public func run(clock: () -> Double, progress: ((ProveProgress) -> Void)? = nil) throws(Z3Error) -> [ProveResult] {
    let start = clock()
    let z = Z3Context()
    let enc = Encoder(model: model, context: z)
    let props = properties.compactMap { id in model.property(id) }
    var results: [String: ProveResult] = [:]
    var states = [try enc.stateVars(0)]
    var choices: [Z3Term] = []
    // The path so far: initial state, domains, transitions. Each query gets a
    // fresh QF_BV solver over these (shared, hash-consed) terms: one-shot
    // bit-blasting beat Z3's incremental solver by an order of magnitude here.
    var path: [Z3Term] = [try enc.initial(states[0]), try enc.domain(states[0])]
    /// The path's assertions up to step d (initial state, domain, d transitions).
    func pathPrefix(_ d: Int) -> [Z3Term] { Array(path.prefix(2 + d)) }

    var open = props
    for t in 0...options.depth {
      // One query per depth for all open properties: "some open property is
      // violated at step t". On sat, every property the model violates is
      // recorded; the rest are asked again until the answer is unsat.
      var stillOpen = open
      while !stillOpen.isEmpty {
        let solver = try Z3Solver(z, timeoutMs: options.timeoutMs, logic: "QF_BV")
        for a in path { try solver.assert(a) }
        let bads = try stillOpen.map { p throws(Z3Error) in try enc.bad(p, states[t]) }
        try solver.assert(try Z3Term.or(z, bads))
        let answer = try solver.check()
        if answer == .unsat { break }
        if case .unknown(let reason) = answer {
          for p in stillOpen {
            results[p.id] = ProveResult(property: p.id, verdict: .unknown, engine: "z3-bmc", depth: max(0, t - 1), inductionDepth: nil,
                                        trace: nil, reason: reason, seconds: clock() - start)
          }
          stillOpen = []
          break
        }
        let m = try solver.model()
        let rules = try choices.map { c throws(Z3Error) in try m.int(c) }
        var remaining: [Property] = []
        for (p, b) in zip(stillOpen, bads) {
          if try m.int(b) != 0 {
            results[p.id] = ProveResult(property: p.id, verdict: .violated, engine: "z3-bmc", depth: t, inductionDepth: nil,
                                        trace: decode(rules: rules, property: p), reason: nil, seconds: clock() - start)
          } else {
            remaining.append(p)
          }
        }
        precondition(remaining.count < stillOpen.count, "Z3 model violates none of the properties it was asked about")
        stillOpen = remaining
      }
      open = stillOpen
      progress?(ProveProgress(depth: t, seconds: clock() - start, open: open.count))
      if open.isEmpty || t == options.depth { break }
      let c = try enc.ruleVar(t)
      let next = try enc.stateVars(t + 1)
      path.append(try enc.transition(states[t], next, choice: c))
      choices.append(c)
      states.append(next)
    }

    var kProof: Int? = nil
    if options.induction && !open.isEmpty {
      kProof = try induction(enc, z, open, maxK: max(1, min(options.depth, options.maxInduction)))
    }
    for p in open {
      results[p.id] = ProveResult(property: p.id, verdict: .holds, engine: kProof == nil ? "z3-bmc" : "z3-kind",
                                  depth: options.depth, inductionDepth: kProof, trace: nil, reason: nil, seconds: clock() - start)
    }
    if options.emit {
      // One obligation for every property that holds ("none of them is
      // violated at any step ≤ K": unsat), one per violation ("this one is
      // violated at step d": sat, on the path prefix of length d).
      var holdsObligation: Obligation? = nil
      if !open.isEmpty {
        var bads: [Z3Term] = []
        for s in states { for p in open { bads.append(try enc.bad(p, s)) } }
        let anyBad = try Z3Term.or(z, bads)
        holdsObligation = try obligation(z, "bmc", states.count - 1, path: path, bad: anyBad, clock)
      }
      for p in props {
        guard var r = results[p.id] else { continue }
        switch r.verdict {
        case .violated:
          r.obligations.append(try obligation(z, "cex", r.depth, path: pathPrefix(r.depth), bad: try enc.bad(p, states[r.depth]), clock))
        case .holds:
          if let o = holdsObligation { r.obligations.append(o) }
        case .unknown: break
        }
        results[p.id] = r
      }
    }
    return props.compactMap { results[$0.id] }
  }

  /// k-induction of the conjunction of `props` (each strengthens the others):
  /// from any k consecutive states satisfying all of them (no initial-state
  /// constraint), no transition reaches a state violating one. Returns the
  /// smallest such k ≤ maxK, or nil. Sound together with BMC to depth ≥ k.
  func induction(_ enc: Encoder, _ z: Z3Context, _ props: [Property], maxK: Int) throws(Z3Error) -> Int? {
    var u = [try enc.stateVars(0, prefix: "k.")]
    var path: [Z3Term] = [try enc.domain(u[0])]
    func anyBad(_ s: [Z3Term]) throws(Z3Error) -> Z3Term {
      try Z3Term.or(z, props.map { p throws(Z3Error) in try enc.bad(p, s) })
    }
    for k in 1...maxK {
      path.append(try anyBad(u[k - 1]).not())
      let next = try enc.stateVars(k, prefix: "k.")
      path.append(try enc.transition(u[k - 1], next, choice: try enc.ruleVar(k - 1, prefix: "k.")))
      u.append(next)
      // A fresh one-shot QF_BV solver per k, as in BMC.
      let solver = try Z3Solver(z, timeoutMs: options.timeoutMs, logic: "QF_BV")
      for a in path { try solver.assert(a) }
      try solver.assert(try anyBad(next))
      switch try solver.check() {
      case .unsat: return k
      case .sat: continue
      case .unknown: return nil
      }
    }
    return nil
  }

  /// Writes `path ∧ bad` as an SMT-LIB 2 script and records what Z3 answers for it.
  func obligation(_ z: Z3Context, _ kind: String, _ depth: Int, path: [Z3Term], bad: Z3Term, _ clock: () -> Double) throws(Z3Error) -> Obligation {
    let solver = try Z3Solver(z, timeoutMs: options.timeoutMs, logic: "QF_BV")
    for a in path { try solver.assert(a) }
    try solver.assert(bad)
    let t0 = clock()
    let answer = try solver.check()
    let result: String
    switch answer {
    case .sat: result = "sat"
    case .unsat: result = "unsat"
    case .unknown: result = "unknown"
    }
    return Obligation(kind: kind, depth: depth, smtlib: "(set-logic QF_BV)\n" + solver.smtlib + "(check-sat)\n", result: result, seconds: clock() - t0)
  }

  /// Turns the rule choices of a Z3 model into a trace, classifying the
  /// violation on the concrete rules (so a trace that does not replay or
  /// does not violate is visible as such).
  func decode(rules: [Int], property p: Property) -> Trace {
    var steps = rules.map { TraceStep(model: model, rule: $0) }
    guard let (states, _) = try? model.replay(steps) else {
      return Trace(steps: steps, violation: Violation(property: p.id, kind: .invariant, message: "decoded trace does not replay"))
    }
    let last = states[states.count - 1]
    if let inv = p.invariant, inv.evaluate(model.layout, last) == 0 {
      return Trace(steps: steps, violation: Violation(property: p.id, kind: .invariant, message: "\(p.title) fails in the last state"))
    }
    for (r, rule) in model.rules.enumerated() where model.guardHolds(r, last) {
      if let a = model.failedAssertions(r, last).first(where: { $0.property == p.id }) {
        _ = rule
        steps.append(TraceStep(model: model, rule: r))
        return Trace(steps: steps, violation: Violation(property: p.id, kind: .assertion, message: a.message))
      }
    }
    let done = model.allDone.evaluate(model.layout, last) != 0
    if p.checksDeadlock && !done && !model.anyEnabled(last) {
      return Trace(steps: steps, violation: Violation(property: p.id, kind: .deadlock, message: "no rule enabled"))
    }
    return Trace(steps: steps, violation: Violation(property: p.id, kind: .termination, message: "\(p.title) fails once every actor is done"))
  }
}
