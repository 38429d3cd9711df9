// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApacheEditor.h"

#include "TextEdits.h"

#include <QDir>
#include <QMap>

namespace certpilot {

namespace {

using Node = ApacheConfig::Node;
using Word = ApacheConfig::Word;

QByteArray line(const QByteArray& indent, const char* name, const QString& path)
{
    return indent + name + ' ' + ApacheConfig::quote(QDir::cleanPath(path).toUtf8());
}

QByteArray childIndent(const QByteArray& text, const Node& host, const QList<int>& directives,
                       const QList<Node>& nodes)
{
    for (int d : directives) {
        if (nodes[d].file == host.file)
            return TextEdits::indentationAt(text, nodes[d].start);
    }
    const QByteArray outer = TextEdits::indentationAt(text, host.start);
    return outer + (outer.contains('\t') ? QByteArray("\t") : QByteArray("    "));
}

QString withPort(const QString& address, int port)
{
    if (address.startsWith(QLatin1Char('['))) {
        return address.left(address.indexOf(QLatin1Char(']')) + 1) + QLatin1Char(':') + QString::number(port);
    }
    const QString host = address.contains(QLatin1Char(':')) ? address.section(QLatin1Char(':'), 0, -2) : address;
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace

Result<QList<ConfigChange>> ApacheEditor::bind(const ApacheConfig& config, const QString& siteId, const Target& target)
{
    const int vhost = config.virtualHostNode(siteId);
    if (vhost < 0)
        return makeError(ErrorKind::NotFound,
                         tr("The site %1 is no longer in Apache's configuration. List the sites again.").arg(siteId));
    const QList<Node>& nodes = config.nodes();
    const Node& host = nodes[vhost];
    const QList<int> directives = config.hostDirectives(vhost);
    Site site;
    for (const Site& s : config.sites()) {
        if (s.id == siteId)
            site = s;
    }
    QList<const Node*> certs, keys, chains, engines;
    for (int d : directives) {
        const Node& n = nodes[d];
        if (n.is("SSLCertificateFile"))
            certs << &n;
        else if (n.is("SSLCertificateKeyFile"))
            keys << &n;
        else if (n.is("SSLCertificateChainFile"))
            chains << &n;
        else if (n.is("SSLEngine"))
            engines << &n;
    }
    QMap<int, TextEdits> edits;
    const QByteArray& hostText = config.files()[host.file].text;
    const QByteArray nl = TextEdits::newline(hostText);
    const QByteArray indent = childIndent(hostText, host, directives, nodes);

    if (!site.tls) {
        if (!target.addListener)
            return makeError(ErrorKind::InvalidInput,
                             tr("The site %1 has no https virtual host. Choose \"add an https listener\" to add one "
                                "on port 443 or another port.")
                                 .arg(site.displayName()));
        if (site.listensOn(target.port))
            return makeError(ErrorKind::InvalidInput,
                             tr("The site %1 already uses port %2 for plain http. Choose another port for https.")
                                 .arg(site.displayName())
                                 .arg(target.port));
        QByteArray twin = nl;
        if (!config.listensOn(target.port)) {
            QStringList listens;
            for (const ListenAddress& l : site.listens) {
                const bool any = l.host.isEmpty() || l.host == QLatin1String("*") || l.host == QLatin1String("_default_");
                const QString address = any ? QString::number(target.port) : withPort(l.host, target.port);
                if (!listens.contains(address))
                    listens << address;
            }
            for (const QString& l : listens)
                twin += "Listen " + l.toUtf8() + nl;
        }
        QByteArrayList addresses;
        for (const Word& w : host.args)
            addresses << withPort(QString::fromUtf8(w.value), target.port).toUtf8();
        const QByteArray outer = TextEdits::indentationAt(hostText, host.start);
        twin += outer + '<' + host.name + ' ' + addresses.join(' ') + '>' + nl;
        twin += indent + "SSLEngine on" + nl;
        twin += line(indent, "SSLCertificateFile", target.certificateFile) + nl;
        twin += line(indent, "SSLCertificateKeyFile", target.keyFile) + nl;
        twin += hostText.mid(host.lineEnd, host.closeLineStart - host.lineEnd);
        twin += hostText.mid(host.closeLineStart, host.closeLineEnd - host.closeLineStart);
        if (!twin.endsWith('\n'))
            twin += nl;
        const bool atEnd = host.closeLineEnd == hostText.size() && !hostText.endsWith('\n');
        edits[host.file].insert(host.closeLineEnd, atEnd ? nl + twin : twin);
    } else {
        if (target.addListener && !site.tlsPorts().isEmpty() && !site.tlsPorts().contains(target.port))
            return makeError(ErrorKind::Unsupported,
                             tr("The site %1 already has https on port %2. Bind the certificate there, or add a "
                                "virtual host for port %3 by hand.")
                                 .arg(site.displayName())
                                 .arg(site.tlsPorts().first())
                                 .arg(target.port));
        if (certs.size() > 1 || keys.size() > 1)
            return makeError(ErrorKind::Unsupported,
                             tr("The site %1 has several SSLCertificateFile lines (one per key type). CertPilot "
                                "binds one certificate per site: remove the extra lines, then bind again.")
                                 .arg(site.displayName()));
        for (const Node* n : certs + keys + chains) {
            if (n->file != host.file && config.virtualHostsUsingFile(n->file).size() > 1)
                return makeError(ErrorKind::Unsupported,
                                 tr("The certificate of %1 is set in %2, which other sites include too. Move the "
                                    "SSLCertificate lines into the site's virtual host, then bind again.")
                                     .arg(site.displayName(), QDir::toNativeSeparators(config.files()[n->file].path)));
        }
        auto replaceArg = [&edits](const Node& n, const QString& path) {
            const Word& w = n.args.first();
            edits[n.file].replace(w.start, w.end - w.start, ApacheConfig::quote(QDir::cleanPath(path).toUtf8()));
        };
        auto insertLines = [&](const Node& after, const QList<QByteArray>& lines) {
            const QByteArray& text = config.files()[after.file].text;
            QByteArray block;
            const QByteArray own = TextEdits::indentationAt(text, after.start);
            if (after.lineEnd == text.size() && !text.endsWith('\n'))
                block += nl;
            for (const QByteArray& l : lines)
                block += own + l + nl;
            edits[after.file].insert(after.lineEnd, block);
        };
        if (certs.isEmpty()) {
            const Node& anchor = engines.isEmpty() ? host : *engines.last();
            QList<QByteArray> lines{line({}, "SSLCertificateFile", target.certificateFile),
                                    line({}, "SSLCertificateKeyFile", target.keyFile)};
            if (&anchor == &host) {
                QByteArray block;
                for (const QByteArray& l : lines)
                    block += indent + l + nl;
                edits[host.file].insert(host.lineEnd, block);
            } else {
                insertLines(anchor, lines);
            }
        } else {
            replaceArg(*certs.first(), target.certificateFile);
            if (!keys.isEmpty())
                replaceArg(*keys.first(), target.keyFile);
            else
                insertLines(*certs.first(), {line({}, "SSLCertificateKeyFile", target.keyFile)});
        }
        for (const Node* chain : chains) {
            if (!target.chainFile.isEmpty() && chain == chains.first())
                replaceArg(*chain, target.chainFile);
            else
                edits[chain->file].insert(chain->start, "# ");   // the chain is in the certificate file now
        }
    }

    QList<ConfigChange> changes;
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        const ApacheConfig::File& f = config.files()[it.key()];
        ConfigChange change{f.canonicalPath, f.text, it.value().applyTo(f.text)};
        if (change.before != change.after)
            changes << change;
    }
    return changes;
}

} // namespace certpilot
