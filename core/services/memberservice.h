// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/member.h"
#include "core/services/checkedwrite.h"

#include <optional>

namespace attain {

class Workspace;

/// Creates, changes and reads members.
class MemberService
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)

public:
    explicit MemberService(Workspace &workspace) : m_workspace(workspace) {}

    Result<Member> create(Member member);
    Result<Member> update(const Member &member);
    /// Refused while records refer to the member; deactivate instead.
    Status remove(const QString &id);
    /// The checked write, inside the caller's write transaction (before: none when created; after: none when
    /// deleted).
    Status write(const Member *before, const Member *after, References references = References::Check);
    RecordRules<Member> rules() const;
    std::optional<Member> find(const QString &id) const;
    std::optional<Member> findByLogin(const QString &login) const;
    /// Members ordered by login.
    QList<Member> all() const;

private:
    Problems check(const Member &member) const;
    Workspace &m_workspace;
};

} // namespace attain
