// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/plandialog.h"

#include "core/domain/member.h"
#include "core/domain/money.h"
#include "core/incentives/planpreview.h"
#include "core/scoring/scoreengine.h"
#include "core/scoring/scoreformat.h"
#include "core/services/planservice.h"
#include "ui/common/changecommand.h"
#include "ui/common/messages.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"
#include "ui/scoring/incentiveruleseditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace attain {

namespace {
constexpr int DirectionRow = -1; // the last row of the weights table holds the "less is better" boxes
}

PlanDialog::PlanDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Scoring Plans"));
    m_debounce = new QTimer(this); // before any field that restarts it
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    m_plans = new QListWidget(this);
    m_plans->setObjectName(QStringLiteral("planList"));
    m_plans->setMinimumWidth(180);
    m_plans->setMaximumWidth(230);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("planName"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("planFrom"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_from->setCalendarPopup(true);
    m_cap = new QSpinBox(this);
    m_cap->setRange(100, 500);
    m_cap->setSuffix(QStringLiteral("%"));
    m_cap->setObjectName(QStringLiteral("planCap"));
    m_confirmed = new QCheckBox(tr("Count only deals confirmed by finance"), this);
    auto *tierRow = new QHBoxLayout;
    for (const QString &key :
         {QStringLiteral("outstanding"), QStringLiteral("on_target"), QStringLiteral("near")}) {
        auto *spin = new QSpinBox(this);
        spin->setRange(1, 500);
        spin->setPrefix(Plan::tierLabel(key) + QStringLiteral(" ≥ "));
        spin->setObjectName(QStringLiteral("tier_") + key);
        m_tiers << spin;
        tierRow->addWidget(spin);
    }
    tierRow->addStretch(1);
    m_weights = new QTableWidget(this);
    m_weights->setObjectName(QStringLiteral("planWeights"));
    m_weights->setColumnCount(int(Metrics::all().size()));
    QStringList metricHeader;
    for (Metric m : Metrics::all())
        metricHeader << Metrics::label(m);
    m_weights->setHorizontalHeaderLabels(metricHeader);
    m_weights->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_problems = new QLabel(this);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setWordWrap(true);
    m_period = new PeriodPicker(this);
    m_period->setToday(m_session.workspace().clock().now().date());
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("planPreview"));
    m_preview->setColumnCount(7);
    m_preview->setHorizontalHeaderLabels({tr("Member"), tr("Score now"), tr("Score, draft"), tr("Change"),
                                          tr("Payout now"), tr("Payout, draft"), tr("Payout change")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setSortingEnabled(false);
    m_cost = new QLabel(this);
    m_cost->setObjectName(QStringLiteral("previewSummary"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("In effect from:"), m_from);
    form->addRow(tr("Attainment counts up to:"), m_cap);
    form->addRow(QString(), m_confirmed);
    form->addRow(tr("Tiers:"), tierRow);
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *scoring = new QWidget(editor);
    auto *scoringLayout = new QVBoxLayout(scoring);
    scoringLayout->addLayout(form);
    scoringLayout->addWidget(
        new QLabel(tr("Weights by level (0: not scored), and metrics where less is better:"), scoring));
    scoringLayout->addWidget(m_weights);
    scoringLayout->addStretch(1);
    auto *tabs = new QTabWidget(editor);
    tabs->setObjectName(QStringLiteral("planTabs"));
    tabs->addTab(scoring, tr("Score"));
    m_incentives = new IncentiveRulesEditor(editor);
    connect(m_incentives, &IncentiveRulesEditor::changed, this, [this] { m_debounce->start(); });
    tabs->addTab(m_incentives, tr("Commission && Awards"));
    editorLayout->addWidget(tabs);
    editorLayout->addWidget(m_problems);
    auto *previewTop = new QHBoxLayout;
    previewTop->addWidget(new QLabel(tr("Preview for"), editor));
    previewTop->addWidget(m_period);
    previewTop->addStretch(1);
    editorLayout->addLayout(previewTop);
    editorLayout->addWidget(m_preview, 1);
    editorLayout->addWidget(m_cost);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("Save Plan"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePlan"));
    save->setEnabled(m_session.isManager());
    auto *remove = buttons->addButton(tr("Delete Plan"), QDialogButtonBox::ActionRole);
    remove->setObjectName(QStringLiteral("deletePlan"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        if (saveDraft())
            Messages::info(this, tr("Scoring Plans"),
                           tr("“%1” is saved and takes effect from %2.")
                               .arg(m_name->text(), m_from->date().toString(QStringLiteral("yyyy-MM"))));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_id.isEmpty()) {
            Messages::info(this, tr("Scoring Plans"), tr("The built-in plan cannot be deleted."));
            return;
        }
        if (!Messages::ask(this, tr("Delete Plan"),
                           tr("Delete “%1”? Periods from its month on will be scored by the plan before it.")
                               .arg(m_name->text())))
            return;
        if (const Status st = ChangeCommand::perform(
                m_session, ChangeCommand::deleteText(ChangeCommand::noun(EntityKind::Plan)),
                [&] { return PlanService(m_session.workspace()).remove(m_id); });
            !st)
            Messages::error(this, tr("Cannot delete the plan"), st.message());
        fillPlans();
    });

    auto *split = new QSplitter(this);
    split->addWidget(m_plans);
    split->addWidget(editor);
    split->setStretchFactor(1, 1);
    split->setSizes({210, 830});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_debounce, &QTimer::timeout, this, &PlanDialog::updatePreview);
    auto changed = [this] { m_debounce->start(); };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_cap, &QSpinBox::valueChanged, this, changed);
    connect(m_confirmed, &QCheckBox::toggled, this, changed);
    for (QSpinBox *s : std::as_const(m_tiers))
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_period, &PeriodPicker::periodChanged, this, &PlanDialog::updatePreview);
    connect(m_plans, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString id = m_plans->item(row)->data(Qt::UserRole).toString();
        if (id.isEmpty()) {
            load(Plan::standard());
            return;
        }
        for (const Plan &p : PlanService(m_session.workspace()).saved())
            if (p.id == id)
                load(p);
    });
    fillPlans();
    resize(1040, 760);
}

void PlanDialog::fillPlans()
{
    QSignalBlocker block(m_plans);
    m_plans->clear();
    auto *builtIn = new QListWidgetItem(tr("%1 (built in)").arg(Plan::standard().name), m_plans);
    builtIn->setData(Qt::UserRole, QString());
    const Plan current = PlanService(m_session.workspace())
                             .planFor(Period::monthOf(m_session.workspace().clock().now().date()));
    int select = 0;
    for (const Plan &p : PlanService(m_session.workspace()).saved()) {
        auto *item = new QListWidgetItem(tr("%1 — from %2").arg(p.name, p.effectiveFrom.toString()), m_plans);
        item->setData(Qt::UserRole, p.id);
        if (p.id == current.id)
            select = m_plans->count() - 1;
    }
    m_plans->setCurrentRow(select);
    if (select == 0)
        load(Plan::standard());
    else
        for (const Plan &p : PlanService(m_session.workspace()).saved())
            if (p.id == current.id)
                load(p);
}

void PlanDialog::load(const Plan &plan)
{
    m_id = plan.id;
    m_levels = plan.levels;
    m_levels << plan.team;
    QSignalBlocker b1(m_name), b2(m_from), b3(m_cap), b4(m_confirmed);
    m_name->setText(plan.id.isEmpty() ? tr("%1 (new)").arg(plan.name) : plan.name);
    // The built-in plan is edited into a new plan, from next month by default.
    const QDate today = m_session.workspace().clock().now().date();
    m_from->setDate(plan.id.isEmpty() ? QDate(today.year(), today.month(), 1).addMonths(1)
                                      : plan.effectiveFrom.start());
    m_cap->setValue(plan.capPercent);
    m_confirmed->setChecked(plan.confirmedOnly);
    {
        QSignalBlocker block(m_incentives);
        m_incentives->load(plan.incentives);
    }
    const QStringList keys{QStringLiteral("outstanding"), QStringLiteral("on_target"),
                           QStringLiteral("near")};
    for (int i = 0; i < keys.size(); ++i) {
        QSignalBlocker b(m_tiers.at(i));
        int minimum = Plan::standardTiers().at(i).minimum;
        for (const Tier &t : plan.tiers)
            if (t.key == keys.at(i))
                minimum = t.minimum;
        m_tiers.at(i)->setValue(minimum);
    }
    m_weights->setRowCount(int(m_levels.size()) + 1);
    QStringList rows;
    for (const PlanLevel &l : std::as_const(m_levels))
        rows << (l.level == QLatin1String("team") ? tr("Teams") : Member::levelLabel(l.level));
    rows << tr("Less is better");
    m_weights->setVerticalHeaderLabels(rows);
    for (int r = 0; r < m_levels.size(); ++r)
        for (int c = 0; c < Metrics::all().size(); ++c) {
            auto *spin = new QSpinBox(m_weights);
            spin->setRange(0, 100);
            spin->setFrame(false);
            spin->setAlignment(Qt::AlignCenter);
            const auto pm = m_levels.at(r).find(Metrics::all().at(c));
            spin->setValue(pm ? pm->weight : 0);
            connect(spin, &QSpinBox::valueChanged, this, [this] { m_debounce->start(); });
            m_weights->setCellWidget(r, c, spin);
        }
    for (int c = 0; c < Metrics::all().size(); ++c) {
        auto *box = new QCheckBox(m_weights);
        bool lower = false;
        for (const PlanLevel &l : std::as_const(m_levels))
            if (const auto pm = l.find(Metrics::all().at(c)))
                lower |= pm->direction == Direction::Lower;
        box->setChecked(lower);
        box->setStyleSheet(QStringLiteral("margin-left: 45%;"));
        connect(box, &QCheckBox::toggled, this, [this] { m_debounce->start(); });
        m_weights->setCellWidget(int(m_levels.size()), c, box);
    }
    m_weights->resizeRowsToContents();
    int height = m_weights->horizontalHeader()->sizeHint().height() + 2 * m_weights->frameWidth();
    for (int r = 0; r < m_weights->rowCount(); ++r)
        height += m_weights->rowHeight(r);
    m_weights->setFixedHeight(height); // the preview below takes the room
    updatePreview();
}

Plan PlanDialog::draft() const
{
    Plan p;
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.effectiveFrom = Period::monthOf(m_from->date());
    p.capPercent = m_cap->value();
    p.confirmedOnly = m_confirmed->isChecked();
    const QStringList keys{QStringLiteral("outstanding"), QStringLiteral("on_target"),
                           QStringLiteral("near")};
    for (int i = 0; i < keys.size(); ++i)
        p.tiers << Tier{keys.at(i), m_tiers.at(i)->value()};
    p.tiers << Tier{QStringLiteral("below"), 0};
    const int directionRow = int(m_levels.size());
    for (int r = 0; r < m_levels.size(); ++r) {
        PlanLevel level;
        level.level = m_levels.at(r).level;
        for (int c = 0; c < Metrics::all().size(); ++c) {
            const int weight = static_cast<QSpinBox *>(m_weights->cellWidget(r, c))->value();
            if (weight <= 0)
                continue;
            const bool lower = static_cast<QCheckBox *>(m_weights->cellWidget(directionRow, c))->isChecked();
            level.metrics << PlanMetric{Metrics::all().at(c), weight,
                                        lower ? Direction::Lower : Direction::Higher};
        }
        if (level.level == QLatin1String("team"))
            p.team = level;
        else
            p.levels << level;
    }
    Q_UNUSED(DirectionRow);
    p.incentives = m_incentives->rules();
    return p;
}

bool PlanDialog::saveDraft()
{
    Plan p = draft();
    std::optional<Result<Plan>> saved;
    const Status st = ChangeCommand::perform(
        m_session,
        m_id.isEmpty() ? ChangeCommand::createText(ChangeCommand::noun(EntityKind::Plan))
                       : tr("Edit plan “%1”").arg(p.name),
        [&]() -> Status {
            saved.emplace(PlanService(m_session.workspace()).save(p));
            return *saved ? success() : Status(saved->problems());
        });
    if (!st) {
        m_problems->setText(st.message());
        Messages::error(this, tr("Cannot save the plan"), st.message());
        return false;
    }
    m_id = (*saved)->id;
    fillPlans();
    return true;
}

void PlanDialog::setPreviewPeriod(const Period &period)
{
    m_period->setPeriod(period);
}

void PlanDialog::updatePreview()
{
    const Plan plan = draft();
    const Problems problems = m_incentives->problems() + plan.validate();
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.message;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    const Period period = m_period->period();
    m_preview->setRowCount(0);
    if (!problems.isEmpty()) {
        m_cost->setText(tr("Fix the plan to see its preview."));
        return;
    }
    const PlanPreview preview = PlanPreview::compute(m_session.workspace(), period, plan);
    const QLocale locale;
    m_preview->setRowCount(int(preview.rows.size()));
    int up = 0, down = 0, tiersChanged = 0;
    auto scoreText = [](const std::optional<qint64> &score, const QString &tier) {
        return score ? QStringLiteral("%1  %2").arg(ScoreFormat::score(*score), Plan::tierLabel(tier))
                     : QStringLiteral("–");
    };
    auto signedMoney = [&](qint64 minor) -> QString {
        return (minor > 0 ? QStringLiteral("+") : QString()) + Money(minor).format(locale);
    };
    auto colored = [](const QString &text, qint64 sign) {
        auto *item = new QTableWidgetItem(text);
        if (sign < 0)
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
        else if (sign > 0)
            item->setForeground(QColor(0x15, 0x80, 0x3d));
        return item;
    };
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int r = 0; r < preview.rows.size(); ++r) {
        const PlanPreviewRow &row = preview.rows.at(r);
        m_preview->setItem(r, 0, new QTableWidgetItem(tr("%1 (%2)").arg(row.name, row.login)));
        m_preview->setItem(r, 1, new QTableWidgetItem(scoreText(row.scoreNow, row.tierNow)));
        m_preview->setItem(r, 2, new QTableWidgetItem(scoreText(row.scoreDraft, row.tierDraft)));
        QString change;
        qint64 d = 0;
        if (row.scoreNow && row.scoreDraft) {
            d = *row.scoreDraft - *row.scoreNow;
            change = d == 0 ? QString() : (d > 0 ? QStringLiteral("+") : QString()) + ScoreFormat::score(d);
            up += d > 0;
            down += d < 0;
        }
        if (row.tierNow != row.tierDraft) {
            ++tiersChanged;
            change +=
                QStringLiteral("  ") +
                tr("tier: %1 → %2")
                    .arg(row.tierNow.isEmpty() ? QStringLiteral("–") : Plan::tierLabel(row.tierNow),
                         row.tierDraft.isEmpty() ? QStringLiteral("–") : Plan::tierLabel(row.tierDraft));
        }
        m_preview->setItem(r, 3, colored(change, d));
        for (const auto &[column, minor] : {std::pair{4, row.payoutNow}, std::pair{5, row.payoutDraft}}) {
            auto *item = new QTableWidgetItem(Money(minor).format(locale));
            item->setTextAlignment(right);
            m_preview->setItem(r, column, item);
        }
        auto *payout = colored(row.payoutChange() == 0 ? QString() : signedMoney(row.payoutChange()),
                               row.payoutChange());
        payout->setTextAlignment(right);
        m_preview->setItem(r, 6, payout);
    }
    m_preview->resizeColumnsToContents();
    m_cost->setText(tr("%1 under the draft: %2 up, %3 down, %4 change tier. Payouts %5 → %6, a change of %7.")
                        .arg(period.label())
                        .arg(up)
                        .arg(down)
                        .arg(tiersChanged)
                        .arg(Money(preview.totalNow).format(locale))
                        .arg(Money(preview.totalDraft).format(locale))
                        .arg(signedMoney(preview.totalChange())));
}

} // namespace attain
