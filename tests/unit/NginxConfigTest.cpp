// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPki.h"
#include "binding/NginxConfig.h"
#include "binding/NginxEditor.h"
#include "binding/NginxTokenizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class NginxConfigTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString root() const { return dir.path(); }
    void write(const QString& rel, const QByteArray& text)
    {
        QDir(root()).mkpath(QFileInfo(QDir(root()).filePath(rel)).path());
        writeFile(QDir(root()).filePath(rel), text);
    }
    NginxConfig read()
    {
        auto c = NginxConfig::read(root(), QStringLiteral("nginx.conf"));
        EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().fullText().toStdString());
        if (!c.ok())
            throw std::runtime_error("unreadable config");
        return *c;
    }
    static QByteArray mainConf() { return "events {}\nhttp {\n    include sites-enabled/*;\n}\n"; }
    NginxEditor::Target target(bool addListener = false, int port = 443)
    {
        NginxEditor::Target t;
        t.certificateFile = QStringLiteral("/etc/nginx/certpilot/www.example.com/fullchain.pem");
        t.keyFile = QStringLiteral("/etc/nginx/certpilot/www.example.com/privkey.pem");
        t.addListener = addListener;
        t.port = port;
        return t;
    }
};

TEST_F(NginxConfigTest, TokenizerHandlesCommentsQuotesEscapesAndVariables)
{
    QList<NginxTokenizer::Token> tokens;
    QString error;
    const QByteArray text = "a \"b c\" 'd\\'e' f#g # comment; {\n  x ${var}y;\n}\n";
    ASSERT_TRUE(NginxTokenizer::tokenize(text, &tokens, &error)) << error.toStdString();
    QList<QByteArray> words;
    for (const auto& t : tokens)
        words << (t.kind == NginxTokenizer::Kind::Word ? t.value
                  : t.kind == NginxTokenizer::Kind::Semicolon ? QByteArray(";")
                  : t.kind == NginxTokenizer::Kind::Open ? QByteArray("{") : QByteArray("}"));
    EXPECT_EQ(words, (QList<QByteArray>{"a", "b c", "d'e", "f#g", "x", "${var}y", ";", "}"}));
    // The comment swallowed the `;` and `{` on its line, as nginx does.
    EXPECT_EQ(tokens[1].start, 2);
    EXPECT_EQ(tokens[1].end, 7);   // the quotes belong to the word's range
    EXPECT_EQ(tokens[4].line, 2);

    EXPECT_FALSE(NginxTokenizer::tokenize("a \"open", &tokens, &error));
    EXPECT_NE(error.indexOf(QLatin1String("line 1")), -1);
    EXPECT_EQ(NginxTokenizer::quote("/plain/path.pem"), QByteArray("/plain/path.pem"));
    EXPECT_EQ(NginxTokenizer::quote("/with space/a\"b.pem"), QByteArray("\"/with space/a\\\"b.pem\""));
}

TEST_F(NginxConfigTest, FindsServerBlocksThroughIncludesWithNamesPortsAndFiles)
{
    write("nginx.conf", "user nobody;\nevents { worker_connections 64; }\nhttp {\n"
                        "    ssl_certificate /etc/ssl/http-level.pem;\n"
                        "    include conf.d/*.conf;\n    include sites-enabled/*;\n"
                        "    server { listen 8080; server_name inline.example.com; }\n}\n"
                        "stream { server { listen 9000 ssl; } }\n");
    write("conf.d/empty.conf", "# nothing here\n");
    write("sites-enabled/a-shop", "server {\n    listen 443 ssl http2;\n    listen [::]:443 ssl;\n"
                                  "    server_name shop.example.com \"www.shop.example.com\";\n"
                                  "    ssl_certificate     certs/shop.pem;  # relative to the root\n"
                                  "    ssl_certificate_key /etc/ssl/private/shop.key;\n"
                                  "    location / { return 200; }\n}\n"
                                  "server {\n    listen 80;\n    server_name shop.example.com;\n    return 301 https://$host$request_uri;\n}\n");
    write("sites-enabled/b-legacy", "server { listen 127.0.0.1:8443; ssl on; server_name .legacy.example.com; }\n");
    const NginxConfig config = read();
    const QList<Site> sites = config.sites();
    ASSERT_EQ(sites.size(), 4);
    EXPECT_EQ(sites[0].id, QStringLiteral("sites-enabled/a-shop#1"));
    EXPECT_EQ(sites[0].serverNames, (QStringList{"shop.example.com", "www.shop.example.com"}));
    EXPECT_TRUE(sites[0].tls);
    EXPECT_EQ(sites[0].tlsPorts(), QList<int>{443});
    EXPECT_EQ(sites[0].listens[1].host, QStringLiteral("[::]"));
    EXPECT_EQ(sites[0].certificateFile, QDir(root()).filePath("certs/shop.pem"));
    EXPECT_EQ(sites[0].keyFile, QStringLiteral("/etc/ssl/private/shop.key"));
    EXPECT_EQ(sites[0].line, 1);
    EXPECT_EQ(sites[1].id, QStringLiteral("sites-enabled/a-shop#2"));
    EXPECT_FALSE(sites[1].tls);
    EXPECT_EQ(sites[1].line, 9);
    // A server without its own ssl_certificate inherits the http block's.
    EXPECT_EQ(sites[1].certificateFile, QStringLiteral("/etc/ssl/http-level.pem"));
    EXPECT_EQ(sites[2].id, QStringLiteral("sites-enabled/b-legacy#1"));
    EXPECT_TRUE(sites[2].tls);   // `ssl on;`
    EXPECT_EQ(sites[2].listens.first().host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(sites[2].listens.first().port, 8443);
    EXPECT_EQ(sites[2].displayName(), QStringLiteral("legacy.example.com"));
    EXPECT_EQ(sites[3].id, QStringLiteral("nginx.conf#1"));
    EXPECT_EQ(sites[3].portsText(), QStringLiteral("8080"));
    EXPECT_EQ(config.warnings().size(), 1);   // the stream server block
}

TEST_F(NginxConfigTest, ReportsBrokenFilesWithFileAndLine)
{
    write("nginx.conf", mainConf());
    write("sites-enabled/bad", "server {\n    listen 80\n}\n");
    auto c = NginxConfig::read(root(), QStringLiteral("nginx.conf"));
    ASSERT_FALSE(c.ok());
    EXPECT_NE(c.error().message.indexOf(QLatin1String("sites-enabled/bad")), -1);
    EXPECT_NE(c.error().message.indexOf(QLatin1String("line 3")), -1);

    write("sites-enabled/bad", "server {\n    listen 80;\n");
    EXPECT_FALSE(NginxConfig::read(root(), QStringLiteral("nginx.conf")).ok());
    write("sites-enabled/bad", "include sites-enabled/bad;\n");
    auto loop = NginxConfig::read(root(), QStringLiteral("nginx.conf"));
    ASSERT_FALSE(loop.ok());
    EXPECT_NE(loop.error().message.indexOf(QLatin1String("includes itself")), -1);
    EXPECT_EQ(NginxConfig::read(root() + "/missing", {}).error().kind, ErrorKind::NotFound);
}

TEST_F(NginxConfigTest, ReplacesOnlyTheCertificateWordsAndShowsAPreview)
{
    write("nginx.conf", mainConf());
    const QByteArray site = "# Shop\nserver {\n\tlisten 443 ssl;\n\tserver_name shop.example.com;\n"
                            "\tssl_certificate \"/etc/ssl/old shop.pem\"; # old one\n"
                            "\tssl_certificate_key /etc/ssl/private/old.key;\n\tssl_protocols TLSv1.2 TLSv1.3;\n}\n";
    write("sites-enabled/shop", site);
    const NginxConfig config = read();
    auto changes = NginxEditor::bind(config, QStringLiteral("sites-enabled/shop#1"), target());
    ASSERT_TRUE(changes.ok()) << changes.error().fullText().toStdString();
    ASSERT_EQ(changes->size(), 1);
    const ConfigChange& c = changes->first();
    EXPECT_EQ(c.path, QFileInfo(QDir(root()).filePath("sites-enabled/shop")).canonicalFilePath());
    EXPECT_EQ(c.before, site);
    QByteArray expected = site;
    expected.replace("\"/etc/ssl/old shop.pem\"", "/etc/nginx/certpilot/www.example.com/fullchain.pem");
    expected.replace("/etc/ssl/private/old.key", "/etc/nginx/certpilot/www.example.com/privkey.pem");
    EXPECT_EQ(c.after, expected);

    BindingPlan plan;
    plan.configChanges = *changes;
    const QString preview = plan.preview();
    EXPECT_NE(preview.indexOf(QLatin1String("-\tssl_certificate \"/etc/ssl/old shop.pem\"; # old one")), -1);
    EXPECT_NE(preview.indexOf(QLatin1String("+\tssl_certificate /etc/nginx/certpilot/www.example.com/fullchain.pem; # old one")), -1);
    EXPECT_EQ(preview.indexOf(QLatin1String("-\tssl_protocols")), -1);
}

TEST_F(NginxConfigTest, AddsAnHttpsListenerAfterTheLastListenIndentedLikeItsNeighbours)
{
    write("nginx.conf", mainConf());
    const QByteArray site = "server {\n  listen 127.0.0.1:8080;\n  listen [::1]:8080;\n  server_name www.example.com;\n"
                            "  root /srv/www;\n}\nserver {\n  listen 80;\n  server_name other.example.com;\n}\n";
    write("sites-enabled/www", site);
    const NginxConfig config = read();
    auto refused = NginxEditor::bind(config, QStringLiteral("sites-enabled/www#1"), target(false));
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.indexOf(QLatin1String("no https listener")), -1);
    EXPECT_FALSE(NginxEditor::bind(config, QStringLiteral("sites-enabled/www#1"), target(true, 8080)).ok());

    auto changes = NginxEditor::bind(config, QStringLiteral("sites-enabled/www#1"), target(true, 8443));
    ASSERT_TRUE(changes.ok()) << changes.error().fullText().toStdString();
    const QByteArray after = changes->first().after;
    EXPECT_EQ(after, QByteArray("server {\n  listen 127.0.0.1:8080;\n  listen [::1]:8080;\n"
                                "  listen 127.0.0.1:8443 ssl;\n  listen [::1]:8443 ssl;\n"
                                "  ssl_certificate /etc/nginx/certpilot/www.example.com/fullchain.pem;\n"
                                "  ssl_certificate_key /etc/nginx/certpilot/www.example.com/privkey.pem;\n"
                                "  server_name www.example.com;\n  root /srv/www;\n}\n"
                                "server {\n  listen 80;\n  server_name other.example.com;\n}\n"));
    // The edited text reads back as a TLS site with the new files.
    write("sites-enabled/www", after);
    const Site again = read().sites().first();
    EXPECT_EQ(again.tlsPorts(), QList<int>{8443});
    EXPECT_EQ(again.certificateFile, QStringLiteral("/etc/nginx/certpilot/www.example.com/fullchain.pem"));
}

TEST_F(NginxConfigTest, OneLineBlocksAndMissingKeyLinesAreHandled)
{
    write("nginx.conf", mainConf());
    write("sites-enabled/one", "server { listen 443 ssl; server_name a.example.com; ssl_certificate /old/both.pem; }\n");
    const NginxConfig config = read();
    auto changes = NginxEditor::bind(config, QStringLiteral("sites-enabled/one#1"), target());
    ASSERT_TRUE(changes.ok()) << changes.error().fullText().toStdString();
    EXPECT_EQ(changes->first().after,
              QByteArray("server { listen 443 ssl; server_name a.example.com; ssl_certificate "
                         "/etc/nginx/certpilot/www.example.com/fullchain.pem; ssl_certificate_key "
                         "/etc/nginx/certpilot/www.example.com/privkey.pem; }\n"));
}

TEST_F(NginxConfigTest, RefusesSharedSnippetsAndDualCertificates)
{
    write("nginx.conf", mainConf());
    write("snippets/tls.conf", "ssl_certificate /etc/ssl/shared.pem;\nssl_certificate_key /etc/ssl/shared.key;\n");
    write("sites-enabled/two", "server { listen 443 ssl; server_name a.example.com; include snippets/tls.conf; }\n"
                               "server { listen 443 ssl; server_name b.example.com; include snippets/tls.conf; }\n"
                               "server { listen 443 ssl; server_name c.example.com;\n"
                               "  ssl_certificate /rsa.pem; ssl_certificate_key /rsa.key;\n"
                               "  ssl_certificate /ec.pem; ssl_certificate_key /ec.key; }\n");
    const NginxConfig config = read();
    ASSERT_EQ(config.sites().size(), 3);
    EXPECT_EQ(config.sites()[0].certificateFile, QStringLiteral("/etc/ssl/shared.pem"));
    auto shared = NginxEditor::bind(config, QStringLiteral("sites-enabled/two#1"), target());
    ASSERT_FALSE(shared.ok());
    EXPECT_EQ(shared.error().kind, ErrorKind::Unsupported);
    EXPECT_NE(shared.error().message.indexOf(QLatin1String("snippets/tls.conf")), -1);
    auto dual = NginxEditor::bind(config, QStringLiteral("sites-enabled/two#3"), target());
    ASSERT_FALSE(dual.ok());
    EXPECT_EQ(dual.error().kind, ErrorKind::Unsupported);
    EXPECT_EQ(NginxEditor::bind(config, QStringLiteral("sites-enabled/none#1"), target()).error().kind,
              ErrorKind::NotFound);
}

TEST_F(NginxConfigTest, EditsTheTargetOfASymlinkedSiteAndKeepsCrlf)
{
    write("nginx.conf", mainConf());
    write("sites-available/crlf", "server {\r\n    listen 443 ssl;\r\n    server_name crlf.example.com;\r\n}\r\n");
    QDir(root()).mkpath("sites-enabled");
    ASSERT_TRUE(QFile::link(QDir(root()).filePath("sites-available/crlf"), QDir(root()).filePath("sites-enabled/crlf")));
    const NginxConfig config = read();
    const Site site = config.sites().first();
    EXPECT_EQ(site.id, QStringLiteral("sites-enabled/crlf#1"));
    EXPECT_EQ(site.configFile, QFileInfo(QDir(root()).filePath("sites-available/crlf")).canonicalFilePath());
    auto changes = NginxEditor::bind(config, site.id, target());
    ASSERT_TRUE(changes.ok());
    EXPECT_EQ(changes->first().path, site.configFile);
    EXPECT_EQ(changes->first().after,
              QByteArray("server {\r\n    listen 443 ssl;\r\n"
                         "    ssl_certificate /etc/nginx/certpilot/www.example.com/fullchain.pem;\r\n"
                         "    ssl_certificate_key /etc/nginx/certpilot/www.example.com/privkey.pem;\r\n"
                         "    server_name crlf.example.com;\r\n}\r\n"));
}

} // namespace
