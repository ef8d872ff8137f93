import Foundation
import Testing
@testable import KernelHarness
@testable import KernelTrace

/// The harness pieces that need no boot: QEMU's arguments, the trace disk's
/// format and the capture assembled from it, stage naming at a time limit
/// (with a stand-in QEMU), the guest script, module collection, and the
/// capture's kernel facts.
@Suite struct KernelHarnessTests {
  static func tempDir(_ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("migspec-harness-\(name)-\(getpid())")
    try? FileManager.default.removeItem(at: dir)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// A record as the guest's init writes it: text from sector `at`+1, then the header at `at`.
  static func writeRecord(_ disk: String, at sector: Int, scenario: String, text: String) throws -> Int {
    let h = try #require(FileHandle(forUpdatingAtPath: disk))
    defer { try? h.close() }
    try h.seek(toOffset: UInt64((sector + 1) * 512))
    h.write(Data(text.utf8))
    var header = Data("migspec-record \(scenario) \(text.utf8.count)\n".utf8)
    header.append(Data(count: 512 - header.count))
    try h.seek(toOffset: UInt64(sector * 512))
    h.write(header)
    return sector + 1 + (text.utf8.count + 511) / 512
  }

  @Test func qemuArguments() {
    var q = QEMU(kernel: "/k", initrd: "/i")
    #expect(!q.arguments.contains("-drive"))
    #expect(q.arguments[q.arguments.firstIndex(of: "-append")! + 1] == "console=ttyS0 quiet loglevel=1 panic=-1")
    q.disk = "/tmp/a,b/trace.img"
    q.append = "preempt=full threadirqs"
    let a = q.arguments
    #expect(a[a.firstIndex(of: "-drive")! + 1] == "file=/tmp/a,,b/trace.img,format=raw,if=virtio")
    #expect(a[a.firstIndex(of: "-append")! + 1] == "console=ttyS0 quiet loglevel=1 panic=-1 preempt=full threadirqs")
    #expect(a.contains("-nodefaults") && a.contains("node,nodeid=0,cpus=0,memdev=m0"))
  }

  @Test func traceDiskRecords() throws {
    let dir = try Self.tempDir("disk")
    defer { try? FileManager.default.removeItem(at: dir) }
    let disk = dir.appendingPathComponent("t.img").path
    try TraceDisk.create(path: disk, megabytes: 1)
    #expect(TraceDisk.read(path: disk).isEmpty)
    #expect(try FileManager.default.attributesOfItem(atPath: disk)[.size] as? Int == 1 << 20)
    let long = String(repeating: "x", count: 700) + "\n"
    var next = try Self.writeRecord(disk, at: 1, scenario: "move-pages", text: "# tracer: nop\n" + long)
    #expect(next == 1 + 1 + 2)
    next = try Self.writeRecord(disk, at: next, scenario: "compact", text: "")
    let rs = TraceDisk.read(path: disk)
    #expect(rs == [.init(scenario: "move-pages", text: "# tracer: nop\n" + long), .init(scenario: "compact", text: "")])
    // A header claiming more than the disk holds ends the list; so does a disk without the label.
    var data = try Data(contentsOf: URL(fileURLWithPath: disk))
    var bad = Data("migspec-record migrate-pages 99999999\n".utf8)
    bad.append(Data(count: 512 - bad.count))
    data.replaceSubrange((next * 512)..<((next + 1) * 512), with: bad)
    #expect(TraceDisk.records(data).count == 2)
    data.replaceSubrange(0..<7, with: Data("garbage".utf8))
    #expect(TraceDisk.records(data).isEmpty)
    #expect(TraceDisk.read(path: dir.appendingPathComponent("missing.img").path).isEmpty)
  }

  @Test func assembledCaptureReadsLikeAConsoleOne() throws {
    let console = [
      "migspec: booted 6.12.117+deb12-amd64 nodes=2", "migspec: cpu la57=0",
      "migspec: config config-6.12.117+deb12-amd64 CONFIG_MIGRATION=y CONFIG_MEMORY_FAILURE=y CONFIG_DEVICE_PRIVATE=n CONFIG_PTE_MARKER=n CONFIG_X86_5LEVEL=y",
      "migspec: trace disk /dev/vda",
      "migspec: scenario move-pages begin", "migspec-workload: move-pages result=ok processes=3 checks=8 failures=0",
      "migspec: scenario move-pages exit=0", "migspec: trace saved move-pages bytes=200",
      // The console lost compact's "trace saved" line: its record goes after its exit line.
      "migspec: scenario compact begin", "migspec: scenario compact exit=0",
      "migspec: done", "",
    ].joined(separator: "\r\n")
    let event = " migspec-workloa-153     [000] ...1.     2.897749: set_migration_pte: addr=7f9bf8339000, pte=e7ffe7fffe038602 order=0"
    let text = TraceDisk.assemble(console: console, records: [
      .init(scenario: "move-pages", text: "# tracer: nop\n\(event)\n"), .init(scenario: "compact", text: "# tracer: nop\n"),
      .init(scenario: "migrate-pages", text: "# tracer: nop\n"),
    ])
    let lines = text.components(separatedBy: "\r\n")
    #expect(Array(lines[7...11]) == ["migspec: trace saved move-pages bytes=200", "migspec: trace begin move-pages", "# tracer: nop", event, "migspec: trace end move-pages"])
    #expect(Array(lines[13...16]) == ["migspec: scenario compact exit=0", "migspec: trace begin compact", "# tracer: nop", "migspec: trace end compact"])
    // A record the console never mentions goes at the end.
    #expect(lines.suffix(5) == ["migspec: scenario migrate-pages begin (not on the console: its trace is from the trace disk)",
                                "migspec: trace begin migrate-pages", "# tracer: nop", "migspec: trace end migrate-pages", ""])
    let c = try KernelCapture.parse(text, file: "assembled")
    #expect(c.scenarios.map(\.name) == ["move-pages", "compact", "migrate-pages"])
    #expect(c.scenarios[0].events.map(\.line) == [11] && c.scenarios[0].traceBegin == 9 && c.scenarios[0].traceEnd == 12)
    #expect(c.la57 == false && c.configSource == "config-6.12.117+deb12-amd64" && c.config?.enabled("CONFIG_MEMORY_FAILURE") == true)
    let l = try c.layout()
    #expect(l.layout == .debian612 && l.source == .config("config-6.12.117+deb12-amd64") && l.types?.migrationRead == 28)
  }

  @Test func captureLayoutSources() throws {
    var c = try KernelCapture.parse("migspec: booted 6.1.0-56-amd64 nodes=2\n", file: "c")
    #expect(try c.layout().layout == .debian61 && c.layout().source == .assumedDebian)
    c = try KernelCapture.parse("migspec: booted 6.12.1 nodes=2\nmigspec: layout SWP_MIGRATION_READ=23\n", file: "c")
    #expect(try c.layout().layout == X86PTE.Layout(migrationRead: 23, pfnBits: 34, savedDirty: true) && c.layout().source == .bootOverride)
    c = try KernelCapture.parse("migspec: booted 5.10.0-30-amd64 nodes=2\n", file: "c")
    #expect(throws: SwapTypes.Unknown.self) { try c.layout() }
  }

  @Test func stagesAreNamedByTheLastMarker() {
    #expect(QEMU.stage(afterMarker: nil) == "boot (no migspec marker yet)")
    #expect(QEMU.stage(afterMarker: "booted 6.12.117+deb12-amd64 nodes=2").hasPrefix("set-up after boot"))
    #expect(QEMU.stage(afterMarker: "kprobe ok: p:migspec/exit_mmap exit_mmap mm=%di:x64").hasPrefix("set-up after boot"))
    #expect(QEMU.stage(afterMarker: "scenario compact begin") == "scenario compact (its workload)")
    #expect(QEMU.stage(afterMarker: "scenario compact exit=0") == "scenario compact (saving its trace, workload exit=0)")
    #expect(QEMU.stage(afterMarker: "trace begin compact") == "scenario compact (dumping its trace on the console)")
    #expect(QEMU.stage(afterMarker: "trace saved compact bytes=10") == "after scenario compact's trace (before the next scenario)")
    #expect(QEMU.stage(afterMarker: "done") == "power-off")
  }

  /// A stand-in QEMU that boots, saves one scenario's trace to the disk it is
  /// given, then hangs in the next workload: the time limit names that stage,
  /// and the console and the saved record survive.
  @Test func timeLimitKeepsWhatWasCaptured() throws {
    let dir = try Self.tempDir("hang")
    defer { try? FileManager.default.removeItem(at: dir) }
    let disk = dir.appendingPathComponent("trace.img").path
    try TraceDisk.create(path: disk, megabytes: 1)
    let script = dir.appendingPathComponent("qemu").path
    try """
      #!/bin/sh
      disk=; while [ $# -gt 0 ]; do [ "$1" = -drive ] && disk=$(echo "$2" | sed 's/^file=//; s/,format=.*//'); shift; done
      echo "migspec: booted 6.12.117+deb12-amd64 nodes=2"
      echo "migspec: scenario move-pages begin"
      echo "migspec: scenario move-pages exit=0"
      printf '# tracer: nop\\n' | dd of="$disk" bs=512 seek=2 conv=notrunc 2>/dev/null
      printf 'migspec-record move-pages 14\\n' | dd of="$disk" bs=512 seek=1 conv=sync,notrunc 2>/dev/null
      echo "migspec: trace saved move-pages bytes=14"
      echo "migspec: scenario compact begin"
      exec sleep 30
      """.write(toFile: script, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
    var q = QEMU(kernel: "/k", initrd: "/i")
    q.binary = script
    q.disk = disk
    q.timeouts.scenario = 1
    var seen: [String] = []
    let start = Date()
    let o = q.collect { seen.append($0) }
    #expect(Date().timeIntervalSince(start) < 10)
    let f = try #require(o.failure)
    #expect(f.description.hasPrefix("timed out after 1 s in scenario compact (its workload); the guest's last marker: \"migspec: scenario compact begin\""))
    #expect(o.lastMarker == "scenario compact begin" && seen.last == "migspec: scenario compact begin")
    #expect(o.console.contains("migspec: trace saved move-pages bytes=14"))
    #expect(TraceDisk.read(path: disk) == [.init(scenario: "move-pages", text: "# tracer: nop\n")])
  }

  /// QEMU exiting after boot but before `migspec: done` (a panic, a crash) is a failure naming the stage.
  @Test func earlyExitAfterBootNamesTheStage() throws {
    let dir = try Self.tempDir("exit")
    defer { try? FileManager.default.removeItem(at: dir) }
    let script = dir.appendingPathComponent("qemu").path
    try "#!/bin/sh\necho 'migspec: booted 6.1.0-56-amd64 nodes=2'\necho 'migspec: scenario migrate-pages begin'\necho 'Kernel panic - not syncing'\nexit 0\n"
      .write(toFile: script, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
    var q = QEMU(kernel: "/k", initrd: "/i")
    q.binary = script
    let o = q.collect { _ in }
    #expect(o.failure?.description.contains("exited (status 0) in scenario migrate-pages (its workload), before \"migspec: done\"") == true)
    #expect(o.failure?.description.contains("Kernel panic") == true)
  }

  @Test func guestScriptWithFactsAndModules() {
    let s = Guest.initScript(scenarios: ["compact"], rounds: 1, facts: ["migspec: config config-x CONFIG_MIGRATION=y"], modules: ["virtio", "virtio_blk"])
    #expect(s.contains("\necho 'migspec: config config-x CONFIG_MIGRATION=y'\n"))
    #expect(s.contains("for m in virtio virtio_blk; do") && s.contains("insmod /lib/migspec/$m.ko"))
    #expect(s.contains("D=/dev/vda") && s.contains("conv=notrunc,fsync") && s.contains("echo \"migspec: trace saved $s bytes=$n\""))
    // Without the disk, the trace goes to the console between the old markers.
    #expect(s.contains("echo \"migspec: trace begin $s\"") && s.contains("echo \"migspec: trace end $s\""))
    #expect(s.contains("grep -qw la57 /proc/cpuinfo"))
    #expect(Guest.initScript(scenarios: ["compact"], rounds: 1).contains("for m in \"\"; do"))
  }

  /// `--kernel DIR/vmlinuz-R` finds `config-R` and the cached `modules-R/`
  /// beside it (a package's /boot, or migspec's own cache).
  @Test func configAndModulesBesideAVmlinuz() throws {
    let dir = try Self.tempDir("beside")
    defer { try? FileManager.default.removeItem(at: dir) }
    let image = dir.appendingPathComponent("vmlinuz-6.12.9-test").path
    FileManager.default.createFile(atPath: image, contents: Data())
    var b = KernelImage.beside(image: image)
    #expect(b.config == nil && b.modules.isEmpty)
    FileManager.default.createFile(atPath: dir.appendingPathComponent("config-6.12.9-test").path, contents: Data("CONFIG_MIGRATION=y\n".utf8))
    let mods = dir.appendingPathComponent("modules-6.12.9-test")
    try FileManager.default.createDirectory(at: mods, withIntermediateDirectories: true)
    try "virtio_pci\nvirtio_blk\n".write(to: mods.appendingPathComponent("order"), atomically: true, encoding: .utf8)
    b = KernelImage.beside(image: image)
    #expect(b.config == dir.appendingPathComponent("config-6.12.9-test").path)
    #expect(b.modules == [mods.appendingPathComponent("virtio_pci.ko").path, mods.appendingPathComponent("virtio_blk.ko").path])
    // A build tree's bzImage has neither.
    #expect(KernelImage.beside(image: dir.appendingPathComponent("bzImage").path).modules.isEmpty)
  }

  @Test func modulesWithTheirDependencies() throws {
    let dir = try Self.tempDir("modules")
    defer { try? FileManager.default.removeItem(at: dir) }
    let tree = dir.appendingPathComponent("lib/modules/6.1.0-57-amd64/kernel")
    for sub in ["drivers/block", "drivers/virtio"] { try FileManager.default.createDirectory(at: tree.appendingPathComponent(sub), withIntermediateDirectories: true) }
    func ko(_ path: String, depends: String) throws {
      var d = Data([0x7f, 0x45, 0x4c, 0x46])
      d.append(Data("\0license=GPL\0depends=\(depends)\0vermagic=6.1\0".utf8))
      try d.write(to: tree.appendingPathComponent(path))
    }
    try ko("drivers/block/virtio_blk.ko", depends: "virtio,virtio_ring")
    try ko("drivers/virtio/virtio_ring.ko", depends: "")
    try ko("drivers/virtio/virtio.ko", depends: "")
    try ko("drivers/virtio/virtio_pci.ko", depends: "virtio_pci_modern_dev,virtio,virtio_ring")
    try ko("drivers/virtio/virtio_pci_modern_dev.ko", depends: "")
    // A compressed one, as 6.12's package ships them.
    _ = try Shell.must(["xz", tree.appendingPathComponent("drivers/virtio/virtio_pci_modern_dev.ko").path], what: "xz")
    let out = dir.appendingPathComponent("out").path
    let order = try Modules.collect(["virtio_blk", "virtio_pci", "built_in"], tree: dir.appendingPathComponent("lib/modules/6.1.0-57-amd64").path, into: out)
    #expect(order == ["virtio", "virtio_ring", "virtio_blk", "virtio_pci_modern_dev", "virtio_pci"])
    let plain = try Data(contentsOf: URL(fileURLWithPath: out + "/virtio_pci_modern_dev.ko"))
    #expect(plain.prefix(4) == Data([0x7f, 0x45, 0x4c, 0x46]))
    #expect(Modules.dependencies(Data("x\0depends=\0".utf8)) == [])
    #expect(KernelImage.metaPackage(series: "6.1") == "linux-image-amd64" && KernelImage.metaPackage(series: "6.12") == "linux-image-6.12-amd64")
    #expect(KernelImage.metaPackage(series: "6.12-rt") == "linux-image-6.12-rt-amd64")
  }
}
