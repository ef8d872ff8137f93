import Foundation
import Testing
import ExplicitChecker
import MigrationModel
import RuleKit
import SpecFormat

/// folio-6.12 (the batched migration of 6.3+) and the TLB model.
@Suite struct Folio612Tests {
  static func specs(variant: String) -> [String] {
    let dir = CLI.root.appendingPathComponent("specs").path
    return SpecParser.specFiles(in: dir).filter { (try? SpecParser.load(path: $0))?.config.variant == variant }
  }

  static func check(_ config: ModelConfig) -> CheckResult {
    BFSChecker(CompiledModel(MigrationModel.build(config))).run()
  }

  /// The TLB model changes no folio-6.1 verdict: 6.1 flushes every PTE it
  /// takes away at once (ptep_clear_flush), so a cached entry is never
  /// stale there. Every folio-6.1 spec, with and without TLB entries.
  @Test(arguments: Folio612Tests.specs(variant: "folio-6.1"))
  func tlbChangesNoFolio61Verdict(path: String) throws {
    let spec = try SpecParser.load(path: path)
    var with = spec.config, without = spec.config
    with.knobs.tlb = true
    without.knobs.tlb = false
    let a = Self.check(with), b = Self.check(without)
    #expect(a.modelError == nil && b.modelError == nil && a.stats.complete && b.stats.complete)
    #expect(a.properties.map(\.property) == b.properties.map(\.property))
    for (x, y) in zip(a.properties, b.properties) {
      #expect(x.verdict == y.verdict, "\(spec.name) \(x.property): \(x.verdict) with TLBs, \(y.verdict) without")
    }
  }

  /// Every folio-6.12 spec gets the verdicts it expects.
  @Test(arguments: Folio612Tests.specs(variant: "folio-6.12"))
  func specVerdicts(path: String) throws {
    let spec = try SpecParser.load(path: path)
    let r = Self.check(spec.config)
    #expect(r.modelError == nil && r.stats.complete)
    for e in spec.expect {
      let got = r.properties.first { $0.property == e.property }?.verdict.rawValue
      #expect(got == e.verdict.rawValue, "\(spec.name) \(e.property): expected \(e.verdict), got \(got ?? "nothing")")
    }
  }

  /// The ablation's counterexample reads as the kernel developer's story:
  /// the unmap with a deferred flush, the copy, a store through the stale
  /// TLB entry into the old folio, and the restore that loses it.
  @Test func flushAblationCounterexample() throws {
    let spec = try SpecParser.load(path: CLI.root.appendingPathComponent("specs/folio-6.12-flush-ablation.yaml").path)
    let r = Self.check(spec.config)
    let v = try #require(r.properties.first { $0.property == "no_lost_write" })
    let trace = try #require(v.trace)
    let rules = trace.steps.map(\.rule)
    let unmap = try #require(rules.firstIndex(of: "try_to_migrate_one"))
    let copy = try #require(rules.firstIndex(of: "folio_migrate_copy"))
    let store = try #require(rules.firstIndex(of: "store (TLB hit)"))
    #expect(unmap < copy && copy < store, "\(rules)")
    #expect(!rules[..<store].contains("try_to_unmap_flush"))
    // The store went to the old folio, the page is (or will be) the copy.
    #expect(trace.violation?.message.isEmpty == false)
    // The kernel's order holds on the same configuration.
    var fixed = spec.config
    Variants.apply(setting: "fixed", of: fixed.variant, to: &fixed.knobs)
    #expect(Self.check(fixed).properties.allSatisfy { $0.verdict == .holds })
  }

  /// Without the TLB model the deferred flush is invisible: the ablation
  /// violates nothing. The TLB entries are what make the flush matter.
  @Test func withoutTLBsTheAblationIsInvisible() throws {
    let spec = try SpecParser.load(path: CLI.root.appendingPathComponent("specs/folio-6.12-flush-ablation.yaml").path)
    var c = spec.config
    c.knobs.tlb = false
    #expect(Self.check(c).properties.allSatisfy { $0.verdict == .holds })
  }

  /// A batch unmaps every folio before it moves any: some run has both
  /// folios' entries in place at once, and in every run the first copy comes
  /// after the last unmap of the async batch.
  @Test func batchUnmapsAllBeforeMoving() throws {
    var c = ModelConfig()
    c.variant = "folio-6.12"
    c.pages = 2
    c.mapped = [0, 1]
    c.knobs.migratePasses = 1
    c.actors = [.migrateBatch(process: 0, pages: [0, 1])]
    let model = MigrationModel.build(c)
    // One actor: a single run. Follow it.
    var s = model.initial
    var rules: [String] = []
    while true {
      let enabled = model.rules.indices.filter { model.guardHolds($0, s) }
      guard let r = enabled.first else { break }
      #expect(enabled.count == 1, "a lone migrator is deterministic")
      rules.append(model.rules[r].name)
      s = model.apply(r, s)
    }
    let unmaps = rules.indices.filter { rules[$0] == "try_to_migrate_one" }
    let copies = rules.indices.filter { rules[$0] == "folio_migrate_copy" }
    #expect(unmaps.count == 2 && copies.count == 2)
    #expect(unmaps.last! < copies.first!)
    let flush = try #require(rules.firstIndex(of: "try_to_unmap_flush"))
    #expect(unmaps.last! < flush && flush < copies.first!)
    #expect(rules.last == "putback_lru_page(src)" || rules.contains("trace_mm_migrate_pages"))
    let layout = model.layout
    func value(_ name: String) -> Int { Int(s[layout.vars.firstIndex { $0.name == name }.map { layout[VarID($0)].slot([]) }!]) }
    #expect(value("migrate0.nr_succeeded") == 2 && value("migrate0.nr_failed") == 0)
  }

  /// One pinned folio: the other still moves, the pinned one is undone and
  /// counted failed; in MIGRATE_SYNC it is retried on its own first.
  @Test func undoWhileTheOtherMoves() throws {
    var c = ModelConfig()
    c.variant = "folio-6.12"
    c.pages = 2
    c.mapped = [0, 1]
    c.knobs.migratePasses = 2
    c.actors = [.migrateBatch(process: 0, pages: [0, 1]), .gup(process: 0, page: 1)]
    let model = MigrationModel.build(c)
    // Run the gup to its DMA (reference held), then the migrator alone.
    var s = model.initial
    var rules: [String] = []
    func run(actor: String, until stop: (String) -> Bool) {
      while true {
        guard let r = model.rules.indices.first(where: { model.actors[model.rules[$0].actor].name == actor && model.guardHolds($0, s) }) else { return }
        rules.append(model.rules[r].name)
        s = model.apply(r, s)
        if stop(model.rules[r].name) { return }
      }
    }
    run(actor: "gup0") { $0 == "follow_page: get_page" }
    run(actor: "migrate0") { _ in false }
    #expect(rules.filter { $0 == "folio_migrate_mapping" }.count == 1)
    #expect(rules.filter { $0 == "folio_migrate_mapping → -EAGAIN" }.count >= 2)
    #expect(rules.contains("migrate_folio_undo_src"))
    #expect(rules.contains("migrate_pages_sync: one by one"))
    let layout = model.layout
    func value(_ name: String) -> Int { Int(s[layout.vars.firstIndex { $0.name == name }.map { layout[VarID($0)].slot([]) }!]) }
    #expect(value("migrate0.nr_succeeded") == 1 && value("migrate0.nr_failed") == 1)
    // The sync retry does not defer its flush: no TLB batch there.
    let syncAt = try #require(rules.firstIndex(of: "migrate_pages_sync: one by one"))
    #expect(!rules[syncAt...].contains("try_to_unmap_flush") || rules[syncAt...].contains("try_to_migrate_one"))
  }

  @Test func batchesAreFolio612Only() {
    var c = ModelConfig()
    c.pages = 2
    c.mapped = [0, 1]
    c.actors = [.migrateBatch(process: 0, pages: [0, 1])]
    #expect(c.validate().contains { $0.field == "pages" && $0.message.contains("folio-6.12") })
    c.variant = "folio-6.12"
    #expect(c.validate().isEmpty)
    c.actors = [.migrateBatch(process: 0, pages: [0, 0])]
    #expect(c.validate().contains { $0.field == "pages" })
  }
}
