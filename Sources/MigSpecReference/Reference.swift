import MigrationModel
import RuleKit

/// One kernel-level event of the reference: an actor firing one rule.
/// Events are named as the kernel names the step (`try_to_migrate_one`,
/// `remove_migration_pte`, `copy_pte_range`, `migration_entry_wait`,
/// `folio_trylock(src)` …), with the rule's arguments (e.g. `page`).
public struct Event: Codable, Hashable, Sendable, CustomStringConvertible {
  public let actor: String
  public let name: String
  public let args: [String: Int]
  /// The actor's program-counter label where the rule fires.
  public let at: String
  /// The kernel function the rule models (`file: function()`).
  public let kernelFunction: String

  public init(actor: String, name: String, args: [String: Int] = [:], at: String = "", kernelFunction: String = "") {
    self.actor = actor; self.name = name; self.args = args; self.at = at; self.kernelFunction = kernelFunction
  }

  init(model: Model, rule index: Int) {
    let r = model.rules[index]
    let a = model.actors[r.actor]
    self.init(actor: a.name, name: r.name, args: Dictionary(uniqueKeysWithValues: r.args.map { ($0.name, $0.value) }),
              at: a.pcLabels[r.pc], kernelFunction: r.kernelFunction)
  }

  public var description: String {
    let args = args.isEmpty ? "" : "(" + args.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + ")"
    return "\(actor): \(name)\(args)"
  }

  /// The trace step this event is.
  public var step: TraceStep { TraceStep(actor: actor, at: at, rule: name, args: args) }
}

/// A property found broken by a step: an invariant of the state reached, an
/// assertion (a `BUG_ON`) of the step itself, a deadlock, or the end-state
/// condition once every actor is done.
public struct Failure: Codable, Hashable, Sendable, CustomStringConvertible {
  public let property: String
  public let kind: Violation.Kind
  public let message: String
  public var description: String { "\(property) (\(kind.rawValue)): \(message)" }
  public var violation: Violation { Violation(property: property, kind: kind, message: message) }
}

/// Why the reference refused a request.
public struct ReferenceError: Error, CustomStringConvertible, Sendable {
  public let message: String
  public var description: String { message }
}

/// The migration protocol as an executable reference: a world built from a
/// configuration, the events enabled in it, applying one, observing the
/// state through a stable projection, and undoing. It runs the rules with
/// the tree-walking evaluator (`Model.apply`), independent of the compiled
/// engine the checker uses.
public final class Reference {
  public let config: ModelConfig
  public let model: Model
  public private(set) var state: [UInt8]
  /// The events applied so far, each with the state before it.
  public private(set) var history: [(event: Event, rule: Int, before: [UInt8])] = []

  public init(config: ModelConfig, name: String = "reference") throws(ReferenceError) {
    if let issue = config.validate().first {
      throw ReferenceError(message: "invalid configuration: \(issue.actor.map { "actors[\($0)]." } ?? "")\(issue.field): \(issue.message)")
    }
    self.config = config
    self.model = MigrationModel.build(config, name: name)
    self.state = model.initial
  }

  /// The events enabled now, in rule order (actor by actor).
  public var enabledEvents: [Event] { enabledRules.map { Event(model: model, rule: $0) } }

  var enabledRules: [Int] { model.rules.indices.filter { model.guardHolds($0, state) } }

  /// Applies `event` (matched by actor, name and arguments; `at` too when
  /// given). Returns the properties this step broke.
  @discardableResult
  public func apply(_ event: Event) throws(ReferenceError) -> [Failure] {
    guard let rule = model.rule(actor: event.actor, at: event.at.isEmpty ? nil : event.at, name: event.name, args: event.args, enabledIn: state) else {
      let allowed = enabledEvents.map(\.description).joined(separator: "; ")
      throw ReferenceError(message: "\(event.description) is not enabled; enabled: \(allowed.isEmpty ? "nothing" : allowed)")
    }
    return apply(rule: rule)
  }

  @discardableResult
  func apply(rule: Int) -> [Failure] {
    let before = state
    let asserts = model.failedAssertions(rule, before).map { Failure(property: $0.property, kind: .assertion, message: $0.message) }
    state = model.apply(rule, before)
    history.append((Event(model: model, rule: rule), rule, before))
    return asserts + stateFailures()
  }

  /// Goes back one event. Returns false at the initial state.
  @discardableResult
  public func undo() -> Bool {
    guard let last = history.popLast() else { return false }
    state = last.before
    return true
  }

  /// Back to the initial state.
  public func reset() {
    state = model.initial
    history = []
  }

  public var allDone: Bool { model.allDone.evaluate(model.layout, state) != 0 }
  public var deadlocked: Bool { !allDone && enabledRules.isEmpty }

  /// The properties the current state breaks (invariants; deadlock and the
  /// end-state condition where they apply).
  public func stateFailures() -> [Failure] {
    var out: [Failure] = []
    for p in model.properties {
      if let inv = p.invariant, inv.evaluate(model.layout, state) == 0 {
        out.append(Failure(property: p.id, kind: .invariant, message: "\(p.title) fails"))
      }
      if p.checksDeadlock && deadlocked {
        out.append(Failure(property: p.id, kind: .deadlock, message: "no event is enabled but not every actor is done"))
      }
      if let end = p.atTermination, allDone, end.evaluate(model.layout, state) == 0 {
        out.append(Failure(property: p.id, kind: .termination, message: "\(p.title) fails once every actor is done"))
      }
    }
    return out
  }

  /// The applied events as a trace (for saving, replaying, showing).
  public func trace(violation: Violation? = nil) -> Trace {
    Trace(steps: history.map(\.event.step), violation: violation)
  }

  /// The state through the stable projection.
  public func observe() -> Observation { Observation(model: model, state: state) }
}
