import ArgumentParser
import ExplicitChecker
import Foundation
import MigrationModel
import RuleKit
import SpecFormat

/// `migspec bench`: exploration speed on a spec, the compiled engine beside
/// the tree-walking reference evaluator of the same rules.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure exploration speed (states/s) on a spec: compiled closures vs the reference tree-walking evaluator.")

  @Argument(help: "The spec to measure (default: the spec in specs/ with the most states).")
  var spec: String?

  @Option(parsing: .unconditional, help: "Repetitions of the compiled run; the best is reported.")
  var repetitions: Int = 3

  @Option(parsing: .unconditional, help: "States explored by the reference evaluator (it is slow).")
  var referenceStates: Int = 200_000

  func validate() throws {
    if repetitions < 1 || repetitions > 1000 { throw ValidationError("--repetitions must be in 1...1000") }
    if referenceStates < 1 { throw ValidationError("--reference-states must be at least 1") }
  }

  func run() throws {
    var candidates: [Spec] = []
    do {
      for p in try resolveSpecPaths(spec.map { [$0] } ?? []) { candidates.append(try SpecParser.load(path: p)) }
    } catch let e as SpecError { warn(e.description); throw Exit.badInput }
    catch let e as InputError { warn(e.description); throw Exit.badInput }
    // The largest spec: the one with the most states.
    var best: (Spec, Int)? = nil
    if candidates.count > 1 {
      for s in candidates {
        let r = BFSChecker(CompiledModel(MigrationModel.build(s.config, name: s.name))).run()
        if best == nil || r.stats.states > best!.1 { best = (s, r.stats.states) }
      }
    }
    let s = best?.0 ?? candidates[0]
    let model = MigrationModel.build(s.config, name: s.name)
    print("spec: \(s.name) (\(s.path)), \(model.rules.count) rules, \(model.layout.slotCount) bytes per state")
    var runs: [CheckStats] = []
    for _ in 0..<max(1, repetitions) {
      let compiled = CompiledModel(model)
      runs.append(BFSChecker(compiled).run().stats)
    }
    let top = runs.max { $0.statesPerSecond < $1.statesPerSecond }!
    print(String(format: "compiled (migspec check):   %9d states  %10d transitions  %7.3f s  %10.0f states/s  %10.0f transitions/s",
                 top.states, top.transitions, top.seconds, top.statesPerSecond, Double(top.transitions) / top.seconds))
    print(String(format: "  one thread: %.3f s of CPU, %.0f states/s of CPU time, %.0f states/s of wall time; %.1f bytes per state held by the search",
                 top.cpuSeconds, top.cpuSeconds > 0 ? Double(top.states) / top.cpuSeconds : 0, top.statesPerSecond, top.bytesPerState))
    let ref = ReferenceBFS(model: model, maxStates: referenceStates).run()
    print(String(format: "reference (tree-walking):   %9d states  %10d transitions  %7.3f s  %10.0f states/s  (%@)",
                 ref.states, ref.transitions, ref.seconds, Double(ref.states) / ref.seconds, ref.complete ? "complete" : "stopped at \(referenceStates) states"))
    if ref.complete && ref.states != top.states {
      warn("error: the two engines disagree on the number of states (\(top.states) vs \(ref.states))")
      throw Exit.unexpected
    }
    print(String(format: "speed-up: %.1fx", top.statesPerSecond / (Double(ref.states) / ref.seconds)))
  }
}

