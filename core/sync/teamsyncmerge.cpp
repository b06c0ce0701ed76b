// SPDX-License-Identifier: GPL-3.0-or-later
// TeamSync's merging half: applying bundles at either end, and deciding conflicts.
#include "core/sync/teamsync.h"

#include "core/access/accesspolicy.h"
#include "core/domain/dates.h"
#include "core/queries/recordlabels.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/services/ratingservice.h"
#include "core/storage/schema.h"
#include "core/storage/statement.h"
#include "core/storage/writetransaction.h"
#include "core/sync/publishedboards.h"
#include "core/sync/syncrecords.h"
#include "core/sync/teamsyncstate.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace attain {

namespace {

QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

void setField(Customer &r, const QString &f, const QVariant &v)
{
    if (f == QLatin1String("external_id"))
        r.externalId = text(v);
    else if (f == QLatin1String("name"))
        r.name = text(v);
    else if (f == QLatin1String("phone"))
        r.phone = text(v);
    else if (f == QLatin1String("owner_id"))
        r.ownerId = text(v);
    else if (f == QLatin1String("owner_since"))
        r.ownerSince = Dates::fromIso(text(v));
    else if (f == QLatin1String("source"))
        r.source = text(v);
    else if (f == QLatin1String("created_on"))
        r.createdOn = Dates::fromIso(text(v));
}

void setField(Deal &r, const QString &f, const QVariant &v)
{
    if (f == QLatin1String("external_id"))
        r.externalId = text(v);
    else if (f == QLatin1String("customer_id"))
        r.customerId = text(v);
    else if (f == QLatin1String("owner_id"))
        r.ownerId = text(v);
    else if (f == QLatin1String("amount"))
        r.amount = Money(v.toLongLong(), r.amount.currency());
    else if (f == QLatin1String("currency"))
        r.amount = Money(r.amount.minor(), text(v));
    else if (f == QLatin1String("stage"))
        r.stage = Deal::stageFromText(text(v)).value_or(r.stage);
    else if (f == QLatin1String("created_on"))
        r.createdOn = Dates::fromIso(text(v));
    else if (f == QLatin1String("closed_on"))
        r.closedOn = Dates::fromIso(text(v));
    else if (f == QLatin1String("product"))
        r.product = text(v);
    else if (f == QLatin1String("contract_no"))
        r.contractNo = text(v);
    else if (f == QLatin1String("confirmed_on"))
        r.confirmedOn = Dates::fromIso(text(v));
    else if (f == SyncRecords::splits)
        r.splits = Deal::splitsFromText(text(v));
}

void setField(Activity &r, const QString &f, const QVariant &v)
{
    if (f == QLatin1String("external_id"))
        r.externalId = text(v);
    else if (f == QLatin1String("member_id"))
        r.memberId = text(v);
    else if (f == QLatin1String("customer_id"))
        r.customerId = text(v);
    else if (f == QLatin1String("deal_id"))
        r.dealId = text(v);
    else if (f == QLatin1String("kind"))
        r.kind = Activity::kindFromText(text(v)).value_or(r.kind);
    else if (f == QLatin1String("at"))
        r.at = Dates::fromIsoDateTime(text(v));
    else if (f == QLatin1String("notes"))
        r.notes = text(v);
}

void setField(Rating &r, const QString &f, const QVariant &v)
{
    if (f == QLatin1String("external_id"))
        r.externalId = text(v);
    else if (f == QLatin1String("customer_id"))
        r.customerId = text(v);
    else if (f == QLatin1String("member_id"))
        r.memberId = text(v);
    else if (f == QLatin1String("deal_id"))
        r.dealId = text(v);
    else if (f == QLatin1String("score"))
        r.score = int(v.toLongLong());
    else if (f == QLatin1String("rated_on"))
        r.ratedOn = Dates::fromIso(text(v));
    else if (f == QLatin1String("comment"))
        r.comment = text(v);
}

/// How a change is taken: written through the service's checked write, or only asked whether its author may
/// make it (before it goes to the conflict inbox, so that a change nobody may make is rejected, not weighed).
enum class Take
{
    Write,
    AskAccess
};

template <typename R, typename S, typename W>
Status writeVia(Workspace &ws, S service, const QString &id, const Fields &set, bool remove, W write,
                Take take)
{
    std::optional<R> before;
    if (!id.isEmpty()) {
        before = service.find(id);
        if (!before)
            return Status(Problem{QString(), TeamSync::tr("the record no longer exists")});
    }
    R after = before ? *before : R{};
    if (!before)
        after.id = QStringLiteral("0");
    for (const auto &[field, value] : set)
        setField(after, field, value);
    if (take == Take::AskAccess)
        return service.rules().access(before ? &*before : nullptr, remove ? nullptr : &after);
    if (remove)
        return write(service, &*before, nullptr);
    if (!before)
        after.id = ws.newId();
    return write(service, before ? &*before : nullptr, &after);
}

/// A change to a record through its service's checked write, as the workspace's actor: who may, the rules
/// and what follows from them (ownership conflicts, splits) — the same as from a form. `id` empty: created.
Status writeRecord(Workspace &ws, const QString &table, const QString &id, const Fields &set, bool remove,
                   Take take = Take::Write)
{
    if (table == QLatin1String("customers"))
        return writeVia<Customer>(
            ws, CustomerService(ws), id, set, remove,
            [](CustomerService &s, const Customer *b, const Customer *a) { return s.write(b, a); }, take);
    if (table == QLatin1String("deals"))
        return writeVia<Deal>(
            ws, DealService(ws), id, set, remove,
            [](DealService &s, const Deal *b, const Deal *a) { return s.write(b, a, {}); }, take);
    if (table == QLatin1String("activities"))
        return writeVia<Activity>(
            ws, ActivityService(ws), id, set, remove,
            [](ActivityService &s, const Activity *b, const Activity *a) { return s.write(b, a); }, take);
    if (table == QLatin1String("ratings"))
        return writeVia<Rating>(
            ws, RatingService(ws), id, set, remove,
            [](RatingService &s, const Rating *b, const Rating *a) { return s.write(b, a); }, take);
    return Status(
        AccessPolicy::denied(TeamSync::tr("Only a manager changes %1.").arg(RecordLabels::kindLabel(table))));
}

bool repWritable(const QString &table)
{
    return table == QLatin1String("customers") || table == QLatin1String("deals") ||
           table == QLatin1String("activities") || table == QLatin1String("ratings");
}

QString joined(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.message;
    return out.join(QStringLiteral("; "));
}

QVariant stored(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v.toString());
}

struct Parsed
{
    QJsonObject manifest;
    QJsonObject payload;
};

Result<Parsed> parse(const SignedFile &file)
{
    using R = Result<Parsed>;
    const qsizetype nl = file.body.indexOf('\n');
    if (nl < 0)
        return R::failure(QString(), TeamSync::tr("its contents cannot be read"));
    const QJsonDocument m = QJsonDocument::fromJson(file.body.left(nl));
    if (!m.isObject())
        return R::failure(QString(), TeamSync::tr("its manifest cannot be read"));
    Parsed p;
    p.manifest = m.object();
    const QByteArray payload = file.body.mid(nl + 1);
    if (p.manifest.value(QStringLiteral("sha256")).toString().toLatin1() != SignedFile::sha256Hex(payload))
        return R::failure(QString(), TeamSync::tr("its contents do not match its manifest"));
    if (p.manifest.value(QStringLiteral("format")).toInt() != 1)
        return R::failure(QString(), TeamSync::tr("it is of a format this Attain does not read"));
    if (p.manifest.value(QStringLiteral("schema")).toInt() > Schema::currentVersion())
        return R::failure(QString(),
                          TeamSync::tr("it was made by a newer Attain (workspace format %1); update "
                                       "Attain to apply it")
                              .arg(p.manifest.value(QStringLiteral("schema")).toInt()));
    const QJsonDocument d = QJsonDocument::fromJson(payload);
    if (!d.isObject())
        return R::failure(QString(), TeamSync::tr("its changes cannot be read"));
    p.payload = d.object();
    for (const char *key : {"first", "last", "acks"})
        if (!p.manifest.value(QLatin1String(key)).isDouble() ||
            p.manifest.value(QLatin1String(key)).toDouble() < 0)
            return R::failure(QString(), TeamSync::tr("its manifest has no sequence range"));
    return p;
}

qint64 number(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace

Result<SyncOutcome> TeamSync::apply(const QByteArray &bytes, const QString &what)
{
    using R = Result<SyncOutcome>;
    const auto file = SignedFile::open(bytes, "bundle", what);
    if (!file) {
        writeLog(QStringLiteral("refused"), file.message());
        return R(file.problems());
    }
    const auto parsed = parse(*file);
    if (!parsed)
        return R(refused(what, parsed.message()).problems());
    auto me = SyncSelf::read(m_ws);
    if (!me)
        return R(refused(what, tr("this workspace does not take part in team sync")).problems());
    if (me->role == QLatin1String("hub"))
        return applyAtHub(*me, parsed->manifest, parsed->payload, bytes, *file, what);
    return applyAtRep(*me, parsed->manifest, parsed->payload, bytes, *file, what);
}

QList<Result<SyncOutcome>> TeamSync::applyAll(const QList<std::pair<QByteArray, QString>> &bundles)
{
    QList<Result<SyncOutcome>> out;
    if (bundles.isEmpty())
        return out;
    if (Status st = m_ws.backupBeforeChange(QStringLiteral("sync-apply")); !st) {
        for (qsizetype i = 0; i < bundles.size(); ++i)
            out << Result<SyncOutcome>(st.problems());
        return out;
    }
    m_backedUpForBatch = true;
    for (const auto &[bytes, what] : bundles)
        out << apply(bytes, what);
    m_backedUpForBatch = false;
    return out;
}

Result<SyncOutcome> TeamSync::applyAtHub(SyncSelf &me, const QJsonObject &manifest,
                                         const QJsonObject &payload, const QByteArray &bytes,
                                         const SignedFile &file, const QString &what)
{
    using R = Result<SyncOutcome>;
    const auto refuse = [&](const QString &why) { return R(refused(what, why).problems()); };
    if (Status allowed = m_ws.access().managersOnly(tr("what team sync merges")); !allowed)
        return R(allowed.problems());
    if (manifest.value(QStringLiteral("to")).toString() != me.workspace)
        return refuse(tr("it is meant for another workspace"));
    std::optional<SyncPeer> peer = SyncPeer::where(m_ws, "public_key = ?", file.signer);
    bool enrolling = false;
    if (!peer) {
        // A device's first bundle: it names its invitation and proves, for its own key, that it holds the
        // invitation's secret; the hub then pins the key.
        const QByteArray invitation =
            QByteArray::fromHex(manifest.value(QStringLiteral("invitation")).toString().toLatin1());
        peer = invitation.size() == 16
                   ? SyncPeer::where(m_ws, "invitation = ? AND public_key IS NULL", invitation)
                   : std::nullopt;
        if (!peer || manifest.value(QStringLiteral("proof")).toString().toLatin1() !=
                         SignedFile::proofHex(peer->token, file.signer))
            return refuse(tr("it is signed by a key this workspace does not know"));
        enrolling = true;
    }
    if (!peer->revokedAt.isEmpty())
        return refuse(
            tr("it comes from a device whose invitation was replaced on %1").arg(peer->revokedAt.left(10)));
    if (manifest.value(QStringLiteral("member")).toString() !=
        m_records->uuidOf(QStringLiteral("members"), peer->memberId))
        return refuse(tr("it is not from the member its key belongs to"));
    const QByteArray bundleId =
        QByteArray::fromHex(manifest.value(QStringLiteral("bundle")).toString().toLatin1());
    const qint64 first = number(manifest, "first"), last = number(manifest, "last");
    const QJsonArray changes = payload.value(QStringLiteral("changes")).toArray();
    SyncOutcome outcome;
    const auto seen = [&] {
        Statement st(m_ws, "SELECT 1 FROM sync_bundles WHERE uuid = ?");
        st.bindBlob(1, bundleId);
        return st.next();
    };
    WriteTransaction tx(m_ws);
    if (!tx.isActive())
        return R(tx.problem());
    if (bundleId.size() != 16 || last < first - 1)
        return refuse(tr("its manifest is damaged"));
    if (enrolling) {
        Statement st(m_ws,
                     "UPDATE sync_peers SET public_key = ?, device = ?, workspace = ?, enrolled_at = ? WHERE "
                     "id = ?");
        st.bindBlob(1, file.signer)
            .bindBlob(2, QByteArray::fromHex(manifest.value(QStringLiteral("device")).toString().toLatin1()))
            .bindBlob(3,
                      QByteArray::fromHex(manifest.value(QStringLiteral("workspace")).toString().toLatin1()))
            .bind(4, syncTime(m_ws))
            .bind(5, peer->id);
        if (!st.exec())
            return R(st.problem());
        peer->workspace =
            QByteArray::fromHex(manifest.value(QStringLiteral("workspace")).toString().toLatin1());
    }
    if (seen() || (last <= peer->receivedSeq && first <= peer->receivedSeq + 1)) {
        outcome.duplicates += int(changes.size());
    } else if (first > peer->receivedSeq + 1) {
        Statement st(
            m_ws, "INSERT OR IGNORE INTO sync_held(uuid, peer, first_seq, at, bytes) VALUES (?, ?, ?, ?, ?)");
        st.bindBlob(1, bundleId).bind(2, peer->id).bind(3, first).bind(4, syncTime(m_ws)).bindBlob(5, bytes);
        if (!st.exec())
            return R(st.problem());
        outcome.held = 1;
    } else {
        static const bool trace = qEnvironmentVariableIsSet("ATTAIN_TRACE_SYNC");
        QElapsedTimer timer;
        timer.start();
        if (!m_backedUpForBatch)
            if (Status st = m_ws.backupBeforeChange(QStringLiteral("sync-apply")); !st)
                return R(st.problems());
        if (trace)
            qInfo("sync apply: backup before it in %lld ms", timer.restart());
        const auto merged = mergeChanges(*peer, changes);
        if (trace)
            qInfo("sync apply: %lld changes merged in %lld ms", qint64(changes.size()), timer.restart());
        if (!merged)
            return refuse(merged.message());
        outcome = *merged;
        Statement st(m_ws,
                     "INSERT INTO sync_bundles(uuid, peer, direction, first_seq, last_seq, at, outcome) "
                     "VALUES (?, ?, 'in', ?, ?, ?, ?)");
        st.bindBlob(1, bundleId).bind(2, peer->id).bind(3, first).bind(4, last).bind(5, syncTime(m_ws));
        st.bind(6, tr("applied %1, duplicates %2, conflicts %3, rejected %4")
                       .arg(outcome.applied)
                       .arg(outcome.duplicates)
                       .arg(outcome.conflicts)
                       .arg(outcome.rejected));
        if (!st.exec())
            return R(st.problem());
        Statement up(m_ws,
                     "UPDATE sync_peers SET received_seq = ?, last_in = ?, acked_bundle = max(acked_bundle, "
                     "?) WHERE id = ?");
        up.bind(1, last).bind(2, syncTime(m_ws)).bind(3, number(manifest, "acks")).bind(4, peer->id);
        if (!up.exec())
            return R(up.problem());
        Statement held(m_ws, "DELETE FROM sync_held WHERE uuid = ?");
        held.bindBlob(1, bundleId);
        if (!held.exec())
            return R(held.problem());
        peer->receivedSeq = last;
    }
    if (Status st = tx.commit(); !st)
        return R(st.problems());
    writeLog(outcome.held ? QStringLiteral("held") : QStringLiteral("in"),
             tr("%1 from %2: applied %3, duplicates %4, held %5, conflicts %6, rejected %7")
                 .arg(what, RecordLabels(m_ws).label(QStringLiteral("members"), peer->memberId))
                 .arg(outcome.applied)
                 .arg(outcome.duplicates)
                 .arg(outcome.held)
                 .arg(outcome.conflicts)
                 .arg(outcome.rejected));
    // A held bundle whose turn has come is applied now.
    if (!outcome.held) {
        Statement st(
            m_ws, "SELECT bytes FROM sync_held WHERE peer = ? AND first_seq <= ? ORDER BY first_seq LIMIT 1");
        st.bind(1, peer->id).bind(2, peer->receivedSeq + 1);
        if (st.next()) {
            const QByteArray next = st.blob(0);
            st.reset();
            const auto more = apply(next, tr("a held bundle"));
            if (more) {
                SyncOutcome o = *more;
                o.held = 0;
                outcome.add(o);
            }
        }
    }
    return outcome;
}

Result<SyncOutcome> TeamSync::mergeChanges(SyncPeer &peer, const QJsonArray &changes)
{
    using R = Result<SyncOutcome>;
    SyncOutcome outcome;
    const auto member = MemberService(m_ws).find(peer.memberId);
    if (!member)
        return R::failure(QString(), tr("the rep is no longer a member"));
    const Actor rep = Actor::member(*member);
    const Actor saved = m_ws.actor();
    struct Restore
    {
        Workspace &ws;
        Actor actor;
        ~Restore() { ws.actAs(actor); }
    } restore{m_ws, saved};

    const auto result = [&](qint64 seq, const QString &entity, const QString &uuid, const QString &field,
                            const QString &kind, const QString &reason) {
        Statement st(
            m_ws, "INSERT INTO sync_results(peer, seq, entity, uuid, field, outcome, reason) VALUES (?, ?, "
                  "?, ?, ?, ?, ?)");
        st.bind(1, peer.id).bind(2, seq).bind(3, entity).bindBlob(4, QByteArray::fromHex(uuid.toLatin1()));
        st.bind(5, field).bind(6, kind).bind(7, reason);
        return st.exec() ? success() : Status(st.problem());
    };
    const auto inbox = [&](qint64 peerId, qint64 seq, const QString &entity, const QString &uuid,
                           const QString &field, const QJsonValue &base, const QJsonValue &theirs,
                           const QJsonValue &ours, const QString &author, const QString &hlc) {
        Statement st(
            m_ws, "INSERT OR IGNORE INTO sync_conflicts(peer, seq, entity, uuid, field, base, theirs, ours, "
                  "author, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, peerId).bind(2, seq).bind(3, entity).bindBlob(4, QByteArray::fromHex(uuid.toLatin1()));
        st.bind(5, field).bind(6, stored(base)).bind(7, stored(theirs)).bind(8, stored(ours));
        st.bind(9, author).bind(10, hlc);
        return st.exec() ? success() : Status(st.problem());
    };

    for (const QJsonValue &value : changes) {
        const QJsonObject c = value.toObject();
        const qint64 seq = number(c, "seq");
        if (seq <= peer.receivedSeq) {
            ++outcome.duplicates;
            continue;
        }
        const QString entity = c.value(QStringLiteral("entity")).toString();
        const QString uuid = c.value(QStringLiteral("uuid")).toString();
        const QString op = c.value(QStringLiteral("op")).toString();
        const QString field = c.value(QStringLiteral("field")).toString();
        const QString author = c.value(QStringLiteral("author")).toString();
        const QString hlc = c.value(QStringLiteral("hlc")).toString();
        if (!SyncRecords::isSynced(entity) || uuid.size() != 32 ||
            (op != QLatin1String("create") && op != QLatin1String("update") && op != QLatin1String("delete")))
            return R::failure(QString(), tr("change %1 is not one Attain makes").arg(seq));
        m_ws.actAs(rep);
        if (!repWritable(entity)) {
            const Status denied = AccessPolicy(rep).managersOnly(RecordLabels::kindLabel(entity));
            if (Status st = result(seq, entity, uuid, field, QStringLiteral("rejected"), denied.message());
                !st)
                return R(st.problems());
            ++outcome.rejected;
            continue;
        }
        const QString id = m_records->localIdOf(entity, uuid);
        const auto reject = [&](const QString &reason) -> Status {
            ++outcome.rejected;
            return result(seq, entity, uuid, field, QStringLiteral("rejected"), reason);
        };
        Status st = success();
        if (op == QLatin1String("create")) {
            if (!id.isEmpty()) {
                ++outcome.duplicates;
                continue;
            }
            Fields set;
            const QJsonObject values = c.value(QStringLiteral("values")).toObject();
            QString bad;
            for (const SyncColumn &col : SyncRecords::columns(entity)) {
                if (col.derived || !values.contains(col.name))
                    continue;
                const auto local = m_records->toLocal(entity, col.name, values.value(col.name));
                if (!local) {
                    bad = local.message();
                    break;
                }
                set << qMakePair(col.name, *local);
            }
            if (!bad.isEmpty()) {
                st = reject(bad);
            } else {
                m_ws.presetUuid(QByteArray::fromHex(uuid.toLatin1()));
                const Status written = writeRecord(m_ws, entity, QString(), set, false);
                m_ws.presetUuid(QByteArray());
                if (written)
                    ++outcome.applied;
                else
                    st = reject(joined(written.problems()));
            }
        } else if (op == QLatin1String("update")) {
            const auto column = SyncRecords::column(entity, field);
            if (!column) {
                st = reject(tr("there is no field %1").arg(field));
            } else if (column->derived) {
                continue; // the hub derives it from the fields it was derived from
            } else if (id.isEmpty()) {
                // Edited at the rep, deleted at the hub: the manager decides.
                st = inbox(peer.id, seq, entity, uuid, field, c.value(QStringLiteral("base")),
                           c.value(QStringLiteral("value")), QJsonValue(QJsonValue::Null), author, hlc);
                ++outcome.conflicts;
            } else {
                const QJsonValue base = c.value(QStringLiteral("base"));
                const QJsonValue theirs = c.value(QStringLiteral("value"));
                const QJsonValue current = m_records->readRow(entity, id).value(field);
                const auto asked = m_records->toLocal(entity, field, theirs);
                if (!asked) {
                    if (Status r = reject(asked.message()); !r)
                        return R(r.problems());
                    continue;
                }
                if (Status may = writeRecord(m_ws, entity, id, {{field, *asked}}, false, Take::AskAccess);
                    !may) {
                    if (Status r = reject(joined(may.problems())); !r)
                        return R(r.problems());
                    continue;
                }
                QJsonValue groupOurs;
                bool grouped = false;
                {
                    Statement g(m_ws,
                                "SELECT ours FROM sync_conflicts WHERE entity = ? AND uuid = ? AND field = ? "
                                "AND status = 'open' LIMIT 1");
                    g.bind(1, entity).bindBlob(2, QByteArray::fromHex(uuid.toLatin1())).bind(3, field);
                    if (g.next()) {
                        grouped = true;
                        groupOurs = g.isNull(0) ? QJsonValue(QJsonValue::Null) : QJsonValue(g.text(0));
                    }
                }
                if (grouped) {
                    st = inbox(peer.id, seq, entity, uuid, field, base, theirs, groupOurs, author, hlc);
                    ++outcome.conflicts;
                } else if (base == current || theirs == current) {
                    const auto local = m_records->toLocal(entity, field, theirs);
                    if (!local) {
                        st = reject(local.message());
                    } else if (theirs == current) {
                        ++outcome.applied;
                    } else if (Status w = writeRecord(m_ws, entity, id, {{field, *local}}, false); !w) {
                        st = reject(joined(w.problems()));
                    } else {
                        ++outcome.applied;
                        Statement a(m_ws,
                                    "INSERT OR REPLACE INTO sync_applied(entity, uuid, field, base, value, "
                                    "peer, seq, author, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                        a.bind(1, entity).bindBlob(2, QByteArray::fromHex(uuid.toLatin1())).bind(3, field);
                        a.bind(4, stored(base)).bind(5, stored(theirs)).bind(6, peer.id).bind(7, seq);
                        a.bind(8, author).bind(9, hlc);
                        st = a.exec() ? success() : Status(a.problem());
                    }
                } else {
                    // Another rep's change of the same field from the same base, merged a moment ago: neither
                    // wins by arriving first. The field goes back to its base and both wait for the manager.
                    std::optional<std::tuple<qint64, qint64, QString, QString>> earlier;
                    {
                        Statement a(
                            m_ws, "SELECT peer, seq, author, hlc FROM sync_applied WHERE entity = ? AND uuid "
                                  "= ? AND field = ? AND base IS ? AND value IS ? AND peer <> ?");
                        a.bind(1, entity).bindBlob(2, QByteArray::fromHex(uuid.toLatin1())).bind(3, field);
                        a.bind(4, stored(base)).bind(5, stored(current)).bind(6, peer.id);
                        if (a.next())
                            earlier = std::make_tuple(a.int64(0), a.int64(1), a.text(2), a.text(3));
                    }
                    QJsonValue ours = current;
                    if (earlier) {
                        const auto local = m_records->toLocal(entity, field, base);
                        m_ws.actAsSystem();
                        const Status back = local ? writeRecord(m_ws, entity, id, {{field, *local}}, false)
                                                  : Status(local.problems());
                        m_ws.actAs(rep);
                        if (!back)
                            return R(back.problems());
                        const auto &[ePeer, eSeq, eAuthor, eHlc] = *earlier;
                        if (Status s2 =
                                inbox(ePeer, eSeq, entity, uuid, field, base, current, base, eAuthor, eHlc);
                            !s2)
                            return R(s2.problems());
                        Statement d(m_ws,
                                    "DELETE FROM sync_applied WHERE entity = ? AND uuid = ? AND field = ?");
                        d.bind(1, entity).bindBlob(2, QByteArray::fromHex(uuid.toLatin1())).bind(3, field);
                        if (!d.exec())
                            return R(d.problem());
                        ours = base;
                    }
                    st = inbox(peer.id, seq, entity, uuid, field, base, theirs, ours, author, hlc);
                    ++outcome.conflicts;
                }
            }
        } else { // delete
            if (id.isEmpty()) {
                ++outcome.duplicates;
                continue;
            }
            if (Status may = writeRecord(m_ws, entity, id, {}, true, Take::AskAccess); !may) {
                if (Status r = reject(joined(may.problems())); !r)
                    return R(r.problems());
                continue;
            }
            const QJsonObject last = c.value(QStringLiteral("values")).toObject();
            const QJsonObject now = m_records->readRow(entity, id);
            bool edited = false;
            for (auto it = last.begin(); it != last.end(); ++it) {
                const auto col = SyncRecords::column(entity, it.key());
                if (col && !col->derived && col->name != SyncRecords::splits &&
                    now.value(it.key()) != it.value())
                    edited = true;
            }
            if (edited) {
                st = inbox(peer.id, seq, entity, uuid, QStringLiteral("*"), QJsonValue(QJsonValue::Null),
                           QJsonValue(QJsonValue::Null),
                           QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Compact)), author, hlc);
                ++outcome.conflicts;
            } else if (Status w = writeRecord(m_ws, entity, id, {}, true); !w) {
                st = reject(joined(w.problems()));
            } else {
                ++outcome.applied;
            }
        }
        if (!st)
            return R(st.problems());
    }
    return outcome;
}

Result<SyncOutcome> TeamSync::applyAtRep(SyncSelf &me, const QJsonObject &manifest,
                                         const QJsonObject &payload, const QByteArray &bytes,
                                         const SignedFile &file, const QString &what)
{
    using R = Result<SyncOutcome>;
    const auto refuse = [&](const QString &why) { return R(refused(what, why).problems()); };
    if (file.signer != me.hubKey)
        return refuse(tr("it is not signed by this workspace's hub"));
    if (manifest.value(QStringLiteral("workspace")).toString() != me.hubWorkspace)
        return refuse(tr("it comes from another team's workspace"));
    const QString to = manifest.value(QStringLiteral("to")).toString();
    if (!to.isEmpty() && to != me.workspace)
        return refuse(tr("it is meant for another workspace"));
    if (!me.memberId.isEmpty() && manifest.value(QStringLiteral("member")).toString() !=
                                      m_records->uuidOf(QStringLiteral("members"), me.memberId))
        return refuse(tr("it is meant for another member"));
    const qint64 n = number(manifest, "first");
    const qint64 acks = number(manifest, "acks");
    SyncOutcome outcome;
    WriteTransaction tx(m_ws);
    if (!tx.isActive())
        return R(tx.problem());
    if (n <= me.receivedBundle) {
        outcome.duplicates = int(payload.value(QStringLiteral("upserts")).toArray().size());
    } else if (n > me.receivedBundle + 1) {
        Statement st(
            m_ws, "INSERT OR IGNORE INTO sync_held(uuid, peer, first_seq, at, bytes) VALUES (?, 0, ?, ?, ?)");
        st.bindBlob(1, QByteArray::fromHex(manifest.value(QStringLiteral("bundle")).toString().toLatin1()));
        st.bind(2, n).bind(3, syncTime(m_ws)).bindBlob(4, bytes);
        if (!st.exec())
            return R(st.problem());
        outcome.held = 1;
    } else {
        if (!me.memberId.isEmpty() && !m_backedUpForBatch)
            if (Status st = m_ws.backupBeforeChange(QStringLiteral("sync-apply")); !st)
                return R(st.problems());
        const qint64 before = m_ws.writer().log().lastSeq();
        m_records->forgetRevoked();
        if (Status st = applyHubPayload(payload, pendingFields(std::max(acks, me.ackedSeq))); !st)
            return refuse(st.message());
        if (Status st = purgeRevoked(); !st)
            return R(st.problems());
        const qint64 after = m_ws.writer().log().lastSeq();
        if (after > before) {
            Statement st(m_ws, "INSERT INTO sync_foreign(first_seq, last_seq) VALUES (?, ?)");
            st.bind(1, before + 1).bind(2, after);
            if (!st.exec())
                return R(st.problem());
        }
        outcome.applied = int(payload.value(QStringLiteral("upserts")).toArray().size() +
                              payload.value(QStringLiteral("revokes")).toArray().size());
        for (const QJsonValue &v : payload.value(QStringLiteral("results")).toArray()) {
            const QJsonObject r = v.toObject();
            Statement st(
                m_ws, "INSERT INTO sync_results(peer, seq, entity, uuid, field, outcome, reason) VALUES (0, "
                      "?, ?, ?, ?, ?, ?)");
            st.bind(1, number(r, "seq")).bind(2, r.value(QStringLiteral("entity")).toString());
            st.bindBlob(3, QByteArray::fromHex(r.value(QStringLiteral("uuid")).toString().toLatin1()));
            st.bind(4, r.value(QStringLiteral("field")).toString())
                .bind(5, r.value(QStringLiteral("outcome")).toString());
            st.bind(6, r.value(QStringLiteral("reason")).toString());
            if (!st.exec())
                return R(st.problem());
            if (r.value(QStringLiteral("outcome")).toString() == QLatin1String("rejected"))
                ++outcome.rejected;
        }
        Statement st(m_ws,
                     "UPDATE sync_self SET received_bundle = ?, acked_seq = max(acked_seq, ?), last_in = ? "
                     "WHERE id = 1");
        st.bind(1, n).bind(2, acks).bind(3, syncTime(m_ws));
        if (!st.exec())
            return R(st.problem());
        Statement held(m_ws, "DELETE FROM sync_held WHERE first_seq = ?");
        held.bind(1, n);
        if (!held.exec())
            return R(held.problem());
        me.receivedBundle = n;
    }
    const bool purged = !m_records->revoked().isEmpty();
    m_records->forgetRevoked();
    if (Status st = tx.commit(); !st)
        return R(st.problems());
    // What is pending and what was refused changed with the acknowledgements, even where no record did: the
    // views that show them (the provisional scorecard, the Sync page) look again.
    if (!me.memberId.isEmpty())
        m_ws.announce({EntityKind::Setting});
    if (!me.memberId.isEmpty())
        writeLog(outcome.held ? QStringLiteral("held") : QStringLiteral("in"),
                 tr("%1 from the hub: %2 record(s) updated, %3 taken away, %4 of your changes refused")
                     .arg(what)
                     .arg(payload.value(QStringLiteral("upserts")).toArray().size())
                     .arg(payload.value(QStringLiteral("revokes")).toArray().size())
                     .arg(outcome.rejected));
    if (purged) {
        // Records that left the rep's slice leave nothing in the file's bytes: no free page, no log frame.
        if (Status st = m_ws.compact(); !st)
            writeLog(QStringLiteral("warning"), tr("the file could not be compacted: %1").arg(st.message()));
    }
    if (!outcome.held) {
        Statement st(m_ws, "SELECT bytes FROM sync_held WHERE first_seq = ? LIMIT 1");
        st.bind(1, me.receivedBundle + 1);
        if (st.next()) {
            const QByteArray next = st.blob(0);
            st.reset();
            if (const auto more = apply(next, tr("a held bundle")))
                outcome.add(*more);
        }
    }
    return outcome;
}

Status TeamSync::applyHubPayload(const QJsonObject &payload, const QSet<QString> &pending)
{
    const QJsonArray upserts = payload.value(QStringLiteral("upserts")).toArray();
    const auto upsertAll = [&](bool teamsOnly) -> Status {
        for (const QJsonValue &v : upserts) {
            const QJsonObject u = v.toObject();
            const QString entity = u.value(QStringLiteral("entity")).toString();
            const QString uuid = u.value(QStringLiteral("uuid")).toString();
            if (!SyncRecords::isSynced(entity) || uuid.size() != 32)
                return Status(Problem{QString(), tr("it holds a record Attain does not make")});
            if (teamsOnly && entity != QLatin1String("teams"))
                continue;
            const QString prefix = entity + QLatin1Char('/') + uuid + QLatin1Char('/');
            if (pending.contains(prefix + QLatin1Char('*')))
                continue; // made or deleted here, not acknowledged yet
            QStringList keep;
            for (const SyncColumn &c : SyncRecords::columns(entity))
                if (pending.contains(prefix + c.name))
                    keep << c.name;
            if (Status st =
                    m_records->upsert(entity, uuid, u.value(QStringLiteral("values")).toObject(), keep);
                !st)
                return st;
        }
        return success();
    };
    if (Status st = upsertAll(false); !st)
        return st;
    if (Status st = upsertAll(true); !st) // a team's lead, now that the members are here
        return st;
    QJsonArray revokes = payload.value(QStringLiteral("revokes")).toArray();
    const QStringList order = SyncRecords::tables();
    QList<QJsonObject> sorted;
    for (const QJsonValue &v : revokes)
        sorted << v.toObject();
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        return order.indexOf(a.value(QStringLiteral("entity")).toString()) >
               order.indexOf(b.value(QStringLiteral("entity")).toString());
    });
    for (const QJsonObject &r : sorted) {
        const QString entity = r.value(QStringLiteral("entity")).toString();
        if (!SyncRecords::isSynced(entity))
            return Status(Problem{QString(), tr("it holds a record Attain does not make")});
        if (Status st = m_records->revoke(entity, r.value(QStringLiteral("uuid")).toString()); !st)
            return st;
    }

    if (Status st = PublishedBoards::store(m_ws, payload.value(QStringLiteral("boards")).toArray()); !st)
        return st;
    for (const QJsonValue &v : payload.value(QStringLiteral("facts")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString customer =
            m_records->localIdOf(QStringLiteral("customers"), f.value(QStringLiteral("customer")).toString());
        if (customer.isEmpty())
            continue;
        Statement st(m_ws,
                     "INSERT OR REPLACE INTO sync_first_won(customer_id, first_on, first_deal, confirmed_on, "
                     "confirmed_deal) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, customer).bind(2, stored(f.value(QStringLiteral("first_on"))));
        st.bind(4, stored(f.value(QStringLiteral("confirmed_on"))));
        for (const auto &[index, key] : {std::pair{3, "first_deal"}, std::pair{5, "confirmed_deal"}}) {
            const QJsonValue deal = f.value(QLatin1String(key));
            if (deal.isNull())
                st.bindNull(index);
            else
                st.bindBlob(index, QByteArray::fromHex(deal.toString().toLatin1()));
        }
        if (!st.exec())
            return Status(st.problem());
    }
    return success();
}

Status TeamSync::purgeRevoked()
{
    // Their history goes with them: the change log is append-only everywhere else, so its guard is set aside
    // for this one statement of the transaction and put back exactly as the schema has it.
    if (m_records->revoked().isEmpty())
        return success();
    QString guard;
    for (const QString &statement : Schema::migrationTo(1))
        if (statement.startsWith(QLatin1String("CREATE TRIGGER change_log_append_only_delete")))
            guard = statement;
    QJsonArray pairs;
    for (const auto &[table, id] : m_records->revoked())
        pairs << QJsonArray{table, id.toLongLong()};
    Statement drop(m_ws, "DROP TRIGGER change_log_append_only_delete");
    if (!drop.exec())
        return Status(drop.problem());
    Statement purge(
        m_ws, "DELETE FROM change_log WHERE EXISTS (SELECT 1 FROM json_each(?) p WHERE "
              "json_extract(p.value, '$[0]') = change_log.entity AND CAST(json_extract(p.value, '$[1]') "
              "AS TEXT) = change_log.entity_id)");
    purge.bind(1, QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact)));
    const bool purgedOk = purge.exec();
    Statement restore(m_ws, guard.toUtf8());
    if (!restore.exec() || !purgedOk)
        return Status(purgedOk ? restore.problem() : purge.problem());
    return success();
}

Status TeamSync::resolve(qint64 conflictId, Keep keep, const QString &value)
{
    if (Status allowed = m_ws.access().managersOnly(tr("team sync conflicts")); !allowed)
        return allowed;
    QString entity, field;
    QByteArray uuid;
    QJsonValue theirs, ours;
    {
        Statement st(m_ws,
                     "SELECT entity, uuid, field, theirs, ours, status FROM sync_conflicts WHERE id = ?");
        st.bind(1, conflictId);
        if (!st.next())
            return Status(
                Problem{QStringLiteral("conflict"), tr("There is no conflict %1.").arg(conflictId)});
        if (st.text(5) != QLatin1String("open"))
            return Status(
                Problem{QStringLiteral("conflict"), tr("Conflict %1 is already decided.").arg(conflictId)});
        entity = st.text(0);
        uuid = st.blob(1);
        field = st.text(2);
        theirs = st.isNull(3) ? QJsonValue(QJsonValue::Null) : QJsonValue(st.text(3));
        ours = st.isNull(4) ? QJsonValue(QJsonValue::Null) : QJsonValue(st.text(4));
    }
    const QString hex = QString::fromLatin1(uuid.toHex());
    WriteTransaction tx(m_ws);
    if (!tx.isActive())
        return Status(tx.problem());
    const QString id = m_records->localIdOf(entity, hex);
    QJsonValue decided = keep == Keep::Hub ? ours : keep == Keep::Rep ? theirs : QJsonValue(value);
    if (field == QLatin1String("*")) {
        if (keep == Keep::Value)
            return Status(
                Problem{QStringLiteral("value"), tr("A deletion is kept or undone, not given a value.")});
        if (keep == Keep::Rep && !id.isEmpty())
            if (Status st = writeRecord(m_ws, entity, id, {}, true); !st)
                return st;
    } else if (!id.isEmpty() && m_records->readRow(entity, id).value(field) != decided) {
        const auto local = m_records->toLocal(entity, field, decided);
        if (!local)
            return Status(local.problems());
        if (Status st = writeRecord(m_ws, entity, id, {{field, *local}}, false); !st)
            return st;
    }
    const QString status = keep == Keep::Hub   ? QStringLiteral("hub")
                           : keep == Keep::Rep ? QStringLiteral("rep")
                                               : QStringLiteral("value");
    QList<std::pair<qint64, qint64>> decidedFor;
    {
        Statement st(m_ws,
                     "SELECT peer, seq FROM sync_conflicts WHERE entity = ? AND uuid = ? AND field = ? AND "
                     "status = 'open'");
        st.bind(1, entity).bindBlob(2, uuid).bind(3, field);
        while (st.next())
            decidedFor << std::make_pair(st.int64(0), st.int64(1));
    }
    Statement up(m_ws,
                 "UPDATE sync_conflicts SET status = ?, decided_value = ?, decided_by = ?, decided_at = ? "
                 "WHERE entity = ? AND uuid = ? AND field = ? AND status = 'open'");
    up.bind(1, status).bind(2, stored(decided)).bind(3, m_ws.currentUserId()).bind(4, syncTime(m_ws));
    up.bind(5, entity).bindBlob(6, uuid).bind(7, field);
    if (!up.exec())
        return Status(up.problem());
    for (const auto &[peerId, seq] : decidedFor) {
        Statement r(
            m_ws,
            "INSERT INTO sync_results(peer, seq, entity, uuid, field, outcome, reason) VALUES (?, ?, ?, ?, "
            "?, 'decided', ?)");
        r.bind(1, peerId).bind(2, seq).bind(3, entity).bindBlob(4, uuid).bind(5, field);
        r.bind(6, tr("the manager decided: %1").arg(decided.isNull() ? tr("(empty)") : decided.toString()));
        if (!r.exec())
            return Status(r.problem());
    }
    return tx.commit();
}

} // namespace attain
