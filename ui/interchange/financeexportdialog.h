// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;

namespace attain {

class Session;

/// File ▸ Export ▸ Finance Handoff: a period, a format (CSV for Excel, CSV in GB18030, an Excel
/// workbook), a look at what will be written (rows and total), then the file and its manifest.
class FinanceExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FinanceExportDialog(Session &session, QWidget *parent = nullptr);
    Period period() const;
    void setPeriod(const Period &period);
    /// Writes the file (asking where); true when written.
    bool exportTo(const QString &path);
    QString lastWritten() const { return m_written; }

private:
    void updateSummary();
    void choose();

    Session &m_session;
    class PeriodPicker *m_period;
    QRadioButton *m_utf8;
    QRadioButton *m_gb18030;
    QRadioButton *m_xlsx;
    QLabel *m_summary;
    QString m_written;
};

} // namespace attain
