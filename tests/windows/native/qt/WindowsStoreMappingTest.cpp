// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsStoreMapping.h"

#include <gtest/gtest.h>

using namespace certpilot;

TEST(WindowsStoreMappingTest, LogicalStoresMapOntoLocalMachineStores)
{
    EXPECT_EQ(WindowsStoreMapping::storeName(StoreKind::Personal), win::StoreName::My);
    EXPECT_EQ(WindowsStoreMapping::storeName(StoreKind::TrustedRoot), win::StoreName::Root);
    EXPECT_EQ(WindowsStoreMapping::storeName(StoreKind::Intermediate), win::StoreName::Ca);
    EXPECT_EQ(WindowsStoreMapping::storeName(StoreKind::Requests), win::StoreName::Request);
    for (StoreKind kind : kAllStoreKinds)
        EXPECT_EQ(WindowsStoreMapping::storeKind(WindowsStoreMapping::storeName(kind)), kind);
    EXPECT_EQ(WindowsStoreMapping::systemName(StoreKind::Personal), QStringLiteral("MY"));
    EXPECT_EQ(WindowsStoreMapping::systemName(StoreKind::Requests), QStringLiteral("REQUEST"));
}

TEST(WindowsStoreMappingTest, ThumbprintsAndStrings)
{
    EXPECT_EQ(WindowsStoreMapping::toThumbprint(QStringLiteral("ab cd ef")), "ABCDEF");
    EXPECT_EQ(WindowsStoreMapping::fromThumbprint("abcdef"), QStringLiteral("ABCDEF"));
    const QString name = QStringLiteral("Société Générale – 東京");
    EXPECT_EQ(WindowsStoreMapping::fromWide(WindowsStoreMapping::toWide(name)), name);
    const QByteArray bytes("\x00\x01\xff", 3);
    EXPECT_EQ(WindowsStoreMapping::toBytes(WindowsStoreMapping::toVector(bytes)), bytes);
}

TEST(WindowsStoreMappingTest, CsrDescriptionIsUtf16PemWithNul)
{
    QByteArray der;
    for (int i = 0; i < 200; ++i)
        der.append(char(i));
    const auto description = WindowsStoreMapping::csrDescription(der);
    ASSERT_GE(description.size(), 4u);
    EXPECT_EQ(description[description.size() - 1], 0);
    EXPECT_EQ(description[description.size() - 2], 0);
    // UTF-16LE "-----BEGIN NEW CERTIFICATE REQUEST-----\r\n", then 64-column lines.
    QString text;
    for (size_t i = 0; i + 1 < description.size() - 2; i += 2)
        text.append(QChar(char16_t(description[i] | (description[i + 1] << 8))));
    EXPECT_TRUE(text.startsWith(QStringLiteral("-----BEGIN NEW CERTIFICATE REQUEST-----\r\n")));
    EXPECT_TRUE(text.endsWith(QStringLiteral("-----END NEW CERTIFICATE REQUEST-----\r\n")));
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        EXPECT_LE(line.size(), 64);
    EXPECT_EQ(WindowsStoreMapping::csrFromDescription(description), der);
}

TEST(WindowsStoreMappingTest, DescriptionsWithoutARequestGiveNothing)
{
    const QString other = QStringLiteral("Made by IIS");
    std::vector<std::uint8_t> bytes;
    for (QChar c : other) {
        bytes.push_back(std::uint8_t(c.unicode()));
        bytes.push_back(0);
    }
    EXPECT_TRUE(WindowsStoreMapping::csrFromDescription(bytes).isEmpty());
    EXPECT_TRUE(WindowsStoreMapping::csrFromDescription({}).isEmpty());
}

TEST(WindowsStoreMappingTest, KeyLocationRoundTripsThroughJson)
{
    win::KeyLocation key;
    key.container = L"CertPilot-{1234}";
    key.provider = L"Microsoft Enhanced RSA and AES Cryptographic Provider";
    key.providerType = 24;
    const auto back = WindowsStoreMapping::keyLocationFromJson(WindowsStoreMapping::keyLocationToJson(key));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, key);
    EXPECT_FALSE(WindowsStoreMapping::keyLocationFromJson(QJsonObject{}));
}
