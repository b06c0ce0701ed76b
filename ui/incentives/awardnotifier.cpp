// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/incentives/awardnotifier.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/incentives/incentivestatement.h"
#include "core/incentives/statementformat.h"
#include "core/queries/lookups.h"
#include "core/storage/workspace.h"
#include "ui/common/session.h"

#include <QLocale>
#include <QTimer>

namespace attain {

AwardNotifier::AwardNotifier(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_session.workspace(), &Workspace::changed, this, &AwardNotifier::recordsChanged);
}

void AwardNotifier::recordsChanged(EntityKind kind, const QStringList &ids)
{
    if (ids.isEmpty() || ids.size() > 50)
        return; // a bulk load: no fanfare for an import
    Workspace &ws = m_session.workspace();
    if (kind != EntityKind::Deal && kind != EntityKind::Rating && kind != EntityKind::Activity)
        return;
    // A write that cannot change an award of this month is not worth a statement.
    if (!StatementBuilder::mayChangeAwards(ws, ws.lastChanges(), Period::monthOf(ws.clock().today())))
        return;
    for (const QString &id : ids) {
        m_members.unite(Lookups::membersOf(ws, kind, id));
        m_changed.insert(id);
    }
    if (!m_pending && !m_members.isEmpty()) {
        m_pending = true;
        QTimer::singleShot(0, this, &AwardNotifier::check);
    }
}

void AwardNotifier::check()
{
    m_pending = false;
    const QStringList members(m_members.begin(), m_members.end());
    const QSet<QString> changed = std::exchange(m_changed, {});
    m_members.clear();
    Workspace &ws = m_session.workspace();
    const Period month = Period::monthOf(ws.clock().today());
    const QLocale locale;
    QStringList lines;
    for (const IncentiveStatement &s : StatementBuilder(ws).members(month, members)) {
        const bool tierKnown = m_tier.contains(s.memberId);
        const QString tierBefore = m_tier.value(s.memberId);
        m_tier.insert(s.memberId, s.tier);
        for (const StatementLine &l : s.lines) {
            if (l.kind != StatementLine::Kind::Award)
                continue;
            const bool fired = l.award == QLatin1String("tier")
                                   ? tierKnown && tierBefore != s.tier && l.reference == s.tier
                                   : changed.contains(l.recordId);
            const QString key = s.memberId + QLatin1Char('|') + l.award + QLatin1Char('|') + l.reference +
                                QLatin1Char('|') + Dates::toIso(l.date);
            if (!fired || m_announced.contains(key))
                continue;
            m_announced.insert(key);
            lines << tr("%1 earned %2: %3")
                         .arg(s.name, Money(l.amountMinor).format(locale), StatementFormat::describe(l));
        }
    }
    if (!lines.isEmpty())
        Q_EMIT awarded(lines);
}

} // namespace attain
