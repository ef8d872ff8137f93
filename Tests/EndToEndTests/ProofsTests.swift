import Foundation
import Testing
import MigrationModel
import RuleKit

/// The counterexamples checked into proofs/ still reach their violations,
/// and the same steps do not violate anything with the kernel's append order.
@Suite struct ProofsTests {
  static let dir = CLI.root.appendingPathComponent("proofs/counterexamples")

  static var files: [URL] {
    let fm = FileManager.default
    guard let e = fm.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
    return e.compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
  }

  @Test func thereAreCheckedInCounterexamples() {
    #expect(Self.files.count >= 3)
  }

  @Test(arguments: ProofsTests.files)
  func counterexampleReplays(file: URL) throws {
    let tf = try JSONDecoder().decode(TraceFile.self, from: Data(contentsOf: file))
    #expect(tf.format == "migspec-trace" && tf.version == 1)
    let model = tf.model()
    #expect(model.confirmViolation(tf.trace) == nil, "\(file.lastPathComponent)")
  }

  /// The prepend counterexamples are not possible with append: under the
  /// kernel's order the same steps either stop replaying or violate nothing.
  @Test(arguments: ProofsTests.files.filter { $0.path.contains("prepend") })
  func appendOrderRefutesTheRace(file: URL) throws {
    var tf = try JSONDecoder().decode(TraceFile.self, from: Data(contentsOf: file))
    tf.config.knobs.rmapInsert = .append
    let model = tf.model()
    guard let (states, _) = try? model.replay(tf.trace.steps) else { return }  // not possible: fine
    let inv = model.properties.compactMap(\.invariant)
    for s in states { for i in inv { #expect(i.evaluate(model.layout, s) != 0) } }
    #expect(model.confirmViolation(tf.trace) != nil)
  }
}
