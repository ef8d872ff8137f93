import Foundation

/// The guest: an initramfs with static busybox, the static workload and an
/// init script that enables the tracepoints and the fork kprobe, runs each
/// scenario, prints its ftrace buffer between markers and powers off.
public enum Guest {
  /// The tracepoints Linux 6.1 has in `events/migrate/`.
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

  /// The init script for `scenarios`, each run with `rounds` rounds.
  public static func initScript(scenarios: [String], rounds: Int) -> String {
    """
    #!/bin/busybox sh
    /bin/busybox --install -s /bin
    mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null
    T=/sys/kernel/tracing
    [ -d $T/events ] || T=/sys/kernel/debug/tracing
    echo "migspec: booted $(uname -r) nodes=$(ls -d /sys/devices/system/node/node* 2>/dev/null | wc -l)"
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
      echo "migspec: trace begin $s"
      cat $T/trace
      echo "migspec: trace end $s"
    done
    echo "migspec: done"
    poweroff -f

    """
  }

  /// Builds `dir/initrd.gz`: compiles the workload static, adds busybox and init.
  public static func buildInitramfs(workloadSource: String, scenarios: [String], rounds: Int, dir: String) throws(HarnessError) -> String {
    let fm = FileManager.default
    let dir = URL(fileURLWithPath: dir).standardizedFileURL.path  // the cpio step runs in root/
    let root = dir + "/root"
    try? fm.removeItem(atPath: root)
    for d in ["bin", "proc", "sys", "dev"] { try? fm.createDirectory(atPath: root + "/" + d, withIntermediateDirectories: true) }
    guard fm.fileExists(atPath: workloadSource) else { throw HarnessError("workload source \(workloadSource) not found") }
    _ = try Shell.must(["gcc", "-static", "-O1", "-Wall", "-o", root + "/bin/migspec-workload", workloadSource], what: "compiling the workload (gcc -static)")
    let busybox = "/bin/busybox"
    let kind = (try? Shell.run(["file", "-L", busybox]))?.output ?? ""
    guard fm.fileExists(atPath: busybox), !kind.contains("dynamically linked") else {
      throw HarnessError("\(busybox) is missing or not static: install busybox-static")
    }
    do {
      try fm.copyItem(atPath: busybox, toPath: root + "/bin/busybox")
      try initScript(scenarios: scenarios, rounds: rounds).write(toFile: root + "/init", atomically: true, encoding: .utf8)
      try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root + "/init")
    } catch { throw HarnessError("cannot write the initramfs tree in \(root): \(error.localizedDescription)") }
    let image = dir + "/initrd.gz"
    _ = try Shell.must(["sh", "-c", "cd '\(root)' && find . | cpio -o -H newc 2>/dev/null | gzip -1 > '\(image)'"], what: "packing the initramfs (cpio)")
    return image
  }
}
