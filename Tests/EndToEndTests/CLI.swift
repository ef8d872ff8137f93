import Foundation

/// Runs the built `migspec` binary the way a user would.
enum CLI {
  /// The package root (two levels above this file's directory).
  static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `migspec` executable built next to the test bundle.
  static let binary: URL = {
    var candidates: [URL] = []
    if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    candidates.append(Bundle.main.bundleURL)
    for arg in [CommandLine.arguments.first].compactMap({ $0 }) {
      candidates.append(URL(fileURLWithPath: arg).deletingLastPathComponent())
    }
    candidates.append(root.appendingPathComponent(".build/debug"))
    for dir in candidates {
      var d = dir
      for _ in 0..<4 {
        let c = d.appendingPathComponent("migspec")
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: c.path, isDirectory: &isDir), !isDir.boolValue { return c }
        d = d.deletingLastPathComponent()
      }
    }
    fatalError("migspec binary not found near \(candidates)")
  }()

  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// Runs `migspec args...` in `cwd` (default: the package root).
  static func run(_ args: [String], cwd: URL = root) throws -> Result {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    p.currentDirectoryURL = cwd
    // Output goes to files, so a large output can never block the child.
    let dir = try tempDir()
    let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    try out.close(); try err.close()
    let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
    try? FileManager.default.removeItem(at: dir)
    return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A `migspec` process started and not waited for (to signal it).
  final class Running {
    let process = Process()
    let dir: URL
    let outURL: URL, errURL: URL
    private let out: FileHandle, err: FileHandle

    init(_ args: [String], cwd: URL) throws {
      dir = try CLI.tempDir()
      outURL = dir.appendingPathComponent("stdout"); errURL = dir.appendingPathComponent("stderr")
      FileManager.default.createFile(atPath: outURL.path, contents: nil)
      FileManager.default.createFile(atPath: errURL.path, contents: nil)
      out = try FileHandle(forWritingTo: outURL); err = try FileHandle(forWritingTo: errURL)
      process.executableURL = CLI.binary
      process.arguments = args
      process.currentDirectoryURL = cwd
      process.standardOutput = out
      process.standardError = err
      process.standardInput = FileHandle.nullDevice
      try process.run()
    }

    func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    /// Waits (at most `timeout` seconds) until the process has a handler for
    /// `sig` (Linux: the SigCgt mask of /proc/PID/status), so that a signal
    /// sent next reaches the handler, not the default action, however slowly
    /// a loaded machine starts the process.
    @discardableResult func waitUntilCatching(_ sig: Int32, timeout: Double = 60) -> Bool {
      let deadline = Date().addingTimeInterval(timeout)
      while Date() < deadline && process.isRunning {
        if let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
           let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16),
           mask & (1 << UInt64(sig - 1)) != 0 {
          return true
        }
        Thread.sleep(forTimeInterval: 0.02)
      }
      return false
    }

    /// Waits for the exit; `reason` says whether it exited or a signal ended it.
    func wait() throws -> (result: Result, reason: Process.TerminationReason) {
      process.waitUntilExit()
      try out.close(); try err.close()
      let r = Result(status: process.terminationStatus,
                     stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                     stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
      try? FileManager.default.removeItem(at: dir)
      return (r, process.terminationReason)
    }
  }

  /// Starts `migspec args...` in `cwd` without waiting for it.
  static func start(_ args: [String], cwd: URL = root) throws -> Running { try Running(args, cwd: cwd) }

  /// A fresh temporary directory.
  static func tempDir() throws -> URL {
    let d = FileManager.default.temporaryDirectory.appendingPathComponent("migspec-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
    return d
  }
}
