// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPki.h"
#include "request/CountryCodes.h"
#include "request/RequestDraft.h"
#include "request/RequestValidator.h"

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

struct Case {
    const char* value;
    const char* expect;  // nullptr: valid; else a fragment of the message
};

std::string show(const QString& s) { return s.toStdString(); }

TEST(RequestValidatorTest, CommonNamesAsCasRequireThem)
{
    const Case cases[] = {
        {"www.example.com", nullptr},
        {"*.example.com", nullptr},
        {"example.com", nullptr},
        {"intranet", nullptr},
        {"xn--kpry57d.tw", nullptr},
        {"a-b.example.com", nullptr},
        {"  www.example.com  ", nullptr},
        {"192.0.2.10", nullptr},
        {"2001:db8::1", nullptr},
        {"", "Enter the common name"},
        {"   ", "Enter the common name"},
        {"http://x/y", "without \"http://\""},
        {"https://www.example.com/shop", "for example www.example.com"},
        {"www.example.com/shop", "without a path"},
        {"www.example.com:443", "port number (:443)"},
        {"admin@example.com", "not an e-mail address"},
        {"www example.com", "spaces"},
        {"\u53f0\u7063.tw", "xn--"},
        {"under_score.example.com", "underscores"},
        {"-bad.example.com", "hyphen"},
        {"www..example.com", "empty part"},
        {".example.com", "empty part"},
        {"www.example.com.", "dot at the end"},
        {"www.*.example.com", "whole first part"},
        {"w*.example.com", "whole first part"},
        {"*.com", "at least two parts"},
        {"exa!mple.com", "\"!\" cannot appear"},
        {"10.0.0.300", "not a valid IP address"},
    };
    for (const Case& c : cases) {
        const QString message = RequestValidator::commonName(QString::fromUtf8(c.value));
        if (!c.expect)
            EXPECT_TRUE(message.isEmpty()) << c.value << ": " << show(message);
        else
            EXPECT_TRUE(message.contains(QString::fromUtf8(c.expect))) << c.value << ": " << show(message);
    }
    // 64 characters is the X.520 limit for a common name; a longer host name goes in the SANs.
    const QString longName = QString(60, QLatin1Char('a')) + QStringLiteral(".com");
    EXPECT_TRUE(RequestValidator::commonName(longName).isEmpty());
    EXPECT_TRUE(RequestValidator::commonName(QLatin1Char('a') + longName).contains(QLatin1String("at most 64")));
    EXPECT_TRUE(RequestValidator::alternativeName(QLatin1Char('a') + longName).isEmpty());
    EXPECT_TRUE(RequestValidator::commonName(QString(64, QLatin1Char('a')) + QStringLiteral(".com"))
                    .contains(QLatin1String("63 characters")));
}

TEST(RequestValidatorTest, SubjectTextIsAsciiAndBounded)
{
    EXPECT_TRUE(RequestValidator::textField(RequestField::Organization, QStringLiteral("Example Co., Ltd.")).isEmpty());
    EXPECT_TRUE(RequestValidator::textField(RequestField::Organization, {}).isEmpty());
    const QString chinese = RequestValidator::textField(RequestField::Organization, QStringLiteral("\u53f0\u7063\u516c\u53f8"));
    EXPECT_TRUE(chinese.contains(QLatin1String("ASCII"))) << show(chinese);
    EXPECT_TRUE(chinese.contains(QStringLiteral("\u53f0"))) << "names the character it refuses";
    EXPECT_TRUE(RequestValidator::textField(RequestField::Locality, QStringLiteral("Z\u00fcrich")).contains(QLatin1String("ASCII")));
    const QString control = RequestValidator::textField(RequestField::State, QStringLiteral("TAI\tWAN"));
    EXPECT_TRUE(control.contains(QLatin1String("U+0009"))) << show(control);
    EXPECT_TRUE(RequestValidator::textField(RequestField::Organization, QString(65, QLatin1Char('x'))).contains(QLatin1String("64")));
    EXPECT_TRUE(RequestValidator::textField(RequestField::Locality, QString(128, QLatin1Char('x'))).isEmpty());
    EXPECT_FALSE(RequestValidator::textField(RequestField::Locality, QString(129, QLatin1Char('x'))).isEmpty());
}

TEST(RequestValidatorTest, CountryIsATwoLetterIsoCode)
{
    EXPECT_TRUE(RequestValidator::country(QStringLiteral("TW")).isEmpty());
    EXPECT_TRUE(RequestValidator::country(QStringLiteral("tw")).isEmpty());
    EXPECT_TRUE(RequestValidator::country(QStringLiteral("GB")).isEmpty());
    EXPECT_TRUE(RequestValidator::country({}).isEmpty()) << "optional";
    const QString taiwan = RequestValidator::country(QStringLiteral("Taiwan"));
    EXPECT_TRUE(taiwan.contains(QLatin1String("not the name: TW for Taiwan"))) << show(taiwan);
    const QString uk = RequestValidator::country(QStringLiteral("UK"));
    EXPECT_TRUE(uk.contains(QLatin1String("GB"))) << show(uk);
    EXPECT_TRUE(RequestValidator::country(QStringLiteral("ZZ")).contains(QLatin1String("not an ISO 3166")));
    EXPECT_TRUE(RequestValidator::country(QStringLiteral("EU")).contains(QLatin1String("not an ISO 3166")));
    EXPECT_TRUE(RequestValidator::country(QStringLiteral("T")).contains(QLatin1String("2-letter")));
    EXPECT_TRUE(CountryCodes::isValid(QStringLiteral("de")));
    EXPECT_EQ(CountryCodes::name(QStringLiteral("TW")), QStringLiteral("Taiwan"));
    EXPECT_EQ(CountryCodes::suggest(QStringLiteral("united states")), QStringLiteral("US"));
}

TEST(RequestValidatorTest, AlternativeNamesNameTheirEntry)
{
    EXPECT_TRUE(RequestValidator::alternativeNames({QStringLiteral("example.com"), QStringLiteral("*.example.com"),
                                                    QStringLiteral("192.0.2.1"), QStringLiteral("::1")})
                    .isEmpty());
    const QStringList problems =
        RequestValidator::alternativeNames({QStringLiteral("ok.example.com"), QStringLiteral("http://a.example.com/")});
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().startsWith(QLatin1String("http://a.example.com/: "))) << show(problems.first());
}

TEST(RequestValidatorTest, DraftPutsTheCommonNameInTheAlternativeNames)
{
    RequestDraft d;
    d.commonName = QStringLiteral("www.example.com");
    d.country = QStringLiteral("tw");
    d.state = QStringLiteral("TAIWAN");
    d.locality = QStringLiteral("TAIPEI");
    d.organization = QStringLiteral("Example");
    d.alternativeNames = {QStringLiteral("example.com"), QStringLiteral("WWW.EXAMPLE.COM"), QStringLiteral("192.0.2.7"),
                          QStringLiteral("example.com")};
    EXPECT_TRUE(d.validate().isEmpty());
    const CsrSpec spec = d.toCsrSpec();
    EXPECT_EQ(spec.dnsNames, (QStringList{QStringLiteral("www.example.com"), QStringLiteral("example.com")}));
    EXPECT_EQ(spec.ipAddresses, QStringList{QStringLiteral("192.0.2.7")});
    const NameSpec expected = {{"C", "TW"}, {"ST", "TAIWAN"}, {"L", "TAIPEI"}, {"O", "Example"}, {"CN", "www.example.com"}};
    EXPECT_EQ(spec.subject, expected) << "encoding order C, ST, L, O, CN; OU left out when empty";
    EXPECT_EQ(spec.digest, QStringLiteral("SHA256"));

    RequestDraft ip;
    ip.commonName = QStringLiteral("192.0.2.1");
    EXPECT_TRUE(ip.toCsrSpec().dnsNames.isEmpty());
    EXPECT_EQ(ip.toCsrSpec().ipAddresses, QStringList{QStringLiteral("192.0.2.1")});
}

TEST(RequestValidatorTest, DraftListsEveryProblemByField)
{
    RequestDraft d;
    d.commonName = QStringLiteral("http://x/y");
    d.organization = QStringLiteral("\u516c\u53f8");
    d.country = QStringLiteral("Taiwan");
    d.alternativeNames = {QStringLiteral("bad name")};
    d.hash = QStringLiteral("SHA1");
    d.key = KeySpec::rsa(1024);
    QList<RequestField> fields;
    for (const FieldMessage& m : d.validate())
        fields << m.field;
    EXPECT_EQ(fields, (QList<RequestField>{RequestField::CommonName, RequestField::Organization, RequestField::Country,
                                           RequestField::AlternativeNames, RequestField::Key, RequestField::Hash}));
    EXPECT_EQ(RequestDraft::parseHash(QStringLiteral("sha-384")), QStringLiteral("SHA384"));
    EXPECT_TRUE(RequestDraft::parseHash(QStringLiteral("md5")).isEmpty());
}

TEST(RequestValidatorTest, DraftFromACertificateForRenewal)
{
    const Issued root = makeRoot(QStringLiteral("Renewal Root"));
    CertificateSpec spec;
    spec.subject = {{"C", "TW"}, {"ST", "TAIWAN"}, {"L", "TAIPEI"}, {"O", "Example"}, {"OU", "IT"}, {"CN", "www.example.com"}};
    spec.dnsNames = {QStringLiteral("www.example.com"), QStringLiteral("example.com")};
    spec.ipAddresses = {QStringLiteral("192.0.2.8")};
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(30);
    spec.digest = QStringLiteral("SHA384");
    const Issued leaf = issueWith(root, spec, KeySpec::ec(QStringLiteral("P-384")));
    const RequestDraft d = RequestDraft::fromCertificate(leaf.cert);
    EXPECT_EQ(d.commonName, QStringLiteral("www.example.com"));
    EXPECT_EQ(d.organization, QStringLiteral("Example"));
    EXPECT_EQ(d.organizationalUnit, QStringLiteral("IT"));
    EXPECT_EQ(d.locality, QStringLiteral("TAIPEI"));
    EXPECT_EQ(d.state, QStringLiteral("TAIWAN"));
    EXPECT_EQ(d.country, QStringLiteral("TW"));
    EXPECT_EQ(d.alternativeNames, (QStringList{QStringLiteral("example.com"), QStringLiteral("192.0.2.8")}));
    EXPECT_EQ(d.key, KeySpec::ec(QStringLiteral("P-384")));
    EXPECT_EQ(d.hash, QStringLiteral("SHA384"));
    EXPECT_TRUE(d.validate().isEmpty());
    EXPECT_EQ(RequestDraft::fromCertificate(Certificate()), RequestDraft());
}

} // namespace
