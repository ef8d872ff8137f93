/// Renders lock reports for people (lockdep's words) and for Graphviz.
extension LockReport {
  public var text: String {
    var out = "lock classes: \(graph.classes.joined(separator: ", "))\n"
    out += "compared with: \(hierarchy.name), \(hierarchy.source)\n"
    let chains = hierarchy.presentChains(for: graph.classes)
    out += "hierarchy (\(hierarchy.name)): \(chains.isEmpty ? "(orders none of these classes)" : chains.map { $0.joined(separator: " → ") }.joined(separator: "; "))\n"
    for extra in hierarchy.extraChains where extra.order.filter({ graph.classes.contains($0) }).count >= 2 {
      out += "  (\(extra.order.joined(separator: " → ")) from \(extra.source))\n"
    }
    out += "dependencies (\(graph.edges.count)):\n"
    for e in graph.edges { out += "  \(e.from) → \(e.to)    by \(e.actor): \(e.rule) [\(e.kernelFunction)]\n" }
    for e in graph.selfDeadlocks {
      out += "\n============================================\nWARNING: possible recursive locking detected\n--------------------------------------------\n"
      out += "\(e.actor) is trying to acquire lock:\n (\(e.to)) at: \(e.rule) [\(e.kernelFunction)]\nbut task is already holding lock:\n (\(e.from))\nand the acquisition is not annotated as nested.\n"
    }
    if let ranks {
      out += "\nconsistent: every dependency agrees with the hierarchy; ranks (outer first): "
      out += ranks.sorted { $0.value < $1.value }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + "\n"
      return out
    }
    out += "\n======================================================\n"
    out += "WARNING: possible circular locking dependency detected\n"
    out += "------------------------------------------------------\n"
    // The new edge: one that breaks the documented order, else the last of the core.
    let breaking = conflictEdges.first { e in conflictRules.contains { $0.outer == e.to && $0.inner == e.from } }
      ?? conflictEdges.first { e in hierarchy.allChains.contains { c in c.firstIndex(of: e.to).map { t in c.firstIndex(of: e.from).map { $0 > t } ?? false } ?? false } }
    let new = breaking ?? conflictEdges.last
    if let new {
      out += "\(new.actor) is trying to acquire lock:\n (\(new.to)) at: \(new.rule) [\(new.kernelFunction)]\n\n"
      out += "but task is already holding lock:\n (\(new.from))\n\nwhich lock already depends on the new lock.\n\n"
      out += "the existing dependency chain (in reverse order) is:\n"
      var n = 0
      for r in conflictRules.reversed() {
        out += "\n-> #\(n) (\(r.inner)): documented order \(r.outer) → \(r.inner) [\(hierarchy.source)]\n"
        n += 1
      }
      for e in conflictEdges.reversed() where e != new {
        out += "\n-> #\(n) (\(e.to)): \(e.from) → \(e.to) by \(e.actor): \(e.rule) [\(e.kernelFunction)]\n"
        n += 1
      }
      out += "\n-> #\(n) (\(new.to)): \(new.from) → \(new.to) by \(new.actor): \(new.rule) [\(new.kernelFunction)]\n"
      if let r = conflictRules.first(where: { $0.outer == new.to || $0.inner == new.from }) ?? conflictRules.first {
        out += "\nthis breaks the documented order \(r.outer) → \(r.inner) [\(hierarchy.source)]\n"
      }
    }
    if !cycle.isEmpty {
      out += "\nthe rules alone close a cycle (a potential deadlock):\n"
      for e in cycle { out += "  \(e.from) → \(e.to)    by \(e.actor): \(e.rule) [\(e.kernelFunction)]\n" }
    }
    return out
  }

  /// The graph in Graphviz DOT: classes as nodes, dependencies as edges
  /// labelled with their rule; conflicting edges in red.
  public var dot: String {
    var out = "digraph locks {\n  rankdir=TB;\n  node [shape=box, fontname=\"monospace\"];\n"
    for c in graph.classes { out += "  \"\(c)\";\n" }
    for e in graph.edges {
      let bad = conflictEdges.contains(e)
      out += "  \"\(e.from)\" -> \"\(e.to)\" [label=\"\(e.rule)\"\(bad ? ", color=red, fontcolor=red" : "")];\n"
    }
    for r in hierarchy.rules(for: graph.classes) {
      out += "  \"\(r.outer)\" -> \"\(r.inner)\" [style=dotted, color=gray, label=\"documented (\(hierarchy.name))\"];\n"
    }
    out += "}\n"
    return out
  }
}
