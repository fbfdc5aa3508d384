# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration files, the hub's systemd unit, man pages and the CPack .deb setup.
# Included at the end of the top-level CMakeLists.txt. Two install components, each one
# .deb package: `client` (chatbuddy) and `hub` (chatbuddy-hub).
#   cmake --install build --prefix /some/prefix      everything
#   (cd build && cpack -G DEB)                       chatbuddy_*.deb, chatbuddy-hub_*.deb

# Reverse-DNS id: names the .desktop file, the icon and the AppStream component, and is
# the window icon's resource name (desktop-client/ui/appicon.cpp).
set(CHATBUDDY_APP_ID io.github.chatbuddy.ChatBuddy)
set(CHATBUDDY_MAINTAINER "ChatBuddy developers <maintainers@chatbuddy.invalid>")
set(CHATBUDDY_DEB_RELEASE 1)
set(CHATBUDDY_DEB_VERSION ${PROJECT_VERSION}-${CHATBUDDY_DEB_RELEASE})

set(_cb_src ${CMAKE_CURRENT_LIST_DIR})
set(_cb_bin ${CMAKE_BINARY_DIR}/packaging)
set(_cb_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc)

# Debian wants man pages and changelogs compressed with gzip -9n (no name, no time stamp).
configure_file(${_cb_src}/changelog.Debian.in ${_cb_bin}/changelog.Debian @ONLY)
set(_cb_gz_files)
foreach(_cb_in IN ITEMS ${_cb_src}/chatbuddy.1 ${_cb_src}/chatbuddy-hub.1
                       ${_cb_bin}/changelog.Debian)
    get_filename_component(_cb_name ${_cb_in} NAME)
    add_custom_command(OUTPUT ${_cb_bin}/${_cb_name}.gz
        COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh ${_cb_in} ${_cb_bin}/${_cb_name}.gz
        DEPENDS ${_cb_in}
        COMMENT "Compressing ${_cb_name}"
        VERBATIM)
    list(APPEND _cb_gz_files ${_cb_bin}/${_cb_name}.gz)
endforeach()
add_custom_target(chatbuddy_packaging_files ALL DEPENDS ${_cb_gz_files})

# --- client: desktop file, icon, AppStream metainfo, man page ---------------------------
if(TARGET chatbuddy)
    install(FILES ${_cb_src}/${CHATBUDDY_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT client)
    install(FILES ${_cb_src}/${CHATBUDDY_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps COMPONENT client)
    install(FILES ${_cb_src}/${CHATBUDDY_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo COMPONENT client)
    install(FILES ${_cb_bin}/chatbuddy.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT client)
    install(FILES ${_cb_src}/copyright ${_cb_bin}/changelog.Debian.gz
        DESTINATION ${_cb_docdir}/chatbuddy COMPONENT client)
endif()

# --- hub: systemd unit, man page ----------------------------------------------------------
# The unit names the installed binary, so it is written at install time, when
# CMAKE_INSTALL_PREFIX is the real one (cmake --install --prefix, or /usr under CPack).
install(CODE "set(_cb_unit_in \"${_cb_src}/chatbuddy-hub.service.in\")
    set(_cb_unit_out \"${_cb_bin}/chatbuddy-hub.service\")
    set(_cb_bindir \"${CMAKE_INSTALL_BINDIR}\")" COMPONENT hub)
install(CODE [[
    set(CHATBUDDY_HUB_BINARY "${CMAKE_INSTALL_PREFIX}/${_cb_bindir}/chatbuddy-hub")
    configure_file("${_cb_unit_in}" "${_cb_unit_out}" @ONLY)
    file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/systemd/system" TYPE FILE
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ FILES "${_cb_unit_out}")
]] COMPONENT hub)
install(FILES ${_cb_bin}/chatbuddy-hub.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT hub)
install(FILES ${_cb_src}/copyright ${_cb_bin}/changelog.Debian.gz
    DESTINATION ${_cb_docdir}/chatbuddy-hub COMPONENT hub)

# --- CPack: one .deb per component ---------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME chatbuddy)
set(CPACK_PACKAGE_VENDOR "The ChatBuddy developers")
set(CPACK_PACKAGE_CONTACT "${CHATBUDDY_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PROJECT_CONFIG_FILE ${_cb_src}/CPackProjectConfig.cmake)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL hub)
if(TARGET chatbuddy)
    list(PREPEND CPACK_COMPONENTS_ALL client)
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${CHATBUDDY_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CHATBUDDY_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)   # needs dpkg-dev (dpkg-shlibdeps) and file
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Qt loads these as plugins, which dpkg-shlibdeps cannot see: the SVG icon engine (window
# icon) and the SQLite driver (the hub's name registry).
set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME chatbuddy)
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SUGGESTS "chatbuddy-hub")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION
"secure peer-to-peer LAN chat (desktop client)
ChatBuddy is a chat for your local network. A small hub knows who is
online; this desktop client logs in, shows who is online and talks
directly to the other person over its own TLS 1.3 connection. The hub
never carries a message.
.
Trust comes from pinned key fingerprints, as with SSH, and each contact
has a safety number that two people can compare to verify each other.")

set(CPACK_DEBIAN_HUB_PACKAGE_NAME chatbuddy-hub)
set(CPACK_DEBIAN_HUB_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# --database postgresql://...: hubs that share a PostgreSQL registry (docs/deployment.md).
set(CPACK_DEBIAN_HUB_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_DEBIAN_HUB_PACKAGE_CONTROL_EXTRA
    ${_cb_src}/postinst ${_cb_src}/prerm ${_cb_src}/postrm)
set(CPACK_DEBIAN_HUB_DESCRIPTION
"secure peer-to-peer LAN chat (hub)
ChatBuddy is a chat for your local network. The hub is its directory:
clients log in over TLS 1.3, register a name and list who is online,
then chat directly with each other; the hub never sees a message. It
binds each name to the key that first registered it.
.
This package ships a hardened systemd unit (chatbuddy-hub.service) that
is installed but not enabled: systemctl enable --now chatbuddy-hub.")

include(CPack)
