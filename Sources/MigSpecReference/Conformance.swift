import Foundation
import MigrationModel
import RuleKit

/// One line of an implementation's log (JSON Lines): an observable event.
///
///     {"event": "try_to_migrate_one", "actor": "migrate0", "args": {"page": 0},
///      "state": {"ptes": [{"process": 0, "page": 0, "kind": "migration", "target": "F0"}]}}
///
/// `state` is optional and partial: only the entries and fields it gives
/// are compared with the model's observation after the event.
public struct LogEvent {
  public let line: Int
  public let event: String
  public let actor: String
  public let args: [String: Int]
  public let state: [String: Any]?
  public let text: String
  public init(line: Int, event: String, actor: String, args: [String: Int], state: [String: Any]?, text: String) {
    self.line = line; self.event = event; self.actor = actor; self.args = args; self.state = state; self.text = text
  }
}

// The partial state is plain JSON values (strings, numbers, booleans, arrays, objects).
extension LogEvent: @unchecked Sendable {}

/// The optional first line: `{"migspec-log": 1, "spec": "specs/….yaml", "observe": ["…"]}`.
public struct LogHeader: Sendable {
  public let version: Int
  public let spec: String?
  /// Event names the implementation logs; every other rule is an internal
  /// step that may happen unseen between logged events. Default: the names
  /// that appear in the log.
  public let observe: [String]?
}

/// A problem with a log file, naming the line.
public struct LogError: Error, CustomStringConvertible, Sendable {
  public let file: String
  public let line: Int
  public let message: String
  /// From 1; the start of the line when the problem is the line as a whole.
  public var column: Int = 1
  public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

/// Reads a JSON Lines log. Blank lines and lines starting with `#` are skipped.
public enum LogReader {
  public static func read(_ text: String, path: String) throws(LogError) -> (header: LogHeader?, events: [LogEvent]) {
    var header: LogHeader? = nil
    var events: [LogEvent] = []
    for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNo = i + 1
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let rawData = Data(raw.utf8)
      if let bad = JSONSyntax.error(in: rawData, file: path) {
        throw LogError(file: path, line: lineNo, message: bad.message, column: bad.column)
      }
      guard let obj = (try? JSONSerialization.jsonObject(with: rawData)) as? [String: Any] else {
        throw LogError(file: path, line: lineNo, message: "expected a JSON object {\"event\": …, \"actor\": …}, found: \(line.prefix(80))")
      }
      if let v = obj["migspec-log"] {
        guard events.isEmpty, header == nil else { throw LogError(file: path, line: lineNo, message: "the header must be the first line") }
        guard let version = v as? Int, version == 1 else { throw LogError(file: path, line: lineNo, message: "unsupported log version \(v); expected 1") }
        let observe = obj["observe"].map { $0 as? [String] }
        if case .some(.none) = observe { throw LogError(file: path, line: lineNo, message: "observe: expected a list of event names") }
        header = LogHeader(version: version, spec: obj["spec"] as? String, observe: observe ?? nil)
        continue
      }
      guard let event = obj["event"] as? String else { throw LogError(file: path, line: lineNo, message: "missing \"event\" (a string)") }
      guard let actor = obj["actor"] as? String else { throw LogError(file: path, line: lineNo, message: "missing \"actor\" (the model's actor name, e.g. migrate0)") }
      var args: [String: Int] = [:]
      if let a = obj["args"] {
        guard let dict = a as? [String: Any] else { throw LogError(file: path, line: lineNo, message: "\"args\": expected an object of integers") }
        for (k, v) in dict {
          guard let n = v as? Int else { throw LogError(file: path, line: lineNo, message: "args.\(k): expected an integer") }
          args[k] = n
        }
      }
      if let s = obj["state"], !(s is [String: Any]) { throw LogError(file: path, line: lineNo, message: "\"state\": expected an object") }
      for k in obj.keys where !["event", "actor", "args", "state", "pid", "time"].contains(k) {
        throw LogError(file: path, line: lineNo, message: "unknown key \"\(k)\"; expected event, actor, args, state (pid and time are ignored)")
      }
      events.append(LogEvent(line: lineNo, event: event, actor: actor, args: args, state: obj["state"] as? [String: Any], text: line))
    }
    return (header, events)
  }
}

/// Trace validation: is there a run of the model whose observable events are
/// exactly the log's, with any internal steps between them?
public struct Conformance {
  public struct Divergence: Sendable {
    /// The log line no model run explains.
    public let event: LogEvent
    /// The observable events the model allowed at that point instead.
    public let allowed: [String]
    /// Model states consistent with the log just before that line (a few).
    public let candidates: [String]
    public let candidateCount: Int
  }
  public struct Result: Sendable {
    public let eventsChecked: Int
    public let divergence: Divergence?
    /// The largest set of candidate states kept at once.
    public let maxCandidates: Int
    public var conforms: Bool { divergence == nil }
  }

  public let model: Model
  public let observable: Set<String>
  /// Internal steps searched between two logged events.
  public var internalBound = 200
  /// Candidate states kept at once before giving up.
  public var maxStates = 200_000

  public init(model: Model, observable: Set<String>) {
    self.model = model
    self.observable = observable
  }

  /// Checks the log's names against the model: every event is a rule name,
  /// every actor exists, and the arguments are the ones that rule takes.
  public func checkVocabulary(_ events: [LogEvent], file: String) throws(LogError) {
    for e in events {
      let rules = model.rules.filter { $0.name == e.event }
      guard !rules.isEmpty else {
        let names = Set(model.rules.map(\.name)).sorted()
        throw LogError(file: file, line: e.line, message: "unknown event \"\(e.event)\"; the model's events are: \(names.joined(separator: ", "))")
      }
      guard let a = model.actors.firstIndex(where: { $0.name == e.actor }) else {
        throw LogError(file: file, line: e.line, message: "unknown actor \"\(e.actor)\"; the model's actors are: \(model.actors.map(\.name).joined(separator: ", "))")
      }
      let arities = Set(rules.filter { $0.actor == a }.map { Set($0.args.map(\.name)) })
      guard !arities.isEmpty else { throw LogError(file: file, line: e.line, message: "actor \(e.actor) has no event \"\(e.event)\"") }
      guard arities.contains(Set(e.args.keys)) else {
        let want = arities.map { $0.isEmpty ? "no arguments" : $0.sorted().joined(separator: ", ") }.sorted().joined(separator: " or ")
        throw LogError(file: file, line: e.line, message: "\(e.event) takes \(want); got \(e.args.isEmpty ? "none" : e.args.keys.sorted().joined(separator: ", "))")
      }
      if !observable.contains(e.event) {
        throw LogError(file: file, line: e.line, message: "\(e.event) is not in the header's observe list")
      }
    }
  }

  /// Every state reachable from `states` by internal steps (within the bound).
  func closure(_ states: Set<[UInt8]>) -> Set<[UInt8]>? {
    var seen = states
    var frontier = Array(states)
    var depth = 0
    while !frontier.isEmpty && depth < internalBound {
      var next: [[UInt8]] = []
      for s in frontier {
        for (i, r) in model.rules.enumerated() where !observable.contains(r.name) && model.guardHolds(i, s) {
          let t = model.apply(i, s)
          if seen.insert(t).inserted { next.append(t) }
        }
      }
      if seen.count > maxStates { return nil }
      frontier = next
      depth += 1
    }
    return seen
  }

  /// The observation fields a log line gives all agree with `state`.
  func agrees(_ given: [String: Any]?, _ state: [UInt8]) -> Bool {
    guard let given else { return true }
    let obs = Observation(model: model, state: state)
    guard let data = try? JSONEncoder().encode(obs), let full = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
    func key(_ part: String, _ o: [String: Any]) -> String {
      switch part {
      case "pages": return "\(o["id"] ?? "")"
      case "ptes": return "\(o["process"] ?? "")/\(o["page"] ?? "")"
      default: return "\(o["name"] ?? "")"
      }
    }
    for (part, value) in given {
      guard let items = value as? [[String: Any]], let have = full[part] as? [[String: Any]] else { return false }
      for item in items {
        guard let match = have.first(where: { key(part, $0) == key(part, item) }) else { return false }
        for (k, v) in item {
          let model = match[k]
          if let m = model, !(m is NSNull) {
            if "\(m)" != "\(v)" { return false }
          } else if !(v is NSNull) { return false }
        }
      }
    }
    return true
  }

  public func validate(_ events: [LogEvent]) -> Result {
    var current: Set<[UInt8]> = [model.initial]
    var maxCandidates = 1
    let actorIndex = Dictionary(uniqueKeysWithValues: model.actors.enumerated().map { ($1.name, $0) })
    for (n, e) in events.enumerated() {
      guard let reach = closure(current) else {
        return Result(eventsChecked: n, divergence: Divergence(event: e, allowed: [], candidates: ["more than \(maxStates) candidate states: raise the bound or log more events"], candidateCount: maxStates), maxCandidates: maxCandidates)
      }
      maxCandidates = max(maxCandidates, reach.count)
      var next = Set<[UInt8]>()
      var allowed = Set<String>()
      for s in reach {
        for (i, r) in model.rules.enumerated() where observable.contains(r.name) && model.guardHolds(i, s) {
          let args = Dictionary(uniqueKeysWithValues: r.args.map { ($0.name, $0.value) })
          allowed.insert("\(model.actors[r.actor].name): \(r.name)" + (args.isEmpty ? "" : "(" + args.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + ")"))
          guard r.name == e.event, r.actor == actorIndex[e.actor], args == e.args else { continue }
          let t = model.apply(i, s)
          if agrees(e.state, t) { next.insert(t) }
        }
      }
      if next.isEmpty {
        let cells = StateLines(model: model)
        let sample = reach.prefix(3).map { cells.describe($0) }
        return Result(eventsChecked: n, divergence: Divergence(event: e, allowed: allowed.sorted(), candidates: sample, candidateCount: reach.count),
                      maxCandidates: maxCandidates)
      }
      current = next
    }
    return Result(eventsChecked: events.count, divergence: nil, maxCandidates: maxCandidates)
  }
}

/// A compact one-line rendering of a state's observation, for reports.
struct StateLines {
  let model: Model
  func describe(_ s: [UInt8]) -> String {
    let o = Observation(model: model, state: s)
    let pages = o.pages.filter(\.used).map { "\($0.id)(ref \($0.refcount), map \($0.mapcount)\($0.flags.isEmpty ? "" : ", " + $0.flags.joined(separator: " ")), \($0.mapping), data \($0.data))" }
    let ptes = o.ptes.filter { $0.kind != "none" }.map { "P\($0.process)[\($0.page)]=\($0.kind)(\($0.target ?? "")\($0.write ? ", w" : ""))" }
    let locks = o.locks.filter { $0.holder != nil || $0.readers > 0 }.map { "\($0.name): \($0.holder ?? "\($0.readers) readers")" }
    let pcs = model.actors.map { "\($0.name)@\($0.pcLabels[Int(s[model.layout[$0.pcVar].slot([])])])" }
    return (pages + ptes + locks + pcs).joined(separator: "; ")
  }
}
