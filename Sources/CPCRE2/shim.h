// PCRE2, the matcher under the `re` module (Debian: libpcre2-dev). Width 0: only the
// width-suffixed names are declared (pcre2_compile_8 for bytes and ASCII text,
// pcre2_compile_32 for other text, whose code units are then code points).
#define PCRE2_CODE_UNIT_WIDTH 0
#include <stdint.h>
#include <stddef.h>
#include <pcre2.h>

