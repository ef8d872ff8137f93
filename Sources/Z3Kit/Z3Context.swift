import CZ3

/// An error reported by Z3 (a sort mismatch, an invalid argument ...).
public struct Z3Error: Error, CustomStringConvertible, Sendable {
  public let code: Int
  public let message: String
  public var description: String { "Z3 error \(code): \(message)" }
  public init(code: Int, message: String) { self.code = code; self.message = message }
}

/// The answer of a satisfiability check.
public enum SatResult: Equatable, Sendable, CustomStringConvertible {
  case sat
  case unsat
  /// Z3 gave up: a timeout, a resource limit or incompleteness; the reason as Z3 states it.
  case unknown(reason: String)

  public var description: String {
    switch self {
    case .sat: return "sat"
    case .unsat: return "unsat"
    case .unknown(let r): return "unknown (\(r))"
    }
  }
}

/// A Z3 context in reference-counting mode. Every term, solver and model
/// made from it holds it strongly, so it is deleted last.
///
/// Not thread-safe (Z3 contexts are not): use one per task.
public final class Z3Context {
  let raw: Z3_context

  public init() {
    let cfg = Z3_mk_config()!
    Z3_set_param_value(cfg, "model", "true")
    raw = Z3_mk_context_rc(cfg)
    Z3_del_config(cfg)
    migspec_z3_install_handler(raw)
  }

  deinit { Z3_del_context(raw) }

  /// The Z3 library version, e.g. "4.8.12".
  public static var version: String {
    var major: UInt32 = 0, minor: UInt32 = 0, build: UInt32 = 0, rev: UInt32 = 0
    Z3_get_version(&major, &minor, &build, &rev)
    return "\(major).\(minor).\(build)"
  }

  /// Throws the pending Z3 error, if any.
  func check() throws(Z3Error) {
    let code = Z3_get_error_code(raw)
    if code != Z3_OK {
      let msg = String(cString: Z3_get_error_msg(raw, code))
      Z3_set_error(raw, Z3_OK)  // clear it so later calls are not blamed
      throw Z3Error(code: Int(code.rawValue), message: msg)
    }
  }

  /// Runs a C call, then throws if Z3 reported an error.
  func checked<T>(_ body: (Z3_context) -> T) throws(Z3Error) -> T {
    let r = body(raw)
    try check()
    return r
  }

  /// Wraps a freshly returned AST (taking a reference at once: in rc mode
  /// the context keeps only the latest result alive).
  func term(_ ast: Z3_ast?) throws(Z3Error) -> Z3Term {
    try check()
    guard let ast else { throw Z3Error(code: -1, message: "Z3 returned no term") }
    return Z3Term(self, ast)
  }

  // MARK: Sorts and constants

  /// A fresh integer constant named `name`.
  public func intConst(_ name: String) throws(Z3Error) -> Z3Term {
    let sym = Z3_mk_string_symbol(raw, name)
    return try term(Z3_mk_const(raw, sym, Z3_mk_int_sort(raw)))
  }

  /// A fresh boolean constant named `name`.
  public func boolConst(_ name: String) throws(Z3Error) -> Z3Term {
    let sym = Z3_mk_string_symbol(raw, name)
    return try term(Z3_mk_const(raw, sym, Z3_mk_bool_sort(raw)))
  }

  /// A fresh bit-vector constant of `width` bits.
  public func bvConst(_ name: String, width: Int) throws(Z3Error) -> Z3Term {
    let sym = Z3_mk_string_symbol(raw, name)
    return try term(Z3_mk_const(raw, sym, Z3_mk_bv_sort(raw, UInt32(width))))
  }

  /// A bit-vector numeral (`v` taken modulo 2^width).
  public func bv(_ v: Int, width: Int) throws(Z3Error) -> Z3Term {
    try term(Z3_mk_unsigned_int64(raw, UInt64(bitPattern: Int64(v)) & ((1 << UInt64(width)) - 1), Z3_mk_bv_sort(raw, UInt32(width))))
  }

  public func int(_ v: Int) throws(Z3Error) -> Z3Term {
    try term(Z3_mk_int64(raw, Int64(v), Z3_mk_int_sort(raw)))
  }

  public func bool(_ v: Bool) throws(Z3Error) -> Z3Term {
    try term(v ? Z3_mk_true(raw) : Z3_mk_false(raw))
  }
}

