import RuleKit

/// The protocol variants migspec knows. A variant selects and parameterises
/// the shared rules; it never copies them.
public enum Variants {
  public struct Info: Sendable {
    public let name: String
    public let summary: String
  }
  public static let all: [Info] = [
    Info(name: "folio-6.1", summary: "the modern anonymous-folio path of Linux 6.1: folio lock, anon_vma pin, try_to_migrate, folio_migrate_mapping refcount check, remove_migration_ptes; knob rmap_insert = append | prepend"),
  ]
  public static var names: [String] { all.map(\.name) }
}

/// Builds the transition system for a configuration.
public enum MigrationModel {
  /// Errors found in the configuration (empty = buildable).
  public static func validate(_ config: ModelConfig) -> [ModelConfig.Issue] { config.validate() }

  /// Builds the model. Precondition: `validate(config)` is empty.
  public static func build(_ config: ModelConfig, name: String = "model") -> Model {
    let issues = config.validate()
    precondition(issues.isEmpty, "invalid configuration: \(issues.map(\.message))")
    let b = ModelBuilder(name: name)
    let w = World(config: config, builder: b)
    w.setInitialState()
    w.registerDisplays()

    var held: [(Int) -> Expr<Int>] = []
    var counts: [String: Int] = [:]
    var writer = 0
    func nextName(_ kind: String) -> String {
      let n = counts[kind, default: 0]
      counts[kind] = n + 1
      return "\(kind)\(n)"
    }
    var threadsDone: [Int: Expr<Bool>] = [:]
    for a in config.actors {
      switch a {
      case .migrate(_, let v):
        let src = config.mapped.firstIndex(of: v)!
        held.append(w.addMigrator(name: nextName("migrate"), src: src))
      case .fault(let p, let v, let write):
        let value = write ? 2 + writer : 0
        if write { writer += 1 }
        let (refs, done) = w.addFault(name: nextName("fault"), process: p, page: v, write: write, value: value)
        held.append(refs)
        threadsDone[p] = (threadsDone[p] ?? trueExpr) && done
      case .fork(let q, let c):
        let done = w.addFork(name: nextName("fork"), parent: q, child: c)
        threadsDone[q] = (threadsDone[q] ?? trueExpr) && done
      case .exit:
        break  // below, once every thread of the process is known
      }
    }
    // exit_mmap runs when the mm's last user goes: after every thread of the
    // process (its faults and forks), wherever they are listed.
    for case .exit(let p) in config.actors {
      held.append(w.addExit(name: nextName("exit"), process: p, threadsDone: threadsDone[p] ?? trueExpr))
    }
    w.addProperties { f in sum(held) { $0(f) } }
    return b.build()
  }
}

extension World {
  /// The initial world: processes 0..<initialProcesses alive (1... as forked
  /// children of 0), each page in `mapped` backed by one folio with data 1.
  func setInitialState() {
    let n = config.initialProcesses
    let shared = n > 1
    for p in 0..<P {
      b.initially(avRefcount[p], p < n ? 1 : 0)
      b.initially(avLen[p], p == 0 ? n : (p < n ? 1 : 0))
      if p < n {
        b.initially(alive[p], true)
        if p > 0 { b.initially(avList[p, 0], p) }
      }
    }
    for k in 0..<n { b.initially(avList[0, k], k) }
    for (f, v) in config.mapped.enumerated() {
      b.initially(used[f], true)
      b.initially(refcount[f], n)
      b.initially(mapcount[f], n)
      b.initially(lru[f], true)
      b.initially(anonExclusive[f], !shared)
      b.initially(mapping[f], 0)
      b.initially(index[f], v)
      b.initially(data[f], 1)
      for p in 0..<n {
        b.initially(pteKind[p, v], PTEKind.present)
        b.initially(pteFolio[p, v], f)
        b.initially(pteWrite[p, v], !shared)
        b.initially(expected[p, v], 1)
      }
    }
    for f in 0..<F {
      b.initially(mapping[f], config.mapped.indices.contains(f) ? 0 : noAnonVma)
    }
  }
}
