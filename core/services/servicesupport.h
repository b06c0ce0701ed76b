// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

#include <functional>

namespace attain {

class Workspace;

/// Shared steps of the core services: a write in one transaction, reference checks with messages.
class ServiceSupport
{
    Q_DECLARE_TR_FUNCTIONS(ServiceSupport)

public:
    /// Runs `body` inside a write transaction and commits when it succeeds; nothing is written otherwise.
    static Status inTransaction(Workspace &workspace, const std::function<Status()> &body);
    /// True when `table` has a row with this id.
    static bool exists(Workspace &workspace, const char *table, const QString &id);
    /// Whether the workspace has an active manager yet: until it has, it is being set up, and its members
    /// and teams are anyone's to add.
    static bool hasManager(Workspace &workspace);
    /// The role key of a member, empty when there is no such member.
    static QString roleOf(Workspace &workspace, const QString &memberId);
    /// Adds a problem unless the member exists and may be credited (is not finance).
    static void checkCreditable(Workspace &workspace, const QString &memberId, const QString &field,
                                Problems &problems);
    /// Adds a problem when another row of `table` already uses this value of a unique column.
    static void checkUnique(Workspace &workspace, const char *table, const char *column, const QString &value,
                            const QString &selfId, const QString &field, const QString &message,
                            Problems &problems);
};

} // namespace attain
