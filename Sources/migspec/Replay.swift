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
/// file, and exits with the bad-input status.
func loadTraceFile(_ path: String) throws -> TraceFile {
  let tf: TraceFile
  do {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    tf = try JSONDecoder().decode(TraceFile.self, from: data)
  } catch let e as DecodingError {
    warn("\(path): error: not a migspec trace: \(describe(e))")
    throw Exit.badInput
  } catch {
    warn("\(path): error: \(error.localizedDescription)")
    throw Exit.badInput
  }
  guard tf.format == "migspec-trace", tf.version == 1 else {
    warn("\(path): error: format \(tf.format) version \(tf.version); expected migspec-trace version 1")
    throw Exit.badInput
  }
  if let i = tf.config.validate().first {
    warn("\(path): error: the trace's configuration is invalid: \(i.message)")
    throw Exit.badInput
  }
  return tf
}

func describe(_ e: DecodingError) -> String {
  switch e {
  case .keyNotFound(let k, let c): return "missing key '\(k.stringValue)' at \(path(c))"
  case .typeMismatch(let t, let c): return "expected \(t) at \(path(c))"
  case .valueNotFound(let t, let c): return "missing \(t) at \(path(c))"
  case .dataCorrupted(let c): return "\(c.debugDescription) at \(path(c))"
  @unknown default: return "\(e)"
  }
}

private func path(_ c: DecodingError.Context) -> String {
  c.codingPath.isEmpty ? "the top level" : c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
}
