// libedit's readline-compatible API. Its native el_* API is variadic, which Swift cannot
// call; this one is not. <stdio.h> must come first: readline.h uses FILE without including it.
#include <stdio.h>
#include <editline/readline.h>
