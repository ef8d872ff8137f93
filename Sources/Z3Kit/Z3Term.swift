import CZ3

/// A Z3 term (AST), reference counted for as long as this object lives.
public final class Z3Term {
  public let context: Z3Context
  let raw: Z3_ast

  init(_ context: Z3Context, _ raw: Z3_ast) {
    self.context = context
    self.raw = raw
    Z3_inc_ref(context.raw, raw)
  }

  deinit { Z3_dec_ref(context.raw, raw) }

  /// The term in SMT-LIB syntax.
  public var smtlib: String { String(cString: Z3_ast_to_string(context.raw, raw)) }

  private func binary(_ other: Z3Term, _ f: (Z3_context, Z3_ast, Z3_ast) -> Z3_ast?) throws(Z3Error) -> Z3Term {
    try context.term(f(context.raw, raw, other.raw))
  }

  private static func nary(_ ctx: Z3Context, _ xs: [Z3Term], _ f: (Z3_context, UInt32, UnsafePointer<Z3_ast?>) -> Z3_ast?) throws(Z3Error) -> Z3Term {
    let raws: [Z3_ast?] = xs.map { $0.raw }
    let r = raws.withUnsafeBufferPointer { f(ctx.raw, UInt32(xs.count), $0.baseAddress!) }
    return try ctx.term(r)
  }

  // MARK: Boolean

  public static func and(_ ctx: Z3Context, _ xs: [Z3Term]) throws(Z3Error) -> Z3Term {
    if xs.isEmpty { return try ctx.bool(true) }
    if xs.count == 1 { return xs[0] }
    return try nary(ctx, xs) { Z3_mk_and($0, $1, $2) }
  }

  public static func or(_ ctx: Z3Context, _ xs: [Z3Term]) throws(Z3Error) -> Z3Term {
    if xs.isEmpty { return try ctx.bool(false) }
    if xs.count == 1 { return xs[0] }
    return try nary(ctx, xs) { Z3_mk_or($0, $1, $2) }
  }

  public func not() throws(Z3Error) -> Z3Term { try context.term(Z3_mk_not(context.raw, raw)) }
  public func implies(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_implies($0, $1, $2) } }
  public func ite(_ a: Z3Term, _ b: Z3Term) throws(Z3Error) -> Z3Term {
    try context.term(Z3_mk_ite(context.raw, raw, a.raw, b.raw))
  }

  // MARK: Integer

  public func eq(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_eq($0, $1, $2) } }
  public func lt(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_lt($0, $1, $2) } }
  public func le(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_le($0, $1, $2) } }
  public func gt(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_gt($0, $1, $2) } }
  public func ge(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_ge($0, $1, $2) } }
  public func add(_ o: Z3Term) throws(Z3Error) -> Z3Term {
    try Z3Term.nary(context, [self, o]) { Z3_mk_add($0, $1, $2) }
  }
  public func sub(_ o: Z3Term) throws(Z3Error) -> Z3Term {
    try Z3Term.nary(context, [self, o]) { Z3_mk_sub($0, $1, $2) }
  }

  // MARK: Bit-vectors (unsigned)

  public func bvAdd(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_bvadd($0, $1, $2) } }
  public func bvSub(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_bvsub($0, $1, $2) } }
  public func bvULT(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_bvult($0, $1, $2) } }
  public func bvULE(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_bvule($0, $1, $2) } }
  public func bvUGT(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_bvugt($0, $1, $2) } }
  public func bvUGE(_ o: Z3Term) throws(Z3Error) -> Z3Term { try binary(o) { Z3_mk_bvuge($0, $1, $2) } }

  /// Simplifies the term (Z3's rewriter).
  public func simplified() throws(Z3Error) -> Z3Term { try context.term(Z3_simplify(context.raw, raw)) }
}
