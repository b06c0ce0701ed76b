// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leaderboard/leaderboard.h"

#include "core/sync/publishedboards.h"

#include "core/domain/member.h"
#include "core/domain/money.h"
#include "core/scoring/scoreengine.h"
#include "core/scoring/scoreformat.h"
#include "core/services/memberservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace attain {

namespace {

const char *const kAdjectives[] = {
    QT_TRANSLATE_NOOP("Leaderboards", "Swift"),  QT_TRANSLATE_NOOP("Leaderboards", "Bright"),
    QT_TRANSLATE_NOOP("Leaderboards", "Bold"),   QT_TRANSLATE_NOOP("Leaderboards", "Calm"),
    QT_TRANSLATE_NOOP("Leaderboards", "Clever"), QT_TRANSLATE_NOOP("Leaderboards", "Brave"),
    QT_TRANSLATE_NOOP("Leaderboards", "Lucky"),  QT_TRANSLATE_NOOP("Leaderboards", "Steady"),
    QT_TRANSLATE_NOOP("Leaderboards", "Golden"), QT_TRANSLATE_NOOP("Leaderboards", "Silver"),
    QT_TRANSLATE_NOOP("Leaderboards", "Azure"),  QT_TRANSLATE_NOOP("Leaderboards", "Crimson"),
    QT_TRANSLATE_NOOP("Leaderboards", "Jade"),   QT_TRANSLATE_NOOP("Leaderboards", "Nimble"),
    QT_TRANSLATE_NOOP("Leaderboards", "Keen"),   QT_TRANSLATE_NOOP("Leaderboards", "Sunny"),
};
const char *const kAnimals[] = {
    QT_TRANSLATE_NOOP("Leaderboards", "Falcon"),  QT_TRANSLATE_NOOP("Leaderboards", "Panda"),
    QT_TRANSLATE_NOOP("Leaderboards", "Tiger"),   QT_TRANSLATE_NOOP("Leaderboards", "Crane"),
    QT_TRANSLATE_NOOP("Leaderboards", "Dolphin"), QT_TRANSLATE_NOOP("Leaderboards", "Fox"),
    QT_TRANSLATE_NOOP("Leaderboards", "Horse"),   QT_TRANSLATE_NOOP("Leaderboards", "Koi"),
    QT_TRANSLATE_NOOP("Leaderboards", "Lion"),    QT_TRANSLATE_NOOP("Leaderboards", "Owl"),
    QT_TRANSLATE_NOOP("Leaderboards", "Phoenix"), QT_TRANSLATE_NOOP("Leaderboards", "Rabbit"),
    QT_TRANSLATE_NOOP("Leaderboards", "Eagle"),   QT_TRANSLATE_NOOP("Leaderboards", "Whale"),
    QT_TRANSLATE_NOOP("Leaderboards", "Wolf"),    QT_TRANSLATE_NOOP("Leaderboards", "Deer"),
};

QString audienceKey(Audience a)
{
    switch (a) {
    case Audience::Everyone: return QStringLiteral("everyone");
    case Audience::MyTeam: return QStringLiteral("my_team");
    case Audience::Managers: break;
    }
    return QStringLiteral("managers");
}

QString modeKey(DisplayMode m)
{
    switch (m) {
    case DisplayMode::Names: return QStringLiteral("names");
    case DisplayMode::Pseudonyms: return QStringLiteral("pseudonyms");
    case DisplayMode::RankBands: return QStringLiteral("rank_bands");
    case DisplayMode::SelfOnly: break;
    }
    return QStringLiteral("self_only");
}

/// One ranked subject before the viewer's rules apply.
struct Row
{
    QString id, login, name, team;
    qint64 value = 0;
};

} // namespace

QList<Board> Leaderboards::all()
{
    return {Board::Revenue, Board::Attainment, Board::Progress, Board::Satisfaction, Board::Team};
}

QString Leaderboards::key(Board board)
{
    switch (board) {
    case Board::Revenue: return QStringLiteral("revenue");
    case Board::Attainment: return QStringLiteral("attainment");
    case Board::Progress: return QStringLiteral("progress");
    case Board::Satisfaction: return QStringLiteral("satisfaction");
    case Board::Team: break;
    }
    return QStringLiteral("team");
}

std::optional<Board> Leaderboards::fromKey(const QString &key)
{
    for (Board b : all())
        if (Leaderboards::key(b) == key)
            return b;
    return std::nullopt;
}

QString Leaderboards::label(Board board)
{
    switch (board) {
    case Board::Revenue: return tr("Won revenue");
    case Board::Attainment: return tr("Attainment");
    case Board::Progress: return tr("Progress");
    case Board::Satisfaction: return tr("Satisfaction");
    case Board::Team: break;
    }
    return tr("Teams");
}

QString Leaderboards::measure(Board board)
{
    switch (board) {
    case Board::Revenue: return tr("credited won revenue in the period");
    case Board::Attainment: return tr("the period's score");
    case Board::Progress: return tr("the score's change against the member's own previous period");
    case Board::Satisfaction: return tr("the average customer rating in the period");
    case Board::Team: break;
    }
    return tr("the team's score");
}

QString Leaderboards::audienceLabel(Audience audience)
{
    switch (audience) {
    case Audience::Everyone: return tr("Everyone");
    case Audience::MyTeam: return tr("My team");
    case Audience::Managers: break;
    }
    return tr("Managers only");
}

QString Leaderboards::modeLabel(DisplayMode mode)
{
    switch (mode) {
    case DisplayMode::Names: return tr("Names");
    case DisplayMode::Pseudonyms: return tr("Pseudonyms");
    case DisplayMode::RankBands: return tr("Rank bands");
    case DisplayMode::SelfOnly: break;
    }
    return tr("Only my own rank");
}

QString Leaderboards::bandLabel(const QString &band)
{
    if (band == QLatin1String("top_10"))
        return tr("Top 10%");
    if (band == QLatin1String("top_25"))
        return tr("Top 25%");
    if (band == QLatin1String("top_50"))
        return tr("Top 50%");
    return tr("On the way");
}

QString Leaderboards::tieRule()
{
    return tr("Equal values share a rank (1, 2, 2, 4); within a tie, by login.");
}

QString Leaderboards::valueText(Board board, qint64 value)
{
    const QLocale locale;
    switch (board) {
    case Board::Revenue: return Money(value).format(locale);
    case Board::Progress:
        return (value > 0 ? QStringLiteral("+") : QString()) + ScoreFormat::score(value) + tr(" pts");
    case Board::Satisfaction: return locale.toString(value / 100.0, 'f', 2) + QStringLiteral(" ★");
    case Board::Attainment:
    case Board::Team: break;
    }
    return ScoreFormat::score(value) + tr(" pts");
}

BoardSettings Leaderboards::defaults(Board board)
{
    // Effort and improvement are public; raw revenue is shown within the team, in bands.
    switch (board) {
    case Board::Revenue: return {Audience::MyTeam, DisplayMode::RankBands};
    case Board::Attainment: return {Audience::MyTeam, DisplayMode::Names};
    case Board::Progress:
    case Board::Satisfaction:
    case Board::Team: break;
    }
    return {Audience::Everyone, DisplayMode::Names};
}

BoardSettings Leaderboards::settings(Board board) const
{
    BoardSettings s = defaults(board);
    const QStringList parts =
        m_workspace.setting(QStringLiteral("leaderboard/") + key(board)).split(QLatin1Char(','));
    if (parts.size() == 2) {
        for (Audience a : {Audience::Everyone, Audience::MyTeam, Audience::Managers})
            if (audienceKey(a) == parts.at(0))
                s.audience = a;
        for (DisplayMode m :
             {DisplayMode::Names, DisplayMode::Pseudonyms, DisplayMode::RankBands, DisplayMode::SelfOnly})
            if (modeKey(m) == parts.at(1))
                s.mode = m;
    }
    return s;
}

Status Leaderboards::setSettings(Board board, const BoardSettings &settings)
{
    const auto me = MemberService(m_workspace).find(m_workspace.currentUserId());
    if (me && me->role != Role::Manager)
        return Status(
            Problem{QStringLiteral("audience"), tr("Only a manager sets who sees a board and how.")});
    return m_workspace.setSetting(QStringLiteral("leaderboard/") + key(board),
                                  audienceKey(settings.audience) + QLatin1Char(',') + modeKey(settings.mode));
}

QList<Ranked> Leaderboards::rank(QList<RankInput> inputs, bool lowerIsBetter)
{
    std::sort(inputs.begin(), inputs.end(), [&](const RankInput &a, const RankInput &b) {
        if (a.value != b.value)
            return lowerIsBetter ? a.value < b.value : a.value > b.value;
        const int byLogin = a.login.compare(b.login, Qt::CaseInsensitive);
        return byLogin != 0 ? byLogin < 0 : a.id < b.id;
    });
    QList<Ranked> out;
    for (int i = 0; i < inputs.size(); ++i) {
        const bool tied = i > 0 && inputs.at(i).value == inputs.at(i - 1).value;
        out << Ranked{tied ? out.last().rank : i + 1, inputs.at(i)};
    }
    return out;
}

QString Leaderboards::pseudonym(const QString &memberId, const Period &period)
{
    const QByteArray digest = QCryptographicHash::hash(
        (QStringLiteral("attain-pseudonym|") + period.toString() + QLatin1Char('|') + memberId).toUtf8(),
        QCryptographicHash::Sha256);
    const auto adjective = quint8(digest.at(0)) % std::size(kAdjectives);
    const auto animal = quint8(digest.at(1)) % std::size(kAnimals);
    //: A pseudonym on a leaderboard: an adjective and an animal ("Swift Falcon").
    return tr("%1 %2").arg(tr(kAdjectives[adjective]), tr(kAnimals[animal]));
}

BoardView Leaderboards::view(Board board, const Period &period, const QString &viewerId, bool room)
{
    // A rep's own file (team sync) holds only the rep's records: its boards are the ones the team's workspace
    // published for the rep, with their audience and display mode applied there.
    if (auto published = PublishedBoards::at(m_workspace, board, period))
        return *published;
    BoardView v;
    v.board = board;
    v.period = period;
    v.settings = settings(board);

    // The viewer: their role and team.
    std::optional<Member> viewer =
        viewerId.isEmpty() ? std::nullopt : MemberService(m_workspace).find(viewerId);
    QString viewerTeam;
    if (viewer && !viewer->teamId.isEmpty()) {
        Statement st(m_workspace, "SELECT name FROM teams WHERE id = ?");
        st.bind(1, viewer->teamId);
        if (st.next())
            viewerTeam = st.text(0);
    }
    const bool administrator = viewerId.isEmpty();
    if (!administrator && v.settings.audience == Audience::Managers &&
        (!viewer || viewer->role != Role::Manager)) {
        v.visible = false;
        v.notice = noticeOf(v, administrator, room);
        return v;
    }

    // The rows, before the viewer's rules.
    ScoreEngine engine(m_workspace);
    engine.setLedgers(m_ledgers);
    QList<Row> rows;
    if (board == Board::Team) {
        for (const Scorecard &c : engine.teams(period))
            if (c.score)
                rows << Row{c.subjectId, c.login, c.name, c.name, *c.score};
    } else {
        const QList<Scorecard> cards = engine.members(period);
        QHash<QString, qint64> previous;
        if (board == Board::Progress)
            for (const Scorecard &c : engine.members(period.previous()))
                if (c.score)
                    previous.insert(c.subjectId, *c.score);
        for (const Scorecard &c : cards) {
            std::optional<qint64> value;
            switch (board) {
            case Board::Revenue: value = c.line(Metric::Revenue).actual; break;
            case Board::Attainment: value = c.score; break;
            case Board::Progress:
                if (c.score && previous.contains(c.subjectId))
                    value = *c.score - previous.value(c.subjectId);
                break;
            case Board::Satisfaction: value = c.line(Metric::Satisfaction).actual; break;
            case Board::Team: break;
            }
            if (value)
                rows << Row{c.subjectId, c.login, c.name, c.team, *value};
        }
    }
    // The audience: a "my team" board holds the viewer's team only.
    if (!administrator && v.settings.audience == Audience::MyTeam)
        rows.erase(
            std::remove_if(rows.begin(), rows.end(), [&](const Row &r) { return r.team != viewerTeam; }),
            rows.end());

    QList<RankInput> inputs;
    QHash<QString, Row> byId;
    for (const Row &r : std::as_const(rows)) {
        inputs << RankInput{r.id, r.login, r.value};
        byId.insert(r.id, r);
    }
    const QList<Ranked> ranked = rank(inputs);
    v.total = int(ranked.size());
    const QString self = board == Board::Team ? viewerTeam : viewerId;
    auto isViewer = [&](const Row &r) {
        return !administrator && !room && (board == Board::Team ? r.team == self : r.id == self);
    };
    const int n = v.total;
    // Nothing to rank yet: everyone at 0 (or below) shares the first place, and says so.
    // (On the progress board a fall is a value: only no change at all is nothing.)
    const bool nobodyYet = n > 0 && std::all_of(rows.cbegin(), rows.cend(), [&](const Row &r) {
                               return board == Board::Progress ? r.value == 0 : r.value <= 0;
                           });
    auto band = [&](int rank, qint64 value) {
        if (value <= 0)
            return QString(); // ¥0 is never "Top 10%"
        if (rank <= std::max(1, (n + 9) / 10))
            return QStringLiteral("top_10");
        if (rank <= std::max(1, (n + 3) / 4))
            return QStringLiteral("top_25");
        if (rank <= std::max(1, (n + 1) / 2))
            return QStringLiteral("top_50");
        return QString();
    };
    const DisplayMode mode = administrator ? DisplayMode::Names : v.settings.mode;
    QSet<QString> pseudonymsUsed;
    for (const Ranked &r : ranked) {
        const Row &row = byId[r.input.id];
        BoardEntry e;
        e.rank = r.rank;
        e.subjectId = row.id;
        e.team = row.team;
        e.value = row.value;
        e.isViewer = isViewer(row);
        if (e.isViewer)
            v.viewerRank = r.rank;
        e.shown = row.name;
        e.login = row.login;
        if (board != Board::Team && mode == DisplayMode::Pseudonyms && !e.isViewer) {
            e.login.clear();
            QString name = pseudonym(row.id, period);
            for (int k = 2; pseudonymsUsed.contains(name); ++k)
                name = pseudonym(row.id, period) + QStringLiteral(" %1").arg(k);
            pseudonymsUsed.insert(name);
            e.shown = name;
            e.team.clear(); // a team would give a pseudonym away in a small team
        }
        if (mode == DisplayMode::RankBands) {
            e.band = band(r.rank, row.value);
            e.value.reset();
            if (e.band.isEmpty() && !e.isViewer)
                continue; // below the top half: not listed
        }
        if (mode == DisplayMode::SelfOnly && !e.isViewer)
            continue;
        v.entries << e;
    }
    if (mode == DisplayMode::RankBands) {
        // Within a band by name: the order inside a band does not give the ranks away.
        auto order = [](const QString &band) {
            return band == QLatin1String("top_10")   ? 0
                   : band == QLatin1String("top_25") ? 1
                   : band == QLatin1String("top_50") ? 2
                                                     : 3;
        };
        std::stable_sort(v.entries.begin(), v.entries.end(), [&](const BoardEntry &a, const BoardEntry &b) {
            return std::pair(order(a.band), a.shown) < std::pair(order(b.band), b.shown);
        });
    }
    v.nobodyYet = nobodyYet;
    v.notice = noticeOf(v, administrator, room);
    return v;
}

QString Leaderboards::noticeOf(const BoardView &v, bool administrator, bool room)
{
    if (!v.visible)
        return tr("This board is shown to managers only.");
    if (v.nobodyYet)
        return v.board == Board::Team
                   ? tr("No team has anything on this board for %1 yet.").arg(v.period.label())
                   : tr("Nobody has anything on this board for %1 yet.").arg(v.period.label());
    const DisplayMode mode = administrator ? DisplayMode::Names : v.settings.mode;
    if (!room && (mode == DisplayMode::SelfOnly || (mode == DisplayMode::RankBands && !administrator))) {
        if (v.viewerRank)
            return v.board == Board::Team ? tr("Your team is #%1 of %2.").arg(*v.viewerRank).arg(v.total)
                                          : tr("You are #%1 of %2.").arg(*v.viewerRank).arg(v.total);
        return tr("You are not on this board for %1 yet.").arg(v.period.label());
    }
    return QString();
}

} // namespace attain
