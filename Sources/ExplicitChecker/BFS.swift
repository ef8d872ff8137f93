import RuleKit
#if canImport(Glibc)
import Glibc
#endif

/// Breadth-first exploration of every interleaving of a compiled model.
///
/// Each new state is checked against every invariant; each fired rule's
/// assertions are checked on the state it fires from; a state with no
/// enabled rule and an actor not done is a deadlock. Because the search is
/// breadth-first, the first violation found of each property has a shortest
/// trace. The search goes on past violations, so that every property gets
/// its own verdict, and stops at the limits in `CheckOptions`.
public struct BFSChecker {
  public let compiled: CompiledModel
  public let options: CheckOptions
  /// Only these properties are checked (all when nil).
  public let properties: Set<String>?

  public init(_ compiled: CompiledModel, options: CheckOptions = CheckOptions(), properties: Set<String>? = nil) {
    self.compiled = compiled; self.options = options; self.properties = properties
  }

  public func run(progress: ((CheckProgress) -> Void)? = nil) -> CheckResult {
    // An out-of-range read becomes a modelling error naming the rule, not a trap.
    compiled.vm.trapOnBadIndex = false
    compiled.vm.clearBadRead()
    defer { compiled.vm.trapOnBadIndex = true; compiled.vm.clearBadRead() }
    let model = compiled.model
    let start = monotonicSeconds()
    let slots = compiled.slotCount
    let words = (slots + 7) / 8
    let stride = words * 8
    let props = model.properties
    let active = props.map { properties?.contains($0.id) ?? true }
    var violated: [Trace?] = Array(repeating: nil, count: props.count)
    var violationCount = 0
    let invariants = compiled.invariants.enumerated().compactMap { i, f in active[i] ? f.map { (i, $0) } : nil }
    // Incremental invariant checking (see checkState).
    let conjunctProperty = compiled.conjunctProperty
    let conjunctEntry = compiled.conjunctEntry
    let slotStart = compiled.slotConjunctStart
    let slotConjuncts = compiled.slotConjuncts
    var stamp = [UInt32](repeating: 0, count: conjunctEntry.count)
    var generation: UInt32 = 0
    let terminals = compiled.terminals.enumerated().compactMap { i, f in active[i] ? f.map { (i, $0) } : nil }
    let deadlockProps = props.indices.filter { active[$0] && props[$0].checksDeadlock }
    let assertions = compiled.assertions.map { $0.filter { active[$0.0] } }
    let byActorPC = compiled.byActorPC
    let pcSlots = compiled.pcSlots
    let donePCs = compiled.donePCs
    var fired = [Int](repeating: 0, count: model.rules.count)

    var table = FingerprintTable(capacity: 1 << 16)
    var parent: [UInt32] = []
    var via: [UInt32] = []
    var stats = CheckStats()
    var modelError: ModelError? = nil

    func path(to id: UInt32, then last: Int? = nil) -> [TraceStep] {
      var rules: [Int] = []
      var cur = id
      while cur != 0 {
        rules.append(Int(via[Int(cur)]))
        cur = parent[Int(cur)]
      }
      rules.reverse()
      if let last { rules.append(last) }
      return rules.map { TraceStep(model: model, rule: $0) }
    }

    func allDone(_ s: UnsafePointer<UInt8>) -> Bool {
      for a in 0..<pcSlots.count where Int(s[pcSlots[a]]) != donePCs[a] { return false }
      return true
    }

    func report(_ p: Int, _ id: UInt32) {
      violated[p] = Trace(steps: path(to: id), violation: Violation(
        property: props[p].id, kind: .invariant, message: "\(props[p].title) fails in the last state"))
      violationCount += 1
    }

    /// Checks a new state. Its parent satisfied every invariant not yet
    /// violated, so only the conjuncts that read a slot the step changed
    /// need evaluating; the initial state (no parent) is checked in full.
    func checkState(_ s: UnsafePointer<UInt8>, id: UInt32, parent: UnsafePointer<UInt8>?) {
      if let parent, !options.fullInvariantChecks {
        generation &+= 1
        for i in 0..<slots where s[i] != parent[i] {
          for k in Int(slotStart[i])..<Int(slotStart[i + 1]) {
            let c = Int(slotConjuncts[k])
            if stamp[c] == generation { continue }
            stamp[c] = generation
            let p = conjunctProperty[c]
            if active[p] && violated[p] == nil && !compiled.holds(conjunctEntry[c], s) { report(p, id) }
          }
        }
      } else {
        for (p, e) in invariants where violated[p] == nil && !compiled.holds(e, s) { report(p, id) }
      }
      if !terminals.isEmpty && allDone(s) {
        for (p, e) in terminals where violated[p] == nil && !compiled.holds(e, s) {
          violated[p] = Trace(steps: path(to: id), violation: Violation(
            property: props[p].id, kind: .termination, message: "\(props[p].title) fails once every actor is done"))
          violationCount += 1
        }
      }
    }

    // Level-by-level frontier buffers of padded states, with their ids.
    var current = [UInt8](repeating: 0, count: stride)
    for i in 0..<slots { current[i] = model.initial[i] }
    var currentIDs: [UInt32] = [0]
    parent.append(0); via.append(0)
    _ = current.withUnsafeBytes { table.insert(Fingerprint.hash($0.baseAddress!, words: words), id: 0) }
    current.withUnsafeBufferPointer { checkState($0.baseAddress!, id: 0, parent: nil) }
    stats.states = 1

    var next = [UInt8]()
    var nextIDs: [UInt32] = []
    var succ = [UInt8](repeating: 0, count: stride)
    var depth = 0
    var lastReport = start
    var sinceClock = 0

    search: while !currentIDs.isEmpty {
      if let maxDepth = options.maxDepth, depth >= maxDepth {
        stats.complete = false
        stats.stoppedBy = "max-depth \(maxDepth)"
        break
      }
      next.removeAll(keepingCapacity: true)
      nextIDs.removeAll(keepingCapacity: true)
      for k in 0..<currentIDs.count {
        let sid = currentIDs[k]
        var enabled = 0
        let stop: Bool = current.withUnsafeBufferPointer { cbuf -> Bool in
          let s = cbuf.baseAddress! + k * stride
          for a in 0..<pcSlots.count {
            let rulesHere = byActorPC[a][Int(s[pcSlots[a]])]
            for r in rulesHere {
              let enabledHere = compiled.guardHolds(r, s)
              if _slowPath(compiled.vm.badRead != nil) {
                modelError = compiled.badReadError(rule: r, "guard")
                return true
              }
              guard enabledHere else { continue }
              enabled += 1
              fired[r] += 1
              stats.transitions += 1
              for (p, e) in assertions[r] where violated[p] == nil && !compiled.holds(e, s) {
                let before = Array(UnsafeBufferPointer(start: s, count: slots))
                let msg = model.failedAssertions(r, before).first { $0.property == props[p].id }?.message ?? props[p].title
                violated[p] = Trace(steps: path(to: sid, then: r), violation: Violation(property: props[p].id, kind: .assertion, message: msg))
                violationCount += 1
              }
              let ok = succ.withUnsafeMutableBufferPointer { dbuf -> Bool in
                let d = dbuf.baseAddress!
                d.update(from: s, count: stride)
                return compiled.apply(r, s, d)
              }
              if !ok {
                modelError = compiled.diagnoseApply(r, Array(UnsafeBufferPointer(start: s, count: slots)))
                return true
              }
              if _slowPath(compiled.vm.badRead != nil) {
                modelError = compiled.badReadError(rule: r, "update")
                return true
              }
              let newID = UInt32(parent.count)
              let fp = succ.withUnsafeBytes { Fingerprint.hash($0.baseAddress!, words: words) }
              if table.insertIfAbsent(fp, id: newID) {
                parent.append(sid)
                via.append(UInt32(r))
                next.append(contentsOf: succ)
                nextIDs.append(newID)
                succ.withUnsafeBufferPointer { checkState($0.baseAddress!, id: newID, parent: s) }
                if _slowPath(compiled.vm.badRead != nil) {
                  modelError = compiled.badReadError(rule: r, "successor's property checks")
                  return true
                }
                stats.states += 1
              }
            }
          }
          if enabled == 0 && !deadlockProps.isEmpty && !allDone(s) {
            for p in deadlockProps where violated[p] == nil {
              let stuck = (0..<pcSlots.count).filter { Int(s[pcSlots[$0]]) != donePCs[$0] }
                .map { "\(model.actors[$0].name) at \(model.actors[$0].pcLabels[Int(s[pcSlots[$0]])])" }
              violated[p] = Trace(steps: path(to: sid), violation: Violation(
                property: props[p].id, kind: .deadlock, message: "no rule enabled; stuck: \(stuck.joined(separator: ", "))"))
              violationCount += 1
            }
          }
          return false
        }
        if stop { break search }
        if let maxStates = options.maxStates, stats.states >= maxStates {
          stats.complete = false
          stats.stoppedBy = "max-states \(maxStates)"
          break search
        }
        sinceClock += 1
        if sinceClock >= 4096, let progress {
          sinceClock = 0
          let now = monotonicSeconds()
          if now - lastReport >= options.progressInterval {
            lastReport = now
            progress(CheckProgress(states: stats.states, transitions: stats.transitions, depth: depth,
                                   frontier: nextIDs.count + currentIDs.count - k, seconds: now - start, violations: violationCount))
          }
        }
      }
      if !nextIDs.isEmpty { depth += 1 }
      swap(&current, &next)
      swap(&currentIDs, &nextIDs)
    }
    if modelError != nil { stats.complete = false; stats.stoppedBy = "model error" }
    stats.depth = depth
    stats.seconds = monotonicSeconds() - start
    let results = props.indices.filter { active[$0] }.map { p -> PropertyResult in
      if let t = violated[p] { return PropertyResult(property: props[p].id, verdict: .violated, trace: t) }
      return PropertyResult(property: props[p].id, verdict: stats.complete ? .holds : .unknown, trace: nil)
    }
    return CheckResult(properties: results, stats: stats,
                       coverage: fired.enumerated().map { RuleCoverage(rule: $0, fired: $1) }, modelError: modelError)
  }
}

/// Seconds from an arbitrary fixed point, monotonic.
public func monotonicSeconds() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
