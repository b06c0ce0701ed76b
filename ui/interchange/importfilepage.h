// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/interchange/importwizard.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace attain {

/// Step 1 of the import: the file, and what kind of records it holds (guessed from its header).
class ImportFilePage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)

public:
    explicit ImportFilePage(ImportWizard *wizard);

    void setFile(const QString &path);
    ImportKind kind() const;
    void setKind(ImportKind k);
    QString file() const;

    bool validatePage() override;

private:
    void guessKind();
    void describeColumns();

    QLineEdit *m_path;
    QComboBox *m_kind;
    QLabel *m_columns;
};

} // namespace attain
