/// Where `anon_vma_fork` links a child VMA into the parent's rmap list.
public enum RmapInsert: String, Codable, Sendable, CaseIterable {
  /// At the tail, as every kernel since 2.6.18 does (the interval tree in 3.7+
  /// sorts an equal-pgoff child after its parent).
  case append
  /// At the head, as 2.6.17 and 2.6.34's `anon_vma_prepare` did: the walk
  /// may pass the child before fork copies a migration entry into it.
  case prepend
  /// Either, chosen freely at each fork (two rules): the engines explore
  /// both, so a violation shows which position causes it.
  case any
}

/// The protocol knobs a variant or a spec may turn.
public struct Knobs: Codable, Sendable, Hashable {
  public var rmapInsert: RmapInsert = .append
  /// `migrate_pages` passes over a folio that keeps failing with -EAGAIN
  /// (6.1: 10). Specs keep it small: each pass multiplies the state space.
  public var migratePasses: Int = 2
  /// The first pass that is `force`d, i.e. sleeps in `folio_lock` instead
  /// of giving up on a busy folio lock (6.1: `pass > 2`, so 3).
  public var forceFromPass: Int = 3
  /// Test variant for the lock analysis: copy_pte_range also takes the
  /// anon_vma rwsem inside the page-table locks (a deliberate inversion).
  public var invertedLockingForTest: Bool = false
  public init() {}
}

/// What an actor of the configuration does.
public enum ActorConfig: Codable, Sendable, Hashable {
  /// `migrate_pages` of the folio mapped at (`process`, `page`) at the start.
  case migrate(process: Int, page: Int)
  /// One access of one virtual page by a thread of `process`.
  case fault(process: Int, page: Int, write: Bool)
  /// `fork()` of `parent`, creating the process in slot `child`.
  case fork(parent: Int, child: Int)
  /// `exit_mmap` of `process`, once its threads (fault actors) are done.
  case exit(process: Int)

  public var kind: String {
    switch self {
    case .migrate: return "migrate"
    case .fault: return "fault"
    case .fork: return "fork"
    case .exit: return "exit"
    }
  }
}

/// A bounded configuration: sizes, initial mappings, knobs and actors.
public struct ModelConfig: Codable, Sendable, Hashable {
  public var variant: String = "folio-6.1"
  /// Process slots, each with one anonymous VMA (initial ones plus fork children).
  public var processes: Int = 1
  /// Virtual pages per VMA.
  public var pages: Int = 1
  /// Physical folio slots (initial folios, migration targets, new pages).
  /// 0 means "as many as the actors can need".
  public var folios: Int = 0
  /// Processes alive at the start: 0, and 1... as already-forked children of
  /// 0 that share its pages read-only.
  public var initialProcesses: Int = 1
  /// Virtual pages mapped at the start, one folio each, in order.
  public var mapped: [Int] = [0]
  public var knobs = Knobs()
  public var actors: [ActorConfig] = []

  public init() {}

  /// A problem with the configuration; `actor` names the actor entry it is
  /// about, `field` the key.
  public struct Issue: Error, Sendable, Equatable {
    public let actor: Int?
    public let field: String
    public let message: String
  }

  /// Folio slots needed when `folios` is 0: the initial ones, one target per
  /// migrator, one new page per writing fault.
  public var effectiveFolios: Int {
    if folios > 0 { return folios }
    let migrators = actors.filter { if case .migrate = $0 { return true } else { return false } }.count
    let writers = actors.filter { if case .fault(_, _, true) = $0 { return true } else { return false } }.count
    return mapped.count + migrators + writers
  }

  /// The process a slot is forked from, if any.
  public func parent(of process: Int) -> Int? {
    if process > 0 && process < initialProcesses { return 0 }
    for a in actors { if case .fork(let p, let c) = a, c == process { return p } }
    return nil
  }

  /// Checks sizes and cross-references; an empty result means the model can be built.
  public func validate() -> [Issue] {
    var out: [Issue] = []
    func bad(_ actor: Int?, _ field: String, _ msg: String) { out.append(Issue(actor: actor, field: field, message: msg)) }
    if variant != "folio-6.1" { bad(nil, "variant", "unknown variant '\(variant)'; expected one of: \(Variants.names.joined(separator: ", "))") }
    if !(1...4).contains(processes) { bad(nil, "processes", "expected 1...4 process slots, got \(processes)") }
    if !(1...2).contains(pages) { bad(nil, "pages", "expected 1 or 2 virtual pages, got \(pages)") }
    if folios != 0 && !(1...8).contains(folios) { bad(nil, "folios", "expected 1...8 folio slots, got \(folios)") }
    if !(1...processes).contains(initialProcesses) { bad(nil, "initial_processes", "expected 1...\(processes), got \(initialProcesses)") }
    if Set(mapped).count != mapped.count { bad(nil, "mapped", "a page is listed twice") }
    for v in mapped where !(0..<pages).contains(v) { bad(nil, "mapped", "page \(v) is not in 0..<\(pages)") }
    if effectiveFolios < mapped.count { bad(nil, "folios", "\(effectiveFolios) folio slots cannot hold \(mapped.count) mapped pages") }
    if !(1...10).contains(knobs.migratePasses) { bad(nil, "migrate_passes", "expected 1...10, got \(knobs.migratePasses)") }
    if !(0...10).contains(knobs.forceFromPass) { bad(nil, "force_from_pass", "expected 0...10, got \(knobs.forceFromPass)") }
    if actors.isEmpty { bad(nil, "actors", "no actors: nothing would happen") }
    if actors.count > 8 { bad(nil, "actors", "at most 8 actors, got \(actors.count)") }
    var exited = Set<Int>()
    for (i, a) in actors.enumerated() {
      if case .exit(let p) = a, !exited.insert(p).inserted { bad(i, "process", "process \(p) exits twice") }
    }
    var created = Set(0..<initialProcesses)
    var migrated = Set<Int>()
    for (i, a) in actors.enumerated() {
      switch a {
      case .migrate(let p, let v):
        if !(0..<initialProcesses).contains(p) { bad(i, "process", "migrate needs a process alive at the start (0..<\(initialProcesses)), got \(p)") }
        if !mapped.contains(v) { bad(i, "page", "page \(v) is not mapped at the start (mapped: \(mapped))") }
        if !migrated.insert(v).inserted { bad(i, "page", "two migrators of the same folio (page \(v))") }
      case .fault(let p, let v, _):
        if !(0..<processes).contains(p) { bad(i, "process", "process \(p) is not in 0..<\(processes)") }
        if !(0..<pages).contains(v) { bad(i, "page", "page \(v) is not in 0..<\(pages)") }
      case .fork(let parent, let child):
        if !(0..<processes).contains(parent) { bad(i, "parent", "process \(parent) is not in 0..<\(processes)") }
        if !(initialProcesses..<processes).contains(child) {
          bad(i, "child", "the child must be a free process slot in \(initialProcesses)..<\(processes), got \(child)")
        } else if !created.insert(child).inserted {
          bad(i, "child", "process slot \(child) is created twice")
        }
      case .exit(let p):
        if !(0..<processes).contains(p) { bad(i, "process", "process \(p) is not in 0..<\(processes)") }
      }
    }
    for (i, a) in actors.enumerated() {
      switch a {
      case .fault(let p, _, _), .exit(let p):
        if (0..<processes).contains(p) && !created.contains(p) { bad(i, "process", "process \(p) is never alive: no fork creates it") }
      case .fork(let parent, _):
        if (0..<processes).contains(parent) && !created.contains(parent) { bad(i, "parent", "process \(parent) is never alive") }
      case .migrate: break
      }
    }
    return out
  }
}
