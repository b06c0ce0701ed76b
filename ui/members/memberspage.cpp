// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/members/memberspage.h"
#include "core/sync/teamsync.h"
#include "ui/common/session.h"
#include "ui/sync/syncactions.h"

#include "core/services/memberservice.h"
#include "core/services/teamservice.h"
#include "ui/forms/memberform.h"
#include "ui/forms/teamform.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace attain {

MembersPage::MembersPage(Session &session, QWidget *parent) : RecordPage(session, parent)
{
    setObjectName(QStringLiteral("membersPage"));
    auto *view = new RecordView(session, ViewSpec::members(), QStringLiteral("views/members"),
                                RecordView::TeamFilter, this);
    view->setCountText([](int n) { return tr("%n member(s)", nullptr, n); });
    attach(view);

    auto *teamsBox = new QWidget(this);
    m_teams = new QListWidget(teamsBox);
    m_teams->setObjectName(QStringLiteral("teamList"));
    m_newTeam = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), QString(), teamsBox);
    m_newTeam->setObjectName(QStringLiteral("newTeam"));
    m_editTeam = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), QString(), teamsBox);
    m_deleteTeam = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), QString(), teamsBox);
    auto *title = new QLabel(teamsBox);
    title->setObjectName(QStringLiteral("teamsTitle"));
    title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newTeam);
    buttons->addWidget(m_editTeam);
    buttons->addWidget(m_deleteTeam);
    auto *teamsLayout = new QVBoxLayout(teamsBox);
    teamsLayout->setContentsMargins(0, 0, 0, 0);
    teamsLayout->addWidget(title);
    teamsLayout->addWidget(m_teams, 1);
    teamsLayout->addLayout(buttons);
    connect(m_newTeam, &QPushButton::clicked, this, [this] {
        TeamForm form(m_session, std::nullopt, this);
        form.exec();
    });
    auto editTeam = [this] {
        if (const auto team = TeamService(m_session.workspace()).find(currentTeamId())) {
            TeamForm form(m_session, team, this);
            form.exec();
        }
    };
    connect(m_editTeam, &QPushButton::clicked, this, editTeam);
    connect(m_teams, &QListWidget::itemDoubleClicked, this, editTeam);
    connect(m_deleteTeam, &QPushButton::clicked, this, [this] {
        const auto team = TeamService(m_session.workspace()).find(currentTeamId());
        confirmAndDelete(EntityKind::Team, team.has_value(),
                         team ? tr("the team “%1”").arg(team->name) : QString(),
                         [&] { return TeamService(m_session.workspace()).remove(team->id); });
    });
    connect(&m_session.workspace(), &Workspace::changed, this, [this](EntityKind kind) {
        if (kind == EntityKind::Team || kind == EntityKind::Member)
            refreshTeams();
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(view);
    m_splitter->addWidget(teamsBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->restoreState(QSettings().value(QStringLiteral("views/members/splitter")).toByteArray());
    // A rep works offline in a file of their own, made from an invitation (team sync).
    m_invite = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), QString(), this);
    m_invite->setObjectName(QStringLiteral("inviteToSync"));
    connect(m_invite, &QPushButton::clicked, this, [this] {
        if (SyncActions::invite(this, m_session, m_view->currentId()))
            updateInvite();
    });
    connect(view, &RecordView::currentChanged, this, &MembersPage::updateInvite);
    connect(&m_session, &Session::userChanged, this, &MembersPage::updateInvite);
    auto *inviteRow = new QHBoxLayout;
    inviteRow->addStretch();
    inviteRow->addWidget(m_invite);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_splitter);
    layout->addLayout(inviteRow);
    retranslate();
    refreshTeams();
}

MembersPage::~MembersPage()
{
    QSettings().setValue(QStringLiteral("views/members/splitter"), m_splitter->saveState());
}

void MembersPage::updateInvite()
{
    const auto member = MemberService(m_session.workspace()).find(m_view->currentId());
    const bool rep = member && member->role == Role::Rep && member->active;
    const bool hubFile = TeamSync(m_session.workspace()).status().role != QLatin1String("rep");
    m_invite->setEnabled(rep && hubFile && m_session.isManager());
}

QString MembersPage::currentTeamId() const
{
    const auto *item = m_teams->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MembersPage::refreshTeams()
{
    Workspace &ws = m_session.workspace();
    const QString current = currentTeamId();
    QHash<QString, int> sizes;
    QHash<QString, QString> names;
    for (const Member &m : MemberService(ws).all()) {
        ++sizes[m.teamId];
        names.insert(m.id, m.name);
    }
    m_teams->clear();
    for (const Team &t : TeamService(ws).all()) {
        const QString lead = names.value(t.leadId);
        auto *item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/members.svg")),
            lead.isEmpty() ? tr("%1 · %n member(s)", nullptr, sizes.value(t.id)).arg(t.name)
                           : tr("%1 · %n member(s) · lead %2", nullptr, sizes.value(t.id)).arg(t.name, lead),
            m_teams);
        item->setData(Qt::UserRole, t.id);
        if (t.id == current)
            m_teams->setCurrentItem(item);
    }
}

void MembersPage::retranslate()
{
    findChild<QLabel *>(QStringLiteral("teamsTitle"))->setText(tr("Teams"));
    m_newTeam->setText(tr("New team"));
    m_editTeam->setText(tr("Edit"));
    m_deleteTeam->setText(tr("Delete"));
    m_invite->setText(tr("Invite to Team Sync…"));
    m_invite->setToolTip(
        tr("Make an invitation for the selected rep: their own workspace with their customers "
           "and deals, to work offline and send their changes here."));
    refreshTeams();
    updateInvite();
}

void MembersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MembersPage::createRecord()
{
    MemberForm form(m_session, std::nullopt, this);
    form.exec();
}

void MembersPage::editRecord(const QString &id)
{
    const auto member = MemberService(m_session.workspace()).find(id);
    if (!member)
        return;
    MemberForm form(m_session, member, this);
    form.exec();
}

void MembersPage::deleteRecord(const QString &id)
{
    const auto member = MemberService(m_session.workspace()).find(id);
    confirmAndDelete(EntityKind::Member, member.has_value(),
                     member ? tr("the member %1").arg(member->name) : QString(),
                     [&] { return MemberService(m_session.workspace()).remove(id); });
}

} // namespace attain
