import ArgumentParser
import Foundation
import MigrationModel
import RuleKit
import TraceFormat

/// `migspec replay TRACE`: re-run a saved trace on the rules and print it.
struct Replay: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Replay a saved JSON trace step by step and check that it still ends in its violation.",
    discussion: "Exit status: 0 when the trace replays (and reaches its violation, if it claims one), 1 when it does not, 2 on bad input.")

  @Argument(help: "A trace file written by `migspec check`, `prove` or `run`.")
  var trace: String

  @Flag(help: "Also print the whole state (every cell not at its initial default) after every step.")
  var states = false

  func run() throws {
    let tf = try loadTraceFile(trace)
    let model = tf.model()
    do {
      print(try TraceTable.render(model: model, trace: tf.trace))
      if states {
        let (all, _) = try model.replay(tf.trace.steps)
        let cells = CellNamer(model: model)
        for (i, s) in all.enumerated() {
          print("state \(i)\(i == 0 ? " (initial)" : " after \(tf.trace.steps[i - 1].actor): \(tf.trace.steps[i - 1].rule)"):")
          print("  " + cells.describeNonDefault(s).joined(separator: "; "))
        }
      }
    } catch {
      warn("\(trace): error: the trace does not replay: \(error.description)")
      throw Exit.unexpected
    }
    if tf.trace.violation != nil {
      if let why = model.confirmViolation(tf.trace) {
        warn("\(trace): the trace replays but does not reach its violation: \(why)")
        throw Exit.unexpected
      }
      print("replayed \(tf.trace.steps.count) steps: the violation is reproduced")
    }
  }
}

/// Reads and checks a saved trace; every problem is reported naming the
/// file and where in it (line and column for bad JSON, the JSON path for a
/// bad value), and exits with the bad-input status.
func loadTraceFile(_ path: String) throws -> TraceFile {
  do { return try readTraceFile(path) } catch {
    warn(error.description)
    throw Exit.badInput
  }
}

/// A JSON document of ours read in full: size limits, JSON syntax (line and
/// column), then the shape (a JSON path); `kind` names it in errors.
func readJSONDocument<T: Decodable>(_ path: String, as: T.Type, what: String, kind: String) throws(BadInput) -> T {
  let data = Data(try InputText.read(path: path, limits: .trace, what: what).utf8)
  if let e = JSONSyntax.error(in: data, file: path) { throw e }
  do { return try JSONDecoder().decode(T.self, from: data) } catch let e as DecodingError {
    throw BadInput(file: path, line: 0, column: 0, message: "\(describe(e)) (not \(kind))")
  } catch {
    throw BadInput(file: path, line: 0, column: 0, message: "not \(kind): \(error.localizedDescription)")
  }
}

/// `loadTraceFile` without the output: the error says where.
func readTraceFile(_ path: String) throws(BadInput) -> TraceFile {
  let tf = try readJSONDocument(path, as: TraceFile.self, what: "a trace file", kind: "a migspec trace")
  guard tf.format == "migspec-trace", tf.version == 1 else {
    throw BadInput(file: path, line: 0, column: 0, message: "at .format: format \(tf.format) version \(tf.version); expected migspec-trace version 1")
  }
  if let i = tf.config.validate().first {
    throw BadInput(file: path, line: 0, column: 0, message: "at \(configPath(i)): the trace's configuration is invalid: \(i.message)")
  }
  return tf
}

/// The JSON path of a configuration issue in a trace file: `.config.processes`,
/// `.config.knobs.migratePasses`, `.config.actors[2]`.
func configPath(_ i: ModelConfig.Issue) -> String {
  if let a = i.actor { return ".config.actors[\(a)]" }
  let parts = i.field.split(separator: "_")
  let camel = (parts.first.map(String.init) ?? "") + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  return Knobs.fields.contains { $0.name == i.field } ? ".config.knobs.\(camel)" : ".config.\(camel)"
}

/// `at .json.path: what was wrong`, for a JSON document that parsed but
/// does not have the expected shape.
func describe(_ e: DecodingError) -> String {
  switch e {
  case .keyNotFound(let k, let c): return "at \(path(c)): missing key '\(k.stringValue)'"
  case .typeMismatch(let t, let c): return "at \(path(c)): expected \(t)"
  case .valueNotFound(let t, let c): return "at \(path(c)): missing \(t)"
  case .dataCorrupted(let c): return "at \(path(c)): \(c.debugDescription)"
  @unknown default: return "\(e)"
  }
}

private func path(_ c: DecodingError.Context) -> String {
  c.codingPath.isEmpty ? "." : c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
}
