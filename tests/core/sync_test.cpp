// SPDX-License-Identifier: GPL-3.0-or-later
// Team sync (core/sync): invitations, a rep's slice, bundles merged at the hub field by field, the way back,
// and every bad bundle refused with nothing written.
#include "core/access/identity.h"
#include "core/domain/activity.h"
#include "core/domain/target.h"
#include "core/leaderboard/leaderboard.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/services/targetservice.h"
#include "core/storage/statement.h"
#include "core/storage/writetransaction.h"
#include "core/sync/publishedboards.h"
#include "core/sync/teamsync.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <functional>

namespace attain::test {
namespace {

QString dumpOf(Workspace &ws, const char *sql)
{
    QStringList rows;
    Statement st(ws, sql);
    while (st.next()) {
        QStringList cells;
        for (int i = 0; i < st.columnCount(); ++i)
            cells << (st.isNull(i) ? QStringLiteral("∅") : st.text(i));
        rows << cells.join(u'|');
    }
    EXPECT_TRUE(st.ok()) << qPrintable(st.error()) << sql;
    return rows.join(u'\n');
}

// The records as they are, keyed by UUID (local keys and change numbers differ from file to file by the
// order things happened in, which is not what a merge decides).
QString recordsOf(Workspace &ws)
{
    return dumpOf(
               ws,
               "SELECT 'c', hex(c.uuid), c.external_id, c.name, c.phone, hex(m.uuid), c.owner_since, "
               "c.source, c.created_on, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM customers c LEFT JOIN "
               "members m ON m.id = c.owner_id ORDER BY c.uuid") +
           u'\n' +
           dumpOf(
               ws,
               "SELECT 'd', hex(d.uuid), d.external_id, hex(c.uuid), hex(m.uuid), d.amount, d.currency, "
               "d.base_amount, d.stage, d.created_on, d.closed_on, d.product, d.contract_no, d.confirmed_on, "
               "(SELECT group_concat(hex(sm.uuid) || ':' || s.percent || ':' || s.credited, ';') FROM "
               "deal_splits s JOIN members sm ON sm.id = s.member_id WHERE s.deal_id = d.id), NULL FROM "
               "deals d JOIN customers c ON c.id = d.customer_id JOIN members m ON m.id = d.owner_id ORDER "
               "BY d.uuid") +
           u'\n' +
           dumpOf(
               ws,
               "SELECT 'a', hex(a.uuid), hex(m.uuid), hex(c.uuid), a.kind, a.at, a.notes, NULL, NULL, NULL, "
               "NULL, NULL, NULL, NULL, NULL, NULL FROM activities a JOIN members m ON m.id = a.member_id "
               "JOIN "
               "customers c ON c.id = a.customer_id ORDER BY a.uuid") +
           u'\n' +
           dumpOf(ws,
                  "SELECT 't', hex(t.uuid), t.period, t.metric, t.value, NULL, NULL, NULL, NULL, NULL, NULL, "
                  "NULL, NULL, NULL, NULL, NULL FROM targets t ORDER BY t.uuid");
}

QString inboxOf(Workspace &ws)
{
    return dumpOf(
        ws, "SELECT entity, hex(uuid), field, base, theirs, ours, author, status, NULL, NULL, NULL, NULL, "
            "NULL, NULL, NULL, NULL FROM sync_conflicts ORDER BY entity, uuid, field, author, theirs");
}

qint64 scalar(Workspace &ws, const char *sql)
{
    Statement st(ws, sql);
    return st.next() ? st.int64(0) : -1;
}

class TeamSyncTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        Workspace &hub = create(QStringLiteral("team.attain"));
        seedBasics(hub);
        Member carol;
        carol.login = QStringLiteral("carol");
        carol.name = QStringLiteral("陈静");
        carol.role = Role::Rep;
        carol.level = QStringLiteral("junior");
        carol.teamId = m_team.id;
        auto made = MemberService(hub).create(carol);
        ASSERT_TRUE(made.ok()) << qPrintable(made.message());
        m_carol = *made;
        Member bob = m_bob;
        bob.email = QStringLiteral("bob.private@example.com");
        ASSERT_TRUE(MemberService(hub).update(bob).ok());
        // Bob's own customer, with what alice's file must never hold.
        Customer bobco;
        bobco.name = QStringLiteral("Bobco 贸易");
        bobco.phone = QStringLiteral("13911112222");
        bobco.ownerId = m_bob.id;
        bobco.ownerSince = QDate(2025, 1, 1);
        bobco.createdOn = QDate(2025, 1, 1);
        auto c = CustomerService(hub).create(bobco);
        ASSERT_TRUE(c.ok()) << qPrintable(c.message());
        m_bobco = *c;
        ASSERT_TRUE(DealService(hub)
                        .create(makeDeal(m_bobco.id, m_bob.id, 50000, QDate(2025, 5, 2), Stage::Won,
                                         QStringLiteral("BOB-1")))
                        .ok());
        addActivity(hub, m_bob.id, m_bobco.id, QStringLiteral("鲍勃的秘密笔记"));
        ASSERT_TRUE(DealService(hub)
                        .create(makeDeal(m_acme.id, m_alice.id, 30000, QDate(2025, 6, 3), Stage::Won,
                                         QStringLiteral("ALI-1")))
                        .ok());
        // Alice followed her customer up last week, so it stays hers when bob and carol open deals for it (an
        // ownership conflict each, for the manager); those deals put it in their slices too.
        addActivity(hub, m_alice.id, m_acme.id, QStringLiteral("Acme 回访"));
        ASSERT_TRUE(DealService(hub)
                        .create(makeDeal(m_acme.id, m_bob.id, 8000, QDate(2025, 7, 30), Stage::Open,
                                         QStringLiteral("BOB-2")))
                        .ok());
        auto carolDeal = DealService(hub).create(
            makeDeal(m_acme.id, m_carol.id, 9000, QDate(2025, 7, 30), Stage::Open, QStringLiteral("CAR-1")));
        ASSERT_TRUE(carolDeal.ok()) << qPrintable(carolDeal.message());
        m_carolDeal = *carolDeal;
        hub.actAs(m_boss.id);
    }

    void addActivity(Workspace &ws, const QString &member, const QString &customer, const QString &notes)
    {
        Activity a;
        a.memberId = member;
        a.customerId = customer;
        a.kind = ActivityKind::Call;
        a.at = QDateTime(QDate(2025, 6, 10), QTime(9, 30), Qt::UTC);
        a.notes = notes;
        auto made = ActivityService(ws).create(a);
        ASSERT_TRUE(made.ok()) << qPrintable(made.message());
    }

    std::unique_ptr<Workspace> join(const Member &m, const QString &file)
    {
        auto invitation = TeamSync(*m_ws).invite(m.id);
        EXPECT_TRUE(invitation.ok()) << qPrintable(invitation.message());
        if (!invitation)
            return nullptr;
        auto joined = TeamSync::join(*invitation, path(file), options());
        EXPECT_TRUE(joined.ok()) << qPrintable(joined.message());
        return joined ? std::move(joined).value() : nullptr;
    }

    QByteArray exportFrom(Workspace &ws, const QString &memberId = QString())
    {
        auto bytes = TeamSync(ws).exportBundle(memberId);
        EXPECT_TRUE(bytes.ok()) << qPrintable(bytes.message());
        return bytes ? *bytes : QByteArray();
    }

    SyncOutcome apply(Workspace &ws, const QByteArray &bundle)
    {
        auto outcome = TeamSync(ws).apply(bundle, QStringLiteral("test bundle"));
        EXPECT_TRUE(outcome.ok()) << qPrintable(outcome.message());
        return outcome ? *outcome : SyncOutcome{};
    }

    Customer customer(Workspace &ws, const QString &name)
    {
        Statement st(ws, "SELECT id FROM customers WHERE name = ?");
        st.bind(1, name);
        EXPECT_TRUE(st.next()) << qPrintable(name);
        const QString id = st.text(0);
        st.reset();
        return CustomerService(ws).find(id).value_or(Customer{});
    }

    Member m_carol;
    Customer m_bobco;
    Deal m_carolDeal;
};

TEST_F(TeamSyncTest, AnInvitationMakesARepsFileOfTheirSliceAndNothingElse)
{
    auto alice = join(m_alice, QStringLiteral("alice.attain"));
    ASSERT_TRUE(alice);
    EXPECT_EQ(Identity(*alice).fileOwner(),
              QString::number(scalar(*alice, "SELECT id FROM members WHERE login = 'alice'")));
    EXPECT_EQ(TeamSync(*alice).status().role, QStringLiteral("rep"));
    EXPECT_EQ(TeamSync(*alice).status().member, QStringLiteral("alice"));
    // Her customer with its deals (hers, and the ones of others she is not credited on stay at the hub).
    EXPECT_EQ(dumpOf(*alice, "SELECT name FROM customers ORDER BY name"),
              QStringLiteral("Acme 科技有限公司"));
    EXPECT_EQ(dumpOf(*alice, "SELECT external_id FROM deals ORDER BY external_id"), QStringLiteral("ALI-1"));
    EXPECT_EQ(dumpOf(*alice, "SELECT notes FROM activities"), QStringLiteral("Acme 回访"));
    // The names of the members alice's boards show by name (as the hub computes them for her), and hers;
    // without their e-mail addresses.
    QSet<QString> named{QStringLiteral("alice")};
    for (const Period &p : PublishedBoards::periods(QDate(2025, 6, 15)))
        for (Board board : Leaderboards::all())
            if (board != Board::Team)
                for (const BoardEntry &e : Leaderboards(*m_ws).view(board, p, m_alice.id).entries)
                    if (!e.login.isEmpty())
                        named.insert(e.login);
    QStringList expected(named.begin(), named.end());
    expected.sort();
    EXPECT_EQ(dumpOf(*alice, "SELECT login FROM members ORDER BY login"), expected.join(u'\n'));
    EXPECT_EQ(scalar(*alice, "SELECT count(*) FROM members WHERE email IS NOT NULL AND login <> 'alice'"), 0);
    // Same UUIDs as at the hub.
    EXPECT_EQ(dumpOf(*alice, "SELECT hex(uuid) FROM customers"),
              dumpOf(*m_ws, "SELECT hex(uuid) FROM customers WHERE name = 'Acme 科技有限公司'"));
    alice.reset();
    for (const char *suffix : {"", "-wal"}) {
        const QByteArray bytes = fileBytes(path(QStringLiteral("alice.attain")) + QLatin1String(suffix));
        for (const QString &secret :
             {QStringLiteral("Bobco"), QStringLiteral("13911112222"), QStringLiteral("鲍勃的秘密笔记"),
              QStringLiteral("bob.private@example.com"), QStringLiteral("BOB-1"), QStringLiteral("BOB-2"),
              QStringLiteral("CAR-1")})
            EXPECT_FALSE(bytes.contains(secret.toUtf8())) << qPrintable(secret) << suffix;
    }
}

TEST_F(TeamSyncTest, ARepsChangesMergeAtTheHubAndComeBackAcknowledged)
{
    auto alice = join(m_alice, QStringLiteral("alice.attain"));
    ASSERT_TRUE(alice);
    Customer acme = customer(*alice, QStringLiteral("Acme 科技有限公司"));
    acme.phone = QStringLiteral("13700000001");
    const auto updated = CustomerService(*alice).update(acme);
    ASSERT_TRUE(updated.ok()) << qPrintable(updated.message());
    Customer newco;
    newco.name = QStringLiteral("新科电子");
    newco.ownerId = acme.ownerId;
    newco.ownerSince = QDate(2025, 6, 15);
    newco.createdOn = QDate(2025, 6, 15);
    auto made = CustomerService(*alice).create(newco);
    ASSERT_TRUE(made.ok()) << qPrintable(made.message());
    ASSERT_TRUE(DealService(*alice)
                    .create(makeDeal(made->id, acme.ownerId, 12345, QDate(2025, 6, 15), Stage::Won,
                                     QStringLiteral("ALI-2")))
                    .ok());
    EXPECT_EQ(TeamSync(*alice).status().pending, 3); // a phone, a customer, a deal

    const SyncOutcome in = apply(*m_ws, exportFrom(*alice));
    EXPECT_EQ(in.applied, 3);
    EXPECT_EQ(in.conflicts, 0);
    EXPECT_EQ(in.rejected, 0);
    EXPECT_EQ(customer(*m_ws, QStringLiteral("Acme 科技有限公司")).phone, QStringLiteral("13700000001"));
    // The new records keep the identity they were made with, and their author.
    EXPECT_EQ(dumpOf(*m_ws, "SELECT hex(uuid) FROM customers WHERE name = '新科电子'"),
              dumpOf(*alice, "SELECT hex(uuid) FROM customers WHERE name = '新科电子'"));
    EXPECT_EQ(dumpOf(*m_ws, "SELECT s.author FROM deals d JOIN change_log l ON l.seq = d.changed_seq JOIN "
                            "change_sessions s ON s.id = l.session WHERE d.external_id = 'ALI-2'"),
              m_alice.id);
    // ¥12,345.00 won in June by alice: her June revenue at the hub is ¥30,000 + ¥12,345.
    EXPECT_EQ(scalar(*m_ws,
                     "SELECT sum(base_amount) FROM deals WHERE owner_id = (SELECT id FROM members WHERE "
                     "login = 'alice') AND stage = 'won'"),
              4234500);
    // An applied bundle again is a duplicate, and changes nothing.
    const QString before = recordsOf(*m_ws);
    const SyncOutcome again = apply(*m_ws, exportFrom(*alice)); // nothing new: an empty bundle
    EXPECT_EQ(again.applied, 0);
    EXPECT_EQ(recordsOf(*m_ws), before);

    // The way back: the acknowledgement clears what was pending, and the hub's own edit arrives.
    Customer hubAcme = customer(*m_ws, QStringLiteral("Acme 科技有限公司"));
    hubAcme.source = QStringLiteral("展会");
    ASSERT_TRUE(CustomerService(*m_ws).update(hubAcme).ok());
    const SyncOutcome back = apply(*alice, exportFrom(*m_ws, m_alice.id));
    EXPECT_EQ(back.rejected, 0);
    EXPECT_EQ(TeamSync(*alice).status().pending, 0);
    EXPECT_EQ(customer(*alice, QStringLiteral("Acme 科技有限公司")).source, QStringLiteral("展会"));
    EXPECT_EQ(customer(*alice, QStringLiteral("Acme 科技有限公司")).phone, QStringLiteral("13700000001"));
}

TEST_F(TeamSyncTest, DifferentFieldsMergeAndTheSameFieldConflictsTheSameWayInEveryOrder)
{
    auto alice = join(m_alice, QStringLiteral("alice.attain"));
    auto bob = join(m_bob, QStringLiteral("bob.attain"));
    auto carol = join(m_carol, QStringLiteral("carol.attain"));
    ASSERT_TRUE(alice && bob && carol);
    // Offline, the same customer: the manager changes its source and name, alice its phone and name.
    Customer hubAcme = customer(*m_ws, QStringLiteral("Acme 科技有限公司"));
    hubAcme.source = QStringLiteral("展会");
    hubAcme.name = QStringLiteral("Acme 总部");
    ASSERT_TRUE(CustomerService(*m_ws).update(hubAcme).ok());
    Customer a = customer(*alice, QStringLiteral("Acme 科技有限公司"));
    a.phone = QStringLiteral("13700000001");
    a.name = QStringLiteral("Acme 集团");
    ASSERT_TRUE(CustomerService(*alice).update(a).ok());
    // Bob may not change alice's customer, even in his own file: the file's rules refuse it...
    Customer b = customer(*bob, QStringLiteral("Acme 科技有限公司"));
    b.phone = QStringLiteral("13700000002");
    EXPECT_FALSE(CustomerService(*bob).update(b).ok());
    // ...so a file changed behind Attain's back (sqlite3, or a patched build) is what sends it, with a
    // target.
    bob->actAsSystem();
    ASSERT_TRUE(CustomerService(*bob).update(b).ok());
    Target t;
    t.memberId = b.ownerId.isEmpty()
                     ? QString()
                     : QString::number(scalar(*bob, "SELECT id FROM members WHERE login = 'bob'"));
    t.period = *Period::parse(QStringLiteral("2025-07"));
    t.metric = Metric::Revenue;
    t.value = 100;
    ASSERT_TRUE(TargetService(*bob).set(t).ok());
    // Carol changes her own deal.
    Statement find(*carol, "SELECT id FROM deals WHERE external_id = 'CAR-1'");
    ASSERT_TRUE(find.next());
    Deal cd = *DealService(*carol).find(find.text(0));
    find.reset();
    cd.amount = Money(950000);
    ASSERT_TRUE(DealService(*carol).update(cd).ok());

    const QList<QByteArray> bundles = {exportFrom(*alice), exportFrom(*bob), exportFrom(*carol)};
    ASSERT_TRUE(m_ws->saveCopy(path(QStringLiteral("template.attain"))).ok());
    QList<int> order = {0, 1, 2};
    QString firstRecords, firstInbox;
    int orders = 0;
    do {
        const QString copy = QStringLiteral("order%1.attain").arg(orders);
        ASSERT_TRUE(QFile::copy(path(QStringLiteral("template.attain")), path(copy)));
        auto opened = Workspace::open(path(copy), options());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.message());
        Workspace &hub = **opened;
        hub.actAs(m_boss.id);
        SyncOutcome total;
        for (int round = 0; round < 2; ++round)
            for (int i : order)
                total.add(apply(hub, bundles[i]));
        EXPECT_EQ(total.conflicts, 1) << orders;
        EXPECT_EQ(total.rejected, 2) << orders; // bob's phone and target
        // The second round is all duplicates: alice's 4 changes (phone, name and their normalized forms),
        // bob's 3 (phone, normalized phone, target), carol's 2 (amount and its base-currency amount).
        EXPECT_EQ(total.duplicates, 9) << orders;
        const QString records = recordsOf(hub), inbox = inboxOf(hub);
        if (orders == 0) {
            firstRecords = records;
            firstInbox = inbox;
            const Customer merged = customer(hub, QStringLiteral("Acme 总部"));
            EXPECT_EQ(merged.phone, QStringLiteral("13700000001")); // alice's, a field nobody else changed
            EXPECT_EQ(merged.source, QStringLiteral("展会"));       // the manager's
            const QList<SyncConflict> inboxList = TeamSync(hub).conflicts();
            ASSERT_EQ(inboxList.size(), 1);
            EXPECT_EQ(inboxList[0].field, QStringLiteral("name"));
            EXPECT_EQ(inboxList[0].base.toString(), QStringLiteral("Acme 科技有限公司"));
            EXPECT_EQ(inboxList[0].theirs.toString(), QStringLiteral("Acme 集团"));
            EXPECT_EQ(inboxList[0].ours.toString(), QStringLiteral("Acme 总部"));
            EXPECT_EQ(inboxList[0].author, QStringLiteral("alice"));
            EXPECT_EQ(inboxList[0].record, QStringLiteral("Acme 总部"));
            EXPECT_EQ(scalar(hub, "SELECT amount FROM deals WHERE external_id = 'CAR-1'"), 950000);
            EXPECT_EQ(scalar(hub, "SELECT count(*) FROM targets WHERE value = 100"), 0);
        } else {
            EXPECT_EQ(records, firstRecords) << "order " << order[0] << order[1] << order[2];
            EXPECT_EQ(inbox, firstInbox) << "order " << order[0] << order[1] << order[2];
        }
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    EXPECT_EQ(orders, 6);
}

TEST_F(TeamSyncTest, ABundleAfterAGapIsHeldUntilTheMissingOneArrives)
{
    auto alice = join(m_alice, QStringLiteral("alice.attain"));
    ASSERT_TRUE(alice);
    Customer a = customer(*alice, QStringLiteral("Acme 科技有限公司"));
    a.phone = QStringLiteral("13700000001");
    ASSERT_TRUE(CustomerService(*alice).update(a).ok());
    const QByteArray first = exportFrom(*alice);
    a.source = QStringLiteral("转介绍");
    ASSERT_TRUE(CustomerService(*alice).update(a).ok());
    const QByteArray second = exportFrom(*alice);

    const QString before = recordsOf(*m_ws);
    const SyncOutcome held = apply(*m_ws, second);
    EXPECT_EQ(held.held, 1);
    EXPECT_EQ(held.applied, 0);
    EXPECT_EQ(recordsOf(*m_ws), before);
    EXPECT_EQ(TeamSync(*m_ws).status().held, 1);
    const SyncOutcome filled = apply(*m_ws, first); // and the held one after it
    EXPECT_EQ(filled.applied, 2);
    EXPECT_EQ(TeamSync(*m_ws).status().held, 0);
    const Customer merged = customer(*m_ws, QStringLiteral("Acme 科技有限公司"));
    EXPECT_EQ(merged.phone, QStringLiteral("13700000001"));
    EXPECT_EQ(merged.source, QStringLiteral("转介绍"));
    EXPECT_EQ(apply(*m_ws, second).duplicates, 1); // the held one's change, merged already
}

// A bundle's body re-signed with `keys`, after `edit` changed its manifest.
QByteArray resigned(const QByteArray &bundle, const DeviceKeys &keys,
                    const std::function<void(QJsonObject &)> &edit)
{
    const auto file = SignedFile::open(bundle, "bundle", QStringLiteral("t"));
    EXPECT_TRUE(file.ok());
    const qsizetype nl = file->body.indexOf('\n');
    QJsonObject manifest = QJsonDocument::fromJson(file->body.left(nl)).object();
    edit(manifest);
    return SignedFile::seal("bundle", keys,
                            QJsonDocument(manifest).toJson(QJsonDocument::Compact) + file->body.mid(nl));
}

DeviceKeys keysOf(Workspace &ws)
{
    Statement st(ws, "SELECT public_key, secret_key FROM sync_self");
    EXPECT_TRUE(st.next());
    return DeviceKeys{st.blob(0), st.blob(1)};
}

TEST_F(TeamSyncTest, EveryBadBundleIsRefusedWithAReasonAndNothingWritten)
{
    auto alice = join(m_alice, QStringLiteral("alice.attain"));
    ASSERT_TRUE(alice);
    Customer a = customer(*alice, QStringLiteral("Acme 科技有限公司"));
    a.phone = QStringLiteral("13700000001");
    ASSERT_TRUE(CustomerService(*alice).update(a).ok());
    const QByteArray good = exportFrom(*alice);
    const DeviceKeys aliceKeys = keysOf(*alice);
    QByteArray flipped = good;
    flipped[flipped.size() - 10] = char(flipped[flipped.size() - 10] ^ 1);
    QByteArray newer =
        resigned(good, aliceKeys, [](QJsonObject &m) { m.insert(QStringLiteral("schema"), 99); });
    const QByteArray elsewhere = resigned(good, aliceKeys, [](QJsonObject &m) {
        m.insert(QStringLiteral("to"), QStringLiteral("00112233445566778899aabbccddeeff"));
    });
    const QByteArray stranger = resigned(good, DeviceKeys::generate(), [](QJsonObject &) {});
    const QByteArray otherMember = resigned(good, aliceKeys, [&](QJsonObject &m) {
        m.insert(QStringLiteral("member"),
                 dumpOf(*m_ws, "SELECT lower(hex(uuid)) FROM members WHERE login = 'bob'"));
    });
    const QList<std::pair<QByteArray, QString>> cases = {
        {flipped, QStringLiteral("signature does not match")},
        {good.left(good.size() / 2), QStringLiteral("signature does not match")},
        {good.left(60), QStringLiteral("damaged or cut short")},
        {QByteArrayLiteral("name,phone\n张三,138\n"), QStringLiteral("not an Attain team sync file")},
        {TeamSync(*m_ws).invite(m_bob.id).value(), QStringLiteral("invitation, not a bundle")},
        {newer, QStringLiteral("newer Attain")},
        {elsewhere, QStringLiteral("another workspace")},
        {stranger, QStringLiteral("key this workspace does not know")},
        {otherMember, QStringLiteral("not from the member")},
    };
    const QString before = recordsOf(*m_ws);
    for (const auto &[bytes, why] : cases) {
        const auto outcome = TeamSync(*m_ws).apply(bytes, QStringLiteral("bad.attain-bundle"));
        ASSERT_FALSE(outcome.ok()) << qPrintable(why);
        EXPECT_TRUE(outcome.message().contains(why)) << qPrintable(outcome.message());
        EXPECT_EQ(recordsOf(*m_ws), before) << qPrintable(why);
    }
    // The manager can read each refusal in the sync log.
    EXPECT_EQ(TeamSync(*m_ws).log().filter(QStringLiteral("\trefused\t")).size(), cases.size());
    EXPECT_EQ(scalar(*m_ws, "SELECT count(*) FROM sync_peers WHERE public_key IS NOT NULL"), 0);

    // The good one applies; then alice is invited again (a lost laptop): her old device is refused from then
    // on, and what the hub applied from it stays applied.
    EXPECT_EQ(apply(*m_ws, good).applied, 1);
    a.source = QStringLiteral("旧电脑");
    ASSERT_TRUE(CustomerService(*alice).update(a).ok());
    const QByteArray late = exportFrom(*alice);
    auto again = join(m_alice, QStringLiteral("alice2.attain"));
    ASSERT_TRUE(again);
    const auto replay = TeamSync(*m_ws).apply(late, QStringLiteral("late.attain-bundle"));
    ASSERT_FALSE(replay.ok());
    EXPECT_TRUE(replay.message().contains(QStringLiteral("invitation was replaced")))
        << qPrintable(replay.message());
    EXPECT_EQ(customer(*m_ws, QStringLiteral("Acme 科技有限公司")).phone, QStringLiteral("13700000001"));
    EXPECT_EQ(customer(*again, QStringLiteral("Acme 科技有限公司")).phone, QStringLiteral("13700000001"));
    EXPECT_EQ(customer(*m_ws, QStringLiteral("Acme 科技有限公司")).source, QString());
}

TEST_F(TeamSyncTest, AForbiddenChangeIsRejectedAndTheRepIsToldWhy)
{
    auto bob = join(m_bob, QStringLiteral("bob.attain"));
    ASSERT_TRUE(bob);
    bob->actAsSystem(); // a file changed behind Attain's back
    Customer b = customer(*bob, QStringLiteral("Acme 科技有限公司"));
    b.phone = QStringLiteral("13700000002");
    ASSERT_TRUE(CustomerService(*bob).update(b).ok());
    const SyncOutcome in = apply(*m_ws, exportFrom(*bob));
    EXPECT_EQ(in.rejected, 1); // the phone (its normalized form is the hub's to derive)
    EXPECT_EQ(in.applied, 0);
    EXPECT_EQ(customer(*m_ws, QStringLiteral("Acme 科技有限公司")).phone, QStringLiteral("13800138000"));
    const SyncOutcome back = apply(*bob, exportFrom(*m_ws, m_bob.id));
    EXPECT_EQ(back.rejected, 1);
    const QStringList why = TeamSync(*bob).status().rejections;
    ASSERT_FALSE(why.isEmpty());
    EXPECT_TRUE(why.first().contains(QStringLiteral("phone"))) << qPrintable(why.first());
}

TEST_F(TeamSyncTest, AfterATransferTheOldRepsFileHoldsNothingOfTheCustomer)
{
    Customer transco;
    transco.name = QStringLiteral("Transco 物流");
    transco.phone = QStringLiteral("13655556666");
    transco.ownerId = m_alice.id;
    transco.ownerSince = QDate(2025, 6, 1);
    transco.createdOn = QDate(2025, 6, 1);
    auto t = CustomerService(*m_ws).create(transco);
    ASSERT_TRUE(t.ok()) << qPrintable(t.message());
    auto open = DealService(*m_ws).create(
        makeDeal(t->id, m_alice.id, 7000, QDate(2025, 8, 1), Stage::Open, QStringLiteral("TRA-1")));
    ASSERT_TRUE(open.ok()) << qPrintable(open.message());
    addActivity(*m_ws, m_alice.id, t->id, QStringLiteral("Transco 跟进记录"));
    auto alice = join(m_alice, QStringLiteral("alice.attain"));
    ASSERT_TRUE(alice);
    EXPECT_EQ(scalar(*alice, "SELECT count(*) FROM customers WHERE name = 'Transco 物流'"), 1);
    // Alice edits it offline once more, then the manager gives it and its deal to bob.
    Customer mine = customer(*alice, QStringLiteral("Transco 物流"));
    mine.source = QStringLiteral("Transco 来源");
    ASSERT_TRUE(CustomerService(*alice).update(mine).ok());
    apply(*m_ws, exportFrom(*alice));
    Customer moved = *CustomerService(*m_ws).find(t->id);
    moved.ownerId = m_bob.id;
    ASSERT_TRUE(CustomerService(*m_ws).update(moved).ok());
    Deal deal = *DealService(*m_ws).find(open->id);
    Deal given = deal;
    given.ownerId = m_bob.id;
    {
        WriteTransaction tx(*m_ws);
        ASSERT_TRUE(DealService(*m_ws).recredit(deal, given).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const SyncOutcome back = apply(*alice, exportFrom(*m_ws, m_alice.id));
    EXPECT_EQ(back.rejected, 0);
    EXPECT_EQ(scalar(*alice, "SELECT count(*) FROM customers WHERE name = 'Transco 物流'"), 0);
    EXPECT_EQ(scalar(*alice, "SELECT count(*) FROM deals WHERE external_id = 'TRA-1'"), 0);
    EXPECT_EQ(dumpOf(*alice, "SELECT name FROM customers"), QStringLiteral("Acme 科技有限公司"));
    alice.reset();
    for (const char *suffix : {"", "-wal"}) {
        const QByteArray bytes = fileBytes(path(QStringLiteral("alice.attain")) + QLatin1String(suffix));
        for (const QString &gone : {QStringLiteral("Transco"), QStringLiteral("13655556666"),
                                    QStringLiteral("跟进记录"), QStringLiteral("TRA-1")})
            EXPECT_FALSE(bytes.contains(gone.toUtf8())) << qPrintable(gone) << suffix;
    }
    auto reopened = Workspace::open(path(QStringLiteral("alice.attain")), options());
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.message()); // still a sound workspace
}

TEST_F(TeamSyncTest, TheRepsScorecardAndStatementEqualTheHubsAfterTheWayBack)
{
    // Bob's earlier won deal makes Acme a repeat customer for alice, and not her new one; alice's file does
    // not hold bob's deal.
    ASSERT_TRUE(DealService(*m_ws)
                    .create(makeDeal(m_acme.id, m_bob.id, 1000, QDate(2025, 3, 3), Stage::Won,
                                     QStringLiteral("BOB-0")))
                    .ok());
    auto alice = join(m_alice, QStringLiteral("alice.attain"));
    ASSERT_TRUE(alice);
    ASSERT_TRUE(
        DealService(*alice)
            .create(makeDeal(customer(*alice, QStringLiteral("Acme 科技有限公司")).id,
                             QString::number(scalar(*alice, "SELECT id FROM members WHERE login = 'alice'")),
                             4321, QDate(2025, 6, 20), Stage::Won, QStringLiteral("ALI-3")))
            .ok());
    apply(*m_ws, exportFrom(*alice));
    apply(*alice, exportFrom(*m_ws, m_alice.id));
    alice.reset();
    m_ws.reset();
    for (const char *period : {"2025-06", "2025-Q2", "2025"}) {
        for (const char *command : {"score", "statement"}) {
            QString hub, rep;
            ASSERT_EQ(
                runCli({QString::fromLatin1(command), path(QStringLiteral("team.attain")),
                        QStringLiteral("--period"), QString::fromLatin1(period), QStringLiteral("--member"),
                        QStringLiteral("alice"), QStringLiteral("--format"), QStringLiteral("csv")},
                       &hub),
                0);
            ASSERT_EQ(
                runCli({QString::fromLatin1(command), path(QStringLiteral("alice.attain")),
                        QStringLiteral("--period"), QString::fromLatin1(period), QStringLiteral("--member"),
                        QStringLiteral("alice"), QStringLiteral("--format"), QStringLiteral("csv")},
                       &rep),
                0);
            EXPECT_EQ(rep, hub) << command << ' ' << period;
            EXPECT_FALSE(hub.isEmpty());
        }
    }
    // By hand, for June: ¥30,000 + ¥4,321 won on Acme, which bob bought from in March — a repeat customer
    // (100%) and no new one.
    QString june;
    runCli({QStringLiteral("score"), path(QStringLiteral("alice.attain")), QStringLiteral("--period"),
            QStringLiteral("2025-06"), QStringLiteral("--member"), QStringLiteral("alice"),
            QStringLiteral("--format"), QStringLiteral("json")},
           &june);
    const QJsonObject card = QJsonDocument::fromJson(june.toUtf8()).array().first().toObject();
    QHash<QString, QString> actual;
    for (const QJsonValue &m : card.value(QStringLiteral("metrics")).toArray())
        actual.insert(m.toObject().value(QStringLiteral("metric")).toString(),
                      m.toObject().value(QStringLiteral("actual")).toString());
    EXPECT_EQ(actual.value(QStringLiteral("revenue")), QStringLiteral("34321.00"))
        << qPrintable(june.left(600));
    EXPECT_EQ(actual.value(QStringLiteral("new_customers")), QStringLiteral("0.00"));
    EXPECT_EQ(actual.value(QStringLiteral("repurchase_rate")), QStringLiteral("100.00"));
}

// What a scheduled task or a manager at a terminal does: the same capability through attain-cli.
TEST_F(TeamSyncTest, TheCommandLineInvitesJoinsExportsAppliesAndDecides)
{
    m_ws.reset();
    const QString team = path(QStringLiteral("team.attain"));
    const QString invite = path(QStringLiteral("alice.attain-invite"));
    const QString rep = path(QStringLiteral("alice.attain"));
    QString out, err;
    // A rep may not invite; the manager may.
    EXPECT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("invite"), team, QStringLiteral("--member"),
                      QStringLiteral("alice"), QStringLiteral("--out"), invite, QStringLiteral("--as"),
                      QStringLiteral("bob")},
                     &out, &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("Only a manager"))) << qPrintable(err);
    ASSERT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("invite"), team, QStringLiteral("--member"),
                      QStringLiteral("alice"), QStringLiteral("--out"), invite},
                     &out, &err),
              0)
        << qPrintable(err);
    ASSERT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("join"), invite, QStringLiteral("--out"), rep},
                     &out, &err),
              0)
        << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("alice"))) << qPrintable(out);
    {
        auto alice = Workspace::open(rep, options());
        ASSERT_TRUE(alice.ok());
        (*alice)->actAs(QString::number(scalar(**alice, "SELECT id FROM members WHERE login = 'alice'")));
        Customer a = customer(**alice, QStringLiteral("Acme 科技有限公司"));
        a.name = QStringLiteral("Acme 集团");
        ASSERT_TRUE(CustomerService(**alice).update(a).ok());
    }
    {
        auto hub = Workspace::open(team, options());
        ASSERT_TRUE(hub.ok());
        (*hub)->actAs(m_boss.id);
        Customer h = customer(**hub, QStringLiteral("Acme 科技有限公司"));
        h.name = QStringLiteral("Acme 总部");
        ASSERT_TRUE(CustomerService(**hub).update(h).ok());
    }
    const QString bundle = path(QStringLiteral("alice.attain-bundle"));
    ASSERT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("export"), rep, QStringLiteral("--out"), bundle},
                     &out, &err),
              0)
        << qPrintable(err);
    ASSERT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("apply"), team, bundle, bundle}, &out, &err), 0)
        << qPrintable(err);
    EXPECT_EQ(out, QStringLiteral("applied: 0\nduplicates: 2\nheld: 0\nconflicts: 1\nrejected: 0\n"));
    // A damaged bundle: exit 1, the reason, and the others still applied.
    QByteArray bytes = fileBytes(bundle);
    bytes[bytes.size() - 3] = 'x';
    QFile damaged(path(QStringLiteral("damaged.attain-bundle")));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write(bytes);
    damaged.close();
    EXPECT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("apply"), team, damaged.fileName()}, &out, &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("signature does not match"))) << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("applied: 0"))) << qPrintable(out);

    ASSERT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("conflicts"), team, QStringLiteral("--format"),
                      QStringLiteral("csv")},
                     &out, &err),
              0);
    const QList<QStringList> rows = parseCsv(out);
    ASSERT_EQ(rows.size(), 2) << qPrintable(out);
    EXPECT_EQ(rows[0],
              QStringList({QStringLiteral("id"), QStringLiteral("entity"), QStringLiteral("record"),
                           QStringLiteral("field"), QStringLiteral("base"), QStringLiteral("rep_value"),
                           QStringLiteral("hub_value"), QStringLiteral("author"), QStringLiteral("when"),
                           QStringLiteral("status")}));
    EXPECT_EQ(rows[1].mid(1, 7),
              QStringList({QStringLiteral("customers"), QStringLiteral("Acme 总部"), QStringLiteral("name"),
                           QStringLiteral("Acme 科技有限公司"), QStringLiteral("Acme 集团"),
                           QStringLiteral("Acme 总部"), QStringLiteral("alice")}));
    ASSERT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("resolve"), team, QStringLiteral("--conflict"),
                      rows[1][0], QStringLiteral("--keep"), QStringLiteral("rep")},
                     &out, &err),
              0)
        << qPrintable(err);
    EXPECT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("resolve"), team, QStringLiteral("--conflict"),
                      rows[1][0], QStringLiteral("--keep"), QStringLiteral("hub")},
                     &out, &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("already decided"))) << qPrintable(err);
    // The decision flows back: alice's file takes her name, now the team's.
    const QString back = path(QStringLiteral("back.attain-bundle"));
    ASSERT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("export"), team, QStringLiteral("--for"),
                      QStringLiteral("alice"), QStringLiteral("--out"), back},
                     &out, &err),
              0)
        << qPrintable(err);
    ASSERT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("apply"), rep, back}, &out, &err), 0)
        << qPrintable(err);
    ASSERT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("status"), rep}, &out, &err), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("role: rep\nmember: alice\n"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("pending: 0\n"))) << qPrintable(out);
    auto hub = Workspace::open(team, options());
    ASSERT_TRUE(hub.ok());
    EXPECT_EQ(scalar(**hub, "SELECT count(*) FROM customers WHERE name = 'Acme 集团'"), 1);
    auto alice = Workspace::open(rep, options());
    ASSERT_TRUE(alice.ok());
    EXPECT_EQ(scalar(**alice, "SELECT count(*) FROM customers WHERE name = 'Acme 集团'"), 1);
    // The hub logged both applies, the refusal and each bundle's backup.
    EXPECT_EQ(TeamSync(**hub).log().filter(QStringLiteral("\trefused\t")).size(), 1);
}

TEST_F(TeamSyncTest, ASyncFolderCarriesBundlesBothWays)
{
    auto alice = join(m_alice, QStringLiteral("alice.attain"));
    ASSERT_TRUE(alice);
    const QString folder = path(QStringLiteral("share"));
    ASSERT_TRUE(QDir().mkpath(folder));
    Customer a = customer(*alice, QStringLiteral("Acme 科技有限公司"));
    a.phone = QStringLiteral("13700000001");
    ASSERT_TRUE(CustomerService(*alice).update(a).ok());
    auto repPass = TeamSync(*alice).folderPass(folder);
    ASSERT_TRUE(repPass.ok()) << qPrintable(repPass.message());
    ASSERT_EQ(repPass->lines.size(), 1);
    EXPECT_TRUE(repPass->lines.first().startsWith(QStringLiteral("wrote to-")))
        << qPrintable(repPass->lines.first());
    auto hubPass = TeamSync(*m_ws).folderPass(folder);
    ASSERT_TRUE(hubPass.ok()) << qPrintable(hubPass.message());
    EXPECT_EQ(hubPass->outcome.applied, 1);
    EXPECT_EQ(customer(*m_ws, QStringLiteral("Acme 科技有限公司")).phone, QStringLiteral("13700000001"));
    // The hub answered; the rep's next pass takes the answer and has nothing new to send.
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.attain-bundle")}, QDir::Files).size(), 1);
    repPass = TeamSync(*alice).folderPass(folder);
    ASSERT_TRUE(repPass.ok());
    EXPECT_FALSE(repPass->refused);
    EXPECT_EQ(TeamSync(*alice).status().pending, 0);
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.attain-bundle")}, QDir::Files).size(), 0);
    EXPECT_EQ(QDir(folder + QStringLiteral("/applied")).entryList(QDir::Files).size(), 2);
    // A pass with nothing to say writes nothing.
    hubPass = TeamSync(*m_ws).folderPass(folder);
    ASSERT_TRUE(hubPass.ok());
    EXPECT_TRUE(hubPass->lines.isEmpty()) << qPrintable(hubPass->lines.join(u'\n'));
}

TEST_F(TeamSyncTest, KilledDuringAnApplyTheHubIsAllOrNothing)
{
    auto alice = join(m_alice, QStringLiteral("alice.attain"));
    ASSERT_TRUE(alice);
    const QString acme = customer(*alice, QStringLiteral("Acme 科技有限公司")).id;
    const QString me = QString::number(scalar(*alice, "SELECT id FROM members WHERE login = 'alice'"));
    const int n = 4000;
    {
        WriteTransaction tx(*alice);
        ActivityService activities(*alice);
        for (int i = 0; i < n; ++i) {
            Activity act;
            act.memberId = me;
            act.customerId = acme;
            act.kind = ActivityKind::Call;
            act.at = QDateTime(QDate(2025, 6, 1 + i % 14), QTime(9, i % 60), Qt::UTC);
            act.notes = QStringLiteral("第%1次电话").arg(i);
            act.id = alice->newId();
            const Status written = activities.write(nullptr, &act);
            ASSERT_TRUE(written.ok()) << qPrintable(written.message());
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    const QByteArray bundle = exportFrom(*alice);
    QFile f(path(QStringLiteral("big.attain-bundle")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bundle);
    f.close();
    const qint64 before = scalar(*m_ws, "SELECT count(*) FROM activities");
    m_ws.reset();
    alice.reset();
    const QString team = path(QStringLiteral("team.attain"));
    for (int delay : {150, 600}) {
        QProcess cli;
        cli.start(QStringLiteral(ATTAIN_CLI),
                  {QStringLiteral("sync"), QStringLiteral("apply"), team, f.fileName()});
        ASSERT_TRUE(cli.waitForStarted());
        QThread::msleep(delay);
        cli.kill(); // SIGKILL: no chance to roll back
        cli.waitForFinished();
        auto opened = Workspace::open(team, options());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.message());
        const qint64 now = scalar(**opened, "SELECT count(*) FROM activities");
        EXPECT_TRUE(now == before || now == before + n) << now << " after a kill at " << delay << " ms";
    }
    QString out;
    EXPECT_EQ(runCli({QStringLiteral("sync"), QStringLiteral("apply"), team, f.fileName()}, &out), 0);
    auto opened = Workspace::open(team, options());
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(scalar(**opened, "SELECT count(*) FROM activities"), before + n);
}

TEST_F(TeamSyncTest, ARepsBoardsAreTheOnesTheHubPublishedForThem)
{
    // Every board with pseudonyms: alice's file holds none of the other members' names.
    for (Board board : Leaderboards::all())
        ASSERT_TRUE(Leaderboards(*m_ws)
                        .setSettings(board, BoardSettings{Audience::Everyone, DisplayMode::Pseudonyms})
                        .ok());
    auto alice = join(m_alice, QStringLiteral("alice.attain"));
    ASSERT_TRUE(alice);
    const QString aliceHere = QString::number(scalar(*alice, "SELECT id FROM members WHERE login = 'alice'"));
    const auto lines = [](const BoardView &v) {
        QStringList out;
        for (const BoardEntry &e : v.entries)
            out << QStringLiteral("%1|%2|%3|%4")
                       .arg(e.rank)
                       .arg(e.shown)
                       .arg(e.value ? QString::number(*e.value) : QString())
                       .arg(e.isViewer);
        return out;
    };
    for (const Period &period : {Period::month(2025, 6), Period::quarter(2025, 2)}) {
        for (Board board : Leaderboards::all()) {
            const BoardView hub = Leaderboards(*m_ws).view(board, period, m_alice.id);
            const BoardView rep = Leaderboards(*alice).view(board, period, aliceHere);
            EXPECT_EQ(lines(rep), lines(hub))
                << qPrintable(Leaderboards::key(board)) << ' ' << qPrintable(period.toString());
            EXPECT_EQ(rep.total, hub.total);
            EXPECT_EQ(rep.viewerRank, hub.viewerRank);
            EXPECT_EQ(rep.notice, hub.notice);
        }
    }
    // The second quarter's revenue board by hand: bob ¥50,000 (BOB-1, May), alice ¥30,000 (ALI-1, June);
    // alice second, bob behind a pseudonym.
    const BoardView june = Leaderboards(*alice).view(Board::Revenue, Period::quarter(2025, 2), aliceHere);
    ASSERT_GE(june.entries.size(), 2);
    EXPECT_EQ(june.entries[0].value, 5000000);
    EXPECT_FALSE(june.entries[0].isViewer);
    EXPECT_EQ(june.entries[1].shown, QStringLiteral("李娜"));
    EXPECT_EQ(june.entries[1].value, 3000000);
    EXPECT_TRUE(june.entries[1].isViewer);
    // A period the hub did not publish says so rather than ranking the rep's own records alone.
    const BoardView old = Leaderboards(*alice).view(Board::Revenue, Period::month(2024, 1), aliceHere);
    EXPECT_FALSE(old.visible);
    EXPECT_TRUE(old.entries.isEmpty());
    EXPECT_EQ(scalar(*alice, "SELECT count(*) FROM members WHERE login IN ('bob', 'carol')"), 0);
    alice.reset();
    const QByteArray bytes = fileBytes(path(QStringLiteral("alice.attain")));
    for (const QString &name : {QStringLiteral("赵磊"), QStringLiteral("陈静")})
        EXPECT_FALSE(bytes.contains(name.toUtf8())) << qPrintable(name);
}

TEST_F(TeamSyncTest, AJoinThatFailsLeavesNoFileBehind)
{
    const QByteArray invitation = TeamSync(*m_ws).invite(m_alice.id).value();
    const auto file = SignedFile::open(invitation, "invitation", QStringLiteral("t"));
    ASSERT_TRUE(file.ok());
    const qsizetype nl = file->body.indexOf('\n');
    QJsonObject manifest = QJsonDocument::fromJson(file->body.left(nl)).object();
    QJsonObject payload = QJsonDocument::fromJson(file->body.mid(nl + 1)).object();
    QJsonArray upserts = payload.value(QStringLiteral("upserts")).toArray();
    upserts << QJsonObject{{QStringLiteral("entity"), QStringLiteral("member_secrets")},
                           {QStringLiteral("uuid"), QStringLiteral("00112233445566778899aabbccddeeff")}};
    payload.insert(QStringLiteral("upserts"), upserts);
    const QByteArray p = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    manifest.insert(QStringLiteral("sha256"), QString::fromLatin1(SignedFile::sha256Hex(p)));
    // Signed by the hub itself: the signature holds, the contents do not.
    const QByteArray tampered = SignedFile::seal(
        "invitation", keysOf(*m_ws), QJsonDocument(manifest).toJson(QJsonDocument::Compact) + '\n' + p);
    const QString target = path(QStringLiteral("alice.attain"));
    const auto joined = TeamSync::join(tampered, target, options());
    ASSERT_FALSE(joined.ok());
    EXPECT_TRUE(joined.message().contains(QStringLiteral("does not make"))) << qPrintable(joined.message());
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_EQ(
        QDir(m_dir.path()).entryList({QStringLiteral("alice*")}, QDir::AllEntries | QDir::Hidden).size(), 0);
    // The real one joins.
    EXPECT_TRUE(TeamSync::join(invitation, target, options()).ok());
}

} // namespace
} // namespace attain::test
