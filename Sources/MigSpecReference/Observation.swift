import RuleKit

/// The documented, stable view of a reference state that implementations
/// are compared on: per page (folio) its counts, flags, mapping and data;
/// per page-table entry what it holds; per lock who holds it. Variant state
/// (PG_swapcache, PG_movable, …) appears as extra flags. Everything else
/// (actors' program counters and locals, ghost variables) is internal.
public struct Observation: Codable, Hashable, Sendable {
  public struct Page: Codable, Hashable, Sendable {
    /// `F0`, `F1`, …: the folio slot.
    public let id: String
    public let used: Bool
    public let refcount: Int
    public let mapcount: Int
    /// Set flags, sorted: `anon_exclusive`, `locked`, `lru`, and the variant's.
    public let flags: [String]
    /// `av0` … for an anonymous folio, `NULL` for none.
    public let mapping: String
    public let index: Int
    public let data: Int
    /// The NUMA node (0 or 1) it was allocated on.
    public let node: Int
  }
  public struct PTE: Codable, Hashable, Sendable {
    public let process: Int
    public let page: Int
    /// `none`, `present`, `migration` (read / read-exclusive / write in
    /// `entry`), `migration-cache`, `swap`.
    public let kind: String
    /// The folio a present PTE or migration entry names (`F1`); the cache id
    /// of a migration-cache or swap entry (`id0`); nil for none.
    public let target: String?
    public let write: Bool
    /// For a migration entry: `read`, `read-exclusive` or `write`.
    public let entry: String?
  }
  public struct Lock: Codable, Hashable, Sendable {
    /// `PG_locked[F0]`, `&anon_vma->rwsem[av0]`, …
    public let name: String
    /// The exclusive holder's actor name, if any.
    public let holder: String?
    public let readers: Int
  }
  public let pages: [Page]
  public let ptes: [PTE]
  public let locks: [Lock]

  public init(pages: [Page], ptes: [PTE], locks: [Lock]) { self.pages = pages; self.ptes = ptes; self.locks = locks }

  public init(model: Model, state s: [UInt8]) {
    let layout = model.layout
    func v(_ name: String) -> VarDecl? { layout.vars.first { $0.name == name } }
    func at(_ d: VarDecl?, _ idx: [Int]) -> Int { d.map { Int(s[$0.slot(idx)]) } ?? 0 }
    let used = v("folio.used"), ref = v("folio.refcount"), map = v("folio.mapcount"), mapping = v("folio.mapping")
    let index = v("folio.index"), data = v("folio.data"), node = v("folio.node")
    let F = used?.dims.first ?? 0
    let noAnonVma = mapping.map { $0.domain.maxValue } ?? 0
    let flagVars: [(String, String)] = [("PG_lru", "lru"), ("PG_anon_exclusive", "anon_exclusive"), ("PG_swapcache", "swapcache"),
                                       ("PG_dirty", "dirty"), ("PG_movable", "movable"), ("PG_isolated", "isolated"),
                                       ("page.mapping(shmem)", "shmem_mapping"), ("page.mapping(driver)", "driver_mapping"),
                                       ("driver.list", "driver_list"), ("driver.owns", "driver_owns")]
    let pgLocked = model.locks.first { $0.name == "PG_locked" }
    pages = (0..<F).map { f in
      var flags = flagVars.compactMap { name, flag in at(v(name), [f]) != 0 ? flag : nil }
      if let l = pgLocked, at(layout[l.holder], [f]) != 0 { flags.append("locked") }
      let m = at(mapping, [f])
      return Page(id: "F\(f)", used: at(used, [f]) != 0, refcount: at(ref, [f]), mapcount: at(map, [f]), flags: flags.sorted(),
                  mapping: m == noAnonVma ? "NULL" : "av\(m)", index: at(index, [f]), data: at(data, [f]), node: at(node, [f]))
    }
    let kind = v("pte"), folio = v("pte.folio"), write = v("pte.write")
    let P = kind?.dims.first ?? 0, V = kind.map { $0.dims.count > 1 ? $0.dims[1] : 1 } ?? 0
    var ptes: [PTE] = []
    for p in 0..<P {
      for page in 0..<V {
        let k = at(kind, [p, page]), t = at(folio, [p, page]), w = at(write, [p, page]) != 0
        switch k {
        case 0: ptes.append(PTE(process: p, page: page, kind: "none", target: nil, write: false, entry: nil))
        case 1: ptes.append(PTE(process: p, page: page, kind: "present", target: "F\(t)", write: w, entry: nil))
        case 2, 3, 4:
          let entry = ["read", "read-exclusive", "write"][k - 2]
          ptes.append(PTE(process: p, page: page, kind: "migration", target: "F\(t)", write: k == 4, entry: entry))
        case 5: ptes.append(PTE(process: p, page: page, kind: "migration-cache", target: "id\(t)", write: false, entry: nil))
        default: ptes.append(PTE(process: p, page: page, kind: "swap", target: "id\(t)", write: false, entry: nil))
        }
      }
    }
    self.ptes = ptes
    var locks: [Lock] = []
    for info in model.locks {
      let h = layout[info.holder]
      for i in 0..<h.cellCount {
        let idx = h.dims.isEmpty ? [] : [i]
        let who = at(h, idx)
        let names = h.indexNames.first ?? []
        let label = h.dims.isEmpty ? info.name : "\(info.name)[\(i < names.count ? names[i] : String(i))]"
        locks.append(Lock(name: label, holder: who == 0 ? nil : model.actors[who - 1].name,
                          readers: info.readers.map { at(layout[$0], idx) } ?? 0))
      }
    }
    self.locks = locks
  }
}
