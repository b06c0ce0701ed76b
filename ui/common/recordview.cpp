// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recordview.h"

#include "core/domain/activity.h"
#include "core/domain/deal.h"
#include "core/domain/money.h"
#include "core/domain/ownershipconflict.h"
#include "core/services/memberservice.h"
#include "core/services/rateservice.h"
#include "core/services/teamservice.h"
#include "ui/common/columnlabels.h"
#include "ui/common/recordtablemodel.h"
#include "ui/common/session.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace attain {

namespace {
QComboBox *filterCombo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    c->setMinimumWidth(110);
    return c;
}
} // namespace

RecordView::RecordView(Session &session, ViewSpec spec, const QString &settingsKey, Filters filters,
                       QWidget *parent)
    : QWidget(parent), m_session(session), m_settingsKey(settingsKey)
{
    m_model = new RecordTableModel(session.workspace(), std::move(spec), this);
    m_model->setHeaderLabels(ColumnLabels::all());

    m_bar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(m_bar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    bar->addWidget(m_search, 1);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RecordView::applyFilter);
    buildFilters(filters);
    for (QComboBox *c : {m_stage, m_owner, m_team, m_period, m_product, m_kind, m_status})
        if (c) {
            bar->addWidget(c);
            connect(c, &QComboBox::currentIndexChanged, this, &RecordView::applyFilter);
        }

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setModel(m_model);
    // A deal's amount in its own currency matters only where the workspace has rates for others.
    if (!RateService(session.workspace()).hasRates())
        hideColumn(QStringLiteral("own_amount"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QByteArray header = QSettings().value(m_settingsKey + QStringLiteral("/header")).toByteArray();
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header)) {
        m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                      m_table->horizontalHeader()->sortIndicatorOrder());
    } else {
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        // First use: widths that fit what the columns hold.
        const auto &columns = m_model->spec().columns;
        for (int i = 0; i < columns.size(); ++i) {
            const QString &key = columns.at(i).key;
            int width = 110;
            if (key == QLatin1String("customer") || key == QLatin1String("name"))
                width = 230;
            else if (key == QLatin1String("notes") || key == QLatin1String("comment") ||
                     key == QLatin1String("note"))
                width = 320;
            else if (key == QLatin1String("splits") || key == QLatin1String("email"))
                width = 170;
            else if (key == QLatin1String("external_id") || key == QLatin1String("contract_no") ||
                     key == QLatin1String("at") || key == QLatin1String("last_follow_up"))
                width = 135;
            else if (key == QLatin1String("stage") || key == QLatin1String("kind") ||
                     key == QLatin1String("role") || key == QLatin1String("level") ||
                     key == QLatin1String("conflict") || key == QLatin1String("active") ||
                     key == QLatin1String("deals"))
                width = 80;
            m_table->setColumnWidth(i, width);
        }
    }
    // Only now: enabling sorting sorts at once by whatever the header indicates.
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_edit->isVisible())
            Q_EMIT editRequested(m_model->idAt(index.row()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedId = current.isValid() ? m_model->idAt(current.row()) : QString();
                m_edit->setEnabled(!m_selectedId.isEmpty());
                m_delete->setEnabled(!m_selectedId.isEmpty());
                Q_EMIT currentChanged(m_selectedId);
            });
    connect(m_model, &RecordTableModel::loaded, this, [this] {
        updateFooter();
        // Keep the selection on the same record when its row is known.
        const int row = m_selectedId.isEmpty() ? -1 : m_model->rowOf(m_selectedId);
        if (row >= 0)
            m_table->selectRow(row);
        else if (!m_selectedId.isEmpty()) {
            m_selectedId.clear();
            Q_EMIT currentChanged(QString());
        }
    });
    connect(m_model, &RecordTableModel::loadingChanged, this, [this] { updateFooter(); });

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("footer"));
    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), QString(), this);
    m_new->setObjectName(QStringLiteral("newButton"));
    m_edit = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), QString(), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), QString(), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
    connect(m_new, &QPushButton::clicked, this, &RecordView::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT editRequested(currentId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT deleteRequested(currentId());
    });
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, [this] {
        if (m_new->isVisible() && m_new->isEnabled())
            Q_EMIT newRequested();
    });
    addAction(newAction);
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, m_delete, &QPushButton::click);
    m_table->addAction(deleteAction);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_footer, 1);
    bottom->addWidget(m_new);
    bottom->addWidget(m_edit);
    bottom->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(&m_session, &Session::userChanged, this, [this] {
        fillMemberFilters();
        applyFilter();
    });
    fillMemberFilters();
    retranslate();
    applyFilter();
}

RecordView::~RecordView()
{
    saveState();
    // The products' reader is waited for: a page is built again when the user changes, and nothing of
    // this one may outlive it.
    if (m_productsThread) {
        m_productsThread->wait();
        delete m_productsThread;
    }
}

void RecordView::saveState() const
{
    QSettings().setValue(m_settingsKey + QStringLiteral("/header"), m_table->horizontalHeader()->saveState());
}

void RecordView::buildFilters(Filters filters)
{
    if (filters & StageFilter)
        m_stage = filterCombo(QStringLiteral("stageFilter"), m_bar);
    if (filters & OwnerFilter)
        m_owner = filterCombo(QStringLiteral("ownerFilter"), m_bar);
    if (filters & TeamFilter)
        m_team = filterCombo(QStringLiteral("teamFilter"), m_bar);
    if (filters & PeriodFilter)
        m_period = filterCombo(QStringLiteral("periodFilter"), m_bar);
    if (filters & ProductFilter) {
        m_product = filterCombo(QStringLiteral("productFilter"), m_bar);
        // Products are read once, off the GUI thread: a million deals take a moment to scan.
        QPointer<QComboBox> combo(m_product);
        const QString path = m_session.workspace().path();
        const ViewSpec spec = m_model->spec();
        m_productsThread = QThread::create([combo, path, spec] {
            const QStringList products = RecordQuery::distinct(path, spec, spec.product);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [combo, products] {
                    if (!combo)
                        return;
                    const QSignalBlocker block(combo);
                    for (const QString &p : products)
                        combo->addItem(p, p);
                },
                Qt::QueuedConnection);
        });
        m_productsThread->start();
    }
    if (filters & KindFilter)
        m_kind = filterCombo(QStringLiteral("kindFilter"), m_bar);
    if (filters & StatusFilter)
        m_status = filterCombo(QStringLiteral("statusFilter"), m_bar);
}

void RecordView::fillMemberFilters()
{
    Workspace &ws = m_session.workspace();
    const QStringList scope = m_session.scope();
    if (m_owner) {
        const QString current = m_owner->currentData().toString();
        const QSignalBlocker block(m_owner);
        m_owner->clear();
        m_owner->addItem(QString(), QString());
        for (const Member &m : MemberService(ws).all())
            if (m.isScored() && (scope.isEmpty() || scope.contains(m.id)))
                m_owner->addItem(m.name, m.id);
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
    }
    if (m_team) {
        const QString current = m_team->currentData().toString();
        const QSignalBlocker block(m_team);
        m_team->clear();
        m_team->addItem(QString(), QString());
        for (const Team &t : TeamService(ws).all())
            m_team->addItem(t.name, t.id);
        m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
        // A manager sees their own team and a rep themselves: choosing a team only helps with everyone.
        m_team->setVisible(scope.isEmpty());
    }
}

void RecordView::retranslate()
{
    m_model->setHeaderLabels(ColumnLabels::all());
    m_search->setPlaceholderText(tr("Search names, numbers, notes…"));
    auto relabel = [](QComboBox *c, const QList<std::pair<QString, QVariant>> &items) {
        if (!c)
            return;
        const QVariant current = c->currentData();
        const QSignalBlocker block(c);
        c->clear();
        for (const auto &[text, data] : items)
            c->addItem(text, data);
        c->setCurrentIndex(std::max(0, c->findData(current)));
    };
    relabel(m_stage, {{tr("All stages"), QString()},
                      {Deal::stageLabel(Stage::Open), QStringLiteral("open")},
                      {Deal::stageLabel(Stage::Won), QStringLiteral("won")},
                      {Deal::stageLabel(Stage::Lost), QStringLiteral("lost")}});
    if (m_kind) {
        QList<std::pair<QString, QVariant>> kinds{{tr("All kinds"), QString()}};
        for (ActivityKind k : {ActivityKind::Call, ActivityKind::Visit, ActivityKind::Meeting,
                               ActivityKind::Email, ActivityKind::Note})
            kinds.append({Activity::kindLabel(k), Activity::kindKey(k)});
        relabel(m_kind, kinds);
    }
    if (m_status) {
        QList<std::pair<QString, QVariant>> statuses{{tr("All decisions"), QString()}};
        for (auto s : {OwnershipConflict::Status::Open, OwnershipConflict::Status::Kept,
                       OwnershipConflict::Status::Transferred})
            statuses.append({OwnershipConflict::statusLabel(s), OwnershipConflict::statusKey(s)});
        relabel(m_status, statuses);
    }
    if (m_period) {
        QList<std::pair<QString, QVariant>> periods{{tr("All periods"), QString()}};
        const QDate today = m_session.workspace().clock().today();
        for (attain::Period p = attain::Period::monthOf(today); periods.size() < 25; p = p.previous())
            periods.append({p.label(), p.toString()});
        for (attain::Period p = attain::Period::quarterOf(today); periods.size() < 33; p = p.previous())
            periods.append({p.label(), p.toString()});
        for (attain::Period p = attain::Period::year(today.year()); periods.size() < 36; p = p.previous())
            periods.append({p.label(), p.toString()});
        relabel(m_period, periods);
    }
    if (m_owner)
        m_owner->setItemText(0, tr("All members"));
    if (m_team)
        m_team->setItemText(0, tr("All teams"));
    if (m_product) {
        if (m_product->count() == 0)
            m_product->addItem(QString(), QString());
        m_product->setItemText(0, tr("All products"));
    }
    m_new->setText(tr("New"));
    m_new->setToolTip(
        tr("New record (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_edit->setText(tr("Edit"));
    m_delete->setText(tr("Delete"));
    updateFooter();
}

void RecordView::showEvent(QShowEvent *event)
{
    m_model->activate();
    QWidget::showEvent(event);
}

void RecordView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordView::setFixedFilter(std::function<void(RecordFilter &)> fixed)
{
    m_fixed = std::move(fixed);
    applyFilter();
}

void RecordView::setBarVisible(bool visible)
{
    m_bar->setVisible(visible);
}

void RecordView::setActionsVisible(bool visible)
{
    m_new->setVisible(visible);
    m_edit->setVisible(visible);
    m_delete->setVisible(visible);
}

void RecordView::hideColumn(const QString &key)
{
    const int column = m_model->spec().columnIndex(key);
    if (column >= 0)
        m_table->setColumnHidden(column, true);
}

void RecordView::setCountText(std::function<QString(int)> text)
{
    m_countText = std::move(text);
    updateFooter();
}

QString RecordView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void RecordView::applyFilter()
{
    RecordFilter f;
    f.search = m_search->text();
    if (m_stage && !m_stage->currentData().toString().isEmpty())
        f.stages = {m_stage->currentData().toString()};
    if (m_owner)
        f.ownerId = m_owner->currentData().toString();
    if (m_team && m_team->isVisible())
        f.teamId = m_team->currentData().toString();
    if (m_period && !m_period->currentData().toString().isEmpty())
        if (auto p = attain::Period::parse(m_period->currentData().toString()))
            f.period = *p;
    if (m_product)
        f.product = m_product->currentData().toString();
    if (m_kind)
        f.kind = m_kind->currentData().toString();
    if (m_status)
        f.status = m_status->currentData().toString();
    f.scope = m_session.scope();
    if (m_fixed)
        m_fixed(f);
    m_model->setFilter(f);
}

void RecordView::updateFooter()
{
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_footer->setText(tr("Loading…"));
        return;
    }
    const int n = m_model->rowCount();
    QString text = m_countText ? m_countText(n) : tr("%n record(s)", nullptr, n);
    if (!m_model->spec().amount.isEmpty()) {
        const Money total(m_model->amountTotal(), m_session.workspace().setting(QStringLiteral("currency"),
                                                                                Money::defaultCurrency()));
        text += QStringLiteral("  ·  ") + tr("total %1").arg(total.formatCompact());
        m_footer->setToolTip(total.format());
    }
    if (m_model->isLoading())
        text += QStringLiteral("  ·  ") + tr("updating…");
    m_footer->setText(text);
}

} // namespace attain
