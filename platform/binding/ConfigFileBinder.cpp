// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigFileBinder.h"

#include "FileDecoder.h"
#include "FileJournal.h"
#include "ServerCommand.h"
#include "binding/HostnameMatch.h"
#include "binding/SiteMatch.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace certpilot {

namespace {

constexpr auto kDirectoryPermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                     | QFileDevice::ReadGroup | QFileDevice::ExeGroup;

// The end of a server's output says what went wrong; keep a readable amount in the message.
QString lastLines(const QString& output, int count = 6)
{
    QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    for (QString& l : lines)
        l = l.trimmed().left(400);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

struct ConfigFileBinder::Run {
    const BindingPlan& plan;
    const StepCallback& progress;
    FileJournal journal;
    bool reloaded = false;   // the server may have loaded the new configuration
    QString serverOutput;

    void report(BindingStep step, StepState state, const QString& message = {}, const QString& detail = {}) const
    {
        if (progress)
            progress(StepReport{step, state, message, detail});
    }
};

ConfigFileBinder::ConfigFileBinder(const BinderSettings& settings, std::shared_ptr<EndpointProbe> probe)
    : m_settings(settings)
    , m_probe(std::move(probe))
{
}

ConfigFileBinder::~ConfigFileBinder() = default;

QString ConfigFileBinder::directoryName(const Site& site)
{
    const QStringList names = SiteMatch::hostNames(site);
    QString name = names.isEmpty() ? QStringLiteral("default") : names.first();
    name.replace(QLatin1Char('*'), QLatin1String("wildcard"));
    QString out;
    for (const QChar c : name) {
        const bool safe = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') || c == QLatin1Char('-')
                       || c == QLatin1Char('_');
        out += safe ? c : QLatin1Char('_');
    }
    if (out.isEmpty() || out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1String("site"));
    return out;
}

ProbeTarget ConfigFileBinder::probeTargetFor(const Site& site, const Certificate& certificate, int port)
{
    ProbeTarget t;
    t.port = port;
    t.host = QStringLiteral("localhost");
    for (const ListenAddress& l : site.listens) {
        const bool any = l.host.isEmpty() || l.host == QLatin1String("*") || l.host == QLatin1String("_default_")
                      || l.host == QLatin1String("0.0.0.0") || l.host == QLatin1String("[::]");
        if (l.port == port && !any && !l.host.startsWith(QLatin1String("unix:"))) {
            t.host = HostnameMatch::normalise(l.host);
            break;
        }
    }
    for (const QString& name : SiteMatch::coveredNames(site, certificate)) {
        if (!name.startsWith(QLatin1Char('*'))) {
            t.sni = name;
            break;
        }
    }
    if (t.sni.isEmpty()) {
        for (const QString& name : certificate.dnsNames()) {
            if (!name.startsWith(QLatin1Char('*'))) {
                t.sni = name;
                break;
            }
        }
    }
    return t;
}

QString ConfigFileBinder::hintFor(const QString&) const { return {}; }

Result<BindingPlan> ConfigFileBinder::planBinding(const BindingRequest& request)
{
    if (request.certificate.isNull() || request.key.isNull())
        return makeError(ErrorKind::InvalidInput, tr("A binding needs a certificate and its private key."));
    if (!request.key.matches(request.certificate))
        return makeError(ErrorKind::KeyMismatch,
                         tr("The private key does not belong to %1, so the server would refuse it. Bind the "
                            "certificate with its own key.")
                             .arg(request.certificate.subject().displayName()));
    if (request.addListener && (request.port < 1 || request.port > 65535))
        return makeError(ErrorKind::InvalidInput, tr("The port must be a number from 1 to 65535."));

    BindingPlan plan;
    plan.serverType = m_settings.serverType;
    plan.configRoot = m_settings.configRoot;
    plan.site = request.site;
    plan.certificate = request.certificate;
    plan.intermediates = request.intermediates;
    plan.key = request.key;
    plan.addListener = request.addListener;
    plan.port = request.port;
    plan.notes = request.notes;
    plan.directory = QDir(m_settings.resolvedCertificateDirectory()).filePath(directoryName(request.site));
    auto changes = planConfig(request, plan.directory, &plan.files, &plan.notes);
    if (!changes)
        return changes.error();
    plan.configChanges = *changes;
    int port = request.addListener ? request.port : 443;
    const QList<int> tls = request.site.tlsPorts();
    if (!request.addListener && !tls.isEmpty())
        port = tls.contains(443) ? 443 : tls.first();
    if (m_settings.probeAfterReload && m_probe)
        plan.probe = probeTargetFor(request.site, request.certificate, port);
    plan.testCommand = BinderSettings::commandLine(m_settings.expand(m_settings.testCommand));
    plan.reloadCommand = BinderSettings::commandLine(m_settings.expand(m_settings.reloadCommand));
    if (!request.site.certificateFile.isEmpty() && !request.site.certificateFile.startsWith(plan.directory))
        plan.notes << tr("The site's current files (%1) stay where they are, untouched.")
                          .arg(QDir::toNativeSeparators(request.site.certificateFile));
    return plan;
}

Result<AppliedBinding> ConfigFileBinder::apply(const BindingPlan& plan, const StepCallback& progress)
{
    // Nothing is touched when the configuration changed since the preview.
    for (const ConfigChange& c : plan.configChanges) {
        QFile file(c.path);
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != c.before)
            return makeError(ErrorKind::InvalidInput,
                             tr("%1 changed since the preview was made. Nothing was changed; review the binding "
                                "again.")
                                 .arg(QDir::toNativeSeparators(c.path)));
    }
    Run run{plan, progress, {}, false, {}};
    const struct {
        BindingStep step;
        Result<void> (ConfigFileBinder::*fn)(Run&);
    } steps[] = {{BindingStep::WriteFiles, &ConfigFileBinder::writeFiles},
                 {BindingStep::EditConfig, &ConfigFileBinder::editConfig},
                 {BindingStep::ConfigTest, &ConfigFileBinder::testConfig},
                 {BindingStep::Reload, &ConfigFileBinder::reload}};
    for (const auto& s : steps) {
        run.report(s.step, StepState::Running);
        auto done = (this->*s.fn)(run);
        if (!done) {
            run.report(s.step, StepState::Failed, done.error().message, done.error().detail);
            return rollBack(run, s.step, done.error());
        }
        run.report(s.step, StepState::Done);
    }
    AppliedBinding applied;
    if (!plan.probe.host.isEmpty() && m_probe) {
        run.report(BindingStep::Probe, StepState::Running);
        auto probed = checkLiveSite(run);
        if (!probed) {
            run.report(BindingStep::Probe, StepState::Failed, probed.error().message, probed.error().detail);
            return rollBack(run, BindingStep::Probe, probed.error());
        }
        run.report(BindingStep::Probe, StepState::Done,
                   tr("%1 serves the new certificate (%2).").arg(plan.probe.displayName(), probed->protocol));
        applied.probe = *probed;
    } else {
        run.report(BindingStep::Probe, StepState::Skipped, tr("The live site was not checked."));
    }

    BindingRecord& r = applied.record;
    r.certificate = plan.certificate.sha1();
    r.serverType = plan.serverType;
    r.configRoot = plan.configRoot;
    r.siteId = plan.site.id;
    r.siteName = plan.site.displayName();
    r.serverNames = plan.site.serverNames;
    r.configFile = plan.site.configFile;
    for (const PlannedFile& f : plan.files)
        r.files << f.path;
    r.probeHost = plan.probe.host;
    r.probePort = plan.probe.host.isEmpty() ? 0 : plan.probe.port;
    r.probeSni = plan.probe.sni;
    r.boundAt = QDateTime::currentDateTimeUtc();
    run.journal.commit();
    return applied;
}

Result<void> ConfigFileBinder::writeFiles(Run& run)
{
    const QString dir = run.plan.directory;
    auto made = run.journal.makeDirectory(dir, kDirectoryPermissions);
    if (!made)
        return made;
    const QString previous = QDir(dir).filePath(QStringLiteral("previous"));
    for (const PlannedFile& f : run.plan.files) {
        // The earlier binding's file is kept one generation back, for a later roll-back.
        if (QFileInfo::exists(f.path)) {
            QFile old(f.path);
            if (!old.open(QIODevice::ReadOnly))
                return makeError(ErrorKind::PermissionDenied, tr("%1 cannot be read.").arg(f.path), old.errorString());
            QByteArray bytes = old.readAll();
            auto kept = run.journal.makeDirectory(previous, kDirectoryPermissions);
            if (kept)
                kept = run.journal.write(QDir(previous).filePath(QFileInfo(f.path).fileName()), bytes, f.secret());
            cleanse(bytes);
            if (!kept)
                return kept;
        }
        const SecureBytes content = run.plan.content(f.role);
        auto written = run.journal.write(f.path, content.view(), f.secret());
        if (!written)
            return written;
    }
    return {};
}

Result<void> ConfigFileBinder::editConfig(Run& run)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString backups = QDir(m_settings.resolvedCertificateDirectory()).filePath(QStringLiteral("backups/") + stamp);
    const QDir root(m_settings.configRoot);
    for (const ConfigChange& c : run.plan.configChanges) {
        QString rel = root.relativeFilePath(c.path);
        if (rel.startsWith(QLatin1String("..")))
            rel = QFileInfo(c.path).fileName();
        const QString backup = QDir(backups).filePath(rel);
        auto made = run.journal.makeDirectory(QFileInfo(backup).path(), kDirectoryPermissions);
        if (made)
            made = run.journal.write(backup, c.before, false);
        if (made)
            made = run.journal.write(c.path, c.after, false);
        if (!made)
            return made;
    }
    return {};
}

Result<void> ConfigFileBinder::testConfig(Run& run)
{
    const QStringList command = m_settings.expand(m_settings.testCommand);
    auto outcome = ServerCommand::run(command, m_settings.commandTimeoutMs, commandEnvironment());
    if (!outcome)
        return outcome.error();
    if (!outcome->ok()) {
        const QString hint = hintFor(outcome->output);
        return makeError(ErrorKind::ServerRejected,
                         tr("The server's configuration test (%1) failed:\n%2%3")
                             .arg(BinderSettings::commandLine(command), lastLines(outcome->output),
                                  hint.isEmpty() ? QString() : QLatin1String("\n") + hint),
                         outcome->output);
    }
    // Apache's test does not load certificates, and a graceful restart with a
    // key that does not match stops the server: check the files ourselves.
    for (const PlannedFile& f : run.plan.files) {
        QFile file(f.path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Io, tr("%1 cannot be read back.").arg(f.path), file.errorString());
        QByteArray bytes = file.readAll();
        if (f.role == BindingFileRole::Key) {
            auto key = PrivateKey::fromPem(bytes);
            cleanse(bytes);
            if (!key || !key->matches(run.plan.certificate))
                return makeError(ErrorKind::KeyMismatch,
                                 tr("The key file %1 does not belong to the certificate; the server would refuse "
                                    "it.")
                                     .arg(QDir::toNativeSeparators(f.path)));
        } else if (f.role == BindingFileRole::FullChain || f.role == BindingFileRole::Leaf) {
            auto decoded = FileDecoder::decode(bytes);
            if (!decoded || decoded->certificates.isEmpty()
                || decoded->certificates.first().sha1() != run.plan.certificate.sha1())
                return makeError(ErrorKind::Corrupt,
                                 tr("%1 does not hold the certificate after writing it.")
                                     .arg(QDir::toNativeSeparators(f.path)));
        }
    }
    return {};
}

Result<void> ConfigFileBinder::reload(Run& run)
{
    const QStringList command = m_settings.expand(m_settings.reloadCommand);
    run.reloaded = true;
    auto outcome = ServerCommand::run(command, m_settings.commandTimeoutMs, commandEnvironment());
    if (!outcome)
        return outcome.error();
    if (!outcome->ok())
        return makeError(ErrorKind::ServerRejected,
                         tr("Reloading the server (%1) failed:\n%2")
                             .arg(BinderSettings::commandLine(command), lastLines(outcome->output)),
                         outcome->output);
    return {};
}

Result<ProbeResult> ConfigFileBinder::checkLiveSite(Run& run)
{
    // A reload is asynchronous: old workers may answer for a moment. Ask
    // again until the new certificate shows or the wait is over.
    ProbeTarget target = run.plan.probe;
    target.timeoutMs = m_settings.probeTimeoutMs;
    QElapsedTimer waited;
    waited.start();
    std::optional<Result<ProbeResult>> last;
    do {
        last = m_probe->probe(target);
        if (last->ok() && (*last)->leaf().sha1() == run.plan.certificate.sha1())
            return **last;
        QThread::msleep(200);
    } while (waited.elapsed() < m_settings.probeWaitMs);
    if (!last->ok())
        return makeError(last->error().kind,
                         tr("After the reload, %1 could not be checked: %2")
                             .arg(target.displayName(), last->error().message),
                         last->error().detail);
    const Certificate served = (*last)->leaf();
    return makeError(ErrorKind::ServerRejected,
                     tr("After the reload, %1 still serves another certificate (%2, SHA-1 %3), not the new one. The "
                        "reload may not have reached the server that answers there, or the configuration test and "
                        "reload commands manage another server.")
                         .arg(target.displayName(), served.subject().displayName(), served.sha1()));
}

Error ConfigFileBinder::rollBack(Run& run, BindingStep failedStep, const Error& cause)
{
    run.report(BindingStep::RollBack, StepState::Running);
    auto restored = run.journal.restore();
    QString outcome;
    bool ok = restored.ok();
    if (run.reloaded) {
        auto reloaded = ServerCommand::run(m_settings.expand(m_settings.reloadCommand), m_settings.commandTimeoutMs,
                                           commandEnvironment());
        const bool reloadOk = reloaded && reloaded->ok();
        ok = ok && reloadOk;
        outcome = restored ? (reloadOk ? tr("The previous files and configuration were restored and the server was "
                                            "reloaded with them.")
                                       : tr("The previous files and configuration were restored, but reloading the "
                                            "server failed: %1")
                                             .arg(reloaded ? lastLines(reloaded->output) : reloaded.error().message))
                           : restored.error().message;
    } else {
        outcome = restored ? tr("The previous files and configuration were restored; the server never loaded the "
                                "change, so it was not reloaded.")
                           : restored.error().message;
    }
    run.report(BindingStep::RollBack, ok ? StepState::Done : StepState::Failed, outcome);
    return makeError(cause.kind,
                     tr("Binding failed at \"%1\". %2\n\n%3").arg(BindingStepText::title(failedStep), cause.message, outcome),
                     cause.detail);
}

} // namespace certpilot
