/* A minimal JSON reader for the drive protocol: objects, arrays, strings,
 * integers, true/false/null. Enough for one request per line; no floats. */
#ifndef MIGIMPL_JSON_H
#define MIGIMPL_JSON_H

enum jtype { J_NULL, J_BOOL, J_INT, J_STR, J_ARR, J_OBJ };

struct jval {
	enum jtype type;
	long num;              /* J_INT, J_BOOL */
	char *str;             /* J_STR */
	int len;               /* J_ARR, J_OBJ: element count */
	char **keys;           /* J_OBJ */
	struct jval **items;   /* J_ARR, J_OBJ */
};

struct jval *json_parse(const char *text);   /* NULL on a syntax error */
void json_free(struct jval *v);
struct jval *json_get(const struct jval *obj, const char *key);
long json_int(const struct jval *obj, const char *key, long dflt);
const char *json_str(const struct jval *obj, const char *key);

#endif
