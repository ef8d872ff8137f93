import ArgumentParser
import Foundation

// Usage errors exit with 2 (the documented code for bad usage or input),
// not argument-parser's default of 64.
do {
  var command = try MigSpec.parseAsRoot()
  try command.run()
} catch {
  if MigSpec.exitCode(for: error) == .validationFailure {
    let message = MigSpec.fullMessage(for: error)
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
    exit(2)
  }
  MigSpec.exit(withError: error)
}
