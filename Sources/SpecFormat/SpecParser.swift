import Foundation
import MigrationModel
import Yams

/// Reads spec files (YAML). Every error names the file, the line and column,
/// and what was expected there.
public enum SpecParser {
  /// Reads and parses a spec file.
  public static func load(path: String) throws(SpecError) -> Spec {
    let text: String
    do { text = try InputText.read(path: path, limits: .spec, what: "a spec") } catch {
      throw SpecError(file: path, line: max(error.line, 1), column: max(error.column, 1), message: error.message)
    }
    return try parse(text, path: path)
  }

  /// The specs in a directory, sorted by file name (`*.yaml`, `*.yml`).
  public static func specFiles(in directory: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
      .map { directory.hasSuffix("/") ? directory + $0 : directory + "/" + $0 }
  }

  public static func parse(_ text: String, path: String) throws(SpecError) -> Spec {
    var r = Reader(file: path)
    let root: Node
    do {
      guard let n = try Yams.compose(yaml: text) else { throw r.error(nil, "the file is empty; expected a mapping with name, variant, world, actors, expect") }
      root = n
    } catch let e as SpecError {
      throw e
    } catch let e as YamlError {
      throw r.yamlError(e)
    } catch {
      throw SpecError(file: path, line: 1, column: 1, message: "\(error)")
    }
    return try r.spec(root)
  }
}

/// Walks the YAML node tree, remembering where each field came from so that
/// configuration errors found later can still point at a line.
struct Reader {
  let file: String
  var marks: [String: Mark] = [:]

  init(file: String) { self.file = file }

  func error(_ node: Node?, _ message: String) -> SpecError {
    SpecError(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message)
  }

  func yamlError(_ e: YamlError) -> SpecError {
    switch e {
    case .scanner(let ctx, let problem, let mark, _), .parser(let ctx, let problem, let mark, _), .composer(let ctx, let problem, let mark, _):
      let context = ctx.map { " (\($0.text))" } ?? ""
      return SpecError(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)\(context)")
    case .duplicatedKeysInMapping(let dups, let ctx):
      return SpecError(file: file, line: ctx.mark.line, column: ctx.mark.column, message: "duplicate key(s) \(dups.joined(separator: ", "))")
    default:
      return SpecError(file: file, line: 1, column: 1, message: "YAML: \(e)")
    }
  }

  /// A mapping's entries, checking every key is one of `allowed` and every
  /// `required` key is present.
  func mapping(_ node: Node, _ what: String, allowed: [String], required: [String] = []) throws(SpecError) -> [String: Node] {
    guard case .mapping(let m) = node else { throw error(node, "\(what): expected a mapping with keys \(allowed.joined(separator: ", "))") }
    var out: [String: Node] = [:]
    for (k, v) in m {
      guard case .scalar(let ks) = k else { throw error(k, "\(what): expected a plain key") }
      let key = ks.string
      guard allowed.contains(key) else {
        let hint = closest(key, allowed).map { " (did you mean '\($0)'?)" } ?? ""
        throw error(k, "\(what): unknown key '\(key)'\(hint); expected one of: \(allowed.joined(separator: ", "))")
      }
      if out[key] != nil { throw error(k, "\(what): key '\(key)' given twice") }
      out[key] = v
    }
    for key in required where out[key] == nil {
      throw error(node, "\(what): missing key '\(key)'")
    }
    return out
  }

  /// A key `mapping(_:_:allowed:required:)` has already checked is there.
  func req(_ m: [String: Node], _ key: String) throws(SpecError) -> Node {
    guard let n = m[key] else { throw error(nil, "missing key '\(key)'") }
    return n
  }

  func string(_ node: Node, _ what: String) throws(SpecError) -> String {
    guard case .scalar(let s) = node else { throw error(node, "\(what): expected a string") }
    return s.string
  }

  func int(_ node: Node, _ what: String, _ range: ClosedRange<Int>) throws(SpecError) -> Int {
    guard case .scalar(let s) = node, let v = Int(s.string) else { throw error(node, "\(what): expected an integer in \(range.lowerBound)...\(range.upperBound)") }
    guard range.contains(v) else { throw error(node, "\(what): \(v) is out of range; expected \(range.lowerBound)...\(range.upperBound)") }
    return v
  }

  func choice(_ node: Node, _ what: String, _ options: [String]) throws(SpecError) -> String {
    let s = try string(node, what)
    guard options.contains(s) else {
      let hint = closest(s, options).map { " (did you mean '\($0)'?)" } ?? ""
      throw error(node, "\(what): '\(s)'\(hint) is not one of: \(options.joined(separator: ", "))")
    }
    return s
  }

  func sequence(_ node: Node, _ what: String) throws(SpecError) -> [Node] {
    guard case .sequence(let s) = node else { throw error(node, "\(what): expected a list") }
    return Array(s)
  }

  mutating func spec(_ root: Node) throws(SpecError) -> Spec {
    let top = try mapping(root, "spec", allowed: ["name", "description", "variant", "setting", "knobs", "world", "actors", "expect", "limits"],
                          required: ["name", "variant", "world", "actors", "expect"])
    var config = ModelConfig()
    let name = try string(req(top, "name"), "name")
    let description = try top["description"].map { n throws(SpecError) in try string(n, "description") } ?? ""
    config.variant = try choice(req(top, "variant"), "variant", Variants.names)
    marks["variant"] = try req(top, "variant").mark

    if let n = top["setting"] {
      let setting = try choice(n, "setting", ["buggy", "fixed"])
      config.setting = setting
      Variants.apply(setting: setting, of: config.variant, to: &config.knobs)
    }
    if let k = top["knobs"] {
      let m = try mapping(k, "knobs", allowed: Knobs.fields.map(\.name))
      for field in Knobs.fields {
        guard let n = m[field.name] else { continue }
        let value = try choice(n, "knobs.\(field.name)", field.values)
        field.set(&config.knobs, value)
        marks[field.name] = n.mark
      }
    }

    let w = try mapping(req(top, "world"), "world", allowed: ["processes", "pages", "folios", "initial_processes", "mapped", "driver_pages", "shmem_pages", "order", "pmd_mapped"],
                        required: ["processes", "pages"])
    config.processes = try int(req(w, "processes"), "world.processes", 1...6)
    config.pages = try int(req(w, "pages"), "world.pages", 1...4)
    if let n = w["order"] { config.order = try int(n, "world.order", 0...2) }
    if let n = w["pmd_mapped"] { config.pmdMapped = try choice(n, "world.pmd_mapped", ["true", "false"]) == "true" }
    if let n = w["folios"] { config.folios = try int(n, "world.folios", 1...8) }
    if let n = w["initial_processes"] { config.initialProcesses = try int(n, "world.initial_processes", 1...6) }
    if let n = w["shmem_pages"] { config.shmemPages = try int(n, "world.shmem_pages", 0...1) }
    if let n = w["driver_pages"] { config.driverPages = try int(n, "world.driver_pages", 0...2) }
    if let n = w["mapped"] {
      config.mapped = []
      for item in try sequence(n, "world.mapped") { config.mapped.append(try int(item, "world.mapped[]", 0...3)) }
    }
    for (k, n) in w { marks[k] = n.mark }
    marks["actors"] = try req(top, "actors").mark

    let actorNodes = try sequence(req(top, "actors"), "actors")
    for (i, node) in actorNodes.enumerated() {
      config.actors.append(try actor(node, index: i))
    }

    var expect: [(String, ExpectedVerdict)] = []
    let expectNode = try req(top, "expect")
    guard case .mapping(let em) = expectNode else {
      throw error(expectNode, "expect: expected a mapping from property to holds | violated")
    }
    let ids = PropertyID.allCases.map(\.rawValue)
    for (k, v) in em {
      let prop = try choice(k, "expect", ids)
      if expect.contains(where: { $0.0 == prop }) { throw error(k, "expect: property '\(prop)' given twice") }
      guard let verdict = ExpectedVerdict(rawValue: try choice(v, "expect.\(prop)", ExpectedVerdict.allCases.map(\.rawValue))) else {
        throw error(v, "expect.\(prop): expected holds or violated")
      }
      expect.append((prop, verdict))
    }
    if expect.isEmpty { throw error(expectNode, "expect: name at least one property and its expected verdict") }

    var maxStates: Int? = nil, maxDepth: Int? = nil
    if let l = top["limits"] {
      let m = try mapping(l, "limits", allowed: ["max_states", "max_depth"])
      if let n = m["max_states"] { maxStates = try int(n, "limits.max_states", 1...2_000_000_000) }
      if let n = m["max_depth"] { maxDepth = try int(n, "limits.max_depth", 1...1_000_000) }
    }

    let issues = config.validate()
    if let issue = issues.first {
      let key = issue.actor.map { "actors[\($0)].\(issue.field)" } ?? issue.field
      let mark = marks[key] ?? issue.actor.flatMap { marks["actors[\($0)]"] } ?? marks["actors"] ?? root.mark
      let where_ = issue.actor.map { "actors[\($0)]: " } ?? ""
      throw SpecError(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: "\(where_)\(issue.message)")
    }
    return Spec(path: file, name: name, description: description, config: config, expect: expect,
                maxStates: maxStates, maxDepth: maxDepth)
  }

  /// `- migrate: {process: 0, page: 0}` and the like.
  mutating func actor(_ node: Node, index i: Int) throws(SpecError) -> ActorConfig {
    let kinds = ["migrate", "fault", "fork", "exit", "gup", "vma_adjust", "exec", "reclaim", "lru_drain", "compact", "driver_free", "migrate_shmem", "pageout", "shmem_fault"]
    let outer = try mapping(node, "actors[\(i)]", allowed: kinds)
    guard outer.count == 1, let (kind, body) = outer.first else {
      throw error(node, "actors[\(i)]: expected exactly one of \(kinds.joined(separator: ", "))")
    }
    marks["actors[\(i)]"] = node.mark
    let what = "actors[\(i)].\(kind)"
    switch kind {
    case "migrate":
      let m = try mapping(body, what, allowed: ["process", "page", "pages"])
      remember(m, i)
      let process = try m["process"].map { n throws(SpecError) in try int(n, "\(what).process", 0...3) } ?? 0
      switch (m["page"], m["pages"]) {
      case (let page?, nil):
        return .migrate(process: process, page: try int(page, "\(what).page", 0...3))
      case (nil, let pages?):
        // One migrate_pages call of a list of folios (folio-6.12's batch).
        let seq = try sequence(pages, "\(what).pages")
        var vs: [Int] = []
        for (k, item) in seq.enumerated() { vs.append(try int(item, "\(what).pages[\(k)]", 0...3)) }
        if vs.isEmpty { throw error(pages, "\(what).pages: expected at least one page") }
        return .migrateBatch(process: process, pages: vs)
      case (_?, _?):
        throw error(body, "\(what): give page (one folio) or pages (one batch), not both")
      case (nil, nil):
        throw error(body, "\(what): missing page (one folio) or pages (one batched call, folio-6.12)")
      }
    case "fault":
      let m = try mapping(body, what, allowed: ["process", "page", "access"], required: ["process", "page", "access"])
      remember(m, i)
      let access = try choice(req(m, "access"), "\(what).access", ["read", "write"])
      return .fault(process: try int(req(m, "process"), "\(what).process", 0...3), page: try int(req(m, "page"), "\(what).page", 0...3),
                    write: access == "write")
    case "fork":
      let m = try mapping(body, what, allowed: ["parent", "child"], required: ["parent", "child"])
      remember(m, i)
      return .fork(parent: try int(req(m, "parent"), "\(what).parent", 0...3), child: try int(req(m, "child"), "\(what).child", 0...3))
    case "gup":
      let m = try mapping(body, what, allowed: ["process", "page"], required: ["process", "page"])
      remember(m, i)
      return .gup(process: try int(req(m, "process"), "\(what).process", 0...3), page: try int(req(m, "page"), "\(what).page", 0...3))
    case "migrate_shmem", "pageout", "shmem_fault":
      let m = try mapping(body, what, allowed: ["shmem_page"], required: ["shmem_page"])
      remember(m, i)
      let k = try int(req(m, "shmem_page"), "\(what).shmem_page", 0...0)
      switch kind {
      case "pageout": return .pageout(shmemPage: k)
      case "shmem_fault": return .shmemFault(shmemPage: k)
      default: return .migrateShmem(shmemPage: k)
      }
    case "compact", "driver_free":
      let m = try mapping(body, what, allowed: ["driver_page"], required: ["driver_page"])
      remember(m, i)
      let k = try int(req(m, "driver_page"), "\(what).driver_page", 0...1)
      return kind == "compact" ? .compact(driverPage: k) : .driverFree(driverPage: k)
    case "reclaim":
      let m = try mapping(body, what, allowed: ["page"], required: ["page"])
      remember(m, i)
      return .reclaim(page: try int(req(m, "page"), "\(what).page", 0...3))
    case "lru_drain":
      let m = try mapping(body, what, allowed: [])
      remember(m, i)
      return .lruDrain
    case "vma_adjust", "exec":
      let m = try mapping(body, what, allowed: ["process"], required: ["process"])
      remember(m, i)
      let p = try int(req(m, "process"), "\(what).process", 0...3)
      return kind == "exec" ? .exec(process: p) : .vmaAdjust(process: p)
    default:
      let m = try mapping(body, what, allowed: ["process"], required: ["process"])
      remember(m, i)
      return .exit(process: try int(req(m, "process"), "\(what).process", 0...3))
    }
  }

  mutating func remember(_ m: [String: Node], _ i: Int) {
    for (k, n) in m { marks["actors[\(i)].\(k)"] = n.mark }
  }
}

/// The allowed word closest to a misspelt one, if it is close enough to be a typo.
func closest(_ word: String, _ options: [String]) -> String? {
  func distance(_ a: [Character], _ b: [Character]) -> Int {
    var prev = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var cur = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(b.count, 1) where !b.isEmpty {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      prev = cur
    }
    return a.isEmpty ? b.count : prev[b.count]
  }
  let w = Array(word)
  let best = options.map { ($0, distance(w, Array($0))) }.min { $0.1 < $1.1 }
  guard let best, best.1 <= max(2, word.count / 3) else { return nil }
  return best.0
}
