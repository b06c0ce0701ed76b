// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/importer.h"

#include "core/interchange/importapplier.h"

#include "core/domain/dates.h"
#include "core/domain/textnorm.h"
#include "core/domain/textrules.h"
#include "core/incentives/periodclose.h"
#include "core/interchange/importrows.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/services/ratingservice.h"
#include "core/services/servicesupport.h"
#include "core/services/targetservice.h"
#include "core/services/teamservice.h"
#include "core/storage/batchqueue.h"
#include "core/storage/bulkload.h"
#include "core/storage/changelog.h"
#include "core/storage/outputfile.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/storage/writernote.h"
#include "core/storage/writetransaction.h"
#include <QLocale>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>

#include <QJsonObject>

#include <atomic>
#include <optional>
#include <thread>

namespace attain {

namespace {

qint64 rowCount(Workspace &ws, const QString &table)
{
    Statement st(ws, "SELECT count(*) FROM " + table.toLatin1());
    return st.next() ? st.int64(0) : 0;
}

// Kinds only some may import at all, said once rather than on every row.
Status mayImport(Workspace &ws, ImportKind kind)
{
    const AccessPolicy access = ws.access();
    switch (kind) {
    case ImportKind::Members: return access.roster(ServiceSupport::hasManager(ws));
    case ImportKind::Targets: return access.managersOnly(Importer::tr("targets"));
    case ImportKind::Rates: return access.managersOnly(Importer::tr("exchange rates"));
    case ImportKind::FinanceReturn:
        return ws.actor().isManager() ||
                       (ws.actor().kind == Actor::Kind::Member && ws.actor().role == Role::Finance)
                   ? success()
                   : Status(
                         AccessPolicy::denied(Importer::tr("Confirmations come from finance or a manager.")));
    default: return success();
    }
}

QString targetTable(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Members: return QStringLiteral("members");
    case ImportKind::Customers: return QStringLiteral("customers");
    case ImportKind::Deals: return QStringLiteral("deals");
    case ImportKind::Activities: return QStringLiteral("activities");
    case ImportKind::Ratings: return QStringLiteral("ratings");
    case ImportKind::Targets: return QStringLiteral("targets");
    case ImportKind::Rates: return QStringLiteral("rates");
    case ImportKind::FinanceReturn: return QStringLiteral("deals");
    }
    return QString();
}

} // namespace

QHash<QString, QString> Importer::savedMapping(Workspace &workspace, ImportKind kind)
{
    const QJsonObject o =
        QJsonDocument::fromJson(
            workspace.setting(QStringLiteral("import_mapping/") + ImportKinds::key(kind)).toUtf8())
            .object();
    QHash<QString, QString> mapping;
    for (auto it = o.begin(); it != o.end(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

Status Importer::saveMapping(Workspace &workspace, ImportKind kind, const QHash<QString, QString> &mapping)
{
    QJsonObject o;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        if (!it.value().isEmpty())
            o.insert(it.key(), it.value());
    return workspace.setSetting(QStringLiteral("import_mapping/") + ImportKinds::key(kind),
                                QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

ImportReport Importer::run(Workspace &workspace, const QString &csvPath, const ImportOptions &options)
{
    auto reader = CsvReader::open(csvPath, options.csv);
    if (!reader) {
        ImportReport report;
        report.kind = options.kind;
        report.dryRun = options.dryRun;
        for (const Problem &p : reader.problems())
            report.addProblem(p);
        return report;
    }
    return run(workspace, std::move(reader).value(), options);
}

ImportReport Importer::run(Workspace &ws, std::unique_ptr<CsvReader> reader, const ImportOptions &options)
{
    ImportReport report = runReader(ws, std::move(reader), options);
    report.nameColumns();
    return report;
}

ImportReport Importer::runReader(Workspace &ws, std::unique_ptr<CsvReader> reader,
                                 const ImportOptions &options)
{
    ImportReport report;
    report.kind = options.kind;
    report.dryRun = options.dryRun;
    // An import reads little and writes much: without the memory map the pages it touches are not
    // counted against the process (a million-row import peaked at 489 MB with it, 266 MB without).
    ws.setMemoryMapped(false);
    const auto restoreMap = qScopeGuard([&ws] { ws.setMemoryMapped(true); });
    report.encoding = reader->encoding();
    report.delimiter = reader->delimiter();
    if (!reader->next(&report.header)) {
        report.addProblem(
            Problem{QString(), reader->error().isEmpty() ? tr("The file is empty") : reader->error(), 1});
        return report;
    }
    QHash<QString, QString> mapping = savedMapping(ws, options.kind);
    mapping.insert(options.mapping);
    report.mapped = ImportKinds::mapHeader(options.kind, report.header, mapping);
    for (const Problem &p : ImportKinds::repeatedColumns(options.kind, report.header, mapping))
        report.addProblem(p);
    for (int i = 0; i < report.header.size(); ++i)
        if (Problems bad; !TextRules::check(bad, report.header.at(i), report.header.at(i), TextRules::label))
            for (Problem p : bad) {
                p.row = 1;
                report.addProblem(p);
            }
    if (!report.ok())
        return report;
    const QStringList missing = ImportKinds::missingColumns(options.kind, report.mapped);
    for (const QString &key : missing) {
        QString alias;
        for (const ImportColumn &c : ImportKinds::columns(options.kind))
            if (c.key == key)
                alias = c.alias;
        report.addProblem(
            Problem{key, tr("the file has no “%1” (%2) column, which every row needs").arg(key, alias), 1});
    }
    if (!missing.isEmpty())
        return report;

    // A large file into a small table: indexes are rebuilt and references checked once, at the end.
    const QString table = targetTable(options.kind);
    const qint64 existing = rowCount(ws, table);
    const bool large = reader->size() >= 16 * 1024 * 1024 && existing < 100000;
    std::optional<BulkLoad> bulk;
    if (large && !options.dryRun)
        bulk.emplace(ws,
                     options.kind == ImportKind::Deals
                         ? QStringList{QStringLiteral("deals"), QStringLiteral("deal_splits"),
                                       QStringLiteral("customers")}
                         : QStringList{table, QStringLiteral("customers")},
                     BulkLoad::ForeignKeys::TrustedSource);
    WriteTransaction tx(ws);
    if (!tx.isActive()) {
        report.addProblem(tx.problem());
        return report;
    }
    // Read inside the write transaction: what exists decides insert or update, so two imports at once end
    // as one after the other would.
    const ImportLookups lookups = ImportApplier::loadLookups(ws);
    const qint64 seqBefore = ChangeLog(ws).lastSeq();
    if (Status allowed = mayImport(ws, options.kind); !allowed) {
        report.addProblem(allowed.problems().value(0));
        return report;
    }
    std::optional<WriterNote> note;
    if (!options.dryRun)
        note.emplace(ws.path(), WriterNote::Kind::Import, QFileInfo(reader->path()).fileName());
    // The backup is taken just before the commit, from the state read here, and only if the import wrote
    // something: re-importing an unchanged file costs no copy of the workspace.
    const QString stateBefore = ws.stateMarker();
    if (bulk)
        if (Status st = bulk->begin(); !st) {
            report.addProblem(Problem{QString(), st.message()});
            return report;
        }

    static const bool trace = qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL");
    QElapsedTimer phase;
    phase.start();
    BatchQueue<ImportItem> queue;
    Problems readProblems;
    std::atomic<qint64> position{0};
    qint64 rows = 0;
    std::thread producer([&] {
        ImportRows rowsOf(options.kind, report.mapped, lookups, [&ws] { return ws.newId(); });
        QStringList fields;
        QList<ImportItem> batch;
        batch.reserve(1100);
        while (reader->next(&fields)) {
            if (std::all_of(fields.begin(), fields.end(),
                            [](const QString &f) { return f.trimmed().isEmpty(); }))
                continue; // a blank line
            ++rows;
            rowsOf.convert(fields, reader->row(), &batch, &readProblems);
            if (batch.size() >= 1024) {
                position = reader->position();
                queue.push(std::exchange(batch, {}));
                batch.reserve(1100);
                if (queue.cancelled())
                    break;
            }
        }
        if (!reader->error().isEmpty())
            readProblems << Problem{report.header.value(reader->errorColumn()), reader->error(),
                                    reader->row()};
        position = reader->position();
        if (!batch.isEmpty())
            queue.push(std::move(batch));
        queue.finish();
    });

    // Whether the table is empty decides whether rows are looked up at all: asked again inside the write
    // transaction, since another import may have filled it while this one waited.
    ImportApplier applier(ws, report, report.mapped, rowCount(ws, table) == 0, lookups);
    bool writing = true;
    QList<ImportItem> items;
    while (queue.pop(&items)) {
        for (const ImportItem &item : std::as_const(items)) {
            if (!writing)
                break;
            writing = applier.apply(item);
        }
        if (options.progress && !options.progress(position.load(), reader->size())) {
            report.cancelled = true;
            queue.cancel();
        }
        queue.recycle(std::move(items));
        items = {};
    }
    producer.join();
    if (trace)
        qInfo("import: rows read and written in %lld ms", phase.restart());
    report.rows = rows;
    std::sort(readProblems.begin(), readProblems.end(),
              [](const Problem &a, const Problem &b) { return a.row < b.row; });
    Problems writerProblems = std::exchange(report.problems, {});
    const qint64 writerCount = std::exchange(report.problemCount, 0);
    for (const Problem &p : std::as_const(readProblems))
        report.addProblem(p);
    for (const Problem &p : std::as_const(writerProblems))
        report.addProblem(p);
    report.problemCount += writerCount - writerProblems.size();
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.row < b.row; });

    if (report.ok() && !reader->unchangedOnDisk())
        report.addProblem(
            Problem{QString(), tr("%1 changed while it was imported (another program wrote to it); "
                                  "nothing was imported. Import it again when it is complete.")
                                   .arg(reader->path())});
    if (!report.ok())
        return report; // the transaction rolls back: nothing is written
    // What it changes in closed periods, by the rule of their discrepancies, told before it is done by a dry
    // run: the change log is written inside the transaction (and rolled back with it).
    PeriodCloseService closes(ws);
    const QList<PeriodClose> closed = closes.closedPeriods();
    auto closedChanges = [&] {
        for (const PeriodClose &close : closed) {
            const qint64 changed = closes.discrepancies(close.period, seqBefore, false).changes.size();
            if (changed > 0)
                report.closedChanges.append({close.period.toString(), changed});
        }
    };
    if (options.dryRun) {
        if (!closed.isEmpty() && ws.writer().finishBulk())
            closedChanges();
        return report; // the transaction rolls back: nothing is written
    }
    // Cancel is heard to the last phase: the change log and the indexes stop inside SQLite (the statement
    // fails as interrupted and the transaction rolls back). Not the commit: it is short, and all or nothing.
    if (options.progress)
        ws.setStopCheck([&] { return !options.progress(reader->size(), reader->size()); });
    auto stopHeard = [&ws, &report, had = bool(options.progress)] {
        if (!had)
            return false;
        const bool stopped = ws.wasStopped();
        ws.setStopCheck({});
        report.cancelled = report.cancelled || stopped;
        return stopped;
    };
    Status st = ws.writer().finishBulk();
    if (trace)
        qInfo("import: change log in %lld ms", phase.restart());
    if (st && bulk)
        st = bulk->finish();
    if (trace)
        qInfo("import: indexes in %lld ms", phase.restart());
    if (stopHeard())
        return report; // the transaction rolls back: nothing is written
    if (st)
        closedChanges();
    if (st && ws.stateMarker() != stateBefore)
        if (Status backup = ws.backupBeforeChange(QStringLiteral("import"), stateBefore); !backup) {
            report.addProblem(
                Problem{QString(), tr("Nothing was imported, because the workspace could not be "
                                      "backed up first: %1")
                                       .arg(backup.message())});
            return report; // the transaction rolls back: nothing is written
        }
    if (trace)
        qInfo("import: backup in %lld ms", phase.restart());
    if (st)
        st = tx.commit();
    if (trace)
        qInfo("import: commit in %lld ms", phase.restart());
    if (!st) {
        report.addProblem(Problem{QString(), st.message()});
        return report;
    }
    report.committed = true;
    return report;
}

} // namespace attain
