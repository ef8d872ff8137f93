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
    let cpuStart = threadCPUSeconds()
    let slots = compiled.slotCount
    let words = (slots + 7) / 8
    let stride = words * 8
    let props = model.properties
    let active = props.map { properties?.contains($0.id) ?? true }
    var violated: [Trace?] = Array(repeating: nil, count: props.count)
    // `open[p]`: property p is checked and not yet violated (a flat flag,
    // so the hot loop never copies an optional trace to test it).
    let open = UnsafeMutablePointer<Bool>.allocate(capacity: max(1, props.count))
    defer { open.deallocate() }
    for p in props.indices { open[p] = active[p] }
    var violationCount = 0
    let invariants = compiled.invariants.enumerated().compactMap { i, f in active[i] ? f.map { (i, $0) } : nil }
    // Incremental invariant checking (see checkState).
    let conjunctProperty = compiled.conjunctProperty
    let conjunctEntry = compiled.conjunctEntry
    let slotStart = compiled.slotConjunctStart
    let slotConjuncts = compiled.slotConjuncts
    let stamp = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, conjunctEntry.count))
    stamp.initialize(repeating: 0, count: max(1, conjunctEntry.count))
    defer { stamp.deallocate() }
    var generation: UInt32 = 0
    let terminals = compiled.terminals.enumerated().compactMap { i, f in active[i] ? f.map { (i, $0) } : nil }
    let deadlockProps = props.indices.filter { active[$0] && props[$0].checksDeadlock }
    let assertions = compiled.assertions.map { $0.filter { active[$0.0] } }
    // Per rule, whether it has any assertion to check (most have none).
    let hasAssertions = UnsafeMutablePointer<Bool>.allocate(capacity: max(1, assertions.count))
    defer { hasAssertions.deallocate() }
    for (r, a) in assertions.enumerated() { hasAssertions[r] = !a.isEmpty }
    let pcSlots = compiled.pcSlots
    let donePCs = compiled.donePCs
    // The (actor, pc) dispatch table, flattened: the rules of actor a at pc
    // are `dispRules[dispStart[a * 256 + pc] ..< dispStart[a * 256 + pc + 1]]`
    // (a program counter is one byte; counters past an actor's last label
    // have no rules).
    let actorCount = pcSlots.count
    let dispBase = UnsafeMutablePointer<Int>.allocate(capacity: max(1, actorCount))
    let pcSlotPtr = UnsafeMutablePointer<Int>.allocate(capacity: max(1, actorCount))
    var dispStartArr: [Int32] = [0], dispRulesArr: [Int32] = []
    for (a, perPC) in compiled.byActorPC.enumerated() {
      dispBase[a] = a * 256
      pcSlotPtr[a] = pcSlots[a]
      for pc in 0..<256 {
        if pc < perPC.count { dispRulesArr += perPC[pc].map(Int32.init) }
        dispStartArr.append(Int32(dispRulesArr.count))
      }
    }
    let dispStart = UnsafeMutablePointer<Int32>.allocate(capacity: dispStartArr.count)
    let dispRules = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, dispRulesArr.count))
    for (i, v) in dispStartArr.enumerated() { dispStart[i] = v }
    for (i, v) in dispRulesArr.enumerated() { dispRules[i] = v }
    defer { dispBase.deallocate(); pcSlotPtr.deallocate(); dispStart.deallocate(); dispRules.deallocate() }
    let fired = UnsafeMutablePointer<Int>.allocate(capacity: max(1, model.rules.count))
    fired.initialize(repeating: 0, count: max(1, model.rules.count))
    defer { fired.deallocate() }

    var table = FingerprintTable(capacity: 1 << 16)
    let parent = GrowBuffer<UInt32>()
    let via = GrowBuffer<UInt32>()
    var stats = CheckStats()
    var modelError: ModelError? = nil

    func path(to id: UInt32, then last: Int? = nil) -> [TraceStep] {
      var rules: [Int] = []
      var cur = id
      while cur != 0 {
        rules.append(Int(via.p[Int(cur)]))
        cur = parent.p[Int(cur)]
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
      open[p] = false
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
        // States are padded to whole words (the padding is zero in both),
        // so compare a word at a time and look at bytes only where one differs.
        let sw = UnsafeRawPointer(s), pw = UnsafeRawPointer(parent)
        for w in 0..<words {
          let x = sw.loadUnaligned(fromByteOffset: w &* 8, as: UInt64.self) ^ pw.loadUnaligned(fromByteOffset: w &* 8, as: UInt64.self)
          if x == 0 { continue }
          for i in (w &* 8)..<min(slots, w &* 8 &+ 8) where s[i] != parent[i] {
            for k in Int(slotStart[i])..<Int(slotStart[i + 1]) {
              let c = Int(slotConjuncts[k])
              if stamp[c] == generation { continue }
              stamp[c] = generation
              let p = conjunctProperty[c]
              if open[p] && !compiled.holds(conjunctEntry[c], s) { report(p, id) }
            }
          }
        }
      } else {
        for (p, e) in invariants where open[p] && !compiled.holds(e, s) { report(p, id) }
      }
      if !terminals.isEmpty && allDone(s) {
        for (p, e) in terminals where open[p] && !compiled.holds(e, s) {
          open[p] = false
          violated[p] = Trace(steps: path(to: id), violation: Violation(
            property: props[p].id, kind: .termination, message: "\(props[p].title) fails once every actor is done"))
          violationCount += 1
        }
      }
    }

    // Level-by-level frontier buffers of padded states, with their ids.
    var current = GrowBuffer<UInt8>()
    var next = GrowBuffer<UInt8>()
    current.reserve(stride)
    current.p.initialize(repeating: 0, count: stride)
    for i in 0..<slots { current.p[i] = model.initial[i] }
    current.count = stride
    var currentIDs = GrowBuffer<UInt32>()
    var nextIDs = GrowBuffer<UInt32>()
    currentIDs.append(0)
    parent.append(0); via.append(0)
    _ = table.insertIfAbsent(Fingerprint.hash(current.p, words: words), id: 0)
    checkState(current.p, id: 0, parent: nil)
    stats.states = 1

    // The frontier is expanded a batch of states at a time, in two phases.
    // Phase 1 evaluates guards, fires the enabled rules into a staging
    // buffer and fingerprints the successors; then the table slots of all
    // those fingerprints are loaded together, so that their cache misses
    // overlap. Phase 2 replays the staged transitions in the order of a
    // one-state-at-a-time search (count, assertions, insert, invariants,
    // deadlock, limits), so ids, counts, verdicts and traces are the same.
    let batch = 32
    let stage = GrowBuffer<UInt8>()      // staged successors, `stride` bytes each
    let stageFP = GrowBuffer<UInt64>()
    let stageRule = GrowBuffer<Int32>()
    let stateEnd = UnsafeMutablePointer<Int>.allocate(capacity: batch)
    let stateEnabled = UnsafeMutablePointer<Int>.allocate(capacity: batch)
    defer { stateEnd.deallocate(); stateEnabled.deallocate() }
    var depth = 0
    let interrupt = options.interrupt
    var lastReport = start
    var sinceClock = 0

    search: while currentIDs.count > 0 {
      if let maxDepth = options.maxDepth, depth >= maxDepth {
        stats.complete = false
        stats.stoppedBy = "max-depth \(maxDepth)"
        break
      }
      next.count = 0
      nextIDs.count = 0
      let frontier = currentIDs.count
      var k0 = 0
      while k0 < frontier {
        if _slowPath(interrupt.isSet) {
          stats.complete = false
          stats.stoppedBy = "interrupted"
          break search
        }
        let k1 = min(frontier, k0 + batch)
        // Phase 1. A modelling error stops it: `pending` says where (after
        // how many staged transitions, at which state) and whether the
        // failing rule was enabled (then it counts as fired, as it would have).
        stage.count = 0; stageFP.count = 0; stageRule.count = 0
        var pending: (items: Int, k: Int, rule: Int, fired: Bool, error: ModelError)? = nil
        phase1: for k in k0..<k1 {
          let s = UnsafePointer(current.p + k * stride)
          var enabled = 0
          for a in 0..<actorCount {
            let cell = dispBase[a] &+ Int(s[pcSlotPtr[a]])
            for q in Int(dispStart[cell])..<Int(dispStart[cell &+ 1]) {
              let r = Int(dispRules[q])
              let enabledHere = compiled.guardHolds(r, s)
              if _slowPath(compiled.vm.badRead != nil) {
                pending = (stageRule.count, k, r, false, compiled.badReadError(rule: r, "guard")!)
                compiled.vm.clearBadRead()
                break phase1
              }
              guard enabledHere else { continue }
              enabled += 1
              stage.reserve(stride)
              let d = stage.p + stage.count
              d.update(from: s, count: stride)
              if !compiled.apply(r, s, d) {
                pending = (stageRule.count, k, r, true, compiled.diagnoseApply(r, Array(UnsafeBufferPointer(start: s, count: slots))))
                compiled.vm.clearBadRead()
                break phase1
              }
              if _slowPath(compiled.vm.badRead != nil) {
                pending = (stageRule.count, k, r, true, compiled.badReadError(rule: r, "update")!)
                compiled.vm.clearBadRead()
                break phase1
              }
              stage.count += stride
              stageFP.append(Fingerprint.hash(d, words: words))
              stageRule.append(Int32(r))
            }
          }
          stateEnd[k - k0] = stageRule.count
          stateEnabled[k - k0] = enabled
        }
        table.touch(stageFP.p, count: stageFP.count)
        // Phase 2.
        var item = 0
        for k in k0..<k1 {
          let sid = currentIDs.p[k]
          let s = UnsafePointer(current.p + k * stride)
          let end = pending.map { $0.k == k ? $0.items : stateEnd[k - k0] } ?? stateEnd[k - k0]
          func fire(_ r: Int) {
            fired[r] += 1
            stats.transitions += 1
            if hasAssertions[r] {
              for (p, e) in assertions[r] where open[p] && !compiled.holds(e, s) {
                let before = Array(UnsafeBufferPointer(start: s, count: slots))
                let msg = model.failedAssertions(r, before).first { $0.property == props[p].id }?.message ?? props[p].title
                open[p] = false
                violated[p] = Trace(steps: path(to: sid, then: r), violation: Violation(property: props[p].id, kind: .assertion, message: msg))
                violationCount += 1
              }
            }
          }
          while item < end {
            let r = Int(stageRule.p[item])
            fire(r)
            let newID = UInt32(parent.count)
            if table.insertIfAbsent(stageFP.p[item], id: newID) {
              let succ = stage.p + item * stride
              parent.append(sid)
              via.append(UInt32(r))
              next.append(from: succ, count: stride)
              nextIDs.append(newID)
              checkState(succ, id: newID, parent: s)
              if _slowPath(compiled.vm.badRead != nil) {
                modelError = compiled.badReadError(rule: r, "successor's property checks")
                break search
              }
              stats.states += 1
            }
            item += 1
          }
          if let pending, pending.k == k {
            if pending.fired { fire(pending.rule) }
            modelError = pending.error
            break search
          }
          if stateEnabled[k - k0] == 0 && !deadlockProps.isEmpty && !allDone(s) {
            for p in deadlockProps where open[p] {
              let stuck = (0..<pcSlots.count).filter { Int(s[pcSlots[$0]]) != donePCs[$0] }
                .map { "\(model.actors[$0].name) at \(model.actors[$0].pcLabels[Int(s[pcSlots[$0]])])" }
              open[p] = false
              violated[p] = Trace(steps: path(to: sid), violation: Violation(
                property: props[p].id, kind: .deadlock, message: "no rule enabled; stuck: \(stuck.joined(separator: ", "))"))
              violationCount += 1
            }
          }
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
                                     frontier: nextIDs.count + frontier - k, seconds: now - start, violations: violationCount))
            }
          }
        }
        k0 = k1
      }
      if nextIDs.count > 0 { depth += 1 }
      swap(&current, &next)
      swap(&currentIDs, &nextIDs)
    }
    if modelError != nil { stats.complete = false; stats.stoppedBy = "model error" }
    stats.depth = depth
    stats.seconds = monotonicSeconds() - start
    stats.cpuSeconds = threadCPUSeconds() - cpuStart
    stats.memoryBytes = table.memoryBytes + parent.capacityBytes + via.capacityBytes + current.capacityBytes + next.capacityBytes
      + currentIDs.capacityBytes + nextIDs.capacityBytes + stage.capacityBytes + stageFP.capacityBytes + stageRule.capacityBytes
    let results = props.indices.filter { active[$0] }.map { p -> PropertyResult in
      if let t = violated[p] { return PropertyResult(property: props[p].id, verdict: .violated, trace: t) }
      return PropertyResult(property: props[p].id, verdict: stats.complete ? .holds : .unknown, trace: nil)
    }
    return CheckResult(properties: results, stats: stats,
                       coverage: (0..<model.rules.count).map { RuleCoverage(rule: $0, fired: fired[$0]) }, modelError: modelError)
  }
}

/// Processor time of the calling thread, in seconds.
public func threadCPUSeconds() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Seconds from an arbitrary fixed point, monotonic.
public func monotonicSeconds() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// A growable buffer of trivial values behind a raw pointer: appends without
/// uniqueness checks or reference counting (the search's hot loop).
final class GrowBuffer<T> {
  private(set) var p: UnsafeMutablePointer<T>
  var count = 0
  private var capacity: Int
  var capacityBytes: Int { capacity * MemoryLayout<T>.stride }

  init(capacity: Int = 1024) {
    self.capacity = max(1, capacity)
    p = .allocate(capacity: self.capacity)
  }
  deinit { p.deallocate() }

  /// Room for `n` more elements.
  @inline(__always) func reserve(_ n: Int) {
    if _slowPath(count &+ n > capacity) { grow(count &+ n) }
  }

  @inline(never) private func grow(_ need: Int) {
    var cap = capacity
    while cap < need { cap *= 2 }
    let q = UnsafeMutablePointer<T>.allocate(capacity: cap)
    q.moveInitialize(from: p, count: count)
    p.deallocate()
    p = q
    capacity = cap
  }

  @inline(__always) func append(_ v: T) {
    reserve(1)
    (p + count).initialize(to: v)
    count &+= 1
  }

  @inline(__always) func append(from src: UnsafePointer<T>, count n: Int) {
    reserve(n)
    (p + count).initialize(from: src, count: n)
    count &+= n
  }
}
