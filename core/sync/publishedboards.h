// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leaderboard/leaderboard.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace attain {

class SyncRecords;
class Workspace;

/// The leaderboards a rep's own file shows: computed at the team's workspace for that rep — their audience
/// and display mode applied there, so a board shown with pseudonyms carries no names — and sent with each
/// bundle for the periods around the hub's today. A rep's file cannot compute them itself: it holds no other
/// rep's deals.
class PublishedBoards
{
    Q_DECLARE_TR_FUNCTIONS(PublishedBoards)

public:
    /// The periods published: this month, last month, this quarter and this year.
    static QList<Period> periods(QDate today);
    /// At the hub: every board of those periods as the rep sees it, for the bundle.
    static QJsonArray forRep(Workspace &hub, SyncRecords &records, const QString &repId,
                             const ScoreLedgers &ledgers);
    /// The logins named on published boards (the members whose names the rep's file needs).
    static QSet<QString> loginsOn(const QJsonArray &boards);
    /// At the rep: replaces the published boards with the bundle's.
    static Status store(Workspace &rep, const QJsonArray &boards);
    /// At a rep's own file, the board as the hub published it (a notice when it has not been published for
    /// the period); nothing at a team's workspace, which computes its own.
    static std::optional<BoardView> at(Workspace &ws, Board board, const Period &period);
};

} // namespace attain
