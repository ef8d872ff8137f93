import Foundation
import Testing
@testable import KernelTrace

/// The checked-in capture of a real run (Tests/Captures/README.md has the command).
let realCapturePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Captures/debian-6.1.0-56-amd64.console").path
let realCapture = try! String(contentsOfFile: realCapturePath, encoding: .utf8)

@Suite struct CaptureTests {
  @Test func markersScenariosAndEvents() throws {
    let c = try KernelCapture.parse(realCapture, file: "capture")
    #expect(c.kernelRelease == "6.1.0-56-amd64")
    #expect(c.numaNodes == 2)
    #expect(c.kprobes.map(\.ok) == [true, true, true])
    #expect(c.scenarios.map(\.name) == ["move-pages", "fork-in-migration", "migrate-pages", "compact"])
    for s in c.scenarios {
      #expect(s.exitStatus == 0)
      #expect(s.traceBegin != nil && s.traceEnd != nil)
      #expect(s.lostEvents.isEmpty)
      #expect(s.result?["result"] == "ok")
      #expect(!s.events.isEmpty)
    }
    // Every line of a trace section is an event, a header or blank: nothing unreadable, nothing dropped.
    let lines = realCapture.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for s in c.scenarios {
      let body = lines[s.traceBegin!..<(s.traceEnd! - 1)]
      let events = body.filter { if case .event = Ftrace.parse($0) { true } else { false } }.count
      let headers = body.filter { Ftrace.parse($0) == .header }.count
      #expect(events == s.events.count)
      #expect(events + headers == body.count)
    }
  }

  @Test func realLinesParse() throws {
    let c = try KernelCapture.parse(realCapture, file: "capture")
    let move = c.scenarios[0]
    let start = try #require(move.events.first { $0.event.name == "mm_migrate_pages_start" })
    #expect(start.event.field("mode") == "MIGRATE_SYNC" && start.event.field("reason") == "syscall_or_cpuset")
    #expect(start.event.task == "migspec-workloa")  // comm is cut to 15 characters
    let fork = try #require(move.events.first { $0.event.name == "anon_vma_fork" })
    #expect(fork.event.field("vma")?.hasPrefix("0xffff") == true)
    #expect(fork.event.hex("start")! < fork.event.hex("end")!)
    let end = try #require(move.events.first { $0.event.name == "mm_migrate_pages" })
    #expect(end.event.int("nr_succeeded") == 8 && end.event.int("nr_failed") == 0)
  }

  /// The decoder on the real values: in move-pages the parent calls
  /// move_pages(2) twice in a row per round, so the entries of the second call
  /// name exactly the pfns the first call's restores mapped (the pages go
  /// back); entries are migration entries, restores present PTEs.
  @Test func entryPfnsChainWithRestoredPfns() throws {
    let c = try KernelCapture.parse(realCapture, file: "capture")
    var chained = 0, calls = 0
    var restored: [UInt64: UInt64] = [:]
    for (_, e) in c.scenarios[0].events {
      if e.name == "mm_migrate_pages_start" {
        calls += 1
        if calls % 2 == 1 { restored = [:] }  // a new round: the parent rewrote its pages
        continue
      }
      guard e.name.hasSuffix("migration_pte") else { continue }
      let addr = try #require(e.hex("addr")), pte = try #require(e.hex("pte"))
      switch X86PTE.decode(pte) {
      case .migration(_, let pfn, _, _, _, _):
        #expect(e.name == "set_migration_pte")
        if calls % 2 == 0, let r = restored[addr] {
          #expect(r == pfn, "entry at \(String(addr, radix: 16)) names pfn \(String(pfn, radix: 16)), the last restore mapped \(String(r, radix: 16))")
          chained += 1
        }
      case .present(let pfn, _, _, _, _):
        #expect(e.name == "remove_migration_pte")
        if calls % 2 == 1 { restored[addr] = pfn }
      default:
        Issue.record("\(e.name) with an undecodable pte \(String(pte, radix: 16))")
      }
    }
    #expect(calls == 6 && chained >= 24)
  }

  @Test func writeEntriesRestoreWritable() {
    // Lines 1767-1768 of the capture: a private writable stack page migrated by migrate_pages(2).
    guard case .migration(.write, _, _, _, _, _) = X86PTE.decode(0xefffe7fffe79c602) else { Issue.record("expected a write entry"); return }
    #expect(X86PTE.decode(0x800000001ffda867) == .present(pfn: 0x1ffda, write: true, accessed: true, dirty: true, softDirty: true))
    // Line 313: a child's read-only restore (fork made its PTE old).
    #expect(X86PTE.decode(0x800000001fe1c845) == .present(pfn: 0x1fe1c, write: false, accessed: false, dirty: true, softDirty: true))
  }

  @Test func unreadableTraceLineIsNamed() {
    var lines = realCapture.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    let i = lines.firstIndex { $0.contains("set_migration_pte:") }!
    lines[i] = lines[i].replacingOccurrences(of: "]", with: "] ..... x.y: ")
    do {
      _ = try KernelCapture.parse(lines.joined(separator: "\n"), file: "bad.console")
      Issue.record("expected an error")
    } catch {
      #expect(error.line == i + 1)
      #expect(error.description.hasPrefix("bad.console:\(i + 1):1: error: unreadable trace line"))
    }
  }
}
