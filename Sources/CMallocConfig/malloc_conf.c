// jemalloc's options for the baozi program, read by jemalloc at start-up (MALLOC_CONF in the
// environment still overrides them). The collector frees garbage in bursts; by default
// jemalloc keeps freed pages for 10 s before returning them, which tripled the peak memory of
// a script churning through cyclic garbage. Returning them after 100 ms costs no measurable
// time and keeps the peak where glibc's malloc had it.
const char *malloc_conf = "dirty_decay_ms:100,muzzy_decay_ms:0";
