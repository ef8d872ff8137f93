import Foundation

/// Bad input with where it is: `file:line:column: error: message` (line and
/// column from 1), or, for a JSON document whose syntax is fine but whose
/// content is not, `file: error: at .json.path: message`.
public struct BadInput: Error, CustomStringConvertible, Sendable, Equatable {
  public let file: String
  /// 0 when the problem is about the whole file (its size) or a JSON path.
  public let line: Int
  public let column: Int
  public let message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file; self.line = line; self.column = column; self.message = message
  }

  /// A problem with no position in the text (the file's size, a JSON path)
  /// is reported at 1:1, or after the file name with its JSON path.
  public var description: String {
    if line > 0 { return "\(file):\(line):\(column): error: \(message)" }
    return message.hasPrefix("at .") ? "\(file): error: \(message)" : "\(file):1:1: error: \(message)"
  }
}

/// Reading the text files the tool is given (specs, traces, logs, kernel
/// captures): size and line-length limits checked before any parsing, and
/// UTF-8 checked with the first bad byte's position.
public enum InputText {
  /// Limits for one kind of input.
  public struct Limits: Sendable {
    public var maxBytes: Int
    public var maxLineBytes: Int
    public init(maxBytes: Int, maxLineBytes: Int) { self.maxBytes = maxBytes; self.maxLineBytes = maxLineBytes }

    /// A spec: a few hundred bytes in practice.
    public static let spec = Limits(maxBytes: 256 << 10, maxLineBytes: 4096)
    /// A trace file (check, prove and run write them; pretty-printed JSON).
    public static let trace = Limits(maxBytes: 32 << 20, maxLineBytes: 1 << 20)
    /// A diff log (JSON Lines, a state per line at most).
    public static let log = Limits(maxBytes: 256 << 20, maxLineBytes: 1 << 20)
    /// A kernel console capture.
    public static let capture = Limits(maxBytes: 512 << 20, maxLineBytes: 1 << 20)
    /// One answer line from a driven implementation.
    public static let answer = Limits(maxBytes: 1 << 20, maxLineBytes: 1 << 20)
  }

  /// Reads `path` whole, within `limits`, as UTF-8.
  public static func read(path: String, limits: Limits, what: String) throws(BadInput) -> String {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw BadInput(file: path, line: 0, column: 0, message: "no such file")
    }
    if isDir.boolValue { throw BadInput(file: path, line: 0, column: 0, message: "is a directory; expected \(what)") }
    let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    if size > limits.maxBytes {
      throw BadInput(file: path, line: 0, column: 0, message: "\(size) bytes is too large for \(what) (at most \(limits.maxBytes) bytes)")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw BadInput(file: path, line: 0, column: 0, message: "cannot open the file for reading")
    }
    defer { try? handle.close() }
    // Read at most one byte more than allowed: a file that grew, or a
    // device or pipe that reports no size, is still bounded.
    let data: Data
    do { data = try handle.read(upToCount: limits.maxBytes + 1) ?? Data() } catch {
      throw BadInput(file: path, line: 0, column: 0, message: "cannot read the file: \(error.localizedDescription)")
    }
    if data.count > limits.maxBytes {
      throw BadInput(file: path, line: 0, column: 0, message: "too large for \(what) (more than \(limits.maxBytes) bytes)")
    }
    return try decode(data, file: path, limits: limits, what: what)
  }

  /// Checks line lengths and UTF-8; the error names the first offending line and column.
  public static func decode(_ data: Data, file: String, limits: Limits, what: String) throws(BadInput) -> String {
    var line = 1, lineStart = 0
    var result: BadInput? = nil
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let b = raw.bindMemory(to: UInt8.self)
      var i = 0
      let n = b.count
      while i < n {
        let c = b[i]
        if c == 0x0A {
          line += 1; lineStart = i + 1; i += 1; continue
        }
        if i - lineStart >= limits.maxLineBytes {
          result = BadInput(file: file, line: line, column: 1,
                            message: "line longer than \(limits.maxLineBytes) bytes; \(what) has no such lines")
          return
        }
        // UTF-8: the length of the sequence and its continuation bytes (RFC 3629,
        // no overlongs, no surrogates, nothing above U+10FFFF).
        var len = 0
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch c {
        case 0x00...0x7F: len = 1
        case 0xC2...0xDF: len = 2
        case 0xE0: len = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: len = 3
        case 0xED: len = 3; hi = 0x9F
        case 0xF0: len = 4; lo = 0x90
        case 0xF1...0xF3: len = 4
        case 0xF4: len = 4; hi = 0x8F
        default: len = 0
        }
        var ok = len > 0 && i + len <= n
        if ok && len > 1 {
          for k in 1..<len {
            let cb = b[i + k]
            let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
            if cb < l || cb > h { ok = false; break }
          }
        }
        if !ok {
          let before = String(decoding: UnsafeBufferPointer(rebasing: b[lineStart..<i]), as: UTF8.self)
          result = BadInput(file: file, line: line, column: before.unicodeScalars.count + 1,
                            message: String(format: "byte 0x%02X is not UTF-8 text; \(what) must be UTF-8", c))
          return
        }
        i += len
      }
    }
    if let result { throw result }
    return String(decoding: data, as: UTF8.self)
  }

  /// Line and column (from 1, the column in characters) of a UTF-8 byte offset.
  public static func position(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
    var line = 1, lineStart = 0
    let end = min(max(offset, 0), data.count)
    var i = 0
    for byte in data.prefix(end) {
      if byte == 0x0A { line += 1; lineStart = i + 1 }
      i += 1
    }
    let column = String(decoding: data[data.startIndex + lineStart..<data.startIndex + end], as: UTF8.self).unicodeScalars.count + 1
    return (line, column)
  }
}
