// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorCatalog.h"
#include "WindowsErrorText.h"

#include <gtest/gtest.h>

using namespace certpilot;
using certpilot::win::WinError;

TEST(WindowsErrorTextTest, MessageNamesTheWindowsErrorAndWhatToDo)
{
    const Error e = WindowsErrorText::toError(WinError(0x80090016, "CryptAcquireContextW", "container CertPilot-x"),
                                              QStringLiteral("Reading the private key"));
    EXPECT_EQ(e.kind, ErrorKind::KeyMissing);
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("Reading the private key failed")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("NTE_BAD_KEYSET (0x80090016)"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("PFX backup"))) << e.message.toStdString();
    // The adapter's own line, for bug reports: the call and the container.
    EXPECT_TRUE(e.detail.contains(QStringLiteral("CryptAcquireContextW")));
    EXPECT_TRUE(e.detail.contains(QStringLiteral("CertPilot-x")));
}

TEST(WindowsErrorTextTest, KindsFollowTheCode)
{
    EXPECT_EQ(WindowsErrorText::kind(0x80092004), ErrorKind::NotFound);        // CRYPT_E_NOT_FOUND
    EXPECT_EQ(WindowsErrorText::kind(2), ErrorKind::NotFound);                 // ERROR_FILE_NOT_FOUND
    EXPECT_EQ(WindowsErrorText::kind(5), ErrorKind::PermissionDenied);         // ERROR_ACCESS_DENIED
    EXPECT_EQ(WindowsErrorText::kind(0x80070005), ErrorKind::PermissionDenied); // E_ACCESSDENIED
    EXPECT_EQ(WindowsErrorText::kind(0x80090010), ErrorKind::PermissionDenied); // NTE_PERM
    EXPECT_EQ(WindowsErrorText::kind(0x8009000B), ErrorKind::Unsupported);     // NTE_BAD_KEY_STATE
    EXPECT_EQ(WindowsErrorText::kind(0x80090015), ErrorKind::KeyMismatch);     // NTE_BAD_PUBLIC_KEY
    EXPECT_EQ(WindowsErrorText::kind(0x8009200B), ErrorKind::KeyMissing);      // CRYPT_E_NO_KEY_PROPERTY
    EXPECT_EQ(WindowsErrorText::kind(0x80092005), ErrorKind::AlreadyExists);   // CRYPT_E_EXISTS
    EXPECT_EQ(WindowsErrorText::kind(0xB7), ErrorKind::AlreadyExists);         // ERROR_ALREADY_EXISTS
    EXPECT_EQ(WindowsErrorText::kind(0x80070056), ErrorKind::WrongPassword);   // ERROR_INVALID_PASSWORD as HRESULT
    EXPECT_EQ(WindowsErrorText::kind(0x800B0109), ErrorKind::ServerRejected);  // CERT_E_UNTRUSTEDROOT
    EXPECT_EQ(WindowsErrorText::kind(0x12345678), ErrorKind::Internal);
}

TEST(WindowsErrorTextTest, EveryCatalogRowHasAMessageWithItsName)
{
    for (const auto& entry : win::ErrorCatalog::entries()) {
        const Error e = WindowsErrorText::toError(WinError(entry.code, "Op"), QStringLiteral("Doing it"));
        const QString name = QString::fromLatin1(entry.name.data(), qsizetype(entry.name.size()));
        EXPECT_TRUE(e.message.contains(name + QStringLiteral(" (") + QString::fromStdString(win::ErrorCatalog::hex(entry.code)) + QLatin1Char(')')))
            << e.message.toStdString();
        EXPECT_GT(WindowsErrorText::advice(WinError(entry.code, "Op")).size(), 20) << name.toStdString();
    }
}

TEST(WindowsErrorTextTest, UnknownCodesShowTheHexAndGenericAdvice)
{
    const Error e = WindowsErrorText::toError(WinError(0x8009FFFF, "Op"), QStringLiteral("Doing it"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("0x8009FFFF")));
    EXPECT_FALSE(e.message.contains(QStringLiteral("UNKNOWN")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("event log")));
}

TEST(WindowsErrorTextTest, OwnSentencesCoverTheUsualCodes)
{
    // These read CertPilot's words, not the catalog's English: check the ones users meet.
    EXPECT_TRUE(WindowsErrorText::advice(WinError(5, "Op")).contains(QStringLiteral("administrator")));
    EXPECT_TRUE(WindowsErrorText::advice(WinError(0x8009000B, "Op")).contains(QStringLiteral("exportable")));
    EXPECT_TRUE(WindowsErrorText::advice(WinError(0x800B0109, "Op")).contains(QStringLiteral("Trusted Root")));
    EXPECT_EQ(WindowsErrorText::win32Code(0x80070057), 0x57u);
    EXPECT_EQ(WindowsErrorText::win32Code(0x80090016), 0x80090016u);
}
