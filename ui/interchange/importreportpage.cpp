// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interchange/importreportpage.h"

#include "core/interchange/csvwriter.h"
#include "core/storage/outputfile.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace attain {

ImportReportPage::ImportReportPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is checked against the rules. Nothing has been written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_progress = new QProgressBar(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("checkSummary"));
    m_created = new QListWidget(this);
    m_created->setObjectName(QStringLiteral("createdRecords"));
    m_created->setMaximumHeight(110);
    m_model = new QStandardItemModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_problems = new QTableView(this);
    m_problems->setObjectName(QStringLiteral("problemTable"));
    m_problems->setModel(proxy);
    m_problems->setSortingEnabled(true);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_save = new QPushButton(tr("Save the Report…"), this);
    m_save->setObjectName(QStringLiteral("saveReport"));
    connect(m_save, &QPushButton::clicked, this, &ImportReportPage::saveReport);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_save);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_createdLabel = new QLabel(tr("Will be created:"), this);
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_progress);
    m_layout->addWidget(m_status);
    m_layout->addWidget(m_createdLabel);
    m_layout->addWidget(m_created);
    m_layout->addWidget(m_problems, 1);
    m_layout->addStretch(1); // takes the room while there is no table of problems
    m_layout->addLayout(bottom);
}

void ImportReportPage::initializePage()
{
    m_model->clear();
    m_created->clear();
    m_created->hide();
    m_createdLabel->hide();
    m_problems->hide();
    m_save->hide();
    m_checked = false;
    // Check once the page is on screen, so its progress bar shows.
    QMetaObject::invokeMethod(this, &ImportReportPage::check, Qt::QueuedConnection);
}

void ImportReportPage::check()
{
    const ImportReport r = m_wizard->run(true, m_progress, m_status);
    m_checked = true;
    if (r.cancelled) {
        m_status->setText(tr("The check was stopped. Go back, or close the wizard."));
        Q_EMIT completeChanged();
        return;
    }
    QStringList summary;
    summary << tr("%n row(s) read.", nullptr, int(r.rows));
    if (r.ok()) {
        summary << tr("To add: %1 · to update: %2 · unchanged: %3")
                       .arg(r.inserted)
                       .arg(r.updated)
                       .arg(r.unchanged);
        // Said before it is done (issue "Exact numbers" 4): what falls in a closed period.
        for (const auto &[period, changes] : r.closedChanges)
            summary
                << tr("%n change(s) fall in %1, a closed period: its frozen figures stay, and the changes "
                      "will be listed as its discrepancies.",
                      nullptr, int(changes))
                       .arg(period);
        if (r.kind == ImportKind::FinanceReturn && !r.notApplied.isEmpty())
            summary << tr("%n confirmation(s) match no deal or disagree with it and will not be applied "
                          "(listed below).",
                          nullptr, int(r.notApplied.size()));
    } else {
        summary << tr("%n problem(s) found: nothing can be imported until the file is corrected.", nullptr,
                      int(r.problemCount));
        if (r.problemCount > r.problems.size())
            summary << tr("The first %1 are listed.").arg(r.problems.size());
    }
    m_status->setText(summary.join(QLatin1Char('\n')));
    for (const QString &login : r.newMembers)
        m_created->addItem(tr("New member (rep): %1").arg(login));
    for (const QString &name : r.newCustomers)
        m_created->addItem(tr("New customer: %1").arg(name));
    if (r.createdMembers > r.newMembers.size() || r.createdCustomers > r.newCustomers.size())
        m_created->addItem(
            tr("… %1 new members and %2 new customers in all").arg(r.createdMembers).arg(r.createdCustomers));
    m_created->setVisible(m_created->count() > 0);
    m_createdLabel->setVisible(m_created->count() > 0);
    const Problems &listed = r.ok() ? r.notApplied : r.problems;
    m_model->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Reason")});
    for (const Problem &p : listed) {
        auto *row = new QStandardItem(QString::number(p.row));
        row->setData(p.row, Qt::UserRole);
        QList<QStandardItem *> items{row, new QStandardItem(p.field), new QStandardItem(p.value),
                                     new QStandardItem(p.message)};
        for (int i = 1; i < items.size(); ++i)
            items.at(i)->setData(items.at(i)->text(), Qt::UserRole);
        m_model->appendRow(items);
    }
    m_problems->setVisible(!listed.isEmpty());
    m_layout->setStretch(5, listed.isEmpty() ? 1 : 0);
    m_save->setVisible(!listed.isEmpty());
    m_problems->resizeColumnsToContents();
    m_problems->sortByColumn(0, Qt::AscendingOrder);
    Q_EMIT completeChanged();
}

void ImportReportPage::saveReport()
{
    const QString out = FileDialogs::saveFile(
        this, tr("Save the Report"),
        QFileInfo(m_wizard->file()).absolutePath() + QStringLiteral("/") +
            QFileInfo(m_wizard->file()).completeBaseName() + QStringLiteral("-problems.csv"),
        tr("CSV files (*.csv)"));
    if (out.isEmpty())
        return;
    CsvWriter writer(CsvWriter::Encoding::Utf8Bom, {tr("Row"), tr("Column"), tr("Value"), tr("Reason")},
                     {true, false, false, false});
    for (int r = 0; r < m_problems->model()->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < 4; ++c)
            cells << m_problems->model()->index(r, c).data().toString();
        writer.addRow(cells, r + 2);
    }
    if (Status st = OutputFile::write(out, writer.bytes(), {m_wizard->file()}); !st)
        Messages::error(this, tr("Cannot save the report"), st.message());
}

} // namespace attain
