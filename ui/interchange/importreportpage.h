// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/interchange/importwizard.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace attain {

/// Step 4: every row checked with nothing written — a sortable table of problems that can be saved, and
/// what the import would create.
class ImportReportPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)

public:
    explicit ImportReportPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_checked && m_wizard->report().ok(); }

    void check();

    void saveReport();

private:
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_created;
    QLabel *m_createdLabel;
    QVBoxLayout *m_layout;
    QStandardItemModel *m_model;
    QTableView *m_problems;
    QPushButton *m_save;
    bool m_checked = false;
};

} // namespace attain
