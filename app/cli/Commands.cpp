// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace certpilot::cli {

QList<Command> commands()
{
    return {
        {QStringLiteral("list"), CliContext::tr("List the certificates of the store."), runList},
        {QStringLiteral("show"), CliContext::tr("Show every field of a certificate."), runShow},
        {QStringLiteral("verify"), CliContext::tr("Check a certificate's chain (store thumbprint or file)."),
         runVerify},
        {QStringLiteral("remove"), CliContext::tr("Move a certificate or request to the trash."), runRemove},
        {QStringLiteral("trash"), CliContext::tr("List the trash, or restore an item from it."), runTrash},
        {QStringLiteral("demo"), CliContext::tr("Fill an empty store with example certificates."), runDemo},
    };
}

} // namespace certpilot::cli
