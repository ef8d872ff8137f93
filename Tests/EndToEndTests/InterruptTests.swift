import Foundation
import Testing
import SpecFormat
import MigrationModel

/// SIGINT and SIGTERM during `check` and `prove`: the search stops, every
/// verdict so far is reported (violations with their saved traces, the rest
/// unknown: interrupted), the JSON is whole, no temporary file is left, and
/// the exit status is 128 + the signal.
@Suite(.serialized) struct InterruptTests {
  /// How many properties a spec expects (the number of records per spec).
  static func properties(_ path: String) -> Int {
    (try? SpecParser.load(path: CLI.root.appendingPathComponent(path).path).expect.count) ?? -1
  }

  /// The JSON document of an interrupted run, checked for its shape.
  func document(_ r: CLI.Result, signal: String) throws -> [String: Any] {
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "stdout: \(r.stdout.prefix(400))")
    #expect(doc["format"] as? String == "migspec-check")
    #expect(doc["interrupted"] as? String == signal)
    #expect(doc["allExpected"] as? Bool == false)
    return doc
  }

  /// Every result is violated (with its trace) or unknown with `stoppedBy` "interrupted".
  func expectViolatedOrInterrupted(_ results: [[String: Any]]) {
    #expect(!results.isEmpty)
    for rec in results {
      let verdict = rec["verdict"] as? String
      let bound = rec["bound"] as? [String: Any]
      if verdict == "violated" {
        #expect(rec["trace"] is [String: Any])
      } else {
        #expect(verdict == "unknown", "\(rec["spec"] ?? "")/\(rec["property"] ?? ""): \(verdict ?? "nil")")
        #expect(bound?["stoppedBy"] as? String == "interrupted")
        #expect(bound?["complete"] as? Bool == false)
      }
    }
  }

  /// Files under `dir` whose name marks a temporary (".name.tmp-PID").
  func temporaries(in dir: URL) -> [String] {
    let all = FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []
    return all.filter { let name = ($0 as NSString).lastPathComponent; return name.hasPrefix(".") || name.contains(".tmp") }
  }

  /// The brief's case: SIGTERM a second into `check --json` of specs/bench
  /// (millions of states): exit 143, every property unknown: interrupted.
  @Test func sigtermDuringCheckOfTheBenchSpec() throws {
    let tmp = try CLI.tempDir()
    let run = try CLI.start(["check", "specs/bench", "--json", "--trace-dir", tmp.path])
    #expect(run.waitUntilCatching(SIGTERM))
    Thread.sleep(forTimeInterval: 1)
    run.signal(SIGTERM)
    let signalled = Date()
    let (r, reason) = try run.wait()
    #expect(Date().timeIntervalSince(signalled) < 10, "the search must stop promptly")
    #expect(reason == .exit)
    #expect(r.status == 143, "stderr: \(r.stderr)")
    let doc = try document(r, signal: "SIGTERM")
    let results = try #require(doc["results"] as? [[String: Any]])
    #expect(results.count == Self.properties("specs/bench/two-migrators-fork.yaml"))
    expectViolatedOrInterrupted(results)
    let spec = try #require((doc["specs"] as? [[String: Any]])?.first)
    #expect(spec["complete"] as? Bool == false)
    #expect(spec["stoppedBy"] as? String == "interrupted")
    #expect(temporaries(in: tmp).isEmpty)
  }

  /// SIGINT after a first spec has finished: its verdicts (violations and
  /// saved traces) are kept as found, the spec being explored is unknown:
  /// interrupted, the one after it is listed as not started; exit 130.
  @Test func sigintKeepsTheSpecsAlreadyChecked() throws {
    let tmp = try CLI.tempDir()
    let run = try CLI.start(["check", "specs/migrate-vs-fork-prepend.yaml", "specs/bench/two-migrators-fork.yaml",
                             "specs/migrate-vs-fault.yaml", "--json", "--trace-dir", tmp.path])
    // The prepend spec is done once its last trace is saved; the bench spec runs then.
    let last = tmp.appendingPathComponent("migrate-vs-fork-prepend/append_order.json")
    let deadline = Date().addingTimeInterval(120)
    while !FileManager.default.fileExists(atPath: last.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    Thread.sleep(forTimeInterval: 0.5)
    run.signal(SIGINT)
    let (r, reason) = try run.wait()
    #expect(reason == .exit)
    #expect(r.status == 130, "stderr: \(r.stderr)")
    let doc = try document(r, signal: "SIGINT")
    let results = try #require(doc["results"] as? [[String: Any]])
    let prepend = results.filter { $0["spec"] as? String == "migrate-vs-fork-prepend" }
    #expect(prepend.count == Self.properties("specs/migrate-vs-fork-prepend.yaml"))
    for rec in prepend {
      #expect(rec["verdict"] as? String == rec["expected"] as? String)
      if let file = rec["traceFile"] as? String {
        let tf = try JSONDecoder().decode(TraceFile.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(tf.model().confirmViolation(tf.trace) == nil)
      }
    }
    #expect(prepend.filter { $0["verdict"] as? String == "violated" }.allSatisfy { $0["traceFile"] is String })
    expectViolatedOrInterrupted(results.filter { $0["spec"] as? String != "migrate-vs-fork-prepend" })
    let fault = results.filter { $0["spec"] as? String == "migrate-vs-fault" }
    #expect(fault.count == Self.properties("specs/migrate-vs-fault.yaml"))
    #expect(fault.allSatisfy { ($0["bound"] as? [String: Any])?["description"] as? String == "not started: interrupted before this spec" })
    #expect(temporaries(in: tmp).isEmpty)
  }

  /// `prove` interrupted in a long Z3 query (the bench spec, far beyond the
  /// depth BMC reaches in seconds): Z3 is interrupted, not waited for; SIGINT
  /// reaches migspec even while Z3 solves; exit 130 with whole JSON.
  @Test func sigintDuringProve() throws {
    let tmp = try CLI.tempDir()
    let run = try CLI.start(["prove", "specs/bench/two-migrators-fork.yaml", "--depth", "60", "--json", "--trace-dir", tmp.path])
    #expect(run.waitUntilCatching(SIGINT))
    Thread.sleep(forTimeInterval: 2)
    run.signal(SIGINT)
    let signalled = Date()
    let (r, reason) = try run.wait()
    #expect(Date().timeIntervalSince(signalled) < 10, "Z3 must be interrupted, not waited for")
    #expect(reason == .exit)
    #expect(r.status == 130, "stderr: \(r.stderr)")
    let doc = try document(r, signal: "SIGINT")
    let results = try #require(doc["results"] as? [[String: Any]])
    #expect(results.count == Self.properties("specs/bench/two-migrators-fork.yaml"))
    expectViolatedOrInterrupted(results)
    #expect(temporaries(in: tmp).isEmpty)
  }

  /// The same in text: the normal table, each open property INTERRUPTED, and a last line saying so.
  @Test func sigtermDuringProveText() throws {
    let run = try CLI.start(["prove", "specs/migrate-vs-fork-prepend.yaml", "--depth", "60", "--no-save"])
    #expect(run.waitUntilCatching(SIGTERM))
    Thread.sleep(forTimeInterval: 2)
    run.signal(SIGTERM)
    let (r, _) = try run.wait()
    #expect(r.status == 143, "stderr: \(r.stderr)")
    #expect(r.stdout.contains("append_order               violated  expected violated  ok violated after 3 steps"))
    #expect(r.stdout.contains("INTERRUPTED unknown after depth"))
    #expect(r.stdout.contains("interrupted by SIGTERM: 1 violation(s) found before it"))
  }
}
