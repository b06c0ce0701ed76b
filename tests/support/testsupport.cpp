// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include "core/services/customerservice.h"
#include "core/services/memberservice.h"
#include "core/services/teamservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

namespace attain::test {

void WorkspaceTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
}

Workspace::Options WorkspaceTest::options()
{
    Workspace::Options o;
    o.clock = &m_clock;
    o.ids = std::make_shared<SequentialIdGenerator>(1);
    o.deviceId = QStringLiteral("test-device");
    return o;
}

Workspace &WorkspaceTest::create(const QString &name)
{
    auto ws = Workspace::create(path(name), options());
    EXPECT_TRUE(ws.ok()) << qPrintable(ws.message());
    m_ws = std::move(ws).value();
    return *m_ws;
}

void WorkspaceTest::seedBasics(Workspace &ws)
{
    auto team = TeamService(ws).create(Team{QString(), QStringLiteral("East"), QString()});
    ASSERT_TRUE(team.ok()) << qPrintable(team.message());
    m_team = *team;
    MemberService members(ws);
    auto add = [&](const QString &login, const QString &name, Role role, const QString &level, Member *out) {
        Member m;
        m.login = login;
        m.name = name;
        m.role = role;
        m.level = level;
        m.teamId = role == Role::Finance ? QString() : m_team.id;
        auto created = members.create(m);
        ASSERT_TRUE(created.ok()) << qPrintable(created.message());
        *out = *created;
    };
    add(QStringLiteral("boss"), QStringLiteral("王经理"), Role::Manager, QStringLiteral("senior"), &m_boss);
    add(QStringLiteral("alice"), QStringLiteral("李娜"), Role::Rep, QStringLiteral("junior"), &m_alice);
    add(QStringLiteral("bob"), QStringLiteral("赵磊"), Role::Rep, QStringLiteral("senior"), &m_bob);
    add(QStringLiteral("fin"), QStringLiteral("胡斌"), Role::Finance, QStringLiteral("junior"), &m_finance);
    Customer c;
    c.name = QStringLiteral("Acme 科技有限公司");
    c.phone = QStringLiteral("13800138000");
    c.ownerId = m_alice.id;
    c.ownerSince = QDate(2025, 1, 1);
    c.createdOn = QDate(2025, 1, 1);
    auto customer = CustomerService(ws).create(c);
    ASSERT_TRUE(customer.ok()) << qPrintable(customer.message());
    m_acme = *customer;
}

Deal makeDeal(const QString &customerId, const QString &ownerId, qint64 yuan, QDate closed, Stage stage,
              const QString &externalId)
{
    Deal d;
    d.customerId = customerId;
    d.ownerId = ownerId;
    d.amount = Money(yuan * 100);
    d.stage = stage;
    d.createdOn = closed.addDays(-20);
    d.closedOn = closed;
    d.externalId = externalId;
    return d;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::optional<bool> holdsDatabaseLock(const QString &path)
{
#ifdef Q_OS_LINUX
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "1: POSIX  ADVISORY  READ 1234 fe:00:10952789 1073741826 1073742335": pid, device:inode, range.
    // SQLite's shared lock starts at PENDING_BYTE + 2 (0x40000002).
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray inode = ':' + QByteArray::number(qulonglong(st.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 8 && f.at(1) == "POSIX" && f.at(4) == pid && f.at(5).endsWith(inode) &&
            f.at(6) == "1073741826")
            return true;
    }
    return false;
#else
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

int runCli(const QStringList &args, QString *out, QString *err)
{
    QProcess p;
    p.start(QStringLiteral(ATTAIN_CLI), args);
    p.waitForFinished(600000);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// An RFC 4180 reader written apart from the product's, to read back what the exporter wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!row.isEmpty() || !cell.isEmpty())
        rows << (row << cell);
    return rows;
}

} // namespace attain::test
