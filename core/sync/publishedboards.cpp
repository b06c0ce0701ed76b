// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/publishedboards.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/sync/syncrecords.h"

#include <QJsonDocument>

namespace attain {

namespace {

QString modeKey(DisplayMode mode)
{
    switch (mode) {
    case DisplayMode::Names: return QStringLiteral("names");
    case DisplayMode::Pseudonyms: return QStringLiteral("pseudonyms");
    case DisplayMode::RankBands: return QStringLiteral("bands");
    case DisplayMode::SelfOnly: return QStringLiteral("self");
    }
    return QString();
}

DisplayMode modeOf(const QString &key)
{
    if (key == QLatin1String("pseudonyms"))
        return DisplayMode::Pseudonyms;
    if (key == QLatin1String("bands"))
        return DisplayMode::RankBands;
    if (key == QLatin1String("self"))
        return DisplayMode::SelfOnly;
    return DisplayMode::Names;
}

QString audienceKey(Audience audience)
{
    switch (audience) {
    case Audience::Everyone: return QStringLiteral("everyone");
    case Audience::MyTeam: return QStringLiteral("team");
    case Audience::Managers: return QStringLiteral("managers");
    }
    return QString();
}

Audience audienceOf(const QString &key)
{
    if (key == QLatin1String("team"))
        return Audience::MyTeam;
    if (key == QLatin1String("managers"))
        return Audience::Managers;
    return Audience::Everyone;
}

bool isRepFile(Workspace &ws)
{
    Statement st(ws, "SELECT role FROM sync_self WHERE id = 1");
    return st.next() && st.text(0) == QLatin1String("rep");
}

} // namespace

QList<Period> PublishedBoards::periods(QDate today)
{
    const Period month = Period::monthOf(today);
    return {month, month.previous(), Period::quarterOf(today), Period::year(today.year())};
}

QJsonArray PublishedBoards::forRep(Workspace &hub, SyncRecords &records, const QString &repId,
                                   const ScoreLedgers &ledgers)
{
    QJsonArray out;
    Leaderboards boards(hub);
    boards.setLedgers(ledgers);
    for (const Period &period : periods(hub.clock().today())) {
        for (Board board : Leaderboards::all()) {
            const BoardView v = boards.view(board, period, repId);
            QJsonArray entries;
            for (const BoardEntry &e : v.entries) {
                QJsonObject o{{QStringLiteral("rank"), e.rank},
                              {QStringLiteral("shown"), e.shown},
                              {QStringLiteral("team"), e.team},
                              {QStringLiteral("band"), e.band},
                              {QStringLiteral("viewer"), e.isViewer}};
                // A named member by login and identity; a hidden one by neither.
                if (!e.login.isEmpty()) {
                    o.insert(QStringLiteral("login"), e.login);
                    if (board != Board::Team)
                        o.insert(QStringLiteral("member"),
                                 records.uuidOf(QStringLiteral("members"), e.subjectId));
                }
                if (e.value)
                    o.insert(QStringLiteral("value"), QString::number(*e.value));
                entries << o;
            }
            QJsonObject o{{QStringLiteral("board"), Leaderboards::key(board)},
                          {QStringLiteral("period"), period.toString()},
                          {QStringLiteral("audience"), audienceKey(v.settings.audience)},
                          {QStringLiteral("mode"), modeKey(v.settings.mode)},
                          {QStringLiteral("visible"), v.visible},
                          {QStringLiteral("nobody_yet"), v.nobodyYet},
                          {QStringLiteral("total"), v.total},
                          {QStringLiteral("entries"), entries}};
            if (v.viewerRank)
                o.insert(QStringLiteral("viewer_rank"), *v.viewerRank);
            out << o;
        }
    }
    return out;
}

QSet<QString> PublishedBoards::loginsOn(const QJsonArray &boards)
{
    QSet<QString> out;
    for (const QJsonValue &b : boards)
        for (const QJsonValue &e : b.toObject().value(QStringLiteral("entries")).toArray())
            if (const QString login = e.toObject().value(QStringLiteral("login")).toString();
                !login.isEmpty())
                out.insert(login);
    return out;
}

Status PublishedBoards::store(Workspace &rep, const QJsonArray &boards)
{
    Statement clear(rep, "DELETE FROM sync_boards");
    if (!clear.exec())
        return Status(clear.problem());
    Statement insert(rep, "INSERT OR REPLACE INTO sync_boards(board, period, view) VALUES (?, ?, ?)");
    for (const QJsonValue &b : boards) {
        const QJsonObject o = b.toObject();
        if (!Leaderboards::fromKey(o.value(QStringLiteral("board")).toString()) ||
            !Period::parse(o.value(QStringLiteral("period")).toString()))
            return Status(Problem{QString(), tr("it holds a board Attain does not publish")});
        insert.bind(1, o.value(QStringLiteral("board")).toString())
            .bind(2, o.value(QStringLiteral("period")).toString());
        insert.bind(3, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        if (!insert.exec())
            return Status(insert.problem());
        insert.reset();
    }
    return success();
}

std::optional<BoardView> PublishedBoards::at(Workspace &ws, Board board, const Period &period)
{
    if (!isRepFile(ws))
        return std::nullopt;
    BoardView v;
    v.board = board;
    v.period = period;
    Statement st(ws, "SELECT view FROM sync_boards WHERE board = ? AND period = ?");
    st.bind(1, Leaderboards::key(board)).bind(2, period.toString());
    if (!st.next()) {
        v.visible = false;
        v.notice =
            tr("The team's workspace publishes this board for this month, last month, this quarter and this "
               "year; %1 is not among them yet.")
                .arg(period.label());
        return v;
    }
    const QJsonObject o = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
    st.reset();
    SyncRecords records(ws);
    v.settings = BoardSettings{audienceOf(o.value(QStringLiteral("audience")).toString()),
                               modeOf(o.value(QStringLiteral("mode")).toString())};
    v.visible = o.value(QStringLiteral("visible")).toBool(true);
    v.nobodyYet = o.value(QStringLiteral("nobody_yet")).toBool();
    v.total = o.value(QStringLiteral("total")).toInt();
    if (o.contains(QStringLiteral("viewer_rank")))
        v.viewerRank = o.value(QStringLiteral("viewer_rank")).toInt();
    for (const QJsonValue &value : o.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = value.toObject();
        BoardEntry entry;
        entry.rank = e.value(QStringLiteral("rank")).toInt();
        entry.shown = e.value(QStringLiteral("shown")).toString();
        entry.login = e.value(QStringLiteral("login")).toString();
        entry.team = e.value(QStringLiteral("team")).toString();
        entry.band = e.value(QStringLiteral("band")).toString();
        entry.isViewer = e.value(QStringLiteral("viewer")).toBool();
        if (e.contains(QStringLiteral("value")))
            entry.value = e.value(QStringLiteral("value")).toString().toLongLong();
        if (e.contains(QStringLiteral("member")))
            entry.subjectId =
                records.localIdOf(QStringLiteral("members"), e.value(QStringLiteral("member")).toString());
        v.entries << entry;
    }
    v.notice = Leaderboards::noticeOf(v, false, false);
    return v;
}

} // namespace attain
