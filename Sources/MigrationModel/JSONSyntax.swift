import Foundation

/// A JSON syntax check (RFC 8259) that says where a document goes wrong:
/// Foundation's parsers reject bad JSON without a position the user can
/// use. Iterative, with a nesting limit, so no input can exhaust the stack.
public enum JSONSyntax {
  /// The deepest nesting of arrays and objects accepted.
  public static let maxDepth = 128

  /// The first syntax error: its byte offset and what was expected there; nil for valid JSON.
  public static func firstError(in data: Data) -> (offset: Int, message: String)? {
    let b = [UInt8](data)
    var i = 0
    let n = b.count
    // What the parser expects next.
    enum Want { case value, valueOrClose, keyOrClose, key, colon, commaOrClose }
    var want = Want.value
    var stack: [UInt8] = []  // '[' or '{'

    func describe(_ k: Int) -> String {
      guard k < n else { return "the end of the input" }
      let c = b[k]
      if c >= 0x20 && c < 0x7F { return "'\(Character(UnicodeScalar(c)))'" }
      return String(format: "byte 0x%02X", c)
    }
    func skipSpace() { while i < n, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
    // A string from b[i] == '"'; returns an error or nil.
    func string() -> (Int, String)? {
      i += 1
      while i < n {
        let c = b[i]
        if c == 0x22 { i += 1; return nil }
        if c < 0x20 { return (i, "control character \(describe(i)) in a string (escape it)") }
        if c == 0x5C {
          guard i + 1 < n else { return (i + 1, "unterminated string") }
          let e = b[i + 1]
          switch e {
          case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 2
          case 0x75:
            for k in 2...5 {
              guard i + k < n, let _ = hexValue(b[i + k]) else { return (min(i + k, n), "expected 4 hex digits after \\u") }
            }
            i += 6
          default: return (i + 1, "invalid escape \\\(describe(i + 1))")
          }
          continue
        }
        i += 1
      }
      return (n, "unterminated string")
    }
    func hexValue(_ c: UInt8) -> Int? {
      switch c {
      case 0x30...0x39: return Int(c - 0x30)
      case 0x41...0x46: return Int(c - 0x41 + 10)
      case 0x61...0x66: return Int(c - 0x61 + 10)
      default: return nil
      }
    }
    func isDigit(_ k: Int) -> Bool { k < n && b[k] >= 0x30 && b[k] <= 0x39 }
    func number() -> (Int, String)? {
      if b[i] == 0x2D { i += 1 }
      guard isDigit(i) else { return (i, "expected a digit, found \(describe(i))") }
      if b[i] == 0x30 { i += 1 } else { while isDigit(i) { i += 1 } }
      if i < n && b[i] == 0x2E {
        i += 1
        guard isDigit(i) else { return (i, "expected a digit after '.', found \(describe(i))") }
        while isDigit(i) { i += 1 }
      }
      if i < n && (b[i] == 0x65 || b[i] == 0x45) {
        i += 1
        if i < n && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
        guard isDigit(i) else { return (i, "expected a digit in the exponent, found \(describe(i))") }
        while isDigit(i) { i += 1 }
      }
      return nil
    }
    func literal(_ word: String) -> (Int, String)? {
      for (k, c) in word.utf8.enumerated() where i + k >= n || b[i + k] != c {
        return (i + k, "expected '\(word)', found \(describe(i + k))")
      }
      i += word.utf8.count
      return nil
    }
    // After a complete value: what follows depends on the enclosing container.
    func afterValue() { want = stack.isEmpty ? .value : .commaOrClose }

    skipSpace()
    if i >= n { return (0, "empty input; expected a JSON value") }
    var done = false
    while true {
      skipSpace()
      if done {
        if i < n { return (i, "unexpected \(describe(i)) after the end of the JSON value") }
        return nil
      }
      guard i < n else {
        switch want {
        case .colon: return (n, "expected ':' at the end of the input")
        case .key, .keyOrClose: return (n, "expected a key (a string) at the end of the input")
        default: return (n, "unexpected end of the input (\(stack.count) unclosed bracket(s))")
        }
      }
      let c = b[i]
      switch want {
      case .value, .valueOrClose:
        if want == .valueOrClose && c == 0x5D { stack.removeLast(); i += 1; done = stack.isEmpty; afterValue(); continue }
        switch c {
        case 0x7B, 0x5B:
          if stack.count >= maxDepth { return (i, "nested deeper than \(maxDepth) levels") }
          stack.append(c); i += 1
          want = c == 0x7B ? .keyOrClose : .valueOrClose
          continue
        case 0x22: if let e = string() { return e }
        case 0x2D, 0x30...0x39: if let e = number() { return e }
        case 0x74: if let e = literal("true") { return e }
        case 0x66: if let e = literal("false") { return e }
        case 0x6E: if let e = literal("null") { return e }
        default: return (i, "expected a value, found \(describe(i))")
        }
        done = stack.isEmpty
        afterValue()
      case .key, .keyOrClose:
        if want == .keyOrClose && c == 0x7D { stack.removeLast(); i += 1; done = stack.isEmpty; afterValue(); continue }
        guard c == 0x22 else { return (i, "expected a key (a string in double quotes), found \(describe(i))") }
        if let e = string() { return e }
        want = .colon
      case .colon:
        guard c == 0x3A else { return (i, "expected ':' after the key, found \(describe(i))") }
        i += 1
        want = .value
      case .commaOrClose:
        let open = stack.last ?? 0x5B
        let close: UInt8 = open == 0x7B ? 0x7D : 0x5D
        if c == 0x2C { i += 1; want = open == 0x7B ? .key : .value; continue }
        if c == close { stack.removeLast(); i += 1; done = stack.isEmpty; afterValue(); continue }
        return (i, "expected ',' or '\(Character(UnicodeScalar(close)))', found \(describe(i))")
      }
    }
  }

  /// `line L, column C: message` for invalid JSON, or nil if the syntax is fine.
  public static func error(in data: Data, file: String) -> BadInput? {
    guard let (offset, message) = firstError(in: data) else { return nil }
    let (line, column) = InputText.position(ofByte: offset, in: data)
    return BadInput(file: file, line: line, column: column, message: "invalid JSON: \(message)")
  }
}
