import Foundation
import Testing
import Z3Kit

/// The SMT-LIB obligations committed in proofs/z3/ still get the answers
/// recorded for them: through the Z3 API, and through the `z3` command when
/// it is installed.
@Suite struct ObligationTests {
  struct Record: Decodable { let spec, property, kind, result, file: String; let depth: Int }
  struct Index: Decodable { let obligations: [Record] }

  static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("proofs/z3")

  static var records: [Record] {
    guard let data = try? Data(contentsOf: dir.appendingPathComponent("z3-obligations.json")),
          let index = try? JSONDecoder().decode(Index.self, from: data) else { return [] }
    // One check per file (the holding-properties file is shared by several records).
    var seen = Set<String>()
    return index.obligations.filter { seen.insert($0.file).inserted }
  }

  @Test func thereAreCommittedObligations() {
    #expect(Self.records.count >= 4)
    #expect(Self.records.contains { $0.result == "sat" })
    #expect(Self.records.contains { $0.result == "unsat" })
  }

  @Test(arguments: ObligationTests.records.map(\.file))
  func obligationKeepsItsAnswer(file: String) throws {
    let record = Self.records.first { $0.file == file }!
    let text = try String(contentsOf: Self.dir.appendingPathComponent(file), encoding: .utf8)
    let z = Z3Context()
    let solver = try Z3Solver(z, logic: "QF_BV")
    try solver.load(smtlib: text)
    #expect(try solver.check().description.hasPrefix(record.result), "\(file)")

    if let z3 = ["/usr/bin/z3", "/usr/local/bin/z3"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: z3)
      p.arguments = [Self.dir.appendingPathComponent(file).path]
      let out = Pipe()
      p.standardOutput = out
      try p.run()
      let data = out.fileHandleForReading.readDataToEndOfFile()
      p.waitUntilExit()
      let answer = String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
      #expect(answer == record.result, "z3 \(file)")
    }
  }
}
