# SPDX-License-Identifier: GPL-3.0-or-later
# Injected by scripts/test-sanitizers (CMAKE_PROJECT_INCLUDE), nowhere else:
# precompiled Qt, OpenSSL and GoogleTest headers for the targets that script
# builds. Most of a CertPilot translation unit's time is spent parsing these,
# and the sanitizer build must fit CI's budget on two cores.
function(_certpilot_sanitizer_pch)
  set(common <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QList>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QString> <QStringList> <QTemporaryDir>
    <openssl/evp.h> <openssl/pem.h> <openssl/x509.h> <openssl/x509v3.h>
    <algorithm> <functional> <memory> <optional>)
  foreach(t certpilot_model certpilot_platform certpilot_cli_commands)
    if(TARGET ${t})
      target_precompile_headers(${t} PRIVATE ${common})
    endif()
  endforeach()
  foreach(t certpilot_test_support certpilot_unit_tests)
    if(TARGET ${t})
      target_precompile_headers(${t} PRIVATE ${common} <gtest/gtest.h>)
    endif()
  endforeach()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL _certpilot_sanitizer_pch)
