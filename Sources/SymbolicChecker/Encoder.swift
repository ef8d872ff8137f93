import RuleKit
import Z3Kit

/// Translates the rule language into Z3 terms: the same `ExprNode`s the
/// explicit engine evaluates, read by a second interpreter.
///
/// Encoding choices: every state slot is an 8-bit bit-vector constant per
/// step (a slot is a byte in the explicit engine too), constrained to its
/// domain `0...max`. Arithmetic is unsigned modulo 256: every domain is far
/// below 128, so a subtraction below zero wraps to a value outside the
/// domain and is rejected exactly where the explicit engine reports a
/// modelling error. Bit-vectors bit-blast to SAT; the first version used
/// integers and was ~30x slower at depth 6 on the fork specs. A cell read
/// with a symbolic index is an if-then-else chain over the array's cells.
/// One step is `rule@t`, a rule choice, plus one if-then-else per slot over
/// the rules that can write it: `guard ∧ updates ∧ frame` for each rule,
/// without repeating the frame.
public final class Encoder {
  public let model: Model
  public let z: Z3Context
  let layout: StateLayout
  /// slot → for each rule that may write it: (rule, condition on indices, value).
  let writers: [[(rule: Int, cond: ExprNode, value: ExprNode)]]
  let slotNames: [String]
  /// Bits per slot and per rule choice.
  let width = 8
  let ruleWidth: Int
  /// Each variable's cells (static indices), in slot order.
  let cells: [[[Int]]]

  public init(model: Model, context: Z3Context) {
    self.model = model
    self.z = context
    layout = model.layout
    var w = [[(rule: Int, cond: ExprNode, value: ExprNode)]](repeating: [], count: model.layout.slotCount)
    for (r, rule) in model.rules.enumerated() {
      for a in rule.assigns {
        let decl = model.layout[a.target]
        for (slotVar, idx) in model.layout.slotNames() where slotVar == a.target {
          // The assignment writes this cell when every index expression equals the cell's index.
          let cond = ExprNode.mkAnd(zip(a.indices, idx).map { ExprNode.mkCmp(.eq, $0, .const($1)) })
          if cond.constValue == 0 { continue }
          w[decl.slot(idx)].append((r, cond, a.value))
        }
      }
    }
    writers = w
    var c = [[[Int]]](repeating: [], count: model.layout.vars.count)
    for (v, idx) in model.layout.slotNames() { c[v.index].append(idx) }
    cells = c
    ruleWidth = max(8, (model.rules.count + 1).bitWidthNeeded)
    slotNames = model.layout.slotNames().map { model.layout[$0.0].cellName($0.1) }
  }

  /// Fresh constants for the state at step `t`.
  public func stateVars(_ t: Int, prefix: String = "") throws(Z3Error) -> [Z3Term] {
    var out: [Z3Term] = []
    out.reserveCapacity(slotNames.count)
    for n in slotNames { out.append(try z.bvConst("\(prefix)\(n)@\(t)", width: width)) }
    return out
  }

  /// The rule choice of step `t`.
  public func ruleVar(_ t: Int, prefix: String = "") throws(Z3Error) -> Z3Term { try z.bvConst("\(prefix)rule@\(t)", width: ruleWidth) }

  /// A constant of the slot sort.
  func k(_ v: Int) throws(Z3Error) -> Z3Term { try z.bv(v, width: width) }

  /// Every slot within its domain.
  public func domain(_ s: [Z3Term]) throws(Z3Error) -> Z3Term {
    var cs: [Z3Term] = []
    for (k, (v, _)) in layout.slotNames().enumerated() {
      cs.append(try s[k].bvULE(try self.k(layout[v].domain.maxValue)))
    }
    return try Z3Term.and(z, cs)
  }

  /// The initial state.
  public func initial(_ s: [Z3Term]) throws(Z3Error) -> Z3Term {
    try Z3Term.and(z, model.initial.enumerated().map { k, v throws(Z3Error) in try s[k].eq(try self.k(Int(v))) })
  }

  // MARK: Expressions

  /// An expression as an integer term over state `s`.
  public func int(_ n: ExprNode, _ s: [Z3Term]) throws(Z3Error) -> Z3Term {
    switch n {
    case .const(let v): return try k(v)
    case .read(let v, let idx):
      let decl = layout[v]
      let statics = idx.compactMap(\.constValue)
      if statics.count == idx.count { return s[decl.slot(statics)] }
      let idxTerms = try idx.map { i throws(Z3Error) in try int(i, s) }
      // ite chain over the cells; the last cell is the fallback (guards keep indices in range).
      let cells = self.cells[v.index]
      var acc = s[decl.slot(cells[cells.count - 1])]
      for cell in cells.dropLast().reversed() {
        let conds = try zip(idxTerms, cell).map { t, c throws(Z3Error) in try t.eq(try k(c)) }
        acc = try Z3Term.and(z, conds).ite(s[decl.slot(cell)], acc)
      }
      return acc
    case .add(let a, let b): return try int(a, s).bvAdd(try int(b, s))
    case .sub(let a, let b): return try int(a, s).bvSub(try int(b, s))
    case .ite(let c, let a, let b): return try bool(c, s).ite(try int(a, s), try int(b, s))
    case .not, .and, .or, .cmp:
      return try bool(n, s).ite(try k(1), try k(0))
    }
  }

  /// An expression as a boolean term over state `s` (non-zero is true).
  public func bool(_ n: ExprNode, _ s: [Z3Term]) throws(Z3Error) -> Z3Term {
    switch n {
    case .const(let v): return try z.bool(v != 0)
    case .not(let a): return try bool(a, s).not()
    case .and(let xs): return try Z3Term.and(z, xs.map { x throws(Z3Error) in try bool(x, s) })
    case .or(let xs): return try Z3Term.or(z, xs.map { x throws(Z3Error) in try bool(x, s) })
    case .cmp(let op, let a, let b):
      let x = try int(a, s), y = try int(b, s)
      switch op {
      case .eq: return try x.eq(y)
      case .ne: return try x.eq(y).not()
      case .lt: return try x.bvULT(y)
      case .le: return try x.bvULE(y)
      case .gt: return try x.bvUGT(y)
      case .ge: return try x.bvUGE(y)
      }
    case .ite(let c, let a, let b): return try bool(c, s).ite(try bool(a, s), try bool(b, s))
    case .read, .add, .sub: return try int(n, s).eq(try k(0)).not()
    }
  }

  // MARK: Rules and steps

  /// Rule `r` is enabled in `s`: its guard, and every index it uses in range.
  public func enabled(_ r: Int, _ s: [Z3Term]) throws(Z3Error) -> Z3Term {
    try bool(model.rules[r].guardNode, s)
  }

  /// The successor of `s` under rule `r`, slot by slot (the frame included).
  public func successor(_ r: Int, _ s: [Z3Term]) throws(Z3Error) -> [Z3Term] {
    var out = s
    for (k, ws) in writers.enumerated() {
      var acc = s[k]
      for w in ws.reversed() where w.rule == r {
        acc = try bool(w.cond, s).ite(try int(w.value, s), acc)
      }
      out[k] = acc
    }
    return out
  }

  /// One step `s → next` chosen by `choice`: some enabled rule fires and
  /// every slot takes that rule's value (or keeps its own).
  public func transition(_ s: [Z3Term], _ next: [Z3Term], choice: Z3Term) throws(Z3Error) -> Z3Term {
    var parts: [Z3Term] = []
    var options: [Z3Term] = []
    for r in model.rules.indices {
      options.append(try Z3Term.and(z, [try choice.eq(try z.bv(r, width: ruleWidth)), try enabled(r, s)]))
    }
    parts.append(try Z3Term.or(z, options))
    var cache: [Int: Z3Term] = [:]
    func chosen(_ r: Int) throws(Z3Error) -> Z3Term {
      if let t = cache[r] { return t }
      let t = try choice.eq(try z.bv(r, width: ruleWidth))
      cache[r] = t
      return t
    }
    for (k, ws) in writers.enumerated() {
      var acc = s[k]
      for w in ws.reversed() {
        let c = try Z3Term.and(z, [try chosen(w.rule), try bool(w.cond, s)])
        acc = try c.ite(try int(w.value, s), acc)
      }
      parts.append(try next[k].eq(acc))
    }
    parts.append(try domain(next))
    return try Z3Term.and(z, parts)
  }

  // MARK: Properties as bad states

  /// The states that violate property `p`: its invariant fails; an enabled
  /// rule would fail one of its assertions; deadlock; or every actor is
  /// done and the end-state condition fails.
  public func bad(_ p: Property, _ s: [Z3Term]) throws(Z3Error) -> Z3Term {
    var bads: [Z3Term] = []
    if let inv = p.invariant { bads.append(try bool(inv, s).not()) }
    for (r, rule) in model.rules.enumerated() {
      for a in rule.assertions where a.property == p.id {
        bads.append(try Z3Term.and(z, [try enabled(r, s), try bool(a.condition, s).not()]))
      }
    }
    let done = try bool(model.allDone, s)
    if p.checksDeadlock {
      let any = try Z3Term.or(z, model.rules.indices.map { r throws(Z3Error) in try enabled(r, s) })
      bads.append(try Z3Term.and(z, [try done.not(), try any.not()]))
    }
    if let t = p.atTermination { bads.append(try Z3Term.and(z, [done, try bool(t, s).not()])) }
    return try Z3Term.or(z, bads)
  }
}

extension Int {
  /// Bits needed to write this non-negative number.
  var bitWidthNeeded: Int { Swift.max(1, Int.bitWidth - leadingZeroBitCount) }
}
