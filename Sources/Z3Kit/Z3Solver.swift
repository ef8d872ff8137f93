import CZ3

/// A Z3 solver with its own reference.
public final class Z3Solver {
  public let context: Z3Context
  let raw: Z3_solver

  /// A solver; `timeoutMs` bounds each `check` in wall-clock time and
  /// `resourceLimit` in Z3's deterministic resource units (0 = none).
  /// `logic` (e.g. "QF_BV") selects Z3's solver for that logic (for
  /// bit-vectors: bit-blasting to SAT), which is much faster for one-shot
  /// queries than the general incremental solver.
  public init(_ context: Z3Context, timeoutMs: UInt32 = 0, resourceLimit: UInt32 = 0, logic: String? = nil) throws(Z3Error) {
    self.context = context
    let made = logic.map { Z3_mk_solver_for_logic(context.raw, Z3_mk_string_symbol(context.raw, $0)) } ?? Z3_mk_solver(context.raw)
    guard let s = made else {
      try context.check()
      throw Z3Error(code: -1, message: "Z3_mk_solver failed")
    }
    raw = s
    Z3_solver_inc_ref(context.raw, s)
    let params = Z3_mk_params(context.raw)!
    Z3_params_inc_ref(context.raw, params)
    // Z3 would otherwise take SIGINT for itself during every check (and
    // only cancel that check): the process's own handler must see it.
    Z3_params_set_bool(context.raw, params, Z3_mk_string_symbol(context.raw, "ctrl_c"), false)
    if timeoutMs > 0 { Z3_params_set_uint(context.raw, params, Z3_mk_string_symbol(context.raw, "timeout"), timeoutMs) }
    if resourceLimit > 0 { Z3_params_set_uint(context.raw, params, Z3_mk_string_symbol(context.raw, "rlimit"), resourceLimit) }
    Z3_solver_set_params(context.raw, s, params)
    Z3_params_dec_ref(context.raw, params)
    try context.check()
  }

  deinit { Z3_solver_dec_ref(context.raw, raw) }

  public func assert(_ t: Z3Term) throws(Z3Error) {
    Z3_solver_assert(context.raw, raw, t.raw)
    try context.check()
  }

  /// Asserts `t` tracked by the boolean constant `label`, so it can appear in an unsat core.
  public func assert(_ t: Z3Term, tracking label: Z3Term) throws(Z3Error) {
    Z3_solver_assert_and_track(context.raw, raw, t.raw, label.raw)
    try context.check()
  }

  public func push() throws(Z3Error) { Z3_solver_push(context.raw, raw); try context.check() }
  public func pop() throws(Z3Error) { Z3_solver_pop(context.raw, raw, 1); try context.check() }

  /// Checks satisfiability, optionally under assumptions.
  public func check(assuming assumptions: [Z3Term] = []) throws(Z3Error) -> SatResult {
    let raws: [Z3_ast?] = assumptions.map { $0.raw }
    let r = raws.withUnsafeBufferPointer { Z3_solver_check_assumptions(context.raw, raw, UInt32(raws.count), $0.baseAddress) }
    try context.check()
    switch r {
    case Z3_L_TRUE: return .sat
    case Z3_L_FALSE: return .unsat
    default:
      let reason = String(cString: Z3_solver_get_reason_unknown(context.raw, raw))
      try context.check()
      return .unknown(reason: reason)
    }
  }

  /// The model of the last `sat` check.
  public func model() throws(Z3Error) -> Z3Model {
    guard let m = Z3_solver_get_model(context.raw, raw) else {
      try context.check()
      throw Z3Error(code: -1, message: "no model")
    }
    return Z3Model(context, m)
  }

  /// The tracked labels in the unsat core of the last `unsat` check, as strings.
  public func unsatCore() throws(Z3Error) -> [String] {
    guard let v = Z3_solver_get_unsat_core(context.raw, raw) else { try context.check(); return [] }
    Z3_ast_vector_inc_ref(context.raw, v)
    defer { Z3_ast_vector_dec_ref(context.raw, v) }
    var out: [String] = []
    for i in 0..<Z3_ast_vector_size(context.raw, v) {
      out.append(String(cString: Z3_ast_to_string(context.raw, Z3_ast_vector_get(context.raw, v, i))))
    }
    return out
  }

  /// The solver's assertions as an SMT-LIB 2 script (without check-sat).
  public var smtlib: String { String(cString: Z3_solver_to_string(context.raw, raw)) }

  /// Adds the assertions of an SMT-LIB 2 script (declarations and asserts;
  /// a `(check-sat)` in it is ignored).
  public func load(smtlib: String) throws(Z3Error) {
    Z3_solver_from_string(context.raw, raw, smtlib)
    try context.check()
  }
}

/// A model (a satisfying assignment), reference counted.
public final class Z3Model {
  public let context: Z3Context
  let raw: Z3_model

  init(_ context: Z3Context, _ raw: Z3_model) {
    self.context = context
    self.raw = raw
    Z3_model_inc_ref(context.raw, raw)
  }

  deinit { Z3_model_dec_ref(context.raw, raw) }

  /// The integer value of `t` in the model (completing unconstrained constants with 0).
  public func int(_ t: Z3Term) throws(Z3Error) -> Int {
    var out: Z3_ast? = nil
    guard Z3_model_eval(context.raw, raw, t.raw, true, &out), let v = out else {
      try context.check()
      throw Z3Error(code: -1, message: "cannot evaluate \(t.smtlib) in the model")
    }
    let value = Z3Term(context, v)
    var i: Int64 = 0
    if Z3_get_numeral_int64(context.raw, value.raw, &i) { return Int(i) }
    var u: UInt64 = 0
    if Z3_get_numeral_uint64(context.raw, value.raw, &u) { return Int(u) }
    if Z3_get_bool_value(context.raw, value.raw) == Z3_L_TRUE { return 1 }
    if Z3_get_bool_value(context.raw, value.raw) == Z3_L_FALSE { return 0 }
    try context.check()
    throw Z3Error(code: -1, message: "\(t.smtlib) is not a numeral in the model")
  }
}
