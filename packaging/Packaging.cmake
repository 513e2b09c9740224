# Desktop integration files and the Debian package (cpack -G DEB), included from the root
# CMakeLists.txt after the kintura-desk target (whose install() rule lives there).
# What the package holds and how it is checked: packaging/README.md. Other platforms:
# docs/packaging.md.

set(KD_HOMEPAGE "https://kintura-desk.example.org" CACHE STRING
    "Project home page (Debian Homepage field, AppStream homepage URL)")
set(KD_BUGTRACKER "${KD_HOMEPAGE}/issues" CACHE STRING "Where to report bugs (AppStream)")
set(KD_SCREENSHOT_BASE_URL "${KD_HOMEPAGE}/screenshots" CACHE STRING
    "Public URL holding docs/screenshots/*.png (AppStream screenshots)")
set(KD_MAINTAINER "Kintura Desk maintainers <maintainers@kintura-desk.example.org>" CACHE STRING
    "Debian Maintainer field (keep it equal to the packaging/debian/changelog trailer)")

if(UNIX AND NOT APPLE)
  set(_kd_pkg ${CMAKE_CURRENT_LIST_DIR})
  set(_kd_docdir ${CMAKE_INSTALL_DATADIR}/doc/kintura-desk)

  # Desktop entry: its name is the desktop file name the app announces
  # (QGuiApplication::setDesktopFileName("kintura-desk") in app/main.cpp).
  install(FILES ${_kd_pkg}/linux/kintura-desk.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

  configure_file(${_kd_pkg}/linux/kintura-desk.metainfo.xml.in
                 ${CMAKE_CURRENT_BINARY_DIR}/packaging/kintura-desk.metainfo.xml @ONLY)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/kintura-desk.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

  # Icons: the SVG, and the PNGs rendered from it by packaging/render-icons.sh (committed).
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/kintura-desk.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  foreach(_kd_size 16 22 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${_kd_size}x${_kd_size}/apps/kintura-desk.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_kd_size}x${_kd_size}/apps)
  endforeach()

  # The man page is made from the installed program's --help at install time (so an ordinary
  # build does not need help2man), compressed the way Debian wants (gzip -9n).
  set(_kd_man ${CMAKE_CURRENT_BINARY_DIR}/packaging/kintura-desk.1)
  install(CODE "execute_process(
      COMMAND \"${CMAKE_COMMAND}\" -DEXE=$<TARGET_FILE:kintura-desk>
              -DINCLUDE=${_kd_pkg}/linux/kintura-desk.h2m
              -DCHANGELOG=${_kd_pkg}/debian/changelog -DOUT=${_kd_man}
              -P ${_kd_pkg}/manpage.cmake
      COMMAND_ERROR_IS_FATAL ANY)")
  install(FILES ${_kd_man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

  # A stripped install (cmake --install --strip, CPACK_STRIP_FILES) also drops the sections
  # dh_strip drops, which lintian reports otherwise (binary-has-unneeded-section).
  set(_kd_installed \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX})
  install(CODE "if(CMAKE_INSTALL_DO_STRIP)
      execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
                              ${_kd_installed}/${CMAKE_INSTALL_BINDIR}/kintura-desk\"
                              ${_kd_installed}/${KD_PRIVATE_LIBDIR}/libkintura-desk-base.so\"
                              ${_kd_installed}/${KD_PRIVATE_LIBDIR}/libkintura-desk-shell.so\"
                              ${_kd_installed}/${KD_PRIVATE_LIBDIR}/kintura-desk-app.so\"
                      COMMAND_ERROR_IS_FATAL ANY)
    endif()")

  # Debian's per-package documents: the copyright file and, for this native package, the
  # changelog as changelog.gz (gzip -9n: no name, no time stamp).
  set(_kd_changelog ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz)
  add_custom_command(OUTPUT ${_kd_changelog}
    COMMAND gzip -9nc ${_kd_pkg}/debian/changelog > ${_kd_changelog}
    DEPENDS ${_kd_pkg}/debian/changelog
    COMMENT "Compressing the Debian changelog")
  add_custom_target(kd_debian_changelog ALL DEPENDS ${_kd_changelog})
  install(FILES ${_kd_pkg}/debian/copyright ${_kd_changelog} DESTINATION ${_kd_docdir})

  # CPack: one DEB, named kintura-desk_<version>_<arch>.deb (no Debian revision: native).
  set(CPACK_PACKAGE_NAME kintura-desk)
  set(CPACK_PACKAGE_VENDOR "The Kintura Desk authors")
  set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
  set(CPACK_PACKAGE_CONTACT "${KD_MAINTAINER}")
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop companion for the Kintura click tracker")
  set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_STRIP_FILES ON)
  set(CPACK_GENERATOR DEB)
  set(CPACK_SOURCE_GENERATOR "")

  set(CPACK_DEBIAN_PACKAGE_NAME kintura-desk)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KD_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_SECTION net)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${KD_HOMEPAGE}")
  set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
  # Libraries the binary links: dpkg-shlibdeps. Plugins Qt loads at run time are not linked,
  # so they are named here: the platform plugins (xcb; offscreen comes with libqt6gui6), the
  # SQLite driver of the report cache and the SVG icon engine.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
  # A Secret Service for the keys (QtKeychain uses libsecret, or KWallet), CA certificates for
  # HTTPS trackers, native Wayland windows, Qt's own texts in the translated languages.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
      "gnome-keyring | libkf5wallet-bin | keepassxc, ca-certificates, qt6-wayland, qt6-translations-l10n")
  # The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
      "Kintura Desk is for affiliate teams who run paid traffic through the Kintura
click tracker. It connects one or several Kintura trackers, keeping their API
keys in the system keychain (Secret Service), sets up each ad network's
tracking template with clear status indicators, and charts the conversions
and revenue fetched from the trackers, from a local cache that keeps working
offline.

Headless commands manage integrations and print reports as CSV or JSON for
scripts. A built-in demo tracker (kintura-desk --demo) shows every page
without an account.")

  include(CPack)
endif()
