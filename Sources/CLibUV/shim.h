// libuv, the event loop under the gevent hub (Debian: libuv1-dev).
#include <uv.h>
