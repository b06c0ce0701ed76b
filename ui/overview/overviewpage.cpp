// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/overviewpage.h"

#include "core/domain/dates.h"
#include "core/queries/recordlabels.h"
#include "core/queries/workspacesummary.h"
#include "core/services/memberservice.h"
#include "core/storage/changelog.h"
#include "ui/common/session.h"
#include "ui/common/statcard.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain {

OverviewPage::OverviewPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("overviewPage"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600;"));
    m_subtitle = new QLabel(this);
    m_subtitle->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members = new StatCard(this);
    m_customers = new StatCard(this);
    m_deals = new StatCard(this);
    m_won = new StatCard(this);
    m_pipeline = new StatCard(this);
    m_changesTitle = new QLabel(this);
    m_changesTitle->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_changes = new QTableWidget(this);
    m_changes->setObjectName(QStringLiteral("recentChanges"));
    m_changes->setColumnCount(5);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setAlternatingRowColors(true);

    auto *cards = new QGridLayout;
    cards->setSpacing(12);
    int column = 0;
    for (StatCard *card : {m_members, m_customers, m_deals, m_won, m_pipeline})
        cards->addWidget(card, 0, column++);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addLayout(cards);
    layout->addSpacing(12);
    layout->addWidget(m_changesTitle);
    layout->addWidget(m_changes, 1);
    retranslate();
    connect(&m_session.workspace(), &Workspace::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void OverviewPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void OverviewPage::refresh()
{
    m_stale = false;
    Workspace &ws = m_session.workspace();
    const QLocale locale;
    const Period month = Period::monthOf(ws.clock().today());
    const WorkspaceSummary s = WorkspaceSummary::read(ws, month);
    m_title->setText(ws.name());
    m_subtitle->setText(tr("%1 · everyone's figures, the whole workspace")
                            .arg(QDir::toNativeSeparators(QFileInfo(ws.path()).absoluteFilePath())));
    m_members->setValue(locale.toString(s.members));
    m_members->setNote(tr("in %n team(s)", nullptr, int(s.teams)));
    m_customers->setValue(locale.toString(s.customers));
    m_customers->setNote(
        tr("%1 follow-ups, %2 ratings").arg(locale.toString(s.activities), locale.toString(s.ratings)));
    m_deals->setValue(locale.toString(s.openDeals + s.wonDeals + s.lostDeals));
    m_deals->setNote(
        tr("%1 won · %2 lost · %3 open")
            .arg(locale.toString(s.wonDeals), locale.toString(s.lostDeals), locale.toString(s.openDeals)));
    m_won->setCaption(tr("Won in %1").arg(month.label()));
    m_won->setValue(s.wonInPeriod.formatCompact(locale));
    m_won->setNote(tr("%n deal(s)", nullptr, int(s.wonDealsInPeriod)));
    m_pipeline->setValue(s.openPipeline.formatCompact(locale));
    m_pipeline->setNote(tr("in %n open deal(s)", nullptr, int(s.openDeals)));

    QHash<QString, QString> names;
    for (const Member &m : MemberService(ws).all())
        names.insert(m.id, m.name);
    RecordLabels labels(ws);
    const auto entries = ChangeLog(ws).recent(200);
    m_changes->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ChangeEntry &e = entries.at(row);
        QString what;
        switch (e.op) {
        case ChangeEntry::Op::Create: what = tr("created"); break;
        case ChangeEntry::Op::Delete: what = tr("deleted"); break;
        case ChangeEntry::Op::Update:
            what = tr("%1: %2 → %3")
                       .arg(RecordLabels::fieldLabel(e.field),
                            e.oldValue.isNull() ? tr("(empty)") : e.oldValue.toString(),
                            e.newValue.isNull() ? tr("(empty)") : e.newValue.toString());
            break;
        }
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        const QStringList cells = {locale.toString(at, QLocale::ShortFormat),
                                   e.author.isEmpty() ? tr("(system)") : names.value(e.author, e.author),
                                   RecordLabels::kindLabel(e.entity), labels.label(e.entity, e.entityId),
                                   what};
        for (int c = 0; c < cells.size(); ++c)
            m_changes->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_changes->resizeColumnsToContents();
}

void OverviewPage::retranslate()
{
    m_members->setCaption(tr("Members"));
    m_customers->setCaption(tr("Customers"));
    m_deals->setCaption(tr("Deals"));
    m_pipeline->setCaption(tr("Open pipeline"));
    m_changesTitle->setText(tr("Recent changes"));
    m_changes->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Record"), tr("Which"), tr("Change")});
    if (!m_stale)
        refresh();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace attain
