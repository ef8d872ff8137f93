import ExplicitChecker
import Foundation
import MigrationModel
import RuleKit

/// `check --json`: one record per spec and property, plus per-spec statistics.
struct CheckDocument: Encodable {
  var tool = "migspec"
  var format = "migspec-check"
  var version = 1
  let results: [ResultRecord]
  let specs: [SpecRecord]
  let allExpected: Bool
  /// The signal that stopped the run ("SIGINT", "SIGTERM"), present only
  /// then: the properties it left open are `unknown` with
  /// `bound.stoppedBy` "interrupted".
  var interrupted: String? = nil
}

struct ResultRecord: Encodable {
  let spec: String
  let specPath: String
  let variant: String
  /// `buggy`, `fixed` or `—`, plus knobs turned on top (see `settingLabel`).
  let setting: String
  let property: String
  /// `holds` (every reachable state explored), `proved` (k-induction
  /// closed: every depth), `bounded` (Z3 found no violation up to a depth,
  /// and no more), `violated`, `unknown`: three kinds of "no violation",
  /// never one word for all.
  let verdict: String
  let expected: String
  let asExpected: Bool
  let engine: String
  let bound: BoundRecord
  let states: Int
  let transitions: Int
  let seconds: Double
  /// Length of the counterexample, if any.
  let steps: Int?
  /// Where the counterexample was saved, if it was.
  let traceFile: String?
  let trace: TraceFile?
}

/// What a verdict covers: the whole reachable state space, or what the limits allowed.
struct BoundRecord: Encodable {
  let complete: Bool
  let stoppedBy: String?
  let maxStates: Int?
  let maxDepth: Int?
  let description: String
}

struct SpecRecord: Encodable {
  let spec: String
  let path: String
  let variant: String
  let setting: String
  let states: Int
  let transitions: Int
  let depth: Int
  let seconds: Double
  let statesPerSecond: Double
  let collisionProbability: Double
  let complete: Bool
  let modelError: String?
  /// What stopped the search short of every reachable state: "max-states N",
  /// "max-depth N", "model error", "interrupted" (absent when complete).
  var stoppedBy: String? = nil
  let coverage: [CoverageRecord]
}

struct CoverageRecord: Encodable {
  let actor: String
  let rule: String
  let at: String
  let args: [String: Int]
  let fired: Int
}

/// Stable JSON: sorted keys, pretty-printed.
func encodeJSON<T: Encodable>(_ value: T) throws -> String {
  let e = JSONEncoder()
  e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
  return String(data: try e.encode(value), encoding: .utf8)!
}
