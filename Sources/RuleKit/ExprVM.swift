/// Expressions compiled once into a flat stack-machine program, evaluated
/// by a tight loop over the raw state bytes.
///
/// Closures were the first design; they spent most of their time in
/// reference counting and reabstraction thunks. A flat program has neither:
/// one switch per instruction, operands inline, jumps for `&&`, `||` and
/// if-then-else, and fused "cell OP constant" compares (the commonest guard).
public final class ExprVM: @unchecked Sendable {
  // Opcodes.
  static let opConst: Int32 = 0, opLoad: Int32 = 1, opLoadDyn: Int32 = 2, opNot: Int32 = 3
  static let opAdd: Int32 = 4, opSub: Int32 = 5
  static let opCmp: Int32 = 6       // 6...11: eq ne lt le gt ge
  static let opCmpSC: Int32 = 12    // 12...17: cell OP constant, operands slot, k
  static let opJumpIfFalse: Int32 = 18, opAndJump: Int32 = 19, opOrJump: Int32 = 20, opJump: Int32 = 21
  static let opReturn: Int32 = 22, opToBool: Int32 = 23
  /// Fused "cell OP constant" then `&&`/`||` short-circuit (an and/or
  /// chain's commonest link): operands slot, k, target. 24...29: when the
  /// compare fails, push 0 and jump; 30...35: when it holds, push 1 and jump.
  static let opCmpSCAndJump: Int32 = 24, opCmpSCOrJump: Int32 = 30

  public let layout: StateLayout
  /// An array read out of range: trap (the default), or, when false, note it
  /// in `badRead`, read index 0 instead, and let the caller report a
  /// modelling error (the explicit checker does).
  public var trapOnBadIndex = true
  /// The first out-of-range read since `clearBadRead()`: the array's first
  /// state slot, the index, the bound.
  public private(set) var badRead: (base: Int, index: Int, bound: Int)?
  public func clearBadRead() { badRead = nil }

  @inline(never)
  func outOfRange(base: Int, index: Int, bound: Int) {
    if trapOnBadIndex { preconditionFailure("array index \(index) out of range 0..<\(bound) (state slot \(base))") }
    if badRead == nil { badRead = (base, index, bound) }
  }

  private var code: [Int32] = []
  private var depth = 0
  private var maxDepth = 1
  private var codePtr: UnsafeMutablePointer<Int32>
  private var stack: UnsafeMutablePointer<Int>
  private var finalized = false

  public init(layout: StateLayout) {
    self.layout = layout
    codePtr = .allocate(capacity: 1)
    stack = .allocate(capacity: 1)
  }

  deinit {
    codePtr.deallocate()
    stack.deallocate()
  }

  /// Compiles an expression; returns its entry point. Call `finalize()`
  /// after the last `compile` and before `eval`.
  public func compile(_ n: ExprNode, asBool: Bool = false) -> Int {
    precondition(!finalized, "compile after finalize")
    let entry = code.count
    depth = 0
    if asBool { emitBool(n) } else { emitInt(n) }
    code.append(Self.opReturn)
    return entry
  }

  /// Freezes the program into its evaluation buffers.
  public func finalize() {
    codePtr.deallocate()
    codePtr = .allocate(capacity: max(1, code.count))
    codePtr.initialize(from: code, count: code.count)
    stack.deallocate()
    stack = .allocate(capacity: maxDepth + 1)
    finalized = true
  }

  /// Compiles and evaluates in one go (for tests and one-off checks).
  public static func evaluate(_ n: ExprNode, layout: StateLayout, _ s: [UInt8], asBool: Bool = false) -> Int {
    let vm = ExprVM(layout: layout)
    let e = vm.compile(n, asBool: asBool)
    vm.finalize()
    return s.withUnsafeBufferPointer { vm.eval(e, $0.baseAddress!) }
  }

  /// Whether the program at `entry` is the constant true (`const 1; return`).
  func isConstTrue(_ entry: Int) -> Bool {
    entry + 2 < code.count && code[entry] == Self.opConst && code[entry + 1] == 1 && code[entry + 2] == Self.opReturn
  }

  // MARK: Emission

  private func push(_ n: Int = 1) { depth += n; maxDepth = max(maxDepth, depth) }
  private func pop(_ n: Int = 1) { depth -= n }

  private func staticSlot(_ n: ExprNode) -> Int? {
    guard case .read(let v, let idx) = n else { return nil }
    var statics: [Int] = []
    for i in idx {
      guard let c = i.constValue else { return nil }
      statics.append(c)
    }
    return layout[v].slot(statics)
  }

  private static func cmpIndex(_ op: CmpOp) -> Int32 {
    switch op {
    case .eq: return 0
    case .ne: return 1
    case .lt: return 2
    case .le: return 3
    case .gt: return 4
    case .ge: return 5
    }
  }

  private static func inverse(_ op: CmpOp) -> CmpOp {
    switch op {
    case .eq: return .ne
    case .ne: return .eq
    case .lt: return .ge
    case .le: return .gt
    case .gt: return .le
    case .ge: return .lt
    }
  }

  /// `n` as a compare of a static cell with a constant (`!(a OP b)` read as
  /// `a !OP b`): the cell's slot, the compare's index, the constant.
  private func staticCompare(_ n: ExprNode) -> (slot: Int, op: Int32, k: Int)? {
    switch n {
    case .cmp(let op, let a, let b):
      if let slot = staticSlot(a), let k = b.constValue { return (slot, Self.cmpIndex(op), k) }
    case .not(.cmp(let op, let a, let b)):
      if let slot = staticSlot(a), let k = b.constValue { return (slot, Self.cmpIndex(Self.inverse(op)), k) }
    default: break
    }
    return nil
  }

  private func isBoolValued(_ n: ExprNode) -> Bool {
    switch n {
    case .not, .and, .or, .cmp: return true
    case .const(let v): return v == 0 || v == 1
    case .ite(_, let a, let b): return isBoolValued(a) && isBoolValued(b)
    default: return false
    }
  }

  private func emitBool(_ n: ExprNode) {
    emitInt(n)
    if !isBoolValued(n) { code.append(Self.opToBool) }
  }

  private func emitInt(_ n: ExprNode) {
    switch n {
    case .const(let v):
      code += [Self.opConst, Int32(v)]
      push()
    case .read(let v, let idx):
      if let slot = staticSlot(n) {
        code += [Self.opLoad, Int32(slot)]
        push()
        return
      }
      let decl = layout[v]
      for i in idx { emitInt(i) }
      code += [Self.opLoadDyn, Int32(decl.offset), Int32(idx.count)]
      for (d, s) in zip(decl.dims, decl.strides) { code += [Int32(d), Int32(s)] }
      pop(idx.count)
      push()
    case .not(.cmp(let op, let a, let b)):
      emitInt(.cmp(Self.inverse(op), a, b))
    case .not(let a):
      emitBool(a)
      code.append(Self.opNot)
    case .and(let xs), .or(let xs):
      let isAnd: Bool
      if case .and = n { isAnd = true } else { isAnd = false }
      var patches: [Int] = []
      for (k, x) in xs.enumerated() {
        if k < xs.count - 1, let c = staticCompare(x) {
          // Short-circuits straight from the compare; pushes only when it jumps.
          code += [(isAnd ? Self.opCmpSCAndJump : Self.opCmpSCOrJump) + c.op, Int32(c.slot), Int32(c.k), 0]
          patches.append(code.count - 1)
          push(); pop()
          continue
        }
        emitBool(x)
        if k < xs.count - 1 {
          code += [isAnd ? Self.opAndJump : Self.opOrJump, 0]
          patches.append(code.count - 1)
          pop()
        }
      }
      for p in patches { code[p] = Int32(code.count) }
    case .add(let a, let b), .sub(let a, let b):
      emitInt(a)
      emitInt(b)
      if case .add = n { code.append(Self.opAdd) } else { code.append(Self.opSub) }
      pop()
    case .cmp(let op, let a, let b):
      if let slot = staticSlot(a), let k = b.constValue {
        code += [Self.opCmpSC + Self.cmpIndex(op), Int32(slot), Int32(k)]
        push()
        return
      }
      emitInt(a)
      emitInt(b)
      code.append(Self.opCmp + Self.cmpIndex(op))
      pop()
    case .ite(let c, let a, let b):
      emitBool(c)
      code += [Self.opJumpIfFalse, 0]
      let toElse = code.count - 1
      pop()
      emitInt(a)
      code += [Self.opJump, 0]
      let toEnd = code.count - 1
      pop()
      code[toElse] = Int32(code.count)
      emitInt(b)
      code[toEnd] = Int32(code.count)
    }
  }

  // MARK: Evaluation

  /// Evaluates the expression compiled at `entry` on state `s`.
  @inline(__always)
  public func eval(_ entry: Int, _ s: UnsafePointer<UInt8>) -> Int {
    let c = codePtr
    let st = stack
    var pc = entry
    var sp = 0
    while true {
      switch c[pc] {
      case 0:
        st[sp] = Int(c[pc &+ 1]); sp &+= 1; pc &+= 2
      case 1:
        st[sp] = Int(s[Int(c[pc &+ 1])]); sp &+= 1; pc &+= 2
      case 2:
        let base = Int(c[pc &+ 1]), dims = Int(c[pc &+ 2])
        var slot = base
        sp &-= dims
        for d in 0..<dims {
          let i = st[sp &+ d]
          let n = Int(c[pc &+ 3 &+ 2 &* d])
          if _slowPath(i < 0 || i >= n) {
            outOfRange(base: base, index: i, bound: n)
            continue  // read as index 0; `badRead` says what happened
          }
          slot &+= i &* Int(c[pc &+ 4 &+ 2 &* d])
        }
        st[sp] = Int(s[slot]); sp &+= 1; pc &+= 3 &+ 2 &* dims
      case 3:
        st[sp &- 1] = st[sp &- 1] == 0 ? 1 : 0; pc &+= 1
      case 4:
        sp &-= 1; st[sp &- 1] = st[sp &- 1] &+ st[sp]; pc &+= 1
      case 5:
        sp &-= 1; st[sp &- 1] = st[sp &- 1] &- st[sp]; pc &+= 1
      case 6:
        sp &-= 1; st[sp &- 1] = st[sp &- 1] == st[sp] ? 1 : 0; pc &+= 1
      case 7:
        sp &-= 1; st[sp &- 1] = st[sp &- 1] != st[sp] ? 1 : 0; pc &+= 1
      case 8:
        sp &-= 1; st[sp &- 1] = st[sp &- 1] < st[sp] ? 1 : 0; pc &+= 1
      case 9:
        sp &-= 1; st[sp &- 1] = st[sp &- 1] <= st[sp] ? 1 : 0; pc &+= 1
      case 10:
        sp &-= 1; st[sp &- 1] = st[sp &- 1] > st[sp] ? 1 : 0; pc &+= 1
      case 11:
        sp &-= 1; st[sp &- 1] = st[sp &- 1] >= st[sp] ? 1 : 0; pc &+= 1
      case 12:
        st[sp] = Int(s[Int(c[pc &+ 1])]) == Int(c[pc &+ 2]) ? 1 : 0; sp &+= 1; pc &+= 3
      case 13:
        st[sp] = Int(s[Int(c[pc &+ 1])]) != Int(c[pc &+ 2]) ? 1 : 0; sp &+= 1; pc &+= 3
      case 14:
        st[sp] = Int(s[Int(c[pc &+ 1])]) < Int(c[pc &+ 2]) ? 1 : 0; sp &+= 1; pc &+= 3
      case 15:
        st[sp] = Int(s[Int(c[pc &+ 1])]) <= Int(c[pc &+ 2]) ? 1 : 0; sp &+= 1; pc &+= 3
      case 16:
        st[sp] = Int(s[Int(c[pc &+ 1])]) > Int(c[pc &+ 2]) ? 1 : 0; sp &+= 1; pc &+= 3
      case 17:
        st[sp] = Int(s[Int(c[pc &+ 1])]) >= Int(c[pc &+ 2]) ? 1 : 0; sp &+= 1; pc &+= 3
      case 18:
        sp &-= 1
        pc = st[sp] == 0 ? Int(c[pc &+ 1]) : pc &+ 2
      case 19:
        if st[sp &- 1] == 0 { pc = Int(c[pc &+ 1]) } else { sp &-= 1; pc &+= 2 }
      case 20:
        if st[sp &- 1] != 0 { pc = Int(c[pc &+ 1]) } else { sp &-= 1; pc &+= 2 }
      case 21:
        pc = Int(c[pc &+ 1])
      case 23:
        st[sp &- 1] = st[sp &- 1] != 0 ? 1 : 0; pc &+= 1
      case 24:
        if Int(s[Int(c[pc &+ 1])]) == Int(c[pc &+ 2]) { pc &+= 4 } else { st[sp] = 0; sp &+= 1; pc = Int(c[pc &+ 3]) }
      case 25:
        if Int(s[Int(c[pc &+ 1])]) != Int(c[pc &+ 2]) { pc &+= 4 } else { st[sp] = 0; sp &+= 1; pc = Int(c[pc &+ 3]) }
      case 26:
        if Int(s[Int(c[pc &+ 1])]) < Int(c[pc &+ 2]) { pc &+= 4 } else { st[sp] = 0; sp &+= 1; pc = Int(c[pc &+ 3]) }
      case 27:
        if Int(s[Int(c[pc &+ 1])]) <= Int(c[pc &+ 2]) { pc &+= 4 } else { st[sp] = 0; sp &+= 1; pc = Int(c[pc &+ 3]) }
      case 28:
        if Int(s[Int(c[pc &+ 1])]) > Int(c[pc &+ 2]) { pc &+= 4 } else { st[sp] = 0; sp &+= 1; pc = Int(c[pc &+ 3]) }
      case 29:
        if Int(s[Int(c[pc &+ 1])]) >= Int(c[pc &+ 2]) { pc &+= 4 } else { st[sp] = 0; sp &+= 1; pc = Int(c[pc &+ 3]) }
      case 30:
        if Int(s[Int(c[pc &+ 1])]) == Int(c[pc &+ 2]) { st[sp] = 1; sp &+= 1; pc = Int(c[pc &+ 3]) } else { pc &+= 4 }
      case 31:
        if Int(s[Int(c[pc &+ 1])]) != Int(c[pc &+ 2]) { st[sp] = 1; sp &+= 1; pc = Int(c[pc &+ 3]) } else { pc &+= 4 }
      case 32:
        if Int(s[Int(c[pc &+ 1])]) < Int(c[pc &+ 2]) { st[sp] = 1; sp &+= 1; pc = Int(c[pc &+ 3]) } else { pc &+= 4 }
      case 33:
        if Int(s[Int(c[pc &+ 1])]) <= Int(c[pc &+ 2]) { st[sp] = 1; sp &+= 1; pc = Int(c[pc &+ 3]) } else { pc &+= 4 }
      case 34:
        if Int(s[Int(c[pc &+ 1])]) > Int(c[pc &+ 2]) { st[sp] = 1; sp &+= 1; pc = Int(c[pc &+ 3]) } else { pc &+= 4 }
      case 35:
        if Int(s[Int(c[pc &+ 1])]) >= Int(c[pc &+ 2]) { st[sp] = 1; sp &+= 1; pc = Int(c[pc &+ 3]) } else { pc &+= 4 }
      default:
        return st[sp &- 1]
      }
    }
  }
}
