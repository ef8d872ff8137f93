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
    for v in Variants.all {
      print("  \(v.name)\(v.seed.map { " (seed \($0))" } ?? ""): \(v.summary)")
      print("      actors: \(v.actorKinds.sorted().joined(separator: ", ")); buggy: \(v.buggy.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")); fixed: \(v.fixed.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
    }
    print("\nknobs:")
    for k in Knobs.fields { print("  \(k.name) (\(k.values.count > 4 ? "\(k.values.first!)...\(k.values.last!)" : k.values.joined(separator: " | ")); default \(k.get(Knobs()))): \(k.help)") }
    print("\nproperties:")
    let sample = MigrationModel.build({ var c = ModelConfig(); c.actors = [.migrate(process: 0, page: 0)]; return c }())
    for p in sample.properties { print("  \(p.id): \(p.statement)") }
    print("\nspecs:")
    let paths: [String]
    do { paths = try resolveSpecPaths(specs) } catch let e as InputError { warn(e.description); throw Exit.badInput }
    for path in paths {
      let spec: Spec
      do { spec = try SpecParser.load(path: path) } catch { warn(error.description); throw Exit.badInput }
      let actors = spec.config.actors.map(\.summary).joined(separator: ", ")
      let expect = spec.expect.map { "\($0.property)=\($0.verdict.rawValue)" }.joined(separator: " ")
      let knobs = Knobs.fields.filter { $0.get(spec.config.knobs) != $0.get(Knobs()) }.map { "\($0.name)=\($0.get(spec.config.knobs))" }
      let setting = spec.config.setting.map { " (\($0))" } ?? ""
      print("  \(spec.name) (\(path)): \(spec.config.variant)\(setting)\(knobs.isEmpty ? "" : " " + knobs.joined(separator: " ")); \(actors)")
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
}
