/// The kernel's documented lock order for an era: the comment at the top of
/// mm/rmap.c. `order` lists classes outer → inner along one chain of that
/// comment, using the model's lockdep names.
public struct LockHierarchy: Sendable {
  public let name: String
  public let source: String
  public let order: [String]

  /// Linux 6.1, mm/rmap.c ("Lock ordering in mm"): mmap_lock → … → folio
  /// lock → … → i_mmap_rwsem → anon_vma->rwsem → page_table_lock/PTL → … →
  /// lru_lock (the chain through the locks migration takes).
  public static let linux61 = LockHierarchy(
    name: "Linux 6.1", source: "mm/rmap.c (lock ordering comment)",
    order: ["&mm->mmap_lock", "PG_locked", "&mapping->i_mmap_rwsem", "&anon_vma->rwsem", "ptlock_ptr(page)", "lru_lock"])

  /// The rule "a before b" for consecutive classes both present in `classes`.
  public func rules(for classes: [String]) -> [(outer: String, inner: String)] {
    let present = order.filter { classes.contains($0) }
    return zip(present, present.dropFirst()).map { ($0, $1) }
  }
}
