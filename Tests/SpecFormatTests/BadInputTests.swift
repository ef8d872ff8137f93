import Foundation
import Testing
import MigrationModel
import RuleKit
@testable import SpecFormat

/// Specs that used to trap, and input the reader rejects before parsing:
/// every error names the file, line and column.
@Suite struct BadSpecInputTests {
  static func write(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("migspec-bad-\(UUID().uuidString).yaml").path
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
  }

  static func loadError(_ bytes: [UInt8]) throws -> SpecError? {
    let path = try write(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    do { _ = try SpecParser.load(path: path); return nil } catch {
      #expect(error.description.hasPrefix("\(path):\(error.line):\(error.column): error: "))
      return error
    }
  }

  /// Issue 15's crash: initial_processes above processes, with a fork (a
  /// trap in validate() building `initial_processes..<processes`).
  @Test func initialProcessesAboveProcesses() {
    // The parser tests' valid spec, with initial_processes: 5 on its line 8.
    let text = good.replacingOccurrences(of: "  pages: 1\n", with: "  pages: 1\n  initial_processes: 5\n")
    let e = parseError(text)
    #expect(e?.line == 8 && e?.column == 22)
    #expect(e?.message == "expected 1...2 initial processes (at most world.processes), got 5")
  }

  @Test func notUTF8NamesTheFirstBadByte() throws {
    var bytes = Array("name: t\nvariant: folio-6.1\nworld:\n  processes: 2\n  pa".utf8)
    bytes += [0xFF] + Array("ges: 1\n".utf8)
    let e = try Self.loadError(bytes)
    #expect(e?.line == 5 && e?.column == 5)
    #expect(e?.message == "byte 0xFF is not UTF-8 text; a spec must be UTF-8")
    // A truncated multi-byte sequence after a valid one: the column counts characters.
    let e2 = try Self.loadError(Array("name: \u{e9}t\u{e9}".utf8) + [0xE2, 0x82])
    #expect(e2?.line == 1 && e2?.column == 10)
    // Binary data: the first byte.
    let e3 = try Self.loadError([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0xC0])
    #expect(e3?.line == 1 && e3?.column == 10 && e3?.message.hasPrefix("byte 0xC0") == true)
  }

  /// The 5 MB `mapped:` line took 7-20 s to reject; now the size is checked before YAML.
  @Test func hugeInputsAreRejectedEarly() throws {
    let start = Date()
    let huge = try Self.loadError(Array(("name: t\nworld:\n  mapped: [" + String(repeating: "0, ", count: 1_700_000) + "0]\n").utf8))
    #expect(huge?.message.contains("too large for a spec (at most 262144 bytes)") == true)
    #expect(huge?.line == 1 && huge?.column == 1)
    let long = try Self.loadError(Array(("name: t\nworld:\n  mapped: [" + String(repeating: "0, ", count: 3000) + "0]\n").utf8))
    #expect(long?.line == 3 && long?.column == 1)
    #expect(long?.message == "line longer than 4096 bytes; a spec has no such lines")
    #expect(Date().timeIntervalSince(start) < 2)
  }

  @Test func missingFileAndDirectory() throws {
    let e = try? SpecParser.load(path: "/nonexistent/x.yaml")
    #expect(e == nil)
    do { _ = try SpecParser.load(path: "/nonexistent/x.yaml") } catch {
      #expect(error.description == "/nonexistent/x.yaml:1:1: error: no such file")
    }
    do { _ = try SpecParser.load(path: "/tmp") } catch {
      #expect(error.description == "/tmp:1:1: error: is a directory; expected a spec")
    }
  }
}

/// ModelConfig.validate() is total: sizes a trace's JSON can hold, which the
/// spec grammar cannot, give issues instead of traps.
@Suite struct TotalValidationTests {
  static func config(_ edit: (inout ModelConfig) -> Void) -> ModelConfig {
    var c = ModelConfig()
    c.processes = 2
    c.actors = [.migrate(process: 0, page: 0), .fork(parent: 0, child: 1), .fault(process: 1, page: 0, write: false)]
    edit(&c)
    return c
  }

  /// Fuzz find (session 5): nothing mapped and nothing allocated gave a
  /// model with no folio slot, whose zap indexed an empty array (a trap in
  /// `migspec run`). Every model has a frame now.
  @Test func nothingMappedStillHasAFrame() {
    var c = ModelConfig()
    c.variant = "folio-6.12"
    c.processes = 2
    c.mapped = []
    c.actors = [.exit(process: 0)]
    #expect(c.validate().isEmpty)
    #expect(c.effectiveFolios == 1)
    let m = MigrationModel.build(c)
    var s = m.initial
    for _ in 0..<20 {
      guard let r = m.rules.indices.first(where: { m.guardHolds($0, s) }) else { break }
      s = m.apply(r, s)
    }
  }

  @Test func sizesOutOfRangeAreIssues() {
    #expect(Self.config { $0.processes = 0 }.validate().first?.field == "processes")
    #expect(Self.config { $0.pages = -1 }.validate().first?.message == "expected 1...4 virtual pages, got -1")
    #expect(Self.config { $0.driverPages = Int.max }.validate().first?.field == "driver_pages")
    #expect(Self.config { $0.shmemPages = Int.min }.validate().first?.field == "shmem_pages")
    #expect(Self.config { $0.initialProcesses = 5 }.validate().first?.field == "initial_processes")
    #expect(Self.config { $0.initialProcesses = -3 }.validate().first?.field == "initial_processes")
    #expect(Self.config { $0.processes = Int.min; $0.initialProcesses = Int.max }.validate().count >= 2)
    #expect(Self.config { $0.mapped = Array(repeating: 0, count: 100_000) }.validate().first?.field == "mapped")
    #expect(Self.config { $0.knobs.anonExpectedRefs = 7 }.validate().first?.message == "expected 1...2, got 7")
    #expect(Self.config { $0.knobs.migratePasses = Int.max }.validate().first?.field == "migrate_passes")
    #expect(Self.config { $0.actors.append(.migrateBatch(process: 0, pages: Array(0..<1000))) }.validate().contains { $0.field == "pages" })
    #expect(Self.config { _ in }.validate().isEmpty)
  }
}
