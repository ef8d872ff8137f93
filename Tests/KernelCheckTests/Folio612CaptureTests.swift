import Foundation
import Testing
@testable import KernelCheck
@testable import KernelTrace

/// The real Debian 6.12 capture checked against folio-6.12, and against
/// folio-6.1 (which must refuse it and say why).
@Suite struct Folio612CaptureTests {
  static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Captures/debian-6.12.117+deb12-amd64.console").path
  static var lines: [String] {
    (try? String(contentsOfFile: path, encoding: .utf8))?.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init) ?? []
  }

  static func reports(_ lines: [String], model: String) throws -> [ScenarioReport] {
    let c = try KernelCapture.parse(lines.joined(separator: "\n"), file: "capture")
    var checker = KernelConformance(model: model)
    return c.scenarios.map { checker.check($0, layout: .debian612) }
  }

  @Test func captureConformsToFolio612() throws {
    let lines = Self.lines
    try #require(!lines.isEmpty, "no 6.12 capture at \(Self.path)")
    let rs = try Self.reports(lines, model: "folio-6.12")
    #expect(rs.count == 4)
    for r in rs {
      #expect(r.conforms, "\(r.name): \(r.divergence.map { "\($0.line): \($0.message)" } ?? "")")
      #expect(r.eventsChecked > 0 && r.foliosMigrated > 0 && r.unchecked == 0)
    }
  }

  /// folio-6.1 moves each folio before it unmaps the next: the batched
  /// trace diverges at the second folio's first entry, and says so.
  @Test func folio61RefusesTheBatchedTrace() throws {
    let lines = Self.lines
    try #require(!lines.isEmpty)
    let rs = try Self.reports(lines, model: "folio-6.1")
    let d = try #require(rs.compactMap(\.divergence).first)
    #expect(d.message.contains("folio-6.1 expected the move phase of folio pfn"), "\(d.message)")
    #expect(d.message.contains("this trace unmaps several folios before it moves them"))
    #expect(d.message.contains("--model folio-6.12"))
    #expect(lines[d.line - 1].contains("set_migration_pte"))
  }

  /// The first batch of `scenario` with three folios or more, the first two
  /// moved, the second with a single entry and a single restore.
  static func batch(_ scenario: String) throws -> (moved: MigrationAttempt, other: MigrationAttempt, last: MigrationAttempt) {
    let c = try KernelCapture.parse(lines.joined(separator: "\n"), file: "capture")
    let s = try #require(c.scenarios.first { $0.name == scenario })
    let m = KernelMigrations(s.events, layout: .debian612, style: .batched)
    for b in m.batches {
      let mine = b.attempts.map { m.attempts[$0] }
      if mine.count >= 3, mine[0].succeeded, mine[1].succeeded, mine[1].sets == 1, mine[1].removes == 1 { return (mine[0], mine[1], mine.last!) }
    }
    throw CaptureError(file: "capture", line: 0, message: "no batch of three")
  }

  static func firstDivergence(editing i: Int, _ edit: (String) -> String) throws -> KernelDivergence {
    var ls = lines
    ls[i] = edit(ls[i])
    return try #require(try reports(ls, model: "folio-6.12").compactMap(\.divergence).first)
  }

  /// Issue 11 item 5 on the 6.12 capture: a restore to the new folio of
  /// another folio of the same batch is rejected at that line.
  @Test func restoreToAnotherFoliosNewFolioIsNamed() throws {
    try #require(!Self.lines.isEmpty)
    let (moved, other, _) = try Self.batch("compact")
    let i = try #require(other.firstRemoveLine) - 1
    let to = try #require(moved.restoredTo)
    let d = try Self.firstDivergence(editing: i) { line in
      let old = line.split(separator: " ").first { $0.hasPrefix("pte=") }!.dropFirst(4)
      let pte = UInt64(old, radix: 16)! & ~(UInt64(0xff_ffff_ffff) << 12) | (to << 12)
      return line.replacingOccurrences(of: "pte=\(old)", with: "pte=\(String(pte, radix: 16))")
    }
    #expect(d.line == i + 1, "\(d)")
    #expect(d.message.contains(String(to, radix: 16)), "\(d)")
  }

  /// Issue 11 item 5 on the 6.12 capture: an entry for a source folio that
  /// this call already restored to its new folio (the batch's last restore
  /// line rewritten as a set_migration_pte of the first folio) is rejected
  /// at that line.
  @Test func entryOfAnAlreadyMigratedFolioIsNamed() throws {
    try #require(!Self.lines.isEmpty)
    let (moved, _, last) = try Self.batch("compact")
    let setLine = Self.lines[moved.firstLine - 1]
    let setEvent = try #require(setLine.range(of: "set_migration_pte: ")).lowerBound
    let i = try #require(last.events.last?.line) - 1
    #expect(Self.lines[i].contains("remove_migration_pte: "))
    let d = try Self.firstDivergence(editing: i) { line in
      let at = line.range(of: "remove_migration_pte: ")!.lowerBound
      return String(line[..<at]) + String(setLine[setEvent...])
    }
    #expect(d.line == i + 1, "\(d)")
    #expect(d.message.contains("already migrated"), "\(d)")
  }
}
