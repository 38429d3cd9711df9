# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cmake --build build --target package` writes
# certpilot_<version>_amd64.deb into the build folder. What goes in is what
# install() rules name (app/, resources/); dependencies come from dpkg-shlibdeps.
set(CERTPILOT_MAINTAINER "CertPilot developers <certpilot@example.org>"
  CACHE STRING "The Debian package's Maintainer field")
set(CERTPILOT_HOMEPAGE "https://certpilot.example.org/" CACHE STRING "The project's home page")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME certpilot)
set(CPACK_PACKAGE_VENDOR "CertPilot developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${CERTPILOT_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${CERTPILOT_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CERTPILOT_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The window needs a Qt platform plugin; libqt6gui6 only recommends them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own texts (wizard buttons, standard dialogs) in Chinese, and a font to show them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "TLS server certificate manager (desktop and command line)")
set(CPACK_PACKAGE_DESCRIPTION "CertPilot manages TLS server certificates the way a server administrator
works with them: create a certificate request, install the CA's root and
intermediate certificates, complete the request, check the chain, bind the
certificate to an nginx or Apache site, back it up as PFX, and renew it
before it expires. Every failure is explained in words, with what to do
next.
.
The package has the Qt desktop application (certpilot) and its
command-line twin for scripts and cron jobs (certpilot-cli).")

include(CPack)
