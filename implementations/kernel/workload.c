/*
 * migspec's kernel workload: runs inside the QEMU guest (PID 1's child) with
 * two NUMA nodes, makes the kernel migrate anonymous pages while other
 * processes share them (fork, COW) and fault on them, and checks every
 * process's data afterwards.
 *
 *   migspec-workload SCENARIO [ROUNDS]
 *
 * Scenarios:
 *   move-pages       the parent maps pages with known data, forks children that
 *                    read and write (COW) them, and moves the pages between the
 *                    nodes with move_pages(2) (MPOL_MF_MOVE_ALL) meanwhile;
 *   fork-in-migration a child moves the shared pages while the parent forks
 *                    more children (fork copies migration entries);
 *   migrate-pages    migrate_pages(2) of a sharing child's whole address space
 *                    from one node to the other and back;
 *   compact          writes /proc/sys/vm/compact_memory with the pages mapped
 *                    in two processes.
 *
 * Every process prints one line the host reads:
 *   migspec-workload: SCENARIO ROLE pid=N checks=N failures=N
 * and the parent a last one:
 *   migspec-workload: SCENARIO result=ok|FAILED processes=N checks=N failures=N moves=N region=START-END
 *
 * Built static (gcc -static) so the initramfs needs nothing else.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MPOL_MF_MOVE_ALL (1 << 2)
#define PAGE 4096UL
#define NPAGES 8
#define WORDS (PAGE / sizeof(uint64_t))

static const char *scenario;
static uint8_t *region;
static long checks, failures, moves;

/* The value of word j of page i when written by `writer` in `round`. */
static uint64_t pattern(unsigned writer, unsigned round, unsigned i, unsigned j) {
  return 0x6d69677370656300ULL ^ ((uint64_t)writer << 48) ^ ((uint64_t)round << 32) ^ ((uint64_t)i << 16) ^ j;
}

static void fill(unsigned i, unsigned writer, unsigned round) {
  uint64_t *w = (uint64_t *)(region + i * PAGE);
  for (unsigned j = 0; j < WORDS; j++) w[j] = pattern(writer, round, i, j);
}

static void check(unsigned i, unsigned writer, unsigned round, const char *who) {
  uint64_t *w = (uint64_t *)(region + i * PAGE);
  checks++;
  for (unsigned j = 0; j < WORDS; j++) {
    if (w[j] != pattern(writer, round, i, j)) {
      failures++;
      printf("migspec-workload: %s %s pid=%d DATA MISMATCH page %u word %u: %016llx, expected %016llx\n", scenario, who,
             getpid(), i, j, (unsigned long long)w[j], (unsigned long long)pattern(writer, round, i, j));
      return;
    }
  }
}

static void check_all(unsigned round, unsigned written, unsigned writer, const char *who) {
  for (unsigned i = 0; i < NPAGES; i++) check(i, i < written ? writer : 0, round, who);
}

static void report(const char *who) {
  printf("migspec-workload: %s %s pid=%d checks=%ld failures=%ld\n", scenario, who, getpid(), checks, failures);
  fflush(stdout);
}

/* The node page i is on, or -errno. */
static int node_of(unsigned i) {
  void *p = region + i * PAGE;
  int status = -1;
  if (syscall(SYS_move_pages, 0, 1UL, &p, NULL, &status, 0) != 0) return -errno;
  return status;
}

/* move_pages(2) of pages [first, first+n) to the other node; returns pages moved. */
static int move_to_other_node(unsigned first, unsigned n) {
  void *pages[NPAGES];
  int nodes[NPAGES], status[NPAGES];
  for (unsigned k = 0; k < n; k++) {
    pages[k] = region + (first + k) * PAGE;
    int now = node_of(first + k);
    nodes[k] = now == 0 ? 1 : 0;
  }
  if (syscall(SYS_move_pages, 0, (unsigned long)n, pages, nodes, status, MPOL_MF_MOVE_ALL) < 0) {
    printf("migspec-workload: %s move_pages failed: %s\n", scenario, strerror(errno));
    return 0;
  }
  int moved = 0;
  for (unsigned k = 0; k < n; k++) moved += status[k] == nodes[k];
  moves += moved;
  return moved;
}

static void pause_us(long us) {
  struct timespec t = {us / 1000000, (us % 1000000) * 1000};
  nanosleep(&t, NULL);
}

/* A child sharing the region: reads everything (expects the parent's round
   data), writes `writes` pages after `delay` (COW, often while the parent is
   migrating), then stays alive, mapping the rest, until the parent closes
   `hold`; checks again and exits with the number of failures. */
static int hold[2];

static void wait_for_release(void) {
  char c;
  close(hold[1]);
  while (read(hold[0], &c, 1) > 0) {}
}

static pid_t sharer(unsigned round, unsigned writes, long delay) {
  pid_t pid = fork();
  if (pid != 0) return pid;
  checks = failures = 0;
  unsigned me = (unsigned)getpid() & 0xffff;
  check_all(round, 0, 0, "child");
  pause_us(delay);
  for (unsigned i = 0; i < writes; i++) fill(i, me, round);
  wait_for_release();
  check_all(round, writes, me, "child");
  report("child");
  _exit(failures ? 1 : 0);
}

/* Starts round r: the parent's data, and the pipe the round's sharers wait on. */
static void round_begin(unsigned r) {
  for (unsigned i = 0; i < NPAGES; i++) fill(i, 0, r);
  if (pipe(hold) != 0) { perror("pipe"); exit(2); }
}

/* Lets the round's sharers go. */
static void hold_release(void) {
  close(hold[0]);
  close(hold[1]);
}

static int processes = 1;
static long child_failures;

static void reap(pid_t pid) {
  int status;
  if (waitpid(pid, &status, 0) == pid && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) child_failures++;
  processes++;
}

static void move_pages_scenario(unsigned rounds) {
  for (unsigned r = 1; r <= rounds; r++) {
    round_begin(r);
    pid_t a = sharer(r, NPAGES / 2, 2000 * r), b = sharer(r, 0, 0);
    pause_us(1000 * (r % 3));
    move_to_other_node(0, NPAGES);
    move_to_other_node(0, NPAGES);
    hold_release();
    reap(a);
    reap(b);
    check_all(r, 0, 0, "parent");
  }
}

static void fork_in_migration_scenario(unsigned rounds) {
  for (unsigned r = 1; r <= rounds; r++) {
    round_begin(r);
    pid_t migrator = fork();
    if (migrator == 0) {
      checks = failures = 0;
      for (unsigned k = 0; k < 4; k++) move_to_other_node(0, NPAGES);
      wait_for_release();
      check_all(r, 0, 0, "migrator");
      printf("migspec-workload: %s migrator pid=%d moves=%ld\n", scenario, getpid(), moves);
      report("migrator");
      _exit(failures ? 1 : 0);
    }
    pid_t kids[4];
    for (unsigned k = 0; k < 4; k++) {
      pause_us(300 * k * r);
      kids[k] = sharer(r, k % 2 ? 1 : 0, 500);
    }
    hold_release();
    for (unsigned k = 0; k < 4; k++) reap(kids[k]);
    reap(migrator);
    check_all(r, 0, 0, "parent");
  }
}

static void migrate_pages_scenario(unsigned rounds) {
  for (unsigned r = 1; r <= rounds; r++) {
    round_begin(r);
    pid_t a = sharer(r, 1, 1000 * r);
    for (int from = 0; from < 2; from++) {
      unsigned long old_nodes = 1UL << from, new_nodes = 1UL << (1 - from);
      long left = syscall(SYS_migrate_pages, a, 8UL * sizeof(long), &old_nodes, &new_nodes);
      if (left < 0) printf("migspec-workload: %s migrate_pages failed: %s\n", scenario, strerror(errno));
      else moves++;
    }
    hold_release();
    reap(a);
    check_all(r, 0, 0, "parent");
  }
}

static void compact_scenario(unsigned rounds) {
  for (unsigned r = 1; r <= rounds; r++) {
    round_begin(r);
    pid_t a = sharer(r, 0, 0);
    int fd = open("/proc/sys/vm/compact_memory", O_WRONLY);
    if (fd < 0 || write(fd, "1\n", 2) != 2) printf("migspec-workload: %s compact_memory: %s\n", scenario, strerror(errno));
    else moves++;
    if (fd >= 0) close(fd);
    hold_release();
    reap(a);
    check_all(r, 0, 0, "parent");
  }
}

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  if (argc < 2) {
    fprintf(stderr, "usage: %s move-pages|fork-in-migration|migrate-pages|compact [ROUNDS]\n", argv[0]);
    return 2;
  }
  scenario = argv[1];
  unsigned rounds = argc > 2 ? (unsigned)atoi(argv[2]) : 3;
  region = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (region == MAP_FAILED) { perror("mmap"); return 2; }
  if (!strcmp(scenario, "move-pages")) move_pages_scenario(rounds);
  else if (!strcmp(scenario, "fork-in-migration")) fork_in_migration_scenario(rounds);
  else if (!strcmp(scenario, "migrate-pages")) migrate_pages_scenario(rounds);
  else if (!strcmp(scenario, "compact")) compact_scenario(rounds);
  else {
    fprintf(stderr, "%s: unknown scenario \"%s\"\n", argv[0], scenario);
    return 2;
  }
  report("parent");
  long total = failures + child_failures;
  printf("migspec-workload: %s result=%s processes=%d checks=%ld failures=%ld moves=%ld region=%lx-%lx\n", scenario,
         total ? "FAILED" : "ok", processes, checks, total, moves, (unsigned long)region,
         (unsigned long)(region + NPAGES * PAGE));
  return total ? 1 : 0;
}
