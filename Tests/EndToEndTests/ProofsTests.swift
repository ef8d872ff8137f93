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

  /// Every historical variant has at least one checked-in counterexample.
  @Test func everyVariantHasACounterexample() throws {
    let variants = try Set(Self.files.map { try JSONDecoder().decode(TraceFile.self, from: Data(contentsOf: $0)).config.variant })
    for v in Variants.all where v.seed != nil {
      #expect(variants.contains(v.name), "no counterexample in proofs/ for \(v.name)")
    }
  }

  /// The counterexamples are not possible with the variant's fix: under the
  /// fixed setting's knobs the same steps either stop replaying or break no
  /// invariant and no assertion on the way.
  @Test(arguments: ProofsTests.files)
  func fixedSettingRefutesTheTrace(file: URL) throws {
    var tf = try JSONDecoder().decode(TraceFile.self, from: Data(contentsOf: file))
    let before = tf.config.knobs
    Variants.apply(setting: "fixed", of: tf.config.variant, to: &tf.config.knobs)
    // An ablation's counterexample (a protection knob off): the kernel has the protection.
    for p in Protection.all { Knobs.field(p.knob)?.set(&tf.config.knobs, Knobs.field(p.knob)?.get(Knobs()) ?? "") }
    // A counterexample of the kernel's own FOLL_GET behaviour (gup-vs-fork-get)
    // has no buggy preset: its fix is FOLL_PIN.
    if tf.config.knobs == before && tf.config.knobs.gupFlags == .get && tf.config.actors.contains(where: { $0.kind == "gup" }) {
      tf.config.knobs.gupFlags = .pin
    }
    #expect(tf.config.knobs != before, "\(file.lastPathComponent): the fixed setting changes no knob")
    let model = tf.model()
    guard let (states, rules) = try? model.replay(tf.trace.steps) else { return }  // not possible: fine
    let inv = model.properties.compactMap(\.invariant)
    for s in states { for i in inv { #expect(i.evaluate(model.layout, s) != 0, "\(file.path)") } }
    for (k, r) in rules.enumerated() { #expect(model.failedAssertions(r, states[k]).isEmpty, "\(file.path) step \(k + 1)") }
    #expect(model.confirmViolation(tf.trace) != nil)
  }
}
