// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/clock.h"
#include "core/domain/customer.h"
#include "core/domain/deal.h"
#include "core/domain/member.h"
#include "core/domain/team.h"
#include "core/storage/workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace attain::test {

/// A temporary folder per test and workspaces in it with a fixed clock and sequential ids.
class WorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Creates `name` (default "test.attain") and returns it; fails the test on error.
    Workspace &create(const QString &name = QStringLiteral("test.attain"));
    Workspace::Options options();

    /// A team "East", a manager `boss`, reps `alice` (junior) and `bob` (senior), finance `fin`,
    /// and a customer "Acme" owned by alice.
    void seedBasics(Workspace &ws);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 15), QTime(10, 0))};
    std::unique_ptr<Workspace> m_ws;
    Team m_team;
    Member m_boss, m_alice, m_bob, m_finance;
    Customer m_acme;
};

/// A deal for a customer and owner, won on a date, with an amount in yuan.
Deal makeDeal(const QString &customerId, const QString &ownerId, qint64 yuan, QDate closed,
              Stage stage = Stage::Won, const QString &externalId = QString());

/// The bytes of a file, to show that a refused file was left unchanged.
QByteArray fileBytes(const QString &path);

/// An RFC 4180 reader (CRLF rows) written apart from the product's, to read back what an export wrote.
QList<QStringList> parseCsv(const QString &text);

/// Whether this process holds a POSIX lock on the database range of `path` (SQLite's shared lock, which a
/// connection in write-ahead-log mode holds while it is open), from /proc/locks; nothing where there is none.
std::optional<bool> holdsDatabaseLock(const QString &path);

/// Runs attain-cli with arguments; returns the exit code and fills stdout/stderr.
int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr);

} // namespace attain::test
