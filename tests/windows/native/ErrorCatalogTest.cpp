// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorCatalog.h"
#include "WinError.h"

#include <gtest/gtest.h>

#include <set>

using certpilot::win::ErrorCatalog;
using certpilot::win::WinError;

TEST(ErrorCatalogTest, NamesTheCodesAdminsMeet)
{
    EXPECT_EQ(ErrorCatalog::lookup(0x80090016)->name, "NTE_BAD_KEYSET");
    EXPECT_EQ(ErrorCatalog::lookup(0x80090010)->name, "NTE_PERM");
    EXPECT_EQ(ErrorCatalog::lookup(0x8009001A)->name, "NTE_KEYSET_ENTRY_BAD");
    EXPECT_EQ(ErrorCatalog::lookup(0x8009001F)->name, "NTE_BAD_KEYSET_PARAM");
    EXPECT_EQ(ErrorCatalog::lookup(0x80092004)->name, "CRYPT_E_NOT_FOUND");
    EXPECT_EQ(ErrorCatalog::lookup(0x800B0109)->name, "CERT_E_UNTRUSTEDROOT");
    EXPECT_EQ(ErrorCatalog::lookup(5)->name, "ERROR_ACCESS_DENIED");
    EXPECT_EQ(ErrorCatalog::lookup(0x1234), nullptr);
}

TEST(ErrorCatalogTest, Win32CodesAlsoMatchAsHresults)
{
    // E_ACCESSDENIED and E_INVALIDARG are HRESULT_FROM_WIN32 of the plain codes.
    EXPECT_EQ(ErrorCatalog::lookup(0x80070005)->name, "ERROR_ACCESS_DENIED");
    EXPECT_EQ(ErrorCatalog::lookup(0x80070057)->name, "ERROR_INVALID_PARAMETER");
    EXPECT_EQ(ErrorCatalog::lookup(0x80071234), nullptr);
}

TEST(ErrorCatalogTest, HexHasEightDigits)
{
    EXPECT_EQ(ErrorCatalog::hex(0x80090016), "0x80090016");
    EXPECT_EQ(ErrorCatalog::hex(5), "0x00000005");
    EXPECT_EQ(ErrorCatalog::hex(0x8009001A), "0x8009001A");
}

TEST(ErrorCatalogTest, EveryRowHasAdviceAndAUniqueName)
{
    std::set<std::string_view> names;
    for (const auto &entry : ErrorCatalog::entries()) {
        EXPECT_TRUE(names.insert(entry.name).second) << entry.name;
        EXPECT_GT(entry.advice.size(), 20u) << entry.name;
        EXPECT_EQ(entry.advice.back(), '.') << entry.name;
    }
    EXPECT_GE(names.size(), 50u);
}

TEST(WinErrorTest, DescribesOperationCodeDetailAndAdvice)
{
    const WinError error(0x80090016, "CryptAcquireContextW", "container X");
    EXPECT_EQ(error.name(), "NTE_BAD_KEYSET");
    EXPECT_EQ(error.hex(), "0x80090016");
    EXPECT_EQ(error.describe().rfind("CryptAcquireContextW failed: NTE_BAD_KEYSET (0x80090016) [container X]. ", 0), 0u)
        << error.describe();
    const WinError unknown(0x1234, "Somewhere");
    EXPECT_EQ(unknown.name(), "UNKNOWN");
    EXPECT_FALSE(unknown.advice().empty());
}
