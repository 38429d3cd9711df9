// SPDX-License-Identifier: GPL-3.0-or-later
// Reference A as a whole process, for timing next to `certpilot-cli list`:
// a plain single-threaded OpenSSL loop over the store's certificate files
// (PEM_read_bio_X509, then subject, issuer, notAfter and SHA-1 thumbprint).
//   certpilot_reference_a STORE_DIR

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <dirent.h>

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s STORE_DIR\n", argv[0]);
        return 2;
    }
    size_t count = 0;
    size_t checksum = 0;
    for (const char* sub : {"personal", "root", "intermediate"}) {
        const std::string dir = std::string(argv[1]) + "/" + sub;
        DIR* d = opendir(dir.c_str());
        if (!d)
            continue;
        while (const dirent* e = readdir(d)) {
            const size_t len = std::strlen(e->d_name);
            if (len < 4 || std::strcmp(e->d_name + len - 4, ".pem") != 0)
                continue;
            BIO* bio = BIO_new_file((dir + "/" + e->d_name).c_str(), "r");
            X509* x = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
            BIO_free(bio);
            if (!x)
                continue;
            char* subject = X509_NAME_oneline(X509_get_subject_name(x), nullptr, 0);
            char* issuer = X509_NAME_oneline(X509_get_issuer_name(x), nullptr, 0);
            const ASN1_TIME* notAfter = X509_get0_notAfter(x);
            unsigned char md[EVP_MAX_MD_SIZE];
            unsigned int mdLen = 0;
            X509_digest(x, EVP_sha1(), md, &mdLen);
            checksum += std::strlen(subject) + std::strlen(issuer) + size_t(notAfter->length) + md[0];
            OPENSSL_free(subject);
            OPENSSL_free(issuer);
            X509_free(x);
            ++count;
        }
        closedir(d);
    }
    std::printf("%zu certificates (%zu)\n", count, checksum);
    return 0;
}
