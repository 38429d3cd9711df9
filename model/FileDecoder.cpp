// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDecoder.h"

#include "ossl/Convert.h"
#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <openssl/asn1.h>
#include <openssl/pem.h>

namespace certpilot {

namespace {

using Decoded = Result<DecodedFile>;

bool looksLikeText(const QByteArray& bytes) { return bytes.contains("-----BEGIN "); }

// Windows tools save text as UTF-16 or with a BOM; OpenSSL's PEM reader wants
// plain lines that start at column 0.
QByteArray normaliseText(const QByteArray& raw)
{
    QByteArray text = raw;
    if (text.startsWith("\xFF\xFE") || text.startsWith("\xFE\xFF")) {
        auto decode = QStringDecoder(text.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                                 : QStringDecoder::Utf16BE);
        text = QString(decode(text.mid(2))).toLatin1();
    }
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QByteArray out;
    out.reserve(text.size());
    for (QByteArray line : text.split('\n')) {
        out += line.trimmed();
        out += '\n';
    }
    return out;
}

bool isBase64Text(const QByteArray& bytes)
{
    int significant = 0;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '+' || c == '/' || c == '=')
            ++significant;
        else if (!std::isspace(u))
            return false;
    }
    return significant >= 16;
}

// The DER object without the newline or NULs some tools append; empty when
// anything else follows it. Its own length says where it ends: trimming
// those bytes from the end instead also cut a signature whose last byte
// happened to be 0x00, 0x0A or 0x0D (one certificate in 85).
QByteArray trimDerPadding(const QByteArray& der)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* p = begin;
    long length = 0;
    int tag = 0;
    int xclass = 0;
    const int header = ASN1_get_object(&p, &length, &tag, &xclass, long(der.size()));
    ossl::clearErrors();
    if ((header & 0x80) || header == 0x21)   // an error, or an indefinite length
        return {};
    const qsizetype end = qsizetype(p - begin) + qsizetype(length);
    if (end <= 0 || end > der.size())
        return {};
    for (qsizetype i = end; i < der.size(); ++i) {
        if (der[i] != '\0' && der[i] != '\n' && der[i] != '\r')
            return {};
    }
    return der.left(end);
}

Result<QList<Certificate>> certificatesFromPkcs7(PKCS7* p7)
{
    QList<Certificate> out;
    STACK_OF(X509)* certs = nullptr;
    const int type = OBJ_obj2nid(p7->type);
    if (type == NID_pkcs7_signed && p7->d.sign)
        certs = p7->d.sign->cert;
    else if (type == NID_pkcs7_signedAndEnveloped && p7->d.signed_and_enveloped)
        certs = p7->d.signed_and_enveloped->cert;
    for (int i = 0; certs && i < sk_X509_num(certs); ++i) {
        auto cert = Certificate::fromDer(ossl::toDer(sk_X509_value(certs, i), i2d_X509));
        if (!cert)
            return cert.error();
        out.append(*cert);
    }
    return out;
}

Result<void> addPemBlock(DecodedFile& file, const QByteArray& name, const QByteArray& header,
                         QByteArray& data)
{
    if (name == "CERTIFICATE" || name == "X509 CERTIFICATE") {
        auto cert = Certificate::fromDer(data);
        if (!cert)
            return cert.error();
        file.certificates.append(*cert);
    } else if (name == "TRUSTED CERTIFICATE") {
        // OpenSSL's trusted form: the certificate followed by trust settings.
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        ossl::X509Ptr x(d2i_X509_AUX(nullptr, &p, data.size()));
        if (!x)
            return makeError(ErrorKind::InvalidInput, FileDecoder::tr("A certificate in the file is damaged."),
                             ossl::takeErrors());
        auto cert = Certificate::fromDer(ossl::toDer(x.get(), i2d_X509));
        if (!cert)
            return cert.error();
        file.certificates.append(*cert);
    } else if (name == "PKCS7" || name == "PKCS #7 SIGNED DATA" || name == "CERTIFICATE CHAIN") {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        ossl::Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, data.size()));
        if (!p7)
            return makeError(ErrorKind::InvalidInput, FileDecoder::tr("The PKCS#7 bundle in the file is damaged."),
                             ossl::takeErrors());
        auto certs = certificatesFromPkcs7(p7.get());
        if (!certs)
            return certs.error();
        file.certificates += *certs;
    } else if (name == "CERTIFICATE REQUEST" || name == "NEW CERTIFICATE REQUEST") {
        auto req = CertificateRequest::fromDer(data);
        if (!req)
            return req.error();
        file.requests.append(*req);
    } else if (name.endsWith("PRIVATE KEY")) {
        FoundKey key;
        key.encrypted = name == "ENCRYPTED PRIVATE KEY" || header.contains("ENCRYPTED");
        QByteArray pem = "-----BEGIN " + name + "-----\n" + header;
        if (!header.isEmpty())
            pem += '\n';
        const QByteArray b64 = data.toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 64)
            pem += b64.mid(i, 64) + '\n';
        pem += "-----END " + name + "-----\n";
        key.pem = SecureBytes::takeFrom(pem);
        file.keys.append(key);
    } else if (name == "PKCS12") {
        file.isPkcs12 = true;
    } else {
        file.skipped << QString::fromLatin1(name);
    }
    cleanse(data);
    return {};
}

Decoded decodePem(const QByteArray& raw)
{
    const QByteArray text = normaliseText(raw);
    ossl::BioPtr bio(BIO_new_mem_buf(text.constData(), int(text.size())));
    DecodedFile file;
    file.format = FileFormat::Pem;
    int blocks = 0;
    for (;;) {
        char* name = nullptr;
        char* header = nullptr;
        unsigned char* data = nullptr;
        long len = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &data, &len) != 1) {
            const unsigned long reason = ossl::peekLastReason();
            const QString detail = ossl::takeErrors();
            if (reason == PEM_R_NO_START_LINE && blocks > 0)
                break; // clean end of file
            return makeError(ErrorKind::InvalidInput,
                             FileDecoder::tr("The file contains a damaged PEM block (the Base64 text between "
                                             "-----BEGIN and -----END is incomplete or altered). Copy the "
                                             "whole block again, including the BEGIN and END lines."),
                             detail);
        }
        QByteArray blockName(name);
        QByteArray blockHeader(header);
        QByteArray blockData(reinterpret_cast<const char*>(data), int(len));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_cleanse(data, size_t(len));
        OPENSSL_free(data);
        if (++blocks > FileDecoder::kMaxItems)
            return makeError(ErrorKind::TooLarge,
                             FileDecoder::tr("The file holds more than %1 items; CertPilot stops there to stay "
                                             "responsive. Split the file into smaller bundles.")
                                 .arg(FileDecoder::kMaxItems));
        auto added = addPemBlock(file, blockName, blockHeader, blockData);
        if (!added)
            return added.error();
    }
    return file;
}

// Every private key d2i_AutoPrivateKey reads (PKCS#8 and the traditional
// RSA, EC and DSA forms) is a SEQUENCE whose first element is an INTEGER, the
// version. Asking the ASN.1 parser for those two headers first spares all
// other input OpenSSL 3.0's decoder set-up, which it builds anew for every
// call: 56-76 % of what the file, store and probe fuzz targets spent.
bool startsLikePrivateKey(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const long total = long(der.size());
    long length = 0;
    int tag = 0;
    int xclass = 0;
    const int outer = ASN1_get_object(&p, &length, &tag, &xclass, total);
    if ((outer & 0x80) || !(outer & V_ASN1_CONSTRUCTED) || tag != V_ASN1_SEQUENCE || xclass != V_ASN1_UNIVERSAL)
        return false;
    const long left = total - long(p - reinterpret_cast<const unsigned char*>(der.constData()));
    const int inner = ASN1_get_object(&p, &length, &tag, &xclass, left);
    ossl::clearErrors();
    return !(inner & 0x80) && tag == V_ASN1_INTEGER && xclass == V_ASN1_UNIVERSAL;
}

Decoded decodeExactDer(const QByteArray& der, FileFormat format)
{
    DecodedFile file;
    file.format = format;
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());

    if (auto cert = Certificate::fromDer(der)) {
        file.certificates.append(*cert);
        return file;
    }
    const unsigned char* p = begin;
    if (ossl::Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, der.size())); p7 && p - begin == der.size()) {
        auto certs = certificatesFromPkcs7(p7.get());
        if (!certs)
            return certs.error();
        file.format = FileFormat::Pkcs7;
        file.certificates = *certs;
        return file;
    }
    ossl::clearErrors();
    if (auto req = CertificateRequest::fromDer(der)) {
        file.requests.append(*req);
        return file;
    }
    p = begin;
    if (ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, der.size())); p12) {
        file.format = FileFormat::Pkcs12;
        file.isPkcs12 = true;
        return file;
    }
    ossl::clearErrors();
    p = begin;
    const bool encryptedKey = [&] {
        ossl::X509SigPtr sig(d2i_X509_SIG(nullptr, &p, der.size()));
        return sig && p - begin == der.size();
    }();
    p = begin;
    ossl::EvpPkeyPtr plainKey(encryptedKey || !startsLikePrivateKey(der) ? nullptr
                                                                       : d2i_AutoPrivateKey(nullptr, &p, der.size()));
    ossl::clearErrors();
    if (encryptedKey || plainKey) {
        const QByteArray name = encryptedKey ? "ENCRYPTED PRIVATE KEY" : "PRIVATE KEY";
        QByteArray copy = der;
        QByteArray header;
        if (plainKey) {
            // Re-encode traditional keys as PKCS#8 so the PEM label is right.
            ossl::Pkcs8InfoPtr info(EVP_PKEY2PKCS8(plainKey.get()));
            cleanse(copy);
            copy = ossl::toDer(info.get(), i2d_PKCS8_PRIV_KEY_INFO);
        }
        auto added = addPemBlock(file, name, header, copy);
        if (!added)
            return added.error();
        return file;
    }
    return makeError(ErrorKind::InvalidInput,
                     FileDecoder::tr("This is not a certificate file: it is neither PEM text (-----BEGIN "
                                     "CERTIFICATE-----) nor a binary DER certificate, PKCS#7 bundle, "
                                     "request or key. Check that you chose the file your CA sent."));
}

// True when the bytes start a DER SEQUENCE (what every certificate, bundle,
// request and key is) whose length says it goes on past the end of the data.
bool isCutDerSequence(const QByteArray& der)
{
    if (der.size() < 2 || static_cast<unsigned char>(der[0]) != 0x30)
        return false;
    const auto first = static_cast<unsigned char>(der[1]);
    if (first < 0x80)
        return 2 + qint64(first) > der.size();
    const int octets = first & 0x7F;
    if (octets == 0 || octets > 4 || der.size() < 2 + octets)
        return false;
    qint64 length = 0;
    for (int i = 0; i < octets; ++i)
        length = (length << 8) | static_cast<unsigned char>(der[2 + i]);
    return 2 + octets + length > der.size();
}

Decoded decodeDer(const QByteArray& raw, FileFormat format)
{
    auto exact = decodeExactDer(raw, format);
    if (exact)
        return exact;
    // Some tools append a newline or NULs after the DER object; try without them.
    const QByteArray trimmed = trimDerPadding(raw);
    if (trimmed.size() != raw.size() && !trimmed.isEmpty())
        if (auto padded = decodeExactDer(trimmed, format))
            return padded;
    if (isCutDerSequence(raw))
        return makeError(ErrorKind::Truncated,
                         FileDecoder::tr("The file ends early: it starts like a binary (DER) certificate, "
                                         "bundle or key file, but the rest is missing. Download or copy the file again, or ask the "
                                         "sender for a new copy."));
    return exact;
}

} // namespace

Result<DecodedFile> FileDecoder::decodeFile(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, tr("The file %1 does not exist.").arg(path));
    if (info.isDir())
        return makeError(ErrorKind::InvalidInput, tr("%1 is a folder, not a certificate file.").arg(path));
    if (info.size() > kMaxFileSize)
        return makeError(ErrorKind::TooLarge,
                         tr("The file %1 is %2 MB. Certificate files are a few kilobytes; CertPilot "
                            "does not read files over %3 MB. Check that you chose the right file.")
                             .arg(path)
                             .arg(info.size() / (1024 * 1024))
                             .arg(kMaxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::PermissionDenied,
                         tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    // Read one byte more than the file holds: a file that grew after the check
    // is refused too. (Asking for the limit would allocate all of it up front.)
    QByteArray bytes = file.read(std::min(kMaxFileSize, file.size()) + 1);
    if (bytes.size() > kMaxFileSize)
        return makeError(ErrorKind::TooLarge, tr("The file %1 is too large.").arg(path));
    auto decoded = decode(bytes);
    cleanse(bytes);
    return decoded;
}

Result<DecodedFile> FileDecoder::decode(const QByteArray& bytes)
{
    if (bytes.size() > kMaxFileSize)
        return makeError(ErrorKind::TooLarge, tr("The data is too large to be a certificate file."));
    if (bytes.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("The file is empty. Save the certificate again or ask "
                                                     "the sender for a new copy."));
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (utf16 || looksLikeText(bytes)) {
        const QByteArray text = utf16 ? normaliseText(bytes) : bytes;
        if (looksLikeText(text))
            return decodePem(text);
    }
    if (isBase64Text(bytes)) {
        // A CA web page that shows only the Base64 body, without the BEGIN/END lines.
        QByteArray compact = bytes;
        compact.replace('\r', "").replace('\n', "").replace(' ', "").replace('\t', "");
        const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return decodeDer(*decoded, FileFormat::Base64);
    }
    return decodeDer(bytes, FileFormat::Der);
}

} // namespace certpilot
