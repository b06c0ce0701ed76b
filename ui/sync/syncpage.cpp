// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/syncpage.h"

#include "core/queries/recordlabels.h"
#include "core/storage/outputfile.h"
#include "core/sync/teamsync.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/common/session.h"
#include "ui/sync/syncactions.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace attain {

namespace {

constexpr int kEveryMs = 5 * 60 * 1000;
constexpr int kAfterChangeMs = 15 * 1000;

QString shown(const QString &value)
{
    return value.isEmpty() ? SyncPage::tr("(empty)") : value;
}

// "2026-12-01T09:30:00.000Z" as the user's locale writes a date and time; empty stays empty.
QString when(const QString &iso)
{
    if (iso.isEmpty())
        return SyncPage::tr("never");
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return QLocale().toString(t.isValid() ? t.toLocalTime()
                                          : QDateTime::fromString(iso, Qt::ISODate).toLocalTime(),
                              QLocale::ShortFormat);
}

QTableWidget *table(QWidget *parent, const char *name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace

SyncPage::SyncPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("syncPage"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600;"));
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid "
                                          "palette(mid); border-radius: 6px; padding: 8px 10px; }"));
    m_apply = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), QString(), this);
    m_apply->setObjectName(QStringLiteral("applyBundles"));
    m_export = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), QString(), this);
    m_export->setObjectName(QStringLiteral("exportBundles"));
    m_syncNow = new QPushButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_folder = new QPushButton(this);
    m_folder->setObjectName(QStringLiteral("syncFolder"));
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Apply Team Bundles"), QDir::homePath(), SyncActions::bundleFilter());
        if (!files.isEmpty())
            applyFiles(files);
    });
    connect(m_export, &QPushButton::clicked, this, &SyncPage::exportBundles);
    connect(m_syncNow, &QPushButton::clicked, this, [this] { syncNow(); });
    connect(m_folder, &QPushButton::clicked, this, &SyncPage::chooseFolder);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_folder);

    m_conflictsBox = new QGroupBox(this);
    m_conflicts = table(m_conflictsBox, "syncConflicts");
    m_keepHub = new QPushButton(m_conflictsBox);
    m_keepHub->setObjectName(QStringLiteral("keepHub"));
    m_keepRep = new QPushButton(m_conflictsBox);
    m_keepRep->setObjectName(QStringLiteral("keepRep"));
    m_otherValue = new QPushButton(m_conflictsBox);
    m_otherValue->setObjectName(QStringLiteral("otherValue"));
    connect(m_keepHub, &QPushButton::clicked, this, [this] { decide(int(TeamSync::Keep::Hub)); });
    connect(m_keepRep, &QPushButton::clicked, this, [this] { decide(int(TeamSync::Keep::Rep)); });
    connect(m_otherValue, &QPushButton::clicked, this, [this] {
        const int row = m_conflicts->currentRow();
        if (row < 0)
            return;
        const auto value = Messages::askText(this, tr("Another value"),
                                             tr("The value %1 takes:").arg(m_conflicts->item(row, 1)->text()),
                                             m_conflicts->item(row, 4)->data(Qt::UserRole).toString());
        if (value)
            decide(int(TeamSync::Keep::Value), *value);
    });
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = m_conflicts->currentRow() >= 0 && m_session.isManager();
        m_keepHub->setEnabled(chosen);
        m_keepRep->setEnabled(chosen);
        m_otherValue->setEnabled(chosen);
    });
    auto *decisions = new QHBoxLayout;
    decisions->addStretch();
    decisions->addWidget(m_keepHub);
    decisions->addWidget(m_keepRep);
    decisions->addWidget(m_otherValue);
    auto *conflictsLayout = new QVBoxLayout(m_conflictsBox);
    conflictsLayout->addWidget(m_conflicts, 1);
    conflictsLayout->addLayout(decisions);

    m_devicesBox = new QGroupBox(this);
    m_devices = table(m_devicesBox, "syncDevices");
    auto *devicesLayout = new QVBoxLayout(m_devicesBox);
    devicesLayout->addWidget(m_devices);

    m_rejectionsBox = new QGroupBox(this);
    m_rejections = new QListWidget(m_rejectionsBox);
    m_rejections->setObjectName(QStringLiteral("syncRejections"));
    m_rejections->setMaximumHeight(140);
    auto *rejectionsLayout = new QVBoxLayout(m_rejectionsBox);
    rejectionsLayout->addWidget(m_rejections);

    m_logBox = new QGroupBox(this);
    m_log = new QPlainTextEdit(m_logBox);
    m_log->setObjectName(QStringLiteral("syncLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumHeight(130);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *logLayout = new QVBoxLayout(m_logBox);
    logLayout->addWidget(m_log);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_conflictsBox, 3);
    layout->addWidget(m_devicesBox, 2);
    layout->addWidget(m_rejectionsBox);
    layout->addWidget(m_logBox);
    layout->addStretch(1);

    // The folder is visited when the workspace opens, a little after each change, and every few minutes.
    m_every = new QTimer(this);
    m_every->setInterval(kEveryMs);
    connect(m_every, &QTimer::timeout, this, [this] { syncNow(); });
    m_afterChange = new QTimer(this);
    m_afterChange->setSingleShot(true);
    m_afterChange->setInterval(kAfterChangeMs);
    connect(m_afterChange, &QTimer::timeout, this, [this] { syncNow(); });
    connect(&m_session.workspace(), &Workspace::changed, this, [this] {
        if (m_syncing)
            return;
        refresh();
        if (!SyncActions::folder(TeamSync(m_session.workspace()).workspaceUuid()).isEmpty())
            m_afterChange->start();
    });
    connect(&m_session, &Session::userChanged, this, &SyncPage::refresh);
    retranslate();
    if (!SyncActions::folder(TeamSync(m_session.workspace()).workspaceUuid()).isEmpty()) {
        m_every->start();
        QTimer::singleShot(0, this, [this] { syncNow(); });
    }
}

QString SyncPage::summaryLine()
{
    const SyncStatus s = TeamSync(m_session.workspace()).status();
    if (s.role == QLatin1String("rep"))
        return s.pending > 0 ? tr("Team sync: %n record(s) wait for the manager", nullptr, int(s.pending))
                             : tr("Team sync: up to date");
    if (s.role == QLatin1String("hub"))
        return s.openConflicts > 0 ? tr("Team sync: %n conflict(s) to decide", nullptr, s.openConflicts)
                                   : tr("Team sync: no conflicts");
    return QString();
}

void SyncPage::refresh()
{
    TeamSync sync(m_session.workspace());
    const SyncStatus s = sync.status();
    const bool hub = s.role == QLatin1String("hub");
    const bool rep = s.role == QLatin1String("rep");
    const bool manager = m_session.isManager();
    const QString folder = SyncActions::folder(sync.workspaceUuid());
    if (rep) {
        const auto user = m_session.user();
        m_title->setText(tr("Team Sync — %1's own workspace").arg(user ? user->name : s.member));
        m_explanation->setText(tr(
            "You work here offline; what you change reaches your manager when you send it (a bundle file, or "
            "the sync folder), and what changes at the hub in your customers, plans and targets comes back "
            "the same way. Until the manager has merged them, your changes are provisional, and so is your "
            "scorecard."));
        QStringList lines;
        lines << tr("Last sent: %1").arg(when(s.lastOut)) << tr("Last received: %1").arg(when(s.lastIn));
        lines << (s.pending > 0 ? tr("%n record(s) changed here wait for the manager (provisional)", nullptr,
                                     int(s.pending))
                                : tr("Everything you changed has reached the manager."));
        if (s.held > 0)
            lines << tr("%n bundle(s) from the hub wait for an earlier one", nullptr, s.held);
        lines << (folder.isEmpty()
                      ? tr("No sync folder: send and apply bundle files by hand, or choose a folder.")
                      : tr("Sync folder: %1").arg(QDir::toNativeSeparators(folder)));
        lines << tr("This device's key: %1").arg(s.fingerprint);
        m_state->setText(lines.join(u'\n'));
    } else if (hub) {
        m_title->setText(tr("Team Sync — the team's workspace"));
        m_explanation->setText(tr(
            "Reps work offline in workspaces of their own and send their changes here. Each change is merged "
            "field by field through the same rules as a form: one whose starting value is still the team's "
            "is taken, one the rep may not make is refused and reported back, and two edits of the same "
            "field wait below for your decision."));
        QStringList lines;
        lines << tr("%n conflict(s) to decide", nullptr, s.openConflicts);
        if (s.held > 0)
            lines << tr("%n bundle(s) wait for an earlier one from the same rep", nullptr, s.held);
        lines << (folder.isEmpty() ? tr("No sync folder: apply bundle files by hand, or choose a folder.")
                                   : tr("Sync folder: %1").arg(QDir::toNativeSeparators(folder)));
        lines << tr("This workspace's key: %1").arg(s.fingerprint);
        m_state->setText(lines.join(u'\n'));
    } else {
        m_title->setText(tr("Team Sync"));
        m_explanation->setText(tr(
            "This workspace does not take part in team sync yet. To let a rep work offline on their own "
            "laptop, invite them from Members & Teams ▸ Invite to Team Sync…; they join with File ▸ Join a "
            "Team…. This workspace then becomes the team's hub."));
        m_state->setText(tr("Not taking part in team sync."));
    }
    m_apply->setEnabled(hub ? manager : rep);
    m_export->setEnabled(hub ? manager : rep);
    m_syncNow->setEnabled(!folder.isEmpty() && (rep || (hub && manager)));
    m_folder->setEnabled(rep || (hub && manager));
    m_conflictsBox->setVisible(hub);
    m_devicesBox->setVisible(hub);
    m_rejectionsBox->setVisible(rep);
    static_cast<QVBoxLayout *>(layout())->setStretch(8, hub ? 0 : 1); // a rep's page has no tables to grow

    if (hub) {
        const QList<SyncConflict> list = sync.conflicts();
        const int keep = m_conflicts->currentRow();
        m_conflicts->setRowCount(int(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            const SyncConflict &c = list[i];
            const QStringList cells = {RecordLabels::kindLabel(c.entity) + QStringLiteral(" · ") + c.record,
                                       RecordLabels::fieldLabel(c.field),
                                       shown(c.baseText),
                                       shown(c.theirsText),
                                       shown(c.oursText),
                                       c.author,
                                       when(c.at)};
            for (int col = 0; col < cells.size(); ++col) {
                auto *item = new QTableWidgetItem(cells[col]);
                item->setData(Qt::UserRole,
                              col == 0 ? QVariant(c.id) : QVariant(col == 4 ? c.oursText : QString()));
                m_conflicts->setItem(i, col, item);
            }
        }
        m_conflicts->resizeColumnsToContents();
        if (keep >= 0 && keep < list.size())
            m_conflicts->selectRow(keep);
        const bool chosen = m_conflicts->currentRow() >= 0 && manager;
        m_keepHub->setEnabled(chosen);
        m_keepRep->setEnabled(chosen);
        m_otherValue->setEnabled(chosen);
        m_devices->setRowCount(int(s.devices.size()));
        for (int i = 0; i < s.devices.size(); ++i) {
            const SyncDevice &d = s.devices[i];
            const QString state = !d.revokedAt.isEmpty()   ? tr("replaced by a new invitation")
                                  : d.enrolledAt.isEmpty() ? tr("invited, not joined yet")
                                                           : tr("joined %1").arg(when(d.enrolledAt));
            const QStringList cells = {d.name + QStringLiteral(" (") + d.login + QLatin1Char(')'),
                                       d.fingerprint.isEmpty() ? tr("—") : d.fingerprint, when(d.lastIn),
                                       when(d.lastOut), state};
            for (int col = 0; col < cells.size(); ++col)
                m_devices->setItem(i, col, new QTableWidgetItem(cells[col]));
        }
        m_devices->resizeColumnsToContents();
    }
    if (rep) {
        m_rejections->clear();
        for (const QString &r : s.rejections)
            m_rejections->addItem(r);
        if (s.rejections.isEmpty())
            m_rejections->addItem(tr("The manager's workspace has refused none of your changes."));
    }
    // "when · what happened", newest first, in the user's language and time.
    QStringList lines;
    for (const QString &entry : sync.log(30)) {
        const QStringList parts = entry.split(u'\t');
        if (parts.size() < 3)
            continue;
        const QString level = parts[1] == QLatin1String("refused") ? tr("refused")
                              : parts[1] == QLatin1String("held")  ? tr("held")
                              : parts[1] == QLatin1String("in")    ? tr("received")
                              : parts[1] == QLatin1String("out")   ? tr("sent")
                                                                   : parts[1];
        lines << when(parts[0]) + QStringLiteral("  ") + level + QStringLiteral(" · ") +
                     parts.mid(2).join(u'\t');
    }
    m_log->setPlainText(lines.join(u'\n'));
    m_logBox->setVisible(hub || rep);
}

bool SyncPage::applyFiles(const QStringList &paths)
{
    TeamSync sync(m_session.workspace());
    SyncOutcome total;
    QStringList problems;
    m_syncing = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QList<std::pair<QByteArray, QString>> bundles;
    for (const QString &path : paths) {
        if (const QString refusal = OutputFile::inputRefusal(path); !refusal.isEmpty()) {
            problems << refusal;
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() > SignedFile::maxBytes) {
            problems << tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path));
            continue;
        }
        bundles << std::make_pair(f.readAll(), QFileInfo(path).fileName());
    }
    for (const Result<SyncOutcome> &outcome : sync.applyAll(bundles)) {
        if (outcome)
            total.add(*outcome);
        else
            problems << outcome.message();
    }
    QApplication::restoreOverrideCursor();
    m_syncing = false;
    report(total, problems);
    return problems.isEmpty();
}

void SyncPage::report(const SyncOutcome &o, const QStringList &problems)
{
    if (o.applied + o.duplicates + o.conflicts + o.rejected + o.held > 0)
        m_session.fenceUndo(tr("Team bundles applied"));
    refresh();
    const QString counts = tr("Applied %1, already here %2, held %3, conflicts %4, refused %5.")
                               .arg(o.applied)
                               .arg(o.duplicates)
                               .arg(o.held)
                               .arg(o.conflicts)
                               .arg(o.rejected);
    Q_EMIT statusMessage(counts + QLatin1Char(' ') + summaryLine());
    if (!problems.isEmpty())
        Messages::error(this, tr("A bundle was refused"),
                        problems.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + counts);
}

void SyncPage::exportBundles()
{
    TeamSync sync(m_session.workspace());
    const SyncStatus s = sync.status();
    const QFileInfo info(m_session.workspace().path());
    if (s.role == QLatin1String("rep")) {
        QString target = FileDialogs::saveFile(
            this, tr("Send My Changes"),
            info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-") +
                                        QDate::currentDate().toString(Qt::ISODate) + TeamSync::bundleSuffix),
            SyncActions::bundleFilter());
        if (target.isEmpty())
            return;
        if (!target.endsWith(TeamSync::bundleSuffix))
            target += TeamSync::bundleSuffix;
        const auto bytes = sync.exportBundle();
        if (!bytes) {
            Messages::error(this, tr("Cannot send"), bytes.message());
            return;
        }
        if (Status st = OutputFile::write(target, *bytes, {m_session.workspace().path()}); !st) {
            Messages::error(this, tr("Cannot send"), st.message());
            return;
        }
        Q_EMIT statusMessage(
            tr("Your changes are in %1: give it to your manager.").arg(QDir::toNativeSeparators(target)));
        refresh();
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Bundles for Reps"), info.absolutePath());
    if (dir.isEmpty())
        return;
    int written = 0;
    for (const QString &member : sync.invitedMembers()) {
        const auto bytes = sync.exportBundle(member);
        if (!bytes) {
            Messages::error(this, tr("Cannot write the bundles"), bytes.message());
            return;
        }
        const QString login = RecordLabels(m_session.workspace()).label(QStringLiteral("members"), member);
        const QString target =
            QDir(dir).filePath(info.completeBaseName() + QLatin1Char('-') + login + TeamSync::bundleSuffix);
        if (Status st = OutputFile::write(target, *bytes, {m_session.workspace().path()}); !st) {
            Messages::error(this, tr("Cannot write the bundles"), st.message());
            return;
        }
        ++written;
    }
    Q_EMIT statusMessage(
        tr("%n bundle(s) written to %1", nullptr, written).arg(QDir::toNativeSeparators(dir)));
    refresh();
}

bool SyncPage::syncNow()
{
    TeamSync sync(m_session.workspace());
    const QString folder = SyncActions::folder(sync.workspaceUuid());
    if (folder.isEmpty() || m_syncing)
        return false;
    if (sync.status().role == QLatin1String("hub") && !m_session.isManager())
        return false;
    m_syncing = true;
    const auto pass = sync.folderPass(folder);
    m_syncing = false;
    if (!pass) {
        Q_EMIT statusMessage(tr("Team sync failed: %1").arg(pass.message()));
        refresh();
        return false;
    }
    if (pass->outcome.applied + pass->outcome.conflicts + pass->outcome.rejected > 0)
        m_session.fenceUndo(tr("Team bundles applied"));
    refresh();
    Q_EMIT statusMessage(
        tr("Synced at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)) +
        QLatin1Char(' ') + summaryLine());
    return !pass->refused;
}

bool SyncPage::decide(int keep, const QString &value)
{
    const int row = m_conflicts->currentRow();
    if (row < 0)
        return false;
    const qint64 id = m_conflicts->item(row, 0)->data(Qt::UserRole).toLongLong();
    m_syncing = true;
    const Status st = TeamSync(m_session.workspace()).resolve(id, TeamSync::Keep(keep), value);
    m_syncing = false;
    if (!st) {
        Messages::error(this, tr("Cannot decide"), st.message());
        return false;
    }
    m_session.fenceUndo(tr("Sync conflict decided"));
    refresh();
    return true;
}

void SyncPage::chooseFolder()
{
    TeamSync sync(m_session.workspace());
    const QString uuid = sync.workspaceUuid();
    const QString current = SyncActions::folder(uuid);
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Sync Folder"),
                                                          current.isEmpty() ? QDir::homePath() : current);
    if (dir.isEmpty())
        return;
    SyncActions::setFolder(uuid, dir);
    m_every->start();
    refresh();
    syncNow();
}

void SyncPage::retranslate()
{
    m_apply->setText(tr("Apply Bundles…"));
    m_syncNow->setText(tr("Sync Now"));
    m_folder->setText(tr("Sync Folder…"));
    m_conflictsBox->setTitle(tr("Conflicts"));
    m_keepHub->setText(tr("Keep the team's value"));
    m_keepRep->setText(tr("Take the rep's value"));
    m_otherValue->setText(tr("Another value…"));
    m_devicesBox->setTitle(tr("Reps' devices"));
    m_rejectionsBox->setTitle(tr("Refused by the manager's workspace"));
    m_logBox->setTitle(tr("Sync log"));
    m_conflicts->setColumnCount(7);
    m_conflicts->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Before"), tr("Rep's value"),
                                            tr("Team's value"), tr("Rep"), tr("When")});
    m_devices->setColumnCount(5);
    m_devices->setHorizontalHeaderLabels(
        {tr("Member"), tr("Key"), tr("Last received"), tr("Last sent"), tr("State")});
    const bool rep = TeamSync(m_session.workspace()).status().role == QLatin1String("rep");
    m_export->setText(rep ? tr("Send My Changes…") : tr("Bundles for Reps…"));
    refresh();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace attain
