import Foundation
import Testing

/// `migspec diff`: trace validation of JSON Lines logs against the model.
@Suite struct DiffTests {
  static func log(seed: Int, extra: [String] = []) throws -> (URL, [String]) {
    let tmp = try CLI.tempDir()
    let file = tmp.appendingPathComponent("run.jsonl")
    let r = try CLI.run(["run", "specs/migrate-vs-fork-append.yaml", "--seed", String(seed), "--steps", "200", "--quiet", "--no-save",
                         "--log", file.path] + extra)
    #expect(r.status == 0, "\(r.stderr)")
    let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
    return (file, lines)
  }

  static func write(_ lines: [String]) throws -> URL {
    let f = try CLI.tempDir().appendingPathComponent("edited.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: f, atomically: true, encoding: .utf8)
    return f
  }

  @Test func aRunsOwnLogConforms() throws {
    let (file, lines) = try Self.log(seed: 3)
    let r = try CLI.run(["diff", file.path])
    #expect(r.status == 0 && r.stdout.hasPrefix("conforms: \(lines.count - 1) events"))
  }

  @Test func aDeletedEventIsTheFirstUnexplainedLine() throws {
    let (_, lines) = try Self.log(seed: 3)
    // Delete a migrate0 event that has a later migrate0 event after it.
    let migrate = lines.indices.filter { lines[$0].contains("\"migrate0\"") }
    let victim = migrate[migrate.count / 2]
    var edited = lines
    edited.remove(at: victim)
    let f = try Self.write(edited)
    let r = try CLI.run(["diff", f.path])
    #expect(r.status == 1)
    #expect(r.stdout.hasPrefix("DIVERGES at \(f.path):"))
    #expect(r.stdout.contains("the model allowed instead: "))
  }

  @Test func aReorderedPairIsRejected() throws {
    let (_, lines) = try Self.log(seed: 5)
    let migrate = lines.indices.filter { lines[$0].contains("\"migrate0\"") }
    var edited = lines
    edited.swapAt(migrate[2], migrate[3])
    let f = try Self.write(edited)
    let r = try CLI.run(["diff", f.path])
    #expect(r.status == 1 && r.stdout.contains("DIVERGES at \(f.path):\(migrate[2] + 1):"))
  }

  @Test func observableSubsetWithStatesConforms() throws {
    let (file, _) = try Self.log(seed: 4, extra: ["--observe", "try_to_migrate_one,remove_migration_pte,copy_pte_range", "--log-states"])
    let r = try CLI.run(["diff", file.path])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
  }

  @Test func badInputNamesTheLine() throws {
    let spec = ["--spec", "specs/migrate-vs-fork-append.yaml"]
    let cases: [(String, String)] = [
      ("{\"event\": \"copy_pte_range\", \"actor\": \"fork0\", \"args\": {\"page\": 0}}\n{ not json", ":2:3: error: invalid JSON: expected a key (a string in double quotes), found 'n'"),
      ("{\"event\": \"frobnicate\", \"actor\": \"fork0\"}", ":1:1: error: unknown event \"frobnicate\""),
      ("{\"event\": \"copy_pte_range\", \"actor\": \"fork0\"}", ":1:1: error: copy_pte_range takes page; got none"),
      ("{\"event\": \"copy_pte_range\", \"actor\": \"fork9\", \"args\": {\"page\": 0}}", ":1:1: error: unknown actor \"fork9\""),
    ]
    for (text, message) in cases {
      let f = try Self.write([text])
      let r = try CLI.run(["diff", f.path] + spec)
      #expect(r.status == 2 && r.stderr.contains(message), "\(r.stderr)")
    }
  }
}
