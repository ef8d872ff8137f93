/// Identifies a declared state variable (a scalar or a whole array).
public struct VarID: Hashable, Sendable, Codable {
  public let index: Int
  public init(_ index: Int) { self.index = index }
}

/// One declared state variable: a scalar, or a fixed-size array of up to three
/// dimensions whose cells share a domain. Cells are laid out row-major,
/// one byte each, starting at `offset` in the state vector.
public struct VarDecl: Sendable, Hashable {
  public let name: String
  public let domain: Domain
  /// Array extents; empty for a scalar.
  public let dims: [Int]
  /// Labels for each dimension's index values, for rendering (e.g. "P0").
  public let indexNames: [[String]]
  public let offset: Int

  public var cellCount: Int { dims.reduce(1, *) }

  /// Row-major strides, one per dimension.
  public var strides: [Int] {
    var s = [Int](repeating: 1, count: dims.count)
    var acc = 1
    for d in stride(from: dims.count - 1, through: 0, by: -1) {
      s[d] = acc
      acc *= dims[d]
    }
    return s
  }

  /// The state-vector slot of one cell given static indices.
  public func slot(_ indices: [Int]) -> Int {
    precondition(indices.count == dims.count, "\(name): \(indices.count) indices for \(dims.count) dimensions")
    var s = offset
    for (d, i) in indices.enumerated() {
      precondition(i >= 0 && i < dims[d], "\(name): index \(i) out of 0..<\(dims[d]) in dimension \(d)")
      s += i * strides[d]
    }
    return s
  }

  /// The cell name for people: `refcount[F1]`.
  public func cellName(_ indices: [Int]) -> String {
    if indices.isEmpty { return name }
    let parts = indices.enumerated().map { d, i in
      d < indexNames.count && i < indexNames[d].count ? indexNames[d][i] : String(i)
    }
    return "\(name)[\(parts.joined(separator: "]["))]"
  }
}

/// The fixed set of bounded variables that make up a model's state.
///
/// The layout fixes how a state is stored: a byte vector with one slot per
/// scalar or array cell. All engines share it.
public struct StateLayout: Sendable {
  public private(set) var vars: [VarDecl] = []
  public private(set) var slotCount = 0

  public init() {}

  mutating func declare(_ name: String, _ domain: Domain, dims: [Int], indexNames: [[String]]) -> VarID {
    precondition(domain.maxValue <= 255, "\(name): domain too large for one byte")
    precondition(!vars.contains { $0.name == name }, "variable \(name) declared twice")
    let decl = VarDecl(name: name, domain: domain, dims: dims, indexNames: indexNames, offset: slotCount)
    vars.append(decl)
    slotCount += decl.cellCount
    return VarID(vars.count - 1)
  }

  public subscript(id: VarID) -> VarDecl { vars[id.index] }

  /// For each slot, the variable and static indices it holds; used for diffs.
  public func slotNames() -> [(VarID, [Int])] {
    var out: [(VarID, [Int])] = []
    out.reserveCapacity(slotCount)
    for (vi, v) in vars.enumerated() {
      if v.dims.isEmpty { out.append((VarID(vi), [])); continue }
      var idx = [Int](repeating: 0, count: v.dims.count)
      for _ in 0..<v.cellCount {
        out.append((VarID(vi), idx))
        var d = idx.count - 1
        while d >= 0 {
          idx[d] += 1
          if idx[d] < v.dims[d] { break }
          idx[d] = 0
          d -= 1
        }
      }
    }
    return out
  }
}
