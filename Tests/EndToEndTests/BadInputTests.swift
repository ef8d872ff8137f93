import Foundation
import Testing

/// Issue 15's crash inputs (Swift traps, exit 132) and misleading messages,
/// through the real commands: exit 2 with the file and where in it.
@Suite struct BadInputTests {
  static let regressions = CLI.root.appendingPathComponent("Tests/Fuzz/regressions")

  static func file(_ name: String) -> String { regressions.appendingPathComponent(name).path }

  static func write(_ text: String, name: String = "input") throws -> String {
    let path = try CLI.tempDir().appendingPathComponent(name).path
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    return path
  }

  @Test(arguments: [
    ("trace-processes-0.json", "at .config.processes: the trace's configuration is invalid: expected 1...6 process slots, got 0"),
    ("trace-pages-minus-1.json", "at .config.pages: the trace's configuration is invalid: expected 1...4 virtual pages, got -1"),
    ("trace-driver-pages-overflow.json",
     "at .config.driverPages: the trace's configuration is invalid: expected 0...2 driver pages, got 9223372036854775807"),
  ])
  func crashingTraces(name: String, message: String) throws {
    for command in [["replay"], ["show", "--format", "html"]] {
      let r = try CLI.run(command + [Self.file(name)])
      #expect(r.status == 2, "\(command) \(name): \(r.status) \(r.stderr)")
      #expect(r.stderr == "\(Self.file(name)): error: \(message)\n")
    }
  }

  @Test func crashingSpec() throws {
    let spec = Self.file("spec-initial-processes-above-processes.yaml")
    for command in [["check"], ["prove", "--depth", "2"], ["run", "--steps", "5"], ["locks", "--spec"]] {
      let r = try CLI.run(command + [spec])
      #expect(r.status == 2, "\(command): \(r.status) \(r.stderr)")
      #expect(r.stderr.contains("\(spec):7:22: error: expected 1...2 initial processes (at most world.processes), got 5"), "\(r.stderr)")
    }
  }

  @Test func invalidJSONTraceNamesLineAndColumn() throws {
    let good = try String(contentsOf: CLI.root.appendingPathComponent("proofs/counterexamples/migrate-vs-fork-prepend/no_stale_migration_entry.json"), encoding: .utf8)
    var lines = good.components(separatedBy: "\n")
    lines[5] = lines[5].replacingOccurrences(of: "\"page\" : 0,", with: "\"page\" : 0 0,")
    let path = try Self.write(lines.joined(separator: "\n"), name: "t.json")
    let r = try CLI.run(["replay", path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(path):6:22: error: invalid JSON: expected ',' or '}', found '0'"), "\(r.stderr)")
    let shape = try Self.write(good.replacingOccurrences(of: "\"rule\" : \"folio_isolate_lru\"", with: "\"rule\" : 7"), name: "t.json")
    let s = try CLI.run(["show", shape])
    #expect(s.status == 2)
    #expect(s.stderr.contains("\(shape): error: at .trace.steps[0].rule: expected String"), "\(s.stderr)")
    let binary = try CLI.tempDir().appendingPathComponent("b.json").path
    FileManager.default.createFile(atPath: binary, contents: Data([0x7B, 0x0A, 0x20, 0x22, 0xFE, 0x22]))
    let b = try CLI.run(["replay", binary])
    #expect(b.status == 2 && b.stderr.contains("\(binary):2:3: error: byte 0xFE is not UTF-8 text; a trace file must be UTF-8"), "\(b.stderr)")
  }

  @Test func diffLogNamesLineAndColumn() throws {
    let log = try Self.write("{\"event\": \"copy_pte_range\", \"actor\": \"fork0\", \"args\": {\"page\": 0}}\n{\"event\": \"x\" \"actor\": 1}\n",
                             name: "l.jsonl")
    let r = try CLI.run(["diff", log, "--spec", "specs/migrate-vs-fork-append.yaml"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(log):2:15: error: invalid JSON: expected ',' or '}', found '\"'"), "\(r.stderr)")
  }

  @Test func negativeNumbersAreValuesNotOptions() throws {
    let r = try CLI.run(["prove", "specs/migrate-vs-fork-append.yaml", "--depth", "-1"])
    #expect(r.status == 2 && r.stderr.contains("--depth must be in 0...500"), "\(r.stderr)")
    let c = try CLI.run(["check", "--max-states", "-5"])
    #expect(c.status == 2 && c.stderr.contains("--max-states must be at least 1"), "\(c.stderr)")
  }

  @Test func obligationRecordIsCheckedBeforeProving() throws {
    let dir = try CLI.tempDir()
    try "{\"format\": \"migspec-obligations\", \"version\": 1, \"obligations\": [}\n"
      .write(to: dir.appendingPathComponent("z3-obligations.json"), atomically: false, encoding: .utf8)
    let r = try CLI.run(["prove", "specs/migrate-vs-fault.yaml", "--depth", "2", "--no-save", "--emit", dir.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(dir.path)/z3-obligations.json:1:65: error: invalid JSON: expected a value, found '}'"), "\(r.stderr)")
  }

  /// Stand-in implementations for drive: one closes its stdout, one answers a 10 MB line.
  static func script(_ body: String) throws -> String {
    let path = try Self.write("#!/bin/sh\n" + body + "\n", name: "impl.sh")
    _ = chmod(path, 0o755)
    return path
  }

  @Test func driveReportsWhatTheImplementationDid() throws {
    let closed = try CLI.run(["drive", "--events", "3", "--", try Self.script("exec 1>&-; sleep 3")])
    #expect(closed.status == 1)
    #expect(closed.stdout.contains("the implementation closed its standard output without answering configure (the process is still running)"),
            "\(closed.stdout)")
    let huge = try CLI.run(["drive", "--events", "3", "--", try Self.script(
      "read l; head -c 10000000 /dev/zero | tr '\\0' x; echo; sleep 3")])
    #expect(huge.status == 1)
    #expect(huge.stdout.contains("the answer to configure is longer than 1048576 bytes without a newline"), "\(huge.stdout)")
    let garbage = try CLI.run(["drive", "--events", "3", "--", try Self.script("read l; echo '{\"ok\": tru}'; cat >/dev/null")])
    #expect(garbage.status == 1 && garbage.stdout.contains("the answer to configure is not JSON (column 11: expected 'true', found '}')"),
            "\(garbage.stdout)")
    // Found by the fuzzer: a state that is not an object was a fatal error in
    // JSONSerialization (Tests/Fuzz/regressions/drive-answers-state-true.txt).
    let state = try CLI.run(["drive", "--events", "3", "--", try Self.script("read l; echo '{\"ok\": true, \"state\": true}'; cat >/dev/null")])
    #expect(state.status == 1 && state.stdout.contains("the answer to configure has no readable state: at .state: expected"), "\(state.stdout)")
    let missing = try CLI.run(["drive", "--", "no-such-implementation-\(UUID().uuidString)"])
    #expect(missing.status == 2 && missing.stderr.contains("no such executable on PATH"), "\(missing.stderr)")
  }

  /// Interrupted runs used to leave `.dat.nosync…` files in the trace directory.
  @Test func interruptedCheckLeavesNoTemporaryFile() throws {
    let dir = try CLI.tempDir()
    for delay in [20_000, 60_000, 120_000, 200_000] as [useconds_t] {
      let p = Process()
      p.executableURL = CLI.binary
      p.arguments = ["check", "specs", "--traces", "none", "--trace-dir", dir.path]
      p.currentDirectoryURL = CLI.root
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      try p.run()
      usleep(delay)
      p.interrupt()
      p.waitUntilExit()
    }
    let leftovers = FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String }
      .filter { ($0 as NSString).lastPathComponent.hasPrefix(".") } ?? []
    #expect(leftovers.isEmpty, "\(leftovers)")
  }
}
