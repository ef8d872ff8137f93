/// The serial-console capture of one `migspec kernel` boot: the guest's init
/// prints markers (`migspec: …`) around each scenario's workload output and
/// its ftrace buffer, and everything else the kernel prints lands in
/// between. Line numbers are the capture file's, so a report can name them.
///
///     migspec: booted 6.1.0-56-amd64 nodes=2
///     migspec: cpu la57=0
///     migspec: config config-6.1.0-56-amd64 CONFIG_MIGRATION=y CONFIG_MEMORY_FAILURE=y …
///     migspec: kprobe ok: p:migspec/anon_vma_fork anon_vma_fork …
///     migspec: scenario move-pages begin
///     migspec-workload: move-pages result=ok processes=7 checks=24 failures=0 …
///     migspec: scenario move-pages exit=0
///     migspec: trace begin move-pages
///     # tracer: nop
///      migspec-workloa-101 [000] ...1.  3.539935: set_migration_pte: addr=7fd0…, pte=dfff… order=0
///     migspec: trace end move-pages
///     migspec: done
public struct KernelCapture: Sendable {
  public struct Scenario: Sendable {
    public let name: String
    public let line: Int
    /// The workload's exit status, if the marker was seen.
    public var exitStatus: Int?
    /// `migspec-workload: NAME …` lines.
    public var workload: [(line: Int, text: String)] = []
    /// Trace events between `trace begin` and `trace end`.
    public var events: [(line: Int, event: FtraceEvent)] = []
    public var lostEvents: [(line: Int, cpu: Int, count: Int)] = []
    public var traceBegin: Int?
    public var traceEnd: Int?
    /// The workload's summary (`result=ok|FAILED …`), parsed.
    public var result: [String: String]? {
      guard let line = workload.last(where: { $0.text.contains(" result=") }) else { return nil }
      return Dictionary(line.text.split(separator: " ").compactMap { tok -> (String, String)? in
        guard let eq = tok.firstIndex(of: "=") else { return nil }
        return (String(tok[..<eq]), String(tok[tok.index(after: eq)...]))
      }, uniquingKeysWith: { a, _ in a })
    }
  }

  /// `uname -r` of the guest, from the boot marker.
  public var kernelRelease: String?
  public var numaNodes: Int?
  /// The guest CPU's 5-level paging flag (`migspec: cpu la57=0|1`), if printed.
  public var la57: Bool?
  /// The kernel configuration facts the PTE layout depends on (`migspec: config FILE CONFIG_X=V …`), and their file.
  public var config: KernelConfig?
  public var configSource: String?
  /// A layout given at boot (`migspec: layout SWP_MIGRATION_READ=N SWP_PFN_BITS=M`): the user's override.
  public var layoutOverride: (migrationRead: Int?, pfnBits: Int?)?
  public var kprobes: [(definition: String, ok: Bool)] = []
  public var scenarios: [Scenario] = []
  /// The guest's init reached its end.
  public var done = false

  public init() {}
}

/// A capture that cannot be read: names the line.
public struct CaptureError: Error, CustomStringConvertible, Sendable {
  public let file: String
  public let line: Int
  public let message: String
  /// From 1 (a capture's errors are about whole lines: 1).
  public let column: Int
  public init(file: String, line: Int, column: Int = 1, message: String) {
    self.file = file; self.line = line; self.column = column; self.message = message
  }
  public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

extension KernelCapture {
  /// Where a capture's PTE layout came from, for the report.
  public enum LayoutSource: Sendable, Equatable {
    /// `migspec: layout …` (given at boot).
    case bootOverride
    /// Derived from the capture's `migspec: config` line (its file named) and release.
    case config(String)
    /// No config in the capture: derived from the release with Debian's amd64 configuration.
    case assumedDebian
  }

  /// The PTE layout to decode this capture with: the boot-time override, else
  /// derived from the capture's kernel config, else from its release with
  /// Debian's configuration. Throws when the release is unreadable or too old.
  public func layout() throws(SwapTypes.Unknown) -> (layout: X86PTE.Layout, source: LayoutSource, types: SwapTypes?) {
    let release = kernelRelease ?? ""
    var derived: (layout: X86PTE.Layout, types: SwapTypes)?
    var failure: SwapTypes.Unknown?
    do { derived = try X86PTE.Layout.derive(config: config ?? X86PTE.Layout.debianConfig, release: release, la57: la57 ?? false) } catch { failure = error }
    if let o = layoutOverride {
      let base = derived?.layout ?? .debian61
      return (X86PTE.Layout(migrationRead: o.migrationRead ?? base.migrationRead, pfnBits: o.pfnBits ?? base.pfnBits, savedDirty: base.savedDirty), .bootOverride, nil)
    }
    guard let derived else { throw failure! }
    return (derived.layout, config == nil ? .assumedDebian : .config(configSource ?? "kernel config"), derived.types)
  }

  /// Reads a console capture. Trace lines that look like events but cannot
  /// be read, and markers out of order, are errors naming the line; console
  /// noise anywhere is skipped.
  public static func parse(_ text: String, file: String) throws(CaptureError) -> KernelCapture {
    var capture = KernelCapture()
    var current: Int? = nil  // index into scenarios
    var inTrace = false
    for (line, parsed) in zip(1..., text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)) {
      let raw = parsed.hasSuffix("\r") ? parsed.dropLast() : parsed
      // Markers may follow terminal escapes on the same line (QEMU clears the screen).
      if let m = raw.range(of: "migspec: ") {
        let body = raw[m.upperBound...].trimmingCharacters(in: .whitespaces)
        let words = body.split(separator: " ").map(String.init)
        switch words.first {
        case "booted":
          capture.kernelRelease = words.count > 1 ? words[1] : nil
          capture.numaNodes = words.first { $0.hasPrefix("nodes=") }.flatMap { Int($0.dropFirst(6)) }
          continue
        case "cpu":
          if let f = words.first(where: { $0.hasPrefix("la57=") }) { capture.la57 = f.dropFirst(5) == "1" }
          continue
        case "config":
          guard words.count >= 2 else { break }
          let facts = words.dropFirst().filter { $0.hasPrefix("CONFIG_") }
          capture.config = KernelConfig(parsing: facts.joined(separator: "\n"))
          capture.configSource = words.dropFirst().first { !$0.hasPrefix("CONFIG_") }
          continue
        case "layout":
          func value(_ key: String) -> Int? { words.first { $0.hasPrefix(key + "=") }.flatMap { Int($0.dropFirst(key.count + 1)) } }
          capture.layoutOverride = (value("SWP_MIGRATION_READ"), value("SWP_PFN_BITS"))
          continue
        case "kprobe":
          guard words.count >= 3 else { break }
          capture.kprobes.append((words[2...].joined(separator: " "), words[1] == "ok:"))
          continue
        case "scenario":
          guard words.count >= 3 else { break }
          if words[2] == "begin" {
            if inTrace { throw CaptureError(file: file, line: line, message: "scenario \(words[1]) begins inside the trace of \(current.map { capture.scenarios[$0].name } ?? "another scenario")") }
            capture.scenarios.append(Scenario(name: words[1], line: line))
            current = capture.scenarios.count - 1
          } else if words[2].hasPrefix("exit="), let c = current, capture.scenarios[c].name == words[1] {
            capture.scenarios[c].exitStatus = Int(words[2].dropFirst(5))
          }
          continue
        case "trace":
          // `trace disk …` and `trace saved …` (the trace disk's notes) are not trace bounds.
          guard words.count >= 2, words[1] == "begin" || words[1] == "end" else { continue }
          guard words.count >= 3, let c = current, capture.scenarios[c].name == words[2] else {
            throw CaptureError(file: file, line: line, message: "expected \"migspec: trace begin|end SCENARIO\" for the running scenario")
          }
          if words[1] == "begin" { inTrace = true; capture.scenarios[c].traceBegin = line }
          else if words[1] == "end" { inTrace = false; capture.scenarios[c].traceEnd = line }
          continue
        case "done":
          capture.done = true
          continue
        default:
          break
        }
      }
      guard let c = current else { continue }
      if let w = raw.range(of: "migspec-workload: ") {
        capture.scenarios[c].workload.append((line, String(raw[w.lowerBound...])))
        continue
      }
      guard inTrace else { continue }
      switch Ftrace.parse(raw) {
      case .event(let e): capture.scenarios[c].events.append((line, e))
      case .lostEvents(let cpu, let n): capture.scenarios[c].lostEvents.append((line, cpu, n))
      case .header, .other: continue
      case .unreadable(let why): throw CaptureError(file: file, line: line, message: "unreadable trace line: \(why)")
      }
    }
    return capture
  }
}
