import ArgumentParser
import Foundation
import MigrationModel
import RuleKit
import TraceFormat

/// `--trace-dir DIR` and `--no-save`, shared by the commands that find traces.
struct TraceSaving: ParsableArguments {
  @Option(help: "Directory where traces (counterexamples, violating runs) are saved as JSON.")
  var traceDir: String = "migspec-out"

  @Flag(help: "Do not save traces.")
  var noSave = false

  /// Saves `tf` as `traceDir/spec/name.json` unless --no-save; returns the path.
  func save(_ tf: TraceFile, spec: String, name: String) -> String? {
    noSave ? nil : saveTrace(tf, in: traceDir, spec: spec, property: name)
  }
}

/// Saves a counterexample under `dir/spec/property.json`; returns its path,
/// or nil (with a warning) if it cannot be written.
func saveTrace(_ tf: TraceFile, in dir: String, spec: String, property: String) -> String? {
  let folder = "\(dir)/\(spec)"
  do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = "\(folder)/\(property).json"
    try encodeJSON(tf).write(toFile: path, atomically: true, encoding: .utf8)
    return path
  } catch {
    warn("warning: cannot save the counterexample in \(folder): \(error.localizedDescription)")
    return nil
  }
}

/// One aligned result line: property, verdict, expected verdict, ok/UNEXPECTED.
func verdictLine(_ property: String, _ verdict: Verdict, expected: String, mark: String, detail: String) -> String {
  "   \(property.padding(toLength: 26, withPad: " ", startingAt: 0)) \(verdict.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) expected \(expected.padding(toLength: 9, withPad: " ", startingAt: 0)) \(mark)\(detail)\n"
}

/// A counterexample's table, indented, with where it was saved and how to replay it.
func counterexampleText(model: Model, trace t: Trace, property: String, savedPath: String?) -> String {
  guard let table = try? TraceTable.render(model: model, trace: t) else {
    return "\n   counterexample for \(property) does not replay on the rules (an engine bug)\n"
  }
  var out = "\n   counterexample for \(property) (\(t.steps.count) steps)\(savedPath.map { ", saved to \($0); replay: migspec replay \($0)" } ?? ""):\n"
  out += table.split(separator: "\n", omittingEmptySubsequences: false).map { "   " + $0 }.joined(separator: "\n") + "\n"
  return out
}
