import ArgumentParser

/// The `migspec` command: subcommands in the style of git and swift.
struct MigSpec: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migspec",
    abstract: "Model checker and executable specification of Linux page migration.",
    discussion: """
      The protocol (migration entries, rmap walks over anon_vma lists, fork, faults waiting on the \
      folio lock, refcount checks) is written once as transition rules; `check` explores every \
      interleaving of the bounded configurations in specs/.
      """,
    version: "0.1.0",
    subcommands: [Check.self, Prove.self, Crosscheck.self, Locks.self, List.self, Run.self, Replay.self, Show.self, Diff.self, Drive.self, Kernel.self, Ablate.self, Bench.self],
    defaultSubcommand: nil
  )
}

/// Exit codes shared by the subcommands.
enum Exit {
  /// Every verdict was the expected one.
  static let ok = ExitCode(0)
  /// Some verdict was not the expected one (or a model error).
  static let unexpected = ExitCode(1)
  /// Bad usage or bad input.
  static let badInput = ExitCode(2)
}
