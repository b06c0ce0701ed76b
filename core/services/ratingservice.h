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
    Status remove(const QString &id);
    /// The checked write, inside the caller's write transaction (before: none when created; after: none when
    /// deleted).
    Status write(const Rating *before, const Rating *after, References references = References::Check);
    RecordRules<Rating> rules() const;
    std::optional<Rating> find(const QString &id) const;
    Problems check(const Rating &rating) const;

private:
    Workspace &m_workspace;
};

} // namespace attain
