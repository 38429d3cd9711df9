// SPDX-License-Identifier: GPL-3.0-or-later
// The Apache httpd configuration reader (platform/binding/ApacheConfig): the
// input is apache2.conf plus included files (see fuzz::writeTree), read as
// the binder reads a server's configuration; every virtual host found is
// looked up again and its directives listed.

#include "binding/ApacheConfig.h"
#include "FuzzSupport.h"

using namespace certpilot;

namespace {

QString root()
{
    static const QString dir = [] {
        std::atexit([] { QDir(fuzz::scratchDir("apache")).removeRecursively(); });
        return fuzz::scratchDir("apache");
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    fuzz::writeTree(root(), input, QStringLiteral("apache2.conf"));
    const auto config = ApacheConfig::read(root(), QStringLiteral("apache2.conf"));
    if (config) {
        const ApacheConfig& c = config.value();
        for (const Site& site : c.sites()) {
            (void)site.displayName();
            const int vhost = c.virtualHostNode(site.id);
            if (vhost < 0)
                __builtin_trap();
            (void)c.hostDirectives(vhost);
        }
        for (int f = 0; f < c.files().size(); ++f)
            (void)c.virtualHostsUsingFile(f);
        (void)c.listensOn(443);
        // Arguments as the editor writes them back.
        for (const auto& node : c.nodes())
            for (const auto& word : node.args)
                (void)ApacheConfig::quote(word.value);
    } else {
        (void)config.error().fullText();
    }
    return 0;
}
