import Foundation
import Testing
import SpecFormat
import ExplicitChecker
import MigrationModel
import RuleKit
@testable import EngineComparison

/// A trace of `n` steps ending in a violation of `kind` (the steps are
/// placeholders: the comparison looks at lengths and kinds only).
func trace(_ n: Int, _ kind: Violation.Kind = .invariant) -> Trace {
  Trace(steps: (0..<n).map { TraceStep(actor: "a", at: "s\($0)", rule: "r\($0)", args: [:]) },
        violation: Violation(property: "p", kind: kind, message: ""))
}

@Suite struct CompareTests {
  /// Two shortest counterexamples of different lengths: reported, with both lengths.
  @Test func differentLengthsDisagree() {
    let a = compareOutcomes(explicit: EngineOutcome(trace: trace(6, .assertion), coverage: nil),
                            symbolic: EngineOutcome(trace: trace(5, .assertion), coverage: nil))
    #expect(a == .disagree("shortest counterexample: explicit 6 steps, Z3 5 steps"))
    #expect(a.isDisagreement)
    #expect(a.kind == "disagree")
  }

  /// An assertion counterexample of 6 steps fails in the state at depth 5:
  /// BMC's "violated at depth 5" and the explicit "6 steps" are the same
  /// counterexample, and BMC to depth 5 covers it.
  @Test func assertionsAreCountedInSteps() {
    #expect(failingDepth(of: trace(6, .assertion)) == 5)
    #expect(failingDepth(of: trace(6, .invariant)) == 6)
    #expect(compareOutcomes(explicit: EngineOutcome(trace: trace(6, .assertion), coverage: nil),
                            symbolic: EngineOutcome(trace: trace(6, .assertion), coverage: nil)) == .agree)
    // Z3 reached depth 5 and found nothing: it missed the explicit engine's 6-step assertion.
    #expect(compareOutcomes(explicit: EngineOutcome(trace: trace(6, .assertion), coverage: nil),
                            symbolic: EngineOutcome(trace: nil, coverage: 5)).isDisagreement)
    // Depth 4 is short of it: no contradiction, agreement to depth 4 only.
    #expect(compareOutcomes(explicit: EngineOutcome(trace: trace(6, .assertion), coverage: nil),
                            symbolic: EngineOutcome(trace: nil, coverage: 4)) == .agreeToDepth(4))
    // An invariant's 6 steps fail at depth 6: beyond a BMC depth of 5.
    #expect(compareOutcomes(explicit: EngineOutcome(trace: trace(6), coverage: nil),
                            symbolic: EngineOutcome(trace: nil, coverage: 5)) == .agreeToDepth(5))
  }

  /// A counterexample one engine found and the other's exhaustive search excludes.
  @Test func aViolationAgainstAnExhaustiveHoldsDisagrees() {
    #expect(compareOutcomes(explicit: EngineOutcome(trace: nil, coverage: nil),
                            symbolic: EngineOutcome(trace: trace(3), coverage: nil)).isDisagreement)
    #expect(compareOutcomes(explicit: EngineOutcome(trace: trace(3), coverage: nil),
                            symbolic: EngineOutcome(trace: nil, coverage: nil)).isDisagreement)
    // An explicit search stopped at depth 2 says nothing about 3 steps.
    #expect(compareOutcomes(explicit: EngineOutcome(trace: nil, coverage: 2),
                            symbolic: EngineOutcome(trace: trace(3), coverage: nil)) == .agreeToDepth(2))
  }

  @Test func noViolationAgreesToTheSmallerReach() {
    #expect(compareOutcomes(explicit: EngineOutcome(trace: nil, coverage: nil), symbolic: EngineOutcome(trace: nil, coverage: nil)) == .agree)
    #expect(compareOutcomes(explicit: EngineOutcome(trace: nil, coverage: nil), symbolic: EngineOutcome(trace: nil, coverage: 12)) == .agreeToDepth(12))
    #expect(compareOutcomes(explicit: EngineOutcome(trace: nil, coverage: 9), symbolic: EngineOutcome(trace: nil, coverage: 12)) == .agreeToDepth(9))
    #expect(Agreement.agreeToDepth(12).description == "agree to depth 12")
  }

  /// Both engines on a real spec's configuration, BMC to the explicit
  /// diameter: the assertion property of the unlocked-isolate setting is
  /// violated in 6 steps by both (BMC's depth 5), the rest holds in both.
  @Test func bothEnginesAgreeOnTheUnlockedIsolateSetting() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let spec = try SpecParser.load(path: root.appendingPathComponent("specs/movable-4.8-unlocked-isolate.yaml").path)
    let model = MigrationModel.build(spec.config, name: spec.name)
    let r = try crossCheck(model: model, properties: spec.expect.map(\.property), options: CrossCheckOptions(budgetSeconds: 60, interrupt: InterruptFlag()),
                           clock: monotonicSeconds)
    #expect(r.agrees)
    #expect(r.reachedDepth == r.diameter)
    let v = try #require(r.comparisons.first { $0.explicit.violated })
    #expect(v.explicit.steps == v.symbolic.steps)
    #expect(r.comparisons.allSatisfy { $0.agreement == .agree })
  }
}
