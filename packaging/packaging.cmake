# SPDX-License-Identifier: GPL-3.0-or-later
# Installation layout and CPack packages: .deb/.tar.gz on Linux, a .dmg bundle on macOS, an installer on Windows.
include(GNUInstallDirs)
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/attain.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/attain.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/attain.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
endif()

set(CPACK_PACKAGE_NAME "attain")
set(CPACK_PACKAGE_VENDOR "Attain")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Sales-performance workbench for small teams")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "maintainers@attain.invalid")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see it: the SVG icon engine draws every icon of the app.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "Attain")
    set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Attain.lnk' '$INSTDIR\\\\bin\\\\attain.exe'")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()
include(CPack)
