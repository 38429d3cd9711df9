// SPDX-License-Identifier: GPL-3.0-or-later
#include "PemDirTransaction.h"

#include "AtomicFile.h"
#include "SecureBytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace certpilot {

namespace {

const QString kManifest = QStringLiteral("manifest.json");

QString txnBase(const QString& root) { return root + QLatin1Char('/') + PemDirTransaction::stagingDirName(); }

bool ensureParent(const QString& path) { return QDir().mkpath(QFileInfo(path).absolutePath()); }

} // namespace

PemDirTransaction::PemDirTransaction(const QString& storeRoot)
    : m_root(storeRoot)
    , m_id(QUuid::createUuid().toString(QUuid::Id128).left(16))
{
}

PemDirTransaction::~PemDirTransaction()
{
    for (Op& op : m_ops)
        cleanse(op.data);
}

void PemDirTransaction::put(const QString& relPath, const QByteArray& data, bool secret, bool replace)
{
    Op op{Op::Put, QString::number(m_ops.size()), relPath, secret, replace, data};
    if (secret)
        op.data.detach();
    m_ops.append(op);
}

void PemDirTransaction::move(const QString& fromRel, const QString& toRel)
{
    m_ops.append(Op{Op::Move, fromRel, toRel, false, false, {}});
}

Result<void> PemDirTransaction::run()
{
    const QString dir = txnBase(m_root) + QLatin1Char('/') + m_id;
    auto dropStaging = [&] { QDir(dir).removeRecursively(); };
    if (!QDir().mkpath(dir))
        return AtomicFile::errorFor(EACCES, dir, tr("cannot create the staging folder"));
    QFile::setPermissions(txnBase(m_root), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // 1. Stage every new file.
    QJsonArray manifest;
    for (Op& op : m_ops) {
        if (op.type == Op::Put) {
            auto written = AtomicFile::write(dir + QLatin1Char('/') + op.from, op.data, op.secret);
            cleanse(op.data);
            if (!written) {
                dropStaging();
                return written.error();
            }
        }
        manifest.append(QJsonObject{{QStringLiteral("type"), op.type == Op::Put ? QStringLiteral("put")
                                                                                 : QStringLiteral("move")},
                                    {QStringLiteral("from"), op.from},
                                    {QStringLiteral("to"), op.to},
                                    {QStringLiteral("replace"), op.replace}});
    }
    // 2. Commit point.
    auto committed = AtomicFile::write(dir + QLatin1Char('/') + kManifest,
                                       QJsonDocument(QJsonObject{{QStringLiteral("ops"), manifest}}).toJson(),
                                       false);
    if (!committed) {
        dropStaging();
        return committed.error();
    }
    AtomicFile::syncDirectory(dir);

    // 3. Apply. A failure here is undone in reverse; if even that fails, the
    // manifest stays and recover() completes the transaction at the next open.
    for (int i = 0; i < m_ops.size(); ++i) {
        if (i == m_crashAfter)
            return makeError(ErrorKind::Internal, QStringLiteral("simulated crash"));
        auto applied = apply(m_root, dir, m_ops[i]);
        if (!applied) {
            bool undone = true;
            for (int j = i - 1; j >= 0; --j) {
                const Op& op = m_ops[j];
                const QString back = op.type == Op::Put ? dir + QLatin1Char('/') + op.from
                                                        : m_root + QLatin1Char('/') + op.from;
                if (op.replace || !AtomicFile::moveNoReplace(m_root + QLatin1Char('/') + op.to, back))
                    undone = false;
            }
            if (undone)
                dropStaging();
            return applied.error();
        }
    }
    for (const QString& sub : {QStringLiteral("personal"), QStringLiteral("root"),
                               QStringLiteral("intermediate"), QStringLiteral("requests")})
        AtomicFile::syncDirectory(m_root + QLatin1Char('/') + sub);
    // 4. Done.
    dropStaging();
    return {};
}

Result<void> PemDirTransaction::apply(const QString& root, const QString& txnDir, const Op& op)
{
    const QString to = root + QLatin1Char('/') + op.to;
    const QString from = op.type == Op::Put ? txnDir + QLatin1Char('/') + op.from
                                            : root + QLatin1Char('/') + op.from;
    if (!QFileInfo::exists(from)) {
        // Already applied by an earlier, interrupted run.
        if (QFileInfo::exists(to))
            return {};
        return makeError(ErrorKind::Corrupt, tr("A file of the change is missing: %1").arg(from));
    }
    if (!ensureParent(to))
        return AtomicFile::errorFor(EACCES, to, tr("cannot create the folder"));
    if (op.replace)
        return AtomicFile::moveReplace(from, to);
    return AtomicFile::moveNoReplace(from, to);
}

QList<PemDirTransaction::Op> PemDirTransaction::readManifest(const QString& path, bool* ok)
{
    QList<Op> ops;
    QFile file(path);
    *ok = false;
    if (!file.open(QIODevice::ReadOnly))
        return ops;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024));
    if (!doc.isObject())
        return ops;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("ops")).toArray()) {
        const QJsonObject o = v.toObject();
        Op op;
        op.type = o.value(QStringLiteral("type")).toString() == QLatin1String("move") ? Op::Move : Op::Put;
        op.from = o.value(QStringLiteral("from")).toString();
        op.to = o.value(QStringLiteral("to")).toString();
        op.replace = o.value(QStringLiteral("replace")).toBool();
        // A manifest must not reach outside the store, whoever wrote it.
        if (op.to.contains(QLatin1String("..")) || op.from.contains(QLatin1String(".."))
            || QDir::isAbsolutePath(op.to) || QDir::isAbsolutePath(op.from))
            return {};
        ops.append(op);
    }
    *ok = true;
    return ops;
}

QStringList PemDirTransaction::recover(const QString& storeRoot)
{
    QStringList notices;
    QDir base(txnBase(storeRoot));
    if (!base.exists())
        return notices;
    const auto dirs = base.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo& info : dirs) {
        if (!info.isDir() || info.isSymLink()) {
            QFile::remove(info.absoluteFilePath());
            continue;
        }
        const QString dir = info.absoluteFilePath();
        bool ok = false;
        const QList<Op> ops = QFileInfo::exists(dir + QLatin1Char('/') + kManifest)
            ? readManifest(dir + QLatin1Char('/') + kManifest, &ok)
            : QList<Op>();
        if (ok) {
            bool complete = true;
            for (const Op& op : ops)
                complete = apply(storeRoot, dir, op).ok() && complete;
            if (complete) {
                notices << tr("An interrupted change from an earlier session was completed (%n file(s)).",
                              nullptr, int(ops.size()));
                QDir(dir).removeRecursively();
            } else {
                notices << tr("An interrupted change could not be completed; its files are kept in %1.")
                               .arg(QDir::toNativeSeparators(dir));
            }
        } else {
            notices << tr("An unfinished change from an earlier session was discarded; the store is as it "
                          "was before that change.");
            QDir(dir).removeRecursively();
        }
    }
    return notices;
}

} // namespace certpilot
