import ArgumentParser
import Foundation
import LockAnalysis
import MigrationModel
import SpecFormat

/// `migspec locks`: the lock graph of a variant's rules against the kernel's documented order.
struct Locks: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the lock graph from the rules' declared locks and check it against the kernel's lock order with Z3.",
    discussion: "Exit status: 0 when the graph is consistent with the hierarchy, 1 on a possible circular (or recursive) locking dependency, 2 on bad input.")

  @Option(help: "Variant whose rules to analyse (default folio-6.1); its era's mm/rmap.c lock order is the hierarchy.")
  var variant: String = "folio-6.1"

  @Option(help: "Analyse the rules of this spec (its variant and knobs) instead of a variant's full actor set.")
  var spec: String?

  @Flag(help: "Write the result as JSON.")
  var json = false

  @Option(help: "Also write the graph in Graphviz DOT to this file.")
  var dot: String?

  func run() throws {
    var config = ModelConfig()
    if let spec {
      do { config = try SpecParser.load(path: spec).config } catch { warn(error.description); throw Exit.badInput }
    } else {
      guard Variants.names.contains(variant) else {
        warn("error: unknown variant '\(variant)'; expected one of: \(Variants.names.joined(separator: ", "))")
        throw Exit.badInput
      }
      // Every kind of actor, so that every rule of the variant is in the graph.
      config = Variants.sample(variant)
    }
    if let issue = config.validate().first {
      warn("error: \(spec ?? variant): \(issue.message)")
      throw Exit.badInput
    }
    let model = MigrationModel.build(config, name: spec ?? variant)
    let graph = LockGraph(model: model)
    // The era's own documented order: the variant's kernel's mm/rmap.c comment.
    let hierarchy = LockHierarchy.forVariant(config.variant)
    let report: LockReport
    do { report = try RankSolver.check(graph, against: hierarchy) } catch {
      warn("error: Z3 failed: \(error)")
      throw Exit.unexpected
    }
    if let dot {
      do { try writeAtomically(report.dot, to: dot) } catch {
        warn("error: cannot write \(dot): \(error.localizedDescription)")
        throw Exit.badInput
      }
    }
    if json {
      print(try encodeJSON(LocksDocument(report, variant: config.variant)))
    } else {
      print(report.text, terminator: "")
    }
    if !report.consistent { throw Exit.unexpected }
  }
}

struct LocksDocument: Encodable {
  struct Edge: Encodable { let from, to, rule, actor, kernelFunction: String; let conflicting: Bool }
  var format = "migspec-locks"
  var version = 1
  let variant: String
  /// The era whose mm/rmap.c comment the graph was compared with, and where it was read.
  let hierarchyName: String
  let hierarchySource: String
  /// The migration chain of that comment (outer first), in model class names.
  let hierarchy: [String]
  /// Every chain of the comment, and the extra documented orders.
  let hierarchyChains: [[String]]
  /// The documented rules among the graph's classes, [outer, inner].
  let hierarchyRules: [[String]]
  let classes: [String]
  let edges: [Edge]
  let consistent: Bool
  let ranks: [String: Int]?
  let conflictingHierarchyRules: [[String]]
  let recursiveLocking: [Edge]
  /// Edges that close a cycle among the rules alone (a potential deadlock).
  let cycle: [Edge]

  init(_ r: LockReport, variant: String) {
    self.variant = variant
    hierarchyName = r.hierarchy.name
    hierarchySource = r.hierarchy.source
    hierarchy = r.hierarchy.order
    hierarchyChains = r.hierarchy.allChains
    hierarchyRules = r.hierarchy.rules(for: r.graph.classes).map { [$0.outer, $0.inner] }
    classes = r.graph.classes
    edges = r.graph.edges.map { Edge(from: $0.from, to: $0.to, rule: $0.rule, actor: $0.actor, kernelFunction: $0.kernelFunction, conflicting: r.conflictEdges.contains($0)) }
    consistent = r.consistent
    ranks = r.ranks
    conflictingHierarchyRules = r.conflictRules.map { [$0.outer, $0.inner] }
    cycle = r.cycle.map { Edge(from: $0.from, to: $0.to, rule: $0.rule, actor: $0.actor, kernelFunction: $0.kernelFunction, conflicting: true) }
    recursiveLocking = r.graph.selfDeadlocks.map { Edge(from: $0.from, to: $0.to, rule: $0.rule, actor: $0.actor, kernelFunction: $0.kernelFunction, conflicting: true) }
  }
}
