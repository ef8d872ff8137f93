// swift-tools-version:6.0
import PackageDescription

// One module per concept. Dependencies point one way:
//   RuleKit <- MigrationModel <- SpecFormat
//   RuleKit <- ExplicitChecker, TraceFormat
//   everything <- migspec (the command line)
// The Z3 layer, the symbolic engine and the reference (MigSpecReference) slot
// in beside ExplicitChecker, reading the same RuleKit rules.
// The hot loops (expression VM, BFS) index raw buffers owned by classes;
// dynamic exclusivity checks there cost ~5% and guard nothing we rely on.
let fast: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
  name: "migspec",
  products: [
    .executable(name: "migspec", targets: ["migspec"]),
    .library(name: "RuleKit", targets: ["RuleKit"]),
    .library(name: "MigrationModel", targets: ["MigrationModel"]),
    .library(name: "Z3Kit", targets: ["Z3Kit"]),
    .library(name: "MigSpecReference", targets: ["MigSpecReference"]),
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
    // Why each protection is there: every protection removed in turn, the specs checked, what breaks.
    .target(name: "Ablation", dependencies: ["MigrationModel", "ExplicitChecker", "RuleKit"]),
    // Rendering traces for people: the kernel-style CPU column table.
    .target(name: "TraceFormat", dependencies: ["RuleKit"]),
    // Z3's C API as a system library (Debian: libz3-dev). Only Z3Kit imports it.
    .systemLibrary(name: "CZ3", pkgConfig: "z3", providers: [.apt(["libz3-dev"])]),
    // The thin Swift layer over Z3: reference-counted terms, solvers, models; errors thrown.
    .target(name: "Z3Kit", dependencies: ["CZ3"]),
    // Bounded model checking and k-induction: the RuleKit rules translated to Z3.
    .target(name: "SymbolicChecker", dependencies: ["RuleKit", "Z3Kit"]),
    // The two engines compared on the same specs: verdicts and shortest counterexample lengths, property by property.
    .target(name: "EngineComparison", dependencies: ["RuleKit", "ExplicitChecker", "SymbolicChecker", "Z3Kit"]),
    // The lock graph from the rules' declared locks, ranked against the kernel's documented order by Z3.
    .target(name: "LockAnalysis", dependencies: ["RuleKit", "Z3Kit"]),
    // Reading the kernel's own traces: ftrace text, x86-64 PTE values.
    .target(name: "KernelTrace"),
    // The reference implementation: events, apply/undo, the observable projection, shrinking.
    .target(name: "MigSpecReference", dependencies: ["RuleKit", "MigrationModel"]),
    // A real kernel's migrations (KernelTrace) checked against folio-6.1 through the reference's labelled trace validation.
    .target(name: "KernelCheck", dependencies: ["KernelTrace", "MigSpecReference", "MigrationModel", "RuleKit"]),
    // Booting a kernel under QEMU: apt set-up, the Debian kernel package, the initramfs, stage time-outs.
    .target(name: "KernelHarness"),
    .executableTarget(
      name: "migspec",
      dependencies: [
        "RuleKit", "MigrationModel", "SpecFormat", "ExplicitChecker", "TraceFormat", "SymbolicChecker", "LockAnalysis",
        "MigSpecReference", "KernelTrace", "KernelCheck", "KernelHarness", "Ablation", "EngineComparison",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "RuleKitTests", dependencies: ["RuleKit"]),
    .testTarget(name: "Z3KitTests", dependencies: ["Z3Kit"]),
    .testTarget(name: "LockAnalysisTests", dependencies: ["LockAnalysis", "MigrationModel"]),
    .testTarget(name: "SymbolicCheckerTests", dependencies: ["SymbolicChecker", "ExplicitChecker", "MigrationModel", "Z3Kit"]),
    .testTarget(name: "EngineComparisonTests", dependencies: ["EngineComparison", "SpecFormat", "MigrationModel", "ExplicitChecker", "RuleKit"]),
    .testTarget(name: "MigrationModelTests", dependencies: ["MigrationModel", "ExplicitChecker"]),
    .testTarget(name: "ExplicitCheckerTests", dependencies: ["ExplicitChecker", "RuleKit"]),
    .testTarget(name: "SpecFormatTests", dependencies: ["SpecFormat"]),
    .testTarget(name: "KernelTraceTests", dependencies: ["KernelTrace"]),
    .testTarget(name: "KernelCheckTests", dependencies: ["KernelCheck", "KernelTrace", "KernelHarness"]),
    .testTarget(name: "MigSpecReferenceTests", dependencies: ["MigSpecReference", "MigrationModel", "RuleKit"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["migspec", "SpecFormat", "MigrationModel", "ExplicitChecker", "RuleKit", "TraceFormat", "Ablation"]
    ),
  ]
)
