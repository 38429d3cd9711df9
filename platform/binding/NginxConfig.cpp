// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxConfig.h"

#include "IncludeGlob.h"
#include "NginxTokenizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace certpilot {

namespace {

constexpr int kMaxDepth = 16;
constexpr int kMaxFiles = 2000;
constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

ListenAddress parseListen(const NginxConfig::Node& node)
{
    ListenAddress l;
    const QString a = node.argText(0);
    if (a.startsWith(QLatin1String("unix:"))) {
        l.host = a;
    } else if (a.startsWith(QLatin1Char('['))) {
        const qsizetype close = a.indexOf(QLatin1Char(']'));
        l.host = a.left(close + 1);
        const QString rest = a.mid(close + 1);
        l.port = rest.startsWith(QLatin1Char(':')) ? rest.mid(1).toInt() : 80;
    } else if (a.contains(QLatin1Char(':'))) {
        l.host = a.section(QLatin1Char(':'), 0, -2);
        l.port = a.section(QLatin1Char(':'), -1).toInt();
    } else {
        bool digits = false;
        const int port = a.toInt(&digits);
        if (digits)
            l.port = port;
        else {
            l.host = a;
            l.port = 80;
        }
    }
    for (int i = 1; i < node.args.size(); ++i)
        l.tls = l.tls || node.args[i].value == "ssl";
    return l;
}

} // namespace

Result<NginxConfig> NginxConfig::read(const QString& configRoot, const QString& mainFile)
{
    NginxConfig config;
    config.m_root = QDir(configRoot).absolutePath();
    const QString main = QDir(config.m_root).absoluteFilePath(mainFile.isEmpty() ? QStringLiteral("nginx.conf") : mainFile);
    if (!QFileInfo(main).isFile())
        return makeError(ErrorKind::NotFound,
                         tr("There is no nginx configuration at %1. Set the configuration folder in the binding "
                            "settings (usually /etc/nginx).")
                             .arg(QDir::toNativeSeparators(main)));
    QStringList stack;
    QString error;
    if (!config.parseFile(main, -1, 0, &stack, &error))
        return makeError(ErrorKind::InvalidInput,
                         tr("nginx's configuration could not be read: %1. Fix it (nginx -t shows the same) and try "
                            "again.")
                             .arg(error),
                         error);
    // The server blocks of the http context, numbered per file for stable ids.
    QHash<int, int> perFile;
    for (int i = 0; i < config.m_nodes.size(); ++i) {
        const Node& n = config.m_nodes[i];
        if (n.name != "server" || !n.block || n.parent < 0)
            continue;
        const Node& parent = config.m_nodes[n.parent];
        if (parent.name != "http" || parent.parent != -1) {
            if (parent.name == "stream" || parent.name == "mail")
                config.m_warnings << tr("Skipped a %1 server block in %2 (line %3): only http sites are bound.")
                                          .arg(QString::fromUtf8(parent.name), config.m_files[n.file].path)
                                          .arg(n.line);
            continue;
        }
        const int ordinal = ++perFile[n.file];
        QString rel = QDir(config.m_root).relativeFilePath(config.m_files[n.file].path);
        if (rel.startsWith(QLatin1String("../")))
            rel = config.m_files[n.file].path;
        config.m_servers << i;
        config.m_siteIds << rel + QLatin1Char('#') + QString::number(ordinal);
    }
    return config;
}

bool NginxConfig::parseFile(const QString& path, int parent, int depth, QStringList* stack, QString* error)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (depth > kMaxDepth || stack->contains(canonical)) {
        *error = tr("%1 includes itself").arg(path);
        return false;
    }
    if (info.size() > kMaxFileSize) {
        *error = tr("%1 is too large for a configuration file").arg(path);
        return false;
    }
    // A device or a FIFO (include /dev/zero, a pipe in conf.d/) would be read
    // forever or block the open: only regular files are configuration.
    if (!info.isFile()) {
        *error = tr("%1 is not a regular file").arg(path);
        return false;
    }
    int index = -1;
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files[i].canonicalPath == canonical)
            index = i;
    }
    if (index < 0) {
        if (m_files.size() >= kMaxFiles) {
            *error = tr("too many included files");
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
            return false;
        }
        m_files.append({path, canonical, file.readAll()});
        index = int(m_files.size() - 1);
    }
    stack->append(canonical);
    const bool ok = parseTokens(index, m_files[index].text, parent, depth, stack, error);
    stack->removeLast();
    return ok;
}

void NginxConfig::appendChild(int parent, int node)
{
    if (parent < 0)
        m_top << node;
    else
        m_nodes[parent].children << node;
}

bool NginxConfig::parseTokens(int file, const QByteArray& text, int parent, int depth, QStringList* stack,
                              QString* error)
{
    using Kind = NginxTokenizer::Kind;
    QList<NginxTokenizer::Token> tokens;
    QString tokenError;
    const QString path = m_files[file].path;
    if (!NginxTokenizer::tokenize(text, &tokens, &tokenError)) {
        *error = QStringLiteral("%1: %2").arg(path, tokenError);
        return false;
    }
    QList<NginxTokenizer::Token> words;
    QList<int> open;
    int current = parent;
    auto fail = [&](const QString& what, int line) {
        *error = tr("%1 in %2 on line %3").arg(what, path).arg(line);
        return false;
    };
    auto makeNode = [&]() {
        Node n;
        n.name = words.first().value;
        for (int i = 1; i < words.size(); ++i)
            n.args.append({words[i].value, words[i].start, words[i].end});
        n.file = file;
        n.line = words.first().line;
        n.start = words.first().start;
        n.parent = current;
        m_nodes.append(n);
        const int index = int(m_nodes.size() - 1);
        appendChild(current, index);
        return index;
    };
    for (const NginxTokenizer::Token& t : tokens) {
        switch (t.kind) {
        case Kind::Word:
            words << t;
            break;
        case Kind::Semicolon: {
            if (words.isEmpty())
                return fail(tr("unexpected \";\""), t.line);
            const int node = makeNode();
            m_nodes[node].end = t.end;
            words.clear();
            if (m_nodes[node].name == "include" && !m_nodes[node].args.isEmpty()) {
                const QString pattern = m_nodes[node].argText(0);
                const QStringList found = IncludeGlob::expand(pattern, m_root);
                if (found.isEmpty() && !IncludeGlob::hasWildcard(pattern))
                    return fail(tr("the included file %1 does not exist").arg(pattern), m_nodes[node].line);
                for (const QString& included : found) {
                    if (!parseFile(included, current, depth + 1, stack, error))
                        return false;
                }
            }
            break;
        }
        case Kind::Open: {
            if (words.isEmpty())
                return fail(tr("unexpected \"{\""), t.line);
            const int node = makeNode();
            m_nodes[node].block = true;
            m_nodes[node].open = t.start;
            words.clear();
            open << node;
            current = node;
            break;
        }
        case Kind::Close:
            if (!words.isEmpty())
                return fail(tr("missing \";\" before \"}\""), t.line);
            if (open.isEmpty())
                return fail(tr("unexpected \"}\""), t.line);
            m_nodes[open.last()].close = t.start;
            m_nodes[open.last()].end = t.end;
            open.removeLast();
            current = open.isEmpty() ? parent : open.last();
            break;
        }
    }
    if (!words.isEmpty())
        return fail(tr("unexpected end of file, expecting \";\""), words.last().line);
    if (!open.isEmpty())
        return fail(tr("unexpected end of file, expecting \"}\""), m_nodes[open.last()].line);
    return true;
}

QList<Site> NginxConfig::sites() const
{
    QList<Site> out;
    for (int i = 0; i < m_servers.size(); ++i)
        out << siteFor(m_servers[i], m_siteIds[i]);
    return out;
}

int NginxConfig::serverNode(const QString& siteId) const
{
    const qsizetype i = m_siteIds.indexOf(siteId);
    return i < 0 ? -1 : m_servers[i];
}

QList<int> NginxConfig::serversUsingFile(int file) const
{
    QList<int> out;
    for (int server : m_servers) {
        for (int child : m_nodes[server].children) {
            if (m_nodes[child].file == file) {
                out << server;
                break;
            }
        }
    }
    return out;
}

Site NginxConfig::siteFor(int serverIndex, const QString& id) const
{
    const Node& server = m_nodes[serverIndex];
    Site s;
    s.serverType = ServerType::Nginx;
    s.id = id;
    s.configFile = m_files[server.file].canonicalPath;
    s.line = server.line;
    bool sslOn = false;
    const QDir root(m_root);
    auto scan = [&](const Node& n, bool inherited) {
        if (n.name == "ssl_certificate" && s.certificateFile.isEmpty())
            s.certificateFile = root.absoluteFilePath(n.argText(0));
        else if (n.name == "ssl_certificate_key" && s.keyFile.isEmpty())
            s.keyFile = root.absoluteFilePath(n.argText(0));
        else if (n.name == "ssl" && n.argText(0) == QLatin1String("on"))
            sslOn = true;
        else if (!inherited && n.name == "server_name") {
            for (const Word& w : n.args)
                s.serverNames << QString::fromUtf8(w.value);
        } else if (!inherited && n.name == "listen" && !n.args.isEmpty())
            s.listens << parseListen(n);
    };
    for (int child : server.children)
        scan(m_nodes[child], false);
    // ssl_certificate set in the http block applies to servers that set none.
    if (s.certificateFile.isEmpty() && server.parent >= 0) {
        for (int sibling : m_nodes[server.parent].children) {
            if (!m_nodes[sibling].block)
                scan(m_nodes[sibling], true);
        }
    }
    if (s.listens.isEmpty())
        s.listens << ListenAddress{QString(), 80, false};
    for (ListenAddress& l : s.listens) {
        l.tls = l.tls || sslOn;
        s.tls = s.tls || l.tls;
    }
    return s;
}

} // namespace certpilot
