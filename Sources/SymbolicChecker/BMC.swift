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
  /// Stop bounded model checking once this many seconds have passed (nil:
  /// no budget): the properties still open are unknown ("time budget"), with
  /// the last depth completed, and induction is not tried.
  public var budgetSeconds: Double? = nil
  /// Looked at between queries, and by a watcher that interrupts Z3 during
  /// one: once set, the run stops and reports what it found (the properties
  /// still open are unknown, "interrupted").
  public var interrupt: InterruptFlag = .process
  public init(depth: Int = 20, timeoutMs: UInt32 = 60_000, induction: Bool = true, maxInduction: Int = 4, emit: Bool = false,
              budgetSeconds: Double? = nil, interrupt: InterruptFlag = .process) {
    self.depth = depth; self.timeoutMs = timeoutMs; self.induction = induction; self.maxInduction = maxInduction
    self.emit = emit; self.budgetSeconds = budgetSeconds; self.interrupt = interrupt
  }
}

/// The symbolic outcome for one property.
public struct ProveResult: Sendable {
  public let property: String
  public let verdict: Verdict
  /// "z3-bmc", or "z3-kind" when induction proved it for every depth.
  public let engine: String
  /// The depth of the violation (the state in which the property fails; an
  /// assertion fails on the step from it, so its trace has one step more),
  /// or the last depth checked without one (-1: none was).
  public let depth: Int
  /// k of the k-induction proof, when it closed.
  public let inductionDepth: Int?
  /// The counterexample, decoded from the Z3 model into the common trace type.
  public let trace: Trace?
  /// Why the verdict is unknown: Z3's reason, "interrupted" or "time budget".
  public let reason: String?
  public let seconds: Double
  /// With `ProveOptions.emit`: the obligations behind the verdict.
  public var obligations: [Obligation] = []

  /// Steps of the counterexample, counted as the explicit engine counts
  /// them (every step of the trace, an assertion's failing step included).
  public var steps: Int? { trace?.steps.count }

  /// "violated after 22 steps", "proved for every depth (3-induction)",
  /// "holds to depth 20", "unknown after depth 7: interrupted".
  public var bound: String {
    switch verdict {
    case .violated: return "violated after \(steps ?? depth) steps"
    case .holds: return inductionDepth.map { "proved for every depth (\($0)-induction)" } ?? "holds to depth \(depth)"
    case .unknown: return depth < 0 ? "unknown before depth 0: \(reason ?? "")" : "unknown after depth \(depth): \(reason ?? "")"
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

  /// Runs BMC to `options.depth`, then induction. An interrupt or the time
  /// budget stops it between queries (and cuts a query short through
  /// Z3's interrupt): the violations found so far are kept, the rest is
  /// unknown with the depth completed.
  public func run(clock: @escaping @Sendable () -> Double, progress: ((ProveProgress) -> Void)? = nil) throws(Z3Error) -> [ProveResult] {
    let start = clock()
    let z = Z3Context()
    let flag = options.interrupt
    let deadline = options.budgetSeconds.map { start + $0 }
    let stopRequested: @Sendable () -> Bool = { flag.isSet || deadline.map { clock() >= $0 } ?? false }
    func stopReason() -> String? {
      if flag.isSet { return "interrupted" }
      if let deadline, clock() >= deadline { return "time budget" }
      return nil
    }
    return try z.interruptible(when: stopRequested) { () throws(Z3Error) -> [ProveResult] in
      try run(z, start: start, clock: clock, stopReason: stopReason, progress: progress)
    }
  }

  private func run(_ z: Z3Context, start: Double, clock: () -> Double, stopReason: () -> String?,
                   progress: ((ProveProgress) -> Void)?) throws(Z3Error) -> [ProveResult] {
    let enc = Encoder(model: model, context: z)
    let props = properties.compactMap { id in model.property(id) }
    var results: [String: ProveResult] = [:]
    var states: [[Z3Term]] = []
    var choices: [Z3Term] = []
    // The path so far: initial state, domains, transitions. Each query gets a
    // fresh QF_BV solver over these (shared, hash-consed) terms: one-shot
    // bit-blasting beat Z3's incremental solver by an order of magnitude here.
    var path: [Z3Term] = []
    /// The path's assertions up to step d (initial state, domain, d transitions).
    func pathPrefix(_ d: Int) -> [Z3Term] { Array(path.prefix(2 + d)) }

    var open = props
    // The properties still open at depth t, when the run stops there.
    var stillOpen = open
    var t = 0
    var stopped: String? = nil
    func unknown(_ ps: [Property], at t: Int, _ reason: String) {
      for p in ps where results[p.id] == nil {
        results[p.id] = ProveResult(property: p.id, verdict: .unknown, engine: "z3-bmc", depth: t - 1, inductionDepth: nil,
                                    trace: nil, reason: reason, seconds: clock() - start)
      }
    }
    do {
      states = [try enc.stateVars(0)]
      path = [try enc.initial(states[0]), try enc.domain(states[0])]
      while true {
        // One query per depth for all open properties: "some open property is
        // violated at step t". On sat, every property the model violates is
        // recorded; the rest are asked again until the answer is unsat.
        stillOpen = open
        while !stillOpen.isEmpty {
          if let why = stopReason() { stopped = why; break }
          let solver = try Z3Solver(z, timeoutMs: options.timeoutMs, logic: "QF_BV")
          for a in path { try solver.assert(a) }
          let bads = try stillOpen.map { p throws(Z3Error) in try enc.bad(p, states[t]) }
          try solver.assert(try Z3Term.or(z, bads))
          let answer = try solver.check()
          if answer == .unsat { break }
          if case .unknown(let reason) = answer {
            // A check cut short by the interrupt watcher says "canceled": say why.
            if let why = stopReason() { stopped = why; break }
            // Z3 gave up (its time limit): these stay unknown, the rest is kept.
            unknown(stillOpen, at: t, reason)
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
        if stopped != nil { break }
        open = stillOpen
        progress?(ProveProgress(depth: t, seconds: clock() - start, open: open.count))
        if open.isEmpty || t == options.depth { break }
        if let why = stopReason() { stopped = why; stillOpen = open; t += 1; break }
        let c = try enc.ruleVar(t)
        let next = try enc.stateVars(t + 1)
        path.append(try enc.transition(states[t], next, choice: c))
        choices.append(c)
        states.append(next)
        t += 1
      }
    } catch {
      // The watcher may interrupt Z3 outside a check (reading a model, say):
      // an error then is the stop, not a failure.
      guard let why = stopReason() else { throw error }
      stopped = why
    }
    if let stopped {
      unknown(stillOpen, at: t, stopped)
      return props.compactMap { results[$0.id] }
    }

    var kProof: Int? = nil
    var inductionStopped = false
    if options.induction && !open.isEmpty {
      do {
        kProof = try induction(enc, z, open, maxK: max(1, min(options.depth, options.maxInduction)), stopReason: stopReason)
      } catch {
        guard stopReason() != nil else { throw error }
      }
      inductionStopped = stopReason() != nil
    }
    for p in open {
      results[p.id] = ProveResult(property: p.id, verdict: .holds, engine: kProof == nil ? "z3-bmc" : "z3-kind",
                                  depth: options.depth, inductionDepth: kProof, trace: nil,
                                  reason: inductionStopped ? "induction \(stopReason() ?? "stopped")" : nil, seconds: clock() - start)
    }
    if options.emit && stopReason() == nil {
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
  func induction(_ enc: Encoder, _ z: Z3Context, _ props: [Property], maxK: Int, stopReason: () -> String? = { nil }) throws(Z3Error) -> Int? {
    var u = [try enc.stateVars(0, prefix: "k.")]
    var path: [Z3Term] = [try enc.domain(u[0])]
    func anyBad(_ s: [Z3Term]) throws(Z3Error) -> Z3Term {
      try Z3Term.or(z, props.map { p throws(Z3Error) in try enc.bad(p, s) })
    }
    for k in 1...maxK {
      if stopReason() != nil { return nil }
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
