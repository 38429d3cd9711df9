// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsKeyBlob.h"

#include <gtest/gtest.h>

using namespace certpilot;

TEST(WindowsKeyBlobTest, RsaKeyRoundTripsAsAKeyExchangePrivateKeyBlob)
{
    auto key = PrivateKey::generate(KeySpec::rsa(2048));
    ASSERT_TRUE(key);
    auto blob = WindowsKeyBlob::toBlob(*key);
    ASSERT_TRUE(blob) << blob.error().message.toStdString();
    const auto bytes = blob->bytes();
    ASSERT_GT(bytes.size(), 20u);
    // BLOBHEADER: PRIVATEKEYBLOB (7), version 2, CALG_RSA_KEYX (0x0000A400); RSAPUBKEY magic "RSA2", 2048 bits.
    EXPECT_EQ(bytes[0], 0x07);
    EXPECT_EQ(bytes[1], 0x02);
    EXPECT_EQ(bytes[4], 0x00);
    EXPECT_EQ(bytes[5], 0xA4);
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(bytes.data()) + 8, 4), "RSA2");
    EXPECT_EQ(bytes[12] | (bytes[13] << 8), 2048);

    auto back = WindowsKeyBlob::fromBlob(bytes);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back->publicKeyDer(), key->publicKeyDer());
    EXPECT_EQ(back->bits(), 2048);
}

TEST(WindowsKeyBlobTest, EcKeysAreRefusedWithAReason)
{
    auto key = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
    ASSERT_TRUE(key);
    auto blob = WindowsKeyBlob::toBlob(*key);
    ASSERT_FALSE(blob);
    EXPECT_EQ(blob.error().kind, ErrorKind::Unsupported);
    EXPECT_TRUE(blob.error().message.contains(QStringLiteral("RSA")));
}

TEST(WindowsKeyBlobTest, GarbageIsNotAKey)
{
    const std::uint8_t junk[] = {7, 2, 0, 0, 0, 0xA4, 0, 0, 'R', 'S', 'A', '2', 0, 8};
    auto key = WindowsKeyBlob::fromBlob(junk);
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error().kind, ErrorKind::Corrupt);
}
