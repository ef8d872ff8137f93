import ArgumentParser
import Foundation
import KernelCheck
import KernelHarness
import KernelTrace
import MigrationModel

/// `migspec kernel`: boot a real kernel under QEMU, make it migrate pages,
/// and check its tracepoints against the model of its version (folio-6.1 up
/// to 6.2, folio-6.12 from 6.3 on; `--model` overrides).
struct Kernel: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Boot a Linux kernel under QEMU with two NUMA nodes, run the migration workload, check its trace against the model of its version (folio-6.1 or folio-6.12).",
    discussion: """
      Set-up is included: missing Debian packages (qemu-system-x86, busybox-static, cpio, gcc) are installed \
      with apt-get, and without --kernel Debian's current kernel of the --debian series (6.1: linux-image-amd64's \
      dependency; 6.12: linux-image-6.12-amd64's) is downloaded once into the cache ($MIGSPEC_CACHE, else \
      ~/.cache/migspec), with its config and its virtio-blk modules. The guest writes each scenario's trace to a \
      raw virtio disk, read after power-off (or after a time limit); the capture, in console format with the \
      kernel release and config facts, is saved (--save) and can be checked again without booting (--capture): \
      the PTE layout and the model follow from it. Exit status: 0 when every scenario conforms, 1 at a \
      divergence (the capture line is named), 2 on a harness failure or bad input.
      """)

  static let allScenarios = ["move-pages", "fork-in-migration", "migrate-pages", "compact"]
  static let models = KernelConformance.models

  @Option(help: "A bzImage to boot (your own build: arch/x86/boot/bzImage) instead of Debian's kernel.")
  var kernel: String?

  @Option(help: "The config of --kernel, for the PTE layout (default: config-R beside a vmlinuz-R, else .config of its build tree, if there).")
  var kernelConfig: String?

  @Option(help: "Debian's kernel series to boot: 6.1 (bookworm's linux-image-amd64) or 6.12 (linux-image-6.12-amd64; also 6.12-rt, 6.12-cloud).")
  var debian: String = "6.1"

  @Option(help: "Extra kernel command-line arguments.")
  var append: String = ""

  @Option(help: "The model to check against: folio-6.1 or folio-6.12 (default: by the kernel release, 6.3 and later folio-6.12).")
  var model: String?

  @Option(help: "Check this saved console capture instead of booting.")
  var capture: String?

  @Option(help: "Comma-separated scenarios: \(allScenarios.joined(separator: ", ")).")
  var scenarios: String = allScenarios.joined(separator: ",")

  @Option(parsing: .unconditional, help: "Rounds per scenario (each with different timing).")
  var rounds: Int = 3

  @Option(help: "Where the console capture is saved.")
  var save: String = ".build/migspec-kernel/console.txt"

  @Option(help: "Where the initramfs is built.")
  var workDir: String = ".build/migspec-kernel"

  @Option(help: "The workload's C source.")
  var workloadSource: String?

  @Option(parsing: .unconditional, help: "Override SWP_MIGRATION_READ (default: derived from the capture's kernel release and config: 27 for Debian's 6.1, 28 for 6.12; 4 lower with CONFIG_DEVICE_PRIVATE=y).")
  var swpMigrationRead: Int?

  @Option(parsing: .unconditional, help: "Override SWP_PFN_BITS (default: 34 under 4-level paging, QEMU's default CPU; 40 with 5-level).")
  var pfnBits: Int?

  @Option(parsing: .unconditional, help: "Seconds allowed from QEMU's start to the guest's \"booted\" line.")
  var bootTimeout: Double = 120

  @Option(parsing: .unconditional, help: "Seconds allowed for each scenario, workload and trace dump.")
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
    if let s = swpMigrationRead, !(1...29).contains(s) { throw ValidationError("--swp-migration-read: expected 1...29 (three types follow it, below 32)") }
    if let p = pfnBits, !(20...52).contains(p) { throw ValidationError("--pfn-bits: expected 20...52") }
    if capture != nil && kernel != nil { throw ValidationError("--capture checks a saved console and boots nothing: drop --kernel") }
    if kernel != nil && debian != "6.1" { throw ValidationError("--debian picks Debian's kernel; --kernel boots your own: give one") }
    if kernelConfig != nil && kernel == nil { throw ValidationError("--kernel-config goes with --kernel (Debian's kernel comes with its config)") }
    if let m = model, !Self.models.contains(m) { throw ValidationError("--model: expected one of \(Self.models.joined(separator: ", ")), got \(m)") }
    if debian.isEmpty || debian.contains(where: { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) { throw ValidationError("--debian: expected a series such as 6.1 or 6.12") }
    if !(bootTimeout.isFinite && bootTimeout > 0 && scenarioTimeout.isFinite && scenarioTimeout > 0) { throw ValidationError("time limits must be positive numbers of seconds") }
  }

  func run() throws {
    let text: String, file: String
    if let capture {
      do { text = try InputText.read(path: capture, limits: .capture, what: "a kernel console capture") } catch {
        warn(error.description)
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
      warn("\(file):1:1: error: no \"migspec: booted\" line: not a migspec kernel capture")
      throw Exit.badInput
    }
    if parsed.scenarios.isEmpty {
      warn("\(file):1:1: error: no scenario ran (no \"migspec: scenario … begin\" line)")
      throw Exit.badInput
    }
    let release = parsed.kernelRelease ?? "?"
    let model = self.model ?? modelName(forKernelRelease: release)
    var layout: X86PTE.Layout, layoutFrom: String
    do {
      let l = try parsed.layout()
      layout = l.layout
      switch l.source {
      case .bootOverride: layoutFrom = "given at boot"
      case .config(let f): layoutFrom = "derived from \(f)"
      case .assumedDebian: layoutFrom = "derived from the release with Debian's config, none in the capture"
      }
    } catch {
      if swpMigrationRead == nil {
        warn("\(file):1:1: error: \(error.description)")
        throw Exit.badInput
      }
      layout = .debian61
      layoutFrom = "given"
    }
    if let s = swpMigrationRead { layout.migrationRead = s; layoutFrom = "--swp-migration-read" }
    if let p = pfnBits { layout.pfnBits = p; layoutFrom += ", --pfn-bits" }
    if !json {
      let probes = parsed.kprobes.map { "\($0.definition.split(separator: " ").first.map { $0.split(separator: "/").last ?? $0 } ?? "?") \($0.ok ? "on" : "UNAVAILABLE")" }
      print("kernel \(release), model \(model), \(parsed.numaNodes ?? 0) NUMA node(s); kprobes: \(probes.isEmpty ? "none" : probes.joined(separator: ", "))")
      print("  migration entries: swap types \(layout.migrationRead) read, \(layout.migrationRead + 1) read-exclusive, \(layout.migrationRead + 2) write; SWP_PFN_BITS \(layout.pfnBits) (\(layoutFrom))")
      if parsed.kprobes.contains(where: { !$0.ok }) {
        print("  (without a kprobe, forks or exits during a migration are invisible and their extra or missing restores diverge)")
      }
    }
    var checker = KernelConformance(model: model)
    var failed = false
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for scenario in parsed.scenarios {
      let report = checker.check(scenario, layout: layout)
      failed = failed || !report.conforms
      let dataChecks = scenario.workload.compactMap { $0.text.split(separator: " ").first { $0.hasPrefix("checks=") }.flatMap { Int($0.dropFirst(7)) } }.reduce(0, +)
      if json {
        var obj: [String: Any] = ["kernel": release, "model": model, "swp_migration_read": layout.migrationRead, "scenario": report.name, "conforms": report.conforms, "folios_migrated": report.foliosMigrated,
                                  "attempts": report.attempts, "calls": report.calls, "batches": report.batches, "largest_batch": report.largestBatch, "events_checked": report.eventsChecked, "data_checks": dataChecks, "unchecked_attempts": report.unchecked,
                                  "attempts_with_extra_restores": report.extraRestores, "attempts_with_missing_restores": report.missingRestores]
        if let d = report.divergence {
          obj["divergence"] = ["file": file, "line": d.line, "text": d.line > 0 && d.line <= lines.count ? String(lines[d.line - 1]) : "", "message": d.message, "allowed": report.allowed]
        }
        let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
      } else if let d = report.divergence {
        print("\(report.name): DIVERGES at \(file):\(d.line): \(d.line > 0 && d.line <= lines.count ? lines[d.line - 1].trimmingCharacters(in: .whitespaces) : "")")
        print("  \(d.message)")
        if !report.allowed.isEmpty { print("  \(model) allowed instead: \(report.allowed.joined(separator: "; "))") }
      } else {
        print("\(report.name): conforms: \(report.foliosMigrated) folios migrated in \(report.attempts) attempts (\(report.calls) migrate_pages calls\(model == "folio-6.12" ? ", \(report.batches) batches of up to \(report.largestBatch) folios" : "")), \(report.eventsChecked) events checked (\(report.extraRestores) with a fork's extra restore, \(report.missingRestores) with an exit's zapped entry), \(dataChecks) data checks passed\(report.unchecked > 0 ? "; \(report.unchecked) attempts beyond the model's bound not checked" : "")")
      }
    }
    if !json { print("(\(checker.modelsBuilt) \(model) configurations checked; capture: \(file))") }
    if failed { throw Exit.unexpected }
  }

  /// Set-up, kernel, initramfs, QEMU with the trace disk; returns the
  /// capture (console with the disk's traces put in, also saved). After a
  /// time limit or an early exit, what was captured is saved before the error.
  func boot() throws(HarnessError) -> String {
    let log: (String) -> Void = { warn("migspec kernel: \($0)") }
    if !noSetup { try Shell.ensurePackages(["qemu-system-x86", "busybox-static", "cpio", "gcc", "file", "xz-utils"], log: log) }
    guard Shell.has("qemu-system-x86_64") else { throw HarnessError("QEMU missing: qemu-system-x86_64 is not on PATH (apt-get install qemu-system-x86)") }
    let target: KernelImage.Boot
    if let kernel {
      var found = KernelImage.beside(image: try KernelImage.validate(path: kernel))
      if let kernelConfig { found.config = kernelConfig }
      target = found
    } else {
      target = try KernelImage.debian(series: debian, log: log)
    }
    var facts: [String] = []
    if let c = target.config {
      guard let text = try? String(contentsOfFile: c, encoding: .utf8) else { throw HarnessError("cannot read the kernel config \(c)") }
      facts.append((["migspec: config", (c as NSString).lastPathComponent] + KernelConfig(parsing: text).layoutFacts).joined(separator: " "))
    } else {
      log("no kernel config (give --kernel-config): the check assumes Debian's for the PTE layout")
    }
    if swpMigrationRead != nil || pfnBits != nil {
      facts.append((["migspec: layout"] + [swpMigrationRead.map { "SWP_MIGRATION_READ=\($0)" }, pfnBits.map { "SWP_PFN_BITS=\($0)" }].compactMap { $0 }).joined(separator: " "))
    }
    let source = try workloadPath()
    let dir = URL(fileURLWithPath: workDir).standardizedFileURL.path
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let saveDir = (save as NSString).deletingLastPathComponent
    if !saveDir.isEmpty { try? FileManager.default.createDirectory(atPath: saveDir, withIntermediateDirectories: true) }
    let initrd = try Guest.buildInitramfs(workloadSource: source, scenarios: scenarios.split(separator: ",").map(String.init), rounds: rounds, dir: dir,
                                          facts: facts, modules: target.modules)
    let disk = dir + "/trace-disk.img"
    try TraceDisk.create(path: disk)
    var qemu = QEMU(kernel: target.image, initrd: initrd)
    qemu.timeouts.boot = bootTimeout
    qemu.timeouts.scenario = scenarioTimeout
    qemu.disk = disk
    qemu.append = append
    log("booting \(target.image) (QEMU TCG, 2 CPUs, 2 NUMA nodes, trace disk \(disk))")
    let start = Date()
    let outcome = qemu.collect { line in warn("  [\(String(format: "%5.1f", Date().timeIntervalSince(start))) s] \(line)") }
    let records = TraceDisk.read(path: disk)
    let text = TraceDisk.assemble(console: outcome.console, records: records)
    do { try writeAtomically(text, to: save) } catch { throw HarnessError("cannot save the capture to \(save): \(error.localizedDescription)") }
    let summary = "\(text.split(whereSeparator: \.isNewline).count) lines, \(records.count) trace(s) from the disk, \(String(format: "%.1f", Date().timeIntervalSince(start))) s"
    if let failure = outcome.failure {
      throw HarnessError("\(failure)\nwhat was captured is saved in \(save) (\(summary)); re-check it with --capture \(save)")
    }
    log("capture saved to \(save) (\(summary))")
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
