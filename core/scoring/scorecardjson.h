// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scoring/scorecard.h"

#include <QJsonObject>

#include <optional>

namespace attain {

/// A scorecard as JSON, every exact value as `p/q`: what a period close freezes, so that a closed period's
/// scores, boards and explanations are the ones of the close, to the last digit.
class ScorecardJson
{
public:
    static QJsonObject toJson(const Scorecard &card);
    /// Empty when the object is not a scorecard.
    static std::optional<Scorecard> fromJson(const QJsonObject &json);
};

} // namespace attain
