import RuleKit

/// A trace as saved on disk: enough to rebuild the model and replay it.
/// Stable JSON (sorted keys), versioned.
public struct TraceFile: Codable, Sendable {
  public var format = "migspec-trace"
  public var version = 1
  /// The spec the trace came from (name and file).
  public var spec: String
  public var specPath: String?
  /// The engine that produced it ("explicit", later "z3-bmc", "run").
  public var engine: String
  public var config: ModelConfig
  public var trace: Trace

  public init(spec: String, specPath: String?, engine: String, config: ModelConfig, trace: Trace) {
    self.spec = spec; self.specPath = specPath; self.engine = engine; self.config = config; self.trace = trace
  }

  /// Rebuilds the model the trace runs on.
  public func model() -> Model { MigrationModel.build(config, name: spec) }
}
