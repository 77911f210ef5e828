// GMP, the big-integer arithmetic under Baozi's ints (Debian: libgmp-dev).
// gmp.h names its functions through macros (mpz_add is __gmpz_add), which Swift does not
// import, so Swift code calls the __gmpz_* names.
#include <gmp.h>
