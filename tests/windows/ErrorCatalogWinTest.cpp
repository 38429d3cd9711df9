// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog is plain C++ with literal codes; here every row is checked
// against the SDK's own winerror.h, so a typo in a code cannot survive.
#include "ErrorCatalog.h"

#include <gtest/gtest.h>
#include <windows.h>

#include <set>
#include <string>

using certpilot::win::ErrorCatalog;

namespace {

struct SdkCode {
    unsigned long code;
    const char *name;
};

#define SDK(name) SdkCode{static_cast<unsigned long>(name), #name}
const SdkCode kSdkCodes[] = {
    SDK(ERROR_FILE_NOT_FOUND), SDK(ERROR_ACCESS_DENIED), SDK(ERROR_INVALID_DATA), SDK(ERROR_SHARING_VIOLATION),
    SDK(ERROR_NOT_SUPPORTED), SDK(ERROR_INVALID_PASSWORD), SDK(ERROR_INVALID_PARAMETER),
    SDK(ERROR_CALL_NOT_IMPLEMENTED), SDK(ERROR_INSUFFICIENT_BUFFER), SDK(ERROR_ALREADY_EXISTS),
    SDK(ERROR_NO_MORE_ITEMS), SDK(ERROR_NOT_FOUND), SDK(E_NOTIMPL), SDK(E_FAIL), SDK(NTE_BAD_KEY), SDK(NTE_BAD_DATA),
    SDK(NTE_BAD_SIGNATURE), SDK(NTE_BAD_ALGID), SDK(NTE_BAD_FLAGS), SDK(NTE_BAD_TYPE), SDK(NTE_BAD_KEY_STATE),
    SDK(NTE_NO_KEY), SDK(NTE_EXISTS), SDK(NTE_PERM), SDK(NTE_BAD_PUBLIC_KEY), SDK(NTE_BAD_KEYSET),
    SDK(NTE_PROV_TYPE_NOT_DEF), SDK(NTE_KEYSET_NOT_DEF), SDK(NTE_KEYSET_ENTRY_BAD), SDK(NTE_BAD_KEYSET_PARAM),
    SDK(NTE_FAIL), SDK(NTE_INVALID_PARAMETER), SDK(NTE_NOT_SUPPORTED), SDK(SEC_E_UNSUPPORTED_FUNCTION),
    SDK(SEC_E_INTERNAL_ERROR), SDK(SEC_E_NO_CREDENTIALS), SDK(SEC_E_WRONG_PRINCIPAL), SDK(SEC_E_UNTRUSTED_ROOT),
    SDK(SEC_E_ILLEGAL_MESSAGE), SDK(SEC_E_CERT_UNKNOWN), SDK(SEC_E_CERT_EXPIRED), SDK(SEC_E_ALGORITHM_MISMATCH),
    SDK(CRYPT_E_BAD_ENCODE), SDK(CRYPT_E_NOT_FOUND), SDK(CRYPT_E_EXISTS), SDK(CRYPT_E_UNEXPECTED_MSG_TYPE),
    SDK(CRYPT_E_NO_KEY_PROPERTY), SDK(CRYPT_E_NO_REVOCATION_CHECK), SDK(CRYPT_E_REVOCATION_OFFLINE),
    SDK(CRYPT_E_INVALID_X500_STRING), SDK(CRYPT_E_ASN1_EOD), SDK(CRYPT_E_ASN1_CORRUPT), SDK(CRYPT_E_ASN1_BADTAG),
    SDK(TRUST_E_CERT_SIGNATURE), SDK(TRUST_E_BASIC_CONSTRAINTS), SDK(CERT_E_EXPIRED), SDK(CERT_E_UNTRUSTEDROOT),
    SDK(CERT_E_CHAINING), SDK(CERT_E_REVOKED), SDK(CERT_E_CN_NO_MATCH), SDK(CERT_E_WRONG_USAGE),
    SDK(CERT_E_UNTRUSTEDCA), SDK(CERT_E_INVALID_NAME),
};
#undef SDK

} // namespace

TEST(ErrorCatalogWinTest, EveryRowMatchesWinerrorH)
{
    std::set<std::string> checked;
    for (const auto &sdk : kSdkCodes) {
        const auto *entry = ErrorCatalog::lookup(sdk.code);
        ASSERT_NE(entry, nullptr) << sdk.name;
        EXPECT_EQ(entry->name, sdk.name) << ErrorCatalog::hex(sdk.code);
        checked.insert(sdk.name);
    }
    // The other direction: no row the SDK list above does not vouch for.
    for (const auto &entry : ErrorCatalog::entries())
        EXPECT_TRUE(checked.count(std::string(entry.name))) << entry.name << " is not checked against winerror.h";
}
