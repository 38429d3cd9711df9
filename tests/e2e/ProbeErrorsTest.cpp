// SPDX-License-Identifier: GPL-3.0-or-later
#include "E2eFixture.h"
#include "TcpListeners.h"
#include "WebServer.h"

#include "probe/OpenSslEndpointProbe.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::e2e;

namespace {

ProbeTarget loopback(int port, int timeoutMs = 5000)
{
    ProbeTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.sni = QStringLiteral("www.e2e.test");
    t.timeoutMs = timeoutMs;
    return t;
}

TEST(ProbeErrorsTest, AClosedPortIsRefusedInWords)
{
    auto r = OpenSslEndpointProbe().probe(loopback(WebServer::freePort()));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Network);
    EXPECT_NE(r.error().message.indexOf(QLatin1String("refused the connection")), -1) << r.error().message.toStdString();
}

TEST(ProbeErrorsTest, APortThatSpeaksSomethingElseDoesNotSpeakTls)
{
    PlainTextListener ssh("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
    auto r = OpenSslEndpointProbe().probe(loopback(ssh.port()));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.indexOf(QLatin1String("does not speak TLS")), -1) << r.error().message.toStdString();
    EXPECT_NE(r.error().detail.indexOf(QLatin1String("SSH-2.0-OpenSSH")), -1);
}

TEST(ProbeErrorsTest, APortThatNeverAnswersTimesOut)
{
    SilentListener silent;
    auto r = OpenSslEndpointProbe().probe(loopback(silent.port(), 1000));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Timeout);
    EXPECT_NE(r.error().message.indexOf(QLatin1String("did not answer the TLS handshake within 1 second")), -1)
        << r.error().message.toStdString();
}

TEST(ProbeErrorsTest, AnUnknownHostNameIsNamed)
{
    ProbeTarget t = loopback(443);
    t.host = QStringLiteral("no-such-host.invalid");
    auto r = OpenSslEndpointProbe().probe(t);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.indexOf(QLatin1String("could not be resolved")), -1) << r.error().message.toStdString();
}

TEST(ProbeErrorsTest, ACancelledProbeStopsWaiting)
{
    SilentListener silent;
    std::atomic_bool cancel{true};
    auto r = OpenSslEndpointProbe().probe(loopback(silent.port(), 60000), &cancel);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Cancelled);
}

TEST(ProbeErrorsTest, CliExitCodesForConnectionFailures)
{
    E2eStore store;
    const CliRun refused = runCli({"--store", store.temp.path(), "probe",
                                   QStringLiteral("127.0.0.1:%1").arg(WebServer::freePort())});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.indexOf(QLatin1String("refused")), -1) << refused.err.toStdString();
    PlainTextListener http("HTTP/1.1 400 Bad Request\r\n\r\n");
    const CliRun plain = runCli({"--store", store.temp.path(), "probe",
                                 QStringLiteral("127.0.0.1:%1").arg(http.port()), "--timeout", "2"});
    EXPECT_EQ(plain.exitCode, 1);
    EXPECT_NE(plain.err.indexOf(QLatin1String("does not speak TLS")), -1) << plain.err.toStdString();
    const CliRun usage = runCli({"--store", store.temp.path(), "probe", "host:notaport"});
    EXPECT_EQ(usage.exitCode, 2);
}

} // namespace
