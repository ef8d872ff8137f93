import Foundation
import ExplicitChecker
import MigrationModel
import RuleKit
import SpecFormat

/// Runs a spec of specs/ through the explicit engine in process, after an
/// optional edit of its configuration, and counts how often rules fired:
/// the helper the model-level end-to-end suites share.
enum SpecRun {
  static func run(_ name: String, _ edit: (inout ModelConfig) -> Void = { _ in }) throws -> (Model, CheckResult) {
    var c = try SpecParser.load(path: CLI.root.appendingPathComponent("specs/\(name).yaml").path).config
    edit(&c)
    let m = MigrationModel.build(c)
    return (m, BFSChecker(CompiledModel(m)).run())
  }

  /// Transitions taken by the rules named `rule` (every argument).
  static func fired(_ m: Model, _ r: CheckResult, _ rule: String) -> Int {
    r.coverage.filter { m.rules[$0.rule].name == rule }.map(\.fired).reduce(0, +)
  }
}
