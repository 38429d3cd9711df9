// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxEditor.h"

#include "NginxTokenizer.h"
#include "TextEdits.h"

#include <QDir>
#include <QMap>

namespace certpilot {

namespace {

using Node = NginxConfig::Node;

// Lines go after the anchor directive's line when it ends the line (a
// trailing comment may follow), otherwise right after the directive.
void insertAfter(TextEdits& edits, const QByteArray& text, const Node& anchor, qsizetype blockClose,
                 const QByteArray& indent, const QList<QByteArray>& directives)
{
    const qsizetype eol = TextEdits::endOfLine(text, anchor.end);
    const QByteArray rest = text.mid(anchor.end, eol - anchor.end).trimmed();
    const bool ownLines = (rest.isEmpty() || rest.startsWith('#')) && eol <= blockClose;
    if (!ownLines) {
        QByteArray inline_;
        for (const QByteArray& d : directives)
            inline_ += ' ' + d;
        edits.insert(anchor.end, inline_);
        return;
    }
    const QByteArray nl = TextEdits::newline(text);
    QByteArray block;
    if (eol == text.size() && !text.endsWith('\n'))
        block += nl;
    for (const QByteArray& d : directives)
        block += indent + d + nl;
    edits.insert(eol, block);
}

QByteArray indentFor(const QByteArray& text, const Node& server, const QList<const Node*>& ownChildren)
{
    if (!ownChildren.isEmpty())
        return TextEdits::indentationAt(text, ownChildren.first()->start);
    const QByteArray outer = TextEdits::indentationAt(text, server.start);
    return outer + (outer.contains('\t') ? QByteArray("\t") : QByteArray("    "));
}

} // namespace

Result<QList<ConfigChange>> NginxEditor::bind(const NginxConfig& config, const QString& siteId, const Target& target)
{
    const int serverIndex = config.serverNode(siteId);
    if (serverIndex < 0)
        return makeError(ErrorKind::NotFound,
                         tr("The site %1 is no longer in nginx's configuration. List the sites again.").arg(siteId));
    if (target.certificateFile.contains(QLatin1Char('$')) || target.keyFile.contains(QLatin1Char('$')))
        return makeError(ErrorKind::InvalidInput,
                         tr("nginx reads \"$\" in a certificate path as a variable. Choose a folder without \"$\"."));
    const QList<Node>& nodes = config.nodes();
    const Node& server = nodes[serverIndex];
    QList<const Node*> certs, keys, listens, names, own;
    for (int child : server.children) {
        const Node& n = nodes[child];
        if (n.file == server.file)
            own << &n;
        if (n.name == "ssl_certificate")
            certs << &n;
        else if (n.name == "ssl_certificate_key")
            keys << &n;
        else if (n.name == "listen" && n.file == server.file)
            listens << &n;
        else if (n.name == "server_name" && n.file == server.file)
            names << &n;
    }
    const Site site = [&] {
        for (const Site& s : config.sites()) {
            if (s.id == siteId)
                return s;
        }
        return Site();
    }();
    if (certs.size() > 1 || keys.size() > 1)
        return makeError(ErrorKind::Unsupported,
                         tr("The site %1 has %2 ssl_certificate lines (one per key type). CertPilot binds one "
                            "certificate per site: remove the extra ssl_certificate and ssl_certificate_key lines, "
                            "then bind again.")
                             .arg(site.displayName())
                             .arg(std::max(certs.size(), keys.size())));
    for (const Node* n : certs + keys) {
        if (n->file != server.file && config.serversUsingFile(n->file).size() > 1)
            return makeError(ErrorKind::Unsupported,
                             tr("The certificate of %1 is set in %2, which other sites include too, so changing it "
                                "there would change them as well. Move the ssl_certificate lines into the site's "
                                "server block, then bind again.")
                                 .arg(site.displayName(), QDir::toNativeSeparators(config.files()[n->file].path)));
    }
    const bool hasListener = site.tlsPorts().contains(target.port) || (!target.addListener && site.tls);
    if (!site.tls && !target.addListener)
        return makeError(ErrorKind::InvalidInput,
                         tr("The site %1 has no https listener. Choose \"add an https listener\" to add one on port "
                            "443 or another port.")
                             .arg(site.displayName()));
    if (target.addListener && !hasListener && site.listensOn(target.port))
        return makeError(ErrorKind::InvalidInput,
                         tr("The site %1 already uses port %2 for plain http. Choose another port for https.")
                             .arg(site.displayName())
                             .arg(target.port));

    QMap<int, TextEdits> edits;
    const QByteArray certPath = NginxTokenizer::quote(QDir::cleanPath(target.certificateFile).toUtf8());
    const QByteArray keyPath = NginxTokenizer::quote(QDir::cleanPath(target.keyFile).toUtf8());
    QList<QByteArray> added;
    if (target.addListener && !hasListener) {
        QStringList hosts;
        for (const ListenAddress& l : site.listens) {
            if (!l.host.startsWith(QLatin1String("unix:")) && !hosts.contains(l.host))
                hosts << l.host;
        }
        if (hosts.isEmpty())
            hosts << QString();
        for (const QString& h : hosts) {
            const QString address = h.isEmpty() ? QString::number(target.port)
                                                 : h + QLatin1Char(':') + QString::number(target.port);
            added << "listen " + address.toUtf8() + " ssl;";
        }
    }
    if (certs.isEmpty()) {
        added << "ssl_certificate " + certPath + ';';
        added << "ssl_certificate_key " + keyPath + ';';
    } else {
        const Node& c = *certs.first();
        edits[c.file].replace(c.args.first().start, c.args.first().end - c.args.first().start, certPath);
        if (!keys.isEmpty()) {
            const Node& k = *keys.first();
            edits[k.file].replace(k.args.first().start, k.args.first().end - k.args.first().start, keyPath);
        } else {
            const QByteArray& text = config.files()[c.file].text;
            const qsizetype close = c.file == server.file ? server.close : text.size();
            insertAfter(edits[c.file], text, c, close, TextEdits::indentationAt(text, c.start),
                        {"ssl_certificate_key " + keyPath + ';'});
        }
    }
    if (!added.isEmpty()) {
        const QByteArray& text = config.files()[server.file].text;
        const QByteArray indent = indentFor(text, server, own);
        const Node* anchor = !listens.isEmpty() ? listens.last() : !names.isEmpty() ? names.last() : nullptr;
        if (anchor) {
            insertAfter(edits[server.file], text, *anchor, server.close, indent, added);
        } else {
            // After the opening brace.
            Node brace;
            brace.end = server.open + 1;
            insertAfter(edits[server.file], text, brace, server.close, indent, added);
        }
    }

    QList<ConfigChange> changes;
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        const NginxConfig::File& f = config.files()[it.key()];
        ConfigChange change{f.canonicalPath, f.text, it.value().applyTo(f.text)};
        if (change.before != change.after)
            changes << change;
    }
    return changes;
}

} // namespace certpilot
