# ctest installer_packages: runs CPack on the build tree and checks that the
# .deb and the .tar.gz hold the binary and the desktop integration, that the
# .deb's dependencies came from dpkg-shlibdeps, and that the installed tree
# passes AppStream's tree validation (desktop file, icon and metainfo agree).
#
# cmake -DCPACK=... -DCPACK_CONFIG=... -DOUT=... -DAPP_ID=... [-DAPPSTREAMCLI=...]
#       -P check-packages.cmake
cmake_minimum_required(VERSION 3.25)

function(fail)
    string(JOIN "" msg ${ARGN})
    message(FATAL_ERROR "installer_packages: ${msg}")
endfunction()

function(run out_var)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
        ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        string(JOIN " " cmd ${ARGN})
        fail("`${cmd}` failed (${rc}):\n${out}${err}")
    endif()
    set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

function(expect_entries what listing)
    foreach(entry IN LISTS ARGN)
        string(FIND "${listing}" "${entry}" at)
        if(at EQUAL -1)
            fail("${what} lacks ${entry}; it holds:\n${listing}")
        endif()
    endforeach()
endfunction()

file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
run(_ ${CPACK} --config "${CPACK_CONFIG}" -B "${OUT}")

file(GLOB debs "${OUT}/*.deb")
file(GLOB tgzs "${OUT}/*.tar.gz")
list(LENGTH debs ndeb)
list(LENGTH tgzs ntgz)
if(NOT ndeb EQUAL 1 OR NOT ntgz EQUAL 1)
    fail("expected one .deb and one .tar.gz in ${OUT}, found: ${debs} ${tgzs}")
endif()
message(STATUS "packages: ${debs} ${tgzs}")

set(installed
    "/bin/chainscope"
    "/share/applications/${APP_ID}.desktop"
    "/share/metainfo/${APP_ID}.metainfo.xml"
    "/share/icons/hicolor/scalable/apps/${APP_ID}.svg")

run(deb_listing dpkg-deb --contents "${debs}")
set(deb_paths "")
foreach(path IN LISTS installed)
    list(APPEND deb_paths "./usr${path}")
endforeach()
expect_entries(".deb" "${deb_listing}" ${deb_paths})

run(depends dpkg-deb --field "${debs}" Depends)
message(STATUS "Depends: ${depends}")
# What the linker keeps depends on the code; these are always there.
foreach(lib libqt6core6 libqt6widgets6 libqt6svg6 libstdc++6)
    string(FIND "${depends}" "${lib}" at)
    if(at EQUAL -1)
        fail(".deb Depends lacks ${lib}: ${depends}")
    endif()
endforeach()

run(tgz_listing ${CMAKE_COMMAND} -E tar tf "${tgzs}")
expect_entries(".tar.gz" "${tgz_listing}" ${installed})

if(APPSTREAMCLI)
    file(MAKE_DIRECTORY "${OUT}/root")
    run(_ dpkg-deb --extract "${debs}" "${OUT}/root")
    run(report ${APPSTREAMCLI} validate-tree --no-net "${OUT}/root/usr")
    message(STATUS "appstreamcli validate-tree: ${report}")
endif()
