// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/result.h"

#include <QCoreApplication>

#include <optional>

namespace attain {

enum class Role
{
    Manager,
    Rep,
    Finance
};

/// A person on the team: a manager, a rep or someone from finance.
struct Member
{
    Q_DECLARE_TR_FUNCTIONS(Member)

public:
    QString id;
    QString externalId;
    QString login;
    QString name;
    Role role = Role::Rep;
    QString level = QStringLiteral("junior");
    QString teamId;
    QString email;
    bool active = true;

    Problems validate() const;
    Fields fields() const;
    /// Reps and managers have a scorecard; finance does not.
    bool isScored() const { return role != Role::Finance; }

    static QString roleKey(Role role);
    static QString roleLabel(Role role);
    /// Accepts `manager` / `rep` / `finance` and 经理 / 销售 / 财务.
    static std::optional<Role> roleFromText(QStringView text);
    /// Accepts a level key, or 初级 / 高级 for `junior` / `senior`.
    static QString levelFromText(QStringView text);
    static QString levelLabel(const QString &level);
    static bool isValidLogin(QStringView login);
};

} // namespace attain
