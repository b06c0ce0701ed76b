// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli backups / restore / backup.
#include "app/cli/cli.h"

#include "core/storage/backups.h"
#include "core/storage/storageerrors.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace attain::cli {

namespace {

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

int backups(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, QStringLiteral("backups"), args, 1, QStringLiteral("FILE")))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    if (!QFileInfo(path).isFile()) {
        cli.printProblems({StorageErrors::notFound(path)});
        return Invalid;
    }
    // One line each, tab-separated: the path first, then when, how large and why.
    for (const BackupInfo &b : Backups::list(path))
        cli.out() << b.path << '\t' << b.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t'
                  << size(b.size) << '\t' << Backups::triggerLabel(b.trigger) << '\n';
    cli.out().flush();
    return Ok;
}

int restore(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  Cli::tr("The backup to restore (a path from `backups`)."),
                                  QStringLiteral("BACKUP"));
    parser.addOption(from);
    if (auto exit =
            cli.parse(parser, QStringLiteral("restore"), args, 1, QStringLiteral("FILE --from BACKUP")))
        return *exit;
    if (!parser.isSet(from) || parser.value(from).isEmpty()) {
        cli.err() << Cli::tr("--from BACKUP is required (attain-cli backups FILE lists them)") << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().at(0);
    const auto kept = Backups::restore(path, parser.value(from), QDateTime::currentDateTime());
    if (!kept) {
        cli.printProblems(kept.problems());
        return Invalid;
    }
    cli.out() << Cli::tr("Restored %1 from %2").arg(QFileInfo(path).absoluteFilePath(), parser.value(from))
              << '\n'
              << Cli::tr("The state it had is kept as %1").arg(kept->path) << Qt::endl;
    return Ok;
}

int backup(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"),
        Cli::tr("Where to write the copy (without it: a backup in the backups folder)."),
        QStringLiteral("COPY"));
    parser.addOption(out);
    if (auto exit = cli.parse(parser, QStringLiteral("backup"), args, 1, QStringLiteral("FILE [--out COPY]")))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    // Opened first, so a damaged, foreign or newer file is refused as everywhere else.
    auto ws = cli.open(path);
    if (!ws)
        return Invalid;
    if (parser.isSet(out)) {
        if (Status st = ws->saveCopy(parser.value(out)); !st) {
            cli.printProblems(st.problems());
            return Invalid;
        }
        cli.out()
            << Cli::tr("Copied %1 to %2").arg(ws->path(), QFileInfo(parser.value(out)).absoluteFilePath())
            << Qt::endl;
        return Ok;
    }
    const auto taken = Backups::take(ws->path(), QStringLiteral("manual"), ws->clock().now());
    if (!taken) {
        cli.printProblems(taken.problems());
        return Invalid;
    }
    cli.out() << taken->path << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> backupCommands()
{
    return {
        {QStringLiteral("backups"), QStringLiteral("FILE"),
         Cli::tr("List the workspace's backups, newest first: path, time, size, what made it."), backups},
        {QStringLiteral("restore"), QStringLiteral("FILE --from BACKUP"),
         Cli::tr("Restore a backup, keeping the current state as one more backup."), restore},
        {QStringLiteral("backup"), QStringLiteral("FILE [--out COPY]"),
         Cli::tr("Back the workspace up now, or write a copy of it (never copy a workspace by hand)."),
         backup},
    };
}

} // namespace attain::cli
