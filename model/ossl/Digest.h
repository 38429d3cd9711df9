// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace certpilot::ossl {

// Fetched once per process: implicit fetches per call cost more than the hash.
QByteArray sha1(const QByteArray& data);
QByteArray sha256(const QByteArray& data);

} // namespace certpilot::ossl
