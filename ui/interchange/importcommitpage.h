// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/interchange/importwizard.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace attain {

/// Step 5: the import itself, on a worker thread, with progress and Cancel to the last phase.
class ImportCommitPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)

public:
    explicit ImportCommitPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override { return m_done; }

    void import();

private:
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    bool m_done = false;
};

} // namespace attain
