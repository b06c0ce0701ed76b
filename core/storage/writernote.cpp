// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/writernote.h"

#include "core/storage/processinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <optional>

namespace attain {

namespace {
QString kindKey(WriterNote::Kind kind)
{
    switch (kind) {
    case WriterNote::Kind::Import: return QStringLiteral("import");
    case WriterNote::Kind::ClosePeriod: return QStringLiteral("close-period");
    case WriterNote::Kind::Restore: return QStringLiteral("restore");
    case WriterNote::Kind::Upgrade: return QStringLiteral("upgrade");
    case WriterNote::Kind::SyncApply: return QStringLiteral("sync-apply");
    }
    return QString();
}
} // namespace

QString WriterNote::notePath(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".writing"));
}

namespace {
// The note's contents when it is a live one of another process, else nothing.
std::optional<QJsonObject> liveNoteOfAnother(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
    const QString host = note.value(QStringLiteral("host")).toString();
    const qint64 pid = note.value(QStringLiteral("pid")).toInteger();
    if (host == ProcessInfo::hostName() && (pid == ProcessInfo::currentPid() || !ProcessInfo::isRunning(pid)))
        return std::nullopt; // this process's own, or left by a program that ended without removing it
    return note;
}
} // namespace

WriterNote::WriterNote(const QString &workspacePath, Kind kind, const QString &detail)
    : m_path(notePath(workspacePath))
{
    if (liveNoteOfAnother(m_path))
        return; // another program's long write holds the file; its note stays until it is done
    const QJsonObject note{{QStringLiteral("kind"), kindKey(kind)},
                           {QStringLiteral("detail"), detail},
                           {QStringLiteral("program"), QCoreApplication::applicationName()},
                           {QStringLiteral("pid"), ProcessInfo::currentPid()},
                           {QStringLiteral("host"), ProcessInfo::hostName()},
                           {QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    QSaveFile file(m_path);
    // Best effort: a read-only folder has no note, and then no write either.
    m_written =
        file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(note).toJson()) > 0 && file.commit();
}

WriterNote::~WriterNote()
{
    if (!m_written)
        return;
    // Only our own note: another writer may have replaced it since.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (note.value(QStringLiteral("pid")).toInteger() == ProcessInfo::currentPid() &&
        note.value(QStringLiteral("host")).toString() == ProcessInfo::hostName())
        QFile::remove(m_path);
}

QString WriterNote::describe(const QString &workspacePath)
{
    const auto found = liveNoteOfAnother(notePath(workspacePath));
    if (!found)
        return QString();
    const QJsonObject &note = *found;
    const QString host = note.value(QStringLiteral("host")).toString();
    const QString kind = note.value(QStringLiteral("kind")).toString();
    const QString detail = note.value(QStringLiteral("detail")).toString();
    QString what;
    if (kind == QLatin1String("import"))
        what = detail.isEmpty() ? tr("an import") : tr("an import of %1").arg(detail);
    else if (kind == QLatin1String("close-period"))
        what = tr("the close of %1").arg(detail);
    else if (kind == QLatin1String("restore"))
        what = tr("a restore from a backup");
    else if (kind == QLatin1String("upgrade"))
        what = tr("an upgrade of the file's format");
    else if (kind == QLatin1String("sync-apply"))
        what = tr("the merge of a team member's changes");
    else
        what = tr("a long change");
    const QDateTime since =
        QDateTime::fromString(note.value(QStringLiteral("since")).toString(), Qt::ISODate);
    const QString program = note.value(QStringLiteral("program")).toString();
    const QString where = host == ProcessInfo::hostName() ? program : tr("%1 on %2").arg(program, host);
    return tr("%1 in %2, since %3").arg(what, where, QLocale().toString(since.time(), QLocale::ShortFormat));
}

} // namespace attain
