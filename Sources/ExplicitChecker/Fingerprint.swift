/// 64-bit fingerprints of state vectors.
///
/// States are padded to whole 64-bit words; each word is folded in with a
/// multiply-rotate round (xxHash64's lane round) and the result is finished
/// with a full avalanche, so nearby states get unrelated fingerprints. The
/// function is fixed: the same state has the same fingerprint on every run.
public enum Fingerprint {
  static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
  static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  static let p3: UInt64 = 0x1656_67B1_9E37_79F9

  @inline(__always)
  public static func hash(_ p: UnsafeRawPointer, words: Int) -> UInt64 {
    var acc: UInt64 = p3 &+ UInt64(words) &* p1
    for i in 0..<words {
      let w = p.loadUnaligned(fromByteOffset: i &* 8, as: UInt64.self)
      acc ^= ((w &* p2) << 31 | (w &* p2) >> 33) &* p1
      acc = (acc << 27 | acc >> 37) &* p1 &+ p3
    }
    acc ^= acc >> 33
    acc = acc &* p2
    acc ^= acc >> 29
    acc = acc &* p3
    acc ^= acc >> 32
    return acc == 0 ? 1 : acc  // 0 marks an empty slot in the table
  }
}

/// An open-addressing hash table from fingerprint to state id.
///
/// Only fingerprints are kept, never whole states (as TLC does): 12 bytes a
/// slot, at most three quarters of the slots used (16-32 bytes a state). Two different states with the same fingerprint would be merged;
/// the checker reports an upper bound on the probability that this happened.
///
/// Keys and ids live in raw buffers (no bounds checks, no uniqueness checks
/// per probe); the struct still has value semantics: a copy is made on the
/// first mutation of a shared table.
public struct FingerprintTable {
  final class Storage {
    var keys: UnsafeMutablePointer<UInt64>
    var values: UnsafeMutablePointer<UInt32>
    var capacity: Int
    /// Where `touch` leaves what it loaded, so that the loads stay.
    var sink: UInt64 = 0
    init(capacity: Int) {
      self.capacity = capacity
      keys = .allocate(capacity: capacity)
      keys.initialize(repeating: 0, count: capacity)
      values = .allocate(capacity: capacity)
      values.initialize(repeating: 0, count: capacity)
    }
    func copy() -> Storage {
      let c = Storage(capacity: capacity)
      c.keys.update(from: keys, count: capacity)
      c.values.update(from: values, count: capacity)
      return c
    }
    deinit { keys.deallocate(); values.deallocate() }
  }

  private var storage: Storage
  private var mask: Int
  public private(set) var count = 0

  public init(capacity: Int = 1 << 16) {
    var cap = 16
    while cap < capacity * 2 { cap <<= 1 }
    storage = Storage(capacity: cap)
    mask = cap - 1
  }

  /// The slot holding `fp`, or the empty slot where it would go (linear probing).
  @inline(__always)
  private func probe(_ fp: UInt64) -> Int {
    let k = storage.keys
    var i = Int(truncatingIfNeeded: fp) & mask
    while k[i] != 0 && k[i] != fp { i = (i &+ 1) & mask }
    return i
  }

  /// Inserts `fp` with id `id` unless present. Returns the id stored for
  /// `fp` and whether it was newly inserted.
  @inline(__always)
  public mutating func insert(_ fp: UInt64, id: UInt32) -> (id: UInt32, inserted: Bool) {
    if insertIfAbsent(fp, id: id) { return (id, true) }
    return (storage.values[probe(fp)], false)
  }

  /// Inserts `fp` with id `id` unless present; true if it was new. Unlike
  /// `insert` it never reads the stored id, saving a cache miss per
  /// already-seen state (most transitions).
  @inline(__always)
  public mutating func insertIfAbsent(_ fp: UInt64, id: UInt32) -> Bool {
    if _slowPath(!isKnownUniquelyReferenced(&storage)) { storage = storage.copy() }
    if _slowPath((count + 1) * 4 > storage.capacity * 3) { grow() }
    let i = probe(fp)
    let k = storage.keys
    if k[i] == fp { return false }
    k[i] = fp
    storage.values[i] = id
    count += 1
    return true
  }

  /// Loads the home slots of `fps` (a batch of fingerprints about to be
  /// inserted) so that their cache misses overlap instead of coming one
  /// at a time; changes nothing.
  @inline(__always)
  public func touch(_ fps: UnsafePointer<UInt64>, count n: Int) {
    let k = storage.keys
    var acc: UInt64 = 0
    for j in 0..<n { acc ^= k[Int(truncatingIfNeeded: fps[j]) & mask] }
    storage.sink ^= acc
  }

  public func contains(_ fp: UInt64) -> Bool { storage.keys[probe(fp)] == fp }

  private mutating func grow() {
    let old = storage
    let cap = old.capacity * 2
    storage = Storage(capacity: cap)
    mask = cap - 1
    count = 0
    for j in 0..<old.capacity where old.keys[j] != 0 { _ = insertIfAbsent(old.keys[j], id: old.values[j]) }
  }

  /// Bytes used by the table.
  public var memoryBytes: Int { storage.capacity * 12 }
}
