// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsTrash.h"

#include "WindowsStoreMapping.h"
#include "pemdir/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace certpilot {

namespace {
const QString kInfo = QStringLiteral("trash-info.json");
constexpr qint64 kMaxInfoSize = 16 * 1024 * 1024;

QJsonObject toJson(const WindowsTrashEntry& e)
{
    QJsonObject o{{QStringLiteral("store"), StoreKindText::id(e.kind)},
                  {QStringLiteral("id"), e.id.toUpper()},
                  {QStringLiteral("thumbprint"), e.thumbprint.toUpper()},
                  {QStringLiteral("der"), QString::fromLatin1(e.der.toBase64())},
                  {QStringLiteral("friendlyName"), e.friendlyName},
                  {QStringLiteral("properties"), e.properties},
                  {QStringLiteral("summary"), e.summary}};
    if (e.key)
        o.insert(QStringLiteral("key"), WindowsStoreMapping::keyLocationToJson(*e.key));
    if (!e.csrDer.isEmpty())
        o.insert(QStringLiteral("csr"), QString::fromLatin1(e.csrDer.toBase64()));
    return o;
}

std::optional<WindowsTrashEntry> fromJson(const QJsonObject& o)
{
    const auto kind = StoreKindText::fromId(o.value(QStringLiteral("store")).toString());
    const auto der = QByteArray::fromBase64Encoding(o.value(QStringLiteral("der")).toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!kind || !der || der.decoded.isEmpty())
        return std::nullopt;
    WindowsTrashEntry e;
    e.kind = *kind;
    e.id = o.value(QStringLiteral("id")).toString();
    e.thumbprint = o.value(QStringLiteral("thumbprint")).toString();
    e.der = der.decoded;
    e.friendlyName = o.value(QStringLiteral("friendlyName")).toString();
    e.properties = o.value(QStringLiteral("properties")).toObject();
    e.summary = o.value(QStringLiteral("summary")).toString();
    if (o.contains(QStringLiteral("key"))) {
        e.key = WindowsStoreMapping::keyLocationFromJson(o.value(QStringLiteral("key")).toObject());
        if (!e.key)
            return std::nullopt;
    }
    e.csrDer = QByteArray::fromBase64(o.value(QStringLiteral("csr")).toString().toLatin1());
    if (e.id.isEmpty() || e.thumbprint.isEmpty())
        return std::nullopt;
    return e;
}

Result<QJsonObject> readInfo(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, WindowsTrash::tr("There is no such item in the trash."));
    if (file.size() > kMaxInfoSize)
        return makeError(ErrorKind::TooLarge, WindowsTrash::tr("The trash entry is damaged."), path);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxInfoSize), &error);
    if (!doc.isObject())
        return makeError(ErrorKind::Corrupt, WindowsTrash::tr("The trash entry is damaged."),
                         path + QStringLiteral(": ") + error.errorString());
    return doc.object();
}
} // namespace

WindowsTrash::WindowsTrash(const QString& folder)
    : m_folder(folder)
{
}

bool WindowsTrash::isValidId(const QString& trashId)
{
    if (trashId.isEmpty() || trashId.size() > 64)
        return false;
    for (const QChar c : trashId) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

Result<QString> WindowsTrash::put(const QList<WindowsTrashEntry>& entries)
{
    const QString id = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString dir = m_folder + QLatin1Char('/') + id;
    // Owner-only: the records name key containers, which is nobody else's business.
    if (!QDir().mkpath(m_folder) || !QDir().mkdir(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                             | QFileDevice::ExeOwner))
        return makeError(ErrorKind::PermissionDenied,
                         tr("The trash folder %1 cannot be written, so nothing was removed. Check that CertPilot "
                            "runs as an administrator.")
                             .arg(QDir::toNativeSeparators(m_folder)));
    QJsonArray items;
    for (const WindowsTrashEntry& e : entries)
        items.append(toJson(e));
    const QJsonObject info{{QStringLiteral("deletedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("format"), QStringLiteral("certpilot-windows-trash")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("items"), items}};
    auto written = AtomicFile::write(dir + QLatin1Char('/') + kInfo, QJsonDocument(info).toJson(), false);
    if (!written) {
        QDir(dir).removeRecursively();
        return written.error();
    }
    return id;
}

QList<TrashItem> WindowsTrash::list() const
{
    QList<TrashItem> out;
    const QDir dir(m_folder);
    const auto names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        if (!isValidId(name))
            continue;
        const auto info = readInfo(dir.filePath(name + QLatin1Char('/') + kInfo));
        if (!info)
            continue;
        TrashItem item;
        item.id = name;
        item.deletedAt = QDateTime::fromString(info->value(QStringLiteral("deletedAt")).toString(), Qt::ISODate);
        for (const QJsonValue& v : info->value(QStringLiteral("items")).toArray())
            item.contents << v.toObject().value(QStringLiteral("summary")).toString();
        out.append(item);
    }
    return out;
}

Result<QList<WindowsTrashEntry>> WindowsTrash::entries(const QString& trashId) const
{
    if (!isValidId(trashId))
        return makeError(ErrorKind::InvalidInput, tr("There is no such item in the trash."));
    const auto info = readInfo(m_folder + QLatin1Char('/') + trashId + QLatin1Char('/') + kInfo);
    if (!info)
        return info.error();
    QList<WindowsTrashEntry> out;
    for (const QJsonValue& v : info->value(QStringLiteral("items")).toArray()) {
        auto entry = fromJson(v.toObject());
        if (!entry)
            return makeError(ErrorKind::Corrupt, tr("The trash entry is damaged, so it cannot be restored."),
                             trashId);
        out.append(*entry);
    }
    if (out.isEmpty())
        return makeError(ErrorKind::Corrupt, tr("The trash entry is empty."), trashId);
    return out;
}

Result<void> WindowsTrash::discard(const QString& trashId)
{
    if (!isValidId(trashId))
        return makeError(ErrorKind::InvalidInput, tr("There is no such item in the trash."));
    if (!QDir(m_folder + QLatin1Char('/') + trashId).removeRecursively())
        return makeError(ErrorKind::Io, tr("The restored item's trash folder could not be removed."),
                         QDir::toNativeSeparators(m_folder + QLatin1Char('/') + trashId));
    return {};
}

} // namespace certpilot
