/// A typed expression of the rule language.
///
/// `T` is a phantom type (`Bool`, `Int` or a `ModelEnum`) so that rules are
/// checked by the Swift compiler: a PTE kind cannot be compared with a
/// refcount. The tree underneath is `ExprNode`, which every engine reads.
public struct Expr<T>: Sendable {
  public let node: ExprNode
  public init(node: ExprNode) { self.node = node }
}

extension Expr where T == Int {
  public init(_ value: Int) { self.node = .const(value) }
}
extension Expr where T == Bool {
  public init(_ value: Bool) { self.node = .const(value ? 1 : 0) }
}
extension Expr where T: ModelEnum {
  public init(_ value: T) { self.node = .const(value.rawValue) }
}

extension Expr: ExpressibleByIntegerLiteral where T == Int {
  public init(integerLiteral value: Int) { self.node = .const(value) }
}
extension Expr: ExpressibleByBooleanLiteral where T == Bool {
  public init(booleanLiteral value: Bool) { self.node = .const(value ? 1 : 0) }
}

/// `true`, `false` as expressions.
public let trueExpr = Expr<Bool>(true)
public let falseExpr = Expr<Bool>(false)

// MARK: Booleans

public prefix func ! (a: Expr<Bool>) -> Expr<Bool> { Expr(node: .mkNot(a.node)) }
public func && (a: Expr<Bool>, b: Expr<Bool>) -> Expr<Bool> { Expr(node: .mkAnd([a.node, b.node])) }
public func || (a: Expr<Bool>, b: Expr<Bool>) -> Expr<Bool> { Expr(node: .mkOr([a.node, b.node])) }

/// `a` implies `b`.
public func implies(_ a: Expr<Bool>, _ b: Expr<Bool>) -> Expr<Bool> { !a || b }

/// Conjunction over a static range: `all(0..<n) { i in ... }`.
public func all<S: Sequence>(_ s: S, _ body: (S.Element) -> Expr<Bool>) -> Expr<Bool> {
  Expr(node: .mkAnd(s.map { body($0).node }))
}

/// Disjunction over a static range.
public func any<S: Sequence>(_ s: S, _ body: (S.Element) -> Expr<Bool>) -> Expr<Bool> {
  Expr(node: .mkOr(s.map { body($0).node }))
}

/// Sum over a static range.
public func sum<S: Sequence>(_ s: S, _ body: (S.Element) -> Expr<Int>) -> Expr<Int> {
  s.reduce(Expr<Int>(0)) { $0 + body($1) }
}

/// Number of elements of a static range for which `body` holds.
public func count<S: Sequence>(_ s: S, _ body: (S.Element) -> Expr<Bool>) -> Expr<Int> {
  sum(s) { ite(body($0), 1, 0) }
}

/// If-then-else.
public func ite<T>(_ c: Expr<Bool>, _ a: Expr<T>, _ b: Expr<T>) -> Expr<T> {
  Expr(node: .mkIte(c.node, a.node, b.node))
}

public func ite<T: ModelEnum>(_ c: Expr<Bool>, _ a: T, _ b: Expr<T>) -> Expr<T> { ite(c, Expr(a), b) }
public func ite<T: ModelEnum>(_ c: Expr<Bool>, _ a: Expr<T>, _ b: T) -> Expr<T> { ite(c, a, Expr(b)) }
public func ite<T: ModelEnum>(_ c: Expr<Bool>, _ a: T, _ b: T) -> Expr<T> { ite(c, Expr(a), Expr(b)) }

/// The boolean as 0/1, for counting.
extension Expr where T == Bool {
  public var asInt: Expr<Int> { Expr<Int>(node: node) }
}

// MARK: Integers

public func + (a: Expr<Int>, b: Expr<Int>) -> Expr<Int> { Expr(node: .mkAdd(a.node, b.node)) }
public func - (a: Expr<Int>, b: Expr<Int>) -> Expr<Int> { Expr(node: .mkSub(a.node, b.node)) }
public func + (a: Expr<Int>, b: Int) -> Expr<Int> { a + Expr(b) }
public func - (a: Expr<Int>, b: Int) -> Expr<Int> { a - Expr(b) }

public func == (a: Expr<Int>, b: Expr<Int>) -> Expr<Bool> { Expr(node: .mkCmp(.eq, a.node, b.node)) }
public func != (a: Expr<Int>, b: Expr<Int>) -> Expr<Bool> { Expr(node: .mkCmp(.ne, a.node, b.node)) }
public func < (a: Expr<Int>, b: Expr<Int>) -> Expr<Bool> { Expr(node: .mkCmp(.lt, a.node, b.node)) }
public func <= (a: Expr<Int>, b: Expr<Int>) -> Expr<Bool> { Expr(node: .mkCmp(.le, a.node, b.node)) }
public func > (a: Expr<Int>, b: Expr<Int>) -> Expr<Bool> { Expr(node: .mkCmp(.gt, a.node, b.node)) }
public func >= (a: Expr<Int>, b: Expr<Int>) -> Expr<Bool> { Expr(node: .mkCmp(.ge, a.node, b.node)) }
public func == (a: Expr<Int>, b: Int) -> Expr<Bool> { a == Expr(b) }
public func != (a: Expr<Int>, b: Int) -> Expr<Bool> { a != Expr(b) }
public func < (a: Expr<Int>, b: Int) -> Expr<Bool> { a < Expr(b) }
public func <= (a: Expr<Int>, b: Int) -> Expr<Bool> { a <= Expr(b) }
public func > (a: Expr<Int>, b: Int) -> Expr<Bool> { a > Expr(b) }
public func >= (a: Expr<Int>, b: Int) -> Expr<Bool> { a >= Expr(b) }

// MARK: Booleans and enums compared

public func == (a: Expr<Bool>, b: Expr<Bool>) -> Expr<Bool> { Expr(node: .mkCmp(.eq, a.node, b.node)) }
public func != (a: Expr<Bool>, b: Expr<Bool>) -> Expr<Bool> { Expr(node: .mkCmp(.ne, a.node, b.node)) }
public func == <T: ModelEnum>(a: Expr<T>, b: Expr<T>) -> Expr<Bool> { Expr(node: .mkCmp(.eq, a.node, b.node)) }
public func != <T: ModelEnum>(a: Expr<T>, b: Expr<T>) -> Expr<Bool> { Expr(node: .mkCmp(.ne, a.node, b.node)) }
public func == <T: ModelEnum>(a: Expr<T>, b: T) -> Expr<Bool> { a == Expr(b) }
public func != <T: ModelEnum>(a: Expr<T>, b: T) -> Expr<Bool> { a != Expr(b) }

// MARK: Variables

/// Something usable as an array index: a Swift `Int` (static) or an `Expr<Int>`.
public protocol IndexExpr { var indexNode: ExprNode { get } }
extension Int: IndexExpr { public var indexNode: ExprNode { .const(self) } }
extension Expr: IndexExpr where T == Int { public var indexNode: ExprNode { node } }

/// A declared state variable, scalar or array. Reading a cell gives an
/// expression that is also an l-value for `Step.set`.
public struct StateVar<T>: Sendable {
  public let id: VarID
  public let dims: [Int]
  public init(id: VarID, dims: [Int]) { self.id = id; self.dims = dims }

  /// The scalar's value (precondition: no dimensions).
  public var value: Expr<T> {
    precondition(dims.isEmpty, "variable has \(dims.count) dimensions")
    return Expr(node: .read(id, []))
  }

  public subscript(_ i: some IndexExpr) -> Expr<T> {
    precondition(dims.count == 1, "1 index for \(dims.count) dimensions")
    return Expr(node: .read(id, [i.indexNode]))
  }

  public subscript(_ i: some IndexExpr, _ j: some IndexExpr) -> Expr<T> {
    precondition(dims.count == 2, "2 indices for \(dims.count) dimensions")
    return Expr(node: .read(id, [i.indexNode, j.indexNode]))
  }

  public subscript(_ i: some IndexExpr, _ j: some IndexExpr, _ k: some IndexExpr) -> Expr<T> {
    precondition(dims.count == 3, "3 indices for \(dims.count) dimensions")
    return Expr(node: .read(id, [i.indexNode, j.indexNode, k.indexNode]))
  }
}
