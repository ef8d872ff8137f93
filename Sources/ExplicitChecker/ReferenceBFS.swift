import RuleKit

/// A deliberately plain BFS over the tree-walking evaluator (`Model.apply`,
/// `Model.guardHolds`) with a Swift `Set` of whole states, evaluating every
/// invariant on every new state: the baseline the compiled engine is
/// measured against (same work), and a cross-check of its state count.
public struct ReferenceBFS {
  public let model: Model
  public let maxStates: Int
  public init(model: Model, maxStates: Int = .max) { self.model = model; self.maxStates = maxStates }
  public func run() -> (states: Int, transitions: Int, seconds: Double, complete: Bool) {
    let start = monotonicSeconds()
    var seen: Set<[UInt8]> = [model.initial]
    var frontier = [model.initial]
    var transitions = 0
    let invariants = model.properties.compactMap(\.invariant)
    while !frontier.isEmpty {
      var next: [[UInt8]] = []
      for s in frontier {
        for r in model.rules.indices where model.guardHolds(r, s) {
          transitions += 1
          let t = model.apply(r, s)
          if seen.insert(t).inserted {
            for inv in invariants { _ = inv.evaluate(model.layout, t) }
            next.append(t)
            if seen.count >= maxStates { return (seen.count, transitions, monotonicSeconds() - start, false) }
          }
        }
      }
      frontier = next
    }
    return (seen.count, transitions, monotonicSeconds() - start, true)
  }
}
