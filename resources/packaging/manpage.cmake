# Writes a section-1 man page from a program's own --help, so the page cannot fall behind the
# options it documents. For layerlab-cli every command's `help COMMAND` text follows the
# overview (commands are read from the overview's "  name  summary" lines).
#   cmake -DPROGRAM=path -DNAME=layerlab-cli -DSUMMARY="…" -DVERSION=0.1.0 -DSEE_ALSO=layerlab \
#         -DOUTPUT=file -P manpage.cmake
# The page is gzipped by the caller (gzip -9n: no name or time stamp, as lintian wants).

# roff: a backslash is \e, a minus is \- (so options copy as ASCII hyphens), and a line that
# starts with . or ' would be read as a request.
function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(help_of arguments out)
    execute_process(COMMAND "${PROGRAM}" ${arguments}
                    OUTPUT_VARIABLE text RESULT_VARIABLE status ERROR_QUIET)
    if(NOT status EQUAL 0)
        set(text "")
    endif()
    # The GUI prints the path it was started by; the installed page names the command.
    string(REPLACE "${PROGRAM}" "${NAME}" text "${text}")
    if(NOT text STREQUAL "" AND NOT text MATCHES "\n$")
        string(APPEND text "\n")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

help_of("--help" overview)
if(overview STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} --help failed")
endif()
roff_escape("${overview}" overview_roff)
roff_escape("${NAME}" name)
roff_escape("${SUMMARY}" summary)
string(TOUPPER "${name}" title)
set(page ".TH ${title} 1 \"\" \"LayerLab ${VERSION}\" \"User Commands\"
.SH NAME
${name} \\- ${summary}
.SH DESCRIPTION
.nf
${overview_roff}.fi
")

# `help help` would repeat the overview.
string(REGEX MATCHALL "\n  [a-z][a-z-]* " commands "${overview}")
list(FILTER commands EXCLUDE REGEX "^\n  help $")
set(details "")
foreach(command IN LISTS commands)
    string(STRIP "${command}" command)
    help_of("help;${command}" help)
    if(NOT help STREQUAL "")
        roff_escape("${command}" command)
        roff_escape("${help}" help)
        string(APPEND details ".SS ${command}\n.nf\n${help}.fi\n")
    endif()
endforeach()
if(NOT details STREQUAL "")
    string(APPEND page ".SH COMMANDS\n${details}")
endif()
roff_escape("${SEE_ALSO}" see_also)
string(APPEND page ".SH SEE ALSO\n.BR ${see_also} (1)\n")
file(WRITE "${OUTPUT}" "${page}")
