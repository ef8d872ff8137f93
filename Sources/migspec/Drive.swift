import ArgumentParser
import Foundation
import MigSpecReference
import MigrationModel
import RuleKit
import SpecFormat

/// `migspec drive -- CMD ARGS`: model-based testing of an implementation.
struct Drive: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Drive an implementation (a subprocess speaking JSON Lines) with events chosen from the model and compare states.",
    discussion: """
      Protocol (one JSON object per line each way): the driver sends {"op":"configure", ...}, \
      {"op":"event","actor":A,"name":E,"args":{...}}, {"op":"observe"}, {"op":"quit"}; the implementation answers \
      {"ok":true,"state":OBSERVATION} or {"ok":false,"error":"..."}. After every event the implementation's state \
      must equal the reference's observation. On a mismatch the event sequence is shrunk (delta debugging) and \
      printed with the expected and actual states. A time-out, a crash or garbage from the implementation is \
      reported as such. Exit status: 0 no mismatch, 1 a mismatch or a broken implementation, 2 bad input.
      """)

  @Option(help: "The spec whose configuration and actors drive the implementation.")
  var spec: String = "specs/migrate-vs-fork-append.yaml"

  @Option(parsing: .unconditional, help: "Seed of the random event choice (default: random, printed).")
  var seed: UInt64?

  @Option(parsing: .unconditional, help: "Random events to send in all (the world restarts when every actor is done).")
  var events: Int = 1000

  @Option(parsing: .unconditional, help: "Instead of random events: every event sequence up to this depth.")
  var exhaustive: Int?

  @Option(parsing: .unconditional, help: "Seconds to wait for each answer.")
  var timeout: Double = 5

  @Argument(parsing: .postTerminator, help: "The implementation's command line (after --).")
  var command: [String] = []

  func validate() throws {
    if command.isEmpty { throw ValidationError("give the implementation's command after --, e.g. migspec drive -- implementations/c/build/migimpl") }
    if events < 1 { throw ValidationError("--events must be at least 1") }
    if let d = exhaustive, d < 1 { throw ValidationError("--exhaustive must be at least 1") }
    if !(timeout.isFinite && timeout > 0 && timeout <= 86_400) { throw ValidationError("--timeout must be a number of seconds in (0, 86400]") }
  }

  /// The implementation's executable, as `Process` will run it: a path, or a
  /// name looked up on PATH. Nil when there is no such executable.
  static func resolveExecutable(_ name: String) -> String? {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    if name.contains("/") {
      return fm.fileExists(atPath: name, isDirectory: &isDir) && !isDir.boolValue && fm.isExecutableFile(atPath: name) ? name : nil
    }
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let candidate = "\(dir)/\(name)"
      if fm.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  func run() throws {
    // A crashed implementation closes its end of the pipe: report that, do not die of SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    let loaded: Spec
    do { loaded = try SpecParser.load(path: spec) } catch { warn(error.description); throw Exit.badInput }
    // A command that cannot run is bad usage (2), not a broken implementation (1).
    guard let exe = command.first, Self.resolveExecutable(exe) != nil else {
      let name = command.first ?? ""
      warn("error: cannot run the implementation '\(name)': \(name.contains("/") ? "no executable file at that path" : "no such executable on PATH")")
      throw Exit.badInput
    }
    let ref: Reference
    do { ref = try Reference(config: loaded.config, name: loaded.name) } catch { warn("\(spec): error: \(error)"); throw Exit.badInput }
    let session = DriveSession(command: command, configure: configureMessage(loaded.config), timeout: timeout)
    defer { session.stop() }
    do {
      if let depth = exhaustive {
        let n = try session.exhaustive(ref: ref, depth: depth)
        print("no mismatch: \(n.sequences) event sequences up to depth \(depth), \(n.events) events sent (\(loaded.name))")
      } else {
        let seed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        print("seed \(seed): migspec drive --spec \(spec) --seed \(seed) --events \(events) -- \(command.joined(separator: " "))")
        try session.random(ref: ref, seed: seed, events: events)
        print("no mismatch in \(events) events (\(loaded.name))")
      }
    } catch let m as DriveSession.Mismatch {
      print(session.report(m, ref: ref))
      throw Exit.unexpected
    } catch let e as DriveSession.Broken {
      print("IMPLEMENTATION FAILURE: \(e.message)")
      throw Exit.unexpected
    }
  }

  /// The configuration as the implementation needs it: sizes, initial
  /// mappings, knobs, and every actor with the name and values the model gives it.
  func configureMessage(_ c: ModelConfig) -> [String: Any] {
    var counts: [String: Int] = [:]
    func name(_ kind: String) -> String { defer { counts[kind, default: 0] += 1 }; return "\(kind)\(counts[kind, default: 0])" }
    var writer = 0
    var actors: [[String: Any]] = []
    for a in c.actors {
      switch a {
      case .migrate(_, let v): actors.append(["kind": "migrate", "name": name("migrate"), "folio": c.mapped.firstIndex(of: v) ?? 0])
      case .fork(let q, let ch): actors.append(["kind": "fork", "name": name("fork"), "parent": q, "child": ch])
      case .fault(let p, let v, let w):
        actors.append(["kind": "fault", "name": name("fault"), "process": p, "page": v, "write": w ? 1 : 0, "value": w ? 2 + writer : 0])
        if w { writer += 1 }
      case .gup: actors.append(["kind": "gup", "name": name("gup")]); writer += 1
      default: actors.append(["kind": a.kind, "name": name(a.kind)])
      }
    }
    return ["op": "configure", "variant": c.variant, "processes": c.processes, "pages": c.pages, "folios": c.effectiveFolios,
            "initial_processes": c.initialProcesses, "mapped": c.mapped, "passes": c.knobs.migratePasses,
            "force_from_pass": c.knobs.forceFromPass, "expected_refs": c.knobs.anonExpectedRefs,
            "insert": c.knobs.rmapInsert.rawValue, "actors": actors]
  }
}

/// One implementation process and the comparisons made with it.
final class DriveSession {
  struct Mismatch: Error {
    let events: [Event]
    let expected: Observation
    let actual: Observation?
    let refusal: String?
  }
  struct Broken: Error { let message: String }

  let command: [String]
  let configure: [String: Any]
  let timeout: Double
  var process: Process?
  var stdin: FileHandle?
  let lines = LineQueue()
  var sent = 0

  init(command: [String], configure: [String: Any], timeout: Double) {
    self.command = command; self.configure = configure; self.timeout = timeout
  }

  func start() throws {
    stop()
    let p = Process()
    let exe = command[0]
    if exe.contains("/") { p.executableURL = URL(fileURLWithPath: exe) } else {
      p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    }
    p.arguments = exe.contains("/") ? Array(command.dropFirst()) : command
    let input = Pipe(), output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = FileHandle.standardError
    do { try p.run() } catch { throw Broken(message: "cannot start \(command.joined(separator: " ")): \(error.localizedDescription)") }
    process = p
    stdin = input.fileHandleForWriting
    lines.reset()
    let reader = output.fileHandleForReading
    let queue = lines
    let limit = InputText.Limits.answer.maxLineBytes
    Thread.detachNewThread {
      // Each chunk is searched once for newlines; a line over the limit is
      // reported as such (once) and its bytes are dropped, not buffered.
      var buffer = Data()
      var skipping = false
      while true {
        let chunk = reader.availableData
        if chunk.isEmpty { queue.close(); return }
        var start = chunk.startIndex
        while let nl = chunk[start...].firstIndex(of: 0x0A) {
          if !skipping { buffer.append(chunk[start..<nl]); queue.push(.line(String(decoding: buffer, as: UTF8.self))) }
          skipping = false
          buffer.removeAll(keepingCapacity: true)
          start = nl + 1
        }
        if !skipping { buffer.append(chunk[start...]) }
        if !skipping && buffer.count > limit {
          queue.push(.tooLong(limit))
          skipping = true
          buffer.removeAll()
        }
      }
    }
  }

  func stop() {
    if let p = process, p.isRunning {
      try? stdin?.write(contentsOf: Data("{\"op\":\"quit\"}\n".utf8))
      try? stdin?.close()
      let deadline = Date().addingTimeInterval(1)
      while p.isRunning && Date() < deadline { usleep(10_000) }
      if p.isRunning { p.terminate() }
    }
    process = nil
  }

  /// Sends one request; returns the state, or the implementation's refusal.
  func request(_ obj: [String: Any], what: String) throws -> (state: Observation?, refusal: String?) {
    if process == nil || process?.isRunning == false { try start() }
    let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])
    guard let input = stdin else { throw Broken(message: "the implementation is not running (\(what))") }
    do { try input.write(contentsOf: data + Data("\n".utf8)) } catch {
      throw Broken(message: "the implementation stopped reading its standard input (\(what)): \(exitDescription())")
    }
    sent += 1
    let line: String
    switch lines.pop(timeout: timeout) {
    case .line(let l)?: line = l
    case .tooLong(let limit)?:
      throw Broken(message: "the answer to \(what) is longer than \(limit) bytes without a newline: not a protocol answer (one JSON object per line)")
    case nil:
      if lines.closed {
        let status = exitDescription()
        if status == "still running" {
          throw Broken(message: "the implementation closed its standard output without answering \(what) (the process is still running)")
        }
        throw Broken(message: "the implementation exited without answering \(what): \(status)")
      }
      throw Broken(message: "no answer within \(timeout) s to \(what)")
    }
    let lineData = Data(line.utf8)
    if let bad = JSONSyntax.error(in: lineData, file: "answer") {
      throw Broken(message: "the answer to \(what) is not JSON (column \(bad.column): \(bad.message.replacingOccurrences(of: "invalid JSON: ", with: ""))): \(line.prefix(200))")
    }
    guard let reply = (try? JSONSerialization.jsonObject(with: lineData)) as? [String: Any], let ok = reply["ok"] as? Bool else {
      throw Broken(message: "the answer to \(what) is not {\"ok\": true|false, …}: \(line.prefix(200))")
    }
    if !ok { return (nil, (reply["error"] as? String) ?? "refused") }
    // Decoded from the line itself: JSONSerialization cannot re-encode every
    // JSON value (a bare `true` is a fatal error in Foundation), and the
    // decoder's error names the JSON path.
    struct StateAnswer: Decodable { let state: Observation }
    do { return (try JSONDecoder().decode(StateAnswer.self, from: lineData).state, nil) } catch let e as DecodingError {
      throw Broken(message: "the answer to \(what) has no readable state: \(describe(e)): \(line.prefix(200))")
    } catch {
      throw Broken(message: "the answer to \(what) has no readable state: \(error.localizedDescription): \(line.prefix(200))")
    }
  }

  func exitDescription() -> String {
    guard let p = process else { return "not running" }
    for _ in 0..<50 where p.isRunning { usleep(10_000) }
    if p.isRunning { return "still running" }
    return p.terminationReason == .uncaughtSignal ? "killed by signal \(p.terminationStatus)" : "exit status \(p.terminationStatus)"
  }

  /// Configures the implementation and applies `events`, comparing after each.
  /// Returns the index of the first mismatch (with it), or nil.
  func play(_ events: [Event], ref: Reference) throws -> Mismatch? {
    ref.reset()
    let (initial, refusal) = try request(configure, what: "configure")
    if let refusal { throw Broken(message: "the implementation refused the configuration: \(refusal)") }
    if initial != ref.observe() { return Mismatch(events: [], expected: ref.observe(), actual: initial, refusal: nil) }
    for (i, e) in events.enumerated() {
      guard (try? ref.apply(e)) != nil else { return nil }  // not a run of the model: not a candidate
      let args = e.args as [String: Any]
      let (state, no) = try request(["op": "event", "actor": e.actor, "name": e.name, "args": args], what: "event \(e.description)")
      if state != ref.observe() { return Mismatch(events: Array(events.prefix(i + 1)), expected: ref.observe(), actual: state, refusal: no) }
    }
    return nil
  }

  func random(ref: Reference, seed: UInt64, events: Int) throws {
    var rng = SplitMix64(seed: seed)
    var episode: [Event] = []
    ref.reset()
    let (initial, refusal) = try request(configure, what: "configure")
    if let refusal { throw Broken(message: "the implementation refused the configuration: \(refusal)") }
    if initial != ref.observe() { throw Mismatch(events: [], expected: ref.observe(), actual: initial, refusal: nil) }
    for _ in 0..<events {
      let enabled = ref.enabledEvents
      if enabled.isEmpty {
        ref.reset()
        episode = []
        let (s, no) = try request(configure, what: "configure")
        if let no { throw Broken(message: "the implementation refused the configuration: \(no)") }
        if s != ref.observe() { throw Mismatch(events: [], expected: ref.observe(), actual: s, refusal: nil) }
        continue
      }
      let e = enabled[Int(rng.next() % UInt64(enabled.count))]
      try ref.apply(e)
      episode.append(e)
      let (state, no) = try request(["op": "event", "actor": e.actor, "name": e.name, "args": e.args as [String: Any]], what: "event \(e.description)")
      if state != ref.observe() {
        throw shrink(Mismatch(events: episode, expected: ref.observe(), actual: state, refusal: no), ref: ref)
      }
    }
  }

  /// Every sequence of enabled events up to `depth` (depth-first, the
  /// implementation replaying each prefix from a fresh configuration).
  func exhaustive(ref: Reference, depth: Int) throws -> (sequences: Int, events: Int) {
    var sequences = 0
    var stack: [[Event]] = [[]]
    while let seq = stack.popLast() {
      if let m = try play(seq, ref: ref) { throw shrink(m, ref: ref) }
      sequences += 1
      guard seq.count < depth else { continue }
      for e in ref.enabledEvents.reversed() { stack.append(seq + [e]) }
    }
    return (sequences, sent)
  }

  /// ddmin over the events of a mismatch: keep removing chunks while what is
  /// left is still a run of the model and still ends in a mismatch.
  func shrink(_ m: Mismatch, ref: Reference) -> Mismatch {
    var best = m
    _ = ddmin(m.events) { candidate in
      guard let found = try? play(candidate, ref: ref) else { return nil }
      best = found
      return found.events
    }
    return best
  }

  func report(_ m: Mismatch, ref: Reference) -> String {
    var out = "MISMATCH after \(m.events.count) event(s) (shrunk):\n"
    for (i, e) in m.events.enumerated() { out += String(format: "  %3d  ", i + 1) + e.description + "\n" }
    if let r = m.refusal {
      out += "the implementation refused the last event (\(r)); the model allows it\n"
      return out
    }
    guard let actual = m.actual else { return out }
    out += "expected (model) vs actual (implementation):\n"
    for d in differences(m.expected, actual) { out += "  \(d)\n" }
    return out
  }

  func differences(_ e: Observation, _ a: Observation) -> [String] {
    var out: [String] = []
    for (x, y) in zip(e.pages, a.pages) where x != y {
      out.append("\(x.id): expected ref \(x.refcount) map \(x.mapcount) [\(x.flags.joined(separator: " "))] \(x.mapping) data \(x.data), "
                 + "actual ref \(y.refcount) map \(y.mapcount) [\(y.flags.joined(separator: " "))] \(y.mapping) data \(y.data)")
    }
    for (x, y) in zip(e.ptes, a.ptes) where x != y {
      func s(_ p: Observation.PTE) -> String { "\(p.kind)\(p.target.map { "(\($0)\(p.write ? ", w" : ""))" } ?? "")\(p.entry.map { " \($0)" } ?? "")" }
      out.append("pte P\(x.process)[\(x.page)]: expected \(s(x)), actual \(s(y))")
    }
    for (x, y) in zip(e.locks, a.locks) where x != y {
      out.append("\(x.name): expected \(x.holder ?? "free")/\(x.readers) readers, actual \(y.holder ?? "free")/\(y.readers) readers")
    }
    if e.pages.count != a.pages.count || e.ptes.count != a.ptes.count || e.locks.count != a.locks.count {
      out.append("shape: expected \(e.pages.count) pages, \(e.ptes.count) ptes, \(e.locks.count) locks; actual \(a.pages.count), \(a.ptes.count), \(a.locks.count)")
    }
    return out
  }
}

/// Lines read from the implementation, handed over with a time-out.
final class LineQueue: @unchecked Sendable {
  enum Item { case line(String), tooLong(Int) }
  private var items: [Item] = []
  private(set) var closed = false
  private let cond = NSCondition()

  func reset() { cond.lock(); items = []; closed = false; cond.unlock() }
  func push(_ s: Item) { cond.lock(); items.append(s); cond.signal(); cond.unlock() }
  func close() { cond.lock(); closed = true; cond.broadcast(); cond.unlock() }
  func pop(timeout: Double) -> Item? {
    let deadline = Date().addingTimeInterval(timeout)
    cond.lock()
    defer { cond.unlock() }
    while items.isEmpty && !closed {
      if !cond.wait(until: deadline) { break }
    }
    return items.isEmpty ? nil : items.removeFirst()
  }
}
