// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interchange/financeexportdialog.h"

#include "core/domain/money.h"
#include "core/interchange/financehandoff.h"
#include "core/interchange/xlsxhandoff.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace attain {

namespace {

QString totalText(const QMap<QString, qint64> &totals)
{
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        parts << Money(it.value(), it.key()).format(QLocale());
    return parts.isEmpty() ? Money(0).format(QLocale()) : parts.join(QStringLiteral(" + "));
}

} // namespace

FinanceExportDialog::FinanceExportDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("financeExportDialog"));
    setWindowTitle(tr("Finance Handoff"));
    auto *intro = new QLabel(tr("The period's won deals, one row per credited member, in the columns finance "
                                "expects. A manifest with the row count, the total in fen and a SHA-256 "
                                "checksum is written beside the file."),
                             this);
    intro->setWordWrap(true);
    m_period = new PeriodPicker(this);
    m_period->setObjectName(QStringLiteral("handoffPeriod"));
    m_period->setToday(m_session.workspace().clock().now().date());
    // Finance usually closes the month just ended.
    m_period->setPeriod(Period::monthOf(m_session.workspace().clock().now().date()).previous());
    m_utf8 = new QRadioButton(tr("CSV for Excel (UTF-8 with BOM)"), this);
    m_gb18030 = new QRadioButton(tr("CSV in GB18030 (older Chinese systems)"), this);
    m_xlsx = new QRadioButton(tr("Excel workbook (.xlsx)"), this);
    m_xlsx->setObjectName(QStringLiteral("handoffXlsx"));
    m_gb18030->setObjectName(QStringLiteral("handoffGb18030"));
    const QString format =
        QSettings().value(QStringLiteral("handoff/format"), QStringLiteral("utf8")).toString();
    (format == QLatin1String("xlsx")      ? m_xlsx
     : format == QLatin1String("gb18030") ? m_gb18030
                                          : m_utf8)
        ->setChecked(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("handoffSummary"));
    auto *formats = new QVBoxLayout;
    formats->addWidget(m_utf8);
    formats->addWidget(m_gb18030);
    formats->addWidget(m_xlsx);
    auto *form = new QFormLayout;
    form->addRow(tr("Period:"), m_period);
    form->addRow(tr("Format:"), formats);
    form->addRow(tr("Will write:"), m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &FinanceExportDialog::choose);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_period, &PeriodPicker::periodChanged, this, &FinanceExportDialog::updateSummary);
    updateSummary();
    resize(520, sizeHint().height());
}

Period FinanceExportDialog::period() const
{
    return m_period->period();
}

void FinanceExportDialog::setPeriod(const Period &period)
{
    m_period->setPeriod(period);
}

void FinanceExportDialog::updateSummary()
{
    const auto table = FinanceHandoff::deals(m_session.workspace(), period());
    if (!table) {
        m_summary->setText(table.message());
        return;
    }
    const QString figures =
        table->frozen ? tr("Closed on %1: frozen figures, as they were at the close.").arg(table->closedOn)
        : table->closedOn.isEmpty()
            ? tr("Open period: live figures.")
            : tr("Closed on %1, before Attain kept its deals: live figures.").arg(table->closedOn);
    m_summary->setText(tr("%n row(s), credited total %1", nullptr, int(table->rows.size()))
                           .arg(totalText(table->totalMinor)) +
                       QLatin1Char('\n') + figures);
}

void FinanceExportDialog::choose()
{
    const bool xlsx = m_xlsx->isChecked();
    const QString dir = QSettings().value(QStringLiteral("handoff/dir"), QDir::homePath()).toString();
    const QString name = QStringLiteral("attain-deals-%1.%2")
                             .arg(period().toString(), xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    const QString path =
        FileDialogs::saveFile(this, tr("Export the Finance Handoff"), dir + QLatin1Char('/') + name,
                              xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (exportTo(path))
        accept();
}

bool FinanceExportDialog::exportTo(const QString &path)
{
    QSettings settings;
    settings.setValue(QStringLiteral("handoff/dir"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("handoff/format"), m_xlsx->isChecked()      ? QStringLiteral("xlsx")
                                                        : m_gb18030->isChecked() ? QStringLiteral("gb18030")
                                                                                 : QStringLiteral("utf8"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = XlsxHandoff::writeHandoff(
        m_session.workspace(), period(), path,
        m_xlsx->isChecked()
            ? std::nullopt
            : std::optional<CsvWriter::Encoding>(m_gb18030->isChecked() ? CsvWriter::Encoding::Gb18030
                                                                        : CsvWriter::Encoding::Utf8Bom));
    QApplication::restoreOverrideCursor();
    if (!written) {
        QStringList lines;
        for (const Problem &p : written.problems())
            lines << (p.row > 0 ? tr("Row %1, %2: %3").arg(p.row).arg(p.field, p.message) : p.message);
        Messages::error(this, tr("The handoff was not written"),
                        lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                            tr("Any earlier file of that name is unchanged."));
        return false;
    }
    m_written = path;
    Messages::info(
        this, tr("Finance Handoff"),
        tr("Wrote %n row(s), credited total %1, to %2.\nThe manifest is %3.", nullptr, written->at(0).rows)
                .arg(totalText(written->at(0).totalMinor), QDir::toNativeSeparators(path),
                     QFileInfo(written->at(0).manifestPath).fileName()) +
            QStringLiteral("\n\n") +
            tr("Payouts: %n member(s), total %1, in %2.", nullptr, written->at(1).rows)
                .arg(totalText(written->at(1).totalMinor), QFileInfo(written->at(1).path).fileName()));
    return true;
}

} // namespace attain
