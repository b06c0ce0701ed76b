// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/domain/result.h"
#include "core/scoring/scoreledger.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace attain {

class Workspace;

/// The boards (排行榜) of PRODUCT.md "Leaderboards".
enum class Board
{
    Revenue,      ///< credited won revenue
    Attainment,   ///< the score
    Progress,     ///< 进步榜: the score against the member's own previous period
    Satisfaction, ///< 满意度榜: average rating
    Team          ///< 团队榜: teams by score
};

/// Who may see a board.
enum class Audience
{
    Everyone,
    MyTeam,  ///< the viewer's own team only
    Managers ///< managers only
};

/// How a board shows the people on it.
enum class DisplayMode
{
    Names,
    Pseudonyms, ///< stable within a period, new each period; the viewer sees their own name
    RankBands,  ///< top 10% / 25% / 50%, without values; the rest are not listed (the viewer sees their band)
    SelfOnly    ///< "you are #4 of 12"
};

struct BoardSettings
{
    Audience audience = Audience::Everyone;
    DisplayMode mode = DisplayMode::Names;
    bool operator==(const BoardSettings &) const = default;
};

/// A value to rank: higher is better unless the board says otherwise.
struct RankInput
{
    QString id;
    QString login;
    qint64 value = 0;
};

struct Ranked
{
    int rank = 0;
    RankInput input;
};

/// One line of a board as a viewer sees it.
struct BoardEntry
{
    int rank = 0;
    QString subjectId;
    QString shown; // a name, a pseudonym, or the viewer's own name
    QString login; // the member's login (team:NAME for a team); empty where the name is hidden
    QString team;
    std::optional<qint64> value; // hidden in rank bands
    QString band;                // rank bands: top_10, top_25, top_50
    bool isViewer = false;
};

/// A board for a period as one member sees it (or as an administrator sees everything).
struct BoardView
{
    Board board = Board::Revenue;
    Period period;
    BoardSettings settings;
    bool visible = true; // false: the audience leaves this viewer out
    QString notice;      // why not visible, or "you are #4 of 12"
    QList<BoardEntry> entries;
    int total = 0; // how many are ranked
    std::optional<int> viewerRank;
    bool nobodyYet = false; // everyone is at nothing: all share the first place
};

/// Builds boards from the scoring engine and applies their audience and display mode, the same way for
/// the app and `attain-cli leaderboard`. Ties share a rank (1, 2, 2, 4), listed by login within the tie.
class Leaderboards
{
    Q_DECLARE_TR_FUNCTIONS(Leaderboards)

public:
    explicit Leaderboards(Workspace &workspace) : m_workspace(workspace) {}
    /// Scores from these ledgers when they hold the period's plan's deals (ScoreEngine::setLedgers).
    void setLedgers(const ScoreLedgers &ledgers) { m_ledgers = ledgers; }

    static QList<Board> all();
    static QString key(Board board);
    static std::optional<Board> fromKey(const QString &key);
    static QString label(Board board);
    /// What the board ranks, in words.
    static QString measure(Board board);
    static QString audienceLabel(Audience audience);
    static QString modeLabel(DisplayMode mode);
    static QString bandLabel(const QString &band);
    /// The tie rule, as shown on every board.
    static QString tieRule();
    /// A value of a board in words (money, points, stars).
    static QString valueText(Board board, qint64 value);

    /// The board's audience and mode (setting `leaderboard/KEY`); defaults keep revenue private-ish.
    BoardSettings settings(Board board) const;
    static BoardSettings defaults(Board board);
    /// Sets a board's audience and mode; managers only.
    Status setSettings(Board board, const BoardSettings &settings);

    /// The board as `viewerId` sees it; an empty viewer sees every entry by name (administration, exports).
    /// `room`: as shown on a big screen by that viewer — their team for a "my team" board, but nobody is
    /// "you" (pseudonyms and bands apply to everyone).
    BoardView view(Board board, const Period &period, const QString &viewerId, bool room = false);

    /// What a board says to its viewer (managers only, nobody yet, "you are #4 of 12"), in the UI's language.
    static QString noticeOf(const BoardView &view, bool administrator, bool room);
    /// Ranks by value (lower first when `lowerIsBetter`); equal values share a rank, the next rank skips
    /// (1, 2, 2, 4); within a tie, by login (case-insensitive).
    static QList<Ranked> rank(QList<RankInput> inputs, bool lowerIsBetter = false);
    /// A pseudonym for a member in a period: stable within the period, different in the next.
    static QString pseudonym(const QString &memberId, const Period &period);

private:
    Workspace &m_workspace;
    ScoreLedgers m_ledgers;
};

} // namespace attain
