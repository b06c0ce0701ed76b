// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/scorecardpage.h"
#include "core/sync/teamsync.h"

#include "core/domain/activity.h"
#include "core/domain/dates.h"
#include "core/domain/member.h"
#include "core/domain/money.h"
#include "core/scoring/scoreengine.h"
#include "core/scoring/scoreformat.h"
#include "core/services/memberservice.h"
#include "core/storage/readcheck.h"
#include "ui/common/membercombo.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"
#include "ui/common/statcard.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain {

namespace {

QColor tierColor(const QString &tier)
{
    if (tier == QLatin1String("outstanding"))
        return QColor(0x15, 0x80, 0x3d);
    if (tier == QLatin1String("on_target"))
        return QColor(0x1d, 0x4e, 0xd8);
    if (tier == QLatin1String("near"))
        return QColor(0xb4, 0x53, 0x09);
    return QColor(0x6b, 0x72, 0x80);
}

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align);
    return i;
}

} // namespace

ScorecardPage::ScorecardPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("scorecardPage"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600;"));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("scorecardMember"));
    m_member->setMinimumContentsLength(14);
    m_period = new PeriodPicker(this);
    m_period->setToday(m_session.workspace().clock().now().date());
    m_score = new StatCard(this);
    m_tier = new StatCard(this);
    m_plan = new StatCard(this);
    m_lines = new QTableWidget(this);
    m_lines->setObjectName(QStringLiteral("scorecardLines"));
    m_lines->setColumnCount(7);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 14);
    m_nextTitle = new QLabel(this);
    m_nextTitle->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextTier"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::RichText);
    m_rulesTitle = new QLabel(this);
    m_rulesTitle->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("planRules"));
    m_rules->setWordWrap(true);
    // A rep's own file (team sync): until the manager has merged the rep's changes, the card is provisional.
    m_provisional = new QLabel(this);
    m_provisional->setObjectName(QStringLiteral("provisional"));
    m_provisional->setWordWrap(true);
    m_provisional->setStyleSheet(
        QStringLiteral("QLabel { background: #fef3c7; color: #78350f; border: 1px solid "
                       "#f59e0b; border-radius: 6px; padding: 6px 10px; }"));
    m_provisional->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_member);
    top->addWidget(m_period);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(m_score);
    cards->addWidget(m_tier);
    cards->addWidget(m_plan, 2);
    auto *bottom = new QGridLayout;
    bottom->setHorizontalSpacing(24);
    bottom->addWidget(m_nextTitle, 0, 0);
    // No alignment flags on the cells: a word-wrapped label then gets the height its text needs.
    m_next->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_rules->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    bottom->addWidget(m_next, 1, 0);
    bottom->addWidget(m_rulesTitle, 0, 1);
    bottom->addWidget(m_rules, 1, 1);
    bottom->setColumnStretch(0, 1);
    bottom->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_provisional);
    layout->addLayout(cards);
    layout->addWidget(m_lines, 1);
    layout->addLayout(bottom);

    connect(m_member, &QComboBox::currentIndexChanged, this, &ScorecardPage::refresh);
    connect(m_period, &PeriodPicker::periodChanged, this, &ScorecardPage::refresh);
    connect(m_lines, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (m_card && row >= 0 && row < m_lines->rowCount())
            openBehind(Metric(m_lines->item(row, 0)->data(Qt::UserRole).toInt()))->open();
    });
    // Any edit: recompute this one member's scorecard (a handful of indexed queries), when shown.
    connect(&m_session.workspace(), &Workspace::changed, this, [this](EntityKind kind) {
        if (kind == EntityKind::Member || kind == EntityKind::Team)
            fillMembers();
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(&m_session, &Session::userChanged, this, [this] {
        fillMembers();
        refresh();
    });
    fillMembers();
    retranslate();
}

void ScorecardPage::fillMembers()
{
    MemberCombo::fillScored(m_member, m_session);
}

void ScorecardPage::showMember(const QString &memberId, const Period &period)
{
    {
        QSignalBlocker block(m_period);
        m_period->setPeriod(period);
    }
    const int index = m_member->findData(memberId);
    if (index >= 0 && index != m_member->currentIndex())
        m_member->setCurrentIndex(index); // refreshes
    else
        refresh();
}

void ScorecardPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void ScorecardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScorecardPage::retranslate()
{
    m_title->setText(tr("Scorecard"));
    m_period->retranslate();
    m_lines->setHorizontalHeaderLabels(
        {tr("Metric"), tr("Actual"), tr("Target"), tr("Attainment"), tr("Weight"), tr("Points"), tr("Note")});
    m_nextTitle->setText(tr("To reach the next tier"));
    m_rulesTitle->setText(tr("How the score is computed"));
    fillMembers();
    refresh();
}

void ScorecardPage::refresh()
{
    m_stale = false;
    const QString memberId = m_member->currentData().toString();
    const QLocale locale;
    const ReadCheck reads(m_session.workspace());
    m_card = memberId.isEmpty() ? std::nullopt
                                : ScoreEngine(m_session.workspace()).member(memberId, m_period->period());
    const Status read = reads.status();
    if (!read)
        m_card.reset(); // a failed query is said, never shown as a zero score
    m_lines->setRowCount(0);
    const SyncStatus sync = TeamSync(m_session.workspace()).status();
    m_provisional->setVisible(sync.role == QLatin1String("rep") && sync.pending > 0);
    m_provisional->setText(
        tr("Provisional: %n record(s) you changed here have not been merged by your manager "
           "yet (Team Sync). The team's figures may differ until they are.",
           nullptr, int(sync.pending)));
    m_score->setCaption(tr("Score"));
    m_tier->setCaption(tr("Tier"));
    m_plan->setCaption(tr("Plan"));
    if (!m_card) {
        m_score->setValue(QStringLiteral("–"));
        m_tier->setValue(QStringLiteral("–"));
        m_plan->setValue(QStringLiteral("–"));
        m_next->setText(read ? tr("No scored member is chosen.") : read.message());
        m_rules->clear();
        return;
    }
    const Scorecard &c = *m_card;
    m_score->setValue(c.score ? ScoreFormat::score(*c.score) : QStringLiteral("–"));
    const QString hidden = ScoreFormat::hiddenBoundary(c);
    m_score->setNote(!hidden.isEmpty() ? hidden
                     : c.score         ? tr("of 100 for on target")
                                       : tr("no metric has data and a target yet"));
    m_tier->setValue(c.tier.isEmpty() ? QStringLiteral("–") : Plan::tierLabel(c.tier));
    m_tier->setNote(c.closedOn.isEmpty() ? c.period.label()
                                         : tr("%1 · closed on %2, frozen").arg(c.period.label(), c.closedOn),
                    tierColor(c.tier));
    m_plan->setValue(c.plan.name);
    m_plan->setNote(
        tr("level %1 · from %2").arg(Member::levelLabel(c.scoredLevel), c.plan.effectiveFrom.label()));

    for (const MetricLine &l : c.lines) {
        if (l.weight <= 0 && !l.actual)
            continue;
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto *name = item(Metrics::label(l.metric));
        name->setData(Qt::UserRole, int(l.metric));
        name->setToolTip(tr("Double-click to see the records behind it"));
        m_lines->setItem(row, 0, name);
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_lines->setItem(
            row, 1,
            item(l.actual ? ScoreFormat::display(l.metric, *l.actual, locale) : tr("no data"), right));
        m_lines->setItem(row, 2,
                         item(l.target ? ScoreFormat::display(l.metric, *l.target, locale) +
                                             (l.targetDerived ? QStringLiteral(" *") : QString())
                                       : tr("none"),
                              right));
        if (l.attainment) {
            auto *bar = new QProgressBar(m_lines);
            bar->setRange(0, c.plan.capPercent * 10);
            bar->setValue(int(l.counted(c.plan.capPercent).floor(1000).value_or(0)));
            bar->setFormat(ScoreFormat::percent(*l.attainment) + QLatin1Char('%'));
            bar->setTextVisible(true);
            bar->setAlignment(Qt::AlignCenter);
            m_lines->setCellWidget(row, 3, bar);
        } else {
            m_lines->setItem(row, 3, item(QStringLiteral("–"), Qt::AlignCenter));
        }
        m_lines->setItem(row, 4, item(l.weight > 0 ? QString::number(l.weight) : QStringLiteral("–"), right));
        m_lines->setItem(row, 5,
                         item(l.included() ? ScoreFormat::contribution(l) : QStringLiteral("–"), right));
        QString note;
        if (l.capped)
            note = tr("counts up to %1%").arg(c.plan.capPercent);
        else if (l.weight > 0 && !l.included())
            note = ScoreFormat::leftOutReason(l.leftOut);
        else if (l.weight <= 0)
            note = tr("shown, not scored");
        if (l.direction == Direction::Lower)
            note = (note.isEmpty() ? QString() : note + QStringLiteral("; ")) + tr("less is better");
        // Inside the period: where the line stands against the part of its target today expects.
        const QDate today = m_session.workspace().clock().today();
        auto *noteItem = item(note);
        if (const auto pace = Pacing::of(l, c.period, today)) {
            note = (note.isEmpty() ? QString() : note + QStringLiteral("; ")) +
                   ScoreFormat::pace(*pace, l.metric, locale);
            noteItem->setText(note);
            noteItem->setForeground(pace->ahead() ? QColor(0x15, 0x80, 0x3d) : QColor(0xb3, 0x26, 0x1e));
            noteItem->setToolTip(ScoreFormat::paceShare(*pace, c.period, today));
        }
        m_lines->setItem(row, 6, noteItem);
    }
    m_lines->resizeColumnsToContents();
    m_lines->setColumnWidth(3, qMax(m_lines->columnWidth(3), 160));

    if (const auto next = ScoreEngine::nextTier(c)) {
        QStringList lines;
        lines << tr("<b>%1</b> from %2 points. Any one of these would do it, the rest unchanged:")
                     .arg(Plan::tierLabel(next->tier.key).toHtmlEscaped())
                     .arg(next->tier.minimum);
        for (const TierGap &g : next->gaps)
            lines << QStringLiteral("• %1: %2")
                         .arg(Metrics::label(g.metric).toHtmlEscaped(),
                              ScoreFormat::gap(g, c.line(g.metric).direction, locale).toHtmlEscaped());
        m_next->setText(lines.join(QStringLiteral("<br>")));
    } else {
        m_next->setText(c.score ? tr("This is the highest tier. Well done.")
                                : tr("A score needs at least one metric with data and a target."));
    }
    m_rules->setText(ScoreFormat::rules(c.plan, c.scoredLevel));
}

QDialog *ScorecardPage::openBehind(Metric metric)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("behindDialog"));
    dialog->setWindowTitle(tr("%1 — %2, %3")
                               .arg(Metrics::label(metric), m_card ? m_card->name : QString(),
                                    m_card ? m_card->period.label() : QString()));
    auto *table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("behindTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Record"), tr("Customer"), tr("Counts for"), tr("Note")});
    const QList<Behind> records =
        m_card ? ScoreEngine(m_session.workspace()).behind(*m_card, metric) : QList<Behind>();
    const QLocale locale;
    table->setRowCount(int(records.size()));
    for (int r = 0; r < records.size(); ++r) {
        const Behind &b = records.at(r);
        QString value;
        if (b.kind == EntityKind::Deal && metric != Metric::NewCustomers && metric != Metric::RepurchaseRate)
            value = (metric == Metric::DealsWon ? ScoreFormat::display(Metric::DealsWon, b.value, locale)
                                                : Money(b.value).format(locale)) +
                    (b.percent < 100 ? tr(" (%1% share)").arg(b.percent) : QString());
        else if (b.kind == EntityKind::Rating)
            value = QString(b.value / 100, QChar(0x2605));
        else
            value = QStringLiteral("1");
        QString reference = b.reference;
        if (b.kind == EntityKind::Activity)
            if (const auto kind = Activity::kindFromText(b.reference))
                reference = Activity::kindLabel(*kind);
        table->setItem(r, 0, new QTableWidgetItem(Dates::toIso(b.date)));
        table->setItem(r, 1, new QTableWidgetItem(reference));
        table->setItem(r, 2, new QTableWidgetItem(b.customer));
        table->setItem(r, 3, new QTableWidgetItem(value));
        table->setItem(r, 4, new QTableWidgetItem(b.note));
    }
    table->resizeColumnsToContents();
    auto *summary = new QLabel(tr("%n record(s)", nullptr, int(records.size())), dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 460);
    return dialog;
}

} // namespace attain
