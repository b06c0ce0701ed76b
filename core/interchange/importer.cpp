// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/importer.h"

#include "core/domain/dates.h"
#include "core/domain/textnorm.h"
#include "core/domain/textrules.h"
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

ImportLookups loadLookups(Workspace &ws)
{
    ImportLookups l;
    l.currency = ws.setting(QStringLiteral("currency"), Money::defaultCurrency());
    l.today = ws.clock().today();
    for (const Member &m : MemberService(ws).all()) {
        l.membersByLogin.insert(m.login.toLower(), {m.id, m.role});
        l.loginsByName[normalizeKey(m.name)] << m.login.toLower();
    }
    {
        Statement st(ws, "SELECT id, name FROM teams");
        while (st.next())
            l.teamsByName.insert(normalizeKey(st.text(1)), st.text(0));
    }
    Statement st(ws, "SELECT id, norm_name, owner_id FROM customers ORDER BY created_on DESC, rowid DESC");
    while (st.next()) {
        l.customersByName.insert(st.text(1), st.text(0)); // the oldest customer of a name wins
        l.customerOwners.insert(st.text(0), st.text(2));
    }
    return l;
}

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
    case ImportKind::FinanceReturn: return QStringLiteral("deals");
    }
    return QString();
}

bool sameFields(const Fields &a, const Fields &b)
{
    for (int i = 0; i < a.size() && i < b.size(); ++i)
        if (!RecordWriter::sameValue(a.at(i).second, b.at(i).second))
            return false;
    return a.size() == b.size();
}

/// Applies an import's records on the workspace's thread, each through its kind's checked write (the same
/// rules as a form's: who may, the ownership rules, splits, the change log), in the one write transaction:
/// inserts what is new, updates what differs, counts what is unchanged.
class Applier
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    Applier(Workspace &ws, ImportReport &report, const QStringList &mapped, bool targetEmpty,
            const ImportLookups &lookups)
        : m_ws(ws), m_report(report), m_targetEmpty(targetEmpty), m_customerOwners(lookups.customerOwners)
    {
        for (const QString &k : mapped)
            if (!k.isEmpty())
                m_present.insert(k);
        m_ws.writer().startBulk();
    }

    /// False on a failure that stops writing (the workspace refused a write); a row someone may not write is
    /// a problem of its own, and the others are still checked.
    bool apply(const ImportItem &item)
    {
        Status st = std::visit([&](const auto &record) { return applyRecord(item, record); }, item.record);
        if (!st) {
            for (Problem p : st.problems()) {
                // A full disk is the file's trouble, not the row's.
                if (p.code.isEmpty() || p.code == AccessPolicy::deniedCode)
                    p.row = item.row;
                m_report.addProblem(p);
            }
            return st.code() == AccessPolicy::deniedCode;
        }
        return true;
    }

private:
    bool present(const char *key) const { return m_present.contains(QLatin1String(key)); }
    void problem(int row, const char *field, const QString &value, const QString &message)
    {
        m_report.addProblem(Problem{QLatin1String(field), message, row, value});
    }
    // Counts, and asks the kind's checked write for what is new or changed.
    template <typename R, typename Write>
    Status upsert(const std::optional<R> &existing, const R &merged, const Write &write)
    {
        if (!existing) {
            ++m_report.inserted;
            return write(nullptr, &merged);
        }
        if (sameFields(existing->fields(), merged.fields())) {
            ++m_report.unchanged;
            return success();
        }
        ++m_report.updated;
        return write(&*existing, &merged);
    }

    Status applyRecord(const ImportItem &, const Team &t)
    {
        ++m_report.createdTeams;
        return TeamService(m_ws).write(nullptr, &t, References::ResolvedByCaller);
    }

    Status applyRecord(const ImportItem &item, const Member &m)
    {
        MemberService members(m_ws);
        if (item.created) {
            ++m_report.createdMembers;
            if (m_report.newMembers.size() < ImportReport::maxListed)
                m_report.newMembers << m.login;
            return members.write(nullptr, &m, References::ResolvedByCaller);
        }
        const auto existing = members.findByLogin(m.login);
        Member merged = m;
        if (existing) {
            merged.id = existing->id;
            if (!present("role"))
                merged.role = existing->role;
            if (!present("level"))
                merged.level = existing->level;
            if (!present("team"))
                merged.teamId = existing->teamId;
            if (!present("email"))
                merged.email = existing->email;
            merged.externalId = existing->externalId;
            merged.active = existing->active;
        }
        return upsert(existing, merged, [&](const Member *before, const Member *after) {
            return members.write(before, after, References::ResolvedByCaller);
        });
    }

    Status applyRecord(const ImportItem &item, const Customer &c)
    {
        CustomerService customers(m_ws);
        if (item.created) {
            ++m_report.createdCustomers;
            if (m_report.newCustomers.size() < ImportReport::maxListed)
                m_report.newCustomers << c.name;
            m_customerOwners.insert(c.id, c.ownerId);
            return customers.write(nullptr, &c, References::ResolvedByCaller);
        }
        std::optional<Customer> existing;
        if (!m_targetEmpty) {
            existing = c.externalId.isEmpty() ? std::nullopt : customers.findByExternalId(c.externalId);
            if (!existing) {
                Statement st(
                    m_ws, "SELECT id FROM customers WHERE norm_name = ? ORDER BY created_on, rowid LIMIT 1");
                st.bind(1, c.normalizedName());
                if (st.next())
                    existing = customers.find(st.text(0));
            }
        }
        Customer merged = c;
        if (existing) {
            merged.id = existing->id;
            for (auto [key, target, source] :
                 {std::tuple{"phone", &merged.phone, &existing->phone},
                  std::tuple{"source", &merged.source, &existing->source},
                  std::tuple{"external_id", &merged.externalId, &existing->externalId}})
                if (!present(key))
                    *target = *source;
            if (!present("owner")) {
                merged.ownerId = existing->ownerId;
                merged.ownerSince = existing->ownerSince;
            } else if (merged.ownerId == existing->ownerId) {
                merged.ownerSince = existing->ownerSince;
            }
            if (!present("created_on"))
                merged.createdOn = existing->createdOn;
        }
        m_customerOwners.insert(merged.id, merged.ownerId);
        return upsert(existing, merged, [&](const Customer *before, const Customer *after) {
            return customers.write(before, after, References::ResolvedByCaller);
        });
    }

    Status applyRecord(const ImportItem &, const Deal &d)
    {
        DealService deals(m_ws);
        const auto existing = m_targetEmpty ? std::nullopt : deals.findByExternalId(d.externalId);
        DealOutcome outcome;
        DealWrite options;
        options.references = References::ResolvedByCaller;
        options.outcome = &outcome;
        // The import knows each customer's owner (it read them, or made the customer): the common deal, by
        // the customer's own owner, asks the workspace nothing more.
        if (const auto owner = m_customerOwners.constFind(d.customerId); owner != m_customerOwners.cend())
            options.customerOwner = *owner;
        Status st = success();
        if (!existing) {
            ++m_report.inserted;
            st = deals.write(nullptr, &d, options);
        } else {
            Deal merged = d;
            merged.id = existing->id;
            merged.confirmedOn = existing->confirmedOn;
            if (!present("currency"))
                merged.amount = Money(d.amount.minor(), existing->amount.currency());
            if (!present("closed_on"))
                merged.closedOn = existing->closedOn;
            if (!present("product"))
                merged.product = existing->product;
            if (!present("contract_no"))
                merged.contractNo = existing->contractNo;
            if (!present("splits"))
                merged.splits = existing->splits;
            if (sameFields(existing->fields(), merged.fields()) &&
                existing->splitsText() == merged.splitsText()) {
                ++m_report.unchanged;
                return success();
            }
            ++m_report.updated;
            st = deals.write(&*existing, &merged, options);
        }
        if (st && outcome.conflictRecorded)
            ++m_report.conflictsOpened;
        if (st && outcome.customerClaimed)
            m_customerOwners.insert(d.customerId, d.ownerId);
        return st;
    }

    // A follow-up's or rating's deal, by number; empty when none was named or none exists.
    bool resolveDeal(const ImportItem &item, const QString &customerId, QString *dealId)
    {
        if (item.dealRef.isEmpty())
            return true;
        Statement st(m_ws, "SELECT id, customer_id FROM deals WHERE external_id = ?");
        st.bind(1, item.dealRef);
        if (!st.next()) {
            problem(item.row, "deal", item.dealRef, tr("there is no deal with this number"));
            return false;
        }
        if (st.text(1) != customerId) {
            problem(item.row, "deal", item.dealRef, tr("the deal belongs to another customer"));
            return false;
        }
        *dealId = st.text(0);
        return true;
    }

    Status applyRecord(const ImportItem &item, const Activity &incoming)
    {
        Activity a = incoming;
        if (!resolveDeal(item, a.customerId, &a.dealId))
            return success();
        std::optional<Activity> existing;
        ActivityService activities(m_ws);
        if (!m_targetEmpty) {
            // By number, or else by who, whom, when and how: the same follow-up twice is one.
            Statement st(
                m_ws, a.externalId.isEmpty()
                          ? "SELECT id FROM activities WHERE customer_id = ?1 AND at = ?2 AND member_id = ?3 "
                            "AND kind = ?4"
                          : "SELECT id FROM activities WHERE external_id = ?5");
            st.bind(1, a.customerId)
                .bind(2, Dates::toIso(a.at))
                .bind(3, a.memberId)
                .bind(4, Activity::kindKey(a.kind));
            if (!a.externalId.isEmpty())
                st.bind(5, a.externalId);
            if (st.next())
                existing = activities.find(st.text(0));
        }
        if (existing) {
            a.id = existing->id;
            if (!present("deal"))
                a.dealId = existing->dealId;
            if (!present("notes"))
                a.notes = existing->notes;
            if (!present("external_id"))
                a.externalId = existing->externalId;
        }
        return upsert(existing, a, [&](const Activity *before, const Activity *after) {
            return activities.write(before, after, References::ResolvedByCaller);
        });
    }

    Status applyRecord(const ImportItem &item, const Rating &incoming)
    {
        Rating r = incoming;
        if (!resolveDeal(item, r.customerId, &r.dealId))
            return success();
        std::optional<Rating> existing;
        RatingService ratings(m_ws);
        if (!m_targetEmpty) {
            Statement st(
                m_ws,
                r.externalId.isEmpty()
                    ? "SELECT id FROM ratings WHERE customer_id = ?1 AND member_id = ?2 AND rated_on = ?3 "
                      "AND ifnull(deal_id, '') = ?4"
                    : "SELECT id FROM ratings WHERE external_id = ?5");
            st.bind(1, r.customerId)
                .bind(2, r.memberId)
                .bind(3, Dates::toIso(r.ratedOn))
                .bind(4, r.dealId.isEmpty() ? QStringLiteral("") : r.dealId);
            if (!r.externalId.isEmpty())
                st.bind(5, r.externalId);
            if (st.next())
                existing = ratings.find(st.text(0));
        }
        if (existing) {
            r.id = existing->id;
            if (!present("comment"))
                r.comment = existing->comment;
            if (!present("external_id"))
                r.externalId = existing->externalId;
        }
        return upsert(existing, r, [&](const Rating *before, const Rating *after) {
            return ratings.write(before, after, References::ResolvedByCaller);
        });
    }

    Status applyRecord(const ImportItem &, const Target &incoming)
    {
        Target t = incoming;
        TargetService targets(m_ws);
        const auto existing = targets.find(t.memberId, t.teamId, t.period, t.metric);
        if (existing)
            t.id = existing->id;
        return upsert(existing, t, [&](const Target *before, const Target *after) {
            return targets.write(before, after, References::ResolvedByCaller);
        });
    }

    Status applyRecord(const ImportItem &item, const Confirmation &c)
    {
        DealService deals(m_ws);
        // The handoff writes a deal's own id when it has no external id, so finance's return can name it
        // either way.
        auto deal = deals.findByExternalId(c.externalId);
        if (!deal)
            deal = deals.find(c.externalId);
        const QLocale locale;
        auto skip = [&](const char *field, const QString &value, const QString &reason) {
            m_report.notApplied << Problem{QLatin1String(field), reason, item.row, value};
            return success();
        };
        if (!deal)
            return skip("external_id", c.externalId, tr("no deal has this number"));
        if (deal->stage != Stage::Won)
            return skip("external_id", c.externalId, tr("the deal is not won"));
        if (deal->amount.minor() != c.paid.minor() || deal->amount.currency() != c.paid.currency())
            return skip(
                "paid_amount", c.paid.toDecimalString(),
                tr("paid %1, the deal is %2").arg(c.paid.format(locale), deal->amount.format(locale)));
        if (deal->closedOn.isValid() && c.paidOn < deal->closedOn)
            return skip("paid_on", Dates::toIso(c.paidOn),
                        tr("paid before the deal was closed (%1)").arg(Dates::toIso(deal->closedOn)));
        if (deal->confirmedOn == c.paidOn) {
            ++m_report.unchanged;
            return success();
        }
        ++m_report.updated;
        return deals.confirm(*deal, c.paidOn);
    }

    Workspace &m_ws;
    ImportReport &m_report;
    bool m_targetEmpty;
    QSet<QString> m_present;
    QHash<QString, QString> m_customerOwners; // customer id → owner id, as this import leaves them
};

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
    const ImportLookups lookups = loadLookups(ws);
    if (Status allowed = mayImport(ws, options.kind); !allowed) {
        report.addProblem(allowed.problems().value(0));
        return report;
    }
    std::optional<WriterNote> note;
    if (!options.dryRun) {
        note.emplace(ws.path(), WriterNote::Kind::Import, QFileInfo(reader->path()).fileName());
        if (Status st = ws.backupBeforeChange(QStringLiteral("import")); !st) {
            report.addProblem(
                Problem{QString(), tr("Nothing was imported, because the workspace could not be "
                                      "backed up first: %1")
                                       .arg(st.message())});
            return report;
        }
    }
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
        ImportRows rowsOf(options.kind, report.mapped, lookups);
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
    Applier applier(ws, report, report.mapped, rowCount(ws, table) == 0, lookups);
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
    if (!report.ok() || options.dryRun)
        return report; // the transaction rolls back: nothing is written
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
