// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FileDecoder.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certpilot {

// The few file-system and decoding steps a store load repeats for every one
// of thousands of files, done with as few system calls and copies as possible.
class StoreFileReader {
    Q_DECLARE_TR_FUNCTIONS(StoreFileReader)
public:
    enum class Type { Regular, SymLink, Other };
    struct Listed {
        QString name;
        Type type = Type::Other;
    };

    // What QDir::entryInfoList(QDir::Files | QDir::System, QDir::Name) lists
    // (no hidden files, no folders, no links to folders), sorted the same way,
    // with the type from the directory entry itself where the file system
    // gives it (no stat per file).
    static QList<Listed> list(const QString& dir);

    // The file's bytes; ErrorKind::TooLarge without reading when it is larger
    // than `limit`.
    static Result<QByteArray> read(const QString& path, qint64 limit);

    // A certificate file as CertPilot writes it (one CERTIFICATE block, Base64
    // in 64-column lines) decoded directly; anything else, or anything the
    // direct way refuses, goes through FileDecoder, so results are the same.
    static Result<DecodedFile> decode(const QByteArray& bytes);
};

} // namespace certpilot
