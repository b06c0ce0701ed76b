// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/leaderboard/leaderboardpage.h"

#include "core/storage/readcheck.h"

#include "ui/common/imagefile.h"

#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"
#include "ui/leaderboard/boardwidget.h"
#include "ui/leaderboard/presentationwindow.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QVBoxLayout>

namespace attain {

LeaderboardPage::LeaderboardPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("leaderboardPage"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600;"));
    m_period = new PeriodPicker(this);
    m_period->setToday(m_session.workspace().clock().now().date());
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("boardTabs"));
    m_tabs->setExpanding(false);
    for (int i = 0; i < Leaderboards::all().size(); ++i)
        m_tabs->addTab(QString());
    m_audienceLabel = new QLabel(this);
    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("boardAudience"));
    m_modeLabel = new QLabel(this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("boardMode"));
    m_secondsLabel = new QLabel(this);
    m_seconds = new QSpinBox(this);
    m_seconds->setRange(5, 300);
    m_seconds->setValue(QSettings().value(QStringLiteral("presentation/seconds"), 15).toInt());
    m_present = new QPushButton(this);
    m_present->setObjectName(QStringLiteral("presentBoards"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportBoard"));
    m_board = new BoardWidget(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_period);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_audienceLabel);
    controls->addWidget(m_audience);
    controls->addSpacing(12);
    controls->addWidget(m_modeLabel);
    controls->addWidget(m_mode);
    controls->addStretch(1);
    controls->addWidget(m_export);
    controls->addSpacing(12);
    controls->addWidget(m_secondsLabel);
    controls->addWidget(m_seconds);
    controls->addWidget(m_present);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_tabs);
    layout->addLayout(controls);
    layout->addWidget(m_board, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, &LeaderboardPage::refresh);
    connect(m_period, &PeriodPicker::periodChanged, this, &LeaderboardPage::refresh);
    auto changed = [this] {
        setBoardSettings(
            {Audience(m_audience->currentData().toInt()), DisplayMode(m_mode->currentData().toInt())});
    };
    connect(m_audience, &QComboBox::activated, this, changed);
    connect(m_mode, &QComboBox::activated, this, changed);
    connect(m_seconds, &QSpinBox::valueChanged, this,
            [](int s) { QSettings().setValue(QStringLiteral("presentation/seconds"), s); });
    connect(m_present, &QPushButton::clicked, this, [this] { present(); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(
            this, tr("Export the Board as PNG"),
            QDir::homePath() + QStringLiteral("/attain-%1-%2.png")
                                   .arg(Leaderboards::key(currentBoard()), m_period->period().toString()),
            tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        if (Status st = exportPng(path); !st)
            Messages::error(this, tr("Export the Board as PNG"), st.message());
    });
    connect(&m_session.workspace(), &Workspace::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(&m_session, &Session::userChanged, this, &LeaderboardPage::refresh);
    retranslate();
}

Board LeaderboardPage::currentBoard() const
{
    return Leaderboards::all().value(m_tabs->currentIndex(), Board::Revenue);
}

void LeaderboardPage::showBoard(Board board, const Period &period)
{
    {
        QSignalBlocker block(m_period);
        m_period->setPeriod(period);
    }
    const int index = int(Leaderboards::all().indexOf(board));
    if (index != m_tabs->currentIndex())
        m_tabs->setCurrentIndex(index); // refreshes
    else
        refresh();
}

void LeaderboardPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void LeaderboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LeaderboardPage::retranslate()
{
    m_title->setText(tr("Leaderboards"));
    m_period->retranslate();
    for (int i = 0; i < Leaderboards::all().size(); ++i)
        m_tabs->setTabText(i, Leaderboards::label(Leaderboards::all().at(i)));
    m_audienceLabel->setText(tr("Shown to:"));
    m_modeLabel->setText(tr("As:"));
    {
        QSignalBlocker a(m_audience), b(m_mode);
        m_audience->clear();
        for (Audience x : {Audience::Everyone, Audience::MyTeam, Audience::Managers})
            m_audience->addItem(Leaderboards::audienceLabel(x), int(x));
        m_mode->clear();
        for (DisplayMode x :
             {DisplayMode::Names, DisplayMode::Pseudonyms, DisplayMode::RankBands, DisplayMode::SelfOnly})
            m_mode->addItem(Leaderboards::modeLabel(x), int(x));
    }
    m_secondsLabel->setText(tr("Each board for"));
    m_seconds->setSuffix(tr(" s"));
    m_present->setText(tr("Present"));
    m_present->setToolTip(tr("Full screen for a big screen; the boards take turns. Esc leaves."));
    m_export->setText(tr("Export PNG…"));
    refresh();
}

void LeaderboardPage::refresh()
{
    m_stale = false;
    Leaderboards boards(m_session.workspace());
    boards.setLedgers(m_session.scoreLedgers()->ledgers());
    const Board board = currentBoard();
    const BoardSettings settings = boards.settings(board);
    {
        QSignalBlocker a(m_audience), b(m_mode);
        m_audience->setCurrentIndex(m_audience->findData(int(settings.audience)));
        m_mode->setCurrentIndex(m_mode->findData(int(settings.mode)));
    }
    const bool manager = m_session.isManager();
    m_audience->setEnabled(manager);
    m_mode->setEnabled(manager);
    m_present->setEnabled(manager);
    // A board from a failed read says so instead of ranking zeros.
    const ReadCheck reads(m_session.workspace());
    BoardView view = boards.view(board, m_period->period(), m_session.workspace().currentUserId());
    if (const Status read = reads.status(); !read) {
        view.entries.clear();
        view.total = 0;
        view.viewerRank.reset();
        view.notice = read.message();
    }
    m_board->show(view);
}

bool LeaderboardPage::setBoardSettings(const BoardSettings &settings)
{
    if (const Status st = Leaderboards(m_session.workspace()).setSettings(currentBoard(), settings); !st) {
        Messages::error(this, tr("Leaderboards"), st.message());
        refresh();
        return false;
    }
    refresh();
    return true;
}

Status LeaderboardPage::exportPng(const QString &path)
{
    QCoreApplication::sendPostedEvents(); // the chart lays its axes out on a posted event
    return ImageFile::savePng(m_board->grab().toImage(), path);
}

PresentationWindow *LeaderboardPage::present()
{
    auto *window = new PresentationWindow(m_session, m_period->period(), m_seconds->value(), this);
    window->showFullScreen();
    return window;
}

} // namespace attain
