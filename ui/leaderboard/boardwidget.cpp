// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/leaderboard/boardwidget.h"

#include "ui/common/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace attain {

namespace {

const QColor kAccent = ChartStyle::accent();
const QColor kOthers = ChartStyle::muted();

/// A board's values as the chart plots them, with the unit in the axis title: money in 万元 in Chinese and
/// thousands of yuan in English, points and stars as they are.
struct Scale
{
    double divisor = 1;
    QString title;
};

Scale scaleFor(Board board)
{
    switch (board) {
    case Board::Revenue:
        return {ChartStyle::moneyDivisor(), BoardWidget::tr("Won revenue (%1)").arg(ChartStyle::moneyUnit())};
    case Board::Satisfaction: return {100.0, BoardWidget::tr("Average rating (stars)")};
    case Board::Progress: return {100.0, BoardWidget::tr("Change in score (points)")};
    case Board::Attainment:
    case Board::Team: break;
    }
    return {100.0, BoardWidget::tr("Score (points)")};
}

} // namespace

BoardWidget::BoardWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("boardWidget"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("boardTitle"));
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("boardRule"));
    m_rule->setWordWrap(true);
    m_rule->setStyleSheet(QStringLiteral("color: #555;"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("boardNotice"));
    m_notice->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("boardTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("boardChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(320);

    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 5);
    body->addWidget(m_chartView, 6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addLayout(body, 1);
    layout->addWidget(m_rule);
    setScale(1.0);
}

void BoardWidget::setScale(double scale)
{
    m_scale = scale;
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * scale);
    m_table->setFont(f);
    m_table->horizontalHeader()->setFont(f);
    m_table->verticalHeader()->setDefaultSectionSize(int(m_table->fontMetrics().height() * 1.6));
    m_title->setStyleSheet(QStringLiteral("font-size: %1px; font-weight: 600;").arg(int(18 * scale)));
    m_notice->setStyleSheet(
        QStringLiteral("font-size: %1px; font-weight: 600; color: #1d4ed8;").arg(int(15 * scale)));
    QFont rule = font();
    rule.setPointSizeF(rule.pointSizeF() * std::max(1.0, scale * 0.8));
    m_rule->setFont(rule);
    if (!m_view.entries.isEmpty() || !m_view.notice.isEmpty())
        show(m_view);
}

void BoardWidget::show(const BoardView &view)
{
    m_view = view;
    m_title->setText(tr("%1 · %2").arg(Leaderboards::label(view.board), view.period.label()));
    m_rule->setText(tr("Ranks %1. %2 Shown to: %3; as: %4.")
                        .arg(Leaderboards::measure(view.board), Leaderboards::tieRule(),
                             Leaderboards::audienceLabel(view.settings.audience),
                             Leaderboards::modeLabel(view.settings.mode)));
    m_notice->setText(view.notice);
    m_notice->setVisible(!view.notice.isEmpty());
    const bool bands =
        view.settings.mode == DisplayMode::RankBands &&
        std::any_of(view.entries.begin(), view.entries.end(), [](const BoardEntry &e) { return !e.value; });
    m_table->setHorizontalHeaderLabels({bands ? tr("Band") : tr("Rank"),
                                        view.board == Board::Team ? tr("Team") : tr("Name"),
                                        view.board == Board::Team ? QString() : tr("Team"), tr("Value")});
    m_table->setRowCount(int(view.entries.size()));
    for (int r = 0; r < view.entries.size(); ++r) {
        const BoardEntry &e = view.entries.at(r);
        const QString place = bands ? Leaderboards::bandLabel(e.band) : QStringLiteral("#%1").arg(e.rank);
        const QStringList cells{
            place, e.isViewer && view.board != Board::Team ? tr("%1 (you)").arg(e.shown) : e.shown,
            view.board == Board::Team ? QString() : e.team,
            e.value ? Leaderboards::valueText(view.board, *e.value) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (e.isViewer) {
                item->setBackground(QColor(0xdb, 0xea, 0xfe));
                QFont bold = m_table->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setColumnHidden(2, view.board == Board::Team);
    m_table->setColumnHidden(3, bands); // bands hide the values
    fillChart();
}

void BoardWidget::fillChart()
{
    QChart *chart = m_chartView->chart();
    ChartStyle::clear(chart);
    QList<BoardEntry> shown;
    for (const BoardEntry &e : m_view.entries)
        if (e.value && shown.size() < 12)
            shown << e;
    m_chartView->setVisible(!shown.isEmpty());
    if (shown.isEmpty())
        return;
    const Scale scale = scaleFor(m_view.board);
    auto *others = new QBarSet(tr("Others"));
    auto *you = new QBarSet(tr("You"));
    others->setColor(kOthers);
    others->setBorderColor(kOthers);
    you->setColor(kAccent);
    you->setBorderColor(kAccent);
    QStringList categories;
    double low = 0, high = 0;
    // The first place at the top: categories run from the bottom up.
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        const double value = *it->value / scale.divisor;
        low = std::min(low, value);
        high = std::max(high, value);
        categories << QStringLiteral("#%1 %2").arg(it->rank).arg(it->shown);
        *others << (it->isViewer ? 0.0 : value);
        *you << (it->isViewer ? value : 0.0);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(others);
    series->append(you);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *values = new QValueAxis;
    values->setRange(low, high > 0 ? high * 1.08 : 1.0);
    values->setLabelFormat(QStringLiteral("%.0f"));
    if (m_view.board == Board::Satisfaction || m_view.board == Board::Progress)
        values->setLabelFormat(QStringLiteral("%.1f"));
    values->setTitleText(scale.title);
    values->applyNiceNumbers();
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * m_scale);
    names->setLabelsFont(axisFont);
    values->setLabelsFont(axisFont);
    values->setTitleFont(axisFont);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
}

} // namespace attain
