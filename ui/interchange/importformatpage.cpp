// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interchange/importformatpage.h"

#include "ui/interchange/importpreview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain {

ImportFormatPage::ImportFormatPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Encoding and delimiter"));
    setSubTitle(tr("Detected from the file; change them if the preview does not look right."));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(QString(), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16"));
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), QStringLiteral("gb18030"));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->addItem(QString(), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_table = ImportPreview::makeTable(this);
    m_table->setObjectName(QStringLiteral("formatPreview"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Encoding:"), this));
    row->addWidget(m_encoding);
    row->addSpacing(16);
    row->addWidget(new QLabel(tr("Delimiter:"), this));
    row->addWidget(m_delimiter);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::refresh);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFormatPage::refresh);
}

CsvReader::Options ImportFormatPage::csvOptions() const
{
    CsvReader::Options o;
    o.encoding = m_encoding->currentData().toString();
    const QString d = m_delimiter->currentData().toString();
    o.delimiter = d.isEmpty() ? QChar() : d.front();
    return o;
}

void ImportFormatPage::initializePage()
{
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    refresh();
}

void ImportFormatPage::refresh()
{
    const ImportPreview p = ImportPreview::read(m_wizard->file(), csvOptions());
    m_ok = p.error.isEmpty() && !p.rows.isEmpty();
    m_error->setText(p.error.isEmpty() ? (p.rows.isEmpty() ? tr("The file is empty.") : QString()) : p.error);
    m_error->setVisible(!m_error->text().isEmpty());
    if (m_encoding->currentIndex() == 0)
        m_encoding->setItemText(0, tr("Detected: %1").arg(p.encoding.toUpper()));
    if (m_delimiter->currentIndex() == 0)
        m_delimiter->setItemText(0, tr("Detected: %1")
                                        .arg(p.delimiter == u'\t'  ? tr("Tab")
                                             : p.delimiter == u';' ? tr("Semicolon")
                                                                   : tr("Comma")));
    ImportPreview::fill(m_table, p.rows.mid(1), p.rows.value(0));
    QStringList numbers; // spreadsheet rows: the header is row 1
    for (int r = 0; r < m_table->rowCount(); ++r)
        numbers << QString::number(r + 2);
    m_table->setVerticalHeaderLabels(numbers);
    Q_EMIT completeChanged();
}

} // namespace attain
