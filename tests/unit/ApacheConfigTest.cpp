// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPki.h"
#include "binding/ApacheConfig.h"
#include "binding/ApacheEditor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class ApacheConfigTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString root() const { return dir.path(); }
    void write(const QString& rel, const QByteArray& text)
    {
        QDir(root()).mkpath(QFileInfo(QDir(root()).filePath(rel)).path());
        writeFile(QDir(root()).filePath(rel), text);
    }
    ApacheConfig read()
    {
        auto c = ApacheConfig::read(root(), QStringLiteral("apache2.conf"));
        EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().fullText().toStdString());
        if (!c.ok())
            throw std::runtime_error("unreadable config");
        return *c;
    }
    static QByteArray mainConf()
    {
        return "ServerRoot \"/etc/apache2\"\n# Debian layout\nInclude ports.conf\n"
               "IncludeOptional mods-enabled/*.load\nIncludeOptional sites-enabled/*.conf\n";
    }
    ApacheEditor::Target target(bool addListener = false, int port = 443, bool chain = false)
    {
        ApacheEditor::Target t;
        const QString d = QStringLiteral("/etc/apache2/certpilot/www.example.com/");
        t.certificateFile = d + (chain ? "cert.pem" : "fullchain.pem");
        t.chainFile = chain ? d + "chain.pem" : QString();
        t.keyFile = d + "privkey.pem";
        t.addListener = addListener;
        t.port = port;
        return t;
    }
};

TEST_F(ApacheConfigTest, FindsVirtualHostsThroughIncludesWithNamesAndCertificates)
{
    write("apache2.conf", mainConf());
    write("ports.conf", "Listen 80\n<IfModule ssl_module>\n\tListen 443\n</IfModule>\n");
    write("sites-enabled/000-default.conf",
          "<VirtualHost *:80>\n\tServerName www.example.com\n\tServerAlias example.com \"*.cdn.example.com\"\n"
          "\tDocumentRoot /var/www/html\n\t<Directory /var/www/html>\n\t\tSSLCertificateFile /ignored.pem\n"
          "\t</Directory>\n</VirtualHost>\n");
    write("sites-enabled/default-ssl.conf",
          "<IfModule mod_ssl.c>\n  <VirtualHost _default_:443>\n    ServerName https://secure.example.com:443\n"
          "    SSLEngine On\n    SSLCertificateFile   \"/etc/ssl/certs/ssl cert.pem\"\n"
          "    SSLCertificateKeyFile private/ssl.key\n    SSLCertificateChainFile /etc/ssl/chain.pem\n"
          "  </VirtualHost>\n</IfModule>\n");
    write("sites-enabled/ignored.txt", "<VirtualHost *:81>\n</VirtualHost>\n");
    const ApacheConfig config = read();
    const QList<Site> sites = config.sites();
    ASSERT_EQ(sites.size(), 2);
    EXPECT_EQ(sites[0].id, QStringLiteral("sites-enabled/000-default.conf#1"));
    EXPECT_EQ(sites[0].serverNames, (QStringList{"www.example.com", "example.com", "*.cdn.example.com"}));
    EXPECT_FALSE(sites[0].tls);
    EXPECT_TRUE(sites[0].certificateFile.isEmpty());   // a <Directory> is not the host's own context
    EXPECT_EQ(sites[0].portsText(), QStringLiteral("80"));
    EXPECT_EQ(sites[1].id, QStringLiteral("sites-enabled/default-ssl.conf#1"));
    EXPECT_EQ(sites[1].serverNames.first(), QStringLiteral("secure.example.com"));
    EXPECT_TRUE(sites[1].tls);
    EXPECT_EQ(sites[1].tlsPorts(), QList<int>{443});
    EXPECT_EQ(sites[1].certificateFile, QStringLiteral("/etc/ssl/certs/ssl cert.pem"));
    EXPECT_EQ(sites[1].keyFile, QDir(root()).filePath("private/ssl.key"));
    EXPECT_EQ(sites[1].chainFile, QStringLiteral("/etc/ssl/chain.pem"));
    EXPECT_EQ(sites[1].line, 2);
    EXPECT_TRUE(config.listensOn(443));
    EXPECT_FALSE(config.listensOn(8443));
}

TEST_F(ApacheConfigTest, ReadsContinuationsCommentsAndReportsUnclosedSections)
{
    write("apache2.conf", "# <VirtualHost *:1> in a comment\n<VirtualHost 127.0.0.1:8080 \\\n    [::1]:8080>\n"
                          "  ServerName a.example.com\n  ServerAlias b.example.com \\\n     c.example.com\n"
                          "</VirtualHost>\n<VirtualHost *:9090>\n  ServerName after.example.com\n</VirtualHost>\n");
    const QList<Site> sites = read().sites();
    ASSERT_EQ(sites.size(), 2);
    EXPECT_EQ(sites[0].listens.size(), 2);
    EXPECT_EQ(sites[0].listens[1].host, QStringLiteral("[::1]"));
    EXPECT_EQ(sites[0].serverNames, (QStringList{"a.example.com", "b.example.com", "c.example.com"}));
    EXPECT_EQ(sites[1].line, 8);   // continued lines still count

    write("apache2.conf", "<VirtualHost *:80>\n  ServerName a\n");
    auto open = ApacheConfig::read(root(), QStringLiteral("apache2.conf"));
    ASSERT_FALSE(open.ok());
    EXPECT_NE(open.error().message.indexOf(QLatin1String("not closed")), -1);
    write("apache2.conf", "</VirtualHost>\n");
    EXPECT_FALSE(ApacheConfig::read(root(), QStringLiteral("apache2.conf")).ok());
    write("apache2.conf", "Include missing.conf\n");
    EXPECT_FALSE(ApacheConfig::read(root(), QStringLiteral("apache2.conf")).ok());
    write("apache2.conf", "IncludeOptional missing/*.conf\nInclude ${APACHE_CONFDIR}/x.conf\n");
    EXPECT_EQ(read().warnings().size(), 1);
}

TEST_F(ApacheConfigTest, ReplacesCertificateArgumentsAndKeepsTheChainFileLayout)
{
    write("apache2.conf", "Include sites-enabled/*.conf\n");
    const QByteArray site = "<VirtualHost *:443>\n    ServerName www.example.com\n    SSLEngine on\n"
                            "    SSLCertificateFile \"/etc/ssl/old cert.pem\"\n    SSLCertificateKeyFile /etc/ssl/old.key\n"
                            "    SSLCertificateChainFile /etc/ssl/old-chain.pem\n    SSLProtocol all -SSLv3\n</VirtualHost>\n";
    write("sites-enabled/www.conf", site);
    const ApacheConfig config = read();
    auto changes = ApacheEditor::bind(config, QStringLiteral("sites-enabled/www.conf#1"), target(false, 443, true));
    ASSERT_TRUE(changes.ok()) << changes.error().fullText().toStdString();
    QByteArray expected = site;
    expected.replace("\"/etc/ssl/old cert.pem\"", "/etc/apache2/certpilot/www.example.com/cert.pem");
    expected.replace("/etc/ssl/old.key", "/etc/apache2/certpilot/www.example.com/privkey.pem");
    expected.replace("/etc/ssl/old-chain.pem", "/etc/apache2/certpilot/www.example.com/chain.pem");
    EXPECT_EQ(changes->first().after, expected);

    // Without intermediates the chain line is commented out, not left pointing at the old chain.
    auto noChain = ApacheEditor::bind(config, QStringLiteral("sites-enabled/www.conf#1"), target());
    ASSERT_TRUE(noChain.ok());
    EXPECT_NE(noChain->first().after.indexOf("    # SSLCertificateChainFile /etc/ssl/old-chain.pem\n"), -1);
    EXPECT_NE(noChain->first().after.indexOf("SSLCertificateFile /etc/apache2/certpilot/www.example.com/fullchain.pem\n"), -1);
}

TEST_F(ApacheConfigTest, AddsCertificateLinesAfterSslEngineWhenInherited)
{
    write("apache2.conf", "SSLCertificateFile /global.pem\n<VirtualHost *:443>\n\tServerName a.example.com\n"
                          "\tSSLEngine on\n\tDocumentRoot /srv\n</VirtualHost>\n");
    const ApacheConfig config = read();
    auto changes = ApacheEditor::bind(config, config.sites().first().id, target());
    ASSERT_TRUE(changes.ok());
    EXPECT_EQ(changes->first().after,
              QByteArray("SSLCertificateFile /global.pem\n<VirtualHost *:443>\n\tServerName a.example.com\n"
                         "\tSSLEngine on\n\tSSLCertificateFile /etc/apache2/certpilot/www.example.com/fullchain.pem\n"
                         "\tSSLCertificateKeyFile /etc/apache2/certpilot/www.example.com/privkey.pem\n"
                         "\tDocumentRoot /srv\n</VirtualHost>\n"));
}

TEST_F(ApacheConfigTest, AddsAnHttpsTwinOfAPlainHostWithAListenLine)
{
    write("apache2.conf", "Listen 127.0.0.1:8080\nInclude sites-enabled/*.conf\n");
    const QByteArray site = "# The shop\n<VirtualHost 127.0.0.1:8080>\n    ServerName shop.example.com\n"
                            "    DocumentRoot /srv/shop\n</VirtualHost>\n# end\n";
    write("sites-enabled/shop.conf", site);
    const ApacheConfig config = read();
    const QString id = QStringLiteral("sites-enabled/shop.conf#1");
    EXPECT_EQ(ApacheEditor::bind(config, id, target()).error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(ApacheEditor::bind(config, id, target(true, 8080)).error().kind, ErrorKind::InvalidInput);
    auto changes = ApacheEditor::bind(config, id, target(true, 8443));
    ASSERT_TRUE(changes.ok()) << changes.error().fullText().toStdString();
    EXPECT_EQ(changes->first().after,
              QByteArray("# The shop\n<VirtualHost 127.0.0.1:8080>\n    ServerName shop.example.com\n"
                         "    DocumentRoot /srv/shop\n</VirtualHost>\n\nListen 127.0.0.1:8443\n"
                         "<VirtualHost 127.0.0.1:8443>\n    SSLEngine on\n"
                         "    SSLCertificateFile /etc/apache2/certpilot/www.example.com/fullchain.pem\n"
                         "    SSLCertificateKeyFile /etc/apache2/certpilot/www.example.com/privkey.pem\n"
                         "    ServerName shop.example.com\n    DocumentRoot /srv/shop\n</VirtualHost>\n# end\n"));
    write("sites-enabled/shop.conf", changes->first().after);
    const QList<Site> sites = read().sites();
    ASSERT_EQ(sites.size(), 2);
    EXPECT_TRUE(sites[1].tls);
    EXPECT_EQ(sites[1].serverNames, QStringList{"shop.example.com"});
    EXPECT_EQ(sites[1].tlsPorts(), QList<int>{8443});
}

TEST_F(ApacheConfigTest, RefusesSharedIncludesAndSeveralCertificates)
{
    write("apache2.conf", "Include sites-enabled/*.conf\n");
    write("tls.inc", "SSLEngine on\nSSLCertificateFile /shared.pem\nSSLCertificateKeyFile /shared.key\n");
    write("sites-enabled/a.conf", "<VirtualHost *:443>\n ServerName a.example.com\n Include tls.inc\n</VirtualHost>\n"
                                  "<VirtualHost *:443>\n ServerName b.example.com\n Include tls.inc\n</VirtualHost>\n"
                                  "<VirtualHost *:443>\n ServerName c.example.com\n SSLEngine on\n"
                                  " SSLCertificateFile /rsa.pem\n SSLCertificateFile /ec.pem\n</VirtualHost>\n");
    const ApacheConfig config = read();
    ASSERT_EQ(config.sites().size(), 3);
    EXPECT_TRUE(config.sites()[0].tls);
    EXPECT_EQ(ApacheEditor::bind(config, config.sites()[0].id, target()).error().kind, ErrorKind::Unsupported);
    EXPECT_EQ(ApacheEditor::bind(config, config.sites()[2].id, target()).error().kind, ErrorKind::Unsupported);
}

} // namespace
