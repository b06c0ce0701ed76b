// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: the backups folder beside a workspace, how its backups are named, the list of them, what each
// was taken for, the keeping rule and the advice for a file that cannot be used. Taking a backup (and
// verifying one) is in backupscopy.cpp, restoring one in backupsrestore.cpp.
#include "core/storage/backups.h"

#include "core/storage/backupfiles.h"
#include "core/storage/fileheader.h"
#include "core/storage/openworkspaces.h"
#include "core/storage/storageerrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace attain {

using namespace backupfiles;

namespace {

constexpr int keepNewest = 10;
constexpr int keepDays = 7;
constexpr int keepWeeks = 4;

QRegularExpression namePattern(const QString &stem)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(stem) +
                              QStringLiteral("\\.(\\d{8}-\\d{6})(?:-(\\d+))?\\.([a-z0-9-]+)\\.attain$"));
}

} // namespace

namespace backupfiles {

QString stampFormat()
{
    return QStringLiteral("yyyyMMdd-HHmmss");
}

// The name backups of a file are known by: `team` for team.attain, the whole name otherwise.
QString stemOf(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.suffix().compare(QLatin1String("attain"), Qt::CaseInsensitive) == 0 ? info.completeBaseName()
                                                                                    : info.fileName();
}

BackupInfo infoOf(const QFileInfo &file, const QDateTime &takenAt, const QString &trigger)
{
    BackupInfo b;
    b.path = file.absoluteFilePath();
    b.takenAt = takenAt;
    b.size = file.size();
    b.trigger = trigger;
    b.formatVersion = FileHeader::read(b.path).userVersion;
    return b;
}

} // namespace backupfiles

QString Backups::folderOf(const QString &workspacePath)
{
    const QFileInfo info(OpenWorkspaces::key(workspacePath));
    return info.absoluteDir().filePath(stemOf(workspacePath) + QStringLiteral(".backups"));
}

bool Backups::isBackup(const QString &path)
{
    const QFileInfo info(OpenWorkspaces::key(path));
    const QString folder = QFileInfo(info.absolutePath()).fileName();
    if (!folder.endsWith(QLatin1String(".backups")))
        return false;
    const QString stem = folder.chopped(8);
    return namePattern(stem).match(info.fileName()).hasMatch();
}

QList<BackupInfo> Backups::list(const QString &workspacePath)
{
    const QFileInfo info(OpenWorkspaces::key(workspacePath));
    const QString base = stemOf(workspacePath);
    QList<BackupInfo> out;
    const QRegularExpression pattern = namePattern(base);
    const QDir folder(folderOf(workspacePath));
    for (const QFileInfo &f : folder.entryInfoList({base + QStringLiteral(".*.attain")}, QDir::Files)) {
        const auto m = pattern.match(f.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(m.captured(1), stampFormat());
        if (!at.isValid())
            continue;
        out << infoOf(f, at, m.captured(3));
        out.last().sequence = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    }
    // Earlier versions wrote their pre-upgrade backups beside the file.
    for (const QFileInfo &f : info.absoluteDir().entryInfoList(
             {info.completeBaseName() + QStringLiteral(".*.backup.attain")}, QDir::Files))
        out << infoOf(f, f.lastModified(), QStringLiteral("upgrade"));
    std::stable_sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        if (a.takenAt != b.takenAt)
            return a.takenAt > b.takenAt;
        return a.sequence != b.sequence ? a.sequence > b.sequence : a.path > b.path;
    });
    return out;
}

std::optional<BackupInfo> Backups::newest(const QString &workspacePath)
{
    for (const BackupInfo &b : list(workspacePath))
        if (b.trigger != QLatin1String("damaged"))
            return b;
    return std::nullopt;
}

bool Backups::hasBackupOn(const QString &workspacePath, QDate day)
{
    const QList<BackupInfo> all = list(workspacePath);
    return std::any_of(all.begin(), all.end(), [&](const BackupInfo &b) {
        return b.takenAt.date() == day && b.trigger != QLatin1String("damaged");
    });
}

QString Backups::triggerLabel(const QString &trigger)
{
    if (trigger == QLatin1String("daily"))
        return tr("before the day's first change");
    if (trigger == QLatin1String("import"))
        return tr("before an import");
    if (trigger == QLatin1String("close-period"))
        return tr("before a period close");
    if (trigger == QLatin1String("upgrade"))
        return tr("before an upgrade of its format");
    if (trigger == QLatin1String("restore"))
        return tr("before a restore");
    if (trigger == QLatin1String("manual"))
        return tr("made by hand");
    if (trigger == QLatin1String("sync-apply"))
        return tr("before merging the team's changes");
    if (trigger == QLatin1String("damaged"))
        return tr("the damaged file, set aside by a restore");
    return trigger;
}

QStringList Backups::prune(const QString &workspacePath)
{
    QList<BackupInfo> all;
    const QString folder = QDir(folderOf(workspacePath)).absolutePath();
    for (const BackupInfo &b : list(workspacePath))
        if (b.trigger != QLatin1String("damaged") && QFileInfo(b.path).absolutePath() == folder)
            all << b; // only Attain's own, in its folder; set-aside and earlier files stay
    QSet<QString> keep;
    for (int i = 0; i < all.size() && i < keepNewest; ++i)
        keep.insert(all.at(i).path);
    // The first backup of each day and of each week (all is newest first, so the last seen wins).
    QMap<QDate, QString> firstOfDay;
    QMap<QPair<int, int>, QString> firstOfWeek;
    for (const BackupInfo &b : std::as_const(all)) {
        const QDate day = b.takenAt.date();
        int year = 0;
        const int week = day.weekNumber(&year);
        firstOfDay[day] = b.path;
        firstOfWeek[qMakePair(year, week)] = b.path;
    }
    const QStringList days = firstOfDay.values(), weeks = firstOfWeek.values(); // oldest first
    for (qsizetype i = days.size() - 1; i >= 0 && i >= days.size() - keepDays; --i)
        keep.insert(days.at(i));
    for (qsizetype i = weeks.size() - 1; i >= 0 && i >= weeks.size() - keepWeeks; --i)
        keep.insert(weeks.at(i));
    QStringList removed;
    for (const BackupInfo &b : std::as_const(all))
        if (!keep.contains(b.path) && QFile::remove(b.path))
            removed << b.path;
    return removed;
}

QString Backups::advice(const QString &workspacePath)
{
    const auto backup = newest(workspacePath);
    if (!backup)
        return tr("No backup of it was found (Attain keeps them in the folder %1 beside it); if you have a "
                  "copy "
                  "of it, open that instead.")
            .arg(QFileInfo(folderOf(workspacePath)).fileName());
    return tr("Its newest backup is from %1 (%2, in the folder %3 beside it). To restore it, use File ▸ "
              "Backups… in Attain, or run:\n    attain-cli restore \"%4\" --from \"%5\"")
        .arg(QLocale().toString(backup->takenAt, QLocale::ShortFormat), QFileInfo(backup->path).fileName(),
             QFileInfo(folderOf(workspacePath)).fileName(), StorageErrors::shown(workspacePath),
             StorageErrors::shown(backup->path));
}

} // namespace attain
