// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/interchange/importwizard.h"

#include "core/interchange/csvreader.h"
#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace attain {

/// Step 2: the encoding and the delimiter, detected and changeable, with a live preview of the first rows.
class ImportFormatPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)

public:
    explicit ImportFormatPage(ImportWizard *wizard);

    CsvReader::Options csvOptions() const;
    void initializePage() override;
    bool isComplete() const override { return m_ok; }
    void refresh();

private:
    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_error;
    QTableWidget *m_table;
    bool m_ok = false;
};

} // namespace attain
