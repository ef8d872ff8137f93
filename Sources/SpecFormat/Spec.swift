import MigrationModel

/// The verdict a spec expects for a property.
public enum ExpectedVerdict: String, Sendable, Codable, CaseIterable {
  case holds, violated
}

/// One bounded configuration read from specs/: the model configuration,
/// the properties to check with the verdict expected for each, and limits.
public struct Spec: Sendable {
  /// The file it was read from (as given).
  public var path: String
  public var name: String
  public var description: String
  public var config: ModelConfig
  /// Property id → expected verdict, in file order.
  public var expect: [(property: String, verdict: ExpectedVerdict)]
  public var maxStates: Int?
  public var maxDepth: Int?
}

/// A problem in a spec file, with where it is: the one bad-input error
/// (`file:line:column: error: message`, the format compilers use, so editors
/// jump to it; a spec error always has a line).
public typealias SpecError = BadInput
