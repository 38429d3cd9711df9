// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsrReader.h"
#include "KeyContainer.h"
#include "Native.h"
#include "PendingRequests.h"
#include "RequestCompletion.h"
#include "StoreCleanup.h"
#include "SystemStore.h"
#include "TestCa.h"
#include "WineInfo.h"

#include <gtest/gtest.h>

using namespace certpilot::win;
using namespace certpilot::win::test;

namespace {

class RequestCompletionTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_ca = TestCa::createRoot(L"CertPilot Completion Test CA").release(); }
    static void TearDownTestSuite()
    {
        delete s_ca;
        s_ca = nullptr;
    }

    // A pending request and the CA's answer to it, issued from the CSR alone.
    std::vector<std::uint8_t> requestAndIssue(PendingRequest &pending)
    {
        RequestSpec spec;
        spec.subject = L"CN=complete.certpilot.test";
        spec.dnsNames = {L"complete.certpilot.test"};
        auto created = PendingRequests::create(spec);
        EXPECT_TRUE(created.ok()) << created.describe();
        if (!created.ok())
            return {};
        pending = created.value();
        m_cleanup.certificate(StoreName::Request, pending.placeholder.thumbprint);
        m_cleanup.key(*pending.placeholder.key);
        const auto csr = parseCsr(pending.csrDer);
        TestCa::Issue issue;
        issue.subjectName = csr.subjectName;
        issue.publicKeyInfo = csr.publicKeyInfo;
        issue.dnsNames = csr.dnsNames;
        return s_ca->issue(issue);
    }

    static TestCa *s_ca;
    StoreCleanup m_cleanup;
};

TestCa *RequestCompletionTest::s_ca = nullptr;

} // namespace

TEST_F(RequestCompletionTest, LinksResponseToPendingKeyAndMovesItToPersonal)
{
    PendingRequest pending;
    const auto response = requestAndIssue(pending);
    ASSERT_FALSE(response.empty());

    auto completed = RequestCompletion::complete(response, L"complete.certpilot.test 2025");
    ASSERT_TRUE(completed.ok()) << completed.describe();
    m_cleanup.certificate(StoreName::My, completed->thumbprint);
    EXPECT_EQ(completed->der, response);
    EXPECT_EQ(completed->friendlyName, L"complete.certpilot.test 2025");
    EXPECT_TRUE(completed->hasPrivateKey);
    ASSERT_TRUE(completed->key.has_value());
    EXPECT_EQ(*completed->key, *pending.placeholder.key);

    // In MY after a reopen, and the placeholder is gone from REQUEST.
    auto personal = SystemStore::open(StoreName::My, true);
    auto stored = personal->find(completed->thumbprint);
    ASSERT_TRUE(stored.ok()) << stored.describe();
    EXPECT_EQ(stored->key, completed->key);
    EXPECT_FALSE(SystemStore::open(StoreName::Request, true)->find(pending.placeholder.thumbprint).ok());

    // The linked key opens from KEY_PROV_INFO and signs for this certificate.
    auto key = KeyContainer::open(*stored->key);
    ASSERT_TRUE(key.ok()) << key.describe();
    const std::vector<std::uint8_t> data{'C', 'e', 'r', 't', 'P', 'i', 'l', 'o', 't'};
    auto signature = key->sign(SignatureHash::Sha256, data);
    ASSERT_TRUE(signature.ok()) << signature.describe();
    EXPECT_TRUE(verifyWithCertificate(response, data, signature.value()));
    // And the check can fail: other data does not verify.
    EXPECT_FALSE(verifyWithCertificate(response, {'x'}, signature.value()));

    // Completing twice is harmless and answers with the installed certificate.
    auto again = RequestCompletion::complete(response, L"complete.certpilot.test 2025");
    ASSERT_TRUE(again.ok()) << again.describe();
    EXPECT_EQ(again->thumbprint, completed->thumbprint);
}

TEST_F(RequestCompletionTest, ResponseWithoutPendingKeyIsCryptENotFound)
{
    // Issued for a key that never was a pending request here: the
    // "completed on another server" case.
    auto foreignKey = makeKey();
    m_cleanup.key(foreignKey.location());
    TestCa::Issue issue;
    issue.subjectName = encodeName(L"CN=elsewhere.certpilot.test");
    issue.publicKeyInfo = foreignKey.publicKeyInfo().value();
    const auto response = s_ca->issue(issue);

    auto completed = RequestCompletion::complete(response, L"nope");
    ASSERT_FALSE(completed.ok());
    EXPECT_EQ(completed.error().name(), "CRYPT_E_NOT_FOUND");
    EXPECT_EQ(completed.error().hex(), "0x80092004");
    EXPECT_EQ(completed.error().code(), 0x80092004u);
    EXPECT_NE(completed.error().advice().find("server that created the request"), std::string::npos);
    EXPECT_NE(completed.error().detail().find("REQUEST"), std::string::npos);
    EXPECT_FALSE(SystemStore::open(StoreName::My, true)->find(
        native::describe(native::ContextPtr(CertCreateCertificateContext(X509_ASN_ENCODING, response.data(),
                                                                         static_cast<DWORD>(response.size())))
                             .get())
            .thumbprint).ok());
}

TEST_F(RequestCompletionTest, PendingEntryWhoseKeyIsGoneIsNteBadKeyset)
{
    PendingRequest pending;
    const auto response = requestAndIssue(pending);
    ASSERT_FALSE(response.empty());
    ASSERT_TRUE(KeyContainer::destroy(*pending.placeholder.key).ok());

    auto completed = RequestCompletion::complete(response, L"lost key");
    ASSERT_FALSE(completed.ok());
    EXPECT_EQ(completed.error().name(), "NTE_BAD_KEYSET");
    EXPECT_EQ(completed.error().hex(), "0x80090016");
    // Nothing half-done: the pending entry stays for the admin to see.
    EXPECT_TRUE(SystemStore::open(StoreName::Request, true)->find(pending.placeholder.thumbprint).ok());
}

TEST_F(RequestCompletionTest, CryptAcquireCertificatePrivateKeyOnMachineKey)
{
    // Documents the Wine gap RequestCompletion works around by opening the
    // key from KEY_PROV_INFO itself.
    PendingRequest pending;
    const auto response = requestAndIssue(pending);
    ASSERT_FALSE(response.empty());
    auto completed = RequestCompletion::complete(response, L"acquire");
    ASSERT_TRUE(completed.ok()) << completed.describe();
    m_cleanup.certificate(StoreName::My, completed->thumbprint);

    auto store = SystemStore::open(StoreName::My, true);
    auto context = native::findByThumbprint(static_cast<HCERTSTORE>(store->nativeHandle()), completed->thumbprint);
    ASSERT_TRUE(context);
    HCRYPTPROV_OR_NCRYPT_KEY_HANDLE handle = 0;
    DWORD keySpec = 0;
    BOOL mustFree = FALSE;
    const BOOL acquired = CryptAcquireCertificatePrivateKey(context.get(), CRYPT_ACQUIRE_SILENT_FLAG, nullptr, &handle,
                                                            &keySpec, &mustFree);
    if (!acquired && wineVersion())
        GTEST_SKIP() << "Wine " << *wineVersion()
                     << ": CryptAcquireCertificatePrivateKey drops CRYPT_MACHINE_KEYSET (error "
                     << native::lastError("").hex() << ")";
    ASSERT_TRUE(acquired) << native::lastError("CryptAcquireCertificatePrivateKey").describe();
    EXPECT_EQ(keySpec, static_cast<DWORD>(AT_KEYEXCHANGE));
    if (mustFree)
        CryptReleaseContext(handle, 0);
}
