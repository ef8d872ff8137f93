import Foundation
import Testing
import ExplicitChecker
import MigrationModel
import RuleKit
import SpecFormat

/// anon_vma_clone's reuse of an anon_vma with no active VMA and fewer than
/// two children (6.1).
@Suite struct AnonVmaReuseTests {
  /// Some reachable state has P3's VMA using P1's anon_vma (reused), and
  /// the spec's properties hold.
  @Test func grandchildReusesTheExitedParentsAnonVma() throws {
    let spec = try SpecParser.load(path: CLI.root.appendingPathComponent("specs/folio-6.1-anon-vma-reuse.yaml").path)
    let m = MigrationModel.build(spec.config)
    let slot = m.layout.vars.first { $0.name == "vma.anon_vma" }!.slot([3])
    var seen: Set<[UInt8]> = [m.initial]
    var frontier = [m.initial]
    var reused = false
    while let s = frontier.popLast(), !reused {
      for r in m.rules.indices where m.guardHolds(r, s) {
        let t = m.apply(r, s)
        if t[slot] == 1 { reused = true }
        if seen.insert(t).inserted { frontier.append(t) }
      }
    }
    #expect(reused)
    let r = BFSChecker(CompiledModel(m)).run()
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
  }
}
