extension ExprNode {
  /// The expression as text, variables by name: `folio.refcount[F0] == 1`.
  public func describe(_ layout: StateLayout) -> String {
    func p(_ n: ExprNode) -> String {
      switch n {
      case .const(let v): return String(v)
      case .read(let v, let idx):
        let decl = layout[v]
        if idx.isEmpty { return decl.name }
        let parts = idx.enumerated().map { d, i -> String in
          if let c = i.constValue, d < decl.indexNames.count, c >= 0, c < decl.indexNames[d].count { return decl.indexNames[d][c] }
          return p(i)
        }
        return "\(decl.name)[\(parts.joined(separator: "]["))]"
      case .not(let a): return "!(\(p(a)))"
      case .and(let xs): return xs.map { "(\(p($0)))" }.joined(separator: " && ")
      case .or(let xs): return xs.map { "(\(p($0)))" }.joined(separator: " || ")
      case .add(let a, let b): return "\(p(a)) + \(p(b))"
      case .sub(let a, let b): return "\(p(a)) - \(p(b))"
      case .cmp(let op, let a, let b):
        // Show enum constants by name when compared with an enum cell.
        if case .read(let v, _) = a, let c = b.constValue, case .enumeration = layout[v].domain {
          return "\(p(a)) \(op.rawValue) \(layout[v].domain.render(c))"
        }
        return "\(p(a)) \(op.rawValue) \(p(b))"
      case .ite(let c, let a, let b): return "(\(p(c)) ? \(p(a)) : \(p(b)))"
      }
    }
    return p(self)
  }

  /// The cells with static indices that the expression reads (dynamic
  /// indices are resolved in `state`), for pointing at an offending entity.
  public func cellsRead(_ layout: StateLayout, in state: [UInt8]) -> [(VarID, [Int])] {
    var out: [(VarID, [Int])] = []
    func walk(_ n: ExprNode) {
      switch n {
      case .const: return
      case .read(let v, let idx):
        for i in idx { walk(i) }
        let values = idx.map { $0.evaluate(layout, state) }
        if zip(values, layout[v].dims).allSatisfy({ $0 >= 0 && $0 < $1 }),
           !out.contains(where: { $0.0 == v && $0.1 == values }) {
          out.append((v, values))
        }
      case .not(let a): walk(a)
      case .and(let xs), .or(let xs): xs.forEach(walk)
      case .add(let a, let b), .sub(let a, let b), .cmp(_, let a, let b): walk(a); walk(b)
      case .ite(let c, let a, let b): walk(c); walk(a); walk(b)
      }
    }
    walk(self)
    return out
  }
}
