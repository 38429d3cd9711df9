// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApacheConfig.h"

#include "IncludeGlob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace certpilot {

namespace {

constexpr int kMaxDepth = 16;
constexpr int kMaxFiles = 2000;
constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// httpd's ap_getword_conf: a quoted word ends at the same unescaped quote
// (\" inside becomes "), any other word at whitespace.
QList<ApacheConfig::Word> splitWords(const QByteArray& text, qsizetype from, qsizetype to)
{
    QList<ApacheConfig::Word> out;
    qsizetype pos = from;
    while (pos < to) {
        while (pos < to && isSpace(text[pos]))
            ++pos;
        if (pos >= to)
            break;
        ApacheConfig::Word w;
        w.start = pos;
        const char q = text[pos];
        if (q == '"' || q == '\'') {
            ++pos;
            while (pos < to && text[pos] != q) {
                if (text[pos] == '\\' && pos + 1 < to && text[pos + 1] == q) {
                    w.value += q;
                    pos += 2;
                    continue;
                }
                w.value += text[pos++];
            }
            if (pos < to)
                ++pos;
        } else {
            while (pos < to && !isSpace(text[pos]))
                w.value += text[pos++];
        }
        w.end = pos;
        out << w;
    }
    return out;
}

ListenAddress parseAddress(const QString& a)
{
    ListenAddress l;
    if (a.startsWith(QLatin1Char('['))) {
        const qsizetype close = a.indexOf(QLatin1Char(']'));
        l.host = a.left(close + 1);
        const QString rest = a.mid(close + 1);
        l.port = rest.startsWith(QLatin1Char(':')) ? rest.mid(1).toInt() : 0;
    } else if (a.contains(QLatin1Char(':'))) {
        l.host = a.section(QLatin1Char(':'), 0, -2);
        l.port = a.section(QLatin1Char(':'), -1) == QLatin1String("*") ? 0 : a.section(QLatin1Char(':'), -1).toInt();
    } else {
        l.host = a;
    }
    return l;
}

QString hostOnly(QString name)
{
    const qsizetype scheme = name.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        name = name.mid(scheme + 3);
    if (!name.startsWith(QLatin1Char('[')) && name.count(QLatin1Char(':')) == 1)
        name = name.section(QLatin1Char(':'), 0, 0);
    return name;
}

} // namespace

QByteArray ApacheConfig::quote(const QByteArray& value)
{
    bool plain = !value.isEmpty();
    for (const char c : value)
        plain = plain && !isSpace(c) && c != '"' && c != '\'';
    if (plain)
        return value;
    QByteArray out = "\"";
    for (const char c : value) {
        if (c == '"')
            out += '\\';
        out += c;
    }
    return out + '"';
}

Result<ApacheConfig> ApacheConfig::read(const QString& serverRoot, const QString& mainFile)
{
    ApacheConfig config;
    config.m_root = QDir(serverRoot).absolutePath();
    const QString main = QDir(config.m_root).absoluteFilePath(mainFile.isEmpty() ? QStringLiteral("apache2.conf") : mainFile);
    if (!QFileInfo(main).isFile())
        return makeError(ErrorKind::NotFound,
                         tr("There is no Apache configuration at %1. Set the configuration folder in the binding "
                            "settings (usually /etc/apache2 or /etc/httpd).")
                             .arg(QDir::toNativeSeparators(main)));
    QStringList stack;
    QString error;
    if (!config.parseFile(main, -1, 0, &stack, &error))
        return makeError(ErrorKind::InvalidInput,
                         tr("Apache's configuration could not be read: %1. Fix it (apachectl configtest shows the "
                            "same) and try again.")
                             .arg(error),
                         error);
    QHash<int, int> perFile;
    for (int i = 0; i < config.m_nodes.size(); ++i) {
        const Node& n = config.m_nodes[i];
        if (!n.section || !n.is("VirtualHost"))
            continue;
        const int ordinal = ++perFile[n.file];
        QString rel = QDir(config.m_root).relativeFilePath(config.m_files[n.file].path);
        if (rel.startsWith(QLatin1String("../")))
            rel = config.m_files[n.file].path;
        config.m_vhosts << i;
        config.m_siteIds << rel + QLatin1Char('#') + QString::number(ordinal);
    }
    return config;
}

bool ApacheConfig::parseFile(const QString& path, int parent, int depth, QStringList* stack, QString* error)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (depth > kMaxDepth || stack->contains(canonical)) {
        *error = tr("%1 includes itself").arg(path);
        return false;
    }
    if (info.size() > kMaxFileSize || m_files.size() >= kMaxFiles) {
        *error = tr("%1 is too large for a configuration").arg(path);
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
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
            return false;
        }
        m_files.append({path, canonical, file.readAll()});
        index = int(m_files.size() - 1);
    }
    stack->append(canonical);
    const bool ok = parseText(index, parent, depth, stack, error);
    stack->removeLast();
    return ok;
}

bool ApacheConfig::parseText(int file, int parent, int depth, QStringList* stack, QString* error)
{
    // Continuations are blanked in a copy of the same length, so offsets stay true.
    QByteArray text = m_files[file].text;
    const QString path = m_files[file].path;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == '\\' && (text[i + 1] == '\n' || (text[i + 1] == '\r' && i + 2 < text.size() && text[i + 2] == '\n'))) {
            if (text[i + 1] == '\r')
                text[i + 2] = ' ';
            text[i] = ' ';
            text[i + 1] = ' ';
        }
    }
    QList<int> open;
    int current = parent;
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size()) {
        const qsizetype lineStart = pos;
        const int lineNo = line;
        qsizetype nl = text.indexOf('\n', pos);
        const qsizetype lineEnd = nl < 0 ? text.size() : nl + 1;
        // Count the newlines a continued line swallowed.
        for (qsizetype i = pos; i < lineEnd; ++i)
            line += m_files[file].text[i] == '\n' ? 1 : 0;
        qsizetype contentEnd = lineEnd;
        while (contentEnd > lineStart && isSpace(text[contentEnd - 1]))
            --contentEnd;
        pos = lineEnd;
        qsizetype start = lineStart;
        while (start < contentEnd && isSpace(text[start]))
            ++start;
        if (start >= contentEnd || text[start] == '#')
            continue;
        if (text[start] == '<' && start + 1 < contentEnd && text[start + 1] == '/') {
            const QByteArray name = text.mid(start + 2, contentEnd - start - 2).replace('>', "").trimmed();
            if (open.isEmpty() || m_nodes[open.last()].name.compare(name, Qt::CaseInsensitive) != 0) {
                *error = tr("</%1> without a matching <%1> in %2 on line %3")
                             .arg(QString::fromUtf8(name), path)
                             .arg(lineNo);
                return false;
            }
            m_nodes[open.last()].closeLineStart = lineStart;
            m_nodes[open.last()].closeLineEnd = lineEnd;
            open.removeLast();
            current = open.isEmpty() ? parent : open.last();
            continue;
        }
        Node n;
        n.file = file;
        n.line = lineNo;
        n.lineStart = lineStart;
        n.start = start;
        n.lineEnd = lineEnd;
        n.parent = current;
        if (text[start] == '<') {
            const qsizetype gt = text.lastIndexOf('>', contentEnd - 1);
            const qsizetype inner = gt > start ? gt : contentEnd;
            qsizetype nameEnd = start + 1;
            while (nameEnd < inner && !isSpace(text[nameEnd]))
                ++nameEnd;
            n.name = text.mid(start + 1, nameEnd - start - 1);
            n.args = splitWords(text, nameEnd, inner);
            n.section = true;
        } else {
            const QList<Word> words = splitWords(text, start, contentEnd);
            n.name = words.first().value;
            n.args = words.mid(1);
        }
        m_nodes.append(n);
        const int index = int(m_nodes.size() - 1);
        if (current >= 0)
            m_nodes[current].children << index;
        if (n.section) {
            open << index;
            current = index;
            continue;
        }
        if ((n.is("Include") || n.is("IncludeOptional")) && !n.args.isEmpty()) {
            const QString pattern = n.argText(0);
            if (pattern.contains(QLatin1String("${"))) {
                m_warnings << tr("Skipped %1 in %2 (line %3): it uses a variable CertPilot cannot resolve.")
                                  .arg(pattern, path)
                                  .arg(lineNo);
                continue;
            }
            const QStringList found = IncludeGlob::expand(pattern, m_root);
            if (found.isEmpty() && n.is("Include") && !IncludeGlob::hasWildcard(pattern)) {
                *error = tr("the included file %1 does not exist (%2, line %3)").arg(pattern, path).arg(lineNo);
                return false;
            }
            for (const QString& included : found) {
                if (!parseFile(included, current, depth + 1, stack, error))
                    return false;
            }
        }
    }
    if (!open.isEmpty()) {
        *error = tr("<%1> on line %2 of %3 is not closed")
                     .arg(QString::fromUtf8(m_nodes[open.last()].name))
                     .arg(m_nodes[open.last()].line)
                     .arg(path);
        return false;
    }
    return true;
}

QList<int> ApacheConfig::hostDirectives(int vhost) const
{
    QList<int> out;
    for (int child : m_nodes[vhost].children) {
        const Node& n = m_nodes[child];
        if (!n.section)
            out << child;
        else if (n.name.startsWith("If") || n.name.startsWith("if"))
            out << hostDirectives(child);
    }
    return out;
}

QList<Site> ApacheConfig::sites() const
{
    QList<Site> out;
    for (int i = 0; i < m_vhosts.size(); ++i)
        out << siteFor(m_vhosts[i], m_siteIds[i]);
    return out;
}

int ApacheConfig::virtualHostNode(const QString& siteId) const
{
    const qsizetype i = m_siteIds.indexOf(siteId);
    return i < 0 ? -1 : m_vhosts[i];
}

QList<int> ApacheConfig::virtualHostsUsingFile(int file) const
{
    QList<int> out;
    for (int vhost : m_vhosts) {
        for (int d : hostDirectives(vhost)) {
            if (m_nodes[d].file == file) {
                out << vhost;
                break;
            }
        }
    }
    return out;
}

bool ApacheConfig::listensOn(int port) const
{
    for (const Node& n : m_nodes) {
        if (!n.section && n.is("Listen") && parseAddress(n.argText(0)).port == port)
            return true;
        if (!n.section && n.is("Listen") && n.argText(0) == QString::number(port))
            return true;
    }
    return false;
}

Site ApacheConfig::siteFor(int vhost, const QString& id) const
{
    const Node& host = m_nodes[vhost];
    Site s;
    s.serverType = ServerType::Apache;
    s.id = id;
    s.configFile = m_files[host.file].canonicalPath;
    s.line = host.line;
    for (const Word& w : host.args)
        s.listens << parseAddress(QString::fromUtf8(w.value));
    bool engine = false;
    const QDir root(m_root);
    for (int index : hostDirectives(vhost)) {
        const Node& n = m_nodes[index];
        if (n.is("ServerName") && !n.args.isEmpty())
            s.serverNames.prepend(hostOnly(n.argText(0)));
        else if (n.is("ServerAlias")) {
            for (const Word& w : n.args)
                s.serverNames << QString::fromUtf8(w.value);
        } else if (n.is("SSLEngine"))
            engine = n.argText(0).compare(QLatin1String("on"), Qt::CaseInsensitive) == 0;
        else if (n.is("SSLCertificateFile") && s.certificateFile.isEmpty())
            s.certificateFile = root.absoluteFilePath(n.argText(0));
        else if (n.is("SSLCertificateKeyFile") && s.keyFile.isEmpty())
            s.keyFile = root.absoluteFilePath(n.argText(0));
        else if (n.is("SSLCertificateChainFile") && s.chainFile.isEmpty())
            s.chainFile = root.absoluteFilePath(n.argText(0));
    }
    for (ListenAddress& l : s.listens)
        l.tls = engine;
    s.tls = engine;
    return s;
}

} // namespace certpilot
