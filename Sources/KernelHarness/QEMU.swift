import Foundation

/// Boots a kernel under QEMU (TCG) with two NUMA nodes and collects the
/// serial console, with a time limit on every stage; the guest's traces go to
/// a raw virtio-blk disk (`TraceDisk`) when one is given.
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
  /// A raw image the guest sees as /dev/vda (virtio-blk), for its traces.
  public var disk: String?
  /// Extra kernel command-line arguments (`--append`), after the harness's own.
  public var append: String = ""

  public init(kernel: String, initrd: String) { self.kernel = kernel; self.initrd = initrd }

  /// The kernel command line: a serial console, quiet, no reboot on panic, then `append`.
  public var commandLine: String {
    (["console=ttyS0 quiet loglevel=1 panic=-1"] + (append.isEmpty ? [] : [append])).joined(separator: " ")
  }

  public var arguments: [String] {
    let half = memoryMB / 2
    var args = [binary, "-m", "\(memoryMB)", "-smp", "2",
                "-object", "memory-backend-ram,id=m0,size=\(half)M", "-object", "memory-backend-ram,id=m1,size=\(half)M",
                "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
                "-kernel", kernel, "-initrd", initrd,
                "-append", commandLine,
                "-nographic", "-no-reboot", "-nodefaults", "-serial", "stdio"]
    if let disk {
      // QEMU option values escape a comma by doubling it.
      args += ["-drive", "file=\(disk.replacingOccurrences(of: ",", with: ",,")),format=raw,if=virtio"]
    }
    return args
  }

  /// What a boot left: the console so far, and the failure if a stage did not finish.
  public struct Outcome: Sendable {
    public var console: String
    /// nil when the guest reached `migspec: done` and QEMU exited.
    public var failure: HarnessError?
    /// The last `migspec: …` marker the guest printed (without the prefix).
    public var lastMarker: String?
    /// The stage that marker puts the guest in, in words.
    public var stage: String { QEMU.stage(afterMarker: lastMarker) }
  }

  /// The stage the guest is in after printing `marker` (nil: none yet).
  public static func stage(afterMarker marker: String?) -> String {
    guard let marker else { return "boot (no migspec marker yet)" }
    let w = marker.split(separator: " ").map(String.init)
    switch (w.first, w.count) {
    case ("booted", _), ("cpu", _), ("config", _), ("layout", _), ("module", _), ("kprobe", _), ("tracepoint", _):
      return "set-up after boot (modules, trace disk, kprobes, tracepoints)"
    case ("trace", 3...) where w[1] == "disk":
      return "set-up after boot (kprobes, tracepoints)"
    case ("scenario", 3...) where w[2] == "begin":
      return "scenario \(w[1]) (its workload)"
    case ("scenario", 3...) where w[2].hasPrefix("exit="):
      return "scenario \(w[1]) (saving its trace, workload \(w[2]))"
    case ("trace", 3...) where w[1] == "begin":
      return "scenario \(w[2]) (dumping its trace on the console)"
    case ("trace", 3...) where w[1] == "saved" || w[1] == "end":
      return "after scenario \(w[2])'s trace (before the next scenario)"
    case ("trace", 3...) where w[1] == "disk" && w[2] == "write":
      return "scenario \(w.last ?? "?") (dumping its trace on the console after a disk write failed)"
    case ("done", _):
      return "power-off"
    default:
      return "after \"migspec: \(marker)\""
    }
  }

  /// Boots, waits for the guest to finish, returns the console text. `progress` sees each marker line.
  public func run(progress: (String) -> Void) throws(HarnessError) -> String {
    let o = collect(progress: progress)
    if let f = o.failure { throw f }
    return o.console
  }

  /// Boots and waits for the guest to finish or a time limit; never throws:
  /// whatever the console got is in the outcome, with the failure if any.
  public func collect(progress: (String) -> Void) -> Outcome {
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
    do { try p.run() } catch { return Outcome(console: "", failure: HarnessError("cannot start \(binary): \(error.localizedDescription)"), lastMarker: nil) }
    var stage = "boot", deadline = Date().addingTimeInterval(timeouts.boot), seen = 0
    var lastMarker: String? = nil
    func fail(_ why: String) -> Outcome {
      p.terminate()
      // QEMU stops on SIGTERM (its disk writes are in the image once it is gone); one
      // that ignores it (SIG_IGN is inherited) gets SIGKILL after 2 s. Foundation
      // counts a process as running until its output pipe closes, which a
      // grandchild may hold: the wait is bounded.
      func wait(_ seconds: Double) {
        let until = Date().addingTimeInterval(seconds)
        while p.isRunning && Date() < until { Thread.sleep(forTimeInterval: 0.05) }
      }
      wait(2)
      if p.isRunning { Glibc.kill(p.processIdentifier, SIGKILL); wait(1) }
      // Let the reader take what QEMU wrote last (not to the pipe's end: another
      // process started meanwhile may hold its write end).
      Thread.sleep(forTimeInterval: 0.2)
      pipe.fileHandleForReading.readabilityHandler = nil
      let text = buffer.text
      let tail = text.split(whereSeparator: \.isNewline).suffix(12).joined(separator: "\n")
      let reached = lastMarker.map { "; the guest's last marker: \"migspec: \($0)\"" } ?? ""
      return Outcome(console: text, failure: HarnessError("\(why)\(reached)\nlast console lines:\n\(tail)"), lastMarker: lastMarker)
    }
    while p.isRunning {
      Thread.sleep(forTimeInterval: 0.1)
      let lines = buffer.lines()
      while seen < lines.count {
        let l = lines[seen]
        seen += 1
        guard let m = l.range(of: "migspec: ") else { continue }
        let marker = String(l[m.lowerBound...])
        lastMarker = String(marker.dropFirst(9)).trimmingCharacters(in: .whitespacesAndNewlines)
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
        let what = stage == "boot" ? "boot hang: no \"migspec: booted\" within \(String(format: "%g", timeouts.boot)) s (does the kernel have a serial console on ttyS0 and initramfs support?)"
          : "timed out after \(String(format: "%g", stage == "power-off" ? timeouts.shutdown : timeouts.scenario)) s in \(stage == "power-off" ? "power-off" : QEMU.stage(afterMarker: lastMarker))"
        return fail(what)
      }
    }
    p.waitUntilExit()
    pipe.fileHandleForReading.readabilityHandler = nil
    let rest = pipe.fileHandleForReading.readDataToEndOfFile()
    buffer.append(rest)
    let text = buffer.text
    // Markers that arrived with QEMU's exit.
    for l in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).dropFirst(seen) {
      guard let m = l.range(of: "migspec: ") else { continue }
      let marker = String(l[m.lowerBound...])
      lastMarker = String(marker.dropFirst(9)).trimmingCharacters(in: .whitespacesAndNewlines)
      if !marker.hasPrefix("migspec: kprobe ok") { progress(marker) }
    }
    if !text.contains("migspec: booted") {
      let tail = text.split(whereSeparator: \.isNewline).suffix(12).joined(separator: "\n")
      return Outcome(console: text, failure: HarnessError("QEMU exited (status \(p.terminationStatus)) before the guest booted:\n\(tail)"), lastMarker: lastMarker)
    }
    if lastMarker != "done" {
      let tail = text.split(whereSeparator: \.isNewline).suffix(12).joined(separator: "\n")
      return Outcome(console: text, failure: HarnessError("QEMU exited (status \(p.terminationStatus)) in \(QEMU.stage(afterMarker: lastMarker)), before \"migspec: done\"; the guest's last marker: \"migspec: \(lastMarker ?? "")\"\nlast console lines:\n\(tail)"), lastMarker: lastMarker)
    }
    return Outcome(console: text, failure: nil, lastMarker: lastMarker)
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
