// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainStatus.h"

#include <openssl/x509_vfy.h>

namespace certpilot {

QString ChainStatusText::shortText(ChainStatus status)
{
    switch (status) {
    case ChainStatus::Ok:
        return tr("OK");
    case ChainStatus::Expired:
        return tr("Expired");
    case ChainStatus::NotYetValid:
        return tr("Not yet valid");
    case ChainStatus::IssuerMissing:
        return tr("Issuer missing");
    case ChainStatus::RootNotTrusted:
        return tr("Root not trusted");
    case ChainStatus::SignatureInvalid:
        return tr("Signature invalid");
    case ChainStatus::NotACa:
        return tr("Issuer is not a CA");
    case ChainStatus::SelfSignedLeaf:
        return tr("Self-signed");
    case ChainStatus::InvalidPurpose:
        return tr("Wrong purpose");
    case ChainStatus::HostnameMismatch:
        return tr("Host name mismatch");
    case ChainStatus::NameConstraints:
        return tr("Name not permitted");
    case ChainStatus::PathLength:
        return tr("Chain too long");
    case ChainStatus::WeakCrypto:
        return tr("Weak key or signature");
    case ChainStatus::Malformed:
        return tr("Malformed");
    case ChainStatus::Other:
        return tr("Not trusted");
    }
    return {};
}

QString ChainStatusText::explanation(ChainStatus status)
{
    switch (status) {
    case ChainStatus::Ok:
        return tr("This certificate is OK.");
    case ChainStatus::Expired:
        return tr("This certificate has expired. Renew it, or check the computer's clock if the date "
                  "looks wrong.");
    case ChainStatus::NotYetValid:
        return tr("This certificate is not valid yet. If it was just issued, wait; otherwise check the "
                  "computer's clock (time drift in a virtual machine, a dead BIOS battery).");
    case ChainStatus::IssuerMissing:
        return tr("The certificate that issued this one is not installed. Install the intermediate "
                  "certificate from your CA in Intermediate Certification Authorities.");
    case ChainStatus::RootNotTrusted:
        return tr("The chain ends at a root certificate that is not trusted. If you trust this CA, install "
                  "its root certificate in Trusted Root Certification Authorities.");
    case ChainStatus::SignatureInvalid:
        return tr("The signature does not verify: the certificate was altered, or the issuer found is not "
                  "the one that signed it. Get the certificates from your CA again.");
    case ChainStatus::NotACa:
        return tr("A certificate in the chain issues others but is not a certification authority. The chain "
                  "is invalid; ask your CA for the right intermediate certificate.");
    case ChainStatus::SelfSignedLeaf:
        return tr("This certificate is self-signed and is not in Trusted Root Certification Authorities, so "
                  "browsers will not trust it. Use a certificate issued by a CA.");
    case ChainStatus::InvalidPurpose:
        return tr("This certificate is not valid for this purpose (for example, server authentication is "
                  "missing from its Extended Key Usage). Ask your CA for a TLS server certificate.");
    case ChainStatus::HostnameMismatch:
        return tr("The host name is not in this certificate's Subject Alternative Names. Request a "
                  "certificate that lists the name, or use one of the names it lists.");
    case ChainStatus::NameConstraints:
        return tr("A CA in the chain is not permitted to issue a certificate for this name.");
    case ChainStatus::PathLength:
        return tr("The chain is longer than a CA in it allows.");
    case ChainStatus::WeakCrypto:
        return tr("The key is too short or the signature algorithm too weak (for example RSA below 2048 "
                  "bits or SHA-1). Request a new certificate with a stronger key.");
    case ChainStatus::Malformed:
        return tr("The certificate breaks the X.509 rules and is rejected. Ask your CA to re-issue it.");
    case ChainStatus::Other:
        return tr("The certificate is not trusted.");
    }
    return {};
}

ChainStatus ChainStatusText::fromOpenSslError(int code)
{
    switch (code) {
    case X509_V_OK:
        return ChainStatus::Ok;
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CRL_HAS_EXPIRED:
        return ChainStatus::Expired;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return ChainStatus::NotYetValid;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return ChainStatus::IssuerMissing;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_CERT_REJECTED:
        return ChainStatus::RootNotTrusted;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return ChainStatus::SelfSignedLeaf;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        return ChainStatus::SignatureInvalid;
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        return ChainStatus::NotACa;
    case X509_V_ERR_INVALID_PURPOSE:
        return ChainStatus::InvalidPurpose;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
    case X509_V_ERR_EMAIL_MISMATCH:
        return ChainStatus::HostnameMismatch;
    case X509_V_ERR_PERMITTED_VIOLATION:
    case X509_V_ERR_EXCLUDED_VIOLATION:
    case X509_V_ERR_SUBTREE_MINMAX:
    case X509_V_ERR_UNSUPPORTED_CONSTRAINT_TYPE:
    case X509_V_ERR_UNSUPPORTED_CONSTRAINT_SYNTAX:
    case X509_V_ERR_UNSUPPORTED_NAME_SYNTAX:
        return ChainStatus::NameConstraints;
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
    case X509_V_ERR_PROXY_PATH_LENGTH_EXCEEDED:
    case X509_V_ERR_CERT_CHAIN_TOO_LONG:
        return ChainStatus::PathLength;
    case X509_V_ERR_EE_KEY_TOO_SMALL:
    case X509_V_ERR_CA_KEY_TOO_SMALL:
    case X509_V_ERR_CA_MD_TOO_WEAK:
        return ChainStatus::WeakCrypto;
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
    case X509_V_ERR_INVALID_EXTENSION:
    case X509_V_ERR_INVALID_NON_CA:
    case X509_V_ERR_PATHLEN_INVALID_FOR_NON_CA:
    case X509_V_ERR_PATHLEN_WITHOUT_KU_KEY_CERT_SIGN:
    case X509_V_ERR_KU_KEY_CERT_SIGN_INVALID_FOR_NON_CA:
    case X509_V_ERR_ISSUER_NAME_EMPTY:
    case X509_V_ERR_SUBJECT_NAME_EMPTY:
    case X509_V_ERR_MISSING_AUTHORITY_KEY_IDENTIFIER:
    case X509_V_ERR_MISSING_SUBJECT_KEY_IDENTIFIER:
    case X509_V_ERR_EMPTY_SUBJECT_ALT_NAME:
    case X509_V_ERR_EMPTY_SUBJECT_SAN_NOT_CRITICAL:
    case X509_V_ERR_CA_BCONS_NOT_CRITICAL:
    case X509_V_ERR_AUTHORITY_KEY_IDENTIFIER_CRITICAL:
    case X509_V_ERR_SUBJECT_KEY_IDENTIFIER_CRITICAL:
    case X509_V_ERR_CA_CERT_MISSING_KEY_USAGE:
    case X509_V_ERR_EXTENSIONS_REQUIRE_VERSION_3:
    case X509_V_ERR_SIGNATURE_ALGORITHM_MISMATCH:
    case X509_V_ERR_SIGNATURE_ALGORITHM_INCONSISTENCY:
    case X509_V_ERR_INVALID_CALL:
        return ChainStatus::Malformed;
    default:
        return ChainStatus::Other;
    }
}

int ChainStatusText::priority(ChainStatus status)
{
    switch (status) {
    case ChainStatus::SignatureInvalid:
        return 0;
    case ChainStatus::IssuerMissing:
        return 1;
    case ChainStatus::RootNotTrusted:
    case ChainStatus::SelfSignedLeaf:
        return 2;
    case ChainStatus::Expired:
    case ChainStatus::NotYetValid:
        return 3;
    case ChainStatus::Ok:
        return 100;
    default:
        return 10;
    }
}

} // namespace certpilot
