// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entitykind.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace attain {

class Session;

/// Instant awards (即时激励) shown when they are earned: after a deal, follow-up or rating is saved, the
/// month's statement of each member it credits is recomputed (one member's, a few indexed queries) and
/// an award fired by that very record — or a tier newly reached — is announced at once. Awards are
/// derived from the records that fire them, so the statement always lists them and an undone record
/// takes its award with it.
class AwardNotifier : public QObject
{
    Q_OBJECT

public:
    explicit AwardNotifier(Session &session, QObject *parent = nullptr);

Q_SIGNALS:
    /// One line per award: "李娜 earned ¥200.00: first won deal of the month (…)".
    void awarded(const QStringList &lines);

private:
    void recordsChanged(EntityKind kind, const QStringList &ids);
    void check();

    Session &m_session;
    QSet<QString> m_changed;        // record ids saved since the last check
    QSet<QString> m_members;        // members those records credit
    QSet<QString> m_announced;      // awards already shown in this session
    QHash<QString, QString> m_tier; // member → the tier last seen
    bool m_pending = false;
};

} // namespace attain
