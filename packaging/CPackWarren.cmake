# Read by cpack (CPACK_PROJECT_CONFIG_FILE) when it builds the packages: the Debian version is the
# project version plus the git commit count and revision of the tree, e.g. 0.1.0+git291.gbdcc6a1f0c2d
# (the count keeps versions ordered along a branch; ".dirty" marks uncommitted changes), and the
# time stamps in the package are the commit's (SOURCE_DATE_EPOCH), so the same commit gives the
# same .deb files.
set(version "${CPACK_WARREN_PROJECT_VERSION}")
execute_process(COMMAND git -C "${CPACK_WARREN_SOURCE_DIR}" rev-list --count HEAD
    OUTPUT_VARIABLE count OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE rc)
if(rc EQUAL 0 AND count MATCHES "^[0-9]+$")
    execute_process(COMMAND git -C "${CPACK_WARREN_SOURCE_DIR}" rev-parse --short=12 HEAD
        OUTPUT_VARIABLE rev OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(APPEND version "+git${count}.g${rev}")
    execute_process(COMMAND git -C "${CPACK_WARREN_SOURCE_DIR}" status --porcelain --untracked-files=no
        OUTPUT_VARIABLE changes ERROR_QUIET)
    if(NOT changes STREQUAL "")
        string(APPEND version ".dirty")
    endif()
    if("$ENV{SOURCE_DATE_EPOCH}" STREQUAL "")
        execute_process(COMMAND git -C "${CPACK_WARREN_SOURCE_DIR}" log -1 --format=%ct
            OUTPUT_VARIABLE epoch OUTPUT_STRIP_TRAILING_WHITESPACE)
        set(ENV{SOURCE_DATE_EPOCH} "${epoch}")
    endif()
endif()
set(CPACK_PACKAGE_VERSION "${version}")
set(CPACK_DEBIAN_PACKAGE_VERSION "${version}")
