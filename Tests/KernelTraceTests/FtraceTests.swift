import Testing
@testable import KernelTrace

/// Lines as Debian's 6.1.0 kernel printed them under QEMU for one folio mapped
/// by a parent and two forked children, moved with move_pages(2) (quoted in
/// ../shared/kernel-facts.md §6, from the project's first capture: tracepoints
/// migrate:* and kprobes on try_to_migrate, move_to_new_folio,
/// folio_migrate_mapping, read back from /sys/kernel/tracing/trace).
let capture = """
# tracer: nop
#
#                                _-----=> irqs-off/BH-disabled
#                               / _----=> need-resched
#           TASK-PID     CPU#  |||||  TIMESTAMP  FUNCTION
#              | |         |   |||||     |         |
              wl-100     [001] .....     4.029986: try_to_migrate: (try_to_migrate+0x0/0x110)
              wl-100     [001] ...1.     4.031228: set_migration_pte: addr=7fd9bd115000, pte=dfffe7fff8037c02 order=0
              wl-100     [001] ...1.     4.031506: set_migration_pte: addr=7fd9bd115000, pte=dfffeffff8037c02 order=0
              wl-100     [001] .....     4.031709: move_to_new_folio: (move_to_new_folio+0x0/0x140)
CPU:0 [LOST 3 EVENTS]
[    4.035000] random: crng init done
              wl-100     [001] ...1.     4.036903: remove_migration_pte: addr=7fd9bd115000, pte=80000000024f1865 order=0
   kworker/0:1-23      [000] d..2.     4.036950: set_migration_pte: addr=7fd9bd116000, pte=dfffeffff8037c03 order=0
              wl-100     [001] .....     4.037547: mm_migrate_pages: nr_succeeded=8 nr_failed=0 nr_thp_succeeded=0 nr_thp_failed=0 nr_thp_split=0 mode=MIGRATE_SYNC reason=syscall_or_cpuset
              wl-100     [001] ...1.     x.036903: remove_migration_pte: addr=1
DATA OK pid=101
"""

@Suite struct FtraceTests {
  @Test func everyLineIsClassified() {
    let lines = Ftrace.parse(text: capture)
    let events = lines.compactMap { if case .event(let e) = $0.parsed { return e } else { return nil } }
    #expect(events.count == 7)
    #expect(lines.filter { $0.parsed == .header }.count == 6)
    #expect(lines.contains { $0.parsed == .lostEvents(cpu: 0, count: 3) })
    // The console's own line and the workload's are not ftrace's.
    #expect(lines.first { $0.line == 12 }?.parsed == .other)
    #expect(lines.last { if case .other = $0.parsed { return true } else { return false } }?.line == 17)
    // A damaged event line is reported with what was expected.
    guard case .unreadable(let why)? = lines.first(where: { $0.line == 16 })?.parsed else { Issue.record("line 16 not unreadable"); return }
    #expect(why.contains("timestamp"))
  }

  @Test func fieldsAndKprobes() throws {
    guard case .event(let e) = Ftrace.parse("              wl-100     [001] ...1.     4.031228: set_migration_pte: addr=7fd9bd115000, pte=dfffe7fff8037c02 order=0") else {
      Issue.record("not an event"); return
    }
    #expect(e.task == "wl" && e.pid == 100 && e.cpu == 1 && e.flags == "...1." && e.timestamp == 4.031228)
    #expect(e.name == "set_migration_pte" && e.hex("addr") == 0x7fd9bd115000 && e.hex("pte") == 0xdfffe7fff8037c02 && e.int("order") == 0)
    guard case .event(let k) = Ftrace.parse("   kworker/0:1-23      [000] d..2.     4.036950: try_to_migrate: (try_to_migrate+0x0/0x110)") else {
      Issue.record("not an event"); return
    }
    #expect(k.task == "kworker/0:1" && k.pid == 23 && k.name == "try_to_migrate" && k.fields.isEmpty)
    guard case .event(let s) = Ftrace.parse("wl-100 [001] 4.037547: mm_migrate_pages: nr_succeeded=8 nr_failed=0 mode=MIGRATE_SYNC reason=syscall_or_cpuset") else {
      Issue.record("no flags column should still parse"); return
    }
    #expect(s.flags == nil && s.int("nr_succeeded") == 8 && s.field("reason") == "syscall_or_cpuset")
  }
}
