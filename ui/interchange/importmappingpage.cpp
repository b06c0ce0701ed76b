// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interchange/importmappingpage.h"

#include "ui/common/session.h"
#include "ui/interchange/importformatpage.h"
#include "ui/interchange/importpreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain {

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Each column of the file and what it is. Columns named as the brief names them are "
                   "matched already."));
    m_table = ImportPreview::makeTable(this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("missingColumns"));
    m_remember = new QCheckBox(tr("Remember these choices for files of this kind"), this);
    m_remember->setObjectName(QStringLiteral("rememberMapping"));
    m_remember->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_remember);
}

void ImportMappingPage::initializePage()
{
    auto *format = static_cast<ImportFormatPage *>(m_wizard->page(ImportWizard::FormatPage));
    const ImportPreview p = ImportPreview::read(m_wizard->file(), format->csvOptions());
    m_header = p.rows.value(0);
    const ImportKind kind = m_wizard->kind();
    const QStringList mapped =
        ImportKinds::mapHeader(kind, m_header, Importer::savedMapping(m_wizard->session().workspace(), kind));
    // Row 0 holds a chooser per column; the file's first rows follow.
    QList<QStringList> rows{QStringList(m_header.size(), QString())};
    rows << p.rows.mid(1, 10);
    ImportPreview::fill(m_table, rows, m_header);
    QStringList numbers{QString()};
    for (int r = 1; r < m_table->rowCount(); ++r)
        numbers << QString::number(r + 1);
    m_table->setVerticalHeaderLabels(numbers);
    m_table->setRowHeight(0, m_table->fontMetrics().height() + 16);
    m_choosers.clear();
    for (int c = 0; c < m_header.size(); ++c) {
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("— not imported —"), QString());
        for (const ImportColumn &col : ImportKinds::columns(kind))
            combo->addItem(col.required ? tr("%1 (%2) *").arg(col.key, col.alias)
                                        : tr("%1 (%2)").arg(col.key, col.alias),
                           col.key);
        combo->setCurrentIndex(qMax(0, combo->findData(mapped.value(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::update);
        m_table->setCellWidget(0, c, combo);
        m_table->setColumnWidth(c, qMax(m_table->columnWidth(c), combo->sizeHint().width()));
        m_choosers << combo;
    }
    update();
}

bool ImportMappingPage::validatePage()
{
    m_wizard->m_mapping.clear();
    const QStringList automatic = ImportKinds::mapHeader(m_wizard->kind(), m_header);
    QHash<QString, QString> chosen;
    for (int c = 0; c < m_choosers.size(); ++c) {
        const QString key = m_choosers.at(c)->currentData().toString();
        m_wizard->m_mapping.insert(m_header.at(c), key);
        if (key != automatic.value(c))
            chosen.insert(m_header.at(c), key);
    }
    if (m_remember->isChecked() && !chosen.isEmpty()) {
        QHash<QString, QString> saved =
            Importer::savedMapping(m_wizard->session().workspace(), m_wizard->kind());
        saved.insert(chosen);
        Importer::saveMapping(m_wizard->session().workspace(), m_wizard->kind(), saved);
    }
    return true;
}

QStringList ImportMappingPage::chosenKeys() const
{
    QStringList keys;
    for (QComboBox *c : m_choosers)
        keys << c->currentData().toString();
    return keys;
}

void ImportMappingPage::update()
{
    const QStringList keys = chosenKeys();
    m_missingKeys = ImportKinds::missingColumns(m_wizard->kind(), keys);
    m_duplicates.clear();
    for (const QString &k : keys)
        if (!k.isEmpty() && keys.count(k) > 1 && !m_duplicates.contains(k))
            m_duplicates << k;
    QStringList lines;
    if (!m_missingKeys.isEmpty())
        lines << tr("Still needed: %1").arg(m_missingKeys.join(QStringLiteral(", ")));
    if (!m_duplicates.isEmpty())
        lines << tr("Chosen for more than one column: %1").arg(m_duplicates.join(QStringLiteral(", ")));
    m_missing->setText(lines.isEmpty() ? tr("Every required column is there.")
                                       : lines.join(QLatin1Char('\n')));
    m_missing->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    Q_EMIT completeChanged();
}

} // namespace attain
