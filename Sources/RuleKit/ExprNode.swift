/// Comparison operators of the expression language.
public enum CmpOp: String, Sendable, Hashable, Codable {
  case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="

  func apply(_ a: Int, _ b: Int) -> Bool {
    switch self {
    case .eq: return a == b
    case .ne: return a != b
    case .lt: return a < b
    case .le: return a <= b
    case .gt: return a > b
    case .ge: return a >= b
    }
  }
}

/// The untyped expression tree every engine interprets.
///
/// It is deliberately tiny, so that each construct has an obvious SMT
/// translation: integer and boolean constants, reads of state variables
/// (array cells may be indexed by expressions), boolean connectives,
/// addition/subtraction, comparisons and if-then-else. Quantifiers over
/// processes, pages or actors are unrolled when rules are built, because
/// all those ranges are fixed by the configuration.
public indirect enum ExprNode: Sendable, Hashable {
  case const(Int)
  /// A variable read; `indices` has one entry per array dimension.
  case read(VarID, [ExprNode])
  case not(ExprNode)
  case and([ExprNode])
  case or([ExprNode])
  case add(ExprNode, ExprNode)
  case sub(ExprNode, ExprNode)
  case cmp(CmpOp, ExprNode, ExprNode)
  case ite(ExprNode, ExprNode, ExprNode)

  /// The value if the expression is a constant.
  public var constValue: Int? {
    if case .const(let v) = self { return v }
    return nil
  }

  /// Every variable the expression reads.
  public func reads(into set: inout Set<VarID>) {
    switch self {
    case .const: return
    case .read(let v, let idx):
      set.insert(v)
      for i in idx { i.reads(into: &set) }
    case .not(let a): a.reads(into: &set)
    case .and(let xs), .or(let xs): for x in xs { x.reads(into: &set) }
    case .add(let a, let b), .sub(let a, let b), .cmp(_, let a, let b):
      a.reads(into: &set); b.reads(into: &set)
    case .ite(let c, let a, let b):
      c.reads(into: &set); a.reads(into: &set); b.reads(into: &set)
    }
  }

  /// Evaluates on a concrete state by walking the tree. This is the slow,
  /// obviously-correct interpreter: engines use `Compiled` closures; tests
  /// compare the two.
  public func evaluate(_ layout: StateLayout, _ s: [UInt8]) -> Int {
    switch self {
    case .const(let v): return v
    case .read(let v, let idx):
      let decl = layout[v]
      return Int(s[decl.slot(idx.map { $0.evaluate(layout, s) })])
    case .not(let a): return a.evaluate(layout, s) == 0 ? 1 : 0
    case .and(let xs): return xs.allSatisfy { $0.evaluate(layout, s) != 0 } ? 1 : 0
    case .or(let xs): return xs.contains { $0.evaluate(layout, s) != 0 } ? 1 : 0
    case .add(let a, let b): return a.evaluate(layout, s) + b.evaluate(layout, s)
    case .sub(let a, let b): return a.evaluate(layout, s) - b.evaluate(layout, s)
    case .cmp(let op, let a, let b): return op.apply(a.evaluate(layout, s), b.evaluate(layout, s)) ? 1 : 0
    case .ite(let c, let a, let b): return c.evaluate(layout, s) != 0 ? a.evaluate(layout, s) : b.evaluate(layout, s)
    }
  }
}

// MARK: - Smart constructors (constant folding)
//
// Rules are built by unrolling over static ranges, so many sub-expressions
// become constant once a parameter is fixed. Folding them here keeps both the
// compiled closures and the later SMT terms small.

extension ExprNode {
  public static func mkNot(_ a: ExprNode) -> ExprNode {
    if let v = a.constValue { return .const(v == 0 ? 1 : 0) }
    if case .not(let inner) = a { return inner }
    return .not(a)
  }

  public static func mkAnd(_ xs: [ExprNode]) -> ExprNode {
    var out: [ExprNode] = []
    for x in xs {
      if let v = x.constValue {
        if v == 0 { return .const(0) }
        continue
      }
      if case .and(let inner) = x { out.append(contentsOf: inner) } else { out.append(x) }
    }
    if out.isEmpty { return .const(1) }
    if out.count == 1 { return out[0] }
    return .and(out)
  }

  public static func mkOr(_ xs: [ExprNode]) -> ExprNode {
    var out: [ExprNode] = []
    for x in xs {
      if let v = x.constValue {
        if v != 0 { return .const(1) }
        continue
      }
      if case .or(let inner) = x { out.append(contentsOf: inner) } else { out.append(x) }
    }
    if out.isEmpty { return .const(0) }
    if out.count == 1 { return out[0] }
    return .or(out)
  }

  public static func mkAdd(_ a: ExprNode, _ b: ExprNode) -> ExprNode {
    if let x = a.constValue, let y = b.constValue { return .const(x + y) }
    if b.constValue == 0 { return a }
    if a.constValue == 0 { return b }
    return .add(a, b)
  }

  public static func mkSub(_ a: ExprNode, _ b: ExprNode) -> ExprNode {
    if let x = a.constValue, let y = b.constValue { return .const(x - y) }
    if b.constValue == 0 { return a }
    return .sub(a, b)
  }

  public static func mkCmp(_ op: CmpOp, _ a: ExprNode, _ b: ExprNode) -> ExprNode {
    if let x = a.constValue, let y = b.constValue { return .const(op.apply(x, y) ? 1 : 0) }
    if a == b {
      switch op {
      case .eq, .le, .ge: return .const(1)
      case .ne, .lt, .gt: return .const(0)
      }
    }
    return .cmp(op, a, b)
  }

  public static func mkIte(_ c: ExprNode, _ a: ExprNode, _ b: ExprNode) -> ExprNode {
    if let v = c.constValue { return v != 0 ? a : b }
    if a == b { return a }
    return .ite(c, a, b)
  }
}
