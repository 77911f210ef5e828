// The baozi program's jemalloc options: see malloc_conf.c. Nothing to call.
extern const char *malloc_conf;
