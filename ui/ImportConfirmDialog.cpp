// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportConfirmDialog.h"

#include "CertificateFields.h"
#include "StatusIcons.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certpilot {

ImportConfirmDialog::ImportConfirmDialog(const ImportPlan& plan, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importConfirmDialog"));
    setWindowTitle(tr("Import Certificates"));
    const int count = plan.importCount();

    auto* intro = new QLabel(count > 0 ? tr("Certificates to import: %1").arg(count)
                                       : tr("Nothing in these files can be imported."),
                             this);
    intro->setObjectName(QStringLiteral("importSummaryLabel"));

    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("importTreeWidget"));
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setHeaderLabels({tr("Certificate"), tr("Type"), tr("Store"), tr("Private key"), tr("Note"),
                          tr("Status after import")});
    for (const ImportPlan::Item& item : plan.items()) {
        auto* row = new QTreeWidgetItem(tree);
        row->setText(0, item.certificate.subject().displayName());
        row->setToolTip(0, tr("%1\nfrom %2").arg(item.certificate.subject().toString(), item.sourceName));
        row->setText(1, ImportPlan::roleName(item.role));
        row->setText(2, StoreKindText::displayName(item.destination));
        row->setText(3, item.handsOffToCompleteRequest() ? tr("Yes, from the pending request")
                        : item.key.isNull()              ? QString()
                                                         : tr("Yes, from %1").arg(item.keySourceName));
        row->setText(4, item.action == ImportPlan::Action::AddKey ? tr("Adds the missing private key.")
                                                                   : item.note);
        row->setText(5, ImportPlan::statusText(item));
        row->setToolTip(5, ImportPlan::statusReason(item));
        row->setIcon(5, StatusIcons::forStatus(item.chainAfter.trusted ? ChainStatus::Ok : item.chainAfter.status));
        row->setIcon(0, StatusIcons::icon(item.action == ImportPlan::Action::Skip ? StatusIcons::Kind::Checking
                                                                                   : StatusIcons::Kind::Ok));
    }
    for (int column = 0; column < tree->columnCount() - 1; ++column)
        tree->resizeColumnToContents(column);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tree, 1);
    if (plan.addsTrustedRoot())
        layout->addWidget(makeTrustWarning(plan));
    if (!plan.problems().isEmpty()) {
        auto* problems = new QLabel(problemsText(plan), this);
        problems->setObjectName(QStringLiteral("importProblemsLabel"));
        problems->setTextFormat(Qt::PlainText);
        problems->setWordWrap(true);
        problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(problems);
    }

    auto* buttons = new QDialogButtonBox(count > 0 ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                   : QDialogButtonBox::Close,
                                         this);
    if (count > 0) {
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
        buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importButton"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, plan.addsTrustedRoot() ? 560 : 400);
}

QWidget* ImportConfirmDialog::makeTrustWarning(const ImportPlan& plan)
{
    auto* box = new QGroupBox(tr("Trust decision"), this);
    box->setObjectName(QStringLiteral("trustWarningGroupBox"));
    auto* icon = new QLabel(box);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto* text = new QLabel(tr("Installing a root certificate makes this computer trust every certificate it "
                               "issues. Compare these fingerprints with the ones your CA publishes (on its web "
                               "site or by phone) before you import."),
                            box);
    text->setObjectName(QStringLiteral("trustWarningLabel"));
    text->setWordWrap(true);

    QStringList lines;
    for (const ImportPlan::Item& item : plan.items()) {
        if (item.role != ImportPlan::Role::Root || item.action != ImportPlan::Action::Add)
            continue;
        lines << item.certificate.subject().displayName()
              << tr("  SHA-1:   %1").arg(CertificateFields::colonHex(item.certificate.sha1()))
              << tr("  SHA-256: %1").arg(CertificateFields::colonHex(item.certificate.sha256()));
    }
    auto* fingerprints = new QPlainTextEdit(lines.join(QLatin1Char('\n')), box);
    fingerprints->setObjectName(QStringLiteral("fingerprintsTextEdit"));
    fingerprints->setReadOnly(true);
    fingerprints->setLineWrapMode(QPlainTextEdit::NoWrap);
    fingerprints->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int lineHeight = fingerprints->fontMetrics().lineSpacing();
    fingerprints->setFixedHeight(lineHeight * int(std::min<qsizetype>(lines.size(), 6)) + 16);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(fingerprints);
    return box;
}

QString ImportConfirmDialog::problemsText(const ImportPlan& plan) const
{
    QStringList lines{tr("Not imported:")};
    for (const ImportPlan::Problem& p : plan.problems())
        lines << tr("• %1: %2").arg(p.sourceName, p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace certpilot
