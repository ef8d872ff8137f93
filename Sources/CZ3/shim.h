#ifndef MIGSPEC_CZ3_SHIM_H
#define MIGSPEC_CZ3_SHIM_H
#include <z3.h>

/* A do-nothing error handler: Z3's default prints and calls exit(1). With
   this one the error code is left for the Swift layer to read and throw. */
static inline void migspec_z3_ignore_error(Z3_context c, Z3_error_code e) { (void)c; (void)e; }

static inline void migspec_z3_install_handler(Z3_context c) {
  Z3_set_error_handler(c, migspec_z3_ignore_error);
}
#endif
