/// The finite set of values a state variable can take.
///
/// Every variable is stored in one byte of the state vector, so a domain has at
/// most 256 values, numbered from 0. Booleans are 0/1, enums are their case
/// index, bounded integers are `0...max`.
public enum Domain: Hashable, Sendable, Codable {
  case bool
  /// Integers `0...max`.
  case int(max: Int)
  /// A small enum: the case names in order; the value is the index.
  case enumeration(name: String, cases: [String])

  /// The largest value the domain admits.
  public var maxValue: Int {
    switch self {
    case .bool: return 1
    case .int(let max): return max
    case .enumeration(_, let cases): return cases.count - 1
    }
  }

  /// The number of values.
  public var size: Int { maxValue + 1 }

  /// How a value of this domain is written for people.
  public func render(_ value: Int) -> String {
    switch self {
    case .bool: return value == 0 ? "false" : "true"
    case .int: return String(value)
    case .enumeration(_, let cases):
      return value >= 0 && value < cases.count ? cases[value] : "?\(value)"
    }
  }
}

/// A Swift enum usable as a state-variable type: cases are numbered 0, 1, ...
/// in declaration order, which is the order they are stored in.
public protocol ModelEnum: RawRepresentable, CaseIterable, Sendable where RawValue == Int {}

extension ModelEnum {
  /// The domain of this enum, named after the type.
  public static var domain: Domain {
    .enumeration(name: String(describing: Self.self), cases: allCases.map { "\($0)" })
  }
}
