// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"
#include "core/storage/changeset.h"

#include <QCoreApplication>

namespace attain {

class Workspace;

/// Undoing and redoing a committed write exactly (Tiled's shape: a command replays the change it made). Every
/// row of its ChangeSet — side effects included, an ownership conflict, a customer that changed hands — is
/// put back as it was, or as it became, in one write transaction and logged like any change. The rules are
/// not run again: an undone change of owner gives the customer back and opens no conflict. Each row is first
/// checked to be as that write left it; one changed since (in another window, by attain-cli) makes the
/// replay refuse, changing nothing.
class ChangeReplay
{
    Q_DECLARE_TR_FUNCTIONS(ChangeReplay)

public:
    static Status undo(Workspace &workspace, const ChangeSet &changes);
    static Status redo(Workspace &workspace, const ChangeSet &changes);
    /// The fields of a row as they are now (none when there is no such row), of the columns `like` names.
    static Fields current(Workspace &workspace, EntityKind kind, const QString &id, const Fields &like);

private:
    static Status replay(Workspace &workspace, const ChangeSet &changes, bool backwards);
};

} // namespace attain
