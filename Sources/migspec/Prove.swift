import ArgumentParser
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
      A property with no violation within the depth "holds to depth K"; when k-induction closes it is \
      "proved for every depth". A query that hits --timeout is unknown. Counterexamples are decoded into \
      the same trace files as `check` and replayed on the rules before they are reported.
      Exit status: 0 when every verdict agrees with the expected one (holds to depth K counts as agreeing \
      with holds), 1 when some does not, 2 on bad usage or input.
      """)

  @Argument(help: "Spec files or directories (default: specs/).")
  var specs: [String] = []

  @Option(help: "Unrolling depth (steps).")
  var depth: Int = 20

  @Option(help: "Per-query time limit in seconds (0 = none).")
  var timeout: Int = 60

  @Flag(help: "Skip k-induction.")
  var noInduction = false

  @Flag(help: "Write the results as JSON to standard output.")
  var json = false

  @Option(help: "Directory where counterexamples are saved as JSON traces.")
  var traceDir: String = "migspec-out"

  @Flag(help: "Do not save counterexamples.")
  var noSave = false

  @Flag(help: "Do not print counterexample tables.")
  var quiet = false

  func validate() throws {
    if depth < 0 || depth > 500 { throw ValidationError("--depth must be in 0...500") }
    if timeout < 0 { throw ValidationError("--timeout must be at least 0") }
  }

  func run() throws {
    var loaded: [Spec] = []
    do {
      for p in try resolveSpecPaths(specs) { loaded.append(try SpecParser.load(path: p)) }
    } catch let e as SpecError { warn(e.description); throw Exit.badInput }
    catch let e as InputError { warn(e.description); throw Exit.badInput }

    var allExpected = true
    var records: [ResultRecord] = []
    for spec in loaded {
      let model = MigrationModel.build(spec.config, name: spec.name)
      let options = ProveOptions(depth: depth, timeoutMs: UInt32(timeout * 1000), induction: !noInduction)
      let prover = BoundedModelChecker(model: model, options: options, properties: spec.expect.map(\.property))
      let terminal = stderrIsTerminal
      let results: [ProveResult]
      do {
        results = try prover.run(clock: monotonicSeconds) { p in
          guard terminal else { return }
          FileHandle.standardError.write("\r\(spec.name): depth \(p.depth)/\(depth), \(p.open) propert\(p.open == 1 ? "y" : "ies") open, \(String(format: "%.1f", p.seconds)) s   ".data(using: .utf8)!)
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
        let expected = spec.expect.first { $0.property == r.property }!.verdict.rawValue
        var asExpected = r.verdict.rawValue == expected
        var traceFile: TraceFile? = nil
        var saved: String? = nil
        if let t = r.trace {
          // A symbolic counterexample counts only if it replays on the concrete rules.
          if let why = model.confirmViolation(t) {
            asExpected = false
            tables += "\n   Z3's counterexample for \(r.property) does not replay concretely: \(why) (an engine bug)\n"
          }
          let tf = TraceFile(spec: spec.name, specPath: spec.path, engine: r.engine, config: spec.config, trace: t)
          traceFile = tf
          if !noSave { saved = saveTrace(tf, in: traceDir, spec: spec.name, property: r.property + ".z3") }
          if !quiet { tables += counterexampleText(model: model, trace: t, property: r.property, savedPath: saved) }
        }
        allExpected = allExpected && asExpected
        text += verdictLine(r.property, r.verdict, expected: expected, mark: asExpected ? "ok" : "UNEXPECTED",
                            detail: " \(r.bound), \(String(format: "%.2f", r.seconds)) s")
        records.append(ResultRecord(
          spec: spec.name, specPath: spec.path, property: r.property, verdict: r.verdict, expected: expected,
          asExpected: asExpected, engine: r.engine,
          bound: BoundRecord(complete: r.inductionDepth != nil, stoppedBy: r.reason, maxStates: nil, maxDepth: depth, description: r.bound),
          states: 0, transitions: 0, seconds: r.seconds, traceFile: saved, trace: traceFile))
      }
      if !json { print(text + tables) }
    }
    if json {
      print(try encodeJSON(CheckDocument(results: records, specs: [], allExpected: allExpected)))
    } else {
      let bad = records.filter { !$0.asExpected }
      print("\(records.count - bad.count)/\(records.count) verdicts as expected across \(loaded.count) spec(s)")
    }
    if !allExpected { throw Exit.unexpected }
  }
}
