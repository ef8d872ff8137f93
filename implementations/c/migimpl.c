/*
 * migimpl: a small C implementation of Linux 6.1's anonymous folio
 * migration protocol (mm/migrate.c __unmap_and_move, mm/rmap.c
 * try_to_migrate / remove_migration_ptes, kernel/fork.c dup_mmap, mm/memory.c
 * handle_pte_fault), written from the kernel's algorithm, step by step, so
 * that `migspec drive` can compare it with the model after every step and
 * `migspec diff` can check its logs.
 *
 * It speaks JSON Lines on stdin/stdout (one request, one answer):
 *   {"op":"configure", "processes":2, "pages":1, "folios":3, "initial_processes":1,
 *    "mapped":[0], "passes":1, "force_from_pass":3, "expected_refs":1,
 *    "actors":[{"kind":"migrate","name":"migrate0","process":0,"page":0}, ...]}
 *   {"op":"event", "actor":"migrate0", "name":"folio_isolate_lru", "args":{}}
 *   {"op":"observe"}   {"op":"quit"}
 * and answers {"ok":true,"state":{pages, ptes, locks}} or {"ok":false,"error":"..."}.
 * `--log FILE` also writes every event it carries out as a log for `migspec diff`.
 *
 * Bugs to inject at compile time:
 *   -DBUG_PREPEND          anon_vma_fork links the child at the head of the rmap list
 *   -DBUG_NO_REFCOUNT_CHECK folio_migrate_mapping does not compare the refcount
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "json.h"

#define MAXP 4
#define MAXV 2
#define MAXF 8
#define MAXA 8

enum { PTE_NONE, PTE_PRESENT, PTE_MIG_READ, PTE_MIG_READ_EXCL, PTE_MIG_WRITE };
enum { K_MIGRATE, K_FORK, K_FAULT };

struct pte { int kind, folio, write, expected; };
struct mm { int alive, writer, readers; struct pte pte[MAXV]; };
struct anon_vma { int list[MAXP], len, refcount, writer, readers; };
struct folio { int used, refcount, mapcount, lru, anon_excl, mapping, index, data, locked, node; };

/* Program counters, named after the model's labels. */
enum { M_ISOLATE, M_UNMAP_AND_MOVE, M_TRYLOCK_SRC, M_LOCK_SRC, M_GET_ANON_VMA, M_GET_ANON_VMA_RECHECK, M_TRYLOCK_DST, M_TRY_TO_MIGRATE,
       M_UNMAP_WALK, M_MOVE, M_COPY, M_ADD_LRU, M_REMAP, M_REMAP_WALK, M_UNLOCK_DST, M_PUT_ANON_VMA, M_UNLOCK_SRC,
       M_PUT_DST, M_PUT_SRC, M_FAILED, M_PUTBACK, M_DONE };
enum { F_LOCK_OLD, F_LOCK_NEW, F_ANON_VMA_FORK, F_OWN_ANON_VMA, F_COPY_RANGE, F_FINISH, F_DONE };
enum { A_ACCESS, A_LOCK_MM, A_HANDLE, A_WP_COPY, A_WP_INSTALL, A_ANON_INSTALL, A_SLEEP, A_DONE };

struct actor {
	char name[32];
	int kind, pc, id;
	int p, v, write, value, src, parent, child;         /* parameters */
	int isolated, dst, av, cursor, was_mapped, ok, pass; /* migrate locals */
	int wait, woken, old, newp, addr;                   /* fault and fork locals */
};

static struct {
	int configured, P, V, F, passes, force_from, expected_refs;
	struct mm mm[MAXP];
	struct anon_vma av[MAXP];
	struct folio f[MAXF];
	struct actor a[MAXA];
	int nactors;
} w;

static FILE *logf;
static const char *log_path;

/* ---- helpers: the kernel idioms ---- */

static int no_folio(void) { return w.F; }
static int no_anon_vma(void) { return w.P; }

/* folio_unlock's wake-up (6.1 migration_entry_wait_on_locked): every task
 * queued on the folio is marked woken now, whatever happens to the lock. */
static void wake_waiters(int f)
{
	for (int i = 0; i < w.nactors; i++)
		if (w.a[i].kind == K_FAULT && w.a[i].wait == f) w.a[i].woken = 1;
}

/* put_anon_vma: the last reference frees it; a child anon_vma's free drops
 * the reference it holds on its root (__put_anon_vma; anon_vma 0 is the root). */
static void put_anon_vma(int av)
{
	if (--w.av[av].refcount == 0 && av != 0) w.av[0].refcount--;
}

static int first_free(void)
{
	for (int i = 0; i < w.F; i++) if (!w.f[i].used) return i;
	return -1;
}

/* folio_put ×n: the last reference frees the folio. */
static void folio_put(int f, int n)
{
	struct folio *x = &w.f[f];
	x->refcount -= n;
	if (x->refcount == 0) {
		x->used = x->lru = x->anon_excl = x->index = x->data = x->node = 0;
		x->mapping = no_anon_vma();
	}
}

/* A migration target goes to the other node; a faulting task allocates on node 0. */
static int alloc_folio(int data, int node)
{
	int f = first_free();
	w.f[f].used = 1;
	w.f[f].refcount = 1;
	w.f[f].data = data;
	w.f[f].node = node;
	return f;
}

static int is_mig(int k) { return k == PTE_MIG_READ || k == PTE_MIG_READ_EXCL || k == PTE_MIG_WRITE; }
static int maps(int p, int v, int f) { return w.mm[p].pte[v].kind == PTE_PRESENT && w.mm[p].pte[v].folio == f; }
static int linked(int vma, int av)
{
	for (int k = 0; k < w.av[av].len; k++) if (w.av[av].list[k] == vma) return 1;
	return 0;
}

/* ---- migrate_pages of one folio (mm/migrate.c, 6.1) ---- */

static int migrate_step(struct actor *a, const char *e, int page)
{
	int s = a->src, d = a->dst;
	struct folio *S = &w.f[s];
	int m = S->mapping;
	int force = a->pass >= w.force_from;
	int me = a->id + 1;
#define EV(x) (!strcmp(e, x))
	switch (a->pc) {
	case M_ISOLATE:
		if (EV("folio_isolate_lru") && S->used && S->lru) {
			S->lru = 0; S->refcount++; a->isolated = 1; a->pc = M_UNMAP_AND_MOVE; return 1;
		}
		if (EV("folio_isolate_lru → -EBUSY") && !(S->used && S->lru)) { a->pc = M_DONE; return 1; }
		return 0;
	case M_UNMAP_AND_MOVE:
		if (EV("unmap_and_move: freed under us") && S->refcount == 1) {
			folio_put(s, 1); a->isolated = 0; a->pc = M_DONE; return 1;
		}
		if (EV("get_new_page") && S->refcount != 1 && first_free() >= 0) { a->dst = alloc_folio(0, 1 - S->node); a->pc = M_TRYLOCK_SRC; return 1; }
		if (EV("get_new_page → -ENOMEM") && S->refcount != 1 && first_free() < 0) { a->pc = M_PUTBACK; return 1; }
		return 0;
	case M_TRYLOCK_SRC:
		if (EV("folio_trylock(src)") && !S->locked) { S->locked = me; a->pc = M_GET_ANON_VMA; return 1; }
		if (EV("folio_trylock(src) → -EAGAIN") && S->locked && !force) { a->ok = 0; a->pc = M_FAILED; return 1; }
		if (EV("folio_trylock(src) failed: sleep") && S->locked && force) { a->pc = M_LOCK_SRC; return 1; }
		return 0;
	case M_LOCK_SRC:
		if (EV("folio_lock(src)") && !S->locked) { S->locked = me; a->pc = M_GET_ANON_VMA; return 1; }
		return 0;
	case M_GET_ANON_VMA: {
		/* folio_get_anon_vma: a mapped anon folio pins its anon_vma (inc_not_zero). */
		int ok = S->mapcount > 0 && m != no_anon_vma() && w.av[m].refcount > 0;
		if (EV("folio_get_anon_vma") && ok) { w.av[m].refcount++; a->av = m; a->pc = M_GET_ANON_VMA_RECHECK; return 1; }
		if (EV("folio_get_anon_vma → NULL") && !ok) { a->pc = M_TRYLOCK_DST; return 1; }
		return 0;
	}
	case M_GET_ANON_VMA_RECHECK:
		/* folio_mapped() again: unmapped meanwhile means put it back, NULL. */
		if (EV("folio_get_anon_vma: still mapped") && S->mapcount > 0) { a->pc = M_TRYLOCK_DST; return 1; }
		if (EV("folio_get_anon_vma: unmapped meanwhile → NULL") && S->mapcount == 0) {
			put_anon_vma(a->av); a->av = no_anon_vma(); a->pc = M_TRYLOCK_DST; return 1;
		}
		return 0;
	case M_TRYLOCK_DST:
		if (EV("folio_trylock(dst)") && !w.f[d].locked) { w.f[d].locked = me; a->pc = M_TRY_TO_MIGRATE; return 1; }
		return 0;
	case M_TRY_TO_MIGRATE:
		/* try_to_migrate: the root anon_vma rwsem for read (every process here descends from P0). */
		if (EV("try_to_migrate") && S->mapcount > 0 && !w.av[0].writer) {
			w.av[0].readers++; a->cursor = 0; a->was_mapped = 1; a->pc = M_UNMAP_WALK; return 1;
		}
		if (EV("try_to_migrate: not mapped") && S->mapcount == 0) { a->was_mapped = 0; a->pc = M_MOVE; return 1; }
		return 0;
	case M_UNMAP_WALK:
		if (EV("try_to_migrate_one") && S->index == page && a->cursor < w.av[m].len && S->mapcount > 0) {
			int q = w.av[m].list[a->cursor];
			struct pte *t = &w.mm[q].pte[page];
			if (maps(q, page, s)) {
				/* Under the PTL: the entry keeps write / exclusive; the PTE's counts go. */
				t->kind = t->write ? PTE_MIG_WRITE : (S->anon_excl ? PTE_MIG_READ_EXCL : PTE_MIG_READ);
				t->write = 0;
				S->anon_excl = 0;
				S->mapcount--;
				S->refcount--;
			}
			a->cursor++;
			return 1;
		}
		if (EV("try_to_migrate: walk done") && (a->cursor >= w.av[m].len || S->mapcount == 0)) {
			w.av[0].readers--; a->cursor = 0; a->pc = M_MOVE; return 1;
		}
		return 0;
	case M_MOVE: {
#ifdef BUG_NO_REFCOUNT_CHECK
		int refs_ok = 1;
#else
		int refs_ok = S->refcount == w.expected_refs;
#endif
		int next = a->was_mapped ? M_REMAP : M_UNLOCK_DST;
		if (EV("folio_migrate_mapping") && S->mapcount == 0 && refs_ok) {
			w.f[d].mapping = m; w.f[d].index = S->index; a->pc = M_COPY; return 1;
		}
		if (EV("folio_migrate_mapping → -EAGAIN") && S->mapcount == 0 && !refs_ok) { a->ok = 0; a->pc = next; return 1; }
		if (EV("folio_mapped → -EAGAIN") && S->mapcount > 0) { a->ok = 0; a->pc = next; return 1; }
		return 0;
	}
	case M_COPY:
		if (EV("folio_migrate_copy")) { w.f[d].data = S->data; a->ok = 1; a->pc = M_ADD_LRU; return 1; }
		return 0;
	case M_ADD_LRU:
		if (EV("folio_add_lru(dst)")) { w.f[d].lru = 1; a->pc = a->was_mapped ? M_REMAP : M_UNLOCK_DST; return 1; }
		return 0;
	case M_REMAP:
		if (EV("remove_migration_ptes") && !w.av[0].writer) { w.av[0].readers++; a->cursor = 0; a->pc = M_REMAP_WALK; return 1; }
		return 0;
	case M_REMAP_WALK:
		if (EV("remove_migration_pte") && S->index == page && a->cursor < w.av[m].len) {
			int q = w.av[m].list[a->cursor];
			struct pte *t = &w.mm[q].pte[page];
			int target = a->ok ? d : s;
			if (is_mig(t->kind) && t->folio == s) {
				int kind = t->kind;
				t->write = kind == PTE_MIG_WRITE;
				t->kind = PTE_PRESENT;
				t->folio = target;
				w.f[target].refcount++;
				w.f[target].mapcount++;
				if (kind != PTE_MIG_READ) w.f[target].anon_excl = 1;
			}
			a->cursor++;
			return 1;
		}
		if (EV("remove_migration_ptes: walk done") && a->cursor >= w.av[m].len) {
			w.av[0].readers--; a->cursor = 0; a->pc = M_UNLOCK_DST; return 1;
		}
		return 0;
	case M_UNLOCK_DST:
		if (EV("folio_unlock(dst)")) { w.f[d].locked = 0; wake_waiters(d); a->pc = M_PUT_ANON_VMA; return 1; }
		return 0;
	case M_PUT_ANON_VMA:
		if (EV("put_anon_vma")) {
			if (a->av != no_anon_vma()) put_anon_vma(a->av);
			a->av = no_anon_vma();
			a->pc = M_UNLOCK_SRC;
			return 1;
		}
		return 0;
	case M_UNLOCK_SRC:
		if (EV("folio_unlock(src)")) { S->locked = 0; wake_waiters(a->src); a->pc = a->ok ? M_PUT_DST : M_FAILED; return 1; }
		return 0;
	case M_PUT_DST:
		if (EV("folio_put(dst)")) { folio_put(d, 1); a->dst = no_folio(); a->pc = M_PUT_SRC; return 1; }
		return 0;
	case M_PUT_SRC:
		if (EV("put_page(src)")) { folio_put(s, 1); a->isolated = 0; a->pc = M_DONE; return 1; }
		return 0;
	case M_FAILED:
		if (EV("put_page(newpage) → retry") && a->pass < w.passes - 1) {
			folio_put(d, 1); a->dst = no_folio(); a->pass++; a->pc = M_UNMAP_AND_MOVE; return 1;
		}
		if (EV("put_page(newpage) → give up") && a->pass >= w.passes - 1) {
			folio_put(d, 1); a->dst = no_folio(); a->pc = M_PUTBACK; return 1;
		}
		return 0;
	case M_PUTBACK:
		if (EV("putback_lru_page(src)")) { S->lru = 1; folio_put(s, 1); a->isolated = 0; a->pc = M_DONE; return 1; }
		return 0;
	}
	return 0;
}

/* ---- fork: dup_mmap of the parent's one anonymous VMA (kernel/fork.c) ---- */

static int fork_step(struct actor *a, const char *e, int page)
{
	int q = a->parent, c = a->child, me = a->id + 1;
	switch (a->pc) {
	case F_LOCK_OLD:
		if (EV("mmap_write_lock(oldmm)") && w.mm[q].alive && !w.mm[q].writer && !w.mm[q].readers) {
			w.mm[q].writer = me; a->pc = F_LOCK_NEW; return 1;
		}
		return 0;
	case F_LOCK_NEW:
		if (EV("mmap_write_lock_nested(mm)") && !w.mm[c].writer && !w.mm[c].readers) { w.mm[c].writer = me; a->pc = F_ANON_VMA_FORK; return 1; }
		return 0;
	case F_ANON_VMA_FORK:
		/* anon_vma_fork under the root rwsem (write): link the child into every
		 * anon_vma the parent is in, then give it its own. Before any PTE copy. */
		if (EV("anon_vma_fork") && !w.av[0].writer && !w.av[0].readers) {
			for (int av = 0; av < w.P; av++) {
				if (av == c || !linked(q, av)) continue;
#ifdef BUG_PREPEND
				memmove(&w.av[av].list[1], &w.av[av].list[0], sizeof(int) * (MAXP - 1));
				w.av[av].list[0] = c;
#else
				w.av[av].list[w.av[av].len] = c;
#endif
				w.av[av].len++;
			}
			a->pc = F_OWN_ANON_VMA;
			return 1;
		}
		return 0;
	case F_OWN_ANON_VMA:
		/* The child's own anon_vma, pinning its root, linked under the root rwsem. */
		if (EV("anon_vma_fork: own anon_vma") && !w.av[0].writer && !w.av[0].readers) {
			w.av[0].refcount++;
			w.av[c].list[0] = c; w.av[c].len = 1; w.av[c].refcount = 1;
			a->addr = 0;
			a->pc = F_COPY_RANGE;
			return 1;
		}
		return 0;
	case F_COPY_RANGE:
		if (EV("copy_pte_range") && a->addr == page) {
			struct pte *src = &w.mm[q].pte[page], *dst = &w.mm[c].pte[page];
			int f = src->folio, present = src->kind == PTE_PRESENT, mig = is_mig(src->kind);
			if (present) {   /* copy_present_pte: share write-protected */
				w.f[f].refcount++; w.f[f].mapcount++; w.f[f].anon_excl = 0; src->write = 0;
			}
			if (mig) src->kind = PTE_MIG_READ;   /* copy_nonpresent_pte */
			dst->kind = present ? PTE_PRESENT : (mig ? PTE_MIG_READ : PTE_NONE);
			dst->folio = present || mig ? f : 0;
			dst->write = 0;
			dst->expected = src->expected;
			a->addr = page + 1;
			a->pc = page + 1 == w.V ? F_FINISH : F_COPY_RANGE;
			return 1;
		}
		return 0;
	case F_FINISH:
		if (EV("dup_mmap: done")) {
			w.mm[c].writer = 0; w.mm[q].writer = 0; w.mm[c].alive = 1; a->addr = 0; a->pc = F_DONE; return 1;
		}
		return 0;
	}
	return 0;
}

/* ---- one access by a thread: the MMU, then handle_pte_fault (mm/memory.c) ---- */

static int fault_step(struct actor *a, const char *e)
{
	int p = a->p, v = a->v, me = a->id + 1;
	struct pte *t = &w.mm[p].pte[v];
	int f = t->folio;
	int present = t->kind == PTE_PRESENT;
	int access_ok = a->write ? present && t->write : present;
	(void)me;
	switch (a->pc) {
	case A_ACCESS:
		if (a->write && EV("store (pte writable)") && w.mm[p].alive && access_ok) {
			w.f[f].data = a->value; t->expected = a->value; a->pc = A_DONE; return 1;
		}
		if (!a->write && EV("load (pte present)") && w.mm[p].alive && access_ok) { a->pc = A_DONE; return 1; }
		if (EV("page fault") && w.mm[p].alive && !access_ok) { a->pc = A_LOCK_MM; return 1; }
		return 0;
	case A_LOCK_MM:
		if (EV("mmap_read_lock") && !w.mm[p].writer) { w.mm[p].readers++; a->pc = A_HANDLE; return 1; }
		return 0;
	case A_SLEEP:
		if (EV("folio_unlock woke us") && a->woken) {
			a->wait = no_folio(); a->woken = 0; w.mm[p].readers--; a->pc = A_ACCESS; return 1;
		}
		return 0;
	case A_HANDLE:
		if (EV("handle_pte_fault: spurious") && access_ok) { w.mm[p].readers--; a->pc = A_ACCESS; return 1; }
		if (EV("migration_entry_wait") && is_mig(t->kind)) { a->wait = f; a->woken = !w.f[f].locked; a->pc = A_SLEEP; return 1; }
		if (a->write) {
			int reuse = w.f[f].anon_excl || (w.f[f].refcount == 1 && !w.f[f].locked);
			if (EV("do_wp_page: reuse") && present && !t->write && reuse) {
				t->write = 1;
				if (!w.f[f].anon_excl) w.f[f].mapping = p;   /* page_move_anon_rmap */
				w.f[f].anon_excl = 1;
				w.f[f].data = a->value; t->expected = a->value;
				w.mm[p].readers--; a->pc = A_DONE; return 1;
			}
			if (EV("do_wp_page: copy") && present && !t->write && !reuse) {
				w.f[f].refcount++; a->old = f; a->pc = A_WP_COPY; return 1;
			}
			if (EV("do_anonymous_page: alloc") && t->kind == PTE_NONE && first_free() >= 0) {
				a->newp = alloc_folio(0, 0); a->pc = A_ANON_INSTALL; return 1;
			}
			if (EV("do_anonymous_page → VM_FAULT_OOM") && t->kind == PTE_NONE && first_free() < 0) {
				w.mm[p].readers--; a->pc = A_DONE; return 1;
			}
		} else if (EV("do_anonymous_page: zero page") && t->kind == PTE_NONE) {
			w.mm[p].readers--; a->pc = A_DONE; return 1;
		}
		return 0;
	case A_WP_COPY:
		if (EV("wp_page_copy: alloc + copy") && first_free() >= 0) { a->newp = alloc_folio(w.f[a->old].data, 0); a->pc = A_WP_INSTALL; return 1; }
		if (EV("wp_page_copy → VM_FAULT_OOM") && first_free() < 0) {
			folio_put(a->old, 1); a->old = no_folio(); w.mm[p].readers--; a->pc = A_DONE; return 1;
		}
		return 0;
	case A_WP_INSTALL: {
		int o = a->old, n = a->newp, same = maps(p, v, o) && !t->write;
		if (EV("wp_page_copy: pte_same") && same) {
			t->kind = PTE_PRESENT; t->folio = n; t->write = 1;
			w.f[n].mapcount = 1; w.f[n].anon_excl = 1; w.f[n].mapping = p; w.f[n].index = v; w.f[n].lru = 1;
			w.f[n].data = a->value; t->expected = a->value;
			w.f[o].mapcount--;
			folio_put(o, 2);   /* the PTE's reference and do_wp_page's */
			a->old = a->newp = no_folio();
			w.mm[p].readers--; a->pc = A_DONE; return 1;
		}
		if (EV("wp_page_copy: pte changed") && !same) {
			folio_put(n, 1); folio_put(o, 1); a->old = a->newp = no_folio();
			w.mm[p].readers--; a->pc = A_ACCESS; return 1;
		}
		return 0;
	}
	case A_ANON_INSTALL: {
		int n = a->newp;
		if (EV("do_anonymous_page: set_pte_at") && t->kind == PTE_NONE) {
			t->kind = PTE_PRESENT; t->folio = n; t->write = 1;
			w.f[n].mapcount = 1; w.f[n].anon_excl = 1; w.f[n].mapping = p; w.f[n].index = v; w.f[n].lru = 1;
			w.f[n].data = a->value; t->expected = a->value;
			a->newp = no_folio(); w.mm[p].readers--; a->pc = A_DONE; return 1;
		}
		if (EV("do_anonymous_page: pte not none") && t->kind != PTE_NONE) {
			folio_put(n, 1); a->newp = no_folio(); w.mm[p].readers--; a->pc = A_ACCESS; return 1;
		}
		return 0;
	}
	}
	return 0;
#undef EV
}

/* ---- the protocol ---- */

static void reply_error(const char *msg)
{
	printf("{\"ok\":false,\"error\":\"%s\"}\n", msg);
	fflush(stdout);
}

static void print_state(void)
{
	printf("{\"ok\":true,\"state\":{\"pages\":[");
	for (int i = 0; i < w.F; i++) {
		struct folio *x = &w.f[i];
		printf("%s{\"id\":\"F%d\",\"used\":%s,\"refcount\":%d,\"mapcount\":%d,\"flags\":[", i ? "," : "", i,
		       x->used ? "true" : "false", x->refcount, x->mapcount);
		const char *flags[3]; int n = 0;
		if (x->anon_excl) flags[n++] = "anon_exclusive";
		if (x->locked) flags[n++] = "locked";
		if (x->lru) flags[n++] = "lru";
		for (int k = 0; k < n; k++) printf("%s\"%s\"", k ? "," : "", flags[k]);
		if (x->mapping == no_anon_vma()) printf("],\"mapping\":\"NULL\"");
		else printf("],\"mapping\":\"av%d\"", x->mapping);
		printf(",\"index\":%d,\"data\":%d,\"node\":%d}", x->index, x->data, x->node);
	}
	printf("],\"ptes\":[");
	for (int p = 0; p < w.P; p++) {
		for (int v = 0; v < w.V; v++) {
			struct pte *t = &w.mm[p].pte[v];
			printf("%s{\"process\":%d,\"page\":%d,", p || v ? "," : "", p, v);
			if (t->kind == PTE_NONE) printf("\"kind\":\"none\",\"write\":false}");
			else if (t->kind == PTE_PRESENT) printf("\"kind\":\"present\",\"target\":\"F%d\",\"write\":%s}", t->folio, t->write ? "true" : "false");
			else printf("\"kind\":\"migration\",\"target\":\"F%d\",\"write\":%s,\"entry\":\"%s\"}", t->folio,
				    t->kind == PTE_MIG_WRITE ? "true" : "false",
				    t->kind == PTE_MIG_WRITE ? "write" : t->kind == PTE_MIG_READ_EXCL ? "read-exclusive" : "read");
		}
	}
	printf("],\"locks\":[");
	int first = 1;
#define LOCK(fmt, idx, holder, readers) do { \
		printf("%s{\"name\":\"" fmt "\"", first ? "" : ",", idx); first = 0; \
		if (holder) printf(",\"holder\":\"%s\"", w.a[(holder) - 1].name); \
		printf(",\"readers\":%d}", readers); } while (0)
	for (int p = 0; p < w.P; p++) LOCK("&mm->mmap_lock[P%d]", p, w.mm[p].writer, w.mm[p].readers);
	for (int p = 0; p < w.P; p++) LOCK("&anon_vma->rwsem[av%d]", p, w.av[p].writer, w.av[p].readers);
	for (int p = 0; p < w.P; p++) LOCK("ptlock_ptr(page)[P%d]", p, 0, 0);
	for (int f = 0; f < w.F; f++) LOCK("PG_locked[F%d]", f, w.f[f].locked, 0);
#undef LOCK
	printf("]}}\n");
	fflush(stdout);
}

static const char *configure(const struct jval *req)
{
	memset(&w, 0, sizeof(w));
	w.P = json_int(req, "processes", 1);
	w.V = json_int(req, "pages", 1);
	w.F = json_int(req, "folios", 1);
	w.passes = json_int(req, "passes", 2);
	w.force_from = json_int(req, "force_from_pass", 3);
	w.expected_refs = json_int(req, "expected_refs", 1);
	int n = json_int(req, "initial_processes", 1);
	const char *insert = json_str(req, "insert");
	if (insert && strcmp(insert, "append") && strcmp(insert, "prepend")) return "only rmap_insert append or prepend";
	if (json_str(req, "variant") && strcmp(json_str(req, "variant"), "folio-6.1")) return "only variant folio-6.1";
	if (w.P < 1 || w.P > MAXP || w.V < 1 || w.V > MAXV || w.F < 1 || w.F > MAXF || n < 1 || n > w.P) return "sizes out of range";
	for (int f = 0; f < w.F; f++) w.f[f].mapping = no_anon_vma();
	for (int p = 0; p < n; p++) {
		w.mm[p].alive = 1;
		w.av[p].refcount = p == 0 ? n : 1;   /* the root is pinned by each child's anon_vma */
		w.av[p].len = p == 0 ? n : 1;
		if (p > 0) w.av[p].list[0] = p;
		w.av[0].list[p] = p;
	}
	struct jval *mapped = json_get(req, "mapped");
	for (int i = 0; mapped && i < mapped->len; i++) {
		int v = mapped->items[i]->num;
		struct folio *x = &w.f[i];
		x->used = 1; x->refcount = n; x->mapcount = n; x->lru = 1; x->anon_excl = n == 1; x->mapping = 0; x->index = v; x->data = 1;
		for (int p = 0; p < n; p++) w.mm[p].pte[v] = (struct pte){ PTE_PRESENT, i, n == 1, 1 };
	}
	struct jval *actors = json_get(req, "actors");
	if (!actors || actors->type != J_ARR || actors->len > MAXA) return "actors: expected a list of at most 8";
	for (int i = 0; i < actors->len; i++) {
		struct jval *x = actors->items[i];
		struct actor *a = &w.a[i];
		const char *kind = json_str(x, "kind"), *name = json_str(x, "name");
		if (!kind || !name) return "an actor needs kind and name";
		snprintf(a->name, sizeof(a->name), "%s", name);
		a->id = i;
		a->dst = a->wait = a->old = a->newp = no_folio();
		a->woken = 0;
		a->av = no_anon_vma();
		if (!strcmp(kind, "migrate")) { a->kind = K_MIGRATE; a->src = json_int(x, "folio", 0); }
		else if (!strcmp(kind, "fork")) { a->kind = K_FORK; a->parent = json_int(x, "parent", 0); a->child = json_int(x, "child", 1); }
		else if (!strcmp(kind, "fault")) {
			a->kind = K_FAULT; a->p = json_int(x, "process", 0); a->v = json_int(x, "page", 0);
			a->write = json_int(x, "write", 0); a->value = json_int(x, "value", 0);
		} else return "unsupported actor kind (this implementation has migrate, fork, fault)";
	}
	w.nactors = actors->len;
	w.configured = 1;
	return NULL;
}

static const char *event_names[] = {
	"folio_isolate_lru", "folio_isolate_lru → -EBUSY", "unmap_and_move: freed under us", "get_new_page",
	"get_new_page → -ENOMEM", "folio_trylock(src)", "folio_trylock(src) → -EAGAIN", "folio_trylock(src) failed: sleep",
	"folio_lock(src)", "folio_get_anon_vma", "folio_get_anon_vma → NULL", "folio_get_anon_vma: still mapped",
	"folio_get_anon_vma: unmapped meanwhile → NULL", "folio_trylock(dst)", "try_to_migrate",
	"try_to_migrate: not mapped", "try_to_migrate_one", "try_to_migrate: walk done", "folio_migrate_mapping",
	"folio_migrate_mapping → -EAGAIN", "folio_mapped → -EAGAIN", "folio_migrate_copy", "folio_add_lru(dst)",
	"remove_migration_ptes", "remove_migration_pte", "remove_migration_ptes: walk done", "folio_unlock(dst)",
	"put_anon_vma", "folio_unlock(src)", "folio_put(dst)", "put_page(src)", "put_page(newpage) → retry",
	"put_page(newpage) → give up", "putback_lru_page(src)", "mmap_write_lock(oldmm)", "mmap_write_lock_nested(mm)",
	"anon_vma_fork", "anon_vma_fork: own anon_vma", "copy_pte_range", "dup_mmap: done", "store (pte writable)", "load (pte present)", "page fault",
	"mmap_read_lock", "handle_pte_fault: spurious", "migration_entry_wait", "folio_unlock woke us", "do_wp_page: reuse",
	"do_wp_page: copy", "wp_page_copy: alloc + copy", "wp_page_copy → VM_FAULT_OOM", "wp_page_copy: pte_same",
	"wp_page_copy: pte changed", "do_anonymous_page: alloc", "do_anonymous_page → VM_FAULT_OOM",
	"do_anonymous_page: set_pte_at", "do_anonymous_page: pte not none", "do_anonymous_page: zero page",
};

static size_t event_name_count(void) { return sizeof(event_names) / sizeof(*event_names); }

static const char *event_names[];
static size_t event_name_count(void);

/* Each configure starts a fresh log: the log is the current run's events. */
static void open_log(void)
{
	if (!log_path) return;
	if (logf) fclose(logf);
	logf = fopen(log_path, "w");
	if (!logf) return;
	fprintf(logf, "{\"migspec-log\":1,\"observe\":[");
	for (size_t k = 0; k < event_name_count(); k++) fprintf(logf, "%s\"%s\"", k ? "," : "", event_names[k]);
	fprintf(logf, "]}\n");
	fflush(logf);
}

static void log_event(const char *actor, const char *name, int page)
{
	if (!logf) return;
	if (page >= 0) fprintf(logf, "{\"event\":\"%s\",\"actor\":\"%s\",\"args\":{\"page\":%d}}\n", name, actor, page);
	else fprintf(logf, "{\"event\":\"%s\",\"actor\":\"%s\"}\n", name, actor);
	fflush(logf);
}

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--log") && i + 1 < argc) {
			log_path = argv[++i];
		} else {
			fprintf(stderr, "usage: %s [--log FILE]\n", argv[0]);
			return 2;
		}
	}
	static char line[1 << 16];
	while (fgets(line, sizeof(line), stdin)) {
		struct jval *req = json_parse(line);
		const char *op = req ? json_str(req, "op") : NULL;
		if (!op) { reply_error("not a JSON request with \\\"op\\\""); json_free(req); continue; }
		if (!strcmp(op, "quit")) { json_free(req); break; }
		if (!strcmp(op, "configure")) {
			const char *err = configure(req);
			if (err) reply_error(err); else { open_log(); print_state(); }
		} else if (!strcmp(op, "observe")) {
			if (!w.configured) reply_error("not configured"); else print_state();
		} else if (!strcmp(op, "event")) {
			const char *actor = json_str(req, "actor"), *name = json_str(req, "name");
			long page = json_int(json_get(req, "args"), "page", -1);
			struct actor *a = NULL;
			for (int i = 0; actor && i < w.nactors; i++) if (!strcmp(w.a[i].name, actor)) a = &w.a[i];
			if (!w.configured) reply_error("not configured");
			else if (!a || !name) reply_error("unknown actor");
			else {
				int done = a->kind == K_MIGRATE ? migrate_step(a, name, (int)page)
					 : a->kind == K_FORK ? fork_step(a, name, (int)page) : fault_step(a, name);
				if (!done) reply_error("not enabled");
				else { log_event(actor, name, (int)page); print_state(); }
			}
		} else reply_error("unknown op");
		json_free(req);
	}
	if (logf) fclose(logf);
	return 0;
}
