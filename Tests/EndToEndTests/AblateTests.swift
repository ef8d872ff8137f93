import Foundation
import Testing
import Ablation
import MigrationModel
import SpecFormat

/// `migspec ablate`: each protection removed in turn, what breaks.
@Suite struct AblateTests {
  static func subjects(_ names: [String]) throws -> [Ablation.Subject] {
    try names.map { n in
      let s = try SpecParser.load(path: CLI.root.appendingPathComponent("specs/\(n).yaml").path)
      return Ablation.Subject(name: s.name, config: s.config)
    }
  }

  /// Known rows: the source folio lock is what keeps waiters from finding an
  /// unlocked folio; the anon_vma pin keeps the walk off a freed anon_vma
  /// when the owner exits; the COW's TLB flush keeps a sibling thread off
  /// the old folio.
  @Test func knownProtectionsBreakWhatTheyProtect() throws {
    let rows = Ablation.run(try Self.subjects(["migrate-vs-fault", "migrate-vs-owner-exit", "migrate-vs-cow-threads"]),
                            protections: Protection.all.filter { ["src_folio_lock", "anon_vma_pin", "cow_tlb_flush", "fork_mmap_lock"].contains($0.knob) })
    func row(_ k: String) throws -> Ablation.Row { try #require(rows.first { $0.knob == k }) }
    #expect(try row("src_folio_lock").breaks.map(\.property).contains("no_stale_migration_entry"))
    #expect(try row("anon_vma_pin").breaks.map(\.property) == ["refcount_safety"])
    #expect(try row("anon_vma_pin").breaks.first?.spec == "migrate-vs-owner-exit")
    #expect(try row("cow_tlb_flush").breaks.map(\.property) == ["no_lost_write"])
    // A protection these specs do not need is reported as such, not hidden.
    #expect(try row("fork_mmap_lock").nothingBreaks)
    // Every break's trace really breaks the property without the protection.
    for r in rows {
      for b in r.breaks { #expect(b.trace.violation?.property == b.property && b.steps == b.trace.steps.count) }
    }
  }

  @Test func removalOnlyTouchesItsKnob() {
    for p in Protection.all {
      let k = Knobs()
      let removed = p.removing(from: k)
      #expect(removed != k, "\(p.knob): removing it changes nothing")
      #expect(Knobs.field(p.knob) != nil, "\(p.knob) is not a knob")
      let changed = Knobs.fields.filter { $0.get(removed) != $0.get(k) }.map(\.name)
      #expect(changed == [p.knob])
    }
    #expect(Protection.all.count >= 15)
  }

  @Test func cliJSONAndBadInput() throws {
    let r = try CLI.run(["ablate", "--only", "src_folio_lock", "specs/migrate-vs-fault.yaml", "--json"])
    #expect(r.status == 0, "\(r.stderr)")
    let data = Data(r.stdout.utf8)
    struct Doc: Decodable { let format: String; let rows: [Ablation.Row] }
    let doc = try JSONDecoder().decode(Doc.self, from: data)
    #expect(doc.format == "migspec-ablate" && doc.rows.count == 1 && doc.rows[0].breaks.contains { $0.property == "no_stale_migration_entry" })
    let bad = try CLI.run(["ablate", "--only", "no_such_lock"])
    #expect(bad.status == 2 && bad.stderr.contains("--only: 'no_such_lock' is not a protection"))
  }

  /// The README's ablation table is the one `migspec ablate --markdown` prints.
  @Test func readmeTableIsGenerated() throws {
    let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
    guard let start = readme.range(of: "<!-- ablate:begin -->"), let end = readme.range(of: "<!-- ablate:end -->") else {
      Issue.record("README.md has no ablation block"); return
    }
    let r = try CLI.run(["ablate", "--markdown"])
    #expect(r.status == 0)
    #expect(readme[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines) == r.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
            "README ablation table is stale: run `make ablate-table`")
  }
}
