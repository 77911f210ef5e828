"""gevent.ssl: the ssl module over gevent sockets.

An SSLSocket waits exactly as the socket it wraps; wrapping a gevent socket (or any socket
after monkey.patch_all()) makes TLS cooperative. The names here are ssl's own objects.
"""

from ssl import *
from ssl import SSLContext, SSLSocket, wrap_socket, create_default_context, get_server_certificate

__implements__ = ["SSLContext", "SSLSocket", "wrap_socket", "create_default_context",
                  "get_server_certificate"]
