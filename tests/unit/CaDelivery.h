// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a CA mails after issuing a certificate: cert.zip holding root.cer,
// uca.cer (3-tier) or uca_1.cer + uca_2.cer (4-tier) and server.cer, with
// DER and PEM mixed and PEM saved with CRLF line ends. Shared by the import
// unit, CLI and GUI tests.

#include "TestPki.h"
#include "ZipMaker.h"

#include <QDir>

namespace certpilot::test {

// The entries of a CA's cert.zip for `root`, `intermediates` (top first) and `server`.
inline QList<ZipEntry> caDeliveryEntries(const Certificate& root, const QList<Certificate>& intermediates,
                                         const Certificate& server)
{
    QList<ZipEntry> entries;
    entries << ZipEntry{QStringLiteral("root.cer"), root.der()};
    if (intermediates.size() == 1) {
        entries << ZipEntry{QStringLiteral("uca.cer"), crlf(intermediates.first().toPem())};
    } else {
        for (qsizetype i = 0; i < intermediates.size(); ++i)
            entries << ZipEntry{QStringLiteral("uca_%1.cer").arg(i + 1),
                                i % 2 == 0 ? crlf(intermediates.at(i).toPem()) : intermediates.at(i).der()};
    }
    entries << ZipEntry{QStringLiteral("server.cer"), crlf(server.toPem())};
    return entries;
}

inline QList<Certificate> certificatesOf(const QList<Issued>& issued)
{
    QList<Certificate> out;
    for (const Issued& i : issued)
        out << i.cert;
    return out;
}

// Writes `dir`/`name` (cert.zip) for the hierarchy and returns its path.
inline QString writeCertZip(const QString& dir, const Hierarchy& h, const QString& name = QStringLiteral("cert.zip"))
{
    const QString path = QDir(dir).filePath(name);
    writeZip(path, caDeliveryEntries(h.root.cert, certificatesOf(h.intermediates), h.leaf.cert));
    return path;
}

} // namespace certpilot::test
