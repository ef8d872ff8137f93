import ArgumentParser
import Foundation
import MigrationModel
import RuleKit
import TraceFormat

/// `--trace-dir DIR` and `--no-save`, shared by the commands that find traces.
struct TraceSaving: ParsableArguments {
  @Option(help: "Directory where traces (counterexamples, violating runs) are saved as JSON.")
  var traceDir: String = "migspec-out"

  @Flag(help: "Do not save traces.")
  var noSave = false

  /// Saves `tf` as `traceDir/spec/name.json` unless --no-save; returns the path.
  func save(_ tf: TraceFile, spec: String, name: String) -> String? {
    noSave ? nil : saveTrace(tf, in: traceDir, spec: spec, property: name)
  }
}

/// Saves a counterexample under `dir/spec/property.json`; returns its path,
/// or nil (with a warning) if it cannot be written.
func saveTrace(_ tf: TraceFile, in dir: String, spec: String, property: String) -> String? {
  let folder = "\(dir)/\(spec)"
  do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = "\(folder)/\(property).json"
    try writeAtomically(try encodeJSON(tf), to: path)
    return path
  } catch {
    warn("warning: cannot save the counterexample in \(folder): \(error.localizedDescription)")
    return nil
  }
}

/// One aligned result line: property, verdict, expected verdict, ok/UNEXPECTED.
func verdictLine(_ property: String, _ verdict: String, expected: String, mark: String, detail: String) -> String {
  "   \(property.padding(toLength: 26, withPad: " ", startingAt: 0)) \(verdict.padding(toLength: max(9, verdict.count), withPad: " ", startingAt: 0)) expected \(expected.padding(toLength: 9, withPad: " ", startingAt: 0)) \(mark)\(detail)\n"
}

/// A counterexample's table, indented, with where it was saved and how to replay it.
func counterexampleText(model: Model, trace t: Trace, property: String, savedPath: String?) -> String {
  guard let table = try? TraceTable.render(model: model, trace: t) else {
    return "\n   counterexample for \(property) does not replay on the rules (an engine bug)\n"
  }
  var out = "\n   counterexample for \(property) (\(t.steps.count) steps)\(savedPath.map { ", saved to \($0); replay: migspec replay \($0)" } ?? ""):\n"
  out += table.split(separator: "\n", omittingEmptySubsequences: false).map { "   " + $0 }.joined(separator: "\n") + "\n"
  return out
}

/// The temporary file `writeAtomically` is writing, for the signal handler
/// (a fixed C buffer: a handler may not allocate).
nonisolated(unsafe) private let pendingTemporary: UnsafeMutablePointer<CChar> = {
  let p = UnsafeMutablePointer<CChar>.allocate(capacity: 4096)
  p.initialize(repeating: 0, count: 4096)
  return p
}()

/// Set (before any handler can run) by `check` and `prove`: their first
/// SIGINT or SIGTERM only asks the search to stop (`InterruptFlag.process`).
nonisolated(unsafe) private var stopOnSignal = false

/// SIGINT, SIGTERM and SIGHUP remove a temporary file being written, then
/// end the process as the signal would have. Under `check` and `prove`
/// (`catchInterrupts`), the first SIGINT or SIGTERM instead sets the
/// process's interrupt flag: the search stops, the verdicts so far are
/// reported and saved, and the command exits with 128 + the signal; a second
/// one ends the process at once (its temporary file removed all the same).
private let cleanupHandlersInstalled: Bool = {
  // Both are read by the handler: made before it can run.
  _ = pendingTemporary
  _ = InterruptFlag.process
  for sig in [SIGINT, SIGTERM, SIGHUP] {
    signal(sig) { s in
      if stopOnSignal && s != SIGHUP && InterruptFlag.process.set(signal: s) { return }
      if pendingTemporary[0] != 0 { unlink(pendingTemporary) }
      signal(s, SIG_DFL)
      raise(s)
    }
  }
  return true
}()

/// Makes SIGINT and SIGTERM stop the search instead of the process (see
/// `cleanupHandlersInstalled`); `interruptExit` is then the exit to take.
func catchInterrupts() {
  stopOnSignal = true
  _ = cleanupHandlersInstalled
  // A parent may start us with them blocked (a test runner's Process does):
  // then a kill would wait, unseen, for the search to end.
  var set = sigset_t()
  sigemptyset(&set)
  sigaddset(&set, SIGINT)
  sigaddset(&set, SIGTERM)
  pthread_sigmask(SIG_UNBLOCK, &set, nil)
}

/// The signal that interrupted the run, as a name ("SIGINT"), if one did.
var interruptedBy: String? {
  InterruptFlag.process.signal.map { $0 == SIGINT ? "SIGINT" : $0 == SIGTERM ? "SIGTERM" : "signal \($0)" }
}

/// The exit of an interrupted run: 128 + the signal (130 for SIGINT, 143
/// for SIGTERM), as a shell reports a process the signal ended.
var interruptExit: ExitCode? { InterruptFlag.process.signal.map { ExitCode(128 + $0) } }

/// Writes `text` to `path` through a temporary file in the same directory
/// and a rename, so that a reader never sees half a file, and an interrupted
/// run (Ctrl-C, kill) leaves no temporary file behind.
func writeAtomically(_ text: String, to path: String) throws {
  _ = cleanupHandlersInstalled
  var st = stat()
  if stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG {
    // A device or a pipe (-o /dev/stdout): written in place, never replaced.
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return
  }
  let url = URL(fileURLWithPath: path)
  let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
  // The path goes in with its first byte last: a signal in between sees an
  // empty string, never a half-written one.
  let bytes = Array(temporary.utf8CString.prefix(4095).dropLast())
  for (i, c) in bytes.enumerated().dropFirst() { pendingTemporary[i] = c }
  pendingTemporary[bytes.count] = 0
  pendingTemporary[0] = bytes.first ?? 0
  defer { pendingTemporary[0] = 0 }
  do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
    guard rename(temporary, path) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
  } catch {
    unlink(temporary)
    throw error
  }
}
