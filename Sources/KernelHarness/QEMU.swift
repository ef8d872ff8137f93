import Foundation

/// Boots a kernel under QEMU (TCG) with two NUMA nodes and collects the
/// serial console, with a time limit on every stage.
public struct QEMU {
  public struct Timeouts: Sendable {
    /// From start to `migspec: booted`.
    public var boot: Double = 120
    /// From one scenario's start to the end of its trace.
    public var scenario: Double = 240
    /// From the last trace to power-off.
    public var shutdown: Double = 60
    public init() {}
  }

  public var kernel: String
  public var initrd: String
  public var memoryMB = 512
  public var timeouts = Timeouts()
  public var binary = "qemu-system-x86_64"

  public init(kernel: String, initrd: String) { self.kernel = kernel; self.initrd = initrd }

  public var arguments: [String] {
    let half = memoryMB / 2
    return [binary, "-m", "\(memoryMB)", "-smp", "2",
            "-object", "memory-backend-ram,id=m0,size=\(half)M", "-object", "memory-backend-ram,id=m1,size=\(half)M",
            "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
            "-kernel", kernel, "-initrd", initrd,
            "-append", "console=ttyS0 quiet loglevel=1 panic=-1",
            "-nographic", "-no-reboot", "-nodefaults", "-serial", "stdio"]
  }

  /// Boots, waits for the guest to finish, returns the console text. `progress` sees each marker line.
  public func run(progress: (String) -> Void) throws(HarnessError) -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    p.standardInput = FileHandle.nullDevice
    let buffer = ConsoleBuffer()
    pipe.fileHandleForReading.readabilityHandler = { h in
      let d = h.availableData
      if d.isEmpty { h.readabilityHandler = nil } else { buffer.append(d) }
    }
    do { try p.run() } catch { throw HarnessError("cannot start \(binary): \(error.localizedDescription)") }
    var stage = "boot", deadline = Date().addingTimeInterval(timeouts.boot), seen = 0
    func fail(_ why: String) -> HarnessError {
      p.terminate()
      let tail = buffer.text.split(whereSeparator: \.isNewline).suffix(12).joined(separator: "\n")
      return HarnessError("\(why)\nlast console lines:\n\(tail)")
    }
    while p.isRunning {
      Thread.sleep(forTimeInterval: 0.1)
      let lines = buffer.lines()
      while seen < lines.count {
        let l = lines[seen]
        seen += 1
        guard let m = l.range(of: "migspec: ") else { continue }
        let marker = String(l[m.lowerBound...])
        if marker.hasPrefix("migspec: booted") || marker.hasPrefix("migspec: scenario") && marker.hasSuffix("begin") {
          stage = marker.hasPrefix("migspec: booted") ? "the first scenario" : String(marker.dropFirst(9))
          deadline = Date().addingTimeInterval(timeouts.scenario)
        } else if marker.hasPrefix("migspec: done") {
          stage = "power-off"
          deadline = Date().addingTimeInterval(timeouts.shutdown)
        }
        if !marker.hasPrefix("migspec: kprobe ok") { progress(marker) }
      }
      if Date() > deadline {
        let what = stage == "boot" ? "boot hang: no \"migspec: booted\" within \(Int(timeouts.boot)) s (does the kernel have a serial console on ttyS0 and initramfs support?)"
          : "timed out after \(Int(stage == "power-off" ? timeouts.shutdown : timeouts.scenario)) s in \(stage)"
        throw fail(what)
      }
    }
    p.waitUntilExit()
    pipe.fileHandleForReading.readabilityHandler = nil
    let rest = pipe.fileHandleForReading.readDataToEndOfFile()
    buffer.append(rest)
    let text = buffer.text
    if !text.contains("migspec: booted") {
      let tail = text.split(whereSeparator: \.isNewline).suffix(12).joined(separator: "\n")
      throw HarnessError("QEMU exited (status \(p.terminationStatus)) before the guest booted:\n\(tail)")
    }
    return text
  }
}

/// Console bytes arriving on QEMU's reader thread.
final class ConsoleBuffer: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  func append(_ d: Data) { lock.lock(); data.append(d); lock.unlock() }
  var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
  /// Complete lines so far.
  func lines() -> [Substring] {
    let t = text
    var ls = t.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    ls.removeLast()
    return ls
  }
}
