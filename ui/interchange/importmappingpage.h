// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/interchange/importwizard.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace attain {

/// Step 3: which column of the file is which of the kind's; the choices can be remembered per kind.
class ImportMappingPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_missingKeys.isEmpty() && m_duplicates.isEmpty(); }
    bool validatePage() override;
    QStringList chosenKeys() const;

private:
    void update();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_missing;
    QCheckBox *m_remember;
    QStringList m_header;
    QList<QComboBox *> m_choosers;
    QStringList m_missingKeys, m_duplicates;
};

} // namespace attain
