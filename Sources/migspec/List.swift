import ArgumentParser
import MigrationModel
import SpecFormat

/// `migspec list`: specs, variants, properties (and a spec's rules).
struct List: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List the specs, variants and properties.")

  @Argument(help: "Spec files or directories (default: specs/).")
  var specs: [String] = []

  @Flag(help: "Also list every rule of each spec's model, with the kernel function it models.")
  var rules = false

  func run() throws {
    print("variants:")
    for v in Variants.all { print("  \(v.name): \(v.summary)") }
    print("\nproperties:")
    let sample = MigrationModel.build({ var c = ModelConfig(); c.actors = [.migrate(process: 0, page: 0)]; return c }())
    for p in sample.properties { print("  \(p.id): \(p.statement)") }
    print("\nspecs:")
    let paths: [String]
    do { paths = try resolveSpecPaths(specs) } catch let e as InputError { warn(e.description); throw Exit.badInput }
    for path in paths {
      let spec: Spec
      do { spec = try SpecParser.load(path: path) } catch { warn(error.description); throw Exit.badInput }
      let actors = spec.config.actors.map(describe).joined(separator: ", ")
      let expect = spec.expect.map { "\($0.property)=\($0.verdict.rawValue)" }.joined(separator: " ")
      print("  \(spec.name) (\(path)): \(spec.config.variant), rmap_insert=\(spec.config.knobs.rmapInsert.rawValue); \(actors)")
      print("      expect: \(expect)")
      if rules {
        let model = MigrationModel.build(spec.config, name: spec.name)
        for r in model.rules {
          let args = r.args.isEmpty ? "" : " " + r.args.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
          print("      \(model.actors[r.actor].name) @\(model.actors[r.actor].pcLabels[r.pc]): \(r.name)\(args) — \(r.kernelFunction)")
        }
      }
    }
  }

  func describe(_ a: ActorConfig) -> String {
    switch a {
    case .migrate(let p, let v): return "migrate(P\(p) page \(v))"
    case .fault(let p, let v, let w): return "\(w ? "write" : "read")(P\(p) page \(v))"
    case .fork(let q, let c): return "fork(P\(q)→P\(c))"
    case .exit(let p): return "exit(P\(p))"
    }
  }
}
