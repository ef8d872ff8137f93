import ArgumentParser
import Foundation
import MigSpecReference
import MigrationModel
import RuleKit
import SpecFormat
import TraceFormat

/// `migspec run SPEC --seed N --steps K`: a random schedule on the reference.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Execute a random schedule of a spec on the reference implementation, checking every property at every step.",
    discussion: """
      Each step picks one enabled event uniformly with a seeded generator (SplitMix64): the same seed and spec give \
      the same run on every machine. When every actor is done the world restarts, until --steps events ran. \
      A violation stops the run; its trace is saved, shrunk by delta debugging to a minimal trace that still \
      breaks the same property, and the shrunk trace is saved and printed.
      Exit status: 0 when nothing broke or what broke is a property the spec expects violated, 1 when a property \
      the spec expects to hold broke, 2 on bad input.
      """)

  @Argument(help: "A spec file.")
  var spec: String

  @Option(parsing: .unconditional, help: "Seed of the schedule (default: a random one, printed).")
  var seed: UInt64?

  @Option(parsing: .unconditional, help: "Events to run in all.")
  var steps: Int = 1000

  @OptionGroup var saving: TraceSaving


  @Flag(help: "Do not shrink a violating trace.")
  var noShrink = false

  @Flag(help: "Print only the summary, not every event.")
  var quiet = false

  @Option(help: "Also write the events as a JSON Lines log `migspec diff` reads (first episode only).")
  var log: String?

  @Option(help: "With --log: comma-separated event names to log (default: every event).")
  var observe: String?

  @Flag(help: "With --log: give the observation after each logged event.")
  var logStates = false

  func validate() throws {
    if steps < 1 { throw ValidationError("--steps must be at least 1") }
  }

  func run() throws {
    let loaded: Spec
    do { loaded = try SpecParser.load(path: spec) } catch { warn(error.description); throw Exit.badInput }
    let seed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
    print("seed \(seed): migspec run \(spec) --seed \(seed) --steps \(steps)")
    var rng = SplitMix64(seed: seed)
    let ref: Reference
    do { ref = try Reference(config: loaded.config, name: loaded.name) } catch { warn("\(spec): error: \(error)"); throw Exit.badInput }
    let cells = CellNamer(model: ref.model)
    var episode = 1
    let observed = observe.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
    var logLines: [String] = []
    if log != nil {
      // The header declares the vocabulary, so a missing event is noticed
      // even when its name appears nowhere else in the log.
      let header: [String: Any] = ["migspec-log": 1, "spec": spec,
                                   "observe": (observed ?? Set(ref.model.rules.map(\.name))).sorted()]
      logLines.append(jsonLine(header))
    }
    defer { writeLog(logLines) }
    for n in 1...steps {
      let enabled = ref.enabledEvents
      if enabled.isEmpty {
        // Every actor done (a deadlock would have been reported by the step that led here).
        if !quiet { print("   episode \(episode) done after \(ref.history.count) events: every actor finished; restarting") }
        ref.reset()
        if episode == 1 { writeLog(logLines); logLines = [] }
        episode += 1
        continue
      }
      let event = enabled[Int(rng.next() % UInt64(enabled.count))]
      let before = ref.state
      let failures = try ref.apply(event)
      if log != nil && episode == 1 && !logLines.isEmpty && observed.map({ $0.contains(event.name) }) ?? true {
        var line: [String: Any] = ["event": event.name, "actor": event.actor]
        if !event.args.isEmpty { line["args"] = event.args }
        if logStates, let data = try? JSONEncoder().encode(ref.observe()), let obs = try? JSONSerialization.jsonObject(with: data) {
          line["state"] = obs
        }
        logLines.append(jsonLine(line))
      }
      if !quiet {
        let changes = cells.diff(before, ref.state)
        print(String(format: "%6d  ", n) + event.description.padding(toLength: 44, withPad: " ", startingAt: 0) + "  " +
              (changes.isEmpty ? "(no change)" : changes.joined(separator: "; ")))
      }
      if let f = failures.first {
        try report(f, ref: ref, spec: loaded, seed: seed, events: n)
        return
      }
    }
    print("no property broke in \(steps) events (\(episode) episode(s), seed \(seed))")
  }

  func jsonLine(_ obj: [String: Any]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// Writes the log once (the first episode, or what ran of it).
  func writeLog(_ lines: [String]) {
    guard let log, !lines.isEmpty else { return }
    do { try writeAtomically((lines.joined(separator: "\n") + "\n"), to: log) } catch {
      warn("warning: cannot write the log \(log): \(error.localizedDescription)")
    }
  }

  func report(_ f: Failure, ref: Reference, spec loaded: Spec, seed: UInt64, events: Int) throws {
    let trace = ref.trace(violation: f.violation)
    print("\nVIOLATED after \(events) events (episode of \(trace.steps.count) steps): \(f.description)")
    let tf = TraceFile(spec: loaded.name, specPath: loaded.path, engine: "run(seed \(seed))", config: loaded.config, trace: trace)
    if let path = saving.save(tf, spec: loaded.name, name: "\(f.property).run-\(seed)") { print("saved: \(path)") }
    var shown = trace
    if !noShrink {
      shown = ref.shrink(trace, property: f.property)
      print("shrunk from \(trace.steps.count) to \(shown.steps.count) steps (delta debugging)")
      let shrunk = TraceFile(spec: loaded.name, specPath: loaded.path, engine: "run(seed \(seed), shrunk)", config: loaded.config, trace: shown)
      if let path = saving.save(shrunk, spec: loaded.name, name: "\(f.property).run-\(seed).shrunk") { print("saved: \(path)") }
    }
    print(counterexampleText(model: ref.model, trace: shown, property: f.property, savedPath: nil))
    let expected = loaded.expect.first { $0.property == f.property }?.verdict
    if expected == .violated {
      print("\(f.property) is expected violated in \(loaded.name): as expected")
    } else {
      print("\(f.property) is \(expected.map { "expected to \($0.rawValue == "holds" ? "hold" : $0.rawValue)" } ?? "not in the spec's expect list"): UNEXPECTED")
      throw Exit.unexpected
    }
  }
}
