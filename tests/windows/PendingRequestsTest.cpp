// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsrEncoder.h"
#include "CsrReader.h"
#include "KeyContainer.h"
#include "PendingRequests.h"
#include "StoreCleanup.h"
#include "SystemStore.h"
#include "WineInfo.h"

#include <gtest/gtest.h>
#include <windows.h>
#include <wincrypt.h>

#include <cstdio>
#include <cstdlib>

using namespace certpilot::win;
using namespace certpilot::win::test;

namespace {

RequestSpec webServerSpec()
{
    RequestSpec spec;
    spec.subject = L"C=TW, S=TAIWAN, L=TAIPEI, O=CertPilot Test, OU=IT, CN=www.certpilot.test";
    spec.dnsNames = {L"www.certpilot.test", L"certpilot.test"};
    spec.friendlyName = L"www.certpilot.test request";
    return spec;
}

// Where the placeholder's key lives, for cleanup even if the test fails.
void track(StoreCleanup &cleanup, const PendingRequest &pending)
{
    cleanup.certificate(StoreName::Request, pending.placeholder.thumbprint);
    if (pending.placeholder.key)
        cleanup.key(*pending.placeholder.key);
}

void writeFile(const char *path, const std::vector<std::uint8_t> &bytes)
{
    if (FILE *file = std::fopen(path, "wb")) {
        std::fwrite(bytes.data(), 1, bytes.size(), file);
        std::fclose(file);
    }
}

} // namespace

TEST(PendingRequestsTest, CreatesSignedRequestWithExtensions)
{
    StoreCleanup cleanup;
    auto pending = PendingRequests::create(webServerSpec());
    ASSERT_TRUE(pending.ok()) << pending.describe();
    track(cleanup, pending.value());
    if (const char *out = std::getenv("CERTPILOT_CSR_OUT"))
        writeFile(out, pending->csrDer); // checked by verify-csr.sh with OpenSSL

    const auto csr = parseCsr(pending->csrDer);
    EXPECT_TRUE(csr.signatureValid);
    EXPECT_EQ(csr.signatureOid, szOID_RSA_SHA256RSA);
    EXPECT_EQ(csr.subject, L"C=TW, S=TAIWAN, L=TAIPEI, O=CertPilot Test, OU=IT, CN=www.certpilot.test");
    EXPECT_EQ(csr.dnsNames, (std::vector<std::wstring>{L"www.certpilot.test", L"certpilot.test"}));
    EXPECT_EQ(csr.keyUsage, CERT_DIGITAL_SIGNATURE_KEY_USAGE | CERT_KEY_ENCIPHERMENT_KEY_USAGE);
    EXPECT_TRUE(csr.keyUsageCritical);
    EXPECT_EQ(csr.extendedKeyUsages, std::vector<std::string>{szOID_PKIX_KP_SERVER_AUTH});
    // Wine 8 has no request encoder: the fallback must have run there, and
    // must not run where the real encoder exists.
    EXPECT_EQ(pending->assembledCsr, wineVersion().has_value());

    // The key: a machine key in the AES provider (SHA-256), as KEY_PROV_INFO says.
    ASSERT_TRUE(pending->placeholder.key.has_value());
    const auto &location = *pending->placeholder.key;
    EXPECT_EQ(location.provider, KeyContainer::kAesProvider);
    EXPECT_EQ(location.providerType, KeyContainer::kProvRsaAes);
    EXPECT_TRUE(location.isMachineKey());
    EXPECT_EQ(location.keySpec, KeyLocation::kKeyExchange);
    auto key = KeyContainer::open(location);
    ASSERT_TRUE(key.ok()) << key.describe();
    EXPECT_EQ(key->publicKeyInfo().value(), csr.publicKeyInfo);
    EXPECT_EQ(key->bits().value(), 2048u);
}

TEST(PendingRequestsTest, PlaceholderAndCsrPersistInRequestStore)
{
    StoreCleanup cleanup;
    auto pending = PendingRequests::create(webServerSpec());
    ASSERT_TRUE(pending.ok()) << pending.describe();
    track(cleanup, pending.value());

    auto store = SystemStore::open(StoreName::Request, true);
    ASSERT_TRUE(store.ok());
    auto placeholder = store->find(pending->placeholder.thumbprint);
    ASSERT_TRUE(placeholder.ok()) << placeholder.describe();
    EXPECT_TRUE(placeholder->hasPrivateKey);
    EXPECT_EQ(placeholder->key, pending->placeholder.key);
    EXPECT_EQ(placeholder->friendlyName, L"www.certpilot.test request");

    auto csr = PendingRequests::csr(pending->placeholder.thumbprint);
    ASSERT_TRUE(csr.ok()) << csr.describe();
    EXPECT_EQ(csr.value(), pending->csrDer);

    auto all = PendingRequests::list();
    ASSERT_TRUE(all.ok()) << all.describe();
    bool listed = false;
    for (const auto &entry : all.value())
        listed |= entry.placeholder.thumbprint == pending->placeholder.thumbprint && entry.csrDer == pending->csrDer;
    EXPECT_TRUE(listed);
}

TEST(PendingRequestsTest, Sha1RequestUsesSchannelProviderLikeIis)
{
    StoreCleanup cleanup;
    auto spec = webServerSpec();
    spec.hash = SignatureHash::Sha1;
    spec.keyBits = 3072;
    auto pending = PendingRequests::create(spec);
    ASSERT_TRUE(pending.ok()) << pending.describe();
    track(cleanup, pending.value());
    EXPECT_EQ(pending->placeholder.key->provider, KeyContainer::kSchannelProvider);
    EXPECT_EQ(pending->placeholder.key->providerType, KeyContainer::kProvRsaSchannel);
    const auto csr = parseCsr(pending->csrDer);
    EXPECT_TRUE(csr.signatureValid);
    EXPECT_EQ(csr.signatureOid, szOID_RSA_SHA1RSA);
    EXPECT_EQ(KeyContainer::open(*pending->placeholder.key)->bits().value(), 3072u);
}

TEST(PendingRequestsTest, Rsa4096Sha384Request)
{
    StoreCleanup cleanup;
    auto spec = webServerSpec();
    spec.hash = SignatureHash::Sha384;
    spec.keyBits = 4096;
    auto pending = PendingRequests::create(spec);
    ASSERT_TRUE(pending.ok()) << pending.describe();
    track(cleanup, pending.value());
    EXPECT_EQ(pending->placeholder.key->providerType, KeyContainer::kProvRsaAes);
    const auto csr = parseCsr(pending->csrDer);
    EXPECT_TRUE(csr.signatureValid);
    EXPECT_EQ(csr.signatureOid, szOID_RSA_SHA384RSA);
    EXPECT_EQ(KeyContainer::open(*pending->placeholder.key)->bits().value(), 4096u);
}

TEST(PendingRequestsTest, AssembledEncodingMatchesWhatIsSigned)
{
    // Runs the fallback directly, so it is covered on Windows too.
    auto key = KeyContainer::create({L"", KeyContainer::kAesProvider, KeyContainer::kProvRsaAes,
                                     KeyLocation::kMachineKeySet, KeyLocation::kKeyExchange},
                                    2048, false);
    ASSERT_TRUE(key.ok()) << key.describe();
    StoreCleanup cleanup;
    cleanup.key(key->location());
    auto der = CsrEncoder::encodeAssembled(key.value(), webServerSpec());
    ASSERT_TRUE(der.ok()) << der.describe();
    const auto csr = parseCsr(der.value());
    EXPECT_TRUE(csr.signatureValid);
    EXPECT_EQ(csr.publicKeyInfo, key->publicKeyInfo().value());
    EXPECT_EQ(csr.dnsNames.size(), 2u);
}

TEST(PendingRequestsTest, CancelRemovesPlaceholderAndKey)
{
    auto pending = PendingRequests::create(webServerSpec());
    ASSERT_TRUE(pending.ok()) << pending.describe();
    const auto location = *pending->placeholder.key;
    ASSERT_TRUE(PendingRequests::cancel(pending->placeholder.thumbprint).ok());
    EXPECT_FALSE(SystemStore::open(StoreName::Request, true)->find(pending->placeholder.thumbprint).ok());
    auto key = KeyContainer::open(location);
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.error().name(), "NTE_BAD_KEYSET");
}

TEST(PendingRequestsTest, BadSubjectFailsAndLeavesNothingBehind)
{
    auto before = SystemStore::open(StoreName::Request, true)->list().value().size();
    auto spec = webServerSpec();
    spec.subject = L"CN=\"unterminated";
    auto pending = PendingRequests::create(spec);
    ASSERT_FALSE(pending.ok());
    EXPECT_EQ(pending.error().operation(), "CertStrToNameW");
    EXPECT_EQ(pending.error().name(), "CRYPT_E_INVALID_X500_STRING") << pending.error().describe();
    EXPECT_EQ(SystemStore::open(StoreName::Request, true)->list().value().size(), before);
}

TEST(PendingRequestsTest, CngKeyRequest)
{
    StoreCleanup cleanup;
    auto spec = webServerSpec();
    spec.storage = KeyStorage::Cng;
    auto pending = PendingRequests::create(spec);
    if (!pending.ok() && wineVersion())
        GTEST_SKIP() << "Wine " << *wineVersion() << ": " << pending.error().operation()
                     << " with a CNG (NCrypt) key handle is a stub (" << pending.error().name() << ")";
    ASSERT_TRUE(pending.ok()) << pending.describe();
    track(cleanup, pending.value());
    EXPECT_TRUE(pending->placeholder.key->isCng());
    const auto csr = parseCsr(pending->csrDer);
    EXPECT_TRUE(csr.signatureValid);
}
