import Foundation
import Testing
import ExplicitChecker
import MigrationModel
import RuleKit
import SpecFormat

/// FOLL_GET vs FOLL_PIN (`gup_flags`): what fork and migration do with a pinned page.
@Suite struct PinTests {
  /// FOLL_GET + fork: the child can read the device's write (open(2)'s
  /// O_DIRECT/fork warning); FOLL_PIN: fork copies the pinned page for the child.
  @Test func forkCopiesAPinnedPageOnly() throws {
    let (_, get) = try SpecRun.run("gup-vs-fork-get")
    #expect(get.result(for: "no_lost_write")?.verdict == .violated)
    let (_, pin) = try SpecRun.run("gup-vs-fork-pin")
    #expect(pin.properties.allSatisfy { $0.verdict == .holds })
    // The same configuration with FOLL_GET is the first one again.
    let (_, back) = try SpecRun.run("gup-vs-fork-pin") { $0.knobs.gupFlags = .get }
    #expect(back.result(for: "no_lost_write")?.verdict == .violated)
  }

  /// A pinned exclusive page is not unmapped by try_to_migrate_one; without
  /// pins the same spec never takes that step.
  @Test func migrationRefusesAPinnedPage() throws {
    let (m, r) = try SpecRun.run("migrate-vs-gup-pin")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    #expect(SpecRun.fired(m, r, "try_to_migrate_one: pinned → restore, stop") > 0)
    let (m2, r2) = try SpecRun.run("migrate-vs-gup-pin") { $0.knobs.gupFlags = .get }
    #expect(r2.properties.allSatisfy { $0.verdict == .holds })  // the refcount check catches FOLL_GET
    #expect(SpecRun.fired(m2, r2, "try_to_migrate_one: pinned → restore, stop") == 0)
    #expect(SpecRun.fired(m2, r2, "folio_migrate_mapping → -EAGAIN") > 0)
  }
}
