// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBytes.h"
#include "pfx/Pkcs12Contents.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>

#include <openssl/pkcs12.h>

namespace certpilot {

class ImportLibraryContext;

// One way to hand a password to OpenSSL. PKCS#12 has two encodings of "no
// password" (absent, and an empty string), so an empty password has two
// candidates; any other password has one.
struct Pkcs12Password {
    bool absent = false;
    SecureBytes utf8;

    const char* data() const { return absent ? nullptr : utf8.constData(); }
    int size() const { return absent ? 0 : int(utf8.size()); }
};

// Part of Pkcs12Reader: opens the authenticated safes of a PKCS#12 file and
// everything in them, and counts what opened and what did not, so the reader
// can tell a wrong password from damage. Knows nothing about the MAC.
class Pkcs12SafeReader {
    Q_DECLARE_TR_FUNCTIONS(Pkcs12SafeReader)
public:
    struct Tally {
        int encrypted = 0;  // encrypted blocks and shrouded keys met
        int opened = 0;     // ... that decrypted into well-formed content
        int garbled = 0;    // ... that decrypted, but into content that does not parse
        int wellFormed = 0; // ... of those, how many are still one whole DER SEQUENCE
        int refused = 0;    // ... that did not decrypt at all (bad padding)
        bool damaged = false; // unencrypted parts that do not parse
        QString detail;     // OpenSSL's words for the first failure
        bool allOpened() const { return opened == encrypted && !damaged; }
    };

    // `verified`: the MAC matched, so what decrypts is what its maker wrote; an
    // unknown key type is then "unsupported" rather than damage.
    // `spent`: iterations already run (the MAC), counted against `maxTotal`.
    Pkcs12SafeReader(const ImportLibraryContext& context, QList<Pkcs12Password> candidates, bool verified,
                     const std::atomic_bool* cancel, qint64 maxIterations, qint64 maxTotal, qint64 spent);

    // Reads every safe. Fails only for what stops reading altogether: an
    // unsupported algorithm, an absurd iteration count, too many items,
    // cancellation. Damage and undecryptable parts are counted in tally().
    Result<void> readAll(STACK_OF(PKCS7) * safes);

    Pkcs12Contents& contents() { return m_contents; }
    const Tally& tally() const { return m_tally; }

private:
    enum class Opened { Yes, Garbled, Refused };
    // Parses decrypted bytes; false when they do not parse (a failure to count,
    // not to report), an error when reading must stop.
    using Parse = std::function<Result<bool>(const SecureBytes& plain)>;

    Result<void> readSafe(PKCS7* safe);
    Result<void> readBags(const STACK_OF(PKCS12_SAFEBAG) * bags, Pkcs12Info::Section& section, int depth,
                          bool* ok);
    Result<bool> readBag(const PKCS12_SAFEBAG* bag, Pkcs12Info::Section& section, int depth);
    Result<Opened> decrypt(const X509_ALGOR* algorithm, const ASN1_OCTET_STRING* data, const Parse& parse,
                           Pkcs12Protection* protection);
    Result<bool> addKey(const PKCS8_PRIV_KEY_INFO* p8, Pkcs12Info::Bag& info);
    Result<void> checkCancel() const;
    void note(const QString& detail);

    const ImportLibraryContext& m_context;
    QList<Pkcs12Password> m_candidates;
    bool m_verified;
    const std::atomic_bool* m_cancel;
    qint64 m_maxIterations;
    qint64 m_maxTotal;
    qint64 m_spent;
    Pkcs12Contents m_contents;
    Tally m_tally;
    int m_items = 0;
};

} // namespace certpilot
