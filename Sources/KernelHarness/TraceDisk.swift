import Foundation

/// The raw disk the guest writes its traces to (a virtio-blk drive, `/dev/vda`
/// in the guest), read by the host after QEMU exits — or after a time limit
/// killed it: every record written by then is there.
///
/// Layout, in 512-byte sectors: sector 0 is the host's label
/// (`migspec-trace-disk 1`); from sector 1 on, records, each a header sector
/// `migspec-record SCENARIO BYTES\n` (zero-padded) followed by BYTES of ftrace
/// text (the last sector partly filled). The guest writes a record's text
/// first and its header last (both `conv=fsync`), so a header means a whole
/// record; the first sector that is not a header ends the list.
public enum TraceDisk {
  public static let label = "migspec-trace-disk 1\n"
  public static let sector = 512

  public struct Record: Sendable, Equatable {
    public var scenario: String
    public var text: String
    public init(scenario: String, text: String) { self.scenario = scenario; self.text = text }
  }

  /// A fresh zeroed image of `megabytes` (sparse) with the label.
  public static func create(path: String, megabytes: Int = 64) throws(HarnessError) {
    try? FileManager.default.removeItem(atPath: path)
    var head = Data(label.utf8)
    head.append(Data(count: sector - head.count))
    guard FileManager.default.createFile(atPath: path, contents: head), let h = FileHandle(forWritingAtPath: path) else {
      throw HarnessError("cannot create the trace disk \(path)")
    }
    defer { try? h.close() }
    do { try h.truncate(atOffset: UInt64(megabytes) << 20) } catch { throw HarnessError("cannot size the trace disk \(path): \(error.localizedDescription)") }
  }

  /// The records of an image (empty if it is missing or has no label).
  public static func read(path: String) -> [Record] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return records(data)
  }

  public static func records(_ data: Data) -> [Record] {
    guard data.count >= sector, data.prefix(label.utf8.count) == Data(label.utf8) else { return [] }
    var out: [Record] = []
    var at = sector
    while at + sector <= data.count {
      let header = data[at..<(at + sector)]
      let end = header.firstIndex(of: 0x0a) ?? header.endIndex
      let words = String(decoding: header[header.startIndex..<end], as: UTF8.self).split(separator: " ")
      guard words.count == 3, words[0] == "migspec-record", let n = Int(words[2]), n >= 0, at + sector + n <= data.count else { break }
      let body = data[(at + sector)..<(at + sector + n)]
      out.append(Record(scenario: String(words[1]), text: String(decoding: body, as: UTF8.self)))
      at += sector * (1 + (n + sector - 1) / sector)
    }
    return out
  }

  /// The capture in the console format the parser reads: each record's text
  /// between `migspec: trace begin S` / `migspec: trace end S`, placed after
  /// the guest's `migspec: trace saved S` line (or, if the console lost it,
  /// after `migspec: scenario S exit=…`, else at the end after a
  /// `migspec: scenario S begin (not on the console …)` line). Lines end as the
  /// console's do (CR LF from a serial console), so a capture reads the same
  /// as one whose traces came over the console.
  public static func assemble(console: String, records: [Record]) -> String {
    var pending = records
    var out: [Substring] = []
    func take(_ scenario: String) -> Record? {
      guard let i = pending.firstIndex(where: { $0.scenario == scenario }) else { return nil }
      return pending.remove(at: i)
    }
    func emit(_ r: Record) {
      out.append("migspec: trace begin \(r.scenario)")
      var body = r.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" })
      if body.last == "" { body.removeLast() }
      out.append(contentsOf: body)
      out.append("migspec: trace end \(r.scenario)")
    }
    // A serial console ends lines with CR LF (one Character in Swift); the capture keeps that for every line.
    let lines = console.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    let newline = console.contains("\r\n") ? "\r\n" : "\n"
    // Scenarios whose records the console announces: their exit lines do not take them.
    let announced = Set(lines.compactMap { l -> String? in marker(l).flatMap { $0.count >= 3 && $0[0] == "trace" && $0[1] == "saved" ? $0[2] : nil } })
    for l in lines {
      out.append(l)
      guard let words = marker(l), words.count >= 3 else { continue }
      if words[0] == "trace", words[1] == "saved", let r = take(words[2]) { emit(r) }
      else if words[0] == "scenario", words[2].hasPrefix("exit="), !announced.contains(words[1]), let r = take(words[1]) { emit(r) }
    }
    if !pending.isEmpty {
      if out.last == "" { out.removeLast() }
      for r in pending {
        // The parser reads a trace only inside its scenario.
        out.append("migspec: scenario \(r.scenario) begin (not on the console: its trace is from the trace disk)")
        emit(r)
      }
      out.append("")
    }
    return out.joined(separator: newline)
  }

  /// The words after `migspec: ` on a console line.
  static func marker(_ line: Substring) -> [String]? {
    guard let m = line.range(of: "migspec: ") else { return nil }
    return line[m.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
  }
}
