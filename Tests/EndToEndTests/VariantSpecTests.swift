import Foundation
import Testing
import ExplicitChecker
import MigrationModel
import RuleKit
import SpecFormat

/// The historical variants of specs/: each buggy spec is violated, and the
/// same spec with only the knobs switched to the fixed setting holds.
@Suite struct VariantSpecTests {
  static var buggySpecs: [String] {
    let dir = CLI.root.appendingPathComponent("specs").path
    // Specs on the buggy side of a variant that expect a violation (a spec
    // may also show a second fix on top of the buggy preset, and hold).
    return SpecParser.specFiles(in: dir).filter { path in
      guard let s = try? SpecParser.load(path: path), s.config.variant != "folio-6.1" else { return false }
      return s.expect.contains { $0.verdict == .violated }
    }
  }

  @Test func everySeededVariantHasBuggyAndFixedSpecs() throws {
    let specs = try SpecParser.specFiles(in: CLI.root.appendingPathComponent("specs").path).map { try SpecParser.load(path: $0) }
    for v in Variants.all where v.seed != nil {
      #expect(specs.contains { $0.config.variant == v.name && $0.config.setting == "buggy" }, "\(v.name): no buggy spec")
      #expect(specs.contains { $0.config.variant == v.name && $0.config.setting == "fixed" }, "\(v.name): no fixed spec")
    }
  }

  @Test(arguments: VariantSpecTests.buggySpecs)
  func onlyTheKnobsSeparateBugFromFix(path: String) throws {
    let spec = try SpecParser.load(path: path)
    let buggy = BFSChecker(CompiledModel(MigrationModel.build(spec.config))).run()
    #expect(buggy.modelError == nil)
    let violated = buggy.properties.filter { $0.verdict == .violated }.map(\.property)
    #expect(!violated.isEmpty, "\(spec.name): the buggy setting violates nothing")
    var fixed = spec.config
    Variants.apply(setting: "fixed", of: fixed.variant, to: &fixed.knobs)
    let result = BFSChecker(CompiledModel(MigrationModel.build(fixed))).run()
    #expect(result.modelError == nil && result.stats.complete)
    #expect(result.properties.allSatisfy { $0.verdict == .holds }, "\(spec.name) with the fix: \(result.properties.filter { $0.verdict != .holds }.map(\.property))")
  }

  /// `check --summary` prints the README's table: one row per spec and property.
  @Test func summaryTable() throws {
    let r = try CLI.run(["check", "specs/swapless-2.6.17-buggy.yaml", "specs/swapless-2.6.17-fixed.yaml", "--summary", "--no-save"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.first == "| variant | setting | spec | property | verdict | states | seconds |")
    #expect(lines.contains { $0.hasPrefix("| swapless-2.6.17 | buggy | swapless-2.6.17-buggy | no_lost_write | violated (") })
    #expect(lines.contains { $0.hasPrefix("| swapless-2.6.17 | fixed | swapless-2.6.17-fixed | no_lost_write | holds |") })
  }

  /// The README's summary table is the one `check --summary` prints (seconds aside).
  @Test func readmeSummaryIsGenerated() throws {
    let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
    guard let start = readme.range(of: "<!-- summary:begin -->"), let end = readme.range(of: "<!-- summary:end -->") else {
      Issue.record("README.md has no summary block"); return
    }
    func rows(_ text: Substring) -> [String] {
      text.split(separator: "\n").filter { $0.hasPrefix("| ") }.map { $0.split(separator: "|").dropLast().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "|") }
    }
    let r = try CLI.run(["check", "--summary", "--no-save"])
    #expect(r.status == 0)
    #expect(rows(readme[start.upperBound..<end.lowerBound]) == rows(Substring(r.stdout)), "README summary is stale: run `make summary`")
  }
}
