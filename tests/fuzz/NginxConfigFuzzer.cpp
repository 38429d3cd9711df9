// SPDX-License-Identifier: GPL-3.0-or-later
// The nginx configuration reader (platform/binding NginxTokenizer,
// NginxConfig): the input is nginx.conf plus included files (see
// fuzz::writeTree), read as the binder reads a server's configuration, then
// every site found is looked up again. The tokenizer also gets the raw bytes,
// and every word it returns must survive quote() and a second tokenize().

#include "FuzzSupport.h"
#include "binding/NginxConfig.h"
#include "binding/NginxTokenizer.h"

using namespace certpilot;

namespace {

QString root()
{
    static const QString dir = [] {
        std::atexit([] { QDir(fuzz::scratchDir("nginx")).removeRecursively(); });
        return fuzz::scratchDir("nginx");
    }();
    return dir;
}

void roundTrip(const QByteArray& input)
{
    QList<NginxTokenizer::Token> tokens;
    QString error;
    if (!NginxTokenizer::tokenize(input, &tokens, &error))
        return;
    for (const auto& t : tokens) {
        if (t.start < 0 || t.end > input.size() || t.start > t.end)
            __builtin_trap();
        if (t.kind != NginxTokenizer::Kind::Word)
            continue;
        const QByteArray quoted = NginxTokenizer::quote(t.value) + ';';
        QList<NginxTokenizer::Token> again;
        if (!NginxTokenizer::tokenize(quoted, &again, &error) || again.size() != 2 || again[0].value != t.value)
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    roundTrip(input);
    fuzz::writeTree(root(), input, QStringLiteral("nginx.conf"));
    const auto config = NginxConfig::read(root(), QStringLiteral("nginx.conf"));
    if (config) {
        const NginxConfig& c = config.value();
        for (const Site& site : c.sites()) {
            (void)site.displayName();
            if (c.serverNode(site.id) < 0)
                __builtin_trap();
        }
        for (int f = 0; f < c.files().size(); ++f)
            (void)c.serversUsingFile(f);
    } else {
        (void)config.error().fullText();
    }
    return 0;
}
