// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace certpilot::ossl {

// Initialises OpenSSL (configuration, error strings, TLS) on the calling
// thread. Call first thing in main(): when a worker thread happens to be the
// first to use OpenSSL, 3.0 gives that thread's error state no clean-up at
// thread exit, and it leaks.
void initializeLibrary();

} // namespace certpilot::ossl
