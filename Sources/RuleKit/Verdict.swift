/// A verdict for one property.
public enum Verdict: String, Codable, Sendable {
  /// No violation within the bound the engine states (the whole bounded
  /// state space for the explicit engine; a depth, or every depth, for Z3).
  case holds
  /// A counterexample was found.
  case violated
  /// The search stopped at a limit before finding a violation.
  case unknown
}

