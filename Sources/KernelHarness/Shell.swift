import Foundation

/// A failure of the kernel harness, said in words a user can act on.
public struct HarnessError: Error, CustomStringConvertible, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Running host commands.
public enum Shell {
  /// Runs `argv` and returns (status, stdout+stderr). Throws only when the program cannot start.
  @discardableResult
  public static func run(_ argv: [String], in dir: String? = nil, environment: [String: String]? = nil) throws(HarnessError) -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = argv
    if let dir { p.currentDirectoryURL = URL(fileURLWithPath: dir) }
    if let environment { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    do { try p.run() } catch { throw HarnessError("cannot run \(argv[0]): \(error.localizedDescription)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Runs a command that must succeed; the error quotes its output.
  public static func must(_ argv: [String], in dir: String? = nil, what: String) throws(HarnessError) -> String {
    let (status, out) = try run(argv, in: dir)
    guard status == 0 else {
      throw HarnessError("\(what) failed (\(argv.joined(separator: " ")), exit \(status)):\n\(out.split(whereSeparator: \.isNewline).suffix(15).joined(separator: "\n"))")
    }
    return out
  }

  /// Whether `name` is on PATH.
  public static func has(_ name: String) -> Bool {
    (try? run(["sh", "-c", "command -v \(name)"]))?.status == 0
  }

  /// Installs the Debian packages among `packages` that are missing (apt, with sudo when not root).
  public static func ensurePackages(_ packages: [String], log: (String) -> Void) throws(HarnessError) {
    let missing = packages.filter { (try? run(["dpkg", "-s", $0]))?.status != 0 }
    guard !missing.isEmpty else { return }
    log("installing \(missing.joined(separator: " ")) (apt-get)")
    let sudo = getuid() == 0 ? [] : ["sudo"]
    _ = try must(sudo + ["apt-get", "update", "-qq"], what: "apt-get update")
    let (status, out) = try run(sudo + ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq"] + missing)
    guard status == 0 else {
      throw HarnessError("cannot install \(missing.joined(separator: ", ")) with apt-get (exit \(status)); install them by hand:\n\(out.split(whereSeparator: \.isNewline).suffix(10).joined(separator: "\n"))")
    }
  }
}
