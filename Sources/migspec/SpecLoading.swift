import Foundation
import SpecFormat

/// Resolves the spec arguments: files, directories of specs, or (none) the
/// specs/ directory of the current working directory.
func resolveSpecPaths(_ args: [String]) throws -> [String] {
  var paths: [String] = []
  let fm = FileManager.default
  let inputs = args.isEmpty ? ["specs"] : args
  for a in inputs {
    var isDir: ObjCBool = false
    guard fm.fileExists(atPath: a, isDirectory: &isDir) else {
      if args.isEmpty {
        throw InputError("no spec named and no specs/ directory here; run from the repository root or name spec files")
      }
      throw InputError("\(a): no such file or directory")
    }
    if isDir.boolValue {
      let found = SpecParser.specFiles(in: a)
      if found.isEmpty { throw InputError("\(a): no *.yaml spec files in this directory") }
      paths += found
    } else {
      paths.append(a)
    }
  }
  return paths
}

/// Loads every spec the arguments name (see `resolveSpecPaths`); a bad spec
/// or path is reported on stderr and exits with status 2.
func loadSpecsOrExit(_ args: [String]) throws -> [Spec] {
  do {
    return try resolveSpecPaths(args).map { try SpecParser.load(path: $0) }
  } catch let e as SpecError {
    warn(e.description)
    throw Exit.badInput
  } catch let e as InputError {
    warn(e.description)
    throw Exit.badInput
  }
}

/// Bad input that is not tied to a line of a spec (a missing file, a bad flag value).
struct InputError: Error, CustomStringConvertible {
  let description: String
  init(_ d: String) { description = "error: " + d }
}

/// Writes to standard error.
func warn(_ s: String) {
  FileHandle.standardError.write((s + "\n").data(using: .utf8)!)
}

/// Whether standard error is a terminal (progress lines go there only then).
var stderrIsTerminal: Bool { isatty(2) != 0 }
