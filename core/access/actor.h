// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/member.h"

#include <QString>

namespace attain {

/// Who makes a change. Every write is checked against it (AccessPolicy): a member with their role; the system
/// (the demo, upgrades, the very first members of an empty workspace); or nobody yet — a window whose user
/// has not said who they are may read, but changes nothing.
struct Actor
{
    enum class Kind
    {
        System,
        Member,
        Nobody
    };
    Kind kind = Kind::System;
    QString memberId;
    QString login;
    QString name;
    Role role = Role::Rep;

    static Actor system() { return Actor{}; }
    static Actor nobody()
    {
        Actor a;
        a.kind = Kind::Nobody;
        return a;
    }
    static Actor member(const Member &m)
    {
        Actor a;
        a.kind = Kind::Member;
        a.memberId = m.id;
        a.login = m.login;
        a.name = m.name;
        a.role = m.role;
        return a;
    }
    bool isManager() const { return kind == Kind::System || (kind == Kind::Member && role == Role::Manager); }
    bool is(const QString &id) const { return kind == Kind::Member && !id.isEmpty() && memberId == id; }
};

} // namespace attain
