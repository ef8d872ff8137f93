import Foundation

/// The kernel to boot: the user's own bzImage, or Debian's current kernel
/// image package (the `linux-image-amd64` dependency), downloaded once with
/// `apt-get download` and kept in the cache directory.
public enum KernelImage {
  /// `$MIGSPEC_CACHE`, else `$XDG_CACHE_HOME/migspec`, else `~/.cache/migspec`.
  public static var cacheDirectory: String {
    let env = ProcessInfo.processInfo.environment
    if let c = env["MIGSPEC_CACHE"], !c.isEmpty { return c }
    if let x = env["XDG_CACHE_HOME"], !x.isEmpty { return x + "/migspec" }
    return NSHomeDirectory() + "/.cache/migspec"
  }

  /// Checks a user-supplied kernel: it exists and is an x86 boot image.
  public static func validate(path: String) throws(HarnessError) -> String {
    guard let h = FileHandle(forReadingAtPath: path) else { throw HarnessError("--kernel \(path): no such file (expected a bzImage, e.g. arch/x86/boot/bzImage of your build)") }
    defer { try? h.close() }
    let head = (try? h.read(upToCount: 0x210)) ?? Data()
    // The x86 boot protocol's header: "HdrS" at offset 0x202.
    guard head.count >= 0x206, head[0x202] == 0x48, head[0x203] == 0x64, head[0x204] == 0x72, head[0x205] == 0x53 else {
      throw HarnessError("--kernel \(path): not an x86 bzImage (no \"HdrS\" boot header at 0x202); give arch/x86/boot/bzImage, not vmlinux")
    }
    return path
  }

  /// The Debian kernel: resolves the package, downloads and extracts it unless cached; returns the vmlinuz path.
  public static func debian(cache: String = cacheDirectory, log: (String) -> Void) throws(HarnessError) -> String {
    let dir = cache + "/kernel"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let resolved = try? resolvePackage()
    if let pkg = resolved, let cached = extracted(dir, package: pkg) { return cached }
    guard let pkg = resolved else {
      // Offline: any kernel extracted before will do.
      if let any = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.sorted().last(where: { $0.hasPrefix("vmlinuz-") }) {
        log("apt-cache cannot resolve linux-image-amd64; using the cached \(any)")
        return dir + "/" + any
      }
      throw HarnessError("no kernel: apt-cache cannot resolve linux-image-amd64 and nothing is cached in \(dir); give --kernel PATH (a bzImage)")
    }
    log("downloading \(pkg) (apt-get download) into \(dir)")
    let debs = { (try? FileManager.default.contentsOfDirectory(atPath: dir))?.filter { $0.hasPrefix(pkg + "_") && $0.hasSuffix(".deb") } ?? [] }
    if debs().isEmpty { _ = try Shell.must(["apt-get", "download", pkg], in: dir, what: "downloading the kernel package \(pkg)") }
    guard let deb = debs().sorted().last else { throw HarnessError("apt-get download \(pkg) left no .deb in \(dir)") }
    let tmp = dir + "/extract-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: tmp) }
    _ = try Shell.must(["dpkg-deb", "-x", dir + "/" + deb, tmp], what: "extracting \(deb)")
    let version = String(pkg.dropFirst("linux-image-".count))
    let image = tmp + "/boot/vmlinuz-\(version)"
    guard FileManager.default.fileExists(atPath: image) else { throw HarnessError("\(deb) has no boot/vmlinuz-\(version)") }
    let target = dir + "/vmlinuz-\(version)"
    try? FileManager.default.removeItem(atPath: target)
    do { try FileManager.default.moveItem(atPath: image, toPath: target) } catch { throw HarnessError("cannot move the kernel to \(target): \(error.localizedDescription)") }
    try? FileManager.default.removeItem(atPath: dir + "/" + deb)  // 70 MB; the image is what we keep
    return target
  }

  /// `linux-image-amd64`'s dependency today, e.g. `linux-image-6.1.0-56-amd64`.
  static func resolvePackage() throws(HarnessError) -> String {
    let out = try Shell.must(["apt-cache", "depends", "linux-image-amd64"], what: "apt-cache depends linux-image-amd64")
    for line in out.split(whereSeparator: \.isNewline) {
      let t = line.trimmingCharacters(in: .whitespaces)
      if t.hasPrefix("Depends: linux-image-") { return String(t.dropFirst("Depends: ".count)) }
    }
    throw HarnessError("apt-cache depends linux-image-amd64 names no linux-image-* package:\n\(out)")
  }

  static func extracted(_ dir: String, package: String) -> String? {
    let path = dir + "/vmlinuz-" + package.dropFirst("linux-image-".count)
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }
}
