// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextWalker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QWizard>

namespace certpilot::test {

namespace {

QString describe(const QObject* object)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(object->metaObject()->className()), object->objectName());
}

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

void add(QList<VisibleText>& out, const QString& text, const QString& where)
{
    const QString shown = plain(text).trimmed();
    if (!shown.isEmpty())
        out.append({shown, where});
}

void addActions(QList<VisibleText>& out, const QList<QAction*>& actions, const QString& where)
{
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        add(out, action->text(), where + QStringLiteral(" action '%1'").arg(action->objectName()));
        add(out, action->toolTip() == QString(action->text()).remove(QLatin1Char('&')) ? QString() : action->toolTip(),
            where + QStringLiteral(" tooltip of '%1'").arg(action->objectName()));
        add(out, action->statusTip(), where + QStringLiteral(" status tip of '%1'").arg(action->objectName()));
        if (action->menu())
            addActions(out, action->menu()->actions(), where + QStringLiteral(" > ") + action->text());
    }
}

void addWidget(QList<VisibleText>& out, QWidget* w)
{
    const QString where = describe(w);
    if (w->isWindow())
        add(out, w->windowTitle(), where + QStringLiteral(" title"));
    add(out, w->toolTip(), where + QStringLiteral(" tooltip"));
    add(out, w->whatsThis(), where + QStringLiteral(" what's this"));
    if (auto* label = qobject_cast<QLabel*>(w))
        add(out, label->text(), where);
    else if (auto* button = qobject_cast<QAbstractButton*>(w); button && !qobject_cast<QToolButton*>(w))
        add(out, button->text(), where);
    else if (auto* group = qobject_cast<QGroupBox*>(w))
        add(out, group->title(), where);
    else if (auto* edit = qobject_cast<QLineEdit*>(w))
        add(out, edit->placeholderText(), where + QStringLiteral(" placeholder"));
    else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
        add(out, text->placeholderText(), where + QStringLiteral(" placeholder"));
    else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            add(out, combo->itemText(i), where + QStringLiteral(" item %1").arg(i));
    } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            add(out, tabs->tabText(i), where + QStringLiteral(" tab %1").arg(i));
    } else if (auto* wizard = qobject_cast<QWizard*>(w)) {
        for (int id : wizard->pageIds()) {
            add(out, wizard->page(id)->title(), where + QStringLiteral(" page %1 title").arg(id));
            add(out, wizard->page(id)->subTitle(), where + QStringLiteral(" page %1 subtitle").arg(id));
        }
    } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
        const QAbstractItemModel* model = view->model();
        for (int c = 0; c < model->columnCount(); ++c)
            add(out, model->headerData(c, Qt::Horizontal).toString(), where + QStringLiteral(" header %1").arg(c));
    }
    addActions(out, w->actions(), where);
}

bool visibleTo(const QWidget* w, const QWidget* root)
{
    return w->isVisibleTo(const_cast<QWidget*>(root)) && w->width() > 0 && w->height() > 0;
}

} // namespace

QList<VisibleText> collectTexts(QWidget* root)
{
    QList<VisibleText> out;
    addWidget(out, root);
    for (QWidget* w : root->findChildren<QWidget*>())
        addWidget(out, w);
    return out;
}

QStringList layoutProblems(QWidget* root)
{
    QStringList problems;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!visibleTo(w, root))
            continue;
        auto* label = qobject_cast<QLabel*>(w);
        auto* button = qobject_cast<QAbstractButton*>(w);
        const bool wraps = label && label->wordWrap();
        if ((label && !wraps && !label->text().isEmpty() && label->pixmap().isNull())
            || (button && !qobject_cast<QToolButton*>(w) && !button->text().isEmpty())) {
            const int needed = w->minimumSizeHint().width();
            if (w->width() < needed)
                problems << QStringLiteral("%1 \"%2\" is %3 px wide but its text needs %4 px")
                                .arg(describe(w), plain(label ? label->text() : button->text()))
                                .arg(w->width())
                                .arg(needed);
        }
        // Overlap between visible siblings that a layout placed.
        if (!label && !button)
            continue;
        for (QObject* other : w->parent()->children()) {
            auto* sibling = qobject_cast<QWidget*>(other);
            if (!sibling || sibling == w || !visibleTo(sibling, root) || sibling < w)
                continue;
            if (!qobject_cast<QLabel*>(sibling) && !qobject_cast<QAbstractButton*>(sibling))
                continue;
            if (w->geometry().intersects(sibling->geometry()))
                problems << QStringLiteral("%1 overlaps %2").arg(describe(w), describe(sibling));
        }
    }
    return problems;
}

} // namespace certpilot::test
