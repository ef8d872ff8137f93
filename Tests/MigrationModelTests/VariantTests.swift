import Foundation
import Testing
import RuleKit
import ExplicitChecker
@testable import MigrationModel

/// The variant registry, the knob table and the variant-specific rules.
@Suite struct VariantTests {
  @Test func everyKnobValueRoundTrips() {
    for field in Knobs.fields {
      for value in field.values {
        var k = Knobs()
        field.set(&k, value)
        #expect(field.get(k) == value, "\(field.name)=\(value)")
      }
    }
    #expect(Set(Knobs.fields.map(\.name)).count == Knobs.fields.count)
  }

  @Test func presetsNameRealKnobsAndDifferBetweenSettings() {
    for v in Variants.all {
      for name in Array(v.buggy.keys) + Array(v.fixed.keys) {
        #expect(Knobs.field(name) != nil, "\(v.name): unknown knob \(name)")
      }
      var buggy = Knobs(), fixed = Knobs()
      Variants.apply(setting: "buggy", of: v.name, to: &buggy)
      Variants.apply(setting: "fixed", of: v.name, to: &fixed)
      #expect(buggy != fixed, "\(v.name): buggy and fixed are the same setting")
    }
  }

  @Test func actorsOfAnotherEraAreRejected() {
    var c = ModelConfig()
    c.variant = "movable-4.8"
    c.actors = [.migrate(process: 0, page: 0)]
    #expect(c.validate().contains { $0.field == "kind" && $0.message.contains("has no 'migrate' actor") })
    c.variant = "no-such-variant"
    #expect(c.validate().first?.field == "variant")
  }

  /// Old traces (written before a knob or field existed) still decode.
  @Test func configDecodesWithMissingKeys() throws {
    let json = #"{"variant":"folio-6.1","processes":2,"pages":1,"folios":0,"initialProcesses":1,"mapped":[0],"knobs":{"rmapInsert":"prepend","migratePasses":1,"forceFromPass":3,"invertedLockingForTest":false},"actors":[]}"#
    let c = try JSONDecoder().decode(ModelConfig.self, from: Data(json.utf8))
    #expect(c.knobs.rmapInsert == .prepend && c.knobs.anonVmaLock == .root && c.driverPages == 0 && c.setting == nil)
  }

  @Test func ownAnonVmaLocksAreDistinct() {
    var c = ModelConfig()
    c.variant = "anon-vma-chain-2.6.34"
    c.processes = 2
    c.initialProcesses = 2
    c.actors = [.migrate(process: 0, page: 0), .vmaAdjust(process: 1)]
    c.knobs.anonVmaLock = .own
    let own = MigrationModel.build(c)
    let adjust = own.rules.first { $0.name == "anon_vma_lock(vma->anon_vma)" }!
    // vma_adjust on P1 takes av1's own lock (a constant instance 1) in 2.6.34, av0's with root locking.
    #expect(adjust.locks.first?.instance == .const(1))
    #expect(own.rules.contains { $0.name == "vma_address → -EFAULT" })
    c.knobs.anonVmaLock = .root
    let root = MigrationModel.build(c)
    #expect(root.rules.first { $0.name == "anon_vma_lock(vma->anon_vma)" }!.locks.first?.instance == .const(0))
  }
}
