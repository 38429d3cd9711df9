// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/Pkcs12Contents.h"

namespace certpilot {

int Pkcs12Contents::certificateFor(const PrivateKey& key) const
{
    for (int i = 0; i < certificates.size(); ++i) {
        if (key.matches(certificates.at(i).certificate))
            return i;
    }
    return -1;
}

} // namespace certpilot
