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

  @Argument(help: "A trace file written by `migspec check`.")
  var trace: String

  func run() throws {
    let tf: TraceFile
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: trace))
      tf = try JSONDecoder().decode(TraceFile.self, from: data)
    } catch let e as DecodingError {
      warn("\(trace): error: not a migspec trace: \(describe(e))")
      throw Exit.badInput
    } catch {
      warn("\(trace): error: \(error.localizedDescription)")
      throw Exit.badInput
    }
    guard tf.format == "migspec-trace", tf.version == 1 else {
      warn("\(trace): error: format \(tf.format) version \(tf.version); expected migspec-trace version 1")
      throw Exit.badInput
    }
    let issues = tf.config.validate()
    if let i = issues.first {
      warn("\(trace): error: the trace's configuration is invalid: \(i.message)")
      throw Exit.badInput
    }
    let model = tf.model()
    do {
      print(try TraceTable.render(model: model, trace: tf.trace))
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
