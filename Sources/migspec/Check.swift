import ArgumentParser
import ExplicitChecker
import Foundation
import MigrationModel
import RuleKit
import SpecFormat
import TraceFormat

/// `migspec check`: explicit-state exploration of every spec.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Explore every interleaving of each spec and compare each property's verdict with the expected one.",
    discussion: """
      Exit status: 0 when every verdict is the expected one, 1 when some is not, 2 on bad usage or input.
      A search stopped by --max-states or --max-depth reports `unknown`, never `holds`.
      """)

  @Argument(help: "Spec files or directories (default: specs/).")
  var specs: [String] = []

  @Flag(help: "Write the results as JSON to standard output.")
  var json = false

  @Flag(help: "Print progress lines to standard error even when it is not a terminal.")
  var progress = false

  @Option(parsing: .unconditional, help: "Stop each search after this many distinct states (overrides the spec's limit).")
  var maxStates: Int?

  @Option(parsing: .unconditional, help: "Do not expand states at this depth or deeper (overrides the spec's limit).")
  var maxDepth: Int?

  @OptionGroup var saving: TraceSaving


  @Option(help: "Counterexample tables to print: all, unexpected or none.")
  var traces: TraceChoice = .all

  @Flag(help: "Print how often every rule fired.")
  var coverage = false

  @Flag(help: "Print only a Markdown table: variant, setting, spec, property, verdict, states, seconds (the README's table).")
  var summary = false

  enum TraceChoice: String, ExpressibleByArgument, CaseIterable { case all, unexpected, none }

  func validate() throws {
    if let m = maxStates, m < 1 { throw ValidationError("--max-states must be at least 1") }
    if let d = maxDepth, d < 1 { throw ValidationError("--max-depth must be at least 1") }
  }

  func run() throws {
    // SIGINT and SIGTERM stop the search, not the process: what was found is reported.
    catchInterrupts()
    let loaded = try loadSpecsOrExit(specs)

    var allExpected = true
    var records: [ResultRecord] = []
    var specRecords: [SpecRecord] = []
    for spec in loaded {
      // After an interrupt, the specs not started are listed, every property unknown.
      let outcome = InterruptFlag.process.isSet ? notStarted(spec) : checkOne(spec)
      allExpected = allExpected && outcome.allExpected
      records += outcome.records
      specRecords.append(outcome.spec)
    }
    // Rules (by actor kind) that fired in no spec at all: a modelling bug
    // or a gap in specs/.
    var firedAnywhere: [String: Int] = [:]
    for spec in specRecords {
      for c in spec.coverage {
        let key = "\(c.actor.trimmingCharacters(in: .decimalDigits)): \(c.rule)"
        firedAnywhere[key, default: 0] += c.fired
      }
    }
    let neverAnywhere = firedAnywhere.filter { $0.value == 0 }.keys.sorted()
    if json {
      let doc = CheckDocument(results: records, specs: specRecords, allExpected: allExpected, interrupted: interruptedBy)
      print(try encodeJSON(doc))
    } else if summary {
      print(summaryTable(records, specRecords))
    } else {
      let cut = records.filter { $0.verdict == "unknown" && $0.bound.stoppedBy == "interrupted" }
      let bad = records.filter { !$0.asExpected && !($0.verdict == "unknown" && $0.bound.stoppedBy == "interrupted") }
      if loaded.count > 1 && !neverAnywhere.isEmpty && interruptedBy == nil {
        print("rules that fired in none of these specs: \(neverAnywhere.joined(separator: "; "))")
      }
      print("\(records.count - bad.count - cut.count)/\(records.count) verdicts as expected across \(loaded.count) spec(s)" +
            (cut.isEmpty ? "" : "; \(cut.count) interrupted") +
            (bad.isEmpty ? "" : "; unexpected: " + bad.map { "\($0.spec)/\($0.property) (\($0.verdict), expected \($0.expected))" }.joined(separator: ", ")))
      if let by = interruptedBy { print(interruptedLine(by, records)) }
    }
    if let code = interruptExit { throw code }
    if !allExpected { throw Exit.unexpected }
  }

  /// A spec the run did not get to (interrupted before it): listed, every
  /// property unknown.
  func notStarted(_ spec: Spec) -> Outcome {
    var text = "== \(spec.name) (\(spec.path)) — \(describeSetting(spec.config))\n   not started: interrupted before this spec\n"
    var records: [ResultRecord] = []
    for (prop, expected) in spec.expect {
      text += verdictLine(prop, "unknown", expected: expected.rawValue, mark: "INTERRUPTED", detail: " (not started)")
      records.append(ResultRecord(
        spec: spec.name, specPath: spec.path, variant: spec.config.variant, setting: settingLabel(spec.config), property: prop,
        verdict: "unknown", expected: expected.rawValue, asExpected: false, engine: "explicit",
        bound: BoundRecord(complete: false, stoppedBy: "interrupted", maxStates: maxStates ?? spec.maxStates, maxDepth: maxDepth ?? spec.maxDepth,
                           description: "not started: interrupted before this spec"),
        states: 0, transitions: 0, seconds: 0, steps: nil, traceFile: nil, trace: nil))
    }
    if !json && !summary { print(text) }
    let specRecord = SpecRecord(
      spec: spec.name, path: spec.path, variant: spec.config.variant, setting: settingLabel(spec.config), states: 0, transitions: 0,
      depth: 0, seconds: 0, statesPerSecond: 0, collisionProbability: 0, complete: false, modelError: nil, stoppedBy: "interrupted", coverage: [])
    return Outcome(records: records, spec: specRecord, allExpected: false)
  }

  struct Outcome { let records: [ResultRecord]; let spec: SpecRecord; let allExpected: Bool }

  func checkOne(_ spec: Spec) -> Outcome {
    let model = MigrationModel.build(spec.config, name: spec.name)
    let compiled = CompiledModel(model)
    let options = CheckOptions(maxStates: maxStates ?? spec.maxStates, maxDepth: maxDepth ?? spec.maxDepth)
    let checker = BFSChecker(compiled, options: options, properties: Set(spec.expect.map(\.property)))
    let terminal = stderrIsTerminal
    let showProgress = terminal || progress
    let result = checker.run { p in
      guard showProgress else { return }
      let rate = p.seconds > 0 ? Double(p.states) / p.seconds : 0
      FileHandle.standardError.write("\(terminal ? "\r" : "")\(spec.name): \(p.states) states, \(p.transitions) transitions, depth \(p.depth), frontier \(p.frontier), \(Int(rate)) states/s, \(p.violations) violation(s)\(terminal ? "   " : "\n")".data(using: .utf8)!)
    }
    if terminal { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) }

    let stats = result.stats
    var records: [ResultRecord] = []
    var ok = result.modelError == nil
    var text = ""
    text += "== \(spec.name) (\(spec.path)) — \(describeSetting(spec.config))\n"
    if !spec.description.isEmpty { text += "   \(spec.description.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "\n   "))\n" }
    let bound = stats.complete ? "every reachable state"
      : stats.interrupted ? "stopped by \(interruptedBy ?? "an interrupt")" : "stopped by \(stats.stoppedBy ?? "a limit")"
    text += String(format: "   %d states, %d transitions, depth %d, %.2f s (%.0f states/s); %@; fingerprint collision probability ≤ %.1e\n",
                   stats.states, stats.transitions, stats.depth, stats.seconds, stats.statesPerSecond, bound, stats.collisionProbability)
    if let e = result.modelError { text += "   MODEL ERROR: \(e.message)\n" }
    var tables = ""
    for (prop, expected) in spec.expect {
      guard let r = result.result(for: prop) else { continue }
      let asExpected = r.verdict.rawValue == expected.rawValue && result.modelError == nil
      ok = ok && asExpected
      var traceFile: TraceFile? = nil
      var savedPath: String? = nil
      if let t = r.trace {
        let tf = TraceFile(spec: spec.name, specPath: spec.path, engine: "explicit", config: spec.config, trace: t)
        traceFile = tf
        savedPath = saving.save(tf, spec: spec.name, name: prop)
        if traces == .all || (traces == .unexpected && !asExpected) {
          tables += counterexampleText(model: model, trace: t, property: prop, savedPath: savedPath)
        }
      }
      let cut = r.verdict == .unknown && stats.interrupted
      let mark = asExpected ? "ok" : cut ? "INTERRUPTED" : "UNEXPECTED"
      let steps = r.trace.map { " (\($0.steps.count) steps)" } ?? (cut ? " (after \(stats.states) states, depth \(stats.depth))" : "")
      text += verdictLine(prop, r.verdict.rawValue, expected: expected.rawValue, mark: mark, detail: steps)
      records.append(ResultRecord(
        spec: spec.name, specPath: spec.path, variant: spec.config.variant, setting: settingLabel(spec.config), property: prop, verdict: r.verdict.rawValue, expected: expected.rawValue,
        asExpected: asExpected, engine: "explicit",
        bound: BoundRecord(complete: stats.complete, stoppedBy: stats.stoppedBy, maxStates: options.maxStates, maxDepth: options.maxDepth,
                           description: stats.complete ? "all \(stats.states) reachable states"
                             : "\(stats.interrupted ? "interrupted after the " : "")first \(stats.states) states, depth \(stats.depth)"),
        states: stats.states, transitions: stats.transitions, seconds: stats.seconds, steps: r.trace?.steps.count,
        traceFile: savedPath, trace: traceFile))
    }
    let never = result.coverage.filter { $0.fired == 0 }.map { c -> String in
      let r = model.rules[c.rule]
      let args = r.args.isEmpty ? "" : "(" + r.args.map { "\($0.name)=\($0.value)" }.joined(separator: ",") + ")"
      return "\(model.actors[r.actor].name): \(r.name)\(args)"
    }
    if !never.isEmpty && !stats.interrupted {
      text += "   rules that never fired (\(never.count)/\(model.rules.count)): \(never.joined(separator: "; "))\n"
    }
    if coverage {
      text += "   rule coverage:\n"
      for c in result.coverage {
        let r = model.rules[c.rule]
        text += "     \(String(c.fired).padding(toLength: 10, withPad: " ", startingAt: 0)) \(model.actors[r.actor].name): \(r.name) \(r.args.map { "\($0.name)=\($0.value)" }.joined(separator: ","))\n"
      }
    }
    if !json && !summary { print(text + tables) }
    let specRecord = SpecRecord(
      spec: spec.name, path: spec.path, variant: spec.config.variant, setting: settingLabel(spec.config), states: stats.states, transitions: stats.transitions,
      depth: stats.depth, seconds: stats.seconds, statesPerSecond: stats.statesPerSecond,
      collisionProbability: stats.collisionProbability, complete: stats.complete, modelError: result.modelError?.message, stoppedBy: stats.stoppedBy,
      coverage: result.coverage.map { c in
        let r = model.rules[c.rule]
        return CoverageRecord(actor: model.actors[r.actor].name, rule: r.name, at: model.actors[r.actor].pcLabels[r.pc],
                              args: Dictionary(uniqueKeysWithValues: r.args.map { ($0.name, $0.value) }), fired: c.fired)
      })
    return Outcome(records: records, spec: specRecord, allExpected: ok)
  }
}

/// The last line of an interrupted run's text output.
func interruptedLine(_ signal: String, _ records: [ResultRecord]) -> String {
  let violated = records.filter { $0.verdict == "violated" }.count
  let unknown = records.filter { $0.verdict == "unknown" && $0.bound.stoppedBy == "interrupted" }.count
  return "interrupted by \(signal): \(violated) violation(s) found before it, \(unknown) propert\(unknown == 1 ? "y" : "ies") unknown (interrupted)"
}

/// `variant (setting) knob=value ...`: the knobs that differ from the defaults.
func describeSetting(_ c: ModelConfig) -> String {
  let knobs = Knobs.fields.filter { $0.get(c.knobs) != $0.get(Knobs()) }.map { "\($0.name)=\($0.get(c.knobs))" }
  return ([c.variant + (c.setting.map { " (\($0))" } ?? "")] + knobs).joined(separator: ", ")
}

/// The setting a spec runs: its preset (`buggy`, `fixed`, or `—`), plus any
/// protocol knob it turns on top of that preset (bounds like
/// `migrate_passes` are not part of a setting).
func settingLabel(_ c: ModelConfig) -> String {
  var preset = Knobs()
  if let s = c.setting { Variants.apply(setting: s, of: c.variant, to: &preset) }
  let extra = Knobs.fields.filter { !["migrate_passes", "force_from_pass"].contains($0.name) && $0.get(c.knobs) != $0.get(preset) }
    .map { "\($0.name)=\($0.get(c.knobs))" }
  return ([c.setting ?? "—"] + extra).joined(separator: " + ")
}

/// The `--summary` table, one row per spec and property, grouped by variant
/// (oldest first, as `Variants.all` lists them) and setting.
func summaryTable(_ records: [ResultRecord], _ specs: [SpecRecord]) -> String {
  let order = Dictionary(uniqueKeysWithValues: Variants.names.enumerated().map { ($1, $0) })
  let seconds = Dictionary(specs.map { ($0.spec, $0.seconds) }, uniquingKeysWith: { a, _ in a })
  let rows = records.enumerated().sorted { a, b in
    let (x, y) = (a.element, b.element)
    let kx = (order[x.variant] ?? 99, x.setting, x.spec), ky = (order[y.variant] ?? 99, y.setting, y.spec)
    return kx != ky ? kx < ky : a.offset < b.offset
  }.map(\.element)
  var out = "| variant | setting | spec | property | verdict | states | seconds |\n|---|---|---|---|---|---:|---:|\n"
  for r in rows {
    let verdict = r.verdict + (r.steps.map { " (\($0) steps)" } ?? "") + (r.asExpected ? "" : " **UNEXPECTED: expected \(r.expected)**")
    out += "| \(r.variant) | \(r.setting) | \(r.spec) | \(r.property) | \(verdict) | \(r.states) | \(String(format: "%.2f", seconds[r.spec] ?? r.seconds)) |\n"
  }
  return out
}
