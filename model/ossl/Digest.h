// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace certpilot::ossl {

// Fetched once per process: implicit fetches per call cost more than the hash.
QByteArray sha1(QByteArrayView data);
QByteArray sha256(QByteArrayView data);

// A SHA-256 fed in pieces, for what is written in pieces (the store index).
class Sha256Stream {
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;
    void add(QByteArrayView data);
    // The digest of everything added; empty if OpenSSL failed.
    QByteArray result();

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

} // namespace certpilot::ossl
