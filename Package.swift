// swift-tools-version:6.0
import PackageDescription

// One module per concept. Dependencies point one way:
//   RuleKit <- MigrationModel <- SpecFormat
//   RuleKit <- ExplicitChecker, TraceFormat
//   everything <- migspec (the command line)
// The Z3 layer, the symbolic engine and the reference/conformance modules
// (later issues) slot in beside ExplicitChecker, reading the same RuleKit rules.
// The hot loops (expression VM, BFS) index raw buffers owned by classes;
// dynamic exclusivity checks there cost ~5% and guard nothing we rely on.
let fast: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
  name: "migspec",
  products: [
    .executable(name: "migspec", targets: ["migspec"]),
    .library(name: "RuleKit", targets: ["RuleKit"]),
    .library(name: "MigrationModel", targets: ["MigrationModel"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // The rule language: bounded state, typed expressions, rules, compiled evaluation, traces.
    .target(name: "RuleKit", swiftSettings: fast),
    // The page-migration protocol written as RuleKit rules (folio-6.1 and its knobs).
    .target(name: "MigrationModel", dependencies: ["RuleKit"]),
    // specs/*.yaml: parsing with file:line errors, into a model configuration and expectations.
    .target(name: "SpecFormat", dependencies: ["MigrationModel", "Yams"]),
    // Breadth-first explicit-state exploration with fingerprints, shortest counterexamples.
    .target(name: "ExplicitChecker", dependencies: ["RuleKit"], swiftSettings: fast),
    // Rendering traces for people: the kernel-style CPU column table.
    .target(name: "TraceFormat", dependencies: ["RuleKit"]),
    .executableTarget(
      name: "migspec",
      dependencies: [
        "RuleKit", "MigrationModel", "SpecFormat", "ExplicitChecker", "TraceFormat",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "RuleKitTests", dependencies: ["RuleKit"]),
    .testTarget(name: "MigrationModelTests", dependencies: ["MigrationModel", "ExplicitChecker"]),
    .testTarget(name: "ExplicitCheckerTests", dependencies: ["ExplicitChecker", "RuleKit"]),
    .testTarget(name: "SpecFormatTests", dependencies: ["SpecFormat"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["migspec", "SpecFormat", "MigrationModel", "ExplicitChecker", "RuleKit", "TraceFormat"]
    ),
  ]
)
