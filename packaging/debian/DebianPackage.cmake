# The .deb: CPack's DEB generator over the install rules of the whole project. scripts/package.sh builds it from
# the release preset (`cpack --config build/release/CPackConfig.cmake`). Its version is project(VERSION); its
# dependencies come from the binaries (dpkg-shlibdeps). No maintainer scripts: dpkg triggers of the icon theme,
# desktop database and man-db refresh their caches, and ufw reads application profiles when asked.
set(deb_dir ${CMAKE_CURRENT_BINARY_DIR}/deb)
set(TWOFOLD_MAINTAINER "The Twofold authors <maintainers@users.noreply.h-seed-8a4aa13e.example>")
execute_process(COMMAND date -u -R -d "${TWOFOLD_RELEASE_DATE}" OUTPUT_VARIABLE TWOFOLD_RELEASE_RFC2822
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)

# Debian policy 12.7 and 12.5: /usr/share/doc/<package>/ holds the changelog (gzip -9n) and the copyright file.
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.in ${deb_dir}/changelog @ONLY)
add_custom_command(OUTPUT ${deb_dir}/changelog.gz
    COMMAND ${GZIP_EXECUTABLE} -9nkf ${deb_dir}/changelog
    DEPENDS ${deb_dir}/changelog VERBATIM)
add_custom_target(deb_docs ALL DEPENDS ${deb_dir}/changelog.gz)
install(FILES ${deb_dir}/changelog.gz ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/twofold)

# Files under /etc are conffiles (policy 10.7.2): a local edit of the ufw profile survives upgrades.
file(WRITE ${deb_dir}/conffiles "/etc/ufw/applications.d/twofold\n")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME twofold)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Twofold authors")
set(CPACK_PACKAGE_CONTACT ${TWOFOLD_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # twofold_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${TWOFOLD_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, so dpkg-shlibdeps cannot see them: native Wayland windows and Qt's own German dialog strings.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${deb_dir}/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The synopsis (no leading article, Developer's Reference 6.2.2) and the extended description; "." marks an
# empty line (deb-control(5)).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "calm structure for hard conversations between two partners")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Two partners, each at their own computer, take turns through a guided
conversation: one speaks, the other reflects back what they heard, until
both have been heard. A gentle coach suggests softer words while you type,
and private buttons let either of you ask for a pause or reach out to
repair without typing a word.
.
No accounts, no cloud, no telemetry: Twofold talks only to the partner's
computer on the local network (UDP ${TWOFOLD_DISCOVERY_PORT} and TCP ${TWOFOLD_SESSION_PORT}; see the ufw profile
Twofold). The package holds the desktop app twofold and twofold-cli, a
headless peer for scripts.")
include(CPack)
