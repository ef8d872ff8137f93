import Foundation
import RuleKit

/// Renders a trace the way kernel developers draw races in commit messages:
/// one column per actor (CPU), one row per step naming the kernel function,
/// and what the step changed (PTEs, locks, counts, flags, data).
public enum TraceTable {
  public static func render(model: Model, trace: Trace, width: Int = 160) throws(ReplayError) -> String {
    let (states, rules) = try model.replay(trace.steps)
    let cells = CellNamer(model: model)
    var out = ""
    out += "actors:\n"
    for a in model.actors { out += "  \(a.name): \(a.title)\n" }
    let initial = cells.describeNonDefault(states[0])
    out += "initial state:\n"
    for line in wrap(initial.joined(separator: "; "), width: width - 2) { out += "  \(line)\n" }
    out += "\n"

    let colWidth = model.actors.map { a in
      min(34, max(a.name.count, rules.filter { model.rules[$0].actor == model.actors.firstIndex { $0.name == a.name }! }
        .map { model.rules[$0].name.count }.max() ?? 0))
    }
    let header = ["#".pad(3)] + model.actors.enumerated().map { $1.name.pad(colWidth[$0]) } + ["changes"]
    out += header.joined(separator: " | ") + "\n"
    let fixed = 3 + colWidth.reduce(0) { $0 + $1 + 3 } + 3
    out += String(repeating: "-", count: min(width, fixed + 40)) + "\n"
    for (i, r) in rules.enumerated() {
      let rule = model.rules[r]
      let changes = cells.diff(states[i], states[i + 1])
      let text = changes.isEmpty ? "(no change)" : changes.joined(separator: "; ")
      let lines = wrap(text, width: max(30, width - fixed))
      var row = [String(i + 1).pad(3)]
      for (a, w) in colWidth.enumerated() {
        row.append(a == rule.actor ? String(rule.name.prefix(w)).pad(w) : "".pad(w))
      }
      out += (row + [lines.first ?? ""]).joined(separator: " | ") + "\n"
      let blank = (["".pad(3)] + colWidth.map { "".pad($0) }).joined(separator: " | ")
      for l in lines.dropFirst() { out += blank + " | " + l + "\n" }
    }
    out += "\n"
    if let v = trace.violation {
      out += "VIOLATED: \(v.property) (\(v.kind.rawValue)) after \(rules.count) steps: \(v.message)\n"
      if let p = model.property(v.property) {
        for line in offending(model: model, property: p, violation: v, states: states, rules: rules, cells: cells) {
          out += "  >> \(line)\n"
        }
      }
    } else {
      out += "end of trace (\(rules.count) steps)\n"
    }
    return out
  }

  /// Points at what broke: the failing conjuncts of an invariant (each with
  /// the cells it reads), or the failed assertion's cells.
  static func offending(model: Model, property p: Property, violation v: Violation,
                        states: [[UInt8]], rules: [Int], cells: CellNamer) -> [String] {
    let last = states[states.count - 1]
    func explain(_ node: ExprNode, in state: [UInt8]) -> [String] {
      let conjuncts: [ExprNode]
      if case .and(let xs) = node { conjuncts = xs } else { conjuncts = [node] }
      return conjuncts.filter { $0.evaluate(model.layout, state) == 0 }.prefix(3).map { c in
        return "fails: " + cells.show(c.cellsRead(model.layout, in: state), state)
      }
    }
    switch v.kind {
    case .invariant: return p.invariant.map { explain($0, in: last) } ?? []
    case .termination: return p.atTermination.map { explain($0, in: last) } ?? []
    case .assertion:
      guard let r = rules.last else { return [] }
      let before = states[states.count - 2]
      return model.failedAssertions(r, before).filter { $0.property == p.id }.map { a in
        "\(model.actors[model.rules[r].actor].name) in \(model.rules[r].kernelFunction): "
          + cells.show(a.condition.cellsRead(model.layout, in: before), before)
      }
    case .deadlock: return []
    }
  }
}

/// Names and renders state cells for people.
public struct CellNamer {
  let model: Model
  /// slot → (var, indices)
  let slots: [(VarID, [Int])]
  let folded: [VarID: VarID]
  let pcVars: Set<VarID>
  let holders: Set<VarID>

  public init(model: Model) {
    self.model = model
    slots = model.layout.slotNames()
    var f: [VarID: VarID] = [:]
    for (primary, d) in model.displays { for x in d.folds { f[x] = primary } }
    folded = f
    pcVars = Set(model.actors.map(\.pcVar))
    holders = Set(model.locks.map(\.holder))
  }

  func value(_ v: VarID, _ idx: [Int], _ s: [UInt8]) -> String {
    if let d = model.displays[v] { return d.render(StateView(layout: model.layout, state: s), idx) }
    let raw = Int(s[model.layout[v].slot(idx)])
    if holders.contains(v) { return raw == 0 ? "free" : (raw - 1 < model.actors.count ? model.actors[raw - 1].name : "?\(raw)") }
    if pcVars.contains(v), let a = model.actors.first(where: { $0.pcVar == v }) { return a.pcLabels[raw] }
    return model.layout[v].domain.render(raw)
  }

  func show(_ v: VarID, _ idx: [Int], _ s: [UInt8]) -> String {
    let shown = folded[v] ?? v
    return "\(model.layout[shown].cellName(idx)) = \(value(shown, idx, s))"
  }

  /// `show` for a list of cells, each folded cell once.
  func show(_ cells: [(VarID, [Int])], _ s: [UInt8]) -> String {
    var seen: [(VarID, [Int])] = []
    var out: [String] = []
    for (v, idx) in cells {
      let shown = folded[v] ?? v
      if seen.contains(where: { $0.0 == shown && $0.1 == idx }) { continue }
      seen.append((shown, idx))
      out.append(show(shown, idx, s))
    }
    return out.joined(separator: ", ")
  }

  /// The cells that differ between two states, each once, as `cell: old → new`.
  public func diff(_ a: [UInt8], _ b: [UInt8]) -> [String] {
    var seen: [(VarID, [Int])] = []
    var out: [String] = []
    for i in 0..<a.count where a[i] != b[i] {
      var (v, idx) = slots[i]
      if pcVars.contains(v) { continue }
      if let primary = folded[v] { v = primary }
      if seen.contains(where: { $0.0 == v && $0.1 == idx }) { continue }
      seen.append((v, idx))
      out.append("\(model.layout[v].cellName(idx)): \(value(v, idx, a)) → \(value(v, idx, b))")
    }
    return out
  }

  /// Every cell that is not zero (or whose display says more than zero).
  public func describeNonDefault(_ s: [UInt8]) -> [String] {
    var out: [String] = []
    var seen: [(VarID, [Int])] = []
    let zero = [UInt8](repeating: 0, count: s.count)
    for i in 0..<s.count {
      var (v, idx) = slots[i]
      if pcVars.contains(v) { continue }
      if let primary = folded[v] { v = primary }
      if seen.contains(where: { $0.0 == v && $0.1 == idx }) { continue }
      let shown = value(v, idx, s)
      if s[i] == 0 && shown == value(v, idx, zero) && model.displays[v] == nil { continue }
      if model.displays[v] != nil && ["none", "-", "NULL"].contains(shown) { continue }
      seen.append((v, idx))
      out.append("\(model.layout[v].cellName(idx))=\(shown)")
    }
    return out
  }
}

extension String {
  func pad(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}

/// Splits text at "; " boundaries into lines of at most `width` characters.
func wrap(_ text: String, width: Int) -> [String] {
  var lines: [String] = []
  var cur = ""
  for part in text.components(separatedBy: "; ") {
    let add = cur.isEmpty ? part : cur + "; " + part
    if add.count > width && !cur.isEmpty {
      lines.append(cur + ";")
      cur = part
    } else {
      cur = add
    }
  }
  if !cur.isEmpty { lines.append(cur) }
  return lines
}
