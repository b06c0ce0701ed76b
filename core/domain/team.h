// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/result.h"
#include "core/domain/textrules.h"

#include <QCoreApplication>

namespace attain {

/// A sales team with an optional lead.
struct Team
{
    Q_DECLARE_TR_FUNCTIONS(Team)

public:
    QString id;
    QString name;
    QString leadId;

    Problems validate() const
    {
        Problems problems;
        if (name.trimmed().isEmpty())
            problems << Problem{QStringLiteral("name"), tr("a team name is required")};
        else if (TextRules::check(problems, QStringLiteral("name"), name, TextRules::nameOfTeam) &&
                 name.contains(QLatin1Char(':')))
            problems << Problem{QStringLiteral("name"), tr("a team name cannot contain “:”")};
        return problems;
    }

    Fields fields() const
    {
        return {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("lead_id"), textOrNull(leadId)}};
    }
};

} // namespace attain
