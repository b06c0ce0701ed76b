// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/targetspage.h"

#include "core/scoring/scoreengine.h"
#include "core/scoring/scoreformat.h"
#include "core/scoring/targetsuggestions.h"
#include "core/services/memberservice.h"
#include "core/services/targetservice.h"
#include "core/services/teamservice.h"
#include "ui/common/changecommand.h"
#include "ui/common/messages.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain {

namespace {

constexpr int SubjectRole = Qt::UserRole;    // on column 0: member id or team:ID
constexpr int MetricRole = Qt::UserRole + 1; // on every cell
constexpr int ValueRole = Qt::UserRole + 2;  // the set value (empty when derived or none)

} // namespace

TargetsPage::TargetsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("targetsPage"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600;"));
    m_period = new PeriodPicker(this);
    m_period->setToday(m_session.workspace().clock().now().date());
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyTargets"));
    m_bulk = new QPushButton(this);
    m_bulk->setObjectName(QStringLiteral("bulkEditTargets"));
    m_suggest = new QPushButton(this);
    m_suggest->setObjectName(QStringLiteral("suggestTargets"));
    m_suggest->setCheckable(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_grid = new QTableWidget(this);
    m_grid->setObjectName(QStringLiteral("targetsGrid"));
    m_grid->setColumnCount(1 + int(Metrics::all().size()));
    m_grid->verticalHeader()->hide();
    m_grid->setAlternatingRowColors(true);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_panel = new QWidget(this);
    m_panelTitle = new QLabel(m_panel);
    m_panelTitle->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_metric = new QComboBox(m_panel);
    m_metric->setObjectName(QStringLiteral("suggestMetric"));
    for (Metric m : Metrics::all())
        if (m != Metric::Progress)
            m_metric->addItem(QString(), int(m));
    m_growth = new QSpinBox(m_panel);
    m_growth->setObjectName(QStringLiteral("suggestGrowth"));
    m_growth->setRange(-50, 200);
    m_growth->setValue(10);
    m_growth->setSuffix(QStringLiteral("%"));
    m_suggestions = new QTableWidget(m_panel);
    m_suggestions->setObjectName(QStringLiteral("suggestionsTable"));
    m_suggestions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_suggestions->verticalHeader()->hide();
    m_suggestions->horizontalHeader()->setStretchLastSection(true);
    m_apply = new QPushButton(m_panel);
    m_apply->setObjectName(QStringLiteral("applySuggestions"));
    auto *panelTop = new QHBoxLayout;
    panelTop->addWidget(m_panelTitle);
    panelTop->addStretch(1);
    panelTop->addWidget(m_metric);
    panelTop->addWidget(m_growth);
    panelTop->addWidget(m_apply);
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(0, 8, 0, 0);
    panelLayout->addLayout(panelTop);
    panelLayout->addWidget(m_suggestions, 1);
    m_panel->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_period);
    top->addWidget(m_copy);
    top->addWidget(m_bulk);
    top->addWidget(m_suggest);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_grid);
    split->addWidget(m_panel);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);

    connect(m_period, &PeriodPicker::periodChanged, this, [this] {
        refresh();
        refreshSuggestions();
    });
    connect(m_grid, &QTableWidget::itemChanged, this, &TargetsPage::cellEdited);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const auto n = copyFromPrevious())
            Messages::info(
                this, tr("Targets"),
                tr("%n target(s) copied from %1.", nullptr, *n).arg(m_period->period().previous().label()));
    });
    connect(m_bulk, &QPushButton::clicked, this, [this] {
        if (m_grid->selectedItems().isEmpty()) {
            Messages::info(this, tr("Bulk Edit"), tr("Select the cells to change first."));
            return;
        }
        if (const auto change = Messages::askText(
                this, tr("Bulk Edit"),
                tr("A value for every selected cell (12000), or a change by a percent (+10%, -5%):")))
            if (!bulkEdit(*change))
                Messages::error(this, tr("Bulk Edit"),
                                tr("“%1” is neither a value nor a percent change.").arg(*change));
    });
    connect(m_suggest, &QPushButton::toggled, this, [this](bool on) {
        m_panel->setVisible(on);
        if (on)
            refreshSuggestions();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &TargetsPage::refreshSuggestions);
    connect(m_growth, &QSpinBox::valueChanged, this, &TargetsPage::refreshSuggestions);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const auto n = applySuggestions())
            Messages::info(this, tr("Targets"), tr("%n suggested target(s) set.", nullptr, *n));
    });
    connect(&m_session.workspace(), &Workspace::changed, this, [this](EntityKind kind) {
        if (kind == EntityKind::Target || kind == EntityKind::Member || kind == EntityKind::Team) {
            m_stale = true;
            if (isVisible())
                refresh();
        }
    });
    retranslate();
}

void TargetsPage::setPeriod(const Period &period)
{
    m_period->setPeriod(period);
}

void TargetsPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void TargetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TargetsPage::retranslate()
{
    m_title->setText(tr("Targets"));
    m_copy->setText(tr("Copy from Previous Period"));
    m_bulk->setText(tr("Bulk Edit…"));
    m_suggest->setText(tr("Suggest…"));
    m_apply->setText(tr("Apply to Members Without a Target"));
    m_panelTitle->setText(tr("Suggestions from each member's last three periods"));
    m_growth->setPrefix(tr("growth "));
    for (int i = 0; i < m_metric->count(); ++i)
        m_metric->setItemText(i, Metrics::label(Metric(m_metric->itemData(i).toInt())));
    m_period->retranslate();
    QStringList header{tr("Member or team")};
    for (Metric m : Metrics::all())
        header << Metrics::label(m);
    m_grid->setHorizontalHeaderLabels(header);
    refresh();
}

void TargetsPage::refresh()
{
    m_stale = false;
    const bool manager = m_session.isManager();
    m_copy->setEnabled(manager);
    m_bulk->setEnabled(manager);
    m_apply->setEnabled(manager);
    m_hint->setText(
        manager ? tr("Type a target in a cell (Enter to save; empty it to remove). Grey values are derived "
                     "from the months, or the default satisfaction target 4.5.")
                : tr("Your targets. Grey values are derived from the months, or the default satisfaction "
                     "target."));
    const Period period = m_period->period();
    const QLocale locale;
    ScoreEngine engine(m_session.workspace());
    const QStringList scope = m_session.scope();
    QList<std::pair<QString, QString>> subjects; // id (team:ID for teams), label
    for (const Member &m : MemberService(m_session.workspace()).all())
        if (m.active && m.role != Role::Finance && (scope.isEmpty() || scope.contains(m.id)))
            subjects.append({m.id, tr("%1 (%2)").arg(m.name, m.login)});
    if (manager)
        for (const Team &t : TeamService(m_session.workspace()).all())
            subjects.append({QStringLiteral("team:") + t.id, tr("Team %1").arg(t.name)});
    m_filling = true;
    m_grid->setRowCount(int(subjects.size()));
    for (int r = 0; r < subjects.size(); ++r) {
        const QString subject = subjects.at(r).first;
        const bool team = subject.startsWith(QLatin1String("team:"));
        auto *name = new QTableWidgetItem(subjects.at(r).second);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(SubjectRole, subject);
        if (team) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
        }
        m_grid->setItem(r, 0, name);
        const auto values =
            engine.targets(team ? QString() : subject, team ? subject.mid(5) : QString(), period);
        for (int c = 0; c < Metrics::all().size(); ++c) {
            const Metric metric = Metrics::all().at(c);
            auto *cell = new QTableWidgetItem;
            cell->setData(MetricRole, int(metric));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (manager)
                flags |= Qt::ItemIsEditable;
            cell->setFlags(flags);
            if (const auto it = values.find(metric); it != values.end()) {
                cell->setText(ScoreFormat::display(metric, it->shown(), locale));
                if (it->derived) {
                    cell->setForeground(QColor(0x9c, 0xa3, 0xaf));
                    cell->setToolTip(
                        tr("Derived: %1").arg(ScoreFormat::display(metric, it->shown(), locale)));
                } else {
                    cell->setData(ValueRole, it->shown());
                }
            }
            m_grid->setItem(r, c + 1, cell);
        }
    }
    m_filling = false;
    m_grid->resizeColumnsToContents();
    for (int c = 1; c < m_grid->columnCount(); ++c)
        m_grid->setColumnWidth(c, qMax(m_grid->columnWidth(c), 110));
}

Target TargetsPage::targetAt(int row, Metric metric) const
{
    const QString subject = m_grid->item(row, 0)->data(SubjectRole).toString();
    const bool team = subject.startsWith(QLatin1String("team:"));
    Target t;
    t.memberId = team ? QString() : subject;
    t.teamId = team ? subject.mid(5) : QString();
    t.period = m_period->period();
    t.metric = metric;
    return t;
}

bool TargetsPage::setTarget(int row, Metric metric, std::optional<qint64> value)
{
    Target t = targetAt(row, metric);
    TargetService service(m_session.workspace());
    const auto existing = service.find(t.memberId, t.teamId, t.period, metric);
    if (!value && !existing)
        return true;
    const Status st =
        value ? ChangeCommand::perform(m_session,
                                       existing ? tr("Change target %1").arg(Metrics::label(metric))
                                                : tr("Set target %1").arg(Metrics::label(metric)),
                                       [&] {
                                           t.value = *value;
                                           const auto saved = service.set(t);
                                           return saved ? success() : Status(saved.problems());
                                       })
              : ChangeCommand::perform(m_session, tr("Remove target %1").arg(Metrics::label(metric)),
                                       [&] { return service.remove(existing->id); });
    if (!st)
        Messages::error(this, tr("Cannot set the target"), st.message());
    return st.ok();
}

std::optional<int> TargetsPage::setTargets(const QString &text, const QList<Target> &targets,
                                           bool keepExisting)
{
    std::optional<int> count;
    const Status st = ChangeCommand::perform(m_session, text, [&]() -> Status {
        const auto set = TargetService(m_session.workspace()).setAll(targets, keepExisting);
        if (!set)
            return Status(set.problems());
        count = *set;
        return success();
    });
    if (!st) {
        Messages::error(this, tr("Cannot set the targets"), st.message());
        return std::nullopt;
    }
    return count.value_or(0);
}

void TargetsPage::cellEdited(QTableWidgetItem *item)
{
    if (m_filling || item->column() == 0)
        return;
    const Metric metric = Metric(item->data(MetricRole).toInt());
    const QString text = item->text().trimmed();
    std::optional<qint64> value;
    if (!text.isEmpty()) {
        value = ScoreFormat::parse(metric, text);
        if (!value) {
            Messages::error(this, tr("Cannot set the target"),
                            tr("“%1” is not a %2 target.").arg(text, Metrics::label(metric)));
            refresh();
            return;
        }
    }
    setTarget(item->row(), metric, value);
    refresh(); // the change notification also asks; this keeps the cell formatted at once
}

std::optional<int> TargetsPage::copyFromPrevious()
{
    const Period period = m_period->period();
    QList<Target> targets = TargetService(m_session.workspace()).forPeriod(period.previous());
    for (Target &t : targets) {
        t.id.clear();
        t.period = period;
    }
    const auto copied = setTargets(tr("Copy targets from %1").arg(period.previous().label()), targets, true);
    refresh();
    return copied;
}

bool TargetsPage::bulkEdit(const QString &change)
{
    QString text = change.trimmed();
    std::optional<double> factor;
    if (text.endsWith(QLatin1Char('%')) &&
        (text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-')))) {
        bool ok = false;
        const double percent = text.chopped(1).toDouble(&ok);
        if (!ok)
            return false;
        factor = 1.0 + percent / 100.0;
    }
    const QList<QTableWidgetItem *> cells = m_grid->selectedItems();
    QList<Target> targets;
    for (QTableWidgetItem *cell : cells) {
        if (cell->column() == 0)
            continue;
        const Metric metric = Metric(cell->data(MetricRole).toInt());
        std::optional<qint64> value;
        if (factor) {
            if (!cell->data(ValueRole).isValid())
                continue; // nothing set to change
            value = std::llround(cell->data(ValueRole).toLongLong() * *factor);
        } else {
            value = ScoreFormat::parse(metric, text);
            if (!value)
                return false;
        }
        Target t = targetAt(cell->row(), metric);
        t.value = *value;
        targets << t;
    }
    if (!targets.isEmpty())
        setTargets(tr("Bulk edit targets"), targets);
    refresh();
    return true;
}

void TargetsPage::showSuggestions(Metric metric, int growthPercent)
{
    m_suggest->setChecked(true);
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
    m_growth->setValue(growthPercent);
    refreshSuggestions();
}

void TargetsPage::refreshSuggestions()
{
    if (!m_panel->isVisible() && !m_suggest->isChecked())
        return;
    const Metric metric = Metric(m_metric->currentData().toInt());
    const Period period = m_period->period();
    const QList<TargetSuggestion> list =
        TargetSuggestions::compute(m_session.workspace(), period, metric, m_growth->value());
    const QList<Period> past = TargetSuggestions::history(period);
    QStringList header{tr("Member")};
    for (const Period &p : past)
        header << p.label();
    header << tr("Median") << tr("Suggested") << tr("Team median") << tr("Set now") << tr("Check");
    m_suggestions->clear();
    m_suggestions->setColumnCount(int(header.size()));
    m_suggestions->setHorizontalHeaderLabels(header);
    const QLocale locale;
    const QStringList scope = m_session.scope();
    m_suggestions->setRowCount(0);
    auto text = [&](const std::optional<qint64> &v) {
        return v ? ScoreFormat::display(metric, *v, locale) : QStringLiteral("–");
    };
    for (const TargetSuggestion &s : list) {
        if (!scope.isEmpty() && !scope.contains(s.memberId))
            continue;
        const int r = m_suggestions->rowCount();
        m_suggestions->insertRow(r);
        auto *name = new QTableWidgetItem(tr("%1 (%2)").arg(s.name, s.login));
        name->setData(SubjectRole, s.memberId);
        if (s.suggested)
            name->setData(ValueRole, *s.suggested);
        m_suggestions->setItem(r, 0, name);
        int c = 1;
        for (const auto &v : s.history)
            m_suggestions->setItem(r, c++, new QTableWidgetItem(text(v)));
        m_suggestions->setItem(r, c++, new QTableWidgetItem(text(s.median)));
        auto *suggested = new QTableWidgetItem(text(s.suggested));
        QFont bold = suggested->font();
        bold.setBold(true);
        suggested->setFont(bold);
        m_suggestions->setItem(r, c++, suggested);
        m_suggestions->setItem(r, c++, new QTableWidgetItem(text(s.teamMedian)));
        m_suggestions->setItem(r, c++, new QTableWidgetItem(text(s.current)));
        QString check;
        if (!s.suggested)
            check = tr("no history");
        else if (!s.current)
            check = tr("no target yet");
        else if (s.outOfLine)
            check = *s.current > *s.suggested ? tr("⚠ high against their history")
                                              : tr("⚠ low against their history");
        else
            check = tr("in line");
        auto *flag = new QTableWidgetItem(check);
        if (s.outOfLine)
            flag->setForeground(QColor(0xb4, 0x53, 0x09));
        m_suggestions->setItem(r, c, flag);
    }
    m_suggestions->resizeColumnsToContents();
}

std::optional<int> TargetsPage::applySuggestions()
{
    const Metric metric = Metric(m_metric->currentData().toInt());
    QList<Target> targets;
    for (int r = 0; r < m_suggestions->rowCount(); ++r) {
        const QTableWidgetItem *name = m_suggestions->item(r, 0);
        if (!name->data(ValueRole).isValid())
            continue;
        Target t;
        t.memberId = name->data(SubjectRole).toString();
        t.period = m_period->period();
        t.metric = metric;
        t.value = name->data(ValueRole).toLongLong();
        targets << t;
    }
    const auto applied = setTargets(tr("Apply suggested targets"), targets, true);
    refresh();
    refreshSuggestions();
    return applied;
}

} // namespace attain
