// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsErrorText.h"

#include "ErrorCatalog.h"

namespace certpilot {

namespace {

// The values of winerror.h; the adapter's Wine suite checks the catalog
// against the SDK, and the native test checks these against the catalog.
enum Code : std::uint32_t {
    FileNotFound = 0x00000002,
    AccessDenied = 0x00000005,
    InvalidData = 0x0000000D,
    SharingViolation = 0x00000020,
    NotSupported = 0x00000032,
    DiskFull = 0x00000070,
    InvalidPassword = 0x00000056,
    InvalidParameter = 0x00000057,
    CallNotImplemented = 0x00000078,
    AlreadyExists = 0x000000B7,
    NotFound = 0x00000490,
    ENotImpl = 0x80004001,
    NteBadKey = 0x80090003,
    NteBadData = 0x80090005,
    NteBadAlgId = 0x80090008,
    NteBadKeyState = 0x8009000B,
    NteNoKey = 0x8009000D,
    NteExists = 0x8009000F,
    NtePerm = 0x80090010,
    NteBadPublicKey = 0x80090015,
    NteBadKeyset = 0x80090016,
    NteKeysetNotDef = 0x80090019,
    NteNotSupported = 0x80090029,
    SecUnsupportedFunction = 0x80090302,
    CryptBadEncode = 0x80092002,
    CryptNotFound = 0x80092004,
    CryptExists = 0x80092005,
    CryptNoKeyProperty = 0x8009200B,
    CryptInvalidX500 = 0x80092023,
    Asn1Eod = 0x80093102,
    Asn1Corrupt = 0x80093103,
    Asn1BadTag = 0x8009310B,
    CertExpired = 0x800B0101,
    CertUntrustedRoot = 0x800B0109,
    CertChaining = 0x800B010A,
    CertCnNoMatch = 0x800B010F,
};

} // namespace

std::uint32_t WindowsErrorText::win32Code(std::uint32_t code)
{
    return (code & 0xFFFF0000u) == 0x80070000u ? (code & 0xFFFFu) : code;
}

ErrorKind WindowsErrorText::kind(std::uint32_t code)
{
    switch (win32Code(code)) {
    case FileNotFound:
    case NotFound:
    case CryptNotFound:
        return ErrorKind::NotFound;
    case AccessDenied:
    case NtePerm:
        return ErrorKind::PermissionDenied;
    case SharingViolation:
        return ErrorKind::StoreLocked;
    case DiskFull:
        return ErrorKind::DiskFull;
    case InvalidPassword:
        return ErrorKind::WrongPassword;
    case AlreadyExists:
    case NteExists:
    case CryptExists:
        return ErrorKind::AlreadyExists;
    case NteBadKeyset:
    case NteNoKey:
    case NteKeysetNotDef:
    case CryptNoKeyProperty:
        return ErrorKind::KeyMissing;
    case NteBadPublicKey:
        return ErrorKind::KeyMismatch;
    case NotSupported:
    case CallNotImplemented:
    case ENotImpl:
    case NteBadAlgId:
    case NteNotSupported:
    case NteBadKeyState:
    case SecUnsupportedFunction:
        return ErrorKind::Unsupported;
    case InvalidData:
    case InvalidParameter:
    case NteBadData:
    case NteBadKey:
    case CryptBadEncode:
    case CryptInvalidX500:
    case Asn1Eod:
    case Asn1Corrupt:
    case Asn1BadTag:
        return ErrorKind::InvalidInput;
    case CertExpired:
    case CertUntrustedRoot:
    case CertChaining:
    case CertCnNoMatch:
        return ErrorKind::ServerRejected;
    default:
        return ErrorKind::Internal;
    }
}

QString WindowsErrorText::codeText(const win::WinError& error)
{
    const QString hex = QString::fromStdString(error.hex());
    if (!win::ErrorCatalog::lookup(error.code()))
        return hex;
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(error.name()), hex);
}

QString WindowsErrorText::advice(const win::WinError& error)
{
    switch (win32Code(error.code())) {
    case AccessDenied:
        return tr("Run CertPilot as an administrator: the Local Computer certificate stores, machine keys and "
                  "HTTP.sys bindings can only be changed with administrator rights.");
    case NtePerm:
        return tr("Windows refused access to the private key. Run CertPilot as an administrator; if it still "
                  "fails, the key was imported without \"Mark this key as exportable\" and cannot be read.");
    case NteBadKeyState:
        return tr("The private key is not exportable, so it cannot be copied or backed up. Import the "
                  "certificate again from a PFX with \"Mark this key as exportable\", or make a new request.");
    case NteBadKeyset:
    case NteKeysetNotDef:
    case NteNoKey:
        return tr("The private key's container is missing on this computer. The key stays on the machine where "
                  "the request was made: complete the request there, restore the key from a PFX backup, or make "
                  "a new request.");
    case CryptNoKeyProperty:
        return tr("No private key is linked to this certificate. Import it from a PFX that includes the key, or "
                  "complete the request on the computer where it was made.");
    case NteBadPublicKey:
        return tr("The private key does not belong to this certificate. Check that the certificate answers "
                  "this request, or import the matching PFX.");
    case CryptNotFound:
    case NotFound:
    case FileNotFound:
        return tr("The item is no longer there. Refresh the view; another program may have removed it.");
    case CryptExists:
    case NteExists:
    case AlreadyExists:
        return tr("It already exists. Refresh the view and use the existing entry, or remove it first.");
    case SharingViolation:
        return tr("Another program is changing the store. Close it (or wait for it to finish) and try again.");
    case CertUntrustedRoot:
        return tr("The chain ends in a root that this computer does not trust. Import the CA's root "
                  "certificate into Trusted Root Certification Authorities.");
    case CertChaining:
        return tr("The chain is incomplete. Import the CA's intermediate certificates into Intermediate "
                  "Certification Authorities.");
    default:
        break;
    }
    // The catalog's English sentence, translatable by context for the rows
    // CertPilot has no sentence of its own for.
    return QCoreApplication::translate("WindowsErrorCatalog", error.advice().c_str());
}

Error WindowsErrorText::toError(const win::WinError& error, const QString& what)
{
    const QString message = tr("%1 failed: Windows reported %2. %3").arg(what, codeText(error), advice(error));
    return makeError(kind(error.code()), message, QString::fromStdString(error.describe()));
}

} // namespace certpilot
