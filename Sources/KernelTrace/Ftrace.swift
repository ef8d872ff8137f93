import Foundation

/// One line of ftrace text (`/sys/kernel/tracing/trace` or `trace_pipe`,
/// read back over a serial console), classified.
///
///     wl-100     [001] ...1.     4.031228: set_migration_pte: addr=7fd9bd115000, pte=dfffe7fff8037c02 order=0
///     ^task-pid  ^cpu  ^flags    ^seconds  ^event             ^fields
public enum FtraceLine: Equatable, Sendable {
  case event(FtraceEvent)
  /// `# tracer: nop` and the other header lines.
  case header
  /// `CPU:1 [LOST 42 EVENTS]`: the ring buffer overflowed; what is missing is unknown.
  case lostEvents(cpu: Int, count: Int)
  /// A line that is not ftrace output (console messages, the workload's own prints).
  case other
  /// A line that looks like an ftrace event but cannot be read; the reason says what was expected.
  case unreadable(String)
}

/// A parsed ftrace event line.
public struct FtraceEvent: Equatable, Sendable {
  public let task: String
  public let pid: Int
  public let cpu: Int
  /// The irqs-off / need-resched / hardirq / preempt-depth flags, if printed.
  public let flags: String?
  /// Seconds since boot, as printed.
  public let timestamp: Double
  /// `set_migration_pte`, `mm_migrate_pages`, or a kprobe event's name.
  public let name: String
  /// The text after `name: `.
  public let text: String

  /// `key=value` fields (`addr=7fd9…, pte=… order=0` or `nr_succeeded=8 …`), in order.
  public var fields: [(key: String, value: String)] {
    text.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { tok in
      guard let eq = tok.firstIndex(of: "=") else { return nil }
      return (String(tok[..<eq]), String(tok[eq...].dropFirst()))
    }
  }

  public func field(_ key: String) -> String? { fields.first { $0.key == key }?.value }

  /// A hexadecimal field (`addr`, `pte`), with or without `0x`.
  public func hex(_ key: String) -> UInt64? {
    guard var s = field(key) else { return nil }
    if s.hasPrefix("0x") { s.removeFirst(2) }
    return UInt64(s, radix: 16)
  }

  public func int(_ key: String) -> Int? { field(key).flatMap { Int($0) } }

  public static func == (a: FtraceEvent, b: FtraceEvent) -> Bool {
    a.task == b.task && a.pid == b.pid && a.cpu == b.cpu && a.flags == b.flags && a.timestamp == b.timestamp && a.name == b.name && a.text == b.text
  }
}

public enum Ftrace {
  /// Classifies one line. Never throws: a line it cannot read comes back as
  /// `.unreadable` with what was expected, for the caller to report with its number.
  public static func parse(_ raw: Substring) -> FtraceLine {
    let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    if trimmed.isEmpty { return .other }
    if trimmed.hasPrefix("#") { return .header }
    if trimmed.hasPrefix("CPU:"), let lost = lostEvents(trimmed) { return lost }
    // An event line has " [ddd] " after the task-pid; anything else is not ftrace's.
    guard let open = trimmed.firstIndex(of: "["), let close = trimmed[open...].firstIndex(of: "]"),
          open > trimmed.startIndex, trimmed[trimmed.index(before: open)] == " ",
          let cpu = Int(trimmed[trimmed.index(after: open)..<close]) else { return .other }
    let taskPid = trimmed[..<open].trimmingCharacters(in: .whitespaces)
    guard let dash = taskPid.lastIndex(of: "-"), let pid = Int(taskPid[taskPid.index(after: dash)...]) else {
      return .unreadable("expected TASK-PID before [\(cpu)], got \"\(taskPid)\"")
    }
    let task = String(taskPid[..<dash])
    var rest = trimmed[trimmed.index(after: close)...].drop { $0 == " " }
    // Optional flags column (e.g. "...1." or "d..2."), then "SECONDS:".
    var flags: String? = nil
    if let sp = rest.firstIndex(of: " ") {
      let token = rest[..<sp]
      if !(token.hasSuffix(":") && Double(token.dropLast()) != nil) {
        flags = String(token)
        rest = rest[sp...].drop { $0 == " " }
      }
    }
    guard let colon = rest.firstIndex(of: ":"), let ts = Double(rest[..<colon]) else {
      return .unreadable("expected a timestamp (SECONDS:) after the CPU and flags")
    }
    rest = rest[rest.index(after: colon)...].drop { $0 == " " }
    guard let nameEnd = rest.firstIndex(of: ":") else { return .unreadable("expected EVENT: after the timestamp") }
    let name = String(rest[..<nameEnd])
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "/" }) else {
      return .unreadable("expected an event name after the timestamp, got \"\(name)\"")
    }
    let text = rest[rest.index(after: nameEnd)...].trimmingCharacters(in: .whitespaces)
    return .event(FtraceEvent(task: task, pid: pid, cpu: cpu, flags: flags, timestamp: ts, name: name, text: text))
  }

  static func lostEvents(_ s: Substring) -> FtraceLine? {
    // "CPU:1 [LOST 42 EVENTS]"
    let parts = s.split(separator: " ")
    guard parts.count == 4, parts[1] == "[LOST", parts[3] == "EVENTS]",
          let cpu = Int(parts[0].dropFirst(4)), let n = Int(parts[2]) else { return nil }
    return .lostEvents(cpu: cpu, count: n)
  }

  /// Every line of a capture, numbered from 1.
  public static func parse(text: String) -> [(line: Int, parsed: FtraceLine)] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().map { ($0.offset + 1, parse($0.element)) }
  }
}
