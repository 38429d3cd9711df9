// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlan.h"

#include "import/CaArchiveReader.h"

#include <QFile>
#include <QFileInfo>

namespace certpilot {

ImportSource ImportSource::fromFile(const QString& path)
{
    return {QFileInfo(path).fileName(), FileDecoder::decodeFile(path)};
}

QList<ImportSource> ImportSource::fromPath(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {fromFile(path)};  // FileDecoder words the error
    QByteArray head = file.peek(4);
    if (!CaArchiveReader::looksLikeZip(head))
        return {fromFile(path)};
    if (file.size() > CaArchiveReader::kMaxArchiveSize)
        return {{name, makeError(ErrorKind::TooLarge,
                                 ImportPlan::tr("%1 is too large for a certificate archive; nothing was imported.")
                                     .arg(name))}};
    return fromBytes(name, file.readAll());
}

QList<ImportSource> ImportSource::fromBytes(const QString& name, const QByteArray& bytes)
{
    if (!CaArchiveReader::looksLikeZip(bytes))
        return {{name, FileDecoder::decode(bytes)}};
    auto entries = CaArchiveReader::read(bytes, name);
    if (!entries)
        return {{name, entries.error()}};
    QList<ImportSource> out;
    for (const ArchiveEntry& e : *entries) {
        const QString entryName = name + QLatin1Char('/') + e.name;
        if (CaArchiveReader::looksLikeZip(e.bytes)) {
            out.append({entryName, makeError(ErrorKind::Unsupported,
                                             ImportPlan::tr("An archive inside the archive is not opened. Extract "
                                                            "it and import its files."))});
            continue;
        }
        out.append({entryName, FileDecoder::decode(e.bytes)});
    }
    return out;
}

} // namespace certpilot
