// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindingServices.h"

#include <QMutex>

namespace certpilot {

namespace {
QMutex g_mutex;
BindingServices g_services;
} // namespace

void BindingServices::install(const BindingServices& services)
{
    QMutexLocker lock(&g_mutex);
    g_services = services;
}

BindingServices BindingServices::installed()
{
    QMutexLocker lock(&g_mutex);
    return g_services;
}

} // namespace certpilot
