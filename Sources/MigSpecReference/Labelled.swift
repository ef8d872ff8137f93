import RuleKit

/// Trace validation where what an implementation can observe is not a rule
/// name but an effect: a kernel tracepoint fires when a page-table entry
/// changes, whichever rule changed it. `label` names the observable effect
/// of one step (rule index, state before, state after), or nil for a step
/// the implementation cannot see. A sequence of labels conforms when some
/// run of the model shows exactly those labels, in order, with any internal
/// steps between them, and then reaches an `accepting` state by internal
/// steps only.
public struct LabelledConformance {
  public struct Outcome: Sendable, Equatable {
    /// The first label no run explains; `labels.count` when every label
    /// was explained but no accepting state follows; nil when it conforms.
    public let divergesAt: Int?
    /// The labels the model allowed at that point (sorted), with "end" when
    /// an accepting state was reachable there.
    public let allowed: [String]
    /// The largest set of candidate states kept at once.
    public let maxCandidates: Int
    /// True when the search gave up (more than `maxStates` candidates).
    public let exhausted: Bool
    public var conforms: Bool { divergesAt == nil && !exhausted }
  }

  public let model: CompiledModel
  public let label: (Int, [UInt8], [UInt8]) -> String?
  public let accepting: ([UInt8]) -> Bool
  /// Internal steps searched between two labels.
  public var internalBound = 400
  /// Candidate states kept at once before giving up.
  public var maxStates = 300_000

  public init(model: CompiledModel, label: @escaping (Int, [UInt8], [UInt8]) -> String?, accepting: @escaping ([UInt8]) -> Bool) {
    self.model = model
    self.label = label
    self.accepting = accepting
  }

  /// Every enabled step of `s`: (rule, successor, label).
  func steps(_ s: [UInt8]) -> [(Int, [UInt8], String?)] {
    var out: [(Int, [UInt8], String?)] = []
    s.withUnsafeBufferPointer { src in
      let p = src.baseAddress!
      for a in 0..<model.pcSlots.count {
        let pc = Int(p[model.pcSlots[a]])
        for r in model.byActorPC[a][pc] where model.guardHolds(r, p) {
          var t = s
          let ok = t.withUnsafeMutableBufferPointer { model.apply(r, p, $0.baseAddress!) }
          if ok { out.append((r, t, label(r, s, t))) }
        }
      }
    }
    return out
  }

  /// States reachable by internal steps, with the labelled steps leaving them.
  func closure(_ start: Set<[UInt8]>) -> (states: Set<[UInt8]>, labelled: [(String, [UInt8])])? {
    var seen = start
    var frontier = Array(start)
    var labelled: [(String, [UInt8])] = []
    var depth = 0
    while !frontier.isEmpty {
      var next: [[UInt8]] = []
      for s in frontier {
        for (_, t, l) in steps(s) {
          if let l { labelled.append((l, t)) } else if depth < internalBound, seen.insert(t).inserted { next.append(t) }
        }
      }
      if seen.count > maxStates { return nil }
      frontier = next
      depth += 1
    }
    return (seen, labelled)
  }

  public func validate(_ labels: [String]) -> Outcome {
    var current: Set<[UInt8]> = [model.model.initial]
    var maxCandidates = 1
    for n in 0...labels.count {
      guard let reach = closure(current) else {
        return Outcome(divergesAt: n, allowed: [], maxCandidates: maxStates, exhausted: true)
      }
      maxCandidates = max(maxCandidates, reach.states.count)
      if n == labels.count {
        if reach.states.contains(where: accepting) { return Outcome(divergesAt: nil, allowed: [], maxCandidates: maxCandidates, exhausted: false) }
        return Outcome(divergesAt: n, allowed: Set(reach.labelled.map(\.0)).sorted(), maxCandidates: maxCandidates, exhausted: false)
      }
      let next = Set(reach.labelled.filter { $0.0 == labels[n] }.map(\.1))
      if next.isEmpty {
        var allowed = Set(reach.labelled.map(\.0))
        if reach.states.contains(where: accepting) { allowed.insert("end") }
        return Outcome(divergesAt: n, allowed: allowed.sorted(), maxCandidates: maxCandidates, exhausted: false)
      }
      current = next
    }
    return Outcome(divergesAt: nil, allowed: [], maxCandidates: maxCandidates, exhausted: false)
  }
}
