// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsTrash.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;

namespace {
WindowsTrashEntry personal()
{
    WindowsTrashEntry e;
    e.kind = StoreKind::Personal;
    e.id = QStringLiteral("AB12");
    e.thumbprint = QStringLiteral("AB12");
    e.der = QByteArray("\x30\x03\x02\x01\x00", 5);
    e.friendlyName = QStringLiteral("Shop 2026");
    win::KeyLocation key;
    key.container = L"CertPilot-{abc}";
    key.provider = L"Microsoft Enhanced RSA and AES Cryptographic Provider";
    key.providerType = 24;
    e.key = key;
    e.properties = QJsonObject{{QStringLiteral("owner"), QStringLiteral("web team")}};
    e.summary = QStringLiteral("Personal: shop.example.com (with private key)");
    return e;
}
} // namespace

TEST(WindowsTrashTest, KeepsWhatRestoreNeedsAndNoKeyMaterial)
{
    QTemporaryDir dir;
    WindowsTrash trash(dir.path() + QStringLiteral("/trash"));
    WindowsTrashEntry request = personal();
    request.kind = StoreKind::Requests;
    request.id = QStringLiteral("KEYID");
    request.thumbprint = QStringLiteral("CD34");
    request.csrDer = QByteArray("csr");
    auto id = trash.put({personal(), request});
    ASSERT_TRUE(id) << id.error().message.toStdString();
    EXPECT_TRUE(WindowsTrash::isValidId(*id));

    const auto listed = trash.list();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().id, *id);
    EXPECT_TRUE(listed.first().deletedAt.isValid());
    EXPECT_EQ(listed.first().contents.first(), QStringLiteral("Personal: shop.example.com (with private key)"));

    auto entries = trash.entries(*id);
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 2);
    const WindowsTrashEntry& back = entries->first();
    EXPECT_EQ(back.kind, StoreKind::Personal);
    EXPECT_EQ(back.der, personal().der);
    EXPECT_EQ(back.friendlyName, QStringLiteral("Shop 2026"));
    ASSERT_TRUE(back.key);
    EXPECT_EQ(*back.key, *personal().key);
    EXPECT_EQ(back.properties.value(QStringLiteral("owner")).toString(), QStringLiteral("web team"));
    EXPECT_EQ(entries->at(1).kind, StoreKind::Requests);
    EXPECT_EQ(entries->at(1).csrDer, QByteArray("csr"));
    EXPECT_EQ(entries->at(1).thumbprint, QStringLiteral("CD34"));

    QFile info(dir.path() + QStringLiteral("/trash/") + *id + QStringLiteral("/trash-info.json"));
    ASSERT_TRUE(info.open(QIODevice::ReadOnly));
    const QByteArray json = info.readAll();
    EXPECT_FALSE(json.contains("PRIVATE KEY"));
    EXPECT_TRUE(json.contains("CertPilot-{abc}"));

    ASSERT_TRUE(trash.discard(*id));
    EXPECT_TRUE(trash.list().isEmpty());
    EXPECT_FALSE(trash.entries(*id));
}

TEST(WindowsTrashTest, RefusesPathsAndDamagedRecords)
{
    QTemporaryDir dir;
    WindowsTrash trash(dir.path());
    EXPECT_FALSE(WindowsTrash::isValidId(QStringLiteral("../x")));
    EXPECT_FALSE(WindowsTrash::isValidId(QStringLiteral("a/b")));
    EXPECT_FALSE(WindowsTrash::isValidId(QString()));
    EXPECT_EQ(trash.entries(QStringLiteral("../etc")).error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(trash.discard(QStringLiteral("..")).error().kind, ErrorKind::InvalidInput);

    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("20240101-000000-deadbeef")));
    QFile bad(dir.path() + QStringLiteral("/20240101-000000-deadbeef/trash-info.json"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"items":[{"store":"personal","id":"A","thumbprint":"A","der":"!!"}]})");
    bad.close();
    auto entries = trash.entries(QStringLiteral("20240101-000000-deadbeef"));
    ASSERT_FALSE(entries);
    EXPECT_EQ(entries.error().kind, ErrorKind::Corrupt);
    EXPECT_EQ(trash.entries(QStringLiteral("20240101-000000-00000000")).error().kind, ErrorKind::NotFound);
}
