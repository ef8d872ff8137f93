import ArgumentParser
import Foundation
import MigSpecReference
import MigrationModel
import RuleKit
import SpecFormat

/// `migspec diff LOG`: trace validation of an implementation's event log.
struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check an implementation's log of observable events (JSON Lines) against the model.",
    discussion: """
      The log's events must be exactly the observable events of some run of the model; internal steps (every \
      rule not observed) may happen unseen between them. The search keeps every model state consistent with \
      the log so far. Exit status: 0 when the log conforms, 1 at the first line no model run explains (printed \
      with what the model allowed there and the candidate states), 2 on bad input (the line is named).
      """)

  @Argument(help: "The log: JSON Lines, one observable event per line, optionally after a header line.")
  var log: String

  @Option(help: "The spec the implementation ran (default: the header's \"spec\").")
  var spec: String?

  @Option(help: "Comma-separated observable event names (default: the header's \"observe\", else the names the log uses).")
  var observe: String?

  @Option(parsing: .unconditional, help: "Internal steps searched between two logged events.")
  var internalBound: Int = 200

  @Option(parsing: .unconditional, help: "Candidate states kept at once before giving up.")
  var maxStates: Int = 200_000

  func validate() throws {
    if internalBound < 0 { throw ValidationError("--internal-bound must be at least 0") }
    if maxStates < 1 { throw ValidationError("--max-states must be at least 1") }
  }

  func run() throws {
    let text: String
    do { text = try InputText.read(path: log, limits: .log, what: "a log") } catch {
      warn(error.description)
      throw Exit.badInput
    }
    let parsed: (header: LogHeader?, events: [LogEvent])
    do { parsed = try LogReader.read(text, path: log) } catch { warn(error.description); throw Exit.badInput }
    guard let specPath = spec ?? parsed.header?.spec else {
      warn("\(log):1:1: error: no spec: give --spec or a header line {\"migspec-log\": 1, \"spec\": \"specs/….yaml\"}")
      throw Exit.badInput
    }
    let loaded: Spec
    do { loaded = try SpecParser.load(path: specPath) } catch { warn(error.description); throw Exit.badInput }
    let model = MigrationModel.build(loaded.config, name: loaded.name)
    let declared = observe.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? parsed.header?.observe
    let ruleNames = Set(model.rules.map(\.name))
    // An implementation may declare events of actors this spec does not
    // have; they cannot occur here. A logged event's name is checked with its line below.
    let unknown = (declared ?? []).filter { !ruleNames.contains($0) }
    if !unknown.isEmpty && observe != nil {
      warn("error: --observe: unknown event(s) \(unknown.map { "\"\($0)\"" }.joined(separator: ", "))")
      throw Exit.badInput
    }
    let names = declared.map { $0.filter(ruleNames.contains) } ?? parsed.events.map(\.event)
    var checker = Conformance(model: model, observable: Set(names))
    checker.internalBound = internalBound
    checker.maxStates = maxStates
    do { try checker.checkVocabulary(parsed.events, file: log) } catch { warn(error.description); throw Exit.badInput }
    let result = checker.validate(parsed.events)
    if let d = result.divergence {
      print("DIVERGES at \(log):\(d.event.line): \(d.event.text)")
      let args = d.event.args.isEmpty ? "" : "(" + d.event.args.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + ")"
      print("  no run of \(loaded.name) explains \(d.event.actor): \(d.event.event)\(args)\(d.event.state == nil ? "" : " with the logged state") after the \(result.eventsChecked) event(s) before it")
      print("  the model allowed instead: \(d.allowed.isEmpty ? "no observable event" : d.allowed.joined(separator: "; "))")
      print("  candidate model states (\(d.candidateCount)\(d.candidateCount > d.candidates.count ? ", first \(d.candidates.count)" : "")):")
      for c in d.candidates { print("    \(c)") }
      throw Exit.unexpected
    }
    print("conforms: \(result.eventsChecked) events of \(log) are a run of \(loaded.name) (observable: \(names.count == 0 ? "none" : Set(names).sorted().joined(separator: ", ")); at most \(result.maxCandidates) candidate states)")
  }
}
