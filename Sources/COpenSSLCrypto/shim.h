// OpenSSL's libcrypto (Debian: libssl-dev), for hashlib's digests. Only libcrypto: the TLS
// half (libssl) is another target's business.
#include <openssl/evp.h>
#include <openssl/crypto.h>
