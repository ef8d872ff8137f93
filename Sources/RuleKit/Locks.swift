/// A lock class, named as lockdep names it (`&mm->mmap_lock`, `ptlock_ptr(page)`,
/// `PG_locked`), with one instance per index. Its state lives in ordinary
/// state variables, so every engine sees lock state like any other.
public struct LockClass: Sendable {
  public enum Kind: Sendable { case mutex, rwsem }
  public let name: String
  public let kind: Kind
  /// The exclusive holder of each instance: 0 when free, else actor index + 1.
  public let holder: StateVar<Int>
  /// For a rwsem: the number of readers of each instance.
  public let readers: StateVar<Int>?

  /// One instance of the class.
  public subscript(_ i: some IndexExpr) -> LockRef { LockRef(lockClass: self, instance: i.indexNode) }
}

/// One lock instance, possibly chosen by a state-dependent index.
public struct LockRef: Sendable {
  public let lockClass: LockClass
  public let instance: ExprNode

  /// The exclusive holder (actor + 1), 0 when not held exclusively.
  public var holder: Expr<Int> { Expr(node: .read(lockClass.holder.id, [instance])) }
  /// Readers of a rwsem (0 for a mutex).
  public var readers: Expr<Int> {
    guard let r = lockClass.readers else { return 0 }
    return Expr(node: .read(r.id, [instance]))
  }
  /// Nobody holds it in any mode.
  public var isFree: Expr<Bool> { holder == 0 && readers == 0 }
  /// Held by someone, in any mode.
  public var isHeld: Expr<Bool> { !isFree }
}
