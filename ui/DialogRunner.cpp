// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogRunner.h"

#include <QDialog>
#include <QList>

namespace certpilot {

namespace {
QList<int>& answers()
{
    static QList<int> queue;
    return queue;
}
DialogRunner::Handler& handler()
{
    static DialogRunner::Handler h;
    return h;
}
} // namespace

int DialogRunner::exec(QDialog& dialog)
{
    if (!answers().isEmpty())
        return answers().takeFirst();
    if (handler())
        return handler()(dialog);
    return dialog.exec();
}

void DialogRunner::setNextAnswer(int result) { answers().append(result); }

void DialogRunner::setHandler(Handler h) { handler() = std::move(h); }

void DialogRunner::reset()
{
    answers().clear();
    handler() = {};
}

} // namespace certpilot
