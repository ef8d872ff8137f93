import Ablation
import ArgumentParser
import Foundation
import MigrationModel
import SpecFormat

/// `migspec ablate`: which race each protection prevents.
struct Ablate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Remove each protection of the protocol in turn and show what breaks without it.",
    discussion: """
      Every protection the model names (a lock, a reference, a recheck, an ordering; `migspec list` \
      shows their knobs) is removed on its own, every spec of a variant that has it is checked by the \
      explicit engine, and the table lists the properties that held and break without it, with the \
      shortest counterexample. "nothing breaks in these specs" means the protection is redundant in \
      the kernel or missing from the specs. Exit 0 when the table was made, 2 on bad input.
      """)

  @Argument(help: "Spec files or directories (default: specs/).")
  var specs: [String] = []

  @Option(help: "Only these protections (knob names, comma-separated).")
  var only: String?

  @Option(help: "State limit per search (a search stopped by it is reported, never counted as holding).")
  var maxStates: Int = 2_000_000

  @Flag(help: "A Markdown table (the README's) instead of the text report.")
  var markdown = false

  @Flag(help: "JSON: one record per protection, with the counterexamples.")
  var json = false

  func validate() throws {
    if maxStates < 1 { throw ValidationError("--max-states must be at least 1") }
    if let only {
      for k in only.split(separator: ",").map(String.init) where !Protection.all.contains(where: { $0.knob == k }) {
        throw ValidationError("--only: '\(k)' is not a protection; expected some of: \(Protection.all.map(\.knob).joined(separator: ", "))")
      }
    }
  }

  func run() throws {
    let subjects = try loadSpecsOrExit(specs).map { Ablation.Subject(name: $0.name, config: $0.config) }
    let chosen = only.map { o in Set(o.split(separator: ",").map(String.init)) }
    let protections = Protection.all.filter { chosen?.contains($0.knob) ?? true }
    let rows = Ablation.run(subjects, protections: protections, maxStates: maxStates) { step in
      if stderrIsTerminal { warn("ablate: \(step)") }
    }
    if json {
      print(try encodeJSON(AblateDocument(rows: rows)))
    } else if markdown {
      print(Ablation.markdown(rows), terminator: "")
    } else {
      for r in rows {
        print("\(r.knob): \(r.removed)  [\(r.kernelFunction)]")
        print("  \(r.summary)")
        if r.breaks.isEmpty {
          print("  nothing breaks in these specs (\(r.specs.joined(separator: ", ")))")
        }
        for b in r.breaks {
          print("  breaks \(b.property): \(b.steps) steps in \(b.spec)")
        }
        if !r.incomplete.isEmpty { print("  search stopped early in: \(r.incomplete.joined(separator: ", ")) (the rest unknown there)") }
      }
    }
  }
}

struct AblateDocument: Encodable {
  var format = "migspec-ablate"
  var version = 1
  let rows: [Ablation.Row]
}
