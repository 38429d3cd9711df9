// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCleanup.h"
#include "SystemStore.h"
#include "TestCa.h"
#include "WineInfo.h"

#include <gtest/gtest.h>
#include <windows.h>
#include <wincrypt.h>

#include <algorithm>

using namespace certpilot::win;
using namespace certpilot::win::test;

namespace {

// A certificate nobody else uses: a throw-away root's own certificate.
std::vector<std::uint8_t> freshCertificate()
{
    static auto ca = TestCa::createRoot(L"CertPilot Store Test");
    auto key = makeKey();
    TestCa::Issue issue;
    issue.subjectName = encodeName(L"CN=store.certpilot.test");
    issue.publicKeyInfo = key.publicKeyInfo().value();
    (void)KeyContainer::destroy(key.location());
    return ca->issue(issue);
}

bool contains(const std::vector<StoredCertificate> &list, const std::string &thumbprint)
{
    return std::any_of(list.begin(), list.end(), [&](const auto &c) { return c.thumbprint == thumbprint; });
}

} // namespace

TEST(SystemStoreTest, OpensAndListsTheFourLocalMachineStores)
{
    for (auto name : {StoreName::My, StoreName::Root, StoreName::Ca, StoreName::Request}) {
        auto store = SystemStore::open(name);
        ASSERT_TRUE(store.ok()) << store.describe();
        auto list = store->list();
        ASSERT_TRUE(list.ok()) << list.describe();
        for (const auto &certificate : list.value()) {
            EXPECT_EQ(certificate.thumbprint.size(), 40u);
            EXPECT_FALSE(certificate.der.empty());
        }
    }
    // Root always has anchors (on Wine: the host CA bundle plus built-ins).
    auto root = SystemStore::open(StoreName::Root, true);
    ASSERT_TRUE(root.ok()) << root.describe();
    EXPECT_GT(root->list().value().size(), 10u);
    EXPECT_EQ(root->systemName(), L"Root");
}

TEST(SystemStoreTest, AddFindRenameDeletePersistAcrossReopen)
{
    StoreCleanup cleanup;
    const auto der = freshCertificate();
    std::string thumbprint;
    {
        auto store = SystemStore::open(StoreName::Ca);
        ASSERT_TRUE(store.ok()) << store.describe();
        auto added = store->add(der, L"Before");
        ASSERT_TRUE(added.ok()) << added.describe();
        thumbprint = added->thumbprint;
        cleanup.certificate(StoreName::Ca, thumbprint);
        EXPECT_EQ(added->der, der);
        EXPECT_EQ(added->friendlyName, L"Before");
        EXPECT_FALSE(added->hasPrivateKey);
    }
    {
        auto store = SystemStore::open(StoreName::Ca);
        ASSERT_TRUE(store.ok());
        auto found = store->find(thumbprint);
        ASSERT_TRUE(found.ok()) << found.describe();
        EXPECT_EQ(found->der, der);
        EXPECT_EQ(found->friendlyName, L"Before");
        // Friendly name change: Wine loses it without COMMIT_FORCE.
        auto renamed = store->setFriendlyName(thumbprint, L"Web server 2025 \u7DB2\u7AD9");
        ASSERT_TRUE(renamed.ok()) << renamed.describe();
    }
    {
        auto store = SystemStore::open(StoreName::Ca, true);
        auto found = store->find(thumbprint);
        ASSERT_TRUE(found.ok()) << found.describe();
        EXPECT_EQ(found->friendlyName, L"Web server 2025 \u7DB2\u7AD9");
        // Lower case and spaces name the same certificate.
        std::string spaced;
        for (std::size_t i = 0; i < thumbprint.size(); i += 2)
            spaced += std::string(1, static_cast<char>(std::tolower(thumbprint[i])))
                + static_cast<char>(std::tolower(thumbprint[i + 1])) + " ";
        EXPECT_TRUE(store->find(spaced).ok());
    }
    {
        auto store = SystemStore::open(StoreName::Ca);
        auto removed = store->remove(thumbprint);
        ASSERT_TRUE(removed.ok()) << removed.describe();
    }
    {
        // Deletion, too, is lost under Wine without the commit.
        auto store = SystemStore::open(StoreName::Ca, true);
        EXPECT_FALSE(contains(store->list().value(), thumbprint));
        auto missing = store->find(thumbprint);
        ASSERT_FALSE(missing.ok());
        EXPECT_EQ(missing.error().name(), "CRYPT_E_NOT_FOUND");
        EXPECT_EQ(missing.error().hex(), "0x80092004");
    }
}

TEST(SystemStoreTest, DescriptionPropertyRoundTrip)
{
    StoreCleanup cleanup;
    auto store = SystemStore::open(StoreName::My);
    ASSERT_TRUE(store.ok());
    auto added = store->add(freshCertificate());
    ASSERT_TRUE(added.ok()) << added.describe();
    cleanup.certificate(StoreName::My, added->thumbprint);
    const std::vector<std::uint8_t> value{'d', 0, 'e', 0, 0, 0};
    auto set = store->setProperty(added->thumbprint, CERT_DESCRIPTION_PROP_ID, value);
    ASSERT_TRUE(set.ok()) << set.describe();
    auto reopened = SystemStore::open(StoreName::My, true);
    auto read = reopened->property(added->thumbprint, CERT_DESCRIPTION_PROP_ID);
    ASSERT_TRUE(read.ok()) << read.describe();
    EXPECT_EQ(read.value(), value);
    auto unset = reopened->property(added->thumbprint, CERT_ARCHIVED_PROP_ID);
    ASSERT_FALSE(unset.ok());
    EXPECT_EQ(unset.error().name(), "CRYPT_E_NOT_FOUND");
}

TEST(SystemStoreTest, ApplicationPropertyIds)
{
    // Why PendingRequests keeps the CSR in the description instead.
    StoreCleanup cleanup;
    auto store = SystemStore::open(StoreName::My);
    ASSERT_TRUE(store.ok());
    auto added = store->add(freshCertificate());
    ASSERT_TRUE(added.ok()) << added.describe();
    cleanup.certificate(StoreName::My, added->thumbprint);
    const std::vector<std::uint8_t> value{1, 2, 3};
    auto set = store->setProperty(added->thumbprint, CERT_FIRST_USER_PROP_ID + 0x123, value);
    if (!set.ok() && wineVersion())
        GTEST_SKIP() << "Wine " << *wineVersion()
                     << ": CertSetCertificateContextProperty with application property ids is a stub";
    ASSERT_TRUE(set.ok()) << set.describe();
    EXPECT_EQ(SystemStore::open(StoreName::My, true)->property(added->thumbprint, CERT_FIRST_USER_PROP_ID + 0x123).value(),
              value);
}

TEST(SystemStoreTest, RejectsGarbageWithAsn1Error)
{
    auto store = SystemStore::open(StoreName::Ca);
    ASSERT_TRUE(store.ok());
    const std::vector<std::uint8_t> garbage{0x30, 0x03, 0x02, 0x01};
    auto added = store->add(garbage);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().operation(), "CertCreateCertificateContext");
    EXPECT_EQ(added.error().name().rfind("CRYPT_E_ASN1_", 0), 0u) << added.error().describe();
}
