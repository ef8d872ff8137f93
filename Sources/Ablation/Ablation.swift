import ExplicitChecker
import MigrationModel
import RuleKit

/// Why every protection is there: each protection of `Protection.all`
/// removed in turn, every subject configuration of its variants checked by
/// the explicit engine, and the properties that held with it and break
/// without it, with their shortest counterexamples.
public enum Ablation {
  /// A configuration to check: a spec's name and model configuration.
  public struct Subject: Sendable {
    public let name: String
    public let config: ModelConfig
    public init(name: String, config: ModelConfig) { self.name = name; self.config = config }
  }

  /// A property that held with the protection and is violated without it.
  public struct Break: Sendable, Codable {
    public let property: String
    public let spec: String
    /// Steps of the shortest counterexample.
    public let steps: Int
    public let trace: Trace
  }

  /// One protection's row.
  public struct Row: Sendable, Codable {
    public let knob: String
    public let removed: String
    public let kernelFunction: String
    public let summary: String
    /// Specs checked without the protection (those of its variants that have it).
    public let specs: [String]
    /// Per broken property, the shortest counterexample over the specs.
    public let breaks: [Break]
    /// Specs whose search stopped early, and why: the state limit, or a
    /// modelling error (the removal let an index go out of range: a use
    /// after free in the kernel's terms); their other verdicts are unknown.
    public let incomplete: [String]
    /// Specs where the removal changed no rule (the protection is not on their paths).
    public var nothingBreaks: Bool { breaks.isEmpty }
  }

  /// Runs the ablation. `maxStates` bounds each search (a protection removed
  /// can grow the state space); `progress` is told which run starts.
  public static func run(_ subjects: [Subject], protections: [Protection] = Protection.all, maxStates: Int = 2_000_000,
                         progress: (String) -> Void = { _ in }) -> [Row] {
    // The properties each subject satisfies as it is (a spec's expected violations are not the protection's doing).
    var baseline: [String: Set<String>] = [:]
    for s in subjects {
      let r = BFSChecker(CompiledModel(MigrationModel.build(s.config)), options: CheckOptions(maxStates: maxStates)).run()
      baseline[s.name] = Set(r.properties.filter { $0.verdict == .holds }.map(\.property))
    }
    return protections.compactMap { p -> Row? in
      var specs: [String] = [], incomplete: [String] = []
      var best: [String: Break] = [:]
      for s in subjects where p.variants.contains(s.config.variant) {
        var c = s.config
        let knobs = p.removing(from: c.knobs)
        if knobs == c.knobs { continue }  // the spec already runs without it (e.g. a buggy preset)
        c.knobs = knobs
        specs.append(s.name)
        progress("\(p.knob)=\(p.removed) on \(s.name)")
        let r = BFSChecker(CompiledModel(MigrationModel.build(c)), options: CheckOptions(maxStates: maxStates)).run()
        if !r.stats.complete || r.modelError != nil { incomplete.append("\(s.name) (\(r.modelError != nil ? "model error" : r.stats.stoppedBy ?? "limit"))") }
        for pr in r.properties where pr.verdict == .violated && baseline[s.name, default: []].contains(pr.property) {
          guard let t = pr.trace else { continue }
          if best[pr.property].map({ t.steps.count < $0.steps }) ?? true {
            best[pr.property] = Break(property: pr.property, spec: s.name, steps: t.steps.count, trace: t)
          }
        }
      }
      if specs.isEmpty { return nil }
      let order = Dictionary(uniqueKeysWithValues: PropertyID.allCases.enumerated().map { ($1.rawValue, $0) })
      return Row(knob: p.knob, removed: p.removed, kernelFunction: p.kernelFunction, summary: p.summary, specs: specs,
                 breaks: best.values.sorted { (order[$0.property] ?? 99) < (order[$1.property] ?? 99) }, incomplete: incomplete)
    }
  }

  /// The Markdown table (the README's is this output).
  public static func markdown(_ rows: [Row]) -> String {
    var out = "| protection (knob: value without it) | kernel | breaks without it | shortest counterexample |\n|---|---|---|---|\n"
    for r in rows {
      let breaks = r.breaks.isEmpty ? "nothing breaks in these specs" : r.breaks.map { "`\($0.property)`" }.joined(separator: ", ")
      let shortest = r.breaks.min { $0.steps < $1.steps }.map { "\($0.steps) steps (`\($0.spec)`)" } ?? "—"
      let partial = r.incomplete.isEmpty ? "" : " (search stopped early in \(r.incomplete.joined(separator: ", ")))"
      out += "| `\(r.knob): \(r.removed)` — \(r.summary) | `\(r.kernelFunction)` | \(breaks)\(partial) | \(shortest) |\n"
    }
    return out
  }
}
