// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interchange/importcommitpage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace attain {

ImportCommitPage::ImportCommitPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Import"));
    m_progress = new QProgressBar(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importSummary"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
}

void ImportCommitPage::initializePage()
{
    m_done = false;
    QMetaObject::invokeMethod(this, &ImportCommitPage::import, Qt::QueuedConnection);
}

namespace {

/// What the import changed in closed periods, a line each.
QString closedText(const ImportReport &r)
{
    QString out;
    for (const auto &[period, changes] : r.closedChanges)
        out += ImportCommitPage::tr("%n change(s) fell in %1, a closed period: its frozen figures stay; the "
                                    "changes are listed as its discrepancies.",
                                    nullptr, int(changes))
                   .arg(period) +
               QLatin1Char('\n');
    return out;
}

} // namespace

void ImportCommitPage::import()
{
    const ImportReport r = m_wizard->run(false, m_progress, m_status);
    m_done = true;
    if (r.cancelled)
        m_status->setText(tr("Cancelled. Nothing was imported."));
    else if (!r.ok() && !r.problems.isEmpty() && r.problems.first().row == 0)
        m_status->setText(tr("Nothing was imported: %1").arg(r.problems.first().message));
    else if (!r.ok())
        m_status->setText(tr("Nothing was imported: the file changed since it was checked (%n problem(s)).",
                             nullptr, int(r.problemCount)));
    else
        m_status->setText(
            tr("Imported. Added %1, updated %2, unchanged %3; %4 new members and %5 new customers.")
                .arg(r.inserted)
                .arg(r.updated)
                .arg(r.unchanged)
                .arg(r.createdMembers)
                .arg(r.createdCustomers) +
            QLatin1Char('\n') + closedText(r) +
            (m_wizard->wasUndoable()
                 ? tr("Edit ▸ Undo takes the whole import back.")
                 : tr("This import is too large to undo step by step; Edit ▸ Undo stops before it. A backup "
                      "of the workspace from before it is kept (File ▸ Backups…).")));
    wizard()->button(QWizard::CancelButton)->setEnabled(false);
    Q_EMIT completeChanged();
}

} // namespace attain
