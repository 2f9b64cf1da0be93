# Run at build time (cmake -P, target warren_git_revision): writes OUT, a header with the git
# revision of the checkout SRC, and touches it only when the revision changes, so a commit rebuilds
# the two files that print it and nothing else. Without git (a source tarball) the revision is
# WARREN_GIT_REVISION from the environment, or "unknown".
set(rev "$ENV{WARREN_GIT_REVISION}")
if(rev STREQUAL "")
    execute_process(COMMAND git -C "${SRC}" rev-parse --short=12 HEAD
        OUTPUT_VARIABLE rev OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE rc)
    if(rc OR rev STREQUAL "")
        set(rev "unknown")
    else()
        execute_process(COMMAND git -C "${SRC}" status --porcelain --untracked-files=no
            OUTPUT_VARIABLE changes ERROR_QUIET)
        if(NOT changes STREQUAL "")
            string(APPEND rev "-dirty")
        endif()
    endif()
endif()
string(REGEX REPLACE "[^0-9A-Za-z._+-]" "" rev "${rev}")
file(WRITE "${OUT}.tmp" "#pragma once\n#define WARREN_GIT_REVISION \"${rev}\"\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
