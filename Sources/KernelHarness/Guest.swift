import Foundation

/// The guest: an initramfs with static busybox, the static workload and an
/// init script that enables the tracepoints and the fork kprobe, runs each
/// scenario, writes its ftrace buffer to the trace disk (or, without one,
/// prints it between markers on the console) and powers off.
public enum Guest {
  /// The tracepoints Linux 6.1 and 6.12 have in `events/migrate/`.
  public static let tracepoints = ["migrate/mm_migrate_pages_start", "migrate/set_migration_pte", "migrate/remove_migration_pte", "migrate/mm_migrate_pages",
                                   // The end of a fork (after dup_mmap copied every VMA): closes the fork's window.
                                   "sched/sched_process_fork"]
  /// `anon_vma_fork(vma, pvma)` (mm/rmap.c, not inlined: exported to fork.c):
  /// the parent VMA's range tells which folios the fork can copy entries of.
  /// vm_start and vm_end are the first two fields of vm_area_struct in every kernel since 2.6.
  public static let forkProbe = "p:migspec/anon_vma_fork anon_vma_fork vma=%di:x64 start=+0(%si):x64 end=+8(%si):x64"
  /// `exit_mmap(mm)` (mm/mmap.c): the last user of an mm tears it down; its
  /// migration entries are zapped, not restored.
  public static let exitProbe = "p:migspec/exit_mmap exit_mmap mm=%di:x64"
  /// Its return: the zap is over (an exit's unmap can outlast several migrations).
  public static let exitReturnProbe = "r:migspec/exit_mmap_ret exit_mmap"
  public static let probes = [forkProbe, exitProbe, exitReturnProbe]

  /// The trace disk's device in the guest (the only virtio-blk drive).
  public static let traceDevice = "/dev/vda"
  /// Where the initramfs keeps the modules the trace disk needs.
  public static let moduleDir = "/lib/migspec"

  /// The init script for `scenarios`, each run with `rounds` rounds.
  /// `facts` are extra marker lines the guest prints after booting (the
  /// kernel config facts the capture's decoding needs); `modules` are module
  /// names (in `moduleDir`) loaded in order before looking for the trace disk.
  public static func initScript(scenarios: [String], rounds: Int, facts: [String] = [], modules: [String] = []) -> String {
    """
    #!/bin/busybox sh
    /bin/busybox --install -s /bin
    mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null
    mount -t devtmpfs dev /dev 2>/dev/null
    mkdir -p /tmp
    T=/sys/kernel/tracing
    [ -d $T/events ] || T=/sys/kernel/debug/tracing
    echo "migspec: booted $(uname -r) nodes=$(ls -d /sys/devices/system/node/node* 2>/dev/null | wc -l)"
    if grep -qw la57 /proc/cpuinfo; then echo "migspec: cpu la57=1"; else echo "migspec: cpu la57=0"; fi
    \(facts.map { "echo '\($0.replacingOccurrences(of: "'", with: ""))'\n" }.joined())\
    for m in \(modules.isEmpty ? "\"\"" : modules.joined(separator: " ")); do
      [ -n "$m" ] && { insmod \(moduleDir)/$m.ko 2>/dev/null || echo "migspec: module $m did not load"; }
    done
    D=\(traceDevice); i=0
    while [ ! -b $D ] && [ $i -lt 30 ]; do sleep 0.1; i=$((i + 1)); done
    if [ -b $D ]; then echo "migspec: trace disk $D"; else echo "migspec: trace disk none: traces go to the console"; D=; fi
    OFF=1
    echo 16384 > $T/buffer_size_kb
    for p in \(probes.map { "'\($0)'" }.joined(separator: " ")); do
      if echo "$p" >> $T/kprobe_events 2>/dev/null; then
        n=${p%% *}; echo 1 > $T/events/${n#?:}/enable && echo "migspec: kprobe ok: $p"
      else
        echo "migspec: kprobe unavailable: $p"
      fi
    done
    for e in \(tracepoints.joined(separator: " ")); do
      echo 1 > $T/events/$e/enable 2>/dev/null || echo "migspec: tracepoint missing: $e"
    done
    for s in \(scenarios.joined(separator: " ")); do
      echo > $T/trace
      echo 1 > $T/tracing_on
      echo "migspec: scenario $s begin"
      /bin/migspec-workload $s \(rounds)
      echo "migspec: scenario $s exit=$?"
      echo 0 > $T/tracing_on
      saved=
      if [ -n "$D" ]; then
        cat $T/trace > /tmp/trace
        n=$(wc -c < /tmp/trace)
        if dd if=/tmp/trace of=$D bs=512 seek=$((OFF + 1)) conv=notrunc,fsync 2>/dev/null &&
           echo "migspec-record $s $n" | dd of=$D bs=512 seek=$OFF conv=sync,notrunc,fsync 2>/dev/null; then
          OFF=$((OFF + 1 + (n + 511) / 512)); saved=1
          echo "migspec: trace saved $s bytes=$n"
        else
          echo "migspec: trace disk write failed for $s: dumping it on the console"
        fi
        rm -f /tmp/trace
      fi
      if [ -z "$saved" ]; then
        echo "migspec: trace begin $s"
        cat $T/trace
        echo "migspec: trace end $s"
      fi
    done
    sync
    echo "migspec: done"
    poweroff -f

    """
  }

  /// Builds `dir/initrd.gz`: compiles the workload static, adds busybox,
  /// `modules` (plain .ko paths, loaded in this order) and init.
  public static func buildInitramfs(workloadSource: String, scenarios: [String], rounds: Int, dir: String, facts: [String] = [], modules: [String] = []) throws(HarnessError) -> String {
    let fm = FileManager.default
    let dir = URL(fileURLWithPath: dir).standardizedFileURL.path  // the cpio step runs in root/
    let root = dir + "/root"
    try? fm.removeItem(atPath: root)
    for d in ["bin", "proc", "sys", "dev", "tmp", String(moduleDir.dropFirst())] { try? fm.createDirectory(atPath: root + "/" + d, withIntermediateDirectories: true) }
    guard fm.fileExists(atPath: workloadSource) else { throw HarnessError("workload source \(workloadSource) not found") }
    _ = try Shell.must(["gcc", "-static", "-O1", "-Wall", "-o", root + "/bin/migspec-workload", workloadSource], what: "compiling the workload (gcc -static)")
    let busybox = "/bin/busybox"
    let kind = (try? Shell.run(["file", "-L", busybox]))?.output ?? ""
    guard fm.fileExists(atPath: busybox), !kind.contains("dynamically linked") else {
      throw HarnessError("\(busybox) is missing or not static: install busybox-static")
    }
    var names: [String] = []
    do {
      try fm.copyItem(atPath: busybox, toPath: root + "/bin/busybox")
      for m in modules {
        let name = ((m as NSString).lastPathComponent as NSString).deletingPathExtension
        try fm.copyItem(atPath: m, toPath: root + moduleDir + "/" + name + ".ko")
        names.append(name)
      }
      try initScript(scenarios: scenarios, rounds: rounds, facts: facts, modules: names).write(toFile: root + "/init", atomically: true, encoding: .utf8)
      try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root + "/init")
    } catch { throw HarnessError("cannot write the initramfs tree in \(root): \(error.localizedDescription)") }
    let image = dir + "/initrd.gz"
    _ = try Shell.must(["sh", "-c", "cd '\(root)' && find . | cpio -o -H newc 2>/dev/null | gzip -1 > '\(image)'"], what: "packing the initramfs (cpio)")
    return image
  }
}
