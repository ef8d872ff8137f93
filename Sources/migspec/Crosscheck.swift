import ArgumentParser
import EngineComparison
import ExplicitChecker
import Foundation
import MigrationModel
import RuleKit
import SpecFormat
import SymbolicChecker
import Z3Kit

/// `migspec crosscheck`: the explicit engine and Z3's BMC on the same specs,
/// compared property by property (the comparison is `EngineComparison`'s).
struct Crosscheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run the explicit engine and Z3 BMC on each spec and compare verdicts and shortest counterexample lengths.",
    discussion: """
      BMC runs to the explicit search's diameter (every reachable state is within it), or to --max-depth, \
      within --budget seconds per spec; where it stops short, the comparison holds to the depth it reached \
      ("agree to depth K"). Lengths are steps of the trace in both engines.
      Exit status: 0 when no property disagrees, 1 on a disagreement (both traces are printed), \
      2 on bad usage or input, 130/143 when interrupted by SIGINT/SIGTERM.
      """)

  @Argument(help: "Spec files or directories (default: specs/).")
  var specs: [String] = []

  @Option(parsing: .unconditional, help: "Unroll BMC at most this deep (default: the explicit diameter).")
  var maxDepth: Int?

  @Option(parsing: .unconditional, help: "Seconds of BMC per spec; beyond it, the comparison is to the depth reached.")
  var budget: Double = 60

  @Option(parsing: .unconditional, help: "Stop each explicit search after this many distinct states (overrides the spec's limit).")
  var maxStates: Int?

  @Flag(help: "Write the comparison as JSON to standard output.")
  var json = false

  func validate() throws {
    if let d = maxDepth, d < 0 || d > 500 { throw ValidationError("--max-depth must be in 0...500") }
    if !(budget > 0 && budget <= 86_400) { throw ValidationError("--budget must be in (0, 86400] seconds") }
    if let m = maxStates, m < 1 { throw ValidationError("--max-states must be at least 1") }
  }

  func run() throws {
    catchInterrupts()
    let loaded = try loadSpecsOrExit(specs)
    var specRecords: [CrosscheckSpecRecord] = []
    var rows: [CrosscheckRecord] = []
    if !json { print(row("spec", "property", "explicit", "Z3 BMC", "agreement")) }
    for spec in loaded {
      if InterruptFlag.process.isSet { break }
      let model = MigrationModel.build(spec.config, name: spec.name)
      let options = CrossCheckOptions(maxDepth: maxDepth, budgetSeconds: budget, maxStates: maxStates)
      let result: SpecCrossCheck
      do {
        result = try crossCheck(model: model, properties: spec.expect.map(\.property), options: options,
                                explicitOptions: CheckOptions(maxStates: spec.maxStates, maxDepth: spec.maxDepth), clock: monotonicSeconds)
      } catch {
        warn("\(spec.path): error: Z3 failed: \(error)")
        throw Exit.unexpected
      }
      let stats = result.explicit.stats
      let bmcStop = result.comparisons.compactMap { $0.prove.reason }.first
      let record = CrosscheckSpecRecord(
        spec: spec.name, specPath: spec.path, explicitStates: stats.states, explicitComplete: stats.complete,
        explicitStoppedBy: stats.stoppedBy, explicitSeconds: stats.seconds, diameter: result.diameter,
        targetDepth: result.targetDepth, reachedDepth: result.reachedDepth, bmcStoppedBy: bmcStop, bmcSeconds: result.bmcSeconds)
      specRecords.append(record)
      var tables = ""
      for c in result.comparisons {
        rows.append(CrosscheckRecord(spec: spec.name, property: c.property,
                                     explicit: side(c.explicit, verdict: c.explicit.violated ? "violated" : c.explicit.coverage == nil ? "holds" : "unknown"),
                                     z3: CrosscheckSide(verdict: c.prove.verdict == .violated ? "violated" : c.prove.verdict == .holds ? "bounded" : "unknown",
                                                        steps: c.symbolic.steps, toDepth: c.symbolic.violated ? nil : c.prove.depth),
                                     agreement: c.agreement.kind, depth: { if case .agreeToDepth(let k) = c.agreement { return k } else { return nil } }(),
                                     detail: c.agreement.description,
                                     explicitTrace: c.agreement.isDisagreement ? c.explicit.trace : nil,
                                     z3Trace: c.agreement.isDisagreement ? c.symbolic.trace : nil))
        if !json {
          // Z3's "no violation" is always to a depth (the diameter at most), never a "holds".
          let z3 = c.symbolic.violated ? c.symbolic.summary : c.prove.depth < 0 ? "nothing checked" : "none to depth \(c.prove.depth)"
          print(row(spec.name, c.property, c.explicit.summary, z3, c.agreement.description))
          if c.agreement.isDisagreement {
            for (engine, t) in [("explicit", c.explicit.trace), ("Z3", c.symbolic.trace)] {
              if let t { tables += counterexampleText(model: model, trace: t, property: "\(c.property) (\(engine))", savedPath: nil) }
              else { tables += "\n   \(engine): no counterexample for \(c.property)\n" }
            }
          }
        }
      }
      if !json {
        let z3 = result.reachedDepth >= result.targetDepth
          ? "Z3 BMC to depth \(result.targetDepth)\(result.targetDepth < result.diameter ? " (--max-depth)" : " (the diameter)")"
          : "Z3 BMC to depth \(result.reachedDepth) of \(result.targetDepth) (\(bmcStop ?? "stopped"))"
        print("   \(spec.name): explicit \(stats.states) states, diameter \(result.diameter)\(stats.complete ? "" : " (stopped by \(stats.stoppedBy ?? "a limit"))"), "
              + String(format: "%.2f s; ", stats.seconds) + z3 + String(format: ", %.2f s", result.bmcSeconds))
        if !tables.isEmpty { print(tables) }
      }
    }
    let bad = rows.filter { $0.agreement == "disagree" }
    if json {
      print(try encodeJSON(CrosscheckDocument(allAgree: bad.isEmpty, interrupted: interruptedBy, specs: specRecords, results: rows)))
    } else {
      let partial = rows.filter { $0.agreement == "agree-to-depth" }.count
      print("\(rows.count - bad.count)/\(rows.count) properties agree across \(specRecords.count) spec(s) (\(rows.count - bad.count - partial) fully, \(partial) to a depth)"
            + (bad.isEmpty ? "" : "; DISAGREE: " + bad.map { "\($0.spec)/\($0.property)" }.joined(separator: ", ")))
      if let by = interruptedBy { print("interrupted by \(by): \(loaded.count - specRecords.count) spec(s) not compared") }
    }
    if let code = interruptExit { throw code }
    if !bad.isEmpty { throw Exit.unexpected }
  }

  func side(_ o: EngineOutcome, verdict: String) -> CrosscheckSide {
    CrosscheckSide(verdict: verdict, steps: o.steps, toDepth: o.violated ? nil : o.coverage)
  }

  func row(_ spec: String, _ property: String, _ e: String, _ z: String, _ a: String) -> String {
    func pad(_ s: String, _ n: Int) -> String { s.padding(toLength: max(n, s.count), withPad: " ", startingAt: 0) }
    return "\(pad(spec, 34)) \(pad(property, 26)) \(pad(e, 22)) \(pad(z, 22)) \(a)"
  }
}

/// `crosscheck --json`.
struct CrosscheckDocument: Encodable {
  var tool = "migspec"
  var format = "migspec-crosscheck"
  var version = 1
  let allAgree: Bool
  /// Present only when a signal stopped the run.
  var interrupted: String? = nil
  let specs: [CrosscheckSpecRecord]
  let results: [CrosscheckRecord]
}

struct CrosscheckSpecRecord: Encodable {
  let spec: String
  let specPath: String
  let explicitStates: Int
  let explicitComplete: Bool
  let explicitStoppedBy: String?
  let explicitSeconds: Double
  /// The deepest BFS level: every reachable state is at most this many steps away.
  let diameter: Int
  /// The BMC depth asked for (the diameter, or --max-depth).
  let targetDepth: Int
  /// The BMC depth completed for the properties still open.
  let reachedDepth: Int
  /// Why BMC stopped short of the target ("time budget", Z3's reason, "interrupted").
  let bmcStoppedBy: String?
  let bmcSeconds: Double
}

/// One engine's side of a comparison.
struct CrosscheckSide: Encodable {
  /// explicit: holds, violated, unknown; z3: violated, bounded, unknown.
  let verdict: String
  /// Steps of the shortest counterexample (an assertion's failing step included).
  let steps: Int?
  /// No violation failing at this depth or less (explicit: absent when every
  /// reachable state was explored).
  let toDepth: Int?
}

struct CrosscheckRecord: Encodable {
  let spec: String
  let property: String
  let explicit: CrosscheckSide
  let z3: CrosscheckSide
  /// agree, agree-to-depth, disagree.
  let agreement: String
  /// For agree-to-depth: the depth.
  let depth: Int?
  let detail: String
  /// Both traces, on a disagreement.
  let explicitTrace: Trace?
  let z3Trace: Trace?
}
