import RuleKit

/// What a page-table entry holds. The migration-entry kinds mirror 6.1's
/// `make_{readable,readable_exclusive,writable}_migration_entry`.
public enum PTEKind: Int, ModelEnum {
  case none
  /// A present PTE; its write bit is `pteWrite`.
  case present
  /// `SWP_MIGRATION_READ`: restored write-protected and not exclusive.
  case migrationRead
  /// `SWP_MIGRATION_READ_EXCLUSIVE`: restored write-protected, exclusive.
  case migrationReadExclusive
  /// `SWP_MIGRATION_WRITE`: restored writable and exclusive.
  case migrationWrite
}

/// The state of the whole modelled machine: processes with one anonymous VMA
/// each, their page tables, anon_vmas with ordered rmap lists, folios, locks.
///
/// Every field is a RuleKit state variable; the helpers below write the
/// recurring kernel idioms (`folio_put`, allocation, `pfn_swap_entry_to_page`)
/// once, as rule fragments, so that each rule reads like the kernel step.
public final class World {
  public let config: ModelConfig
  public let b: ModelBuilder
  /// Process slots = VMAs = anon_vmas (slot p's own anon_vma is p).
  public let P: Int
  public let V: Int
  public let F: Int
  /// `mapping` value meaning NULL; `dst`/`old` locals use `F` for "no folio".
  public let noAnonVma: Int
  public let noFolio: Int
  /// Largest data value (0 = zero page, 1 = initial contents, 2+ = writes).
  public let maxData: Int

  // Processes, VMAs, page tables.
  public let alive: StateVar<Bool>
  public let pteKind: StateVar<PTEKind>
  public let pteFolio: StateVar<Int>
  public let pteWrite: StateVar<Bool>
  /// Ghost: the value the process last wrote (or inherited) at each page;
  /// what a read must return.
  public let expected: StateVar<Int>

  // anon_vmas: ordered rmap lists of VMA (= process) ids.
  public let avList: StateVar<Int>
  public let avLen: StateVar<Int>
  public let avRefcount: StateVar<Int>

  // Folios.
  public let used: StateVar<Bool>
  public let refcount: StateVar<Int>
  public let mapcount: StateVar<Int>
  public let lru: StateVar<Bool>
  public let anonExclusive: StateVar<Bool>
  public let mapping: StateVar<Int>
  public let index: StateVar<Int>
  public let data: StateVar<Int>

  // Locks, named as lockdep names them.
  public let mmapLock: LockClass
  public let anonVmaLock: LockClass
  public let ptl: LockClass
  public let pgLocked: LockClass

  init(config: ModelConfig, builder b: ModelBuilder) {
    self.config = config
    self.b = b
    P = config.processes
    V = config.pages
    F = config.effectiveFolios
    noAnonVma = P
    noFolio = F
    let writers = config.actors.filter { if case .fault(_, _, true) = $0 { return true } else { return false } }.count
    maxData = 1 + writers
    let procs = (0..<P).map { "P\($0)" }
    let vpages = (0..<V).map { "\($0)" }
    let folioNames = (0..<F).map { "F\($0)" }
    let avNames = (0..<P).map { "av\($0)" }
    let refMax = P + config.actors.count + 2

    alive = b.bool("alive", dims: [P], indexNames: [procs])
    pteKind = b.enumeration("pte", PTEKind.self, dims: [P, V], indexNames: [procs, vpages])
    pteFolio = b.int("pte.folio", max: F - 1, dims: [P, V], indexNames: [procs, vpages])
    pteWrite = b.bool("pte.write", dims: [P, V], indexNames: [procs, vpages])
    expected = b.int("expected", max: maxData, dims: [P, V], indexNames: [procs, vpages])
    avList = b.int("anon_vma.list", max: P - 1, dims: [P, P], indexNames: [avNames, (0..<P).map { "\($0)" }])
    avLen = b.int("anon_vma.len", max: P, dims: [P], indexNames: [avNames])
    avRefcount = b.int("anon_vma.refcount", max: refMax, dims: [P], indexNames: [avNames])
    used = b.bool("folio.used", dims: [F], indexNames: [folioNames])
    refcount = b.int("folio.refcount", max: refMax, dims: [F], indexNames: [folioNames])
    mapcount = b.int("folio.mapcount", max: P, dims: [F], indexNames: [folioNames])
    lru = b.bool("PG_lru", dims: [F], indexNames: [folioNames])
    anonExclusive = b.bool("PG_anon_exclusive", dims: [F], indexNames: [folioNames])
    mapping = b.int("folio.mapping", max: P, dims: [F], indexNames: [folioNames])
    index = b.int("folio.index", max: V - 1, dims: [F], indexNames: [folioNames])
    data = b.int("folio.data", max: maxData, dims: [F], indexNames: [folioNames])
    mmapLock = b.rwsem("&mm->mmap_lock", count: P, indexNames: procs)
    anonVmaLock = b.rwsem("&anon_vma->rwsem", count: P, indexNames: avNames)
    ptl = b.mutex("ptlock_ptr(page)", count: P, indexNames: procs)
    pgLocked = b.mutex("PG_locked", count: F, indexNames: folioNames)
  }

  // MARK: Derived expressions

  /// The anon_vma whose rwsem guards `av`'s tree. Every process of a
  /// configuration descends from process 0, so in 6.1 (root locking) that is
  /// always anon_vma 0's.
  public func rootLock(_ av: Expr<Int>) -> LockRef { anonVmaLock[0] }

  /// The PTE at (process, page) is present and maps `folio`.
  public func maps(_ p: some IndexExpr, _ v: some IndexExpr, _ folio: Expr<Int>) -> Expr<Bool> {
    pteKind[p, v] == .present && pteFolio[p, v] == folio
  }

  /// The PTE at (process, page) is a migration entry of any kind.
  public func isMigrationEntry(_ p: some IndexExpr, _ v: some IndexExpr) -> Expr<Bool> {
    pteKind[p, v] != .none && pteKind[p, v] != .present
  }

  /// The PTE is a migration entry for `folio`.
  public func isMigrationEntry(_ p: some IndexExpr, _ v: some IndexExpr, for folio: Expr<Int>) -> Expr<Bool> {
    isMigrationEntry(p, v) && pteFolio[p, v] == folio
  }

  /// VMA `vma` is linked in `av`'s rmap list.
  public func linked(_ vma: Int, in av: Expr<Int>) -> Expr<Bool> {
    any(0..<P) { k in Expr<Int>(k) < avLen[av] && avList[av, k] == Expr<Int>(vma) }
  }

  /// Some folio slot is free.
  public var anyFreeFolio: Expr<Bool> { any(0..<F) { !used[$0] } }

  /// The lowest free folio slot (meaningful when `anyFreeFolio`): the page
  /// allocator's choice, made deterministic.
  public var firstFreeFolio: Expr<Int> {
    (0..<F).reversed().reduce(Expr<Int>(F - 1)) { acc, f in ite(!used[f], Expr(f), acc) }
  }

  // MARK: Rule fragments

  /// `folio_put` ×`n`: drop references; the last one frees the folio (all
  /// its fields return to the free state). Putting a folio whose refcount
  /// is already too low is a use-after-free / double free.
  public func folioPut<PC>(_ r: inout Step<PC>, _ f: Expr<Int>, by n: Int = 1, what: String) {
    r.check("refcount_safety", refcount[f] >= Expr(n) && used[f], "\(what): folio_put on a folio with refcount < \(n) (double free / use after free)")
    let freed = refcount[f] == Expr(n)
    r.update(refcount[f]) { $0 - Expr(n) }
    freeFields(&r, f, when: freed)
  }

  /// Clears a folio's fields when `cond` holds (it is being freed).
  func freeFields<PC>(_ r: inout Step<PC>, _ f: Expr<Int>, when cond: Expr<Bool>) {
    r.when(cond, used[f], false)
    r.when(cond, lru[f], false)
    r.when(cond, anonExclusive[f], false)
    r.when(cond, mapping[f], Expr(noAnonVma))
    r.when(cond, index[f], 0)
    r.when(cond, data[f], 0)
  }

  /// Allocates the first free folio with one reference (the allocation's),
  /// storing its number in `into`. The caller requires `anyFreeFolio`.
  public func allocFolio<PC>(_ r: inout Step<PC>, into local: Expr<Int>, data value: Expr<Int>) {
    let f = firstFreeFolio
    r.set(used[f], true)
    r.set(refcount[f], 1)
    r.set(data[f], value)
    r.set(local, f)
  }

  /// `pfn_swap_entry_to_page`: 6.1 `BUG_ON(is_migration_entry(entry) && !PageLocked(p))`.
  /// Any use of a migration entry requires its folio to be locked.
  public func checkEntryLocked<PC>(_ r: inout Step<PC>, _ p: some IndexExpr, _ v: some IndexExpr, property: String, in function: String) {
    r.check(property, implies(isMigrationEntry(p, v), pgLocked[pteFolio[p, v]].isHeld),
            "\(function): pfn_swap_entry_to_page: BUG_ON(!PageLocked) — migration entry for an unlocked folio")
  }

  /// Sets a PTE (canonical: a cleared PTE has folio 0 and no write bit).
  public func setPTE<PC>(_ r: inout Step<PC>, _ p: some IndexExpr, _ v: some IndexExpr, _ kind: Expr<PTEKind>, folio: Expr<Int>, write: Expr<Bool>) {
    r.set(pteKind[p, v], kind)
    r.set(pteFolio[p, v], folio)
    r.set(pteWrite[p, v], write)
  }

  /// Clears a PTE to none.
  public func clearPTE<PC>(_ r: inout Step<PC>, _ p: some IndexExpr, _ v: some IndexExpr) {
    setPTE(&r, p, v, Expr(PTEKind.none), folio: 0, write: false)
  }
}
