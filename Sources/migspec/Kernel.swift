import ArgumentParser
import Foundation
import KernelCheck
import KernelHarness
import KernelTrace

/// `migspec kernel`: boot a real kernel under QEMU, make it migrate pages,
/// and check its tracepoints against folio-6.1.
struct Kernel: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Boot a Linux kernel under QEMU with two NUMA nodes, run the migration workload, check its trace against folio-6.1.",
    discussion: """
      Set-up is included: missing Debian packages (qemu-system-x86, busybox-static, cpio, gcc) are installed \
      with apt-get, and without --kernel the current Debian kernel (linux-image-amd64's dependency) is \
      downloaded once into the cache ($MIGSPEC_CACHE, else ~/.cache/migspec). The console capture is saved \
      (--save) and can be checked again without booting (--capture). Exit status: 0 when every scenario \
      conforms, 1 at a divergence (the capture line is named), 2 on a harness failure or bad input.
      """)

  static let allScenarios = ["move-pages", "fork-in-migration", "migrate-pages", "compact"]

  @Option(help: "A bzImage to boot (your own build: arch/x86/boot/bzImage) instead of Debian's kernel.")
  var kernel: String?

  @Option(help: "Check this saved console capture instead of booting.")
  var capture: String?

  @Option(help: "Comma-separated scenarios: \(allScenarios.joined(separator: ", ")).")
  var scenarios: String = allScenarios.joined(separator: ",")

  @Option(help: "Rounds per scenario (each with different timing).")
  var rounds: Int = 3

  @Option(help: "Where the console capture is saved.")
  var save: String = ".build/migspec-kernel/console.txt"

  @Option(help: "Where the initramfs is built.")
  var workDir: String = ".build/migspec-kernel"

  @Option(help: "The workload's C source.")
  var workloadSource: String?

  @Option(help: "SWP_MIGRATION_READ of the kernel's build (27 for Debian's 6.1; 23 with CONFIG_DEVICE_PRIVATE=y).")
  var swpMigrationRead: Int = X86PTE.Layout.debian61.migrationRead

  @Option(help: "SWP_PFN_BITS: 34 under 4-level paging (QEMU's default CPU), 40 with 5-level.")
  var pfnBits: Int = X86PTE.Layout.debian61.pfnBits

  @Option(help: "Seconds allowed from QEMU's start to the guest's \"booted\" line.")
  var bootTimeout: Double = 120

  @Option(help: "Seconds allowed for each scenario, workload and trace dump.")
  var scenarioTimeout: Double = 240

  @Flag(help: "Print one JSON object per scenario instead of text.")
  var json = false

  @Flag(help: "Skip the apt-get set-up.")
  var noSetup = false

  func validate() throws {
    for s in scenarios.split(separator: ",") where !Self.allScenarios.contains(String(s)) {
      throw ValidationError("unknown scenario \"\(s)\"; expected some of: \(Self.allScenarios.joined(separator: ", "))")
    }
    if !(1...50).contains(rounds) { throw ValidationError("--rounds: expected 1...50, got \(rounds)") }
    if !(1...29).contains(swpMigrationRead) { throw ValidationError("--swp-migration-read: expected 1...29 (three types follow it, below 32)") }
    if !(20...52).contains(pfnBits) { throw ValidationError("--pfn-bits: expected 20...52") }
    if capture != nil && kernel != nil { throw ValidationError("--capture checks a saved console and boots nothing: drop --kernel") }
    if bootTimeout <= 0 || scenarioTimeout <= 0 { throw ValidationError("time limits must be positive") }
  }

  func run() throws {
    let layout = X86PTE.Layout(migrationRead: swpMigrationRead, pfnBits: pfnBits)
    let text: String, file: String
    if let capture {
      do { text = try String(contentsOfFile: capture, encoding: .utf8) } catch {
        warn("\(capture): error: cannot read: \(error.localizedDescription)")
        throw Exit.badInput
      }
      file = capture
    } else {
      do { text = try boot() } catch {
        warn("migspec kernel: error: \(error)")
        throw Exit.badInput
      }
      file = save
    }
    let parsed: KernelCapture
    do { parsed = try KernelCapture.parse(text, file: file) } catch {
      warn(error.description)
      throw Exit.badInput
    }
    if parsed.kernelRelease == nil {
      warn("\(file): error: no \"migspec: booted\" line: not a migspec kernel capture")
      throw Exit.badInput
    }
    if parsed.scenarios.isEmpty {
      warn("\(file): error: no scenario ran (no \"migspec: scenario … begin\" line)")
      throw Exit.badInput
    }
    if !json {
      let probes = parsed.kprobes.map { "\($0.definition.split(separator: " ").first.map { $0.split(separator: "/").last ?? $0 } ?? "?") \($0.ok ? "on" : "UNAVAILABLE")" }
      print("kernel \(parsed.kernelRelease ?? "?"), \(parsed.numaNodes ?? 0) NUMA node(s); kprobes: \(probes.isEmpty ? "none" : probes.joined(separator: ", "))")
      if parsed.kprobes.contains(where: { !$0.ok }) {
        print("  (without a kprobe, forks or exits during a migration are invisible and their extra or missing restores diverge)")
      }
    }
    var checker = KernelConformance()
    var failed = false
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for scenario in parsed.scenarios {
      let report = checker.check(scenario, layout: layout)
      failed = failed || !report.conforms
      let dataChecks = scenario.workload.compactMap { $0.text.split(separator: " ").first { $0.hasPrefix("checks=") }.flatMap { Int($0.dropFirst(7)) } }.reduce(0, +)
      if json {
        var obj: [String: Any] = ["scenario": report.name, "conforms": report.conforms, "folios_migrated": report.foliosMigrated,
                                  "attempts": report.attempts, "calls": report.calls, "events_checked": report.eventsChecked, "data_checks": dataChecks, "unchecked_attempts": report.unchecked,
                                  "attempts_with_extra_restores": report.extraRestores, "attempts_with_missing_restores": report.missingRestores]
        if let d = report.divergence {
          obj["divergence"] = ["file": file, "line": d.line, "text": d.line > 0 && d.line <= lines.count ? String(lines[d.line - 1]) : "", "message": d.message, "allowed": report.allowed]
        }
        let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
      } else if let d = report.divergence {
        print("\(report.name): DIVERGES at \(file):\(d.line): \(d.line > 0 && d.line <= lines.count ? lines[d.line - 1].trimmingCharacters(in: .whitespaces) : "")")
        print("  \(d.message)")
        if !report.allowed.isEmpty { print("  folio-6.1 allowed instead: \(report.allowed.joined(separator: "; "))") }
      } else {
        print("\(report.name): conforms: \(report.foliosMigrated) folios migrated in \(report.attempts) attempts (\(report.calls) migrate_pages calls), \(report.eventsChecked) events checked (\(report.extraRestores) with a fork's extra restore, \(report.missingRestores) with an exit's zapped entry), \(dataChecks) data checks passed\(report.unchecked > 0 ? "; \(report.unchecked) attempts beyond the model's bound not checked" : "")")
      }
    }
    if !json { print("(\(checker.modelsBuilt) folio-6.1 configurations checked; capture: \(file))") }
    if failed { throw Exit.unexpected }
  }

  /// Set-up, kernel, initramfs, QEMU; returns the console text (also saved).
  func boot() throws(HarnessError) -> String {
    let log: (String) -> Void = { warn("migspec kernel: \($0)") }
    if !noSetup { try Shell.ensurePackages(["qemu-system-x86", "busybox-static", "cpio", "gcc", "file"], log: log) }
    guard Shell.has("qemu-system-x86_64") else { throw HarnessError("QEMU missing: qemu-system-x86_64 is not on PATH (apt-get install qemu-system-x86)") }
    let image: String
    if let kernel { image = try KernelImage.validate(path: kernel) } else { image = try KernelImage.debian(log: log) }
    let source = try workloadPath()
    let dir = URL(fileURLWithPath: workDir).standardizedFileURL.path
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let saveDir = (save as NSString).deletingLastPathComponent
    if !saveDir.isEmpty { try? FileManager.default.createDirectory(atPath: saveDir, withIntermediateDirectories: true) }
    let initrd = try Guest.buildInitramfs(workloadSource: source, scenarios: scenarios.split(separator: ",").map(String.init), rounds: rounds, dir: dir)
    var qemu = QEMU(kernel: image, initrd: initrd)
    qemu.timeouts.boot = bootTimeout
    qemu.timeouts.scenario = scenarioTimeout
    log("booting \(image) (QEMU TCG, 2 CPUs, 2 NUMA nodes)")
    let start = Date()
    let text = try qemu.run { line in warn("  [\(String(format: "%5.1f", Date().timeIntervalSince(start))) s] \(line)") }
    do { try text.write(toFile: save, atomically: true, encoding: .utf8) } catch { throw HarnessError("cannot save the capture to \(save): \(error.localizedDescription)") }
    log("console saved to \(save) (\(text.split(whereSeparator: \.isNewline).count) lines, \(String(format: "%.1f", Date().timeIntervalSince(start))) s)")
    return text
  }

  /// The workload source: --workload-source, else implementations/kernel/workload.c here or beside the binary's checkout.
  func workloadPath() throws(HarnessError) -> String {
    if let w = workloadSource { return w }
    let rel = "implementations/kernel/workload.c"
    var candidates = [rel]
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<5 {
      candidates.append(dir.appendingPathComponent(rel).path)
      dir = dir.deletingLastPathComponent()
    }
    guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
      throw HarnessError("cannot find the workload source \(rel) (run from the migspec checkout or give --workload-source)")
    }
    return found
  }
}
