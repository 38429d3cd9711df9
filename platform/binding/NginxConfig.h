// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "binding/BindingPlan.h"
#include "binding/Site.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

// nginx's configuration as a tree of directives over the files it was read
// from, following `include` (globs relative to the configuration root, as
// nginx resolves them). Finds the http server blocks and edits them by byte
// range, so a change touches only the words and lines it must.
class NginxConfig {
    Q_DECLARE_TR_FUNCTIONS(NginxConfig)
public:
    struct Word {
        QByteArray value;
        qsizetype start = 0;
        qsizetype end = 0;
    };
    struct Node {
        QByteArray name;
        QList<Word> args;
        int file = 0;
        int line = 0;
        qsizetype start = 0;
        qsizetype end = 0;          // after the `;` or the `}`
        bool block = false;
        qsizetype open = -1;        // offset of `{`
        qsizetype close = -1;       // offset of `}`
        int parent = -1;
        QList<int> children;        // included directives appear where the include was
        QString argText(int i) const { return i < args.size() ? QString::fromUtf8(args[i].value) : QString(); }
    };
    struct File {
        QString path;            // as included (absolute)
        QString canonicalPath;   // symbolic links resolved: what an edit writes
        QByteArray text;
    };

    // Reads `mainFile` (absolute, or relative to `configRoot`) and everything
    // it includes. Fails with the file and line when nginx could not read it either.
    static Result<NginxConfig> read(const QString& configRoot, const QString& mainFile);

    const QString& root() const { return m_root; }
    const QList<File>& files() const { return m_files; }
    const QList<Node>& nodes() const { return m_nodes; }
    // Things skipped while reading (an include matching nothing, a stream server).
    const QStringList& warnings() const { return m_warnings; }

    // The http server blocks, in configuration order.
    QList<Site> sites() const;
    // The node of a site's server block, or -1.
    int serverNode(const QString& siteId) const;
    // The server block nodes whose directives come from `file` (shared snippets).
    QList<int> serversUsingFile(int file) const;

private:
    bool parseFile(const QString& path, int parent, int depth, QStringList* stack, QString* error);
    bool parseTokens(int file, const QByteArray& text, int parent, int depth, QStringList* stack, QString* error);
    void appendChild(int parent, int node);
    Site siteFor(int serverIndex, const QString& id) const;

    QString m_root;
    QList<File> m_files;
    QList<Node> m_nodes;
    QList<int> m_top;
    QList<int> m_servers;
    QStringList m_siteIds;
    QStringList m_warnings;
};

} // namespace certpilot
