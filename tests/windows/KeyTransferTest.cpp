// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyContainer.h"
#include "KeyTransfer.h"
#include "StoreCleanup.h"
#include "SystemStore.h"
#include "TestCa.h"

#include <gtest/gtest.h>

using namespace certpilot::win;
using namespace certpilot::win::test;

namespace {

class KeyTransferTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_ca = TestCa::createRoot(L"CertPilot Transfer Test CA").release(); }
    static void TearDownTestSuite()
    {
        delete s_ca;
        s_ca = nullptr;
    }

    // A certificate in MY linked to an exportable key, as a completed request is.
    StoredCertificate installWithKey(bool exportable)
    {
        KeyLocation where{L"", KeyContainer::kAesProvider, KeyContainer::kProvRsaAes, KeyLocation::kMachineKeySet,
                          KeyLocation::kKeyExchange};
        auto key = KeyContainer::create(where, 2048, exportable);
        EXPECT_TRUE(key.ok()) << key.describe();
        m_cleanup.key(key->location());
        TestCa::Issue issue;
        issue.subjectName = encodeName(L"CN=transfer.certpilot.test");
        issue.publicKeyInfo = key->publicKeyInfo().value();
        auto store = SystemStore::open(StoreName::My);
        auto stored = store->add(s_ca->issue(issue), L"transfer", &key->location());
        EXPECT_TRUE(stored.ok()) << stored.describe();
        m_cleanup.certificate(StoreName::My, stored->thumbprint);
        return stored.value();
    }

    static TestCa *s_ca;
    StoreCleanup m_cleanup;
};

TestCa *KeyTransferTest::s_ca = nullptr;

const std::vector<std::uint8_t> kData{'s', 'i', 'g', 'n', ' ', 'm', 'e'};

} // namespace

TEST_F(KeyTransferTest, ExportDeleteReimportKeepsAWorkingKey)
{
    const auto original = installWithKey(true);
    auto blob = KeyTransfer::exportPrivateKey(original.thumbprint);
    ASSERT_TRUE(blob.ok()) << blob.describe();
    ASSERT_GT(blob->size(), 1000u);
    EXPECT_EQ(blob->data()[0], 0x07); // PRIVATEKEYBLOB

    // Lose both certificate and key, as on a rebuilt server.
    ASSERT_TRUE(SystemStore::open(StoreName::My)->remove(original.thumbprint).ok());
    ASSERT_TRUE(KeyContainer::destroy(*original.key).ok());

    auto imported = KeyTransfer::importWithPrivateKey(original.der, blob->bytes(), {true, L"restored"});
    ASSERT_TRUE(imported.ok()) << imported.describe();
    m_cleanup.certificate(StoreName::My, imported->thumbprint);
    ASSERT_TRUE(imported->key.has_value());
    m_cleanup.key(*imported->key);
    EXPECT_EQ(imported->thumbprint, original.thumbprint);
    EXPECT_EQ(imported->friendlyName, L"restored");
    EXPECT_NE(imported->key->container, original.key->container);
    EXPECT_EQ(imported->key->providerType, KeyContainer::kProvRsaAes);
    EXPECT_TRUE(imported->key->isMachineKey());
    EXPECT_EQ(imported->key->keySpec, KeyLocation::kKeyExchange);

    auto key = KeyContainer::open(*imported->key);
    ASSERT_TRUE(key.ok()) << key.describe();
    auto signature = key->sign(SignatureHash::Sha256, kData);
    ASSERT_TRUE(signature.ok()) << signature.describe();
    EXPECT_TRUE(verifyWithCertificate(original.der, kData, signature.value()));

    // Exportable import: the same key material comes back out.
    auto again = KeyTransfer::exportPrivateKey(imported->thumbprint);
    ASSERT_TRUE(again.ok()) << again.describe();
    EXPECT_TRUE(std::equal(again->bytes().begin(), again->bytes().end(), blob->bytes().begin(), blob->bytes().end()));
}

TEST_F(KeyTransferTest, NonExportableKeyRefusesExport)
{
    const auto installed = installWithKey(false);
    auto blob = KeyTransfer::exportPrivateKey(installed.thumbprint);
    ASSERT_FALSE(blob.ok());
    EXPECT_EQ(blob.error().operation(), "CryptExportKey");
    EXPECT_EQ(blob.error().name(), "NTE_BAD_KEY_STATE") << blob.error().describe();
}

TEST_F(KeyTransferTest, ImportRejectsKeyOfAnotherCertificate)
{
    const auto first = installWithKey(true);
    const auto second = installWithKey(true);
    auto wrongKey = KeyTransfer::exportPrivateKey(second.thumbprint);
    ASSERT_TRUE(wrongKey.ok()) << wrongKey.describe();
    ASSERT_TRUE(SystemStore::open(StoreName::My)->remove(first.thumbprint).ok());

    auto imported = KeyTransfer::importWithPrivateKey(first.der, wrongKey->bytes(), {});
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().name(), "NTE_BAD_PUBLIC_KEY");
    EXPECT_EQ(imported.error().hex(), "0x80090015");
    EXPECT_FALSE(SystemStore::open(StoreName::My, true)->find(first.thumbprint).ok());
}

TEST_F(KeyTransferTest, CertificateWithoutKeyHasNoKeyProperty)
{
    auto store = SystemStore::open(StoreName::My);
    auto key = makeKey();
    m_cleanup.key(key.location());
    TestCa::Issue issue;
    issue.subjectName = encodeName(L"CN=nokey.certpilot.test");
    issue.publicKeyInfo = key.publicKeyInfo().value();
    auto stored = store->add(s_ca->issue(issue));
    ASSERT_TRUE(stored.ok());
    m_cleanup.certificate(StoreName::My, stored->thumbprint);
    EXPECT_FALSE(stored->hasPrivateKey);
    auto blob = KeyTransfer::exportPrivateKey(stored->thumbprint);
    ASSERT_FALSE(blob.ok());
    EXPECT_EQ(blob.error().name(), "CRYPT_E_NO_KEY_PROPERTY");
    EXPECT_EQ(blob.error().hex(), "0x8009200B");
}
