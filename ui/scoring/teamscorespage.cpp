// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/teamscorespage.h"

#include "core/storage/readcheck.h"

#include "core/domain/member.h"
#include "core/scoring/scoreengine.h"
#include "core/scoring/scoreformat.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace attain {

namespace {

const QList<Metric> &shownMetrics()
{
    static const QList<Metric> metrics{Metric::Revenue,      Metric::NewCustomers,   Metric::FollowUps,
                                       Metric::Satisfaction, Metric::RepurchaseRate, Metric::DealsWon};
    return metrics;
}

QStandardItem *cell(const QString &text, const QVariant &sortKey,
                    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setData(sortKey, Qt::UserRole);
    item->setTextAlignment(align);
    return item;
}

} // namespace

TeamScoresPage::TeamScoresPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("teamScoresPage"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600;"));
    m_subjects = new QComboBox(this);
    m_subjects->setObjectName(QStringLiteral("scoreSubjects"));
    m_subjects->addItem(QString());
    m_subjects->addItem(QString());
    m_period = new PeriodPicker(this);
    m_period->setToday(m_session.workspace().clock().now().date());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scoresSummary"));
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("scoresTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The best score first; a person's own choice of column stays through refreshes.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!m_filling) {
                    m_sortColumn = column;
                    m_sortOrder = order;
                }
            });
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_subjects);
    top->addWidget(m_period);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_subjects, &QComboBox::currentIndexChanged, this, &TeamScoresPage::refresh);
    connect(m_period, &PeriodPicker::periodChanged, this, &TeamScoresPage::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_subjects->currentIndex() == 0)
            Q_EMIT memberActivated(m_proxy->index(index.row(), 0).data(Qt::UserRole + 1).toString(),
                                   m_period->period());
    });
    connect(&m_session.workspace(), &Workspace::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    retranslate();
}

void TeamScoresPage::setTeams(bool teams)
{
    m_subjects->setCurrentIndex(teams ? 1 : 0);
}

void TeamScoresPage::setPeriod(const Period &period)
{
    m_period->setPeriod(period);
}

void TeamScoresPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void TeamScoresPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TeamScoresPage::retranslate()
{
    m_title->setText(tr("Team Scores"));
    m_subjects->setItemText(0, tr("Members"));
    m_subjects->setItemText(1, tr("Teams"));
    m_period->retranslate();
    refresh();
}

void TeamScoresPage::refresh()
{
    m_stale = false;
    const bool teams = m_subjects->currentIndex() == 1;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ScoreEngine engine(m_session.workspace());
    engine.setLedgers(m_session.scoreLedgers()->ledgers()); // when the dashboard's worker has read them
    const ReadCheck reads(m_session.workspace());
    QList<Scorecard> cards = teams ? engine.teams(m_period->period()) : engine.members(m_period->period());
    QApplication::restoreOverrideCursor();
    if (const Status read = reads.status(); !read) {
        // Never a table of zero scores from a failed read: the reason instead.
        m_model->removeRows(0, m_model->rowCount());
        m_summary->setText(read.message());
        m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    m_summary->setStyleSheet(QString());
    // A manager sees their team; a rep (who reaches this page only by a link) sees everyone's tiers.
    const QStringList scope = m_session.scope();
    if (!teams && !scope.isEmpty())
        cards.erase(std::remove_if(cards.begin(), cards.end(),
                                   [&](const Scorecard &c) { return !scope.contains(c.subjectId); }),
                    cards.end());
    const QLocale locale;
    m_filling = true;
    m_model->clear();
    QStringList header{teams ? tr("Team") : tr("Member"), tr("Team"), tr("Level"), tr("Score"), tr("Tier")};
    for (Metric m : shownMetrics())
        header << Metrics::label(m);
    m_model->setHorizontalHeaderLabels(header);
    QMap<QString, int> tiers;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (const Scorecard &c : std::as_const(cards)) {
        QList<QStandardItem *> row;
        auto *name = cell(teams ? c.name : tr("%1 (%2)").arg(c.name, c.login), c.name);
        name->setData(c.subjectId, Qt::UserRole + 1);
        row << name << cell(c.team, c.team) << cell(teams ? QString() : Member::levelLabel(c.level), c.level)
            << cell(c.score ? ScoreFormat::score(*c.score) : QStringLiteral("–"),
                    c.score ? QVariant(*c.score) : QVariant(-1), right);
        auto *tier = cell(c.tier.isEmpty() ? QStringLiteral("–") : Plan::tierLabel(c.tier),
                          c.score ? QVariant(*c.score) : QVariant(-1));
        row << tier;
        ++tiers[c.tier];
        for (Metric m : shownMetrics()) {
            const MetricLine &l = c.line(m);
            QString text =
                l.attainment ? ScoreFormat::percent(*l.attainment) + QLatin1Char('%') : QStringLiteral("–");
            if (l.actual)
                text = ScoreFormat::display(m, *l.actual, locale) + QStringLiteral("  ·  ") + text;
            auto *item =
                cell(text, l.attainment ? QVariant(l.attainment->toDouble()) : QVariant(-1.0), right);
            if (l.weight <= 0)
                item->setForeground(QColor(0x9c, 0xa3, 0xaf));
            row << item;
        }
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->sortByColumn(m_sortColumn, m_sortOrder);
    m_filling = false;
    QStringList counts;
    for (const QString &key : {QStringLiteral("outstanding"), QStringLiteral("on_target"),
                               QStringLiteral("near"), QStringLiteral("below")})
        counts << tr("%1 %2").arg(Plan::tierLabel(key)).arg(tiers.value(key));
    m_summary->setText(tr("%1 · %2 · attainment per metric, grey where the plan does not weigh it")
                           .arg(m_period->period().label(), counts.join(QStringLiteral(" · "))));
}

} // namespace attain
