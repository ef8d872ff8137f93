import Foundation
import Testing

/// `migspec kernel --capture`: the validation of a real kernel's console
/// capture, through the command line (the boot itself runs in `make test`'s
/// kernel-ci step: it needs QEMU and minutes, not a unit test).
@Suite struct KernelCommandTests {
  static let capture = CLI.root.appendingPathComponent("Tests/Captures/debian-6.1.0-56-amd64.console")
  static var lines: [String] {
    try! String(contentsOf: capture, encoding: .utf8).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
  }

  static func write(_ lines: [String]) throws -> URL {
    let f = try CLI.tempDir().appendingPathComponent("edited.console")
    try lines.joined(separator: "\n").write(to: f, atomically: true, encoding: .utf8)
    return f
  }

  @Test func realCaptureConformsPerScenario() throws {
    let r = try CLI.run(["kernel", "--capture", Self.capture.path])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.hasPrefix("kernel 6.1.0-56-amd64, model folio-6.1, 2 NUMA node(s); kprobes: anon_vma_fork on, exit_mmap on, exit_mmap_ret on\n"))
    // A capture from before config facts were recorded: Debian's config is assumed.
    #expect(r.stdout.contains("\n  migration entries: swap types 27 read, 28 read-exclusive, 29 write; SWP_PFN_BITS 34 (derived from the release with Debian's config, none in the capture)\n"))
    for s in ["move-pages", "fork-in-migration", "migrate-pages", "compact"] {
      #expect(r.stdout.contains("\n\(s): conforms: "), "\(s)")
    }
    #expect(r.stdout.contains("move-pages: conforms: 16 folios migrated in 48 attempts (6 migrate_pages calls), 368 events checked"))
    #expect(r.stdout.contains("fork-in-migration: conforms: 21 folios migrated in 96 attempts (12 migrate_pages calls), 982 events checked (2 with a fork's extra restore"))
  }

  @Test func jsonPerScenario() throws {
    let r = try CLI.run(["kernel", "--capture", Self.capture.path, "--json"])
    #expect(r.status == 0)
    let objs = r.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(objs.count == 4)
    #expect(objs.allSatisfy { $0["conforms"] as? Bool == true && ($0["events_checked"] as? Int ?? 0) > 0 })
    #expect(objs.allSatisfy { $0["kernel"] as? String == "6.1.0-56-amd64" && $0["model"] as? String == "folio-6.1" && $0["swp_migration_read"] as? Int == 28 - 1 })
  }

  static let capture612 = CLI.root.appendingPathComponent("Tests/Captures/debian-6.12.117+deb12-amd64.console")

  /// Debian's 6.12: the capture names its release and config; the layout and the model follow.
  @Test func debian612CaptureCarriesItsLayoutAndModel() throws {
    let r = try CLI.run(["kernel", "--capture", Self.capture612.path])
    #expect(r.status != 2, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("kernel 6.12.117+deb12-amd64, model folio-6.12, 2 NUMA node(s); kprobes: anon_vma_fork on, exit_mmap on, exit_mmap_ret on\n"))
    #expect(r.stdout.contains("\n  migration entries: swap types 28 read, 29 read-exclusive, 30 write; SWP_PFN_BITS 34 (derived from config-6.12.117+deb12-amd64)\n"))
    for s in ["move-pages", "fork-in-migration", "migrate-pages", "compact"] {
      #expect(r.stdout.contains("\n\(s): "), "\(s)")
      #expect(!r.stdout.contains("is not a migration entry"))
    }
    let json = try CLI.run(["kernel", "--capture", Self.capture612.path, "--json", "--model", "folio-6.1"])
    let objs = json.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(objs.count == 4 && objs.allSatisfy { $0["model"] as? String == "folio-6.1" && $0["kernel"] as? String == "6.12.117+deb12-amd64" && $0["swp_migration_read"] as? Int == 28 })
    // 6.1's numbering on 6.12's entries: reads (28) look read-exclusive, writes (30) are no migration entries.
    let wrong = try CLI.run(["kernel", "--capture", Self.capture612.path, "--swp-migration-read", "27"])
    #expect(wrong.status == 1 && wrong.stdout.contains("\n  migration entries: swap types 27 read, 28 read-exclusive, 29 write; SWP_PFN_BITS 34 (--swp-migration-read)\n"))
    #expect(wrong.stdout.contains(": DIVERGES at "))
    let badModel = try CLI.run(["kernel", "--capture", Self.capture612.path, "--model", "folio-5.0"])
    #expect(badModel.status != 0 && badModel.stderr.contains("--model: expected one of folio-6.1, folio-6.12"))
  }

  @Test func removedRestoreLineDiverges() throws {
    var lines = Self.lines
    // The first folio whose last restore is followed by the next folio's entry.
    let i = try #require(lines.indices.dropLast(2).first {
      lines[$0].contains("set_migration_pte:") && lines[$0 + 1].contains("remove_migration_pte:") && lines[$0 + 2].contains("set_migration_pte:")
    })
    lines.remove(at: i + 1)
    let f = try Self.write(lines)
    let r = try CLI.run(["kernel", "--capture", f.path])
    #expect(r.status == 1)
    #expect(r.stdout.contains(": DIVERGES at \(f.path):\(i + 2): "))
    #expect(r.stdout.contains("folio-6.1 expected the move phase of folio pfn"))
    #expect(r.stdout.contains("folio-6.1 cannot finish it after set_migration_pte("))
    #expect(!r.stdout.contains("--model folio-6.12"))  // a 6.1 trace: a missing restore, not a batch
    #expect(r.stdout.contains("folio-6.1 allowed instead: remove_migration_pte("))
  }

  @Test func badInput() throws {
    let missing = try CLI.run(["kernel", "--capture", "/nonexistent/console.txt"])
    #expect(missing.status == 2 && missing.stderr.contains("/nonexistent/console.txt:1:1: error: no such file"))
    let notCapture = try Self.write(["hello", "world"])
    let r = try CLI.run(["kernel", "--capture", notCapture.path])
    #expect(r.status == 2 && r.stderr.contains("not a migspec kernel capture"))
    var lines = Self.lines
    let i = try #require(lines.firstIndex { $0.contains("remove_migration_pte:") })
    lines[i] = lines[i].replacingOccurrences(of: ": remove", with: " x.y: remove")
    let damaged = try Self.write(lines)
    let d = try CLI.run(["kernel", "--capture", damaged.path])
    #expect(d.status == 2 && d.stderr.contains("\(damaged.path):\(i + 1):1: error: unreadable trace line"))
    let scenario = try CLI.run(["kernel", "--capture", Self.capture.path, "--scenarios", "nope"])
    #expect(scenario.status != 0 && scenario.stderr.contains("unknown scenario \"nope\""))
  }
}
