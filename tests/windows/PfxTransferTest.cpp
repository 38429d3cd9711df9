// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyContainer.h"
#include "PfxTransfer.h"
#include "StoreCleanup.h"
#include "SystemStore.h"
#include "TestCa.h"
#include "WineInfo.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

using namespace certpilot::win;
using namespace certpilot::win::test;

namespace {

const std::wstring kPassword = L"CertPilot-Test-1";
const std::vector<std::uint8_t> kData{'p', 'f', 'x'};

// Files made by make-test-pfx.sh at configure time.
std::vector<std::uint8_t> testFile(const std::string &name)
{
    const char *dir = std::getenv("CERTPILOT_TEST_DATA");
    if (!dir)
        return {};
    std::ifstream in(std::string(dir) + "/" + name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void expectKeySignsFor(const StoredCertificate &certificate)
{
    ASSERT_TRUE(certificate.key.has_value());
    auto key = KeyContainer::open(*certificate.key);
    ASSERT_TRUE(key.ok()) << key.describe();
    auto signature = key->sign(SignatureHash::Sha256, kData);
    ASSERT_TRUE(signature.ok()) << signature.describe();
    EXPECT_TRUE(verifyWithCertificate(certificate.der, kData, signature.value()));
}

} // namespace

TEST(PfxTransferTest, ImportMovesEachKeyIntoItsOwnMachineContainer)
{
    const auto legacy = testFile("legacy.pfx");
    const auto aes = testFile("aes.pfx");
    if (legacy.empty() || aes.empty())
        GTEST_SKIP() << "no test PFX files: openssl was not found when configuring";
    StoreCleanup cleanup;

    auto first = PfxTransfer::importPfx(legacy, kPassword, false, L"legacy");
    ASSERT_TRUE(first.ok()) << first.describe();
    ASSERT_EQ(first->withKeys.size(), 1u);
    const auto legacyCert = first->withKeys[0];
    cleanup.certificate(StoreName::My, legacyCert.thumbprint);
    cleanup.key(*legacyCert.key);
    EXPECT_EQ(legacyCert.der, testFile("legacy.der"));
    EXPECT_EQ(legacyCert.friendlyName, L"legacy");
    EXPECT_EQ(legacyCert.key->providerType, KeyContainer::kProvRsaAes);
    EXPECT_TRUE(legacyCert.key->isMachineKey());
    EXPECT_EQ(legacyCert.key->keySpec, KeyLocation::kKeyExchange);

    // A second import must not overwrite the first key (Wine's shared container).
    auto second = PfxTransfer::importPfx(aes, kPassword, true);
    ASSERT_TRUE(second.ok()) << second.describe();
    ASSERT_EQ(second->withKeys.size(), 1u);
    const auto aesCert = second->withKeys[0];
    cleanup.certificate(StoreName::My, aesCert.thumbprint);
    cleanup.key(*aesCert.key);
    EXPECT_EQ(aesCert.der, testFile("aes.der"));
    EXPECT_NE(aesCert.key->container, legacyCert.key->container);

    expectKeySignsFor(legacyCert);
    expectKeySignsFor(aesCert);

    // Exportability follows the caller's choice, not the temporary import's.
    auto legacyKey = KeyContainer::open(*legacyCert.key);
    ASSERT_TRUE(legacyKey.ok());
    EXPECT_FALSE(legacyKey->exportPrivateBlob().ok());
    EXPECT_TRUE(KeyContainer::open(*aesCert.key)->exportPrivateBlob().ok());
}

TEST(PfxTransferTest, WrongPasswordFailsImport)
{
    const auto legacy = testFile("legacy.pfx");
    if (legacy.empty())
        GTEST_SKIP() << "no test PFX files: openssl was not found when configuring";
    auto imported = PfxTransfer::importPfx(legacy, L"wrong password", false);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().operation(), "PFXImportCertStore");
}

TEST(PfxTransferTest, RejectsDataThatIsNoPfx)
{
    const std::vector<std::uint8_t> garbage{0x30, 0x03, 0x02, 0x01, 0x03};
    auto imported = PfxTransfer::importPfx(garbage, kPassword, false);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().name(), "CRYPT_E_ASN1_BADTAG");
}

TEST(PfxTransferTest, VerifyPassword)
{
    const auto legacy = testFile("legacy.pfx");
    if (legacy.empty())
        GTEST_SKIP() << "no test PFX files: openssl was not found when configuring";
    auto right = PfxTransfer::verifyPassword(legacy, kPassword);
    ASSERT_TRUE(right.ok()) << right.describe();
    if (!right.value() && wineVersion())
        GTEST_SKIP() << "Wine " << *wineVersion() << ": PFXVerifyPassword is a stub (returns FALSE)";
    EXPECT_TRUE(right.value());
    EXPECT_FALSE(PfxTransfer::verifyPassword(legacy, L"wrong").value());
}

TEST(PfxTransferTest, ExportWithChainAndReimport)
{
    StoreCleanup cleanup;
    auto ca = TestCa::createRoot(L"CertPilot PFX Test CA");
    auto key = makeKey();
    cleanup.key(key.location());
    TestCa::Issue issue;
    issue.subjectName = encodeName(L"CN=pfx-export.certpilot.test");
    issue.publicKeyInfo = key.publicKeyInfo().value();
    auto stored = SystemStore::open(StoreName::My)->add(ca->issue(issue), L"", &key.location());
    ASSERT_TRUE(stored.ok()) << stored.describe();
    cleanup.certificate(StoreName::My, stored->thumbprint);

    auto exported = PfxTransfer::exportPfx(stored->thumbprint, kPassword, true);
    if (!exported.ok() && wineVersion())
        GTEST_SKIP() << "Wine " << *wineVersion() << ": PFXExportCertStoreEx is a stub (returns FALSE, "
                     << exported.error().name() << " as no error code is set)";
    ASSERT_TRUE(exported.ok()) << exported.describe();
    EXPECT_TRUE(PfxTransfer::verifyPassword(exported->pfx, kPassword).value());

    ASSERT_TRUE(SystemStore::open(StoreName::My)->remove(stored->thumbprint).ok());
    auto imported = PfxTransfer::importPfx(exported->pfx, kPassword, false);
    ASSERT_TRUE(imported.ok()) << imported.describe();
    ASSERT_EQ(imported->withKeys.size(), 1u);
    cleanup.key(*imported->withKeys[0].key);
    EXPECT_EQ(imported->withKeys[0].thumbprint, stored->thumbprint);
    expectKeySignsFor(imported->withKeys[0]);
}
