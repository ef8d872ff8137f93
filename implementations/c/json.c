#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "json.h"

struct parser { const char *p; int bad; };

static void skip(struct parser *ps) { while (isspace((unsigned char)*ps->p)) ps->p++; }

static struct jval *mk(enum jtype t)
{
	struct jval *v = calloc(1, sizeof(*v));
	v->type = t;
	return v;
}

static struct jval *parse_value(struct parser *ps);

static char *parse_string(struct parser *ps)
{
	if (*ps->p != '"') { ps->bad = 1; return NULL; }
	ps->p++;
	size_t cap = 16, n = 0;
	char *s = malloc(cap);
	while (*ps->p && *ps->p != '"') {
		char c = *ps->p++;
		if (c == '\\') {
			c = *ps->p++;
			switch (c) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case '"': case '\\': case '/': break;
			default: ps->bad = 1; free(s); return NULL;
			}
		}
		if (n + 2 > cap) s = realloc(s, cap *= 2);
		s[n++] = c;
	}
	if (*ps->p != '"') { ps->bad = 1; free(s); return NULL; }
	ps->p++;
	s[n] = 0;
	return s;
}

static struct jval *parse_value(struct parser *ps)
{
	skip(ps);
	if (*ps->p == '{' || *ps->p == '[') {
		int obj = *ps->p == '{';
		struct jval *v = mk(obj ? J_OBJ : J_ARR);
		ps->p++;
		skip(ps);
		if (*ps->p == (obj ? '}' : ']')) { ps->p++; return v; }
		for (;;) {
			char *key = NULL;
			if (obj) {
				skip(ps);
				key = parse_string(ps);
				if (ps->bad) return v;
				skip(ps);
				if (*ps->p != ':') { ps->bad = 1; free(key); return v; }
				ps->p++;
			}
			struct jval *item = parse_value(ps);
			v->items = realloc(v->items, sizeof(*v->items) * (v->len + 1));
			v->keys = realloc(v->keys, sizeof(*v->keys) * (v->len + 1));
			v->items[v->len] = item;
			v->keys[v->len] = key;
			v->len++;
			if (ps->bad) return v;
			skip(ps);
			if (*ps->p == ',') { ps->p++; continue; }
			if (*ps->p == (obj ? '}' : ']')) { ps->p++; return v; }
			ps->bad = 1;
			return v;
		}
	}
	if (*ps->p == '"') {
		struct jval *v = mk(J_STR);
		v->str = parse_string(ps);
		return v;
	}
	if (!strncmp(ps->p, "true", 4)) { ps->p += 4; struct jval *v = mk(J_BOOL); v->num = 1; return v; }
	if (!strncmp(ps->p, "false", 5)) { ps->p += 5; return mk(J_BOOL); }
	if (!strncmp(ps->p, "null", 4)) { ps->p += 4; return mk(J_NULL); }
	if (*ps->p == '-' || isdigit((unsigned char)*ps->p)) {
		char *end;
		struct jval *v = mk(J_INT);
		v->num = strtol(ps->p, &end, 10);
		ps->p = end;
		return v;
	}
	ps->bad = 1;
	return mk(J_NULL);
}

struct jval *json_parse(const char *text)
{
	struct parser ps = { text, 0 };
	struct jval *v = parse_value(&ps);
	skip(&ps);
	if (ps.bad || *ps.p) { json_free(v); return NULL; }
	return v;
}

void json_free(struct jval *v)
{
	if (!v) return;
	for (int i = 0; i < v->len; i++) { json_free(v->items[i]); if (v->keys) free(v->keys[i]); }
	free(v->items);
	free(v->keys);
	free(v->str);
	free(v);
}

struct jval *json_get(const struct jval *obj, const char *key)
{
	if (!obj || obj->type != J_OBJ) return NULL;
	for (int i = 0; i < obj->len; i++)
		if (!strcmp(obj->keys[i], key)) return obj->items[i];
	return NULL;
}

long json_int(const struct jval *obj, const char *key, long dflt)
{
	struct jval *v = json_get(obj, key);
	return v && (v->type == J_INT || v->type == J_BOOL) ? v->num : dflt;
}

const char *json_str(const struct jval *obj, const char *key)
{
	struct jval *v = json_get(obj, key);
	return v && v->type == J_STR ? v->str : NULL;
}
