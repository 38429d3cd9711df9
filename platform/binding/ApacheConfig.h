// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "binding/Site.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

// Apache httpd's configuration as a tree of directives and sections over the
// files it was read from, following Include / IncludeOptional (globs or
// directories, relative to the server root). Line based, like httpd: `#`
// comments whole lines, `\` continues a line, arguments may be quoted.
class ApacheConfig {
    Q_DECLARE_TR_FUNCTIONS(ApacheConfig)
public:
    struct Word {
        QByteArray value;
        qsizetype start = 0;
        qsizetype end = 0;
    };
    struct Node {
        QByteArray name;        // as written ("SSLCertificateFile", "VirtualHost")
        QList<Word> args;
        int file = 0;
        int line = 0;
        qsizetype lineStart = 0;    // first byte of the (first) line
        qsizetype start = 0;        // first byte of the directive
        qsizetype lineEnd = 0;      // after the newline ending the (logical) line
        bool section = false;
        qsizetype closeLineStart = -1;   // the `</Section>` line (sections only)
        qsizetype closeLineEnd = -1;
        int parent = -1;
        QList<int> children;
        bool is(const char* other) const { return name.compare(other, Qt::CaseInsensitive) == 0; }
        QString argText(int i) const { return i < args.size() ? QString::fromUtf8(args[i].value) : QString(); }
    };
    struct File {
        QString path;
        QString canonicalPath;
        QByteArray text;
    };

    // Reads `mainFile` (absolute, or relative to `serverRoot`) and its includes.
    static Result<ApacheConfig> read(const QString& serverRoot, const QString& mainFile);

    const QString& root() const { return m_root; }
    const QList<File>& files() const { return m_files; }
    const QList<Node>& nodes() const { return m_nodes; }
    const QStringList& warnings() const { return m_warnings; }

    QList<Site> sites() const;
    int virtualHostNode(const QString& siteId) const;
    QList<int> virtualHostsUsingFile(int file) const;
    // The directives of a virtual host, looking into <IfModule>/<IfDefine>/<IfVersion>
    // sections inside it but not into <Directory>/<Location>.
    QList<int> hostDirectives(int vhost) const;
    // Whether any Listen directive opens `port`.
    bool listensOn(int port) const;

    // An argument as httpd reads it back: quoted when it holds spaces or quotes.
    static QByteArray quote(const QByteArray& value);

private:
    bool parseFile(const QString& path, int parent, int depth, QStringList* stack, QString* error);
    bool parseText(int file, int parent, int depth, QStringList* stack, QString* error);
    Site siteFor(int vhost, const QString& id) const;

    QString m_root;
    QList<File> m_files;
    QList<Node> m_nodes;
    QList<int> m_vhosts;
    QStringList m_siteIds;
    QStringList m_warnings;
};

} // namespace certpilot
