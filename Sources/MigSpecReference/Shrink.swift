import RuleKit

extension Reference {
  /// Replays `steps` from the initial state until the first step that breaks
  /// `property` (checking the step's assertions and the state it reaches).
  /// Returns the number of steps up to and including it, and the failure;
  /// nil if a step is not enabled or the property never breaks.
  public func firstFailure(of property: String, in steps: [TraceStep]) -> (length: Int, failure: Failure)? {
    reset()
    defer { reset() }
    if let f = stateFailures().first(where: { $0.property == property }) { return (0, f) }
    for (i, st) in steps.enumerated() {
      let e = Event(actor: st.actor, name: st.rule, args: st.args, at: st.at)
      guard let failures = try? apply(e) else { return nil }
      if let f = failures.first(where: { $0.property == property }) { return (i + 1, f) }
    }
    return nil
  }

  /// Delta debugging (ddmin) over the steps of a trace that breaks
  /// `property`: removes chunks, then single steps, as long as what is left
  /// still replays and still breaks the property, and cuts it at the first
  /// step that does. The result is 1-minimal: removing any one step loses
  /// the violation or the replay.
  public func shrink(_ trace: Trace, property: String) -> Trace {
    guard let (len, first) = firstFailure(of: property, in: trace.steps) else { return trace }
    var failure = first
    let steps = ddmin(Array(trace.steps.prefix(len))) { candidate in
      guard let (k, f) = firstFailure(of: property, in: candidate) else { return nil }
      failure = f
      return Array(candidate.prefix(k))
    }
    return Trace(steps: steps, violation: failure.violation)
  }
}

/// Delta debugging (Zeller's ddmin) over a sequence: removes chunks of
/// halving size, then single items, keeping a candidate whenever `test`
/// accepts it. `test` returns the sequence to continue from (the candidate,
/// possibly cut short), or nil when the candidate loses the failure.
public func ddmin<T>(_ items: [T], test: ([T]) -> [T]?) -> [T] {
  var best = items
  var n = 2
  while best.count >= 2 {
    let chunk = (best.count + n - 1) / n
    var reduced = false
    var start = 0
    while start < best.count {
      var candidate = best
      candidate.removeSubrange(start..<min(start + chunk, best.count))
      if let kept = test(candidate) {
        best = kept
        n = max(n - 1, 2)
        reduced = true
        break
      }
      start += chunk
    }
    if !reduced {
      if n >= best.count { break }
      n = min(n * 2, best.count)
    }
  }
  return best
}

/// A small, fast, seedable generator (SplitMix64): the same seed gives the
/// same schedule on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
