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
/// state. Two different states with the same fingerprint would be merged;
/// the checker reports an upper bound on the probability that this happened.
public struct FingerprintTable {
  private var keys: [UInt64]
  private var values: [UInt32]
  private var mask: Int
  public private(set) var count = 0

  public init(capacity: Int = 1 << 16) {
    var cap = 16
    while cap < capacity * 2 { cap <<= 1 }
    keys = [UInt64](repeating: 0, count: cap)
    values = [UInt32](repeating: 0, count: cap)
    mask = cap - 1
  }

  /// The slot holding `fp`, or the empty slot where it would go (linear probing).
  @inline(__always)
  private func probe(_ fp: UInt64) -> Int {
    keys.withUnsafeBufferPointer { k in
      var i = Int(truncatingIfNeeded: fp) & mask
      while k[i] != 0 && k[i] != fp { i = (i &+ 1) & mask }
      return i
    }
  }

  /// Inserts `fp` with id `id` unless present. Returns the id stored for
  /// `fp` and whether it was newly inserted.
  @inline(__always)
  public mutating func insert(_ fp: UInt64, id: UInt32) -> (id: UInt32, inserted: Bool) {
    if insertIfAbsent(fp, id: id) { return (id, true) }
    return (values[probe(fp)], false)
  }

  /// Inserts `fp` with id `id` unless present; true if it was new. Unlike
  /// `insert` it never reads the stored id, saving a cache miss per
  /// already-seen state (most transitions).
  @inline(__always)
  public mutating func insertIfAbsent(_ fp: UInt64, id: UInt32) -> Bool {
    if (count + 1) * 2 > keys.count { grow() }
    let i = probe(fp)
    if keys[i] == fp { return false }
    keys[i] = fp
    values[i] = id
    count += 1
    return true
  }

  public func contains(_ fp: UInt64) -> Bool { keys[probe(fp)] == fp }

  private mutating func grow() {
    let oldKeys = keys, oldValues = values
    let cap = oldKeys.count * 2
    keys = [UInt64](repeating: 0, count: cap)
    values = [UInt32](repeating: 0, count: cap)
    mask = cap - 1
    count = 0
    for (k, v) in zip(oldKeys, oldValues) where k != 0 { _ = insertIfAbsent(k, id: v) }
  }

  /// Bytes used by the table.
  public var memoryBytes: Int { keys.count * 12 }
}
