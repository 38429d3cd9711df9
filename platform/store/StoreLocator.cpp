// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreLocator.h"

#include "StoreLocation.h"
#include "pemdir/PemDirStore.h"

#ifdef _WIN32
#include "windows/WindowsCertificateStore.h"
#endif

namespace certpilot {

Result<std::unique_ptr<CertificateStore>> StoreLocator::open(const QString& location)
{
    if (isWindowsStores(location)) {
#ifdef _WIN32
        auto opened = WindowsCertificateStore::open();
        if (!opened)
            return opened.error();
        return std::unique_ptr<CertificateStore>(std::move(opened).value());
#else
        return makeError(ErrorKind::Unsupported,
                         tr("The Windows certificate stores (%1) exist only on Windows. Give a store folder "
                            "instead, for example --store %2.")
                             .arg(windowsStores(), defaultStorePath()));
#endif
    }
    auto opened = PemDirStore::open(location);
    if (!opened)
        return opened.error();
    return std::unique_ptr<CertificateStore>(std::move(opened).value());
}

} // namespace certpilot
