import ArgumentParser
import MigSpecReference
import ExplicitChecker
import Foundation
import MigrationModel
import RuleKit
import SpecFormat
import SymbolicChecker
import Z3Kit

/// `migspec prove`: bounded model checking and k-induction with Z3, on the
/// same rules `check` explores.
struct Prove: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check each spec's properties with Z3: bounded model checking to --depth, then k-induction.",
    discussion: """
      Three kinds of result: "proved" (k-induction closed: every depth), "holds-to-depth K" (JSON "bounded": \
      no violation up to --depth, nothing said beyond it) and "violated" (also "unknown": a query that hit \
      --timeout). Counterexamples are decoded into \
      the same trace files as `check` and replayed on the rules before they are reported.
      Exit status: 0 when every verdict agrees with the expected one (`expect: holds` is met by proved; \
      by a bounded result only with --accept-bounded), 1 when some does not, 2 on bad usage or input.
      """)

  @Argument(help: "Spec files or directories (default: specs/).")
  var specs: [String] = []

  @Option(parsing: .unconditional, help: "Unrolling depth (steps).")
  var depth: Int = 20

  @Option(parsing: .unconditional, help: "Per-query time limit in seconds (0 = none).")
  var timeout: Int = 60

  @Flag(help: "Skip k-induction.")
  var noInduction = false

  @Flag(help: "Let a bounded result (no violation up to --depth, no proof) meet `expect: holds` for the exit status.")
  var acceptBounded = false

  @Option(parsing: .unconditional, help: "Largest k tried by k-induction.")
  var maxInduction: Int = 4

  @Flag(help: "Write the results as JSON to standard output.")
  var json = false

  @Flag(help: "Print progress lines to standard error even when it is not a terminal.")
  var progress = false

  @OptionGroup var saving: TraceSaving


  @Flag(help: "Do not print counterexample tables.")
  var quiet = false

  @Option(help: "Write every obligation as SMT-LIB 2 into this directory, with a verdict record (proofs/ is the committed one).")
  var emit: String?

  func validate() throws {
    if depth < 0 || depth > 500 { throw ValidationError("--depth must be in 0...500") }
    if timeout < 0 || timeout > 86_400 { throw ValidationError("--timeout must be in 0...86400 seconds") }
    if maxInduction < 0 || maxInduction > 100 { throw ValidationError("--max-induction must be in 0...100") }
  }

  func run() throws {
    // SIGINT and SIGTERM stop the search, not the process: what was found is reported.
    catchInterrupts()
    let loaded = try loadSpecsOrExit(specs)

    if let emit {
      // A damaged record is found before the proofs, not after them.
      do { _ = try readObligationIndex(emit) } catch { warn(error.description); throw Exit.badInput }
    }
    var allExpected = true
    var records: [ResultRecord] = []
    for spec in loaded {
      if InterruptFlag.process.isSet {
        // Interrupted before this spec: listed, every property unknown.
        var text = "== \(spec.name) (\(spec.path)) — not started: interrupted before this spec\n"
        for e in spec.expect {
          text += verdictLine(e.property, "unknown", expected: e.verdict.rawValue, mark: "INTERRUPTED", detail: " (not started)")
          records.append(ResultRecord(
            spec: spec.name, specPath: spec.path, variant: spec.config.variant, setting: settingLabel(spec.config),
            property: e.property, verdict: "unknown", expected: e.verdict.rawValue, asExpected: false, engine: "z3-bmc",
            bound: BoundRecord(complete: false, stoppedBy: "interrupted", maxStates: nil, maxDepth: depth, description: "not started: interrupted before this spec"),
            states: 0, transitions: 0, seconds: 0, steps: nil, traceFile: nil, trace: nil))
        }
        allExpected = false
        if !json { print(text) }
        continue
      }
      let model = MigrationModel.build(spec.config, name: spec.name)
      let options = ProveOptions(depth: depth, timeoutMs: UInt32(timeout * 1000), induction: !noInduction, maxInduction: maxInduction, emit: emit != nil)
      let prover = BoundedModelChecker(model: model, options: options, properties: spec.expect.map(\.property))
      let terminal = stderrIsTerminal
      let show = terminal || progress
      let results: [ProveResult]
      do {
        results = try prover.run(clock: monotonicSeconds) { p in
          guard show else { return }
          FileHandle.standardError.write("\(terminal ? "\r" : "")\(spec.name): depth \(p.depth)/\(depth), \(p.open) propert\(p.open == 1 ? "y" : "ies") open, \(String(format: "%.1f", p.seconds)) s\(terminal ? "   " : "\n")".data(using: .utf8)!)
        }
      } catch {
        if terminal { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) }
        warn("\(spec.path): error: Z3 failed: \(error)")
        throw Exit.unexpected
      }
      if terminal { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) }
      var text = "== \(spec.name) (\(spec.path)) — Z3 \(Z3Context.version), depth \(depth)\n"
      var tables = ""
      for r in results {
        guard let expected = spec.expect.first(where: { $0.property == r.property })?.verdict.rawValue else { continue }
        // Three claims, three words: proved (every depth), bounded (to --depth
        // only), violated. A bounded result meets `expect: holds` only with
        // --accept-bounded; otherwise it is unknown for the exit status.
        let kind: String
        switch r.verdict {
        case .holds: kind = r.inductionDepth != nil ? "proved" : "bounded"
        case .violated, .unknown: kind = r.verdict.rawValue
        }
        let meets = kind == expected || (expected == "holds" && (kind == "proved" || (kind == "bounded" && acceptBounded)))
        var asExpected = meets
        var traceFile: TraceFile? = nil
        var saved: String? = nil
        if var t = r.trace {
          // A symbolic counterexample counts only if it replays on the concrete rules.
          if let why = model.confirmViolation(t) {
            asExpected = false
            tables += "\n   Z3's counterexample for \(r.property) does not replay concretely: \(why) (an engine bug)\n"
          } else if let ref = try? Reference(config: spec.config, name: spec.name) {
            // BMC finds a shortest depth, not a minimal schedule: drop the steps the violation does not need.
            t = ref.shrink(t, property: r.property)
          }
          let tf = TraceFile(spec: spec.name, specPath: spec.path, engine: r.engine, config: spec.config, trace: t)
          traceFile = tf
          saved = saving.save(tf, spec: spec.name, name: r.property + ".z3")
          if !quiet { tables += counterexampleText(model: model, trace: t, property: r.property, savedPath: saved) }
        }
        allExpected = allExpected && asExpected
        let shown = kind == "bounded" ? "holds-to-depth \(depth)" : kind
        let mark = asExpected ? "ok"
          : r.reason == "interrupted" && kind == "unknown" ? "INTERRUPTED"
          : (kind == "bounded" && expected == "holds" ? "BOUNDED (unknown beyond depth \(depth); --accept-bounded to accept)" : "UNEXPECTED")
        text += verdictLine(r.property, shown, expected: expected, mark: mark,
                            detail: " \(r.bound), \(String(format: "%.2f", r.seconds)) s")
        records.append(ResultRecord(
          spec: spec.name, specPath: spec.path, variant: spec.config.variant, setting: settingLabel(spec.config),
          property: r.property, verdict: kind, expected: expected, asExpected: asExpected, engine: r.engine,
          bound: BoundRecord(complete: r.inductionDepth != nil, stoppedBy: r.reason, maxStates: nil, maxDepth: depth, description: r.bound),
          states: 0, transitions: 0, seconds: r.seconds, steps: r.trace?.steps.count, traceFile: saved, trace: traceFile))
      }
      // An interrupted spec's obligations would be partial: the ones recorded stay.
      if let emit, !InterruptFlag.process.isSet {
        do { try writeObligations(results, spec: spec, to: emit) } catch let e as BadInput {
          warn(e.description)
          throw Exit.badInput
        } catch {
          warn("error: cannot write obligations to \(emit): \(error.localizedDescription)")
          throw Exit.badInput
        }
      }
      if !json { print(text + tables) }
    }
    if json {
      print(try encodeJSON(CheckDocument(results: records, specs: [], allExpected: allExpected, interrupted: interruptedBy)))
    } else {
      let bad = records.filter { !$0.asExpected }
      print("\(records.count - bad.count)/\(records.count) verdicts as expected across \(loaded.count) spec(s)")
      if let by = interruptedBy { print(interruptedLine(by, records)) }
    }
    if let code = interruptExit { throw code }
    if !allExpected { throw Exit.unexpected }
  }
}

/// The record of one emitted obligation (proofs/z3-obligations.json).
struct ObligationRecord: Codable {
  let spec: String
  let property: String
  let engine: String
  let kind: String
  let depth: Int
  /// What Z3 answered for exactly this file: sat, unsat or unknown.
  let result: String
  let z3: String
  let seconds: Double
  /// The SMT-LIB 2 file, relative to the directory of the record.
  let file: String
}

struct ObligationIndex: Codable {
  var format = "migspec-obligations"
  var version = 1
  var obligations: [ObligationRecord]
}

/// The record of the obligations already in `dir` (kept for the other
/// specs, so it must be read, not silently replaced); nil when there is none.
func readObligationIndex(_ dir: String) throws(BadInput) -> ObligationIndex? {
  let indexPath = "\(dir)/z3-obligations.json"
  guard FileManager.default.fileExists(atPath: indexPath) else { return nil }
  let old = try readJSONDocument(indexPath, as: ObligationIndex.self, what: "an obligation record",
                                 kind: "a migspec obligation record; fix or delete it")
  guard old.format == "migspec-obligations", old.version == 1 else {
    throw BadInput(file: indexPath, line: 0, column: 0, message: "at .format: \(old.format) version \(old.version); expected migspec-obligations version 1")
  }
  return old
}

extension Prove {
  /// Writes `dir/<spec>/<property>.<kind>.smt2` and updates `dir/z3-obligations.json`
  /// (entries of other specs are kept).
  func writeObligations(_ results: [ProveResult], spec: Spec, to dir: String) throws {
    let fm = FileManager.default
    try? fm.removeItem(atPath: "\(dir)/\(spec.name)")
    try fm.createDirectory(atPath: "\(dir)/\(spec.name)", withIntermediateDirectories: true)
    let indexPath = "\(dir)/z3-obligations.json"
    var index = ObligationIndex(obligations: [])
    if let old = try readObligationIndex(dir) {
      index.obligations = old.obligations.filter { $0.spec != spec.name }
    }
    for r in results {
      for o in r.obligations {
        // The "bmc" obligation covers every property that holds: one file.
        let file = o.kind == "bmc" ? "\(spec.name)/holding-properties.bmc.smt2" : "\(spec.name)/\(r.property).\(o.kind).smt2"
        if !fm.fileExists(atPath: "\(dir)/\(file)") || o.kind != "bmc" || r.property == results.first(where: { $0.verdict == .holds })?.property {
          try writeAtomically(o.smtlib, to: "\(dir)/\(file)")
        }
        index.obligations.append(ObligationRecord(spec: spec.name, property: r.property, engine: r.engine, kind: o.kind, depth: o.depth,
                                                  result: o.result, z3: Z3Context.version, seconds: o.seconds, file: file))
      }
    }
    index.obligations.sort { ($0.spec, $0.property, $0.kind) < ($1.spec, $1.property, $1.kind) }
    try writeAtomically(encodeJSON(index), to: indexPath)
  }
}
