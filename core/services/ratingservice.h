// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/rating.h"
#include "core/services/checkedwrite.h"

#include <optional>

namespace attain {

class Workspace;

/// Creates, changes and reads customer ratings (客户满意度).
class RatingService
{
    Q_DECLARE_TR_FUNCTIONS(RatingService)

public:
    explicit RatingService(Workspace &workspace) : m_workspace(workspace) {}

    Result<Rating> create(Rating rating);
    Result<Rating> update(const Rating &rating);
    /// A manager's confirmation of a rating its own member entered (PRODUCT.md "Incentives"): from then on
    /// its 5-star award is paid. Refused for anyone else, and for a manager's rating of themselves.
    Result<Rating> confirm(const Rating &rating);
    Status remove(const QString &id);
    /// The checked write, inside the caller's write transaction (before: none when created; after: none when
    /// deleted).
    Status write(const Rating *before, const Rating *after, References references = References::Check);
    RecordRules<Rating> rules() const;
    std::optional<Rating> find(const QString &id) const;
    Problems check(const Rating &rating) const;

private:
    /// Who entered it (a new rating: the acting member), and its confirmation kept or dropped by an edit.
    Rating stamped(const Rating *before, Rating record) const;
    Workspace &m_workspace;
};

} // namespace attain
