// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interchange/importfilepage.h"

#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/interchange/importpreview.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace attain {

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard)
{
    setTitle(tr("Choose a file"));
    setSubTitle(
        tr("A CSV file saved from Excel, WPS or another system. Nothing is written until the last step."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setPlaceholderText(tr("Path of a .csv or .txt file"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (ImportKind k : ImportKinds::all())
        m_kind->addItem(ImportKinds::label(k), int(k));
    m_columns = new QLabel(this);
    m_columns->setWordWrap(true);
    m_columns->setTextFormat(Qt::RichText);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("File:"), row);
    form->addRow(tr("It holds:"), m_kind);
    form->addRow(QString(), m_columns);
    registerField(QStringLiteral("file*"), m_path);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialogs::openFile(this, tr("Import a CSV File"), QDir::homePath(),
                                                     tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        if (!chosen.isEmpty())
            setFile(chosen);
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] { guessKind(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { describeColumns(); });
    describeColumns();
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    guessKind();
}

ImportKind ImportFilePage::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportFilePage::setKind(ImportKind k)
{
    m_kind->setCurrentIndex(m_kind->findData(int(k)));
}

QString ImportFilePage::file() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ImportFilePage::validatePage()
{
    const QFileInfo info(file());
    if (!info.isFile() || !info.isReadable()) {
        Messages::error(this, tr("Cannot import"),
                        tr("“%1” is not a file that can be read.").arg(m_path->text()));
        return false;
    }
    return true;
}

void ImportFilePage::guessKind()
{
    const ImportPreview p = ImportPreview::read(file(), {});
    if (!p.rows.isEmpty())
        if (const auto k = ImportKinds::guess(p.rows.first()))
            setKind(*k);
}

void ImportFilePage::describeColumns()
{
    QStringList cols;
    for (const ImportColumn &c : ImportKinds::columns(kind()))
        cols << (c.required ? QStringLiteral("<b>%1</b> (%2)*") : QStringLiteral("%1 (%2)"))
                    .arg(c.key.toHtmlEscaped(), c.alias.toHtmlEscaped());
    m_columns->setText(tr("Columns, in any order, by these names or their Chinese names (* = required):") +
                       QStringLiteral("<br>") + cols.join(QStringLiteral(", ")));
}

} // namespace attain
