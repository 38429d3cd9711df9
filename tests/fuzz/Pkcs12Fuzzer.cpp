// SPDX-License-Identifier: GPL-3.0-or-later
// PKCS#12 import (model/pfx Pkcs12Reader, PfxImportPlan): every input is read
// with the right password of the seeds ("fuzz") and with a wrong one, and
// what opens is planned into an empty store and into one that already holds it.
//
// The iteration limits are lowered for fuzzing only: the reader's own limits
// (10 million per derivation) would make one input take seconds, which
// libFuzzer reports as a hang. The limit checks themselves run either way.

#include "FuzzSupport.h"
#include "pfx/PfxImportPlan.h"
#include "pfx/Pkcs12Reader.h"

using namespace certpilot;

namespace {

void plan(const Pkcs12Contents& contents)
{
    for (const auto& c : contents.certificates)
        (void)fuzz::touch(c.certificate);
    (void)contents.info.text();
    const StoreContents empty;
    const auto built = PfxImportPlan::build(contents, empty);
    if (!built)
        return;
    const auto change = built.value().change(PfxImportPlan::Options{true, true, {}, QStringLiteral("x.pfx")}, empty);
    (void)built.value().newRoots();
    (void)change;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    Pkcs12Reader::Options options;
    options.maxIterations = 2048;
    options.maxTotalIterations = 8192;
    for (const char* password : {"fuzz", "wrong password"}) {
        const auto contents = Pkcs12Reader::read(input, SecureBytes(QByteArray(password)), options);
        if (contents)
            plan(contents.value());
        else
            (void)contents.error().fullText();
        fuzz::endInput();
    }
    return 0;
}
