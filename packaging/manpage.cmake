# Writes OUT (a man page made by help2man from EXE's --help and --version, plus the sections
# in INCLUDE) and OUT.gz (gzip -9n). Run at install time by packaging/Packaging.cmake:
#   cmake -DEXE=<kintura-desk> -DINCLUDE=<.h2m> -DCHANGELOG=<debian/changelog> -DOUT=<file>
#         -P manpage.cmake
foreach(var EXE INCLUDE CHANGELOG OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "manpage.cmake: ${var} is not set")
  endif()
endforeach()

find_program(HELP2MAN help2man)
if(NOT HELP2MAN)
  message(FATAL_ERROR "The man page needs help2man (apt install help2man; packaging/install-deps.sh "
                      "installs it)")
endif()

# The page's date is the release's date (reproducible builds), not today's.
execute_process(COMMAND dpkg-parsechangelog -l ${CHANGELOG} -S Timestamp
                OUTPUT_VARIABLE epoch OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR epoch STREQUAL "")
  string(TIMESTAMP epoch "%s" UTC)
endif()

# English text whatever the builder's locale or saved language choice: a throwaway home.
get_filename_component(exe_dir ${EXE} DIRECTORY)
get_filename_component(exe_name ${EXE} NAME)
set(home ${OUT}.home)
file(REMOVE_RECURSE ${home})
file(MAKE_DIRECTORY ${home})
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env
          LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= HOME=${home} XDG_CONFIG_HOME=${home}/config
          XDG_DATA_HOME=${home}/data QT_QPA_PLATFORM=offscreen SOURCE_DATE_EPOCH=${epoch}
          "PATH=${exe_dir}:$ENV{PATH}"
          ${HELP2MAN} --no-info --no-discard-stderr --include=${INCLUDE} --section=1
          --output=${OUT} ${exe_name}
  RESULT_VARIABLE rc)
file(REMOVE_RECURSE ${home})
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "help2man failed on ${EXE} (${rc})")
endif()

# --help lists the headless command forms one per line; roff would run them together, so
# each line that starts a command form begins a line of its own.
file(READ ${OUT} page)
string(REPLACE "\nIntegration commands:\n" "\n.SS \"Integration commands:\"\n" page "${page}")
string(REGEX REPLACE "\n(kintura\\\\-desk (integration|report) )" "\n.br\n\\1" page "${page}")
string(REPLACE ".IP\n.br\n" ".IP\n" page "${page}")
string(REPLACE ".TP\n.br\n" ".TP\n" page "${page}")
string(REPLACE ".PP\n.br\n" ".PP\n" page "${page}")
file(WRITE ${OUT} "${page}")

execute_process(COMMAND gzip -9nf ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip failed on ${OUT}")
endif()
