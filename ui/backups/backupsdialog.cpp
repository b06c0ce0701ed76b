// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backups/backupsdialog.h"

#include "core/domain/clock.h"
#include "core/storage/backups.h"
#include "core/storage/schema.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace attain {

namespace {
enum Column
{
    Taken,
    Why,
    Size,
    ColumnCount
};
} // namespace

BackupsDialog::BackupsDialog(const QString &workspacePath, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_path(workspacePath), m_clock(clock)
{
    setObjectName(QStringLiteral("backupsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Taken, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Why, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(Size, QHeaderView::ResizeToContents);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noBackups"));
    m_empty->setWordWrap(true);
    m_backUp = new QPushButton(this);
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_showFolder = new QPushButton(this);
    m_openCopy = new QPushButton(this);
    m_openCopy->setObjectName(QStringLiteral("openCopy"));
    m_restore = new QPushButton(this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_close = new QPushButton(this);
    m_close->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_showFolder);
    buttons->addStretch(1);
    buttons->addWidget(m_openCopy);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &BackupsDialog::openCopyOfSelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_openCopy, &QPushButton::clicked, this, &BackupsDialog::openCopyOfSelected);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_showFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(Backups::folderOf(m_path))); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 460);
    retranslate();
    refresh();
}

void BackupsDialog::retranslate()
{
    setWindowTitle(tr("Backups of %1").arg(QFileInfo(m_path).completeBaseName()));
    m_intro->setText(
        tr("Attain backs this workspace up by itself: before the first change of each day, before "
           "every import and period close, and before an upgrade. Its backups are kept in %1 — "
           "the ten newest, and the first of each of the last 7 days and of the last 4 weeks. Each "
           "is a workspace file; restoring one keeps the current state as one more backup.")
            .arg(QDir::toNativeSeparators(Backups::folderOf(m_path))));
    m_list->setHeaderLabels({tr("Taken"), tr("Why"), tr("Size")});
    m_empty->setText(tr("There are no backups yet: the first is taken before the first change."));
    m_backUp->setText(tr("&Back Up Now"));
    m_showFolder->setText(tr("Show &Folder"));
    m_openCopy->setText(tr("&Open a Copy…"));
    m_restore->setText(tr("&Restore…"));
    m_close->setText(tr("Close"));
    refresh();
}

void BackupsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BackupsDialog::refresh()
{
    const QString selected = selectedBackup();
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &b : Backups::list(m_path)) {
        QString why = Backups::triggerLabel(b.trigger);
        if (b.formatVersion > 0 && b.formatVersion < Schema::currentVersion())
            why = tr("%1 (workspace format %2)").arg(why).arg(b.formatVersion);
        auto *item = new QTreeWidgetItem(
            m_list, {locale.toString(b.takenAt, QLocale::ShortFormat), why,
                     locale.formattedDataSize(b.size, 1, QLocale::DataSizeTraditionalFormat)});
        item->setData(Taken, Qt::UserRole, b.path);
        item->setToolTip(Taken, QDir::toNativeSeparators(b.path));
        item->setToolTip(Why, QDir::toNativeSeparators(b.path));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        if (b.trigger == QLatin1String("damaged")) {
            item->setDisabled(true);
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        }
        if (b.path == selected)
            item->setSelected(true);
    }
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0 &&
        !m_list->topLevelItem(0)->isDisabled())
        m_list->topLevelItem(0)->setSelected(true);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    updateButtons();
}

QString BackupsDialog::selectedBackup() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Taken, Qt::UserRole).toString();
}

void BackupsDialog::selectBackup(const QString &path)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setSelected(item->data(Taken, Qt::UserRole).toString() == path);
    }
}

void BackupsDialog::setAllowed(bool restore, bool backUp)
{
    m_restoreAllowed = restore;
    m_backUpAllowed = backUp;
    updateButtons();
}

void BackupsDialog::updateButtons()
{
    const bool chosen = !selectedBackup().isEmpty();
    m_restore->setEnabled(chosen && m_restoreAllowed);
    m_openCopy->setEnabled(chosen);
    m_backUp->setEnabled(m_backUpAllowed && QFileInfo(m_path).isFile());
}

void BackupsDialog::restoreSelected()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty())
        return;
    const auto items = m_list->selectedItems();
    const QString when = items.first()->text(Taken);
    if (!Messages::ask(
            this, tr("Restore a Backup"),
            tr("Restore %1 to its state of %2? Its current state is kept as one more backup first, so "
               "this can be undone by restoring that one.")
                .arg(QFileInfo(m_path).completeBaseName(), when)))
        return;
    Q_EMIT restoreRequested(backup);
    accept();
}

void BackupsDialog::openCopyOfSelected()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty())
        return;
    const QFileInfo info(m_path);
    const auto items = m_list->selectedItems();
    const QString stamp = QFileInfo(backup).completeBaseName().section(QLatin1Char('.'), -2, -2);
    const QString suggested =
        info.absoluteDir().filePath(tr("%1 (backup %2).attain").arg(info.completeBaseName(), stamp));
    QString copy = FileDialogs::saveFile(this, tr("Open a Copy of the Backup"), suggested,
                                         tr("Attain workspaces (*.attain)"));
    if (copy.isEmpty())
        return;
    if (!copy.endsWith(QLatin1String(".attain"), Qt::CaseInsensitive))
        copy += QStringLiteral(".attain");
    if (Status st = Backups::copyTo(backup, copy); !st) {
        Messages::error(this, tr("Open a Copy of the Backup"), st.message());
        return;
    }
    Q_EMIT openCopyRequested(copy);
}

void BackupsDialog::backUpNow()
{
    const auto taken = Backups::take(m_path, QStringLiteral("manual"), m_clock.now());
    if (!taken) {
        Messages::error(this, tr("Back Up Now"), taken.message());
        return;
    }
    refresh();
    selectBackup(taken->path);
}

} // namespace attain
