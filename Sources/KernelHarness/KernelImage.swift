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

  /// A kernel ready to boot: the image, its build configuration if known, and
  /// the modules (in load order) the guest needs for its trace disk.
  public struct Boot: Sendable {
    public var image: String
    /// The build's config file (`/boot/config-*` of the package, or `.config` of a build tree).
    public var config: String?
    /// Plain `.ko` files to insmod in this order (virtio-blk and what it needs, when they are modules).
    public var modules: [String] = []
    public init(image: String, config: String? = nil, modules: [String] = []) { self.image = image; self.config = config; self.modules = modules }
  }

  /// The meta-package naming Debian's current kernel of a series: `6.1` is
  /// bookworm's `linux-image-amd64`; any other series `S` (`6.12`, `6.12-rt`,
  /// `6.12-cloud`) is `linux-image-S-amd64` (bookworm-security carries 6.12's).
  public static func metaPackage(series: String) -> String {
    series == "6.1" ? "linux-image-amd64" : "linux-image-\(series)-amd64"
  }

  /// Debian's kernel of `series`: resolves the package, downloads and
  /// extracts it unless cached; keeps its vmlinuz, its /boot/config-* and the
  /// virtio-blk modules (decompressed) in the cache directory.
  public static func debian(series: String = "6.1", cache: String = cacheDirectory, log: (String) -> Void) throws(HarnessError) -> Boot {
    let dir = cache + "/kernel"
    let meta = metaPackage(series: series)
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let resolved = try? resolvePackage(meta)
    if let pkg = resolved, let cached = extracted(dir, package: pkg) { return cached }
    guard let pkg = resolved else {
      // Offline: a kernel of this series extracted before will do.
      let prefix = "vmlinuz-" + series.split(separator: "-")[0] + "."
      if let any = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.sorted().last(where: { $0.hasPrefix(prefix) }),
         let cached = extracted(dir, package: "linux-image-" + any.dropFirst("vmlinuz-".count)) {
        log("apt-cache cannot resolve \(meta); using the cached \(any)")
        return cached
      }
      throw HarnessError("no kernel: apt-cache cannot resolve \(meta) and no \(series) kernel is cached in \(dir); give --kernel PATH (a bzImage)")
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
    let modules = dir + "/modules-\(version)"
    try? FileManager.default.removeItem(atPath: modules)
    let order = try Modules.collect(["virtio_blk", "virtio_pci"], tree: tmp + "/lib/modules/\(version)", into: modules)
    do { try order.map { $0 + "\n" }.joined().write(toFile: modules + "/order", atomically: true, encoding: .utf8) } catch {
      throw HarnessError("cannot write \(modules)/order: \(error.localizedDescription)")
    }
    for (from, to) in [(tmp + "/boot/config-\(version)", dir + "/config-\(version)"), (image, dir + "/vmlinuz-\(version)")] {
      try? FileManager.default.removeItem(atPath: to)
      guard FileManager.default.fileExists(atPath: from) else { continue }
      do { try FileManager.default.moveItem(atPath: from, toPath: to) } catch { throw HarnessError("cannot move \(from) to \(to): \(error.localizedDescription)") }
    }
    try? FileManager.default.removeItem(atPath: dir + "/" + deb)  // 70-110 MB; the image, config and modules are what we keep
    guard let boot = extracted(dir, package: pkg) else { throw HarnessError("\(deb): no boot/config-\(version) next to its vmlinuz") }
    return boot
  }

  /// A metapackage's dependency today, e.g. `linux-image-amd64` → `linux-image-6.1.0-56-amd64`.
  static func resolvePackage(_ meta: String = "linux-image-amd64") throws(HarnessError) -> String {
    let out = try Shell.must(["apt-cache", "depends", meta], what: "apt-cache depends \(meta)")
    for line in out.split(whereSeparator: \.isNewline) {
      let t = line.trimmingCharacters(in: .whitespaces)
      if t.hasPrefix("Depends: linux-image-") { return String(t.dropFirst("Depends: ".count)) }
    }
    throw HarnessError("apt-cache depends \(meta) names no linux-image-* package:\n\(out)")
  }

  /// The cached kernel of `package`: its vmlinuz, config and module list must all be there
  /// (a cache from before configs and modules were kept is refreshed once).
  static func extracted(_ dir: String, package: String) -> Boot? {
    let version = package.dropFirst("linux-image-".count)
    let image = dir + "/vmlinuz-" + version, config = dir + "/config-" + version, modules = dir + "/modules-" + version
    let fm = FileManager.default
    guard fm.fileExists(atPath: image), fm.fileExists(atPath: config),
          let order = try? String(contentsOfFile: modules + "/order", encoding: .utf8) else { return nil }
    return Boot(image: image, config: config, modules: order.split(whereSeparator: \.isNewline).map { modules + "/" + $0 + ".ko" })
  }

  /// What lies beside a Debian-style `vmlinuz-R` (a package's /boot, or this
  /// cache): `config-R`, and the cached `modules-R/` for the trace disk.
  public static func beside(image: String) -> Boot {
    let url = URL(fileURLWithPath: image)
    let name = url.lastPathComponent
    guard name.hasPrefix("vmlinuz-") else { return Boot(image: image, config: buildTreeConfig(of: image)) }
    let release = name.dropFirst("vmlinuz-".count)
    let dir = url.deletingLastPathComponent().path
    let config = dir + "/config-" + release, modules = dir + "/modules-" + release
    let order = (try? String(contentsOfFile: modules + "/order", encoding: .utf8))?.split(whereSeparator: \.isNewline).map { modules + "/" + $0 + ".ko" } ?? []
    return Boot(image: image, config: FileManager.default.fileExists(atPath: config) ? config : nil, modules: order)
  }

  /// The config of a build tree's bzImage (`arch/x86/boot/bzImage` → `.config` three levels up), if there.
  public static func buildTreeConfig(of image: String) -> String? {
    var url = URL(fileURLWithPath: image).standardizedFileURL
    for _ in 0..<4 { url.deleteLastPathComponent() }
    let config = url.appendingPathComponent(".config").path
    return image.hasSuffix("arch/x86/boot/bzImage") && FileManager.default.fileExists(atPath: config) ? config : nil
  }
}

/// Kernel modules taken from a package's /lib/modules tree.
public enum Modules {
  /// Copies `names` and the modules they depend on (`depends=` in their
  /// .modinfo) from `tree` into `dir` as plain `.ko` files (decompressing
  /// `.ko.xz` / `.ko.zst` / `.ko.gz`); returns the names in load order.
  /// Names not found are built in (or absent) and skipped.
  public static func collect(_ names: [String], tree: String, into dir: String) throws(HarnessError) -> [String] {
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    var files: [String: String] = [:]  // module name (with _) -> path
    if let e = FileManager.default.enumerator(atPath: tree) {
      for case let rel as String in e {
        let base = (rel as NSString).lastPathComponent
        guard let r = base.range(of: ".ko") else { continue }
        let rest = base[r.upperBound...]
        guard ["", ".xz", ".zst", ".gz"].contains(String(rest)) else { continue }
        files[String(base[..<r.lowerBound]).replacingOccurrences(of: "-", with: "_")] = tree + "/" + rel
      }
    }
    var order: [String] = [], visiting: Set<String> = []
    func visit(_ name: String) throws(HarnessError) {
      let name = name.replacingOccurrences(of: "-", with: "_")
      guard !order.contains(name), !visiting.contains(name), let path = files[name] else { return }
      visiting.insert(name)
      let plain = dir + "/" + name + ".ko"
      let decompress: [String]? = path.hasSuffix(".xz") ? ["xz", "-dc"] : path.hasSuffix(".zst") ? ["zstd", "-dcq"] : path.hasSuffix(".gz") ? ["gzip", "-dc"] : nil
      if let decompress {
        _ = try Shell.must(["sh", "-c", "\(decompress.joined(separator: " ")) '\(path)' > '\(plain)'"], what: "decompressing \(path)")
      } else {
        try? FileManager.default.removeItem(atPath: plain)
        do { try FileManager.default.copyItem(atPath: path, toPath: plain) } catch { throw HarnessError("cannot copy \(path): \(error.localizedDescription)") }
      }
      let data = (try? Data(contentsOf: URL(fileURLWithPath: plain))) ?? Data()
      for dep in dependencies(data) { try visit(dep) }
      order.append(name)
    }
    for n in names { try visit(n) }
    return order
  }

  /// The `depends=a,b` string of a module's .modinfo section.
  public static func dependencies(_ module: Data) -> [String] {
    guard let r = module.range(of: Data("\0depends=".utf8)) else { return [] }
    let rest = module[r.upperBound...]
    let end = rest.firstIndex(of: 0) ?? rest.endIndex
    return String(decoding: rest[..<end], as: UTF8.self).split(separator: ",").map(String.init)
  }
}
