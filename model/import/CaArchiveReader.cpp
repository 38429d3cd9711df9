// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CaArchiveReader.h"

#include "DisplayText.h"

#include <zip.h>

#include <memory>

namespace certpilot {

namespace {

struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileClose>;

constexpr quint32 kUnixFileType = 0170000;
constexpr quint32 kUnixSymlink = 0120000;

} // namespace

bool CaArchiveReader::looksLikeZip(const QByteArray& bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

QString CaArchiveReader::checkEntryName(const QString& name)
{
    if (name.isEmpty())
        return tr("an entry has no name");
    if (name.contains(QLatin1Char('\\')))
        return tr("the entry \"%1\" uses backslashes in its path").arg(escapeForDisplay(name));
    if (name.startsWith(QLatin1Char('/')) || (name.size() >= 2 && name.at(1) == QLatin1Char(':')))
        return tr("the entry \"%1\" has an absolute path").arg(escapeForDisplay(name));
    for (const QString& part : name.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return tr("the entry \"%1\" points outside the archive (..)").arg(escapeForDisplay(name));
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return tr("the entry \"%1\" has control characters in its name").arg(escapeForDisplay(name));
    }
    return {};
}

Result<QList<ArchiveEntry>> CaArchiveReader::read(const QByteArray& zip, const QString& archiveName)
{
    const QString what = escapeForDisplay(archiveName);
    auto refused = [&](const QString& why) {
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 was not opened because %2. Ask the CA for the certificate files again; "
                            "nothing was imported.")
                             .arg(what, why));
    };
    auto tooLarge = [&](const QString& why) {
        return makeError(ErrorKind::TooLarge,
                         tr("%1 was not opened because %2. A CA's certificate archive is a few kilobytes; "
                            "this one may be damaged or hostile. Nothing was imported.")
                             .arg(what, why));
    };
    if (zip.size() > kMaxArchiveSize)
        return tooLarge(tr("it is larger than %n MiB", nullptr, int(kMaxArchiveSize / (1024 * 1024))));

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error);
    if (!source) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return makeError(ErrorKind::Internal, tr("%1 could not be read.").arg(what), detail);
    }
    ZipPtr archive(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!archive) {
        zip_source_free(source);
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return makeError(ErrorKind::Corrupt,
                         tr("%1 is not a readable zip archive (it may be damaged or only partly downloaded). "
                            "Download it again; nothing was imported.")
                             .arg(what),
                         detail);
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count <= 0)
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is empty. Ask the CA for the certificate files again; nothing was imported.")
                             .arg(what));
    if (count > kMaxEntries)
        return tooLarge(tr("it holds %1 entries (at most %2 are read)").arg(count).arg(kMaxEntries));

    // First pass, before inflating a byte: names, types and declared sizes.
    struct Planned {
        zip_uint64_t index;
        QString name;
        qint64 declared;
        qint64 stored;
    };
    QList<Planned> planned;
    qint64 declaredTotal = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            return makeError(ErrorKind::Corrupt, tr("%1 is damaged: an entry cannot be read. Nothing was imported.")
                                                     .arg(what),
                             QString::fromUtf8(zip_strerror(archive.get())));
        const QString name = QString::fromUtf8(st.name);
        if (const QString why = checkEntryName(name); !why.isEmpty())
            return refused(why);
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(archive.get(), zip_uint64_t(i), 0, &opsys, &attributes) == 0
            && opsys == ZIP_OPSYS_UNIX && ((attributes >> 16) & kUnixFileType) == kUnixSymlink)
            return refused(tr("the entry \"%1\" is a symbolic link").arg(escapeForDisplay(name)));
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return refused(tr("the entry \"%1\" is encrypted (certificates need no password; a password "
                              "protected archive is not supported)")
                               .arg(escapeForDisplay(name)));
        if (name.endsWith(QLatin1Char('/')))
            continue;  // a directory
        const qint64 declared = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
        const qint64 stored = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
        if (declared > kMaxEntrySize)
            return tooLarge(tr("the entry \"%1\" is larger than %n KiB", nullptr, int(kMaxEntrySize / 1024))
                                .arg(escapeForDisplay(name)));
        declaredTotal += declared;
        if (declaredTotal > kMaxTotalSize)
            return tooLarge(tr("its files add up to more than %n MiB", nullptr, int(kMaxTotalSize / (1024 * 1024))));
        planned.append({zip_uint64_t(i), name, declared, stored});
    }
    if (planned.isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 holds only folders, no files. Ask the CA for the certificate files again; "
                            "nothing was imported.")
                             .arg(what));

    // Second pass: inflate, counting the real bytes against the same limits.
    QList<ArchiveEntry> entries;
    qint64 total = 0;
    for (const Planned& p : planned) {
        const QString name = escapeForDisplay(p.name);
        ZipFilePtr file(zip_fopen_index(archive.get(), p.index, 0));
        if (!file)
            return makeError(ErrorKind::Corrupt,
                             tr("%1 is damaged: \"%2\" cannot be opened. Nothing was imported.").arg(what, name),
                             QString::fromUtf8(zip_strerror(archive.get())));
        QByteArray bytes;
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
            if (n < 0)
                return makeError(ErrorKind::Corrupt,
                                 tr("%1 is damaged: \"%2\" does not inflate correctly. Download it again; "
                                    "nothing was imported.")
                                     .arg(what, name),
                                 QString::fromUtf8(zip_file_strerror(file.get())));
            if (n == 0)
                break;
            bytes.append(buffer, qsizetype(n));
            total += n;
            if (bytes.size() > kMaxEntrySize)
                return tooLarge(tr("the entry \"%1\" inflates to more than %n KiB", nullptr,
                                   int(kMaxEntrySize / 1024))
                                    .arg(name));
            if (total > kMaxTotalSize)
                return tooLarge(tr("its files inflate to more than %n MiB", nullptr,
                                   int(kMaxTotalSize / (1024 * 1024))));
        }
        if (bytes.size() >= kRatioFloor && bytes.size() > qint64(kMaxRatio) * qMax<qint64>(p.stored, 1))
            return tooLarge(tr("the entry \"%1\" expands more than %2 times (a zip bomb)").arg(name).arg(kMaxRatio));
        if (bytes.size() != p.declared)
            return makeError(ErrorKind::Corrupt,
                             tr("%1 is damaged: \"%2\" is not the size its header says. Download it again; "
                                "nothing was imported.")
                                 .arg(what, name),
                             tr("declared %1 bytes, inflated %2").arg(p.declared).arg(bytes.size()));
        entries.append({p.name, bytes});
    }
    return entries;
}

} // namespace certpilot
